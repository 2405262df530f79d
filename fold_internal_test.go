package pledgegraph

import (
	"strings"
	"testing"
)

// TestFoldFolded checks that a name already folded folds to itself but
// for its leading articles.
func TestFoldFolded(t *testing.T) {
	for _, s := range []string{"", "paris call", "the paris call", "les etats unis", "a", "le", "g7 2019", " x", "x ", "x  y", "Paris", "l appel", "a b"} {
		want := foldName(s)
		for want != "" {
			w, rest, _ := strings.Cut(want, " ")
			if !leadingArticles[w] {
				break
			}
			want = rest
		}
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
