package graph

import (
	"reflect"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestDropCaches checks that DropCaches empties what the store keeps of
// its reads, and that the reads after it find the same answers.
func TestDropCaches(t *testing.T) {
	for _, tt := range []struct {
		name string
		spec func(t *testing.T) string
	}{
		{"memory", func(*testing.T) string { return "memory" }},
		{"leveldb", func(t *testing.T) string { return "leveldb:" + t.TempDir() }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(t.Context(), tt.spec(t))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.WriteExtraction(t.Context(), extraction1()); err != nil {
				t.Fatal(err)
			}
			read := func() (*pg.Entity, []*pg.Fact) {
				e, err := s.FindEntityByName(t.Context(), "Appel de Paris")
				if err != nil {
					t.Fatal(err)
				}
				facts, err := s.FindFacts(t.Context(), pg.FactFilter{Objects: []pg.EntityID{e.ID}})
				if err != nil {
					t.Fatal(err)
				}
				return e, facts
			}
			e1, f1 := read()
			if !s.memo.entities.has(e1.ID) || len(s.cache.values) == 0 {
				t.Fatalf("the reads cached nothing: entity held %v, %d values", s.memo.entities.has(e1.ID), len(s.cache.values))
			}
			s.DropCaches()
			if s.memo.entities.has(e1.ID) || len(f1) == 0 || s.memo.facts.has(f1[0].ID) || len(s.cache.values) > 0 {
				t.Fatalf("DropCaches left the entity (%v), the fact (%v) or %d values", s.memo.entities.has(e1.ID), s.memo.facts.has(f1[0].ID), len(s.cache.values))
			}
			e2, f2 := read()
			if !reflect.DeepEqual(e1, e2) || !reflect.DeepEqual(f1, f2) {
				t.Errorf("after DropCaches read %+v %+v, want %+v %+v", e2, f2, e1, f1)
			}
		})
	}
}
