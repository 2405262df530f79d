package storetest

import (
	"reflect"
	"slices"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// testRead checks the lookups of the three read services on the two
// articles.
func testRead(t *testing.T, s Store) {
	write(t, s, article2018(), article2021())
	t.Run("entity by id", func(t *testing.T) { testEntityByID(t, s) })
	t.Run("entity by name", func(t *testing.T) { testEntityByName(t, s) })
	t.Run("find entities", func(t *testing.T) { testFindEntities(t, s) })
	t.Run("entities by ids", func(t *testing.T) { testEntitiesByIDs(t, s) })
	t.Run("fact by id", func(t *testing.T) { testFactByID(t, s) })
	t.Run("find facts", func(t *testing.T) { testFindFacts(t, s) })
	t.Run("facts by ids", func(t *testing.T) { testFactsByIDs(t, s) })
	t.Run("document by id", func(t *testing.T) { testDocumentByID(t, s) })
	t.Run("find documents", func(t *testing.T) { testFindDocuments(t, s) })
	t.Run("documents by ids", func(t *testing.T) { testDocumentsByIDs(t, s) })
}

func testEntityByID(t *testing.T, s Store) {
	ctx := t.Context()
	for _, want := range []*pg.Entity{
		{ID: idUS, Name: "États-Unis", Kind: pg.KindState, Aliases: []string{"USA", "United States"}},
		{ID: idForum, Name: "Forum de Paris sur la Paix 2018", Kind: pg.KindEvent,
			Start: pg.MustDate("2018-11-11"), End: pg.MustDate("2018-11-13")},
		{ID: idEU, Name: "Union européenne", Kind: pg.KindOrganization, Aliases: []string{"UE"}},
	} {
		got, err := s.FindEntityByID(ctx, want.ID)
		if err != nil {
			t.Fatalf("FindEntityByID(%s) = %v", want.ID, err)
		}
		if len(got.Aliases) == 0 {
			got.Aliases = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindEntityByID(%s) = %+v, want %+v", want.ID, got, want)
		}
	}
	_, err := s.FindEntityByID(ctx, "state/xx")
	wantCode(t, "FindEntityByID(state/xx)", err, pg.ENOTFOUND)
}

func testEntityByName(t *testing.T, s Store) {
	for _, tc := range []struct {
		name string
		want pg.EntityID
	}{
		{"États-Unis", idUS},
		{"etats unis", idUS},
		{"ÉTATS-UNIS", idUS},
		{"Etats-Unis", idUS},
		{"les États-Unis", idUS}, // a leading article is dropped
		{"USA", idUS},            // an alias of one document
		{"united states", idUS},  // an alias of the other
		{"Paris Call", idParisCall},
		{"l'Appel de Paris", idParisCall},
		{"L’Appel de Paris", idParisCall},
		{"ue", idEU},
		{"Paris", idParis}, // the place has a fact, the person none
		{"Atlantis", ""},
		{"", ""},
		{"les", ""}, // nothing but an article
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkEntityID(t, s, tc.name, tc.want)
			got, err := s.FindEntityByName(t.Context(), tc.name)
			if tc.want == "" {
				wantCode(t, "FindEntityByName("+tc.name+")", err, pg.ENOTFOUND)
				return
			}
			if err != nil {
				t.Fatalf("FindEntityByName(%q) = %v", tc.name, err)
			}
			if got.ID != tc.want {
				t.Errorf("FindEntityByName(%q) = %s, want %s", tc.name, got.ID, tc.want)
			}
		})
	}
}

// checkEntityID checks, when s is a pg.EntityIDFinder, that
// FindEntityIDByName(name) returns want, or ENOTFOUND when want is "".
func checkEntityID(t *testing.T, s Store, name string, want pg.EntityID) {
	t.Helper()
	f, ok := s.(pg.EntityIDFinder)
	if !ok {
		return
	}
	got, err := f.FindEntityIDByName(t.Context(), name)
	switch {
	case want == "":
		wantCode(t, "FindEntityIDByName("+name+")", err, pg.ENOTFOUND)
	case err != nil || got != want:
		t.Errorf("FindEntityIDByName(%q) = %q, %v, want %s", name, got, err, want)
	}
}

// testNameTie checks that of entities sharing a name, the one with the
// most facts wins, and the smallest ID among equals.
func testNameTie(t *testing.T, s Store) {
	georgia := pg.Entity{ID: "subnational/georgia", Name: "Georgia", Kind: pg.KindSubnationalGovernment}
	georgiaState := pg.Entity{ID: "state/ge", Name: "Géorgie", Kind: pg.KindState, Aliases: []string{"Georgia"}}
	x := &pg.Extraction{
		Document: pg.Document{ID: "georgia.txt", Text: "Georgia and Georgia."},
		Entities: []pg.Entity{georgia, georgiaState},
	}
	write(t, s, x)
	checkEntityID(t, s, "georgia", georgiaState.ID)
	if got, err := s.FindEntityByName(t.Context(), "georgia"); err != nil || got.ID != georgiaState.ID {
		t.Errorf("FindEntityByName(georgia) with no facts = %v, %v, want the smallest ID %s", got, err, georgiaState.ID)
	}
	entities := []pg.Entity{georgia, entParisCall}
	write(t, s, simple("georgia-signs.txt", entities, fact(georgia.ID, pg.Supports, idParisCall, false)))
	checkEntityID(t, s, "georgia", georgia.ID)
	if got, err := s.FindEntityByName(t.Context(), "georgia"); err != nil || got.ID != georgia.ID {
		t.Errorf("FindEntityByName(georgia) = %v, %v, want %s, which has a fact", got, err, georgia.ID)
	}
}

func testFindEntities(t *testing.T, s Store) {
	for _, tc := range []struct {
		name      string
		filter    pg.EntityFilter
		want      []pg.EntityID
		wantTotal int
	}{
		// by name as Fold compares them, then by ID
		{"all", pg.EntityFilter{}, []pg.EntityID{idDE, idParisCall, idUS, idForum, idFR, idMicrosoft, idHilton, idParis, idEU}, 9},
		{"page", pg.EntityFilter{Offset: 1, Limit: 2}, []pg.EntityID{idParisCall, idUS}, 9},
		{"last page", pg.EntityFilter{Offset: 7, Limit: 5}, []pg.EntityID{idParis, idEU}, 9},
		{"past the end", pg.EntityFilter{Offset: 10}, []pg.EntityID{}, 9},
		{"kind", pg.EntityFilter{Kinds: []pg.Kind{pg.KindState}}, []pg.EntityID{idDE, idUS, idFR}, 3},
		{"kinds", pg.EntityFilter{Kinds: []pg.Kind{pg.KindPlace, pg.KindCompany}}, []pg.EntityID{idMicrosoft, idParis}, 2},
		{"kind with none", pg.EntityFilter{Kinds: []pg.Kind{pg.KindPrinciple}}, []pg.EntityID{}, 0},
		{"kind page", pg.EntityFilter{Kinds: []pg.Kind{pg.KindState}, Offset: 1, Limit: 1}, []pg.EntityID{idUS}, 3},
		{"search accents and case", pg.EntityFilter{Search: "ETATS"}, []pg.EntityID{idUS}, 1},
		{"search alias", pg.EntityFilter{Search: "stat"}, []pg.EntityID{idUS}, 1},
		{"search substring", pg.EntityFilter{Search: "europ"}, []pg.EntityID{idEU}, 1},
		{"search paris", pg.EntityFilter{Search: "paris"}, []pg.EntityID{idParisCall, idForum, idHilton, idParis}, 4},
		{"search and kind", pg.EntityFilter{Search: "paris", Kinds: []pg.Kind{pg.KindEvent}}, []pg.EntityID{idForum}, 1},
		{"search without match", pg.EntityFilter{Search: "atlantis"}, []pg.EntityID{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es, total, err := s.FindEntities(t.Context(), tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if es == nil {
				t.Errorf("FindEntities(%+v) = nil, want a list", tc.filter)
			}
			if got := entityIDs(es); !slices.Equal(got, tc.want) || total != tc.wantTotal {
				t.Errorf("FindEntities(%+v) = %v, %d, want %v, %d", tc.filter, got, total, tc.want, tc.wantTotal)
			}
		})
	}
}

func testEntitiesByIDs(t *testing.T, s Store) {
	for _, ids := range [][]pg.EntityID{
		{idFR, "state/xx", idUS},
		{idUS, idUS},
		{"state/xx"},
		{},
	} {
		es, err := s.EntitiesByIDs(t.Context(), ids)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(ids)
		for i, id := range want {
			if id == "state/xx" {
				want[i] = ""
			}
		}
		if got := entityIDs(es); !slices.Equal(got, want) {
			t.Errorf("EntitiesByIDs(%v) = %v, want %v (\"\" for nil)", ids, got, want)
		}
	}
	if es, err := s.EntitiesByIDs(t.Context(), []pg.EntityID{idEU}); err != nil || len(es) != 1 || es[0] == nil || es[0].Name != "Union européenne" {
		t.Errorf("EntitiesByIDs(%s) = %v, %v, want the whole entity", idEU, es, err)
	}
}

func testFactByID(t *testing.T, s Store) {
	ctx := t.Context()
	got, err := s.FindFactByID(ctx, factDESupports)
	if err != nil {
		t.Fatal(err)
	}
	want := &pg.Fact{
		ID: factDESupports, Subject: idDE, Predicate: pg.Supports, Object: idParisCall,
		Inferred: true, Confidence: 0.7, DerivedFrom: sorted([]pg.FactID{factDEMember, factEUSupports}),
		Evidence: []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindFactByID(inferred) = %+v, want %+v", got, want)
	}
	ref, err := s.FindFactByID(ctx, factDEMember)
	if err != nil {
		t.Fatal(err)
	}
	if !ref.Reference || ref.Inferred || len(ref.Evidence) != 0 || ref.Confidence != 1 {
		t.Errorf("FindFactByID(reference) = %+v, want a reference fact of confidence 1 without evidence", ref)
	}
	usNo, err := s.FindFactByID(ctx, factUSDeclines)
	if err != nil {
		t.Fatal(err)
	}
	if !usNo.Negated || usNo.Since != pg.MustDate("2018-11") || len(usNo.Evidence) != 1 || usNo.Evidence[0].Start != 59 {
		t.Errorf("FindFactByID(negated) = %+v, want the refusal since 2018-11", usNo)
	}
	_, err = s.FindFactByID(ctx, "fact/0000")
	wantCode(t, "FindFactByID(fact/0000)", err, pg.ENOTFOUND)
}

func testFindFacts(t *testing.T, s Store) {
	yes, no := true, false
	for _, tc := range []struct {
		name   string
		filter pg.FactFilter
		want   []pg.FactID
	}{
		{"everything", pg.FactFilter{}, []pg.FactID{factUSDeclines, factUSSupports, factFRSupports, factDESupports, factMSSupports, factEUSupports, factHeldAt}},
		{"with reference", pg.FactFilter{IncludeReference: true}, []pg.FactID{factUSDeclines, factUSSupports, factFRSupports, factDESupports, factMSSupports, factEUSupports, factHeldAt, factDEMember}},
		{"subject", pg.FactFilter{Subjects: []pg.EntityID{idUS}}, []pg.FactID{factUSDeclines, factUSSupports}},
		{"subjects", pg.FactFilter{Subjects: []pg.EntityID{idUS, idForum}}, []pg.FactID{factUSDeclines, factUSSupports, factHeldAt}},
		{"subject without reference", pg.FactFilter{Subjects: []pg.EntityID{idDE}}, []pg.FactID{factDESupports}},
		{"subject with reference", pg.FactFilter{Subjects: []pg.EntityID{idDE}, IncludeReference: true}, []pg.FactID{factDESupports, factDEMember}},
		{"object", pg.FactFilter{Objects: []pg.EntityID{idParisCall}}, []pg.FactID{factUSDeclines, factUSSupports, factFRSupports, factDESupports, factMSSupports, factEUSupports}},
		{"object reference", pg.FactFilter{Objects: []pg.EntityID{idEU}, IncludeReference: true}, []pg.FactID{factDEMember}},
		{"subject and object", pg.FactFilter{Subjects: []pg.EntityID{idFR, idMicrosoft}, Objects: []pg.EntityID{idParisCall}}, []pg.FactID{factFRSupports, factMSSupports}},
		{"subject and object apart", pg.FactFilter{Subjects: []pg.EntityID{idForum}, Objects: []pg.EntityID{idParisCall}}, []pg.FactID{}},
		{"predicate", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf}, IncludeReference: true}, []pg.FactID{factDEMember}},
		{"predicates", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf, pg.HeldAt}, IncludeReference: true}, []pg.FactID{factDEMember, factHeldAt}},
		{"predicate without reference", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf}}, []pg.FactID{}},
		{"negated", pg.FactFilter{Objects: []pg.EntityID{idParisCall}, Negated: &yes}, []pg.FactID{factUSDeclines}},
		{"not negated", pg.FactFilter{Subjects: []pg.EntityID{idUS}, Negated: &no}, []pg.FactID{factUSSupports}},
		{"inferred", pg.FactFilter{Inferred: &yes}, []pg.FactID{factDESupports}},
		{"not inferred", pg.FactFilter{Objects: []pg.EntityID{idParisCall}, Inferred: &no}, []pg.FactID{factUSDeclines, factUSSupports, factFRSupports, factMSSupports, factEUSupports}},
		{"document", pg.FactFilter{Document: doc2}, []pg.FactID{factUSSupports, factFRSupports}},
		{"document with a fact of both", pg.FactFilter{Document: doc1, Subjects: []pg.EntityID{idFR}}, []pg.FactID{factFRSupports}},
		{"document and subject", pg.FactFilter{Document: doc2, Subjects: []pg.EntityID{idUS}}, []pg.FactID{factUSSupports}},
		{"unknown document", pg.FactFilter{Document: "none.txt"}, []pg.FactID{}},
		{"unknown subject", pg.FactFilter{Subjects: []pg.EntityID{"state/xx"}}, []pg.FactID{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := s.FindFacts(t.Context(), tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if fs == nil {
				t.Errorf("FindFacts(%+v) = nil, want a list", tc.filter)
			}
			// ordered by ID
			if got, want := factIDs(fs), sorted(tc.want); !slices.Equal(got, want) {
				t.Errorf("FindFacts(%+v) = %v, want %v", tc.filter, got, want)
			}
			for _, f := range fs {
				if !tc.filter.Match(f) {
					t.Errorf("FindFacts(%+v) returns %+v, which the filter does not match", tc.filter, f)
				}
			}
			checkOutlines(t, s, tc.filter)
		})
	}
}

func testFactsByIDs(t *testing.T, s Store) {
	for _, ids := range [][]pg.FactID{
		{factUSSupports, "fact/none", factFRSupports},
		{factDEMember, factDEMember},
		{},
	} {
		fs, err := s.FactsByIDs(t.Context(), ids)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(ids)
		for i, id := range want {
			if id == "fact/none" {
				want[i] = ""
			}
		}
		if got := factIDs(fs); !slices.Equal(got, want) {
			t.Errorf("FactsByIDs(%v) = %v, want %v (\"\" for nil)", ids, got, want)
		}
	}
	fs, err := s.FactsByIDs(t.Context(), []pg.FactID{factFRSupports})
	if err != nil || len(fs) != 1 || fs[0] == nil || len(fs[0].Evidence) != 2 {
		t.Errorf("FactsByIDs(%s) = %v, %v, want the fact with all its evidence", factFRSupports, fs, err)
	}
}

func testDocumentByID(t *testing.T, s Store) {
	for _, x := range []*pg.Extraction{article2018(), article2021()} {
		want := x.Document
		want.Hash = hash(want.Text)
		got, err := s.FindDocumentByID(t.Context(), want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("FindDocumentByID(%s) = %+v, want %+v", want.ID, *got, want)
		}
	}
	_, err := s.FindDocumentByID(t.Context(), "none.txt")
	wantCode(t, "FindDocumentByID(none.txt)", err, pg.ENOTFOUND)
}

func testFindDocuments(t *testing.T, s Store) {
	for _, tc := range []struct {
		name   string
		filter pg.DocumentFilter
		want   []pg.DocumentID
	}{
		{"all", pg.DocumentFilter{}, []pg.DocumentID{doc1, doc2}}, // by ID
		{"first", pg.DocumentFilter{Limit: 1}, []pg.DocumentID{doc1}},
		{"second", pg.DocumentFilter{Offset: 1, Limit: 1}, []pg.DocumentID{doc2}},
		{"past the end", pg.DocumentFilter{Offset: 2}, []pg.DocumentID{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds, total, err := s.FindDocuments(t.Context(), tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if ds == nil {
				t.Errorf("FindDocuments(%+v) = nil, want a list", tc.filter)
			}
			if got := documentIDs(ds); !slices.Equal(got, tc.want) || total != 2 {
				t.Errorf("FindDocuments(%+v) = %v, %d, want %v, 2", tc.filter, got, total, tc.want)
			}
		})
	}
	ds, _, err := s.FindDocuments(t.Context(), pg.DocumentFilter{Offset: 1})
	if err != nil || len(ds) != 1 || ds[0].Text != article2021().Document.Text {
		t.Errorf("FindDocuments(offset 1) = %v, %v, want the whole second document", ds, err)
	}
}

func testDocumentsByIDs(t *testing.T, s Store) {
	ds, err := s.DocumentsByIDs(t.Context(), []pg.DocumentID{doc2, "none.txt", doc1, doc2})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := documentIDs(ds), []pg.DocumentID{doc2, "", doc1, doc2}; !slices.Equal(got, want) {
		t.Errorf("DocumentsByIDs = %v, want %v (\"\" for nil)", got, want)
	}
	if len(ds) == 4 && ds[0] != nil && (ds[0].Lang != pg.English || ds[0].Title != "The Paris Call") {
		t.Errorf("DocumentsByIDs(%s) = %+v, want the whole document", doc2, ds[0])
	}
	if ds, err := s.DocumentsByIDs(t.Context(), nil); err != nil || len(ds) != 0 {
		t.Errorf("DocumentsByIDs(nil) = %v, %v, want none", ds, err)
	}
}
