package storetest

import (
	"fmt"
	"slices"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// checkOutlines checks, when s is a pg.StanceFactFinder, that
// FindStanceFacts returns for filter the outlines of what FindFacts
// returns.
func checkOutlines(t *testing.T, s Store, filter pg.FactFilter) {
	t.Helper()
	sf, ok := s.(pg.StanceFactFinder)
	if !ok {
		return
	}
	got, err := sf.FindStanceFacts(t.Context(), filter)
	if err != nil {
		t.Fatalf("FindStanceFacts(%+v) = %v", filter, err)
	}
	if got == nil {
		t.Errorf("FindStanceFacts(%+v) = nil, want a list", filter)
	}
	facts, err := s.FindFacts(t.Context(), filter)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]*pg.Fact, len(facts))
	for i, f := range facts {
		want[i] = pg.StanceOutline(f)
	}
	if g, w := outlines(got), outlines(want); g != w {
		t.Errorf("FindStanceFacts(%+v) =\n%s\nwant the outlines of FindFacts\n%s", filter, g, w)
	}
}

// outlines writes facts' outlines, one a line.
func outlines(fs []*pg.Fact) string {
	var out string
	for _, f := range fs {
		out += fmt.Sprintf("%+v\n", *f)
	}
	return out
}

// testOutlines follows an undated fact that two documents state through
// writes, a removal and a replacement: its outline (read alone before
// and after each change, so that a store that keeps what it read must
// forget it or read it again) names the documents that state it, until
// a version of the text dates it.
func testOutlines(t *testing.T, s Store) {
	sf, ok := s.(pg.StanceFactFinder)
	if !ok {
		t.Skip("the store has no FindStanceFacts")
	}
	entities := []pg.Entity{entEU, entParisCall}
	eu := fact(idEU, pg.Supports, idParisCall, false)
	filter := pg.FactFilter{Objects: []pg.EntityID{idParisCall}}
	docs := func(want ...pg.DocumentID) {
		t.Helper()
		fs, err := sf.FindStanceFacts(t.Context(), filter)
		if err != nil {
			t.Fatal(err)
		}
		var got []pg.DocumentID
		for _, f := range fs {
			for _, e := range f.Evidence {
				got = append(got, e.Document)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("FindStanceFacts: the outlines name documents %v, want %v", got, want)
		}
	}
	write(t, s, simple(doc1, entities, eu))
	docs(doc1)
	write(t, s, simple(doc2, entities, eu))
	docs(doc1, doc2)
	if _, err := s.RemoveDocument(t.Context(), doc1); err != nil {
		t.Fatal(err)
	}
	docs(doc2)
	dated := eu
	dated.Since = pg.MustDate("2019-03")
	x := simple(doc2, entities, dated)
	x.Document.Text += "2019"
	if replaced, err := s.ReplaceExtraction(t.Context(), x); err != nil || !replaced {
		t.Fatalf("ReplaceExtraction = %v, %v, want replaced", replaced, err)
	}
	docs()
	if fs, err := sf.FindStanceFacts(t.Context(), filter); err != nil || len(fs) != 1 || fs[0].Since != dated.Since {
		t.Errorf("FindStanceFacts after the replacement = %v, %v, want the dated fact", outlines(fs), err)
	}
	checkOutlines(t, s, filter)
}
