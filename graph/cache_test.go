package graph

import (
	"fmt"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// TestObjectCacheEvictsLeastRecent checks that a full part of the object
// cache makes room by dropping the object used least recently, not by
// emptying itself.
func TestObjectCacheEvictsLeastRecent(t *testing.T) {
	c := &objectCache{enabled: true}
	id := func(i int) pledgegraph.EntityID { return pledgegraph.EntityID(fmt.Sprintf("state/%d", i)) }
	for i := range maxObjects {
		c.putEntity(anyGen, &pledgegraph.Entity{ID: id(i), Name: "x"})
	}
	if c.entity(anyGen, id(0)) == nil { // entity 0 is now the most recently used
		t.Fatal("entity 0 is not held")
	}
	c.putEntity(anyGen, &pledgegraph.Entity{ID: id(maxObjects), Name: "x"})
	for _, tt := range []struct {
		i    int
		held bool
	}{{0, true}, {1, false}, {2, true}, {maxObjects - 1, true}, {maxObjects, true}} {
		if got := c.entity(anyGen, id(tt.i)) != nil; got != tt.held {
			t.Errorf("entity %d held: %v, want %v", tt.i, got, tt.held)
		}
	}
}
