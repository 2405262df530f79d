package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence, a headline or a list item of a text.
type Sentence struct {
	Start, End int     // byte offsets into the text
	Text       string  // text[Start:End]
	Tokens     []Token // offsets into the whole text
	Para       int     // index of the paragraph (blocks between blank lines)
	Item       bool    // a bullet or numbered list item
	ItemMore   bool    // a sentence of a list item after its first ("4. There are five principles. The companies want: …")
	Heading    bool    // a line standing alone without final punctuation
}

// Sentences splits a normalised text into sentences. Blank lines end
// paragraphs; a line starting with "•", "-", "*" or "1." is a list item,
// and so is a line that opens on a short label and a colon after a line
// that ends with a colon or another such item;
// a line without final punctuation followed by a line starting with an
// upper-case letter is a headline; inside a line, ".", "!", "?" and "…"
// end a sentence unless they follow an abbreviation of lang ("M.",
// "Mme.", "etc.") or an initial.
func Sentences(text string, lang *Language) []Sentence {
	var tz tokenizer
	return tz.sentences(text, lang)
}

// sentences is Sentences with the tokenizer's token array.
func (tz *tokenizer) sentences(text string, lang *Language) []Sentence {
	out := make([]Sentence, 0, len(text)/bytesPerSentence+1)
	lines := splitLines(text)
	para := 0
	var cur []lineSpan // lines of the running block
	listing := false   // the last line that was not blank ended with a colon, or was a labelled item
	dashed := false    // the last line was an item opened by an em dash
	flush := func() {
		if len(cur) == 0 {
			return
		}
		out = splitBlock(tz, out, text, cur, para, lang)
		cur = cur[:0]
	}
	for i, l := range lines {
		body := strings.TrimSpace(text[l.start:l.end])
		if body == "" {
			flush()
			para++
			continue
		}
		// an em dash opens an item only in a list ("engagements :\n—
		// promouvoir …;\n— renforcer …"), not a line of dialogue
		dash := firstRune(body) == '—' && (listing || dashed)
		if isItem(body) || dash || listing && labelled(body) {
			flush()
			out = itemSentences(tz, out, text, itemSpan(text, l), para, lang)
			listing, dashed = !isItem(body) && !dash || strings.HasSuffix(body, ":"), dash
			continue
		}
		listing, dashed = strings.HasSuffix(body, ":"), false
		cur = append(cur, l)
		// A line without final punctuation is a headline when the next
		// line starts a new sentence (upper case) or the block ends.
		last := lastRune(body)
		if !strings.ContainsRune(".!?…:;,\"»“”", last) && !wrapped(body) {
			next := ""
			if i+1 < len(lines) {
				next = strings.TrimSpace(text[lines[i+1].start:lines[i+1].end])
			}
			if next == "" || isItem(next) || unicode.IsUpper(firstRune(next)) || strings.ContainsRune("«\"“", firstRune(next)) {
				if len(cur) == 1 {
					n := len(out)
					flush()
					if len(out) > n {
						out[len(out)-1].Heading = true
						lang.headlineVerbs(out[len(out)-1].Tokens)
					}
				} else {
					flush()
				}
			}
		}
	}
	flush()
	runInHeads(out, lang)
	return capSentences(text, out)
}

// runInHeads marks as headings the run-in heads of paragraphs: a first
// sentence of a few words in title case, then a dash that opens the text
// ("Peace by Treaty in Central America. - The year closed …", "How the
// Conference Came About. — It was …").
func runInHeads(out []Sentence, lang *Language) {
	for k := 0; k+1 < len(out); k++ {
		s, next := &out[k], &out[k+1]
		if s.Heading || s.Item || next.Para != s.Para || k > 0 && out[k-1].Para == s.Para || len(s.Tokens) > 12 || len(next.Tokens) == 0 {
			continue
		}
		if d := next.Tokens[0].Text; d != "-" && d != "—" && d != "–" {
			continue
		}
		words, caps := 0, 0
		for _, t := range s.Tokens {
			if !t.Punct && !t.Number {
				words++
				if t.Cap {
					caps++
				}
			}
		}
		if words >= 2 && 2*caps > words {
			s.Heading = true
			lang.headlineVerbs(s.Tokens)
		}
	}
}

// headlineVerbs writes in lower case, in a headline in title case, a
// verb that governs another and the verb it governs ("Soviet Union,
// Poland, Czechoslovakia Refuse to Sign", "Bulgaria Declines to Join"):
// capitals that name nothing.
func (l *Language) headlineVerbs(toks []Token) {
	fr := &l.Frames
	for q := 1; q < len(toks); q++ {
		_, n := fr.control.match(toks, q)
		if n == 0 || !toks[q].Cap || toks[q].Upper {
			continue
		}
		e := q + n
		if m := fr.verbs.at(toks, e); m > 0 {
			e += m
		}
		for k := q; k < e; k++ {
			toks[k].Cap = false
		}
		q = e - 1
	}
}

// MaxSentenceTokens bounds a sentence: a longer run of text without a
// sentence end (a page of text on one line with no full stop) is cut into
// pieces of this many tokens, so that rules that look across a sentence
// stay linear in the text.
const MaxSentenceTokens = 300

// capSentences cuts the sentences longer than MaxSentenceTokens.
func capSentences(text string, in []Sentence) []Sentence {
	long := false
	for _, s := range in {
		long = long || len(s.Tokens) > MaxSentenceTokens
	}
	if !long {
		return in
	}
	out := make([]Sentence, 0, len(in))
	for _, s := range in {
		for len(s.Tokens) > MaxSentenceTokens {
			head := s.Tokens[:MaxSentenceTokens]
			piece := s
			piece.Tokens = head
			piece.End = head[len(head)-1].End
			piece.Text = text[piece.Start:piece.End]
			out = append(out, piece)
			s.Tokens = s.Tokens[MaxSentenceTokens:]
			s.Start = s.Tokens[0].Start
			s.Text = text[s.Start:s.End]
			s.Heading = false
		}
		out = append(out, s)
	}
	return out
}

// wrapped reports whether a line that does not end a sentence is a
// paragraph's line broken inside a sentence ("… and French President
// Emmanuel" before "Macron gathered …"), not a headline: it is long and
// holds sentences or clauses.
func wrapped(line string) bool {
	return strings.ContainsAny(line, ".,;") && fieldsOver(line, 20)
}

// fieldsOver reports whether s has more than n words separated by white
// space (strings.Fields), without making them.
func fieldsOver(s string, n int) bool {
	fields, space := 0, true
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if space && !isSpace {
			fields++
			if fields > n {
				return true
			}
		}
		space = isSpace
	}
	return false
}

type lineSpan struct{ start, end int }

func splitLines(text string) []lineSpan {
	out := make([]lineSpan, 0, strings.Count(text, "\n")+1)
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, lineSpan{start, i})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, lineSpan{start, len(text)})
	}
	return out
}

// labelled reports whether a trimmed line opens on a label (labelCut)
// whose first word is capitalised, with no punctuation in it: the
// items of a list announced by a colon that a text gives without bullets
// ("Expression: Don't censor the internet.", "Transparence : expliquer
// …").
func labelled(line string) bool {
	label, ok := labelCut(line)
	label = strings.TrimSpace(label)
	return ok && label != "" && unicode.IsUpper(firstRune(label)) && !strings.ContainsAny(label, ".,;!?\"«»“”")
}

// isItem reports whether a trimmed line is a bullet or numbered item.
func isItem(line string) bool {
	r := firstRune(line)
	if r == '•' || r == '◦' || r == '▪' || r == '–' || r == '*' || r == '-' {
		return true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

// itemSpan returns the text of the list item on line l, past its
// bullet or number and before the white space that ends it.
func itemSpan(text string, l lineSpan) lineSpan {
	s := l.start
	for s < l.end {
		r, n := utf8.DecodeRuneInString(text[s:])
		if unicode.IsSpace(r) || r == '•' || r == '◦' || r == '▪' || r == '–' || r == '—' || r == '*' || r == '-' {
			s += n
			continue
		}
		break
	}
	// numbered item: skip "12. " or "3) "
	j := s
	for j < l.end && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j > s && j < l.end && (text[j] == '.' || text[j] == ')') {
		s = j + 1
		for s < l.end && text[s] == ' ' {
			s++
		}
	}
	e := l.end
	for e > s && unicode.IsSpace(lastRune(text[s:e])) {
		e--
	}
	return lineSpan{s, e}
}

// itemSentences appends to out the sentences of the list item at sp:
// one, or, for an item that holds several ("1. Who's in? AOL, Apple and
// Yahoo. Together they launched …"), each of them, the first the item's
// head and the others marked ItemMore.
func itemSentences(tz *tokenizer, out []Sentence, text string, sp lineSpan, para int, lang *Language) []Sentence {
	if sp.end <= sp.start {
		return append(out, Sentence{Start: sp.start, End: sp.start, Para: para, Item: true})
	}
	n := len(out)
	out = splitBlock(tz, out, text, []lineSpan{sp}, para, lang)
	for k := n; k < len(out); k++ {
		out[k].Item, out[k].ItemMore = true, k > n
	}
	return out
}

// bytesPerSentence is a low estimate of the bytes of a news text per
// sentence.
const bytesPerSentence = 80

// splitBlock splits consecutive lines of one block into sentences and
// appends them to out.
func splitBlock(tz *tokenizer, out []Sentence, text string, lines []lineSpan, para int, lang *Language) []Sentence {
	start, end := lines[0].start, lines[len(lines)-1].end
	toks := tz.tokens(text, start, end)
	from := 0
	emit := func(to int) {
		if to <= from {
			return
		}
		s, e := toks[from].Start, toks[to-1].End
		out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Tokens: toks[from:to:to], Para: para})
		from = to
	}
	for i, t := range toks {
		if !t.Punct && dotted(t) && i+1 < len(toks) && toks[i+1].Cap && lang != nil && lang.Stop[toks[i+1].Fold] {
			emit(i + 1) // "in Washington, D.C. Over four days": the initials' last period ends the sentence
			continue
		}
		if !t.Punct || !strings.Contains(".!?…", t.Text) {
			continue
		}
		if t.Text == "." && i > 0 && !toks[i-1].Punct && toks[i-1].End == t.Start {
			prev := toks[i-1]
			if lang != nil && (lang.Abbrev[prev.Fold] || lang.NumAbbrev[prev.Fold] && i+1 < len(toks) && toks[i+1].Number) {
				continue
			}
			if utf8.RuneCountInString(prev.Text) == 1 && prev.Cap &&
				!(i+1 < len(toks) && lang != nil && lang.Stop[toks[i+1].Fold] && i > 1 && toks[i-2].Cap) {
				continue // an initial: "J. Smith", but not "Cédric O. La Russie"
			}
			if prev.Number && i+1 < len(toks) && toks[i+1].Number {
				continue
			}
		}
		// closing quotes and brackets stay with the sentence
		j := i + 1
		for j < len(toks) && toks[j].Punct && strings.Contains(".!?…\"»”)]", toks[j].Text) {
			j++
		}
		if j < len(toks) && !toks[j].Cap && !toks[j].Number && !toks[j].Punct {
			continue // "etc. et" or a lower-case continuation
		}
		emit(j)
	}
	emit(len(toks))
	return out
}
