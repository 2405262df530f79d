package extract

import (
	"github.com/pledgegraph/pledgegraph"
	"os"
	"testing"
)

// testLang parses the French lexicon of loader/lang/fr (package extract
// cannot import it: it imports extract).
func testLang(t *testing.T) *Language {
	t.Helper()
	return testLangOf(t, "fr")
}

func testLangOf(t testing.TB, code string) *Language {
	t.Helper()
	b, err := os.ReadFile("../lang/" + code + "/lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := os.ReadFile("../lang/" + code + "/frames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	l, err := ParseLanguage(pledgegraphLang(code), b, fr)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func pledgegraphLang(code string) pledgegraph.Lang { return pledgegraph.Lang(code) }
