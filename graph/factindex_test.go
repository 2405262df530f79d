package graph

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// wantPages checks that paging through the supports facts of s one at a
// time gives what FindFacts gives.
func wantPages(t *testing.T, s *Store, when string) {
	t.Helper()
	filter := pg.FactFilter{Predicates: []pg.Predicate{pg.Supports}}
	want, err := s.FindFacts(t.Context(), filter)
	if err != nil {
		t.Fatal(err)
	}
	var got []*pg.Fact
	var after pg.FactID
	for range len(want) + 1 {
		facts, total, err := s.FindFactPage(t.Context(), filter, after, 1)
		if err != nil {
			t.Fatalf("%s: FindFactPage() = %v", when, err)
		}
		if total != len(want) {
			t.Errorf("%s: FindFactPage() total = %d, want %d", when, total, len(want))
		}
		if len(facts) == 0 {
			break
		}
		got = append(got, facts...)
		after = facts[0].ID
	}
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("%s: pages of one fact give %v, want %v (not none)", when, got, want)
	}
}

// TestFactIndexOfEarlierStore checks on every backend that a store
// written by a version without the fact index (totals of version 1, no
// index keys) builds the index when it is opened, saying so in the log,
// and that verify finds an index entry that is missing or left over.
func TestFactIndexOfEarlierStore(t *testing.T) {
	for _, name := range []string{"memory", "leveldb", "postgres"} {
		t.Run(name, func(t *testing.T) {
			r := openReopenable(t, backendSpec(t, name))
			write(t, r.Store, extraction1(), extraction2())
			wantPages(t, r.Store, "after two writes")

			// as the version before the index left it
			old := map[string]string{}
			for k, v := range keptCounts(t, r.Store) {
				switch {
				case strings.HasPrefix(k, orderedPrefix):
					old[k] = ""
				case k == totalsKey:
					var tot map[string]any
					if err := json.Unmarshal([]byte(v), &tot); err != nil {
						t.Fatal(err)
					}
					tot["version"] = 1
					delete(tot, "index")
					b, _ := json.Marshal(tot)
					old[k] = string(b)
				}
			}
			setCounts(t, r.Store, old)
			log := logged(t)
			s := openedAgain(t, r)
			if !strings.Contains(log.String(), "an index of its facts") {
				t.Errorf("opening a store without the fact index logged %q, want a line saying it built it", log.String())
			}
			wantPages(t, s, "after opening a store without the index")
			if problem, err := s.verifyCounts(t.Context()); err != nil || problem != "" {
				t.Errorf("verifyCounts() after building the index = %q, %v, want none", problem, err)
			}

			for _, tc := range []struct {
				name string
				w    map[string]string
			}{
				{"missing", map[string]string{factIndexKey(pg.Supports, pg.NewFactID(idFR, pg.Supports, idParisCall, false)): ""}},
				{"left over", map[string]string{factIndexKey(pg.Supports, "fact/0000"): "s"}},
			} {
				kept := keptCounts(t, s)
				setCounts(t, s, tc.w)
				problem, err := s.verifyCounts(t.Context())
				if err != nil || !strings.Contains(problem, "1 entries of the fact index differ") {
					t.Errorf("verifyCounts() with an index entry %s = %q, %v, want it found", tc.name, problem, err)
				}
				restore := map[string]string{}
				for k := range tc.w {
					restore[k] = kept[k]
				}
				setCounts(t, s, restore)
			}
		})
	}
}
