package graph

import (
	"maps"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestNameTally checks the encoding of the name index's entries: what
// String writes parses back, entities with no document left out, and
// what it cannot have written is refused.
func TestNameTally(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    nameTally
		want string
	}{
		{"none", nameTally{}, ""},
		{"one", nameTally{"state/us": 2}, "2 state/us\n"},
		{"by ID, zero left out", nameTally{"state/ge": 1, "place/paris": 0, "subnational/georgia": 3}, "1 state/ge\n3 subnational/georgia\n"},
		{"an ID with a space", nameTally{"person/a b": 1}, "1 person/a b\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.t.String()
			if got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
			back, ok := parseNameTally(got)
			maps.DeleteFunc(tc.t, func(_ pg.EntityID, n int) bool { return n == 0 })
			if !ok || !maps.Equal(back, tc.t) {
				t.Errorf("parseNameTally(%q) = %v, %v, want %v", got, back, ok, tc.t)
			}
		})
	}
	for _, bad := range []string{"x state/us\n", "0 state/us\n", "-1 state/us\n", "2\n", "2 \n"} {
		if got, ok := parseNameTally(bad); ok {
			t.Errorf("parseNameTally(%q) = %v, want it refused", bad, got)
		}
	}
}
