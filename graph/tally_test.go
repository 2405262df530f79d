package graph

import (
	"bytes"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/storage"

	pg "github.com/pledgegraph/pledgegraph"
)

// keptCounts returns the counts s keeps, by key.
func keptCounts(t *testing.T, s *Store) map[string]string {
	t.Helper()
	unlock, err := s.lockWrite(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	kept, err := s.counts.all(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return kept
}

// setCounts writes counts (a value per key, "" to delete it) beside the
// store's writes, as a store written by an earlier version or damaged
// would hold them.
func setCounts(t *testing.T, s *Store, w map[string]string) {
	t.Helper()
	unlock, err := s.lockWrite(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := s.applyDeltas(nil, cgraph.IgnoreOpts{}, change{counts: w}); err != nil {
		t.Fatal(err)
	}
}

// dropCounts deletes every count s keeps.
func dropCounts(t *testing.T, s *Store) {
	t.Helper()
	w := map[string]string{}
	for k := range keptCounts(t, s) {
		w[k] = ""
	}
	setCounts(t, s, w)
}

// logged captures what the default logger logs while a test runs.
func logged(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	saved := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, nil)))
	t.Cleanup(func() { slog.SetDefault(saved) })
	return &buf
}

// wantTotals checks that s keeps totals (a quad of them), equal to a
// count of what it holds and to want.
func wantTotals(t *testing.T, s *Store, when string, want [3]int) {
	t.Helper()
	ctx := t.Context()
	if _, _, ok, err := s.storedTotals(ctx); err != nil || !ok {
		t.Errorf("%s: the store keeps no totals (%v)", when, err)
	}
	got, err := s.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counted, err := s.RecountTotals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, counted) {
		t.Errorf("%s: Totals() = %+v, a count gives %+v", when, *got, *counted)
	}
	if g := [3]int{got.Documents, got.Entities, got.Facts.Facts()}; g != want {
		t.Errorf("%s: documents, entities, facts = %v, want %v", when, g, want)
	}
}

// backendSpec returns the spec of an empty store of the backend name
// ("memory", "leveldb" or "postgres"), skipping the test for PostgreSQL
// when no server is given.
func backendSpec(t *testing.T, name string) string {
	t.Helper()
	switch name {
	case "memory":
		return "memory"
	case "leveldb":
		return "leveldb:" + filepath.Join(t.TempDir(), "db")
	}
	admin := os.Getenv("PLEDGEGRAPH_TEST_POSTGRES")
	if admin == "" {
		t.Skip("PLEDGEGRAPH_TEST_POSTGRES is not set")
	}
	return testPostgresURL(t, admin)
}

// openedAgain opens r's store again as Open does (in memory, where
// closing loses everything, it runs what Open runs on what the store
// holds) and returns it.
func openedAgain(t *testing.T, r reopenable) *Store {
	t.Helper()
	if r.spec == "memory" {
		if err := r.countIfNeeded(t.Context(), false); err != nil {
			t.Fatal(err)
		}
		return r.Store
	}
	return r.Reopen(t).(reopenable).Store
}

// TestTotalsOfEarlierStore checks on every backend that a store written
// without counts (as by an earlier version: its tally quads deleted) is
// counted when it is opened, which says so in the log, and that a write
// into such a store counts it first.
func TestTotalsOfEarlierStore(t *testing.T) {
	for _, name := range []string{"memory", "leveldb", "postgres"} {
		t.Run(name, func(t *testing.T) {
			r := openReopenable(t, backendSpec(t, name))
			s := r.Store
			write(t, s, extraction1(), extraction2())
			wantTotals(t, s, "after two writes", [3]int{2, 9, 7})

			// as an earlier version left it; opening it again counts it
			dropCounts(t, s)
			if empty, err := s.Empty(t.Context()); err != nil || empty {
				t.Fatalf("Empty() = %v, %v, want false", empty, err)
			}
			log := logged(t)
			s = openedAgain(t, r)
			if !strings.Contains(log.String(), "counted them and stored them") {
				t.Errorf("opening a store without counts logged %q, want a line saying it counted it", log.String())
			}
			wantTotals(t, s, "after opening a store without counts", [3]int{2, 9, 7})

			// a write into a store without counts counts it first
			dropCounts(t, s)
			member := fact(idDE, pg.MemberOf, idEU, false)
			member.Evidence = []pg.Evidence{ev("003.txt", "member", 0)}
			x := &pg.Extraction{
				Document: pg.Document{ID: "003.txt", Text: "member"},
				Entities: []pg.Entity{{ID: idDE, Name: "Allemagne", Kind: pg.KindState}, {ID: idEU, Name: "UE", Kind: pg.KindOrganization}},
				Facts:    []pg.Fact{member},
			}
			if err := s.WriteExtraction(t.Context(), x); err != nil {
				t.Fatal(err)
			}
			wantTotals(t, s, "after a write into a store without counts", [3]int{3, 9, 8})
		})
	}
}

// TestVerifyCounts checks that Verify reports counts the store keeps that
// differ from a count of what it holds, and nothing when they agree.
func TestVerifyCounts(t *testing.T) {
	frSupports := factCountKey(pg.NewFactID(idFR, pg.Supports, idParisCall, false))
	for _, tc := range []struct {
		name string
		// change returns the counts to write, given those kept
		change func(kept map[string]string) map[string]string
		want   string // in the problem reported; "" for none
	}{
		{"kept right", func(map[string]string) map[string]string { return nil }, ""},
		{"totals off by one", func(kept map[string]string) map[string]string {
			tot, _ := parseTotals(kept[totalsKey])
			tot.Documents++
			return map[string]string{totalsKey: encodeTotals(tot)}
		}, "documents 3 stored, 2 counted"},
		{"an entity's tally wrong", func(map[string]string) map[string]string {
			return map[string]string{entityCountKey(idParis): "5 Person=5"}
		}, "1 tallies of entities, facts or names differ"},
		{"a fact's tally gone", func(map[string]string) map[string]string {
			return map[string]string{frSupports: ""}
		}, "1 tallies of entities, facts or names differ"},
		{"a tally of nothing", func(map[string]string) map[string]string {
			return map[string]string{entityCountKey("state/nowhere"): "1"}
		}, "1 tallies of entities, facts or names differ"},
		{"a name's entry wrong", func(map[string]string) map[string]string {
			return map[string]string{nameCountKey("usa"): "2 state/us\n"}
		}, "1 tallies of entities, facts or names differ"},
		{"a name's entry gone", func(kept map[string]string) map[string]string {
			if kept[nameCountKey("france")] != "2 state/fr\n" {
				t.Errorf("name entry of france = %q, want 2 documents of state/fr", kept[nameCountKey("france")])
			}
			return map[string]string{nameCountKey("france"): ""}
		}, "1 tallies of entities, facts or names differ"},
		{"totals unreadable", func(map[string]string) map[string]string {
			return map[string]string{totalsKey: "{"}
		}, "cannot be read"},
		{"totals gone", func(map[string]string) map[string]string {
			return map[string]string{totalsKey: ""}
		}, "keeps no counts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openMemory(t)
			write(t, s, extraction1(), extraction2())
			if w := tc.change(keptCounts(t, s)); len(w) > 0 {
				setCounts(t, s, w)
			}
			v, err := s.Verify(t.Context(), nil)
			if err != nil {
				t.Fatal(err)
			}
			var problems []string
			for _, c := range v.Damaged {
				problems = append(problems, c.Problem)
			}
			got := strings.Join(problems, "\n")
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("Verify() reports %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTallyEncoding checks that tallies read back as written and that
// malformed ones are refused.
func TestTallyEncoding(t *testing.T) {
	for _, tc := range []struct {
		in       string
		entity   bool
		ok       bool
		readBack string
	}{
		{"3 Person=2 State=1", true, true, "3 Person=2 State=1"},
		{"1", true, true, "1"},
		{"2 State=0", true, true, "2"},
		{"", true, false, ""},
		{"x Person=1", true, false, ""},
		{"1 Person", true, false, ""},
		{"1 Person=-1", true, false, ""},
		{"4 1 0", false, true, "4 1 0"},
		{"4 1", false, false, ""},
		{"4 1 x", false, false, ""},
		{"-1 0 0", false, false, ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var got string
			var ok bool
			if tc.entity {
				var e *entityTally
				if e, ok = parseEntityTally(tc.in); ok {
					got = e.String()
				}
			} else {
				var f *factTally
				if f, ok = parseFactTally(tc.in); ok {
					got = f.String()
				}
			}
			if ok != tc.ok || got != tc.readBack {
				t.Errorf("parse(%q) reads back %q, %v, want %q, %v", tc.in, got, ok, tc.readBack, tc.ok)
			}
		})
	}
}

// TestTallyClass checks how a fact's tally says it reads, and an
// entity's which kind.
func TestTallyClass(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    factTally
		want factClass
	}{
		{"no document", factTally{}, classNone},
		{"stated", factTally{docs: 2}, classStated},
		{"inferred by one of two", factTally{docs: 2, inferred: 1}, classStated},
		{"inferred by all", factTally{docs: 2, inferred: 2}, classInferred},
		{"reference in all", factTally{docs: 1, reference: 1}, classReference},
		{"reference and inferred", factTally{docs: 1, inferred: 1, reference: 1}, classReference},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f.class(); got != tc.want {
				t.Errorf("class(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		kinds map[pg.Kind]int
		want  pg.Kind
	}{
		{map[pg.Kind]int{}, ""},
		{map[pg.Kind]int{pg.KindPlace: 1, pg.KindPerson: 2}, pg.KindPerson},
		{map[pg.Kind]int{pg.KindState: 1, pg.KindPerson: 1}, pg.KindPerson},
	} {
		if got := (&entityTally{docs: 2, kinds: tc.kinds}).kind(); got != tc.want {
			t.Errorf("kind(%v) = %q, want %q", tc.kinds, got, tc.want)
		}
	}
}

// TestEmptyAfterRemovals checks that a store whose documents were all
// removed is empty, and keeps zero totals and no tally.
func TestEmptyAfterRemovals(t *testing.T) {
	s := openMemory(t)
	write(t, s, extraction1(), extraction2())
	for _, id := range []pg.DocumentID{doc1, doc2} {
		if _, err := s.RemoveDocument(t.Context(), id); err != nil {
			t.Fatal(err)
		}
	}
	if empty, err := s.Empty(t.Context()); err != nil || !empty {
		t.Errorf("Empty() after removing every document = %v, %v, want true", empty, err)
	}
	kept := keptCounts(t, s)
	if tot, ok := parseTotals(kept[totalsKey]); len(kept) != 1 || !ok || !reflect.DeepEqual(tot.public(), newTotals().public()) {
		t.Errorf("after removing every document the store keeps the counts %v, want zero totals alone", kept)
	}
}

// TestKnownCounts checks what a LevelDB store's writer knows of its
// counts without reading them: what it read or a commit wrote, "" for an
// absent count, nothing after a failed commit, and at most
// maxKnownCounts of them.
func TestKnownCounts(t *testing.T) {
	many := map[string]string{}
	for i := range maxKnownCounts {
		many[itoa(i)] = "1"
	}
	tests := []struct {
		name        string
		learn       []map[string]string
		forget      bool
		keys        []string
		wantKnown   map[string]string
		wantUnknown []string
	}{
		{"nothing learnt", nil, false, []string{"a"}, map[string]string{}, []string{"a"}},
		{"present and absent", []map[string]string{{"a": "1", "b": ""}}, false, []string{"a", "b", "c"}, map[string]string{"a": "1"}, []string{"c"}},
		{"the last value", []map[string]string{{"a": "1"}, {"a": "2", "b": "3"}}, false, []string{"a", "b"}, map[string]string{"a": "2", "b": "3"}, nil},
		{"forgotten", []map[string]string{{"a": "1"}}, true, []string{"a"}, map[string]string{}, []string{"a"}},
		{"full", []map[string]string{{"a": "1"}, many}, false, []string{"a", "0"}, map[string]string{"0": "1"}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var kc knownCounts
			for _, kvs := range tt.learn {
				kc.learn(kvs)
			}
			if tt.forget {
				kc.forget()
			}
			known := map[string]string{}
			unknown := kc.lookup(tt.keys, known)
			if !maps.Equal(known, tt.wantKnown) || !slices.Equal(unknown, tt.wantUnknown) {
				t.Errorf("lookup(%q) = %v, unknown %q; want %v, unknown %q", tt.keys, known, unknown, tt.wantKnown, tt.wantUnknown)
			}
			if len(kc.m) > maxKnownCounts {
				t.Errorf("%d counts known, want at most %d", len(kc.m), maxKnownCounts)
			}
		})
	}
}

// TestKnownCountsComplete checks that a LevelDB store holding few counts
// is read whole, after which a count not known is absent; and that one
// holding too many is not.
func TestKnownCountsComplete(t *testing.T) {
	for _, held := range []int{0, 2, maxKnownCounts/2 + 1} {
		t.Run(itoa(held), func(t *testing.T) {
			db, err := leveldb.Open(storage.NewMemStorage(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var b leveldb.Batch
			for i := range held {
				b.Put([]byte(countPrefix+"k"+itoa(i)), []byte("v"))
			}
			if err := db.Write(&b, nil); err != nil {
				t.Fatal(err)
			}
			var kc knownCounts
			if err := kc.readAll(db); err != nil {
				t.Fatal(err)
			}
			known := map[string]string{}
			unknown := kc.lookup([]string{"k0", "absent"}, known)
			complete := held <= maxKnownCounts/2
			switch {
			case complete && (len(unknown) != 0 || (held > 0) != (known["k0"] == "v")):
				t.Errorf("lookup after reading %d counts = %v, unknown %q; want k0 known when held, nothing unknown", held, known, unknown)
			case !complete && len(unknown) != 2:
				t.Errorf("lookup after reading %d counts: unknown %q, want both keys unknown", held, unknown)
			}
		})
	}
}
