package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is a word, a number or a punctuation mark of a normalised text,
// with its byte offsets.
type Token struct {
	Text       string // as in the text
	Fold       string // lower case without accents ("etats" for "États")
	Start, End int    // byte offsets into the text
	Punct      bool   // a punctuation mark or symbol
	Number     bool   // only digits
	Cap        bool   // starts with an upper-case letter
	Upper      bool   // all letters upper case (acronyms: "UE", "FGI")
	SpaceAfter bool   // followed by white space
}

// foldWord lowers s and strips its accents ("États" → "etats").
func foldWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Tokenize splits text[start:end] into tokens whose offsets are relative
// to text. Words are runs of letters and digits; an apostrophe or a
// hyphen ends a word ("l'Appel" is "l", "Appel"; "Etats-Unis" is "Etats",
// "Unis"), so that elided articles and compound names fold alike.
// Apostrophes and hyphens inside words are not tokens; other punctuation
// marks are one token each.
func Tokenize(text string, start, end int) []Token {
	var toks []Token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if len(toks) > 0 {
				toks[len(toks)-1].SpaceAfter = true
			}
			i += n
		case isWordRune(r):
			j := i
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			w := text[i:j]
			first, _ := utf8.DecodeRuneInString(w)
			t := Token{Text: w, Fold: foldWord(w), Start: i, End: j, Cap: unicode.IsUpper(first)}
			t.Number = strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
			t.Upper = !t.Number && strings.IndexFunc(w, unicode.IsLower) < 0
			toks = append(toks, t)
			i = j
		case (r == '\'' || r == '-' || r == '\u2010' || r == '\u2011') && i > start && i+n < end &&
			isWordRune(lastRune(text[start:i])) && isWordRune(firstRune(text[i+n:end])):
			i += n // inside a word: a separator, not a token
		default:
			toks = append(toks, Token{Text: text[i : i+n], Fold: string(r), Start: i, End: i + n, Punct: true})
			i += n
		}
	}
	return toks
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// words returns the fold of each token, for phrase matching.
func words(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Fold
	}
	return out
}
