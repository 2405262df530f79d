package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	pg "github.com/pledgegraph/pledgegraph"
)

// opener opens a fresh, empty store for one test.
type opener func(t *testing.T) *Store

func openMemory(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openTestLevelDB(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.Context(), "leveldb:"+filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// backends are the stores the conformance suite runs on. PostgreSQL joins
// when PLEDGEGRAPH_TEST_POSTGRES holds the URL of a database whose user
// may create databases: each test gets a fresh database, dropped after.
func backends() map[string]opener {
	return map[string]opener{
		"memory":  openMemory,
		"leveldb": openTestLevelDB,
		"postgres": func(t *testing.T) *Store {
			u := os.Getenv("PLEDGEGRAPH_TEST_POSTGRES")
			if u == "" {
				t.Skip("PLEDGEGRAPH_TEST_POSTGRES is not set")
			}
			return openTestPostgres(t, u)
		},
	}
}

var postgresDBs atomic.Int64

func openTestPostgres(t *testing.T, admin string) *Store {
	t.Helper()
	s, err := Open(t.Context(), testPostgresURL(t, admin))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testPostgresURL creates a fresh database on the server admin names,
// dropped when the test ends, and returns its URL.
func testPostgresURL(t *testing.T, admin string) string {
	t.Helper()
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	name := fmt.Sprintf("pledgegraph_test_%d_%d", os.Getpid(), postgresDBs.Add(1))
	if _, err := db.ExecContext(t.Context(), "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func TestStore(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) { testStore(t, open) })
	}
}

// testStore is the conformance suite every backend passes.
func testStore(t *testing.T, open opener) {
	t.Run("read", func(t *testing.T) { testRead(t, open(t)) })
	t.Run("merge", func(t *testing.T) { testMerge(t, open(t)) })
	t.Run("rewrite", func(t *testing.T) { testRewrite(t, open(t)) })
	t.Run("invalid", func(t *testing.T) { testInvalid(t, open(t)) })
	t.Run("concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("remove", func(t *testing.T) { testRemove(t, open(t)) })
	t.Run("replace", func(t *testing.T) { testReplace(t, open(t)) })
	t.Run("view", func(t *testing.T) { testView(t, open(t)) })
}

func write(t *testing.T, s *Store, xs ...*pg.Extraction) {
	t.Helper()
	for _, x := range xs {
		if err := s.WriteExtraction(t.Context(), x); err != nil {
			t.Fatalf("WriteExtraction(%s) = %v", x.Document.ID, err)
		}
	}
}

func testRead(t *testing.T, s *Store) {
	ctx := t.Context()
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("Empty() = %v, %v, want true", empty, err)
	}
	write(t, s, extraction1(), extraction2())
	if empty, err := s.Empty(ctx); err != nil || empty {
		t.Fatalf("Empty() = %v, %v, want false", empty, err)
	}

	t.Run("stats", func(t *testing.T) {
		d, e, f, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := [3]int{d, e, f.Facts() + f.Reference}, [3]int{2, 9, 8}; got != want {
			t.Errorf("Stats() = %v, want %v", got, want)
		}
		// one reference membership, one fact inferred from it
		if want := (pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1}); f != want {
			t.Errorf("Stats() facts = %+v, want %+v", f, want)
		}
	})

	t.Run("entity by id", func(t *testing.T) {
		got, err := s.FindEntityByID(ctx, idUS)
		if err != nil {
			t.Fatal(err)
		}
		want := &pg.Entity{ID: idUS, Name: "États-Unis", Kind: pg.KindState, Aliases: []string{"USA", "United States"}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindEntityByID(%s) = %+v, want %+v", idUS, got, want)
		}
		got, err = s.FindEntityByID(ctx, idForum)
		if err != nil {
			t.Fatal(err)
		}
		if got.Start != pg.MustDate("2018-11-11") || got.End != pg.MustDate("2018-11-13") {
			t.Errorf("event dates = %v, %v, want 2018-11-11, 2018-11-13", got.Start, got.End)
		}
		if u, err := s.FindEntityByID(ctx, idUS); err == nil && len(u.Aliases) > 0 {
			u.Aliases[0] = "changed by the caller"
		}
		if again, err := s.FindEntityByID(ctx, idUS); err != nil || !reflect.DeepEqual(again, want) {
			t.Errorf("FindEntityByID(%s) after the caller changed a result = %+v, %v, want %+v", idUS, again, err, want)
		}
		if _, err := s.FindEntityByID(ctx, "state/xx"); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Errorf("FindEntityByID(state/xx) error = %v, want code %s", err, pg.ENOTFOUND)
		}
	})

	t.Run("entity by name", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			want pg.EntityID
		}{
			{"États-Unis", idUS},
			{"etats unis", idUS},
			{"Etats-Unis", idUS},
			{"les États-Unis", idUS},
			{"USA", idUS},
			{"united states", idUS},
			{"Paris Call", idParisCall},
			{"l'Appel de Paris", idParisCall},
			{"ue", idEU},
			{"Paris", idParis}, // the place has a fact, the person none
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.FindEntityByName(ctx, tc.name)
				if err != nil {
					t.Fatal(err)
				}
				if got.ID != tc.want {
					t.Errorf("FindEntityByName(%q) = %s, want %s", tc.name, got.ID, tc.want)
				}
			})
		}
		for _, name := range []string{"Atlantis", "", "les"} {
			if _, err := s.FindEntityByName(ctx, name); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("FindEntityByName(%q) error = %v, want code %s", name, err, pg.ENOTFOUND)
			}
		}
	})

	t.Run("find entities", func(t *testing.T) {
		for _, tc := range []struct {
			name      string
			filter    pg.EntityFilter
			want      []pg.EntityID
			wantTotal int
		}{
			{"all", pg.EntityFilter{}, []pg.EntityID{idDE, idParisCall, idUS, idForum, idFR, idMicrosoft, idHilton, idParis, idEU}, 9},
			{"page", pg.EntityFilter{Offset: 1, Limit: 2}, []pg.EntityID{idParisCall, idUS}, 9},
			{"past the end", pg.EntityFilter{Offset: 10}, []pg.EntityID{}, 9},
			{"kinds", pg.EntityFilter{Kinds: []pg.Kind{pg.KindState}}, []pg.EntityID{idDE, idUS, idFR}, 3},
			{"search accents", pg.EntityFilter{Search: "ETATS"}, []pg.EntityID{idUS}, 1},
			{"search alias", pg.EntityFilter{Search: "stat"}, []pg.EntityID{idUS}, 1},
			{"search paris", pg.EntityFilter{Search: "paris"}, []pg.EntityID{idParisCall, idForum, idHilton, idParis}, 4},
			{"search and kind", pg.EntityFilter{Search: "paris", Kinds: []pg.Kind{pg.KindEvent}}, []pg.EntityID{idForum}, 1},
		} {
			t.Run(tc.name, func(t *testing.T) {
				es, total, err := s.FindEntities(ctx, tc.filter)
				if err != nil {
					t.Fatal(err)
				}
				got := []pg.EntityID{}
				for _, e := range es {
					got = append(got, e.ID)
				}
				if !slices.Equal(got, tc.want) || total != tc.wantTotal {
					t.Errorf("FindEntities(%+v) = %v, %d, want %v, %d", tc.filter, got, total, tc.want, tc.wantTotal)
				}
			})
		}
	})

	t.Run("entities by ids", func(t *testing.T) {
		es, err := s.EntitiesByIDs(ctx, []pg.EntityID{idFR, "state/xx", idUS})
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 3 || es[0] == nil || es[0].ID != idFR || es[1] != nil || es[2] == nil || es[2].ID != idUS {
			t.Errorf("EntitiesByIDs = %v, want [fr nil us]", es)
		}
	})

	frSupports := pg.NewFactID(idFR, pg.Supports, idParisCall, false)
	usDeclines := pg.NewFactID(idUS, pg.Supports, idParisCall, true)
	usSupports := pg.NewFactID(idUS, pg.Supports, idParisCall, false)
	deSupports := pg.NewFactID(idDE, pg.Supports, idParisCall, false)
	msSupports := pg.NewFactID(idMicrosoft, pg.Supports, idParisCall, false)
	heldAt := pg.NewFactID(idForum, pg.HeldAt, idParis, false)

	t.Run("one fact from two documents", func(t *testing.T) {
		f, err := s.FindFactByID(ctx, frSupports)
		if err != nil {
			t.Fatal(err)
		}
		want := &pg.Fact{
			ID: frSupports, Subject: idFR, Predicate: pg.Supports, Object: idParisCall,
			Since: pg.MustDate("2018-11"), Confidence: 0.9,
			Evidence: []pg.Evidence{
				ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0),
				ev(doc2, "France has backed the Paris Call", 0),
			},
		}
		if !reflect.DeepEqual(f, want) {
			t.Errorf("FindFactByID(%s) = %+v, want %+v", frSupports, f, want)
		}
		if _, err := s.FindFactByID(ctx, "fact/0000"); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Errorf("FindFactByID(fact/0000) error = %v, want code %s", err, pg.ENOTFOUND)
		}
	})

	t.Run("inferred fact", func(t *testing.T) {
		f, err := s.FindFactByID(ctx, deSupports)
		if err != nil {
			t.Fatal(err)
		}
		wantFrom := []pg.FactID{memberDE.ID, supportEU.ID}
		slices.Sort(wantFrom)
		if !f.Inferred || !slices.Equal(f.DerivedFrom, wantFrom) {
			t.Errorf("inferred fact = inferred %v, derived from %v, want true, %v", f.Inferred, f.DerivedFrom, wantFrom)
		}
		m, err := s.FindFactByID(ctx, memberDE.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !m.Reference || len(m.Evidence) != 0 {
			t.Errorf("reference fact = reference %v, evidence %v, want true, none", m.Reference, m.Evidence)
		}
	})

	yes, no := true, false
	for _, tc := range []struct {
		name   string
		filter pg.FactFilter
		want   []pg.FactID
	}{
		{"subject", pg.FactFilter{Subjects: []pg.EntityID{idUS}}, []pg.FactID{usDeclines, usSupports}},
		{"subject without reference", pg.FactFilter{Subjects: []pg.EntityID{idDE}}, []pg.FactID{deSupports}},
		{"subject with reference", pg.FactFilter{Subjects: []pg.EntityID{idDE}, IncludeReference: true}, []pg.FactID{deSupports, memberDE.ID}},
		{"object", pg.FactFilter{Objects: []pg.EntityID{idParisCall}}, []pg.FactID{usDeclines, usSupports, frSupports, deSupports, msSupports, supportEU.ID}},
		{"object reference", pg.FactFilter{Objects: []pg.EntityID{idEU}, IncludeReference: true}, []pg.FactID{memberDE.ID}},
		{"subject and object", pg.FactFilter{Subjects: []pg.EntityID{idFR, idMicrosoft}, Objects: []pg.EntityID{idParisCall}}, []pg.FactID{frSupports, msSupports}},
		{"predicate", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf}, IncludeReference: true}, []pg.FactID{memberDE.ID}},
		{"predicate without reference", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf}}, []pg.FactID{}},
		{"negated", pg.FactFilter{Objects: []pg.EntityID{idParisCall}, Negated: &yes}, []pg.FactID{usDeclines}},
		{"not negated", pg.FactFilter{Subjects: []pg.EntityID{idUS}, Negated: &no}, []pg.FactID{usSupports}},
		{"inferred", pg.FactFilter{Inferred: &yes}, []pg.FactID{deSupports}},
		{"as of 2019", pg.FactFilter{Subjects: []pg.EntityID{idUS}, AsOf: pg.MustDate("2019")}, []pg.FactID{usDeclines}},
		{"as of 2021-11", pg.FactFilter{Subjects: []pg.EntityID{idUS}, AsOf: pg.MustDate("2021-11")}, []pg.FactID{usDeclines, usSupports}},
		{"document", pg.FactFilter{Document: doc2}, []pg.FactID{usSupports, frSupports}},
		{"document and subject", pg.FactFilter{Document: doc2, Subjects: []pg.EntityID{idUS}}, []pg.FactID{usSupports}},
		{"everything", pg.FactFilter{}, []pg.FactID{usDeclines, usSupports, frSupports, deSupports, msSupports, supportEU.ID, heldAt}},
		{"unknown subject", pg.FactFilter{Subjects: []pg.EntityID{"state/xx"}}, []pg.FactID{}},
	} {
		t.Run("find facts/"+tc.name, func(t *testing.T) {
			fs, err := s.FindFacts(ctx, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			got := []pg.FactID{}
			for _, f := range fs {
				got = append(got, f.ID)
			}
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("FindFacts(%+v) = %v, want %v", tc.filter, got, want)
			}
		})
	}

	t.Run("facts by ids", func(t *testing.T) {
		fs, err := s.FactsByIDs(ctx, []pg.FactID{usSupports, "fact/none", frSupports})
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 3 || fs[0] == nil || fs[0].ID != usSupports || fs[1] != nil || fs[2] == nil || fs[2].ID != frSupports {
			t.Errorf("FactsByIDs = %v, want [us nil fr]", fs)
		}
	})

	t.Run("counts", func(t *testing.T) {
		cs, err := s.FindCounts(ctx, idParisCall)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			got = append(got, fmt.Sprintf("%d %s %v %s %s", c.Value, c.What, c.Approx, c.Date, c.Evidence.Document))
		}
		want := []string{
			"359 supporters false 2018-11 " + string(doc1),
			"80 states false 2021 " + string(doc2),
			"1200 supporters true  " + string(doc2),
		}
		if !slices.Equal(got, want) {
			t.Errorf("FindCounts = %q, want %q", got, want)
		}
	})

	t.Run("documents", func(t *testing.T) {
		want1 := extraction1().Document
		d, err := s.FindDocumentByID(ctx, doc1)
		if err != nil {
			t.Fatal(err)
		}
		if d.Hash == "" {
			t.Errorf("stored document has no hash")
		}
		want1.Hash = d.Hash
		if !reflect.DeepEqual(*d, want1) {
			t.Errorf("FindDocumentByID(%s) = %+v, want %+v", doc1, *d, want1)
		}
		ds, total, err := s.FindDocuments(ctx, pg.DocumentFilter{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if total != 2 || len(ds) != 1 || ds[0].ID != doc1 {
			t.Errorf("FindDocuments(limit 1) = %v, %d, want [%s], 2", ds, total, doc1)
		}
		ds, err = s.DocumentsByIDs(ctx, []pg.DocumentID{doc2, "none", doc1})
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 3 || ds[0] == nil || ds[0].ID != doc2 || ds[0].Lang != pg.English || ds[1] != nil || ds[2] == nil || ds[2].ID != doc1 {
			t.Errorf("DocumentsByIDs = %v, want [%s nil %s]", ds, doc2, doc1)
		}
		if _, err := s.FindDocumentByID(ctx, "none"); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Errorf("FindDocumentByID(none) error = %v, want code %s", err, pg.ENOTFOUND)
		}
	})

	t.Run("reads", func(t *testing.T) {
		before := s.Reads()
		ids := []pg.FactID{usSupports, frSupports, deSupports}
		if _, err := s.FactsByIDs(ctx, ids); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindFacts(ctx, pg.FactFilter{Objects: []pg.EntityID{idParisCall}}); err != nil {
			t.Fatal(err)
		}
		if got := s.Reads() - before; got != 2 {
			t.Errorf("reads for 2 calls = %d, want 2", got)
		}
	})
}

// testMerge writes a third document that states what the first only
// inferred, and checks the merge on read.
func testMerge(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1(), extraction2())
	deSupports := pg.NewFactID(idDE, pg.Supports, idParisCall, false)
	if f, err := s.FindFactByID(ctx, deSupports); err != nil || !f.Inferred {
		t.Fatalf("FindFactByID(%s) = %v, %v, want an inferred fact", deSupports, f, err)
	}
	const doc3 pg.DocumentID = "003_allemagne.txt"
	stated := fact(idDE, pg.Supports, idParisCall, false)
	stated.Confidence = 0.95
	stated.Evidence = []pg.Evidence{ev(doc3, "L'Allemagne a signé l'Appel", 0)}
	x := &pg.Extraction{
		Document: pg.Document{ID: doc3, Lang: pg.French, Text: "L'Allemagne a signé l'Appel."},
		Entities: []pg.Entity{
			{ID: idDE, Name: "Allemagne", Kind: pg.KindState, Aliases: []string{"RFA"}},
			{ID: idParisCall, Name: "Appel de Paris", Kind: pg.KindInitiative},
		},
		Facts: []pg.Fact{stated},
	}
	write(t, s, x)
	f, err := s.FindFactByID(ctx, deSupports)
	if err != nil {
		t.Fatal(err)
	}
	if f.Inferred || f.Confidence != 0.95 || len(f.Evidence) != 2 || len(f.DerivedFrom) != 2 {
		t.Errorf("merged fact = inferred %v, confidence %v, %d evidence, %d derived from; want false, 0.95, 2, 2",
			f.Inferred, f.Confidence, len(f.Evidence), len(f.DerivedFrom))
	}
	e, err := s.FindEntityByName(ctx, "rfa")
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != idDE || !slices.Equal(e.Aliases, []string{"RFA"}) {
		t.Errorf("FindEntityByName(rfa) = %+v, want %s with alias RFA", e, idDE)
	}
	fs, err := s.FindFacts(ctx, pg.FactFilter{Inferred: &[]bool{true}[0]})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 0 {
		t.Errorf("inferred facts after a document states the only one = %d, want 0", len(fs))
	}
}

func testRewrite(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1())
	_, _, before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("same text is a no-op", func(t *testing.T) {
		x := extraction1()
		x.Facts = x.Facts[:1] // would change nothing anyway: not written
		if err := s.WriteExtraction(ctx, x); err != nil {
			t.Fatalf("WriteExtraction again = %v, want nil", err)
		}
		_, _, after, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Errorf("facts after rewrite = %+v, want %+v", after, before)
		}
	})
	t.Run("other text is a conflict", func(t *testing.T) {
		x := extraction1()
		x.Document.Text += " Fin."
		err := s.WriteExtraction(ctx, x)
		if pg.ErrorCode(err) != pg.ECONFLICT {
			t.Fatalf("WriteExtraction(other text) = %v, want code %s", err, pg.ECONFLICT)
		}
		if !strings.Contains(err.Error(), "already stored with other text") {
			t.Errorf("error = %q, want it to say the document is already stored", err)
		}
	})
}

func testInvalid(t *testing.T, s *Store) {
	ctx := t.Context()
	for _, tc := range []struct {
		name   string
		change func(x *pg.Extraction)
	}{
		{"no document id", func(x *pg.Extraction) { x.Document.ID = "" }},
		{"unknown subject", func(x *pg.Extraction) { x.Facts[0].Subject = "state/xx"; x.Facts[0].ID = "" }},
		{"unknown object", func(x *pg.Extraction) { x.Facts[1].Object = "state/xx"; x.Facts[1].ID = "" }},
		{"wrong fact id", func(x *pg.Extraction) { x.Facts[0].ID = "fact/0000" }},
		{"unknown predicate", func(x *pg.Extraction) { x.Facts[0].Predicate = "likes"; x.Facts[0].ID = "" }},
		{"evidence elsewhere", func(x *pg.Extraction) { x.Facts[0].Evidence[0].Document = "other.txt" }},
		{"bad offsets", func(x *pg.Extraction) { x.Facts[0].Evidence[0].End = -1 }},
		{"unknown mention", func(x *pg.Extraction) { x.Mentions[0].Entity = "state/xx" }},
		{"entity without id", func(x *pg.Extraction) { x.Entities[0].ID = "" }},
		{"count of unknown initiative", func(x *pg.Extraction) { x.Counts[0].Initiative = "initiative/none" }},
		{"derived from a non-fact", func(x *pg.Extraction) { x.Facts[5].DerivedFrom = []pg.FactID{"state/fr"} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extraction1()
			tc.change(x)
			if err := s.WriteExtraction(ctx, x); pg.ErrorCode(err) != pg.EINVALID {
				t.Errorf("WriteExtraction = %v, want code %s", err, pg.EINVALID)
			}
			if empty, err := s.Empty(ctx); err != nil || !empty {
				t.Errorf("Empty() after invalid write = %v, %v, want true", empty, err)
			}
		})
	}
	if err := s.WriteExtraction(ctx, nil); pg.ErrorCode(err) != pg.EINVALID {
		t.Errorf("WriteExtraction(nil) = %v, want code %s", err, pg.EINVALID)
	}
}

// testConcurrent reads while one goroutine writes documents; -race
// checks the locking.
func testConcurrent(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1())
	const docs = 20
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range docs {
			x := extraction2()
			x.Document.ID = pg.DocumentID(fmt.Sprintf("%03d_more.txt", i+10))
			x.Document.Text += fmt.Sprint(i)
			for j := range x.Facts {
				for k := range x.Facts[j].Evidence {
					x.Facts[j].Evidence[k].Document = x.Document.ID
				}
			}
			for j := range x.Counts {
				x.Counts[j].Evidence.Document = x.Document.ID
			}
			x.Mentions[0].Doc = x.Document.ID
			if err := s.WriteExtraction(ctx, x); err != nil {
				errs <- err
				return
			}
		}
	}()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := s.FindEntityByName(ctx, "USA"); err != nil {
					errs <- err
					return
				}
				if _, err := s.FindFacts(ctx, pg.FactFilter{Objects: []pg.EntityID{idParisCall}}); err != nil {
					errs <- err
					return
				}
				if _, _, err := s.FindEntities(ctx, pg.EntityFilter{Search: "paris"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	f, err := s.FindFactByID(ctx, pg.NewFactID(idUS, pg.Supports, idParisCall, false))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Evidence) != docs {
		t.Errorf("evidence after %d writes = %d, want %d", docs, len(f.Evidence), docs)
	}
}

func TestLevelDBReopen(t *testing.T) {
	ctx := t.Context()
	spec := "leveldb:" + filepath.Join(t.TempDir(), "store")
	s, err := Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, extraction1(), extraction2())

	t.Run("second opener", func(t *testing.T) {
		_, err := Open(ctx, spec)
		if err == nil || !strings.Contains(err.Error(), "in use by another pledgegraph process") {
			t.Errorf("second Open = %v, want an in-use error", err)
		}
	})

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindEntityByID(ctx, idUS); err == nil {
		t.Errorf("FindEntityByID after Close = nil error, want one")
	}
	s, err = Open(ctx, spec)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	d, e, f, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := [3]int{d, e, f.Facts() + f.Reference}, [3]int{2, 9, 8}; got != want {
		t.Errorf("Stats() after reopen = %v, want %v", got, want)
	}
	fact, err := s.FindFactByID(ctx, pg.NewFactID(idFR, pg.Supports, idParisCall, false))
	if err != nil {
		t.Fatal(err)
	}
	if len(fact.Evidence) != 2 {
		t.Errorf("evidence after reopen = %d, want 2", len(fact.Evidence))
	}
	fs, err := s.FindFacts(ctx, pg.FactFilter{Document: doc2})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Errorf("FindFacts(document %s) after reopen = %d facts, want 2", doc2, len(fs))
	}
	// The store was created with a label index: the size of a label scan
	// is known exactly (without the index it is an estimate).
	size, err := s.qs.QuadIteratorSize(ctx, quad.Label, s.ref(ctx, documentIRI(doc2)))
	if err != nil {
		t.Fatal(err)
	}
	if !size.Exact || size.Size == 0 {
		t.Errorf("label scan size = %+v, want an exact, non-zero size (label index)", size)
	}
}

func TestOpenErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, spec, want string
	}{
		{"empty", "", "unknown store"},
		{"unknown scheme", "bolt:/tmp/x", "unknown store"},
		{"leveldb without path", "leveldb:", "needs a path"},
		{"leveldb on a file", "leveldb:" + file, "graph: "},
		{"unreachable postgres", "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", "graph: open postgres store postgres://nobody:xxxxx@127.0.0.1:1/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(t.Context(), tc.spec)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) = nil error, want one", tc.spec)
			}
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q) = %v, want it to contain %q", tc.spec, err, tc.want)
			}
		})
	}
}

func TestLifecycle(t *testing.T) {
	t.Run("leveldb in an existing empty directory", func(t *testing.T) {
		s, err := Open(t.Context(), "leveldb:"+t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		write(t, s, extraction1())
		if _, err := s.FindEntityByID(t.Context(), idUS); err != nil {
			t.Error(err)
		}
	})
	t.Run("closed store", func(t *testing.T) {
		s, err := Open(t.Context(), "memory")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Errorf("second Close() = %v, want nil", err)
		}
		if err := s.WriteExtraction(t.Context(), extraction1()); err == nil || !strings.Contains(err.Error(), "closed") {
			t.Errorf("WriteExtraction after Close = %v, want a closed-store error", err)
		}
		if _, err := s.FindFacts(t.Context(), pg.FactFilter{}); err == nil || !strings.Contains(err.Error(), "closed") {
			t.Errorf("FindFacts after Close = %v, want a closed-store error", err)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		s := openMemory(t)
		write(t, s, extraction1())
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := s.FindEntityByID(ctx, idUS); !errors.Is(err, context.Canceled) {
			t.Errorf("FindEntityByID(cancelled) = %v, want context.Canceled", err)
		}
		if err := s.WriteExtraction(ctx, extraction2()); !errors.Is(err, context.Canceled) {
			t.Errorf("WriteExtraction(cancelled) = %v, want context.Canceled", err)
		}
		if _, err := Open(ctx, "memory"); !errors.Is(err, context.Canceled) {
			t.Errorf("Open(cancelled) = %v, want context.Canceled", err)
		}
	})
}

// testView checks that the reads of a view see one state of the graph
// while a write waits, that the write commits once the view is released,
// and that a write inside a view is refused rather than left waiting for
// itself.
func testView(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1())
	vctx, release, err := s.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if err := s.WriteExtraction(vctx, extraction2()); !errors.Is(err, errInView) {
		t.Errorf("WriteExtraction in a view = %v, want %v", err, errInView)
	}
	done := make(chan error, 1)
	go func() { done <- s.WriteExtraction(ctx, extraction2()) }()
	// LevelDB, PostgreSQL: the write goes on beside the view; in memory
	// it waits for it (or is about to)
	snapshots := s.snap != nil || s.pg != nil
	if snapshots {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("WriteExtraction beside a view = %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("WriteExtraction waited 30 s for a view")
		}
	}
	// reads in the view go on, and do not see the new document
	for range 50 {
		if _, err := s.FindDocumentByID(vctx, doc2); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Fatalf("FindDocumentByID(%s) in the view = %v, want not found", doc2, err)
		}
		if _, _, err := s.FindEntities(vctx, pg.EntityFilter{Search: "paris"}); err != nil {
			t.Fatal(err)
		}
	}
	if !snapshots {
		select {
		case err := <-done:
			t.Fatalf("the write ended (%v) while a view was open", err)
		default:
		}
	}
	release()
	release() // a second call does nothing
	if !snapshots {
		if err := <-done; err != nil {
			t.Fatalf("WriteExtraction after the view = %v", err)
		}
	}
	if _, err := s.FindDocumentByID(ctx, doc2); err != nil {
		t.Errorf("FindDocumentByID(%s) after the write = %v", doc2, err)
	}
}

// TestSnapshotCaches checks that on LevelDB, where views of several
// generations read at once, the object and value caches never give a
// view what a later generation holds, nor keep what an earlier one read:
// a view taken before a write reads the entity, its name and its facts
// as they were, whoever read them since and in whatever order.
func TestSnapshotCaches(t *testing.T) {
	for _, newFirst := range []bool{false, true} {
		t.Run(fmt.Sprintf("new first %v", newFirst), func(t *testing.T) {
			s := openTestLevelDB(t)
			ctx := t.Context()
			write(t, s, extraction1())
			old, release, err := s.View(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer release()
			read := func(ctx context.Context) string {
				e, err := s.FindEntityByID(ctx, idUS)
				if err != nil {
					t.Fatal(err)
				}
				named, err := s.FindEntityByName(ctx, "United States")
				if pg.ErrorCode(err) == pg.ENOTFOUND {
					named = &pg.Entity{}
				} else if err != nil {
					t.Fatal(err)
				}
				facts, err := s.FindFacts(ctx, pg.FactFilter{Subjects: []pg.EntityID{idUS}})
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, f := range facts {
					ids = append(ids, fmt.Sprintf("%s:%d", f.ID, len(f.Evidence)))
				}
				return fmt.Sprintf("aliases %v; named %q; facts %v", e.Aliases, named.ID, ids)
			}
			before := read(old) // fills the caches in generation 1
			write(t, s, extraction2())
			// the write read again what it changed in the caches: the
			// next readers find it there
			gen, _ := s.Generation()
			if e := s.memo.entity(gen, idUS); e == nil || !slices.Contains(e.Aliases, "United States") {
				t.Errorf("after the write the cache holds %+v for %s, want its new aliases", e, idUS)
			}
			var now string
			if newFirst {
				now = read(ctx)
			}
			if got := read(old); got != before {
				t.Errorf("the view after a write reads %s, want %s", got, before)
			}
			if !newFirst {
				now = read(ctx)
			}
			if now == before {
				t.Errorf("after the write a new read gives %s, as before it", now)
			}
			if got := read(ctx); got != now {
				t.Errorf("a second new read gives %s, want %s", got, now)
			}
		})
	}
}

// TestViewsDoNotWait checks the stores whose views read snapshots
// (LevelDB, PostgreSQL): a write and a removal commit while a view is
// open, without waiting for it, and the view goes on reading the state it
// began with, down to the quotes and document names of evidence whose
// nodes the removal deleted; a view taken after reads the new state. On
// PostgreSQL the writer is a second store on the same database, as
// another process would be.
func TestViewsDoNotWait(t *testing.T) {
	for name, open := range backends() {
		if name == "memory" {
			continue // a view holds the lock there, which writes wait for
		}
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			var s, writer *Store
			if name == "postgres" {
				admin := os.Getenv("PLEDGEGRAPH_TEST_POSTGRES")
				if admin == "" {
					t.Skip("PLEDGEGRAPH_TEST_POSTGRES is not set")
				}
				u := testPostgresURL(t, admin)
				for _, p := range []**Store{&s, &writer} {
					st, err := Open(ctx, u)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { st.Close() })
					*p = st
				}
			} else {
				s = open(t)
				writer = s
			}
			write(t, s, extraction1())
			read := func(ctx context.Context) string {
				docs, _, err := s.FindDocuments(ctx, pg.DocumentFilter{})
				if err != nil {
					t.Fatal(err)
				}
				facts, err := s.FindFacts(ctx, pg.FactFilter{})
				if err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				for _, d := range docs {
					fmt.Fprintf(&b, "document %s %q %d; ", d.ID, d.Title, len(d.Text))
				}
				for _, f := range facts {
					fmt.Fprintf(&b, "fact %s:", f.ID)
					for _, ev := range f.Evidence {
						fmt.Fprintf(&b, " %s %q", ev.Document, ev.Quote)
					}
					b.WriteString("; ")
				}
				return b.String()
			}
			old, release, err := s.View(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer release()
			before := read(old)
			done := make(chan error, 1)
			go func() {
				err := writer.WriteExtraction(ctx, extraction2())
				if err == nil {
					_, err = writer.RemoveDocument(ctx, extraction1().Document.ID)
				}
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(time.Minute):
				t.Fatal("the write waits for the open view")
			}
			if got := read(old); got != before {
				t.Errorf("after the write the view reads\n%s\nwant\n%s", got, before)
			}
			if err := release(); err != nil {
				t.Errorf("release: %v", err)
			}
			if now := read(ctx); now == before || strings.Contains(now, string(extraction1().Document.ID)+" ") {
				t.Errorf("after the write a new read gives\n%s\nwant the second document alone", now)
			}
		})
	}
}

// TestDocumentMentions checks on every backend that a document's mentions
// come back in text order as written, and that an unknown document is
// ENOTFOUND.
func TestDocumentMentions(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			x := extraction1()
			write(t, s, x)
			got, err := s.DocumentMentions(t.Context(), x.Document.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(x.Mentions)
			for i := range want {
				want[i].Doc = x.Document.ID
			}
			slices.SortFunc(want, func(a, b pg.Mention) int { return a.Start - b.Start })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("DocumentMentions = %+v, want %+v", got, want)
			}
			if _, err := s.DocumentMentions(t.Context(), "missing.txt"); pg.ErrorCode(err) != pg.ENOTFOUND {
				t.Errorf("DocumentMentions(missing) = %v, want %s", err, pg.ENOTFOUND)
			}
		})
	}
}

// TestDecodeMentions checks that what cannot be read of a stored
// mentions string is skipped, and the rest kept.
func TestDecodeMentions(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"3 9 state/fr\n63 73 state/us\n", 2},
		{"3 9 state/fr\nbroken\n9 3 state/us\n-1 4 x\n5 7 an entity with spaces", 2},
	}
	for _, tt := range tests {
		if got := decodeMentions("d.txt", tt.in); len(got) != tt.want {
			t.Errorf("decodeMentions(%q) = %+v, want %d mentions", tt.in, got, tt.want)
		}
	}
	ms := []pg.Mention{{Entity: "state/us", Doc: "d.txt", Start: 10, End: 12}, {Entity: "state/fr", Doc: "d.txt", Start: 1, End: 3}}
	if got := decodeMentions("d.txt", encodeMentions(ms)); !reflect.DeepEqual(got, []pg.Mention{ms[1], ms[0]}) {
		t.Errorf("round trip = %+v", got)
	}
}

// TestDirectSupporters checks that the Cayley-alone traversal bench
// measures against finds the same supporters as the store's facts: the
// subjects of positive supports facts toward the initiative, known by
// asOf or undated.
func TestDirectSupporters(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			write(t, s, extraction1(), extraction2())
			for _, asOf := range []pg.Date{{}, pg.MustDate("2018-11-11"), pg.MustDate("2030-01-01")} {
				got, err := s.DirectSupporters(t.Context(), idParisCall, asOf)
				if err != nil {
					t.Fatal(err)
				}
				no := false
				facts, err := s.FindFacts(t.Context(), pg.FactFilter{Objects: []pg.EntityID{idParisCall}, Predicates: []pg.Predicate{pg.Supports}, Negated: &no})
				if err != nil {
					t.Fatal(err)
				}
				var want []pg.EntityID
				for _, f := range facts {
					if (asOf.IsZero() || f.Since.IsZero() || asOf.Compare(f.Since) >= 0) && !slices.Contains(want, f.Subject) {
						want = append(want, f.Subject)
					}
				}
				slices.Sort(got)
				slices.Sort(want)
				if len(want) == 0 || !slices.Equal(got, want) {
					t.Errorf("as of %v: DirectSupporters = %v, want %v", asOf, got, want)
				}
			}
		})
	}
}
