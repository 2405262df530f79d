package storetest

import (
	"slices"
	"strings"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// invalidChanges are the ways an extraction can be malformed: each makes
// article2018 one that a store must refuse with EINVALID, storing none of
// it.
var invalidChanges = []struct {
	name   string
	change func(x *pg.Extraction)
}{
	{"no document id", func(x *pg.Extraction) { x.Document.ID = "" }},
	{"entity without id", func(x *pg.Extraction) { x.Entities[0].ID = "" }},
	{"entity without name", func(x *pg.Extraction) { x.Entities[1].Name = "" }},
	{"entity of unknown kind", func(x *pg.Extraction) { x.Entities[1].Kind = "Planet" }},
	{"subject not listed", func(x *pg.Extraction) { x.Facts[0].Subject = "state/xx"; x.Facts[0].ID = "" }},
	{"object not listed", func(x *pg.Extraction) { x.Facts[1].Object = "state/xx"; x.Facts[1].ID = "" }},
	{"fact id not derived", func(x *pg.Extraction) { x.Facts[0].ID = "fact/0000" }},
	{"unknown predicate", func(x *pg.Extraction) { x.Facts[0].Predicate = "likes"; x.Facts[0].ID = "" }},
	{"confidence above 1", func(x *pg.Extraction) { x.Facts[0].Confidence = 1.5 }},
	{"evidence in another document", func(x *pg.Extraction) { x.Facts[0].Evidence[0].Document = "other.txt" }},
	{"evidence ending before it starts", func(x *pg.Extraction) { x.Facts[0].Evidence[0].End = -1 }},
	{"derived from a non-fact", func(x *pg.Extraction) { x.Facts[5].DerivedFrom = []pg.FactID{"state/fr"} }},
	{"mention of an entity not listed", func(x *pg.Extraction) { x.Mentions[0].Entity = "state/xx" }},
	{"mention in another document", func(x *pg.Extraction) { x.Mentions[0].Doc = "other.txt" }},
	{"count of an entity not listed", func(x *pg.Extraction) { x.Counts[0].Initiative = "initiative/none" }},
	{"count of nothing", func(x *pg.Extraction) { x.Counts[0].What = "" }},
	{"count evidence in another document", func(x *pg.Extraction) { x.Counts[0].Evidence.Document = "other.txt" }},
}

// testInvalid checks that a malformed extraction is refused with
// EINVALID and leaves the store as it was: nothing of it is written.
func testInvalid(t *testing.T, s Store) {
	ctx := t.Context()
	for _, tc := range invalidChanges {
		t.Run(tc.name, func(t *testing.T) {
			x := article2018()
			tc.change(x)
			wantCode(t, "WriteExtraction", s.WriteExtraction(ctx, x), pg.EINVALID)
			if d, e, f := stats(t, s); d != 0 || e != 0 || f != (pg.FactCounts{}) {
				t.Errorf("Totals() after an invalid write = %d, %d, %+v, want an empty store", d, e, f)
			}
			if _, err := s.FindEntityByID(ctx, idMicrosoft); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("FindEntityByID(%s) after an invalid write = %v, want not found", idMicrosoft, err)
			}
		})
	}
	wantCode(t, "WriteExtraction(nil)", s.WriteExtraction(ctx, nil), pg.EINVALID)
	if errs := s.WriteExtractions(ctx, []*pg.Extraction{nil}); len(errs) != 1 {
		t.Errorf("WriteExtractions([nil]) = %v, want one error", errs)
	} else {
		wantCode(t, "WriteExtractions([nil])", errs[0], pg.EINVALID)
	}
}

// testBatch writes a batch with a good document, bad ones, one already
// stored, one stored with another text and one named twice: the good
// ones are stored, each bad one gets its own error and nothing of it is
// stored.
func testBatch(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018())
	strayEvidence := moved(article2021(), "stray-evidence.txt")
	strayEvidence.Entities = append(strayEvidence.Entities, pg.Entity{ID: "state/only-stray", Name: "Stray", Kind: pg.KindState})
	strayEvidence.Facts[1].Evidence[0].Document = doc2
	unlisted := moved(article2021(), "unlisted.txt")
	unlisted.Entities = append(unlisted.Entities, pg.Entity{ID: "state/only-unlisted", Name: "Unlisted", Kind: pg.KindState})
	unlisted.Facts[0].Subject = "state/nowhere"
	unlisted.Facts[0].ID = ""
	changed := article2018()
	changed.Document.Text += " Changed."
	twiceOther := article2021()
	twiceOther.Document.Text += " Twice."
	batch := []*pg.Extraction{article2021(), strayEvidence, article2018(), changed, unlisted, twiceOther, article2021()}
	want := []string{"", pg.EINVALID, "", pg.ECONFLICT, pg.EINVALID, pg.ECONFLICT, ""}
	errs := s.WriteExtractions(ctx, batch)
	if len(errs) != len(batch) {
		t.Fatalf("WriteExtractions: %d errors for %d extractions", len(errs), len(batch))
	}
	for i, err := range errs {
		if got := pg.ErrorCode(err); got != want[i] {
			t.Errorf("extraction %d (%s): error %v (code %q), want code %q", i, batch[i].Document.ID, err, got, want[i])
		}
	}
	ds, total, err := s.FindDocuments(ctx, pg.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := documentIDs(ds); total != 2 || !slices.Equal(got, []pg.DocumentID{doc1, doc2}) {
		t.Errorf("documents after the batch = %v of %d, want %s and %s", got, total, doc1, doc2)
	}
	for _, id := range []pg.EntityID{"state/only-stray", "state/only-unlisted"} {
		if _, err := s.FindEntityByID(ctx, id); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Errorf("FindEntityByID(%s), an entity of a refused extraction = %v, want not found", id, err)
		}
	}
	us, err := s.FindFactByID(ctx, factUSSupports)
	if err != nil {
		t.Fatalf("the batch's fact: %v", err)
	}
	if len(us.Evidence) != 1 || us.Evidence[0].Document != doc2 {
		t.Errorf("evidence of the batch's fact = %+v, want the one of %s", us.Evidence, doc2)
	}
	if d, e, f := stats(t, s); d != 2 || e != 9 || f != (pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1}) {
		t.Errorf("Totals() after the batch = %d, %d, %+v, want the two articles", d, e, f)
	}
}

// testSameText checks that writing a stored document again with the same
// text does nothing, whatever the rest of the extraction says.
func testSameText(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018())
	d, e, f := stats(t, s)
	x := article2018()
	x.Facts = x.Facts[:1]
	x.Entities = append(x.Entities, pg.Entity{ID: "state/xx", Name: "Nowhere", Kind: pg.KindState})
	if err := s.WriteExtraction(ctx, x); err != nil {
		t.Fatalf("WriteExtraction(same text) = %v, want nil", err)
	}
	if d2, e2, f2 := stats(t, s); d2 != d || e2 != e || f2 != f {
		t.Errorf("Totals() after writing the same text = %d, %d, %+v, want %d, %d, %+v", d2, e2, f2, d, e, f)
	}
	if _, err := s.FindEntityByID(ctx, "state/xx"); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByID(state/xx) = %v, want not found: the second write does nothing", err)
	}
}

// testOtherText checks that writing another text under a stored
// document's ID is a conflict that changes nothing.
func testOtherText(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018())
	x := moved(article2021(), doc1)
	err := s.WriteExtraction(ctx, x)
	wantCode(t, "WriteExtraction(other text)", err, pg.ECONFLICT)
	if err != nil && !strings.Contains(err.Error(), string(doc1)) {
		t.Errorf("error %q does not name the document", err)
	}
	d, err := s.FindDocumentByID(ctx, doc1)
	if err != nil || d.Text != article2018().Document.Text {
		t.Errorf("document after a conflict = %+v, %v, want the first text", d, err)
	}
	if _, err := s.FindFactByID(ctx, factUSSupports); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("fact of the refused text = %v, want not found", err)
	}
}

// testReadsFollowWrites reads facts by subject, object and predicate and
// entities by name before and after a write and a removal: no read
// answers from before the change it follows.
func testReadsFollowWrites(t *testing.T, s Store) {
	ctx := t.Context()
	count := func(f pg.FactFilter) int {
		t.Helper()
		facts, err := s.FindFacts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(facts)
	}
	filters := map[string]pg.FactFilter{
		"by object":    {Objects: []pg.EntityID{idParisCall}},
		"by subject":   {Subjects: []pg.EntityID{idUS}},
		"by predicate": {Predicates: []pg.Predicate{pg.Supports}},
		"everything":   {},
	}
	write(t, s, article2018())
	before := map[string]int{}
	for k, f := range filters {
		before[k] = count(f)
	}
	if _, err := s.FindEntityByName(ctx, "United States"); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Fatalf("FindEntityByName(United States) before the document that names it = %v, want not found", err)
	}
	if e, err := s.FindEntityByID(ctx, idUS); err != nil || len(e.Aliases) != 1 {
		t.Fatalf("FindEntityByID(%s) = %v, %v, want one alias", idUS, e, err)
	}
	write(t, s, article2021())
	for k, f := range filters {
		if got := count(f); got <= before[k] {
			t.Errorf("%s: %d facts after a write that adds some, %d before", k, got, before[k])
		}
	}
	if e, err := s.FindEntityByName(ctx, "United States"); err != nil || e.ID != idUS {
		t.Errorf("FindEntityByName(United States) after the write = %v, %v, want %s", e, err, idUS)
	}
	if e, err := s.FindEntityByID(ctx, idUS); err != nil || len(e.Aliases) != 2 {
		t.Errorf("FindEntityByID(%s) after the write = %v, %v, want two aliases", idUS, e, err)
	}
	if _, err := s.RemoveDocument(ctx, doc2); err != nil {
		t.Fatal(err)
	}
	for k, f := range filters {
		if got := count(f); got != before[k] {
			t.Errorf("%s: %d facts after the removal, want %d", k, got, before[k])
		}
	}
	if _, err := s.FindEntityByName(ctx, "United States"); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByName(United States) after the removal = %v, want not found", err)
	}
}
