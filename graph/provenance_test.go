package graph

import (
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestProvenance checks that the layout lets a document be removed with
// everything only it supported: deleting the quads labelled with the
// second document leaves the store as if only the first had been written.
func TestProvenance(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := t.Context()
			write(t, s, extraction1(), extraction2())

			var deltas []cgraph.Delta
			it := s.qs.QuadIterator(quad.Label, s.ref(ctx, documentIRI(doc2)))
			for it.Next(ctx) {
				deltas = append(deltas, cgraph.Delta{Quad: s.qs.Quad(it.Result()), Action: cgraph.Delete})
			}
			if err := it.Err(); err != nil {
				t.Fatal(err)
			}
			it.Close()
			if len(deltas) == 0 {
				t.Fatalf("no quad labelled %s", doc2)
			}
			// What a removal must do besides deleting the quads: the
			// caches drop what they touched.
			var quads []quad.Quad
			for _, d := range deltas {
				quads = append(quads, d.Quad)
			}
			if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}, deleted(quads)); err != nil {
				t.Fatal(err)
			}
			// and the stored counts (the name index among them) are
			// counted again, as after an import
			if err := s.countIfNeeded(ctx, true); err != nil {
				t.Fatal(err)
			}

			// counted from the quads: the stored counts did not see a
			// deletion made beside the store's writes
			tot, err := s.RecountTotals(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := [3]int{tot.Documents, tot.Entities, tot.Facts.Facts() + tot.Facts.Reference}, [3]int{1, 9, 7}; got != want {
				t.Errorf("RecountTotals() = %v, want %v", got, want)
			}
			us, err := s.FindEntityByID(ctx, idUS)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(us.Aliases, []string{"USA"}) {
				t.Errorf("aliases of %s = %v, want [USA]", idUS, us.Aliases)
			}
			if _, err := s.FindEntityByName(ctx, "United States"); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("FindEntityByName(United States) = %v, want code %s", err, pg.ENOTFOUND)
			}
			fr, err := s.FindFactByID(ctx, pg.NewFactID(idFR, pg.Supports, idParisCall, false))
			if err != nil {
				t.Fatal(err)
			}
			if len(fr.Evidence) != 1 || fr.Since != pg.MustDate("2018-11-12") || fr.Confidence != 0.7 {
				t.Errorf("fact after removal = %d evidence, since %v, confidence %v; want 1, 2018-11-12, 0.7",
					len(fr.Evidence), fr.Since, fr.Confidence)
			}
			if _, err := s.FindFactByID(ctx, pg.NewFactID(idUS, pg.Supports, idParisCall, false)); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("fact only the removed document stated: error %v, want code %s", err, pg.ENOTFOUND)
			}
			if _, err := s.FindDocumentByID(ctx, doc2); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("FindDocumentByID(removed) = %v, want code %s", err, pg.ENOTFOUND)
			}
			cs, err := s.FindCounts(ctx, idParisCall)
			if err != nil || len(cs) != 1 {
				t.Errorf("FindCounts after removal = %d counts, %v, want 1", len(cs), err)
			}
		})
	}
}
