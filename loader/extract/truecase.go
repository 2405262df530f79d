package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// truecase gives the words of the sentences written in capitals only
// ("ACCORD DE PAIX DE LOMÉ", "LE PACTE DE LOCARNO EST PARAPHÉ") the case
// the rest of the text gives them: a word it writes in lower case more
// often than capitalised inside a sentence is in lower case, an acronym
// it writes in capitals is one, one it writes nowhere else is
// capitalised only when the reference data knows it and it is no stop
// word ("AU" is no African Union), and any other word
// keeps its capital ("accord de paix de Lomé", "le pacte de Locarno est
// paraphé"). Where names put their head last ("the Hague Opium
// Convention") only stop words and name prepositions are cased so, one
// by one: the other words take their case from a run of them the text
// writes elsewhere (see phraseCase), or keep their capitals for
// unshouted to judge.
func (x *Extractor) truecase(text string, sents []Sentence) {
	lang := x.Lang
	var shouted []int
	for k, s := range sents {
		if shouting(s.Tokens) {
			shouted = append(shouted, k)
		}
	}
	if len(shouted) == 0 {
		return // most texts: nothing to count
	}
	seen := map[string]int{} // capitalised inside a sentence, less written in lower case
	upper := map[string]bool{}
	sets := map[string]uint32{} // of the words the text writes in lower case
	for k, s := range sents {
		if slices.Contains(shouted, k) {
			continue
		}
		for i, t := range s.Tokens {
			switch {
			case t.Punct || t.Number:
			case !t.Cap:
				seen[t.Fold]--
				sets[t.Text] = t.sets
			case i > 0 && !opensSentence(s.Tokens[i-1]):
				seen[t.Fold]++ // not "Accord" opening a sentence
				upper[t.Fold] = upper[t.Fold] || t.Upper && len(t.Text) > 1
			}
		}
	}
	for _, k := range shouted {
		toks := sents[k].Tokens
		for i := range toks {
			t := &toks[i]
			function := lang.is(wsStop, t) || lang.is(wsNamePreps, t)
			if t.Punct || t.Number || !lang.HeadFirst && !function {
				continue
			}
			n, ok := seen[t.Fold]
			t.cased, t.Upper = true, upper[t.Fold]
			t.Cap = t.Upper || ok && n > 0 || !ok && !function && x.Ref != nil && x.Ref.Lookup(t.Text) != nil
			if b, ok := sets[strings.ToLower(t.Text)]; ok && !t.Cap {
				t.sets = b // the lists the word written so is in: "TRAITE" as "traite", no "traité"
			}
		}
	}
	phraseCase(text, sents, shouted)
}

// phraseCase gives the words of the sentences shouted, in capitals
// only, the case of the longest run of two to six of them that the
// text writes elsewhere in other letters, some capitals among them:
// "THE HAGUE OPIUM CONVENTION" as "the Hague Opium Convention" is
// written.
func phraseCase(text string, sents []Sentence, shouted []int) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return // a letter whose lower case has another length: no offsets to share
	}
	for _, k := range shouted {
		toks := sents[k].Tokens
		for i := 0; i < len(toks); i++ {
			for j := min(len(toks), i+6); j >= i+2; j-- {
				if toks[i].Punct || toks[j-1].Punct {
					continue
				}
				at := elsewhere(text, lower, sents[k], text[toks[i].Start:toks[j-1].End])
				if at < 0 {
					continue
				}
				for q := i; q < j; q++ {
					if t := &toks[q]; !t.Punct && !t.Number {
						w := text[at+t.Start-toks[i].Start : at+t.End-toks[i].Start]
						t.cased, t.Upper = true, w == strings.ToUpper(w) && len(w) > 1
						r, _ := utf8.DecodeRuneInString(w)
						t.Cap = unicode.IsUpper(r)
					}
				}
				i = j - 1
				break
			}
		}
	}
}

// shouting reports whether the words of toks, two of them at least with
// two letters or more, are written in capitals only.
func shouting(toks []Token) bool {
	words := 0
	for _, t := range toks {
		if t.Punct || t.Number {
			continue
		}
		if !t.Upper {
			return false
		}
		if len(t.Text) > 1 {
			words++
		}
	}
	return words >= 2
}

// opensSentence reports whether a word after the token t opens a
// quotation, a clause after a colon or a dash, or a bracket, where its
// capital says nothing of it.
func opensSentence(t Token) bool {
	if !t.Punct {
		return false
	}
	switch t.Text {
	case "«", "\"", "“", ":", "—", "–", "(", "•":
		return true
	}
	return false
}

// casedText returns text[toks[i].Start:toks[j-1].End] with the words
// of a line in capitals only in the case truecase gave them: "pacte de
// Locarno" for "PACTE DE LOCARNO".
func casedText(text string, toks []Token, i, j int) string {
	var b strings.Builder
	at := toks[i].Start
	for _, t := range toks[i:j] {
		b.WriteString(text[at:t.Start])
		b.WriteString(t.spelling())
		at = t.End
	}
	return b.String()
}

// spelling returns the word of t in the case truecase gave it, else as
// written.
func (t *Token) spelling() string {
	switch {
	case !t.cased || t.Upper || t.Punct || t.Number:
		return t.Text
	case t.Cap:
		r, n := utf8.DecodeRuneInString(t.Text)
		return string(unicode.ToUpper(r)) + strings.ToLower(t.Text[n:])
	}
	return strings.ToLower(t.Text)
}

// elsewhere returns where the text writes run outside the sentence s in
// other letters, not all in lower case, or -1.
func elsewhere(text, lower string, s Sentence, run string) int {
	lr := strings.ToLower(run)
	for from := 0; ; {
		n := strings.Index(lower[from:], lr)
		if n < 0 {
			return -1
		}
		at := from + n
		if w := text[at : at+len(run)]; (at+len(run) <= s.Start || at >= s.End) && w != run && w != lr {
			return at
		}
		from = at + 1
	}
}
