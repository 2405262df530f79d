package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// testAsOf checks FactFilter.AsOf on facts dated to the year, the month
// and the day, undated, and dated differently by two documents (the
// earliest date counts; a document that does not date a fact leaves it
// the other's date).
func testAsOf(t *testing.T, s Store) {
	entities := []pg.Entity{entUS, entFR, entDE, entEU, entMicrosoft, entParisCall, entForum, entParis}
	dated := func(f pg.Fact, since string) pg.Fact {
		f.Since = pg.MustDate(since)
		return f
	}
	write(t, s,
		simple("t1.txt", entities,
			dated(fact(idUS, pg.Supports, idParisCall, false), "2021-11"),
			dated(fact(idFR, pg.Supports, idParisCall, false), "2018"),
			dated(fact(idDE, pg.Supports, idParisCall, false), "2021-11-12"),
			fact(idMicrosoft, pg.Supports, idParisCall, false),
			dated(fact(idEU, pg.Supports, idParisCall, false), "2021-11"),
			fact(idForum, pg.HeldAt, idParis, false)),
		simple("t2.txt", entities,
			dated(fact(idEU, pg.Supports, idParisCall, false), "2018-11-12"),
			dated(fact(idForum, pg.HeldAt, idParis, false), "2022")))
	all := []pg.FactID{factUSSupports, factFRSupports, factDESupports, factMSSupports, factEUSupports, factHeldAt}
	for _, tc := range []struct {
		asOf string
		want []pg.FactID
	}{
		{"", all},
		{"2017", []pg.FactID{factMSSupports}},
		{"2018", []pg.FactID{factFRSupports, factEUSupports, factMSSupports}},
		{"2018-11-11", []pg.FactID{factFRSupports, factMSSupports}},
		{"2021-10", []pg.FactID{factFRSupports, factEUSupports, factMSSupports}},
		{"2021-11-11", []pg.FactID{factFRSupports, factEUSupports, factMSSupports, factUSSupports}},
		{"2021-11", []pg.FactID{factFRSupports, factEUSupports, factMSSupports, factUSSupports, factDESupports}},
		{"2021", []pg.FactID{factFRSupports, factEUSupports, factMSSupports, factUSSupports, factDESupports}},
		{"2022", all},
	} {
		t.Run("as of "+tc.asOf, func(t *testing.T) {
			filter := pg.FactFilter{AsOf: pg.MustDate(tc.asOf)}
			fs, err := s.FindFacts(t.Context(), filter)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := factIDs(fs), sorted(tc.want); !slices.Equal(got, want) {
				t.Errorf("FindFacts(as of %q) = %v, want %v", tc.asOf, got, want)
			}
		})
	}
	for id, want := range map[pg.FactID]string{factEUSupports: "2018-11-12", factHeldAt: "2022", factMSSupports: ""} {
		if f, err := s.FindFactByID(t.Context(), id); err != nil || f.Since != pg.MustDate(want) {
			t.Errorf("FindFactByID(%s) = %+v, %v, want since %q", id, f, err, want)
		}
	}
}

// testCounts checks that FindCounts returns an initiative's counts whole,
// by date (the earlier first day first, undated last), then by document
// and offset.
func testCounts(t *testing.T, s Store) {
	other := pg.Entity{ID: "initiative/autre", Name: "Autre", Kind: pg.KindInitiative}
	count := func(what pg.CountWhat, value int, date string, at int) pg.Count {
		e := ev("", fmt.Sprint(value, " ", what), at)
		return pg.Count{Initiative: idParisCall, What: what, Value: value, Date: pg.MustDate(date), Evidence: e}
	}
	a := &pg.Extraction{
		Document: pg.Document{ID: "a.txt", Text: "Counts of a."},
		Entities: []pg.Entity{entParisCall, other},
		Counts: []pg.Count{
			count(pg.CountSupporters, 50, "2019", 50),
			count(pg.CountStates, 20, "", 10),
			count(pg.CountSupporters, 370, "2018-11-12", 0),
			{Initiative: other.ID, What: pg.CountOrganizations, Value: 3, Evidence: ev("", "3 organisations", 70)},
		},
	}
	b := &pg.Extraction{
		Document: pg.Document{ID: "b.txt", Text: "Counts of b."},
		Entities: []pg.Entity{entParisCall},
		Counts: []pg.Count{
			count(pg.CountSupporters, 60, "2019", 5),
			count(pg.CountSupporters, 1000, "", 3),
			count(pg.CountCompanies, 12, "2018-11", 7),
		},
	}
	b.Counts[1].Approx = true
	write(t, s, a, b)
	cs, err := s.FindCounts(t.Context(), idParisCall)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s@%d %d %s %v %s", c.Evidence.Document, c.Evidence.Start, c.Value, c.What, c.Approx, c.Date))
	}
	want := []string{
		"b.txt@7 12 companies false 2018-11",
		"a.txt@0 370 supporters false 2018-11-12",
		"a.txt@50 50 supporters false 2019",
		"b.txt@5 60 supporters false 2019",
		"a.txt@10 20 states false ",
		"b.txt@3 1000 supporters true ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("FindCounts(%s) =\n%q\nwant\n%q", idParisCall, got, want)
	}
	if len(cs) > 0 {
		wantFirst := b.Counts[2]
		wantFirst.Evidence.Document = "b.txt"
		if !reflect.DeepEqual(*cs[0], wantFirst) {
			t.Errorf("FindCounts(%s)[0] = %+v, want %+v", idParisCall, *cs[0], wantFirst)
		}
	}
	if cs, err := s.FindCounts(t.Context(), other.ID); err != nil || len(cs) != 1 || cs[0].Value != 3 || cs[0].What != pg.CountOrganizations {
		t.Errorf("FindCounts(%s) = %v, %v, want its one count", other.ID, cs, err)
	}
	if cs, err := s.FindCounts(t.Context(), "initiative/none"); err != nil || len(cs) != 0 {
		t.Errorf("FindCounts(unknown) = %v, %v, want none", cs, err)
	}
}

// testStats checks the totals after writes and removals: a fact stated
// by two documents counts once, and a fact counts as stated, inferred or
// reference as it reads.
func testStats(t *testing.T, s Store) {
	ctx := t.Context()
	check := func(when string, docs, ents int, facts pg.FactCounts) {
		t.Helper()
		if d, e, f := stats(t, s); d != docs || e != ents || f != facts {
			t.Errorf("Totals() %s = %d, %d, %+v, want %d, %d, %+v", when, d, e, f, docs, ents, facts)
		}
	}
	check("of an empty store", 0, 0, pg.FactCounts{})
	write(t, s, article2018())
	check("after one article", 1, 9, pg.FactCounts{Stated: 5, Inferred: 1, Reference: 1})
	write(t, s, article2021())
	check("after two articles", 2, 9, pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1})
	// a document states the reference membership: it is stated now
	member := fact(idDE, pg.MemberOf, idEU, false)
	write(t, s, simple("003_membre.txt", []pg.Entity{entDE, entEU}, member))
	if f, err := s.FindFactByID(ctx, factDEMember); err != nil || f.Reference || len(f.Evidence) != 1 {
		t.Errorf("FindFactByID(a reference fact a document states) = %+v, %v, want a stated fact", f, err)
	}
	check("after a document states a reference fact", 3, 9, pg.FactCounts{Stated: 7, Inferred: 1})
	if _, err := s.RemoveDocument(ctx, doc1); err != nil {
		t.Fatal(err)
	}
	check("after removing the first article", 2, 5, pg.FactCounts{Stated: 3})
	if _, err := s.RemoveDocument(ctx, "003_membre.txt"); err != nil {
		t.Fatal(err)
	}
	check("after removing the membership", 1, 3, pg.FactCounts{Stated: 2})
}

// testMentions checks that DocumentMentions returns the mentions written,
// in text order, each with its document.
func testMentions(t *testing.T, s Store) {
	ctx := t.Context()
	x := &pg.Extraction{
		Document: pg.Document{ID: "m.txt", Text: "Le Forum de Paris sur la Paix s'est tenu à Paris. Au Forum, Paris."},
		Entities: []pg.Entity{entForum, entParis},
		Mentions: []pg.Mention{
			{Entity: idForum, Start: 3, End: 29},
			{Entity: idParis, Start: 60, End: 65},
			{Entity: idParis, Start: 43, End: 48},
			{Entity: idForum, Start: 53, End: 58},
		},
	}
	write(t, s, article2018(), article2021(), x, simple("none.txt", []pg.Entity{entFR, entParisCall}, fact(idFR, pg.Supports, idParisCall, false)))
	for _, tc := range []struct {
		doc  pg.DocumentID
		want []pg.Mention
	}{
		{doc1, []pg.Mention{{Entity: idFR, Doc: doc1, Start: 3, End: 9}, {Entity: idUS, Doc: doc1, Start: 63, End: 73}}},
		{doc2, []pg.Mention{{Entity: idUS, Doc: doc2, Start: 58, End: 71}}},
		{"m.txt", []pg.Mention{
			{Entity: idForum, Doc: "m.txt", Start: 3, End: 29}, {Entity: idParis, Doc: "m.txt", Start: 43, End: 48},
			{Entity: idForum, Doc: "m.txt", Start: 53, End: 58}, {Entity: idParis, Doc: "m.txt", Start: 60, End: 65},
		}},
		{"none.txt", nil},
	} {
		got, err := s.DocumentMentions(ctx, tc.doc)
		if err != nil {
			t.Errorf("DocumentMentions(%s) = %v", tc.doc, err)
			continue
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("DocumentMentions(%s) = %+v, want %+v", tc.doc, got, tc.want)
		}
	}
	_, err := s.DocumentMentions(ctx, "missing.txt")
	wantCode(t, "DocumentMentions(missing.txt)", err, pg.ENOTFOUND)
}

// testRepeats checks that Evidence.Repeats is stored and read back, for
// facts and counts, and that a piece of evidence without repeats has 0.
func testRepeats(t *testing.T, s Store) {
	x := article2018()
	for k := range x.Facts {
		if x.Facts[k].ID == factMSSupports {
			x.Facts[k].Evidence[0].Repeats = 41
		}
	}
	x.Counts[0].Evidence.Repeats = 2
	write(t, s, x)
	for id, want := range map[pg.FactID]int{factMSSupports: 41, factFRSupports: 0} {
		f, err := s.FindFactByID(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Evidence) != 1 || f.Evidence[0].Repeats != want {
			t.Errorf("FindFactByID(%s) evidence = %+v, want one repeated %d times", id, f.Evidence, want)
		}
	}
	if cs, err := s.FindCounts(t.Context(), idParisCall); err != nil || len(cs) != 1 || cs[0].Evidence.Repeats != 2 {
		t.Errorf("FindCounts = %+v, %v, want one count repeated twice", cs, err)
	}
}

// testCancelled checks that calls with a cancelled context fail with an
// error that wraps context.Canceled, and that writes made with one change
// nothing.
func testCancelled(t *testing.T, s Store) {
	write(t, s, article2018())
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	calls := map[string]func() error{
		"FindEntityByID": func() error { _, err := s.FindEntityByID(ctx, idUS); return err },
		"FindEntities":   func() error { _, _, err := s.FindEntities(ctx, pg.EntityFilter{}); return err },
		"FindFacts":      func() error { _, err := s.FindFacts(ctx, pg.FactFilter{}); return err },
		"FindDocuments":  func() error { _, _, err := s.FindDocuments(ctx, pg.DocumentFilter{}); return err },
		"WriteExtraction": func() error {
			return s.WriteExtraction(ctx, article2021())
		},
		"WriteExtractions": func() error {
			return errors.Join(s.WriteExtractions(ctx, []*pg.Extraction{article2021(), moved(article2021(), "003.txt")})...)
		},
		"ReplaceExtraction": func() error { _, err := s.ReplaceExtraction(ctx, moved(article2021(), doc1)); return err },
		"RemoveDocument":    func() error { _, err := s.RemoveDocument(ctx, doc1); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s(cancelled) = %v, want an error wrapping context.Canceled", name, err)
		}
	}
	if d, _, f := stats(t, s); d != 1 || f != (pg.FactCounts{Stated: 5, Inferred: 1, Reference: 1}) {
		t.Errorf("Totals() after cancelled writes = %d documents, %+v, want the first article alone", d, f)
	}
	if doc, err := s.FindDocumentByID(t.Context(), doc1); err != nil || doc.Text != article2018().Document.Text {
		t.Errorf("FindDocumentByID(%s) after cancelled writes = %+v, %v, want it as written", doc1, doc, err)
	}
}
