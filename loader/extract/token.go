package extract

import (
	"strings"
	"sync"
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

	// cased tells that Cap and Upper are not those of Text but those
	// the rest of the text gives the word: a word of a line in capitals
	// only (see truecase)
	cased bool

	// lex tells which lexicon lists have a phrase starting with this
	// word (see Language.annotate); 0 when unknown.
	lex uint64
	// wid is the number of Fold among the words of the language's
	// tries (see words.go); 0 when unknown.
	wid int32
	// sets has the bits of the word lists that hold Fold (see wordSet)
	sets uint32
	// tries has the bits of the tries of the language's frame table
	// that have a phrase starting with Fold (see phraseTrie.bit), and
	// those of its event frames and tallies (see Frames.first)
	tries uint64
}

// foldWord lowers s and strips its accents ("États" → "etats").
func foldWord(s string) string {
	return foldTo(nil, s)
}

// foldTo is foldWord writing the folded word, when it is not s, to b and
// returning it from there; with a nil b it is a string of its own.
func foldTo(b *strings.Builder, s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii && !upper {
		return s
	}
	var buf [64]byte
	f, ok := appendFold(buf[:0], s, ascii)
	if !ok {
		// beyond the table: through the canonical decomposition
		return foldAny(s)
	}
	if b == nil {
		return string(f)
	}
	from := b.Len()
	b.Write(f)
	return b.String()[from:]
}

// appendFold appends the folded word s to dst: its bytes lowered when
// it is ASCII, else its runes through foldRunes. It reports false when s
// has a rune beyond the table.
func appendFold(dst []byte, s string, ascii bool) ([]byte, bool) {
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst, true
	}
	for _, r := range s {
		if r >= 0x300 {
			return dst, false
		}
		dst = append(dst, foldRunes[r]...)
	}
	return dst, true
}

// foldRunes holds foldWord of each rune below U+0300: each decomposes
// into at most a letter and accents, so that a word of such runes folds
// rune by rune.
var foldRunes = func() (t [0x300]string) {
	for r := range t {
		t[r] = foldAny(string(rune(r)))
	}
	return t
}()

// foldLatin is foldWord of a word whose runes are all below U+0300; it
// reports false for any other word.
func foldLatin(s string) (string, bool) {
	var buf [64]byte
	f, ok := appendFold(buf[:0], s, false)
	if !ok {
		return "", false
	}
	return string(f), true
}

// foldAny is foldWord through the canonical decomposition of s.
func foldAny(s string) string {
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

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Tokenize splits text[start:end] into tokens whose offsets are relative
// to text. Words are runs of letters and digits; an apostrophe or a
// hyphen ends a word ("l'Appel" is "l", "Appel"; "Etats-Unis" is "Etats",
// "Unis"), so that elided articles and compound names fold alike.
// Apostrophes and hyphens inside words are not tokens; other punctuation
// marks are one token each.
func Tokenize(text string, start, end int) []Token {
	tz := tokenizer{toks: make([]Token, 0, (end-start)/bytesPerToken+1)}
	return tz.tokens(text, start, end)
}

// HeadBytes is how much of a text the guesses about the whole document
// read (its language, its publication date): far more than a news
// article, and a bounded cost for any text.
const HeadBytes = 64 << 10

// Head returns the first n bytes of text or fewer, cut at a character's
// start.
func Head(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// tokenizer tokenizes the blocks of a text one after the other: their
// tokens share an array, and the folded words that are not the text's
// own spelling a buffer, as far as they go.
type tokenizer struct {
	toks  []Token         // the array the next block's tokens go to
	folds strings.Builder // see foldTo
	// recycle is set when the tokens die with the tokenizer's user (see
	// recycled): the array comes from tokenArrays and goes back to it
	recycle bool
}

// tokenArrays holds token arrays of texts whose extraction is over, for
// the next ones.
var tokenArrays sync.Pool // of *[]Token

// recycled returns a tokenizer whose token array comes from the arrays
// of earlier texts: its user calls release when it holds no token any
// more.
func recycled() *tokenizer {
	return &tokenizer{recycle: true}
}

// release gives the tokenizer's array back for other texts; its tokens
// are then no more.
func (tz *tokenizer) release() {
	if !tz.recycle || cap(tz.toks) == 0 {
		return
	}
	toks := tz.toks[:cap(tz.toks)]
	clear(toks)
	toks = toks[:0]
	tz.toks = nil
	tokenArrays.Put(&toks)
}

// array returns an empty token array of at least n tokens.
func (tz *tokenizer) array(n int) []Token {
	if tz.recycle {
		if p, ok := tokenArrays.Get().(*[]Token); ok && cap(*p) >= n {
			return *p
		}
	}
	return make([]Token, 0, n)
}

// News texts have about five bytes per token: a new token array holds
// a token for every four bytes of the text left, and a block goes to
// the array when it has room for a token every six bytes of the block
// (the array grows when the block has more).
// A long text's tokens go to arrays of tokenChunk tokens, so that an
// estimate too high for the whole text does not cost more than a chunk.
const (
	bytesPerToken    = 4
	bytesPerTokenMax = 6
	tokenChunk       = 1 << 16
)

// tokens is Tokenize with the tokenizer's array and buffer.
func (tz *tokenizer) tokens(text string, start, end int) []Token {
	if need := (end-start)/bytesPerTokenMax + 1; cap(tz.toks)-len(tz.toks) < need {
		tz.toks = tz.array(max(min((len(text)-start)/bytesPerToken+8, tokenChunk), (end-start)/bytesPerToken+1))
	}
	base := len(tz.toks)
	toks := tz.toks
	i := start
	for i < end {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			if len(toks) > base {
				toks[len(toks)-1].SpaceAfter = true
			}
			i += n
		case isWordRune(r):
			if j := dottedEnd(text, i, end); j > i {
				// "U.S.", "O.N.U.": one word, folded as its letters
				toks = append(toks, Token{Text: text[i:j], Fold: foldTo(&tz.folds, strings.ReplaceAll(text[i:j], ".", "")), Start: i, End: j, Cap: true, Upper: true})
				i = j
				continue
			}
			j := i
			number, upper := true, true
			for j < end {
				r2, n2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:])
				}
				if !isWordRune(r2) {
					if r2 == '.' && j > i {
						if k := domainEnd(text, j, end); k > j {
							j, number = k, false // "Blockchain.com": one name
							continue
						}
					}
					if r2 == '+' && j > i {
						if k := anniversaryEnd(text, j, end); k > j {
							j, number = k, false // "Windhoek+30", "Rio+20": one name
							continue
						}
					}
					if r2 == '&' && j > i && j+1 < end && unicode.IsUpper(lastRune(text[i:j])) && unicode.IsUpper(firstRune(text[j+1:end])) {
						j, number = j+1, false // "H&M", "AT&T": one name
						continue
					}
					break
				}
				if r2 < '0' || r2 > '9' {
					number = false
					if !unicode.IsDigit(r2) {
						upper = upper && !unicode.IsLower(r2)
					}
				}
				j += n2
			}
			w := text[i:j]
			first := r
			t := Token{Text: w, Fold: foldTo(&tz.folds, w), Start: i, End: j, Cap: unicode.IsUpper(first) || innerCap(w)}
			t.Number = number || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
			t.Upper = !t.Number && upper
			toks = append(toks, t)
			i = inversionEnd(text, j, end) // "a-t-il", "reste-t-il", "soutient-elle": the verb, not a compound word
		case (r == '\'' || r == '-' || r == '\u2010' || r == '\u2011') && i > start && i+n < end &&
			isWordRune(lastRune(text[start:i])) && isWordRune(firstRune(text[i+n:end])):
			i += n // inside a word: a separator, not a token
		default:
			toks = append(toks, Token{Text: text[i : i+n], Fold: text[i : i+n], Start: i, End: i + n, Punct: true})
			if r == utf8.RuneError && n == 1 {
				toks[len(toks)-1].Fold = string(r)
			}
			i += n
		}
	}
	tz.toks = toks
	return toks[base:len(toks):len(toks)]
}

// dottedEnd returns the end of the initials that text[i:] writes with a
// period after each capital and no space ("U.S.", "U.R.S.S."): two at
// least, the last period included; else i.
func dottedEnd(text string, i, end int) int {
	j, n := i, 0
	for j < end {
		r, w := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsUpper(r) || j+w >= end || text[j+w] != '.' {
			break
		}
		j, n = j+w+1, n+1
	}
	if n < 2 || j < end && isWordRune(firstRune(text[j:end])) {
		return i // not "A.B.cd": a word glued to the last period
	}
	return j
}

// dotted reports whether t is initials written with periods ("U.S.").
func dotted(t Token) bool {
	return !t.Punct && len(t.Text) > 2 && t.Text[len(t.Text)-1] == '.'
}

// domains are the endings of web addresses that company names carry
// ("Blockchain.com", "Booking.com").
var domains = []string{"com", "org", "net", "io", "ai"}

// domainEnd returns the end of a domain's ending at the period text[j]
// when one of domains follows it, itself followed by no letter or
// figure; else j.
func domainEnd(text string, j, end int) int {
	for _, d := range domains {
		k := j + 1 + len(d)
		if k <= end && text[j+1:k] == d && (k == end || !isWordRune(rune(text[k]))) {
			return k
		}
	}
	return j
}

// inverted are the subject pronouns that a French question glues after
// its verb, with or without the "-t-" that joins them to a vowel.
var inverted = []string{"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-ils", "-elle", "-elles"}

// inversionEnd returns the end of a subject pronoun glued by a hyphen
// at text[j] to the verb before it ("a-t-il", "faut-il"), followed by no
// letter or figure; else j. The pronoun is no token: the verb is read
// as if it stood alone.
func inversionEnd(text string, j, end int) int {
	for _, p := range inverted {
		k := j + len(p)
		if k <= end && text[j:k] == p && (k == end || !isWordRune(firstRune(text[k:end]))) {
			return k
		}
	}
	return j
}

// anniversaryEnd returns the end of the figures right after the plus
// sign text[j] when no letter follows them ("Windhoek+30", the name of
// a conference held thirty years after the one in Windhoek); else j.
func anniversaryEnd(text string, j, end int) int {
	k := j + 1
	for k < end && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if k == j+1 || k-j > 4 || k < end && isWordRune(rune(text[k])) {
		return j
	}
	return k
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// innerCap reports whether the word w, in lower case at its start, has a
// capital further on, after two lower-case letters at least, as names
// written so do ("oneM2M", "openDemocracy"); not a word with a one-letter
// prefix ("eGovernment", "iPhone") or an elided article ("l'UE").
func innerCap(w string) bool {
	before := 0 // letters and figures before the first capital
	for i, r := range w {
		switch {
		case r == '\'' || r == '’' || before == 0 && !unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			return before >= 2 && !strings.ContainsAny(w[i:], "'’")
		}
		before++
	}
	return false
}
