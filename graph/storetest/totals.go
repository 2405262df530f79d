package storetest

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// Recounter is a store that keeps its totals as it is written and can
// count them again by scanning what it holds. The suite checks that the
// two agree after writes, replacements and removals when the store under
// test implements it.
type Recounter interface {
	// RecountTotals counts the totals from what the store holds,
	// without the counts it keeps.
	RecountTotals(ctx context.Context) (*pg.Totals, error)
}

// Reopener is a store that can be closed and opened again on what it
// holds (a directory, a database). The suite checks that the totals
// survive it when the store under test implements it.
type Reopener interface {
	// Reopen closes the store, opens it again and returns the new store,
	// closed when the test ends; it stops the test on an error.
	Reopen(t *testing.T) Store
}

// counted returns the totals of s as its read methods give them: every
// document, entity and fact read and counted.
func counted(t *testing.T, s Store) *pg.Totals {
	t.Helper()
	ctx := t.Context()
	tot := &pg.Totals{EntitiesByKind: map[pg.Kind]int{}, FactsByPredicate: map[pg.Predicate]int{}}
	var err error
	if _, tot.Documents, err = s.FindDocuments(ctx, pg.DocumentFilter{Limit: 1}); err != nil {
		t.Fatalf("FindDocuments() = %v", err)
	}
	ents, _, err := s.FindEntities(ctx, pg.EntityFilter{})
	if err != nil {
		t.Fatalf("FindEntities() = %v", err)
	}
	tot.Entities = len(ents)
	for _, e := range ents {
		if e.Kind != "" {
			tot.EntitiesByKind[e.Kind]++
		}
	}
	facts, err := s.FindFacts(ctx, pg.FactFilter{IncludeReference: true})
	if err != nil {
		t.Fatalf("FindFacts() = %v", err)
	}
	for _, f := range facts {
		tot.Evidence += len(f.Evidence)
		switch {
		case f.Reference:
			tot.Facts.Reference++
			continue
		case f.Inferred:
			tot.Facts.Inferred++
		default:
			tot.Facts.Stated++
		}
		tot.FactsByPredicate[f.Predicate]++
		if f.Negated {
			tot.Negated++
		}
	}
	return tot
}

// totalsOf returns s's totals, failing the test on an error.
func totalsOf(t *testing.T, s Store) *pg.Totals {
	t.Helper()
	tot, err := s.Totals(t.Context())
	if err != nil {
		t.Fatalf("Totals() = %v", err)
	}
	return tot
}

// checkTotals checks that s's totals are what its read methods count,
// what it counts by scanning itself (when it can), and want when not nil;
// it returns them.
func checkTotals(t *testing.T, s Store, when string, want *pg.Totals) *pg.Totals {
	t.Helper()
	got := totalsOf(t, s)
	if c := counted(t, s); !reflect.DeepEqual(got, c) {
		t.Errorf("Totals() %s = %s, but the read methods count %s", when, show(got), show(c))
	}
	if r, ok := s.(Recounter); ok {
		if c, err := r.RecountTotals(t.Context()); err != nil {
			t.Errorf("RecountTotals() %s = %v", when, err)
		} else if !reflect.DeepEqual(got, c) {
			t.Errorf("Totals() %s = %s, but a count of the store gives %s", when, show(got), show(c))
		}
	}
	if want != nil && !reflect.DeepEqual(got, want) {
		t.Errorf("Totals() %s = %s, want %s", when, show(got), show(want))
	}
	checkPages(t, s, when)
	return got
}

// checkPages checks, when s is a pg.FactPager, that paging through the
// facts of filters of every kind it reads through an index (predicates,
// polarity, class, reference facts) and of one it does not (an object)
// gives what FindFacts gives, page after page, with the same total.
func checkPages(t *testing.T, s Store, when string) {
	t.Helper()
	p, ok := s.(pg.FactPager)
	if !ok {
		return
	}
	yes, no := true, false
	for _, tc := range []struct {
		name   string
		filter pg.FactFilter
	}{
		{"all", pg.FactFilter{}},
		{"all with reference", pg.FactFilter{IncludeReference: true}},
		{"supports and held at", pg.FactFilter{Predicates: []pg.Predicate{pg.HeldAt, pg.Supports, pg.HeldAt}}},
		{"negated", pg.FactFilter{Negated: &yes}},
		{"inferred", pg.FactFilter{Inferred: &yes}},
		{"stated member of with reference", pg.FactFilter{Predicates: []pg.Predicate{pg.MemberOf}, Inferred: &no, IncludeReference: true}},
		{"of an object", pg.FactFilter{Objects: []pg.EntityID{idParisCall}}},
	} {
		want, err := s.FindFacts(t.Context(), tc.filter)
		if err != nil {
			t.Fatalf("FindFacts(%s) %s = %v", tc.name, when, err)
		}
		for _, limit := range []int{1, 100} {
			var got []*pg.Fact
			var after pg.FactID
			for range len(want) + 1 {
				facts, total, err := p.FindFactPage(t.Context(), tc.filter, after, limit)
				if err != nil {
					t.Fatalf("FindFactPage(%s, %q, %d) %s = %v", tc.name, after, limit, when, err)
				}
				if total != len(want) {
					t.Errorf("FindFactPage(%s, %q, %d) %s: total %d, want %d", tc.name, after, limit, when, total, len(want))
				}
				if len(facts) > limit {
					t.Errorf("FindFactPage(%s, %q, %d) %s returned %d facts", tc.name, after, limit, when, len(facts))
				}
				got = append(got, facts...)
				if len(facts) < limit {
					break
				}
				after = facts[len(facts)-1].ID
			}
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("FindFactPage(%s) %d at a time %s = %v, want %v", tc.name, limit, when, factIDs(got), factIDs(want))
			}
		}
	}
}

// show writes totals on one line, maps in key order.
func show(t *pg.Totals) string { return fmt.Sprintf("%+v", *t) }

// testTotals checks the totals a store keeps against what its read
// methods count (and a count of the store, when it can make one) after
// a batch, writes that change an entity's kind and a fact's class, a
// replacement, a removal, a reopening, and the removal of everything.
func testTotals(t *testing.T, s Store) {
	ctx := t.Context()
	zero := &pg.Totals{EntitiesByKind: map[pg.Kind]int{}, FactsByPredicate: map[pg.Predicate]int{}}
	checkTotals(t, s, "of an empty store", zero)

	for i, err := range s.WriteExtractions(ctx, []*pg.Extraction{article2018(), article2021()}) {
		if err != nil {
			t.Fatalf("WriteExtractions()[%d] = %v", i, err)
		}
	}
	checkTotals(t, s, "after a batch of two articles", &pg.Totals{
		Documents: 2,
		Entities:  9,
		EntitiesByKind: map[pg.Kind]int{
			pg.KindState: 3, pg.KindOrganization: 1, pg.KindInitiative: 1, pg.KindCompany: 1,
			pg.KindEvent: 1, pg.KindPlace: 1, pg.KindPerson: 1,
		},
		Facts:            pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1},
		FactsByPredicate: map[pg.Predicate]int{pg.Supports: 6, pg.HeldAt: 1},
		Negated:          1,
		Evidence:         8,
	})

	// two documents say Paris is a person (most documents now give that
	// kind), and one states what the first article inferred
	paris := entParis
	paris.Kind = pg.KindPerson
	held := fact(idForum, pg.HeldAt, idParis, false)
	de := fact(idDE, pg.Supports, idParisCall, false)
	write(t, s,
		simple("003_personne.txt", []pg.Entity{entForum, paris}, held),
		simple("004_personne.txt", []pg.Entity{entForum, paris, entDE, entParisCall}, held, de))
	got := checkTotals(t, s, "after two documents change a kind and a class", nil)
	if got.EntitiesByKind[pg.KindPlace] != 0 || got.EntitiesByKind[pg.KindPerson] != 2 {
		t.Errorf("Totals().EntitiesByKind = %v, want Paris counted a person, as most documents say", got.EntitiesByKind)
	}
	if got.Facts != (pg.FactCounts{Stated: 7, Reference: 1}) {
		t.Errorf("Totals().Facts = %+v, want the inferred fact stated", got.Facts)
	}

	x := moved(article2021(), doc1)
	if replaced, err := s.ReplaceExtraction(ctx, x); err != nil || !replaced {
		t.Fatalf("ReplaceExtraction() = %v, %v, want replaced", replaced, err)
	}
	checkTotals(t, s, "after a replacement", nil)
	if _, err := s.RemoveDocument(ctx, doc2); err != nil {
		t.Fatal(err)
	}
	before := checkTotals(t, s, "after a removal", nil)

	if r, ok := s.(Reopener); ok {
		s = r.Reopen(t)
		checkTotals(t, s, "after the store is opened again", before)
	}
	write(t, s, x)
	checkTotals(t, s, "after writing a stored text again", before)
	for _, id := range []pg.DocumentID{doc1, "003_personne.txt", "004_personne.txt"} {
		if _, err := s.RemoveDocument(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	checkTotals(t, s, "after removing every document", zero)
}
