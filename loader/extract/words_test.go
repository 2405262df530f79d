package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestFramesCompiled checks that every trie of both frame tables is
// compiled (see Frames.compile): a trie left out still matches, by a
// look-up of each word, and slows every sentence down unseen.
func TestFramesCompiled(t *testing.T) {
	for _, code := range []string{"fr", "en"} {
		f := reflect.ValueOf(testLangOf(t, code).Frames)
		for i := range f.NumField() {
			field := f.Type().Field(i)
			if !strings.HasPrefix(field.Type.Name(), "phraseTrie[") {
				continue
			}
			if !f.Field(i).FieldByName("compiled").Bool() {
				t.Errorf("%s: the trie %s of the frame table is not compiled", code, field.Name)
			}
		}
	}
}
