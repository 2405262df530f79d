package graph

import (
	"reflect"
	"sync"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// TestSharedPostgres opens one PostgreSQL database from two stores, as two
// serve processes would: what one writes the other reads, and when both
// write different texts under one document name at the same time, one
// wins and the other gets ECONFLICT, whichever runs first; the totals
// they keep stay a count of the database.
func TestSharedPostgres(t *testing.T) {
	u := testPostgresURL(t, testenv.Postgres(t))
	var stores [2]*Store
	for i := range stores {
		s, err := Open(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	a, b := stores[0], stores[1]

	if err := a.WriteExtraction(t.Context(), extraction1()); err != nil {
		t.Fatal(err)
	}
	x := extraction1()
	f := x.Facts[0]
	got, err := b.FindFactByID(t.Context(), pg.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
	if err != nil {
		t.Fatalf("the second store does not read what the first wrote: %v", err)
	}
	if got.Subject != f.Subject {
		t.Errorf("read %+v, want %+v", got, f)
	}
	if _, err := b.RemoveDocument(t.Context(), x.Document.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.FindFactByID(t.Context(), got.ID); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("after a removal by the second store, the first finds the fact: %v", err)
	}

	for round := range 5 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				x := extraction2()
				x.Document.ID = pg.DocumentID("shared-" + string(rune('a'+round)))
				x.Document.Text += " " + string(rune('A'+i))
				x.Document.Hash = ""
				for k := range x.Facts {
					for e := range x.Facts[k].Evidence {
						x.Facts[k].Evidence[e].Document = x.Document.ID
					}
				}
				for k := range x.Mentions {
					x.Mentions[k].Doc = x.Document.ID
				}
				for k := range x.Counts {
					x.Counts[k].Evidence.Document = x.Document.ID
				}
				errs[i] = s.WriteExtraction(t.Context(), x)
			}()
		}
		wg.Wait()
		ok, conflicts := 0, 0
		for _, err := range errs {
			switch {
			case err == nil:
				ok++
			case pg.ErrorCode(err) == pg.ECONFLICT:
				conflicts++
			default:
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if ok != 1 || conflicts != 1 {
			t.Errorf("round %d: %d writes stored and %d conflicts, want 1 and 1 (%v)", round, ok, conflicts, errs)
		}
	}
	// the totals both keep, written by both in turn, are a count of the
	// database
	counted, err := a.RecountTotals(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range stores {
		if got, err := s.Totals(t.Context()); err != nil || !reflect.DeepEqual(got, counted) {
			t.Errorf("store %d: Totals() = %+v, %v, want a count of the database, %+v", i, got, err, counted)
		}
	}
	if counted.Documents != 5 {
		t.Errorf("the database holds %d documents, want the 5 of the rounds", counted.Documents)
	}
}
