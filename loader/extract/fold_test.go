package extract

import "testing"

// TestFoldLatin checks that folding rune by rune gives what the
// canonical decomposition gives, for words of runes below U+0300.
func TestFoldLatin(t *testing.T) {
	words := []string{"États", "Œuvre", "straße", "ÇA", "İstanbul", "Ñandú", "Ærø", "ǅemal", "ﬁn", "naïve", "Åland", "x\xffy"}
	for r := rune(0); r < 0x300; r += 7 {
		words = append(words, "a"+string(r)+"É"+string(r+3))
	}
	for _, w := range words {
		if got, ok := foldLatin(w); ok && got != foldAny(w) {
			t.Errorf("foldLatin(%q) = %q, want %q", w, got, foldAny(w))
		}
	}
}
