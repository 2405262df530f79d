package graph

import (
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestIndexFollowsWrites reads facts by subject, object and predicate and
// entities by name before and after writes and removals: the index and
// caches of the embedded stores must never answer from before a write.
func TestIndexFollowsWrites(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
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
			}
			if err := s.WriteExtraction(ctx, extraction1()); err != nil {
				t.Fatal(err)
			}
			before := map[string]int{}
			for k, f := range filters {
				before[k] = count(f)
			}
			if _, err := s.FindEntityByName(ctx, "United States"); err == nil {
				t.Fatalf("found %q before the document that names it", "United States")
			}
			if err := s.WriteExtraction(ctx, extraction2()); err != nil {
				t.Fatal(err)
			}
			for k, f := range filters {
				if got := count(f); got <= before[k] {
					t.Errorf("%s: %d facts after a write that adds some, %d before", k, got, before[k])
				}
			}
			if e, err := s.FindEntityByName(ctx, "United States"); err != nil || e.ID != idUS {
				t.Errorf("after the write, %q is %v, %v", "United States", e, err)
			}
			if _, err := s.RemoveDocument(ctx, extraction2().Document.ID); err != nil {
				t.Fatal(err)
			}
			for k, f := range filters {
				if got := count(f); got != before[k] {
					t.Errorf("%s: %d facts after the removal, want %d", k, got, before[k])
				}
			}
		})
	}
}
