package storetest

import (
	"reflect"
	"slices"
	"strconv"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// testMerge checks how what two documents say of one entity or fact is
// merged on read: the evidence of both, ordered by document and offset,
// the earliest since, the highest confidence, the aliases of both.
func testMerge(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	got, err := s.FindFactByID(ctx, factFRSupports)
	if err != nil {
		t.Fatal(err)
	}
	want := &pg.Fact{
		ID: factFRSupports, Subject: idFR, Predicate: pg.Supports, Object: idParisCall,
		Since: pg.MustDate("2018-11"), Confidence: 0.9,
		Evidence: []pg.Evidence{
			ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0),
			ev(doc2, "France has backed the Paris Call", 0),
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindFactByID(a fact of two documents) = %+v, want %+v", got, want)
	}
	us, err := s.FindEntityByID(ctx, idUS)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(us.Aliases, []string{"USA", "United States"}) || us.Name != "États-Unis" {
		t.Errorf("FindEntityByID(%s) = %+v, want États-Unis with the aliases of both documents, sorted", idUS, us)
	}
	// a third document with two pieces of evidence, given out of order,
	// and a later since: the since stays the earliest
	const doc3 pg.DocumentID = "003_encore.txt"
	fr := fact(idFR, pg.Supports, idParisCall, false)
	fr.Since = pg.MustDate("2019")
	fr.Evidence = []pg.Evidence{ev(doc3, "la France soutient encore l'Appel", 40), ev(doc3, "la France soutient l'Appel", 5)}
	write(t, s, simple(doc3, []pg.Entity{entFR, entParisCall}, fr))
	got, err = s.FindFactByID(ctx, factFRSupports)
	if err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, e := range got.Evidence {
		where = append(where, string(e.Document)+"@"+strconv.Itoa(e.Start))
	}
	if want := []string{string(doc1) + "@0", string(doc2) + "@0", string(doc3) + "@5", string(doc3) + "@40"}; !slices.Equal(where, want) {
		t.Errorf("evidence of a fact of three documents = %v, want %v (by document, then offset)", where, want)
	}
	if got.Since != pg.MustDate("2018-11") || got.Confidence != 0.9 {
		t.Errorf("fact of three documents: since %v, confidence %v; want 2018-11, 0.9", got.Since, got.Confidence)
	}
}

// testStatedAndInferred writes a document that states what the first
// only inferred: the fact is stated from then on, and keeps what it was
// derived from.
func testStatedAndInferred(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	const doc3 pg.DocumentID = "003_allemagne.txt"
	stated := fact(idDE, pg.Supports, idParisCall, false)
	stated.Confidence = 0.95
	stated.Evidence = []pg.Evidence{ev(doc3, "L'Allemagne a signé l'Appel", 0)}
	write(t, s, simple(doc3, []pg.Entity{with(entDE, "RFA"), entParisCall}, stated))
	f, err := s.FindFactByID(ctx, factDESupports)
	if err != nil {
		t.Fatal(err)
	}
	if f.Inferred || f.Confidence != 0.95 || len(f.Evidence) != 2 || len(f.DerivedFrom) != 2 {
		t.Errorf("merged fact = inferred %v, confidence %v, %d evidence, %d derived from; want false, 0.95, 2, 2",
			f.Inferred, f.Confidence, len(f.Evidence), len(f.DerivedFrom))
	}
	yes := true
	if fs, err := s.FindFacts(ctx, pg.FactFilter{Inferred: &yes}); err != nil || len(fs) != 0 {
		t.Errorf("FindFacts(inferred) after a document states the only one = %v, %v, want none", factIDs(fs), err)
	}
	checkEntityID(t, s, "rfa", idDE)
	if e, err := s.FindEntityByName(ctx, "rfa"); err != nil || e.ID != idDE || !slices.Equal(e.Aliases, []string{"RFA"}) {
		t.Errorf("FindEntityByName(rfa) = %+v, %v, want %s with alias RFA", e, err, idDE)
	}
	if _, _, counts := stats(t, s); counts != (pg.FactCounts{Stated: 7, Reference: 1}) {
		t.Errorf("Totals() facts = %+v, want 7 stated, none inferred and 1 reference: a fact a document states is stated", counts)
	}
	if _, err := s.RemoveDocument(ctx, doc3); err != nil {
		t.Fatal(err)
	}
	if f, err := s.FindFactByID(ctx, factDESupports); err != nil || !f.Inferred || f.Confidence != 0.7 {
		t.Errorf("after the stating document is removed: %+v, %v, want the inferred fact again", f, err)
	}
	if _, _, counts := stats(t, s); counts != (pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1}) {
		t.Errorf("Totals() facts after the removal = %+v, want 6 stated, 1 inferred and 1 reference", counts)
	}
}

// testCopies checks that what a read returns belongs to the caller:
// changing it changes nothing the store answers next.
func testCopies(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	e, err := s.FindEntityByID(ctx, idUS)
	if err != nil {
		t.Fatal(err)
	}
	want := *e
	want.Aliases = slices.Clone(e.Aliases)
	e.Name = "changed"
	e.Aliases[0] = "changed"
	f, err := s.FindFactByID(ctx, factFRSupports)
	if err != nil {
		t.Fatal(err)
	}
	wantQuote := f.Evidence[0].Quote
	f.Evidence[0].Quote = "changed"
	f.Since = pg.MustDate("1999")
	d, err := s.FindDocumentByID(ctx, doc1)
	if err != nil {
		t.Fatal(err)
	}
	d.Title = "changed"

	if again, err := s.FindEntityByID(ctx, idUS); err != nil || !reflect.DeepEqual(*again, want) {
		t.Errorf("FindEntityByID after the caller changed a result = %+v, %v, want %+v", again, err, want)
	}
	if es, err := s.EntitiesByIDs(ctx, []pg.EntityID{idUS}); err != nil || !reflect.DeepEqual(*es[0], want) {
		t.Errorf("EntitiesByIDs after the caller changed a result = %+v, %v, want %+v", es, err, want)
	}
	if again, err := s.FindFactByID(ctx, factFRSupports); err != nil || again.Evidence[0].Quote != wantQuote || again.Since != pg.MustDate("2018-11") {
		t.Errorf("FindFactByID after the caller changed a result = %+v, %v", again, err)
	}
	if fs, err := s.FindFacts(ctx, pg.FactFilter{Subjects: []pg.EntityID{idFR}}); err != nil || len(fs) != 1 || fs[0].Evidence[0].Quote != wantQuote {
		t.Errorf("FindFacts after the caller changed a result = %+v, %v", fs, err)
	}
	if again, err := s.FindDocumentByID(ctx, doc1); err != nil || again.Title != article2018().Document.Title {
		t.Errorf("FindDocumentByID after the caller changed a result = %+v, %v", again, err)
	}
}
