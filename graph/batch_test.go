package graph

import (
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestWriteExtractions writes a batch with a good document, a bad one, one
// already stored, one stored with another text and one named twice: the
// good ones are stored, each bad one gets its own error, on every backend.
func TestWriteExtractions(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := t.Context()
			if err := s.WriteExtraction(ctx, extraction1()); err != nil {
				t.Fatal(err)
			}
			bad := extraction2()
			bad.Document.ID = "bad.txt"
			bad.Facts[0].Subject = "state/nowhere" // an entity the extraction does not list
			changed := extraction1()
			changed.Document.Text += " Changed."
			twice := extraction2()
			twice.Document.Text += " Twice."
			batch := []*pg.Extraction{extraction2(), bad, extraction1(), changed, twice}
			errs := s.WriteExtractions(ctx, batch)
			want := []string{"", pg.EINVALID, "", pg.ECONFLICT, pg.ECONFLICT}
			if len(errs) != len(want) {
				t.Fatalf("%d errors for %d extractions", len(errs), len(batch))
			}
			for i, err := range errs {
				if got := pg.ErrorCode(err); (err == nil) != (want[i] == "") || (err != nil && got != want[i]) {
					t.Errorf("extraction %d: error %v (code %q), want code %q", i, err, got, want[i])
				}
			}
			docs, _, err := s.FindDocuments(ctx, pg.DocumentFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 2 {
				t.Errorf("%d documents stored, want 2", len(docs))
			}
			x := extraction2()
			for _, f := range x.Facts {
				if _, err := s.FindFactByID(ctx, pg.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated)); err != nil {
					t.Errorf("fact of the batch: %v", err)
				}
			}
		})
	}
}
