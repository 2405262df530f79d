package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	lang := testLangOf(t, os.Getenv("DBGLANG"))
	for _, s := range Sentences(Normalize(text), lang) {
		for _, g := range verbGroups(s.Tokens, &lang.Frames) {
			fmt.Printf("VG %q %+v\n", s.Text[s.Tokens[g.i].Start-s.Start:s.Tokens[g.j-1].End-s.Start], g)
		}
		for _, c := range clauses(s.Tokens, &lang.Frames, func(int) bool { return false }) {
			if c.i < c.j {
				fmt.Printf("CL %q %+v\n", s.Text[s.Tokens[c.i].Start-s.Start:s.Tokens[c.j-1].End-s.Start], c)
			}
		}
	}
}

func TestZZTok(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	for _, tk := range Tokenize(text, 0, len(text)) {
		fmt.Printf("%q ", tk.Fold)
	}
	fmt.Println()
}

func TestZZArticle(t *testing.T) {
	lang := testLangOf(t, "en")
	toks := Tokenize("based in the United States", 0, 26)
	_, p := lang.Frames.article.endingAt(toks, 3, 1)
	_, q := lang.Frames.prep.endingAt(toks, 2, 2)
	fmt.Println("article", p, "prep", q, lang.Frames.article.n, lang.Frames.prep.n)
}
