package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// headedKinds types the names next to a lower-case noun that says what
// they name, a kind head of the lexicon: "the Clean Network initiative",
// "the Digital Peace pledge". An unknown name before one takes its kind,
// with the capitalised words joined to it before ("the Mutually Agreed
// Norms for Routing Security initiative"), and three capitalised words
// or more after "the" before one, that nothing named, are a name of that
// kind;
// quoted words before or after one are a name too ("the "clean network"
// initiative", "l'initiative « réseau propre »").
func (sc *mentionScan) headedKinds() {
	toks := sc.toks
	for q := 1; q < len(toks); q++ {
		k, ok := sc.lang.KindHeads[toks[q].Fold]
		if !ok || toks[q].Cap {
			continue
		}
		if q+1 < len(toks) && isQuote(toks[q+1].Text) {
			sc.quotedName(q+1, 1, k) // "l'initiative « réseau propre »"
			continue
		}
		end := q
		if isQuote(toks[end-1].Text) {
			end--
		}
		if m := sc.ms.endingAt(end); m != nil {
			if sc.placeText(m, q, k) {
				continue
			}
			if m.entry == nil && m.kind != k && m.isKind(pledgegraph.KindOrganization, pledgegraph.KindCompany) && end == q {
				m.kind = k
				if b := sc.namePrefix(m.i); b < m.i {
					m.i, m.name = b, sc.text(b, m.j) // "the Mutually Agreed Norms for Routing Security initiative"
				}
			}
			continue
		}
		if end < q {
			sc.quotedName(end, -1, k)
		} else if b := sc.namePrefix(q); (q-b >= 3 || sc.acronymHead(b, q, k)) && b > 0 && sc.lang.Definite[toks[b-1].Fold] && !sc.known(b, q) {
			// "the Open Routing Norms initiative", "the ITER agreement", not "a São Paulo statement"
			sc.add(&mention{i: b, j: q, kind: k, name: sc.text(b, q)})
		}
	}
}

// placeText names, as an initiative, a place's or a state's name and the
// lower-case head of an initiative right after it, after a definite
// article, in a language whose heads come last: "the Budapest
// convention", "the Paris agreement" name a text ("a São Paulo statement"
// does not, nor does a head of no text's name: "the U.S. standard"). It
// reports whether it did.
func (sc *mentionScan) placeText(m *mention, q int, k pledgegraph.Kind) bool {
	if k != pledgegraph.KindInitiative || sc.lang.HeadFirst || m.j != q || m.i == 0 || !sc.lang.Definite[sc.toks[m.i-1].Fold] ||
		!m.isKind(pledgegraph.KindPlace, pledgegraph.KindState) || !sc.lang.is(wsInitHeads, &sc.toks[q]) {
		return false
	}
	sc.ms = slices.DeleteFunc(sc.ms, func(x *mention) bool { return x == m })
	sc.add(&mention{i: m.i, j: q + 1, kind: k, name: sc.text(m.i, q+1)})
	return true
}

// acronymHead reports whether the one word toks[i:j] before the
// lower-case head of an initiative, in a language whose heads come last,
// is an acronym the reference data does not know: "the ITER agreement".
func (sc *mentionScan) acronymHead(i, j int, k pledgegraph.Kind) bool {
	t := &sc.toks[i]
	return j == i+1 && k == pledgegraph.KindInitiative && !sc.lang.HeadFirst && t.Upper && utf8.RuneCountInString(t.Text) >= 3 && !t.Number
}

// known reports whether a name of the reference data starts in
// toks[i:j]: "a São Paulo statement" names a place's text, not a name.
func (sc *mentionScan) known(i, j int) bool {
	for k := i; k < j; k++ {
		if _, n := sc.d.x.Ref.MatchAt(sc.toks, k); n > 0 {
			return true
		}
	}
	return false
}

// namePrefix returns where the capitalised words of a name that ends
// before toks[i] begin, over the prepositions that join a name's words
// ("Norms for Routing Security"), an article or a stop word left out;
// or i.
func (sc *mentionScan) namePrefix(i int) int {
	toks, lang := sc.toks, sc.lang
	b := i
	for b > 0 {
		p := &toks[b-1]
		switch {
		case p.Cap && !p.Punct && !sc.isTaken(b-1):
			b--
		case b > 1 && lang.is(wsNamePreps, p) && toks[b-2].Cap && !toks[b-2].Punct && !sc.isTaken(b-2):
			b--
		default:
			for b < i && lang.is(wsStop, &toks[b]) {
				b++ // "The Mutually …"
			}
			return b
		}
	}
	for b < i && lang.is(wsStop, &toks[b]) {
		b++
	}
	return b
}

// quotedName adds a name of kind k for the words between the quote at
// toks[q] and the next one in direction step (-1: before it, "the
// "clean network" initiative"; +1: after it, "l'initiative « réseau
// propre »"), at most six words.
func (sc *mentionScan) quotedName(q, step int, k pledgegraph.Kind) {
	toks := sc.toks
	for e := q + step; e >= 0 && e < len(toks) && (e-q)*step <= 7; e += step {
		if sc.isTaken(e) || toks[e].Punct && !isQuote(toks[e].Text) {
			return
		}
		if isQuote(toks[e].Text) {
			i, j := min(q, e)+1, max(q, e)
			if j > i && !sc.lang.Frames.negationIn(sc.toks, i, j) { // « l'armistice « n'est pas la paix » »: what someone said, no name
				sc.add(&mention{i: i, j: j, kind: k, name: sc.text(i, j)})
			}
			return
		}
	}
}

// endingAt returns the mention whose last token is toks[q-1], or nil.
func (ms mentions) endingAt(q int) *mention {
	for _, m := range ms {
		if m.j == q {
			return m
		}
	}
	return nil
}

// capLike reports whether t is a word with a capital letter, at its
// start or inside ("gTLD", "eBay"): one that may be a name.
func capLike(t Token) bool {
	return !t.Punct && (t.Cap || strings.ToLower(t.Text) != t.Text)
}

// calledNames adds the names a verb of naming gives to what a kind head
// before it says ("an initiative she called InvestAI", "un nouveau
// partenariat public-privé, baptisé Current AI", "a campaign named
// 50-in-5"): the capitalised or quoted words after the verb name an
// entity of the head's kind. The head stands at most five words before
// the verb, with no name between.
func (sc *mentionScan) calledNames() {
	toks, lang := sc.toks, sc.lang
	for q := 0; q < len(toks); q++ {
		n := lang.CalledAs.MatchAt(toks, q)
		if n == 0 {
			continue
		}
		k := sc.headBefore(q)
		p := q + n
		if k == "" && p < len(toks) && isQuote(toks[p].Text) && (q == 0 || toks[q-1].Punct) {
			k = sc.headAfterTitle(p) // "Intitulée « … », la résolution appelle"
		}
		if k != "" && p < len(toks) {
			if m := sc.ms.at(p + sc.lang.Frames.article.at(toks, p)); m != nil && m.entry == nil && m.kind != k {
				m.kind = k // "a consortium, named the Open Handset Alliance": the head says what the name is
				continue
			}
		}
		if k == "" || p >= len(toks) || sc.isTaken(p) && !(p+1 < len(toks) && hyphenated(sc.d.text, toks, p+1)) {
			continue
		}
		if isQuote(toks[p].Text) {
			sc.titleAfterNaming(p, k)
			continue
		}
		p += sc.lang.Frames.article.at(toks, p) // "known as the gTLD-MoU"
		e := p
		for e < len(toks) && e-p < 5 && (!sc.isTaken(e) || e+1 < len(toks) && hyphenated(sc.d.text, toks, e+1) || e > p && hyphenated(sc.d.text, toks, e)) &&
			(capLike(toks[e]) || toks[e].Number || e > p && toks[e].Text == "-" || e > p && toks[e-1].Text == "-") {
			e++ // "gTLD-MoU": a part after a hyphen is the name's, though a name was found in it
		}
		if e > p && capLike(toks[p]) || e > p+1 {
			sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i >= p && m.j <= e })
			sc.add(&mention{i: p, j: e, kind: k, name: sc.text(p, e)})
			q = e - 1
		}
	}
}

// titleAfterNaming adds the name of kind k quoted from toks[p] on after
// a verb of naming, up to its closing quote, at most thirty words: the
// names inside are words of the title ("intitulée « Vers l'accès à au
// moins un million de génomes séquencés dans l'Union européenne d'ici à
// 2022 »").
func (sc *mentionScan) titleAfterNaming(p int, k pledgegraph.Kind) {
	if e := closingQuote(sc.toks, p, 30); e > p {
		sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i > p && m.j <= e })
		sc.add(&mention{i: p + 1, j: e, kind: k, name: sc.text(p+1, e)})
	}
}

// headAfterTitle returns the kind of the kind head that a title quoted
// from toks[p] on stands before, after a comma and an article, when a
// participle of naming opens the clause ("Titled "…", the resolution
// calls for", "Intitulée « … », la résolution"), or "".
func (sc *mentionScan) headAfterTitle(p int) pledgegraph.Kind {
	e := closingQuote(sc.toks, p, 30)
	if e <= p || e+2 >= len(sc.toks) || sc.toks[e+1].Text != "," {
		return ""
	}
	h := e + 2 + sc.lang.Frames.article.at(sc.toks, e+2)
	if h >= len(sc.toks) || sc.toks[h].Cap {
		return ""
	}
	if k, ok := sc.lang.KindHeads[sc.toks[h].Fold]; ok {
		return k
	}
	if sc.lang.DescHeads.MatchAt(sc.toks, h) == 1 {
		return pledgegraph.KindInitiative
	}
	return ""
}

// headBefore returns the kind of the kind head that stands in the five
// words before toks[q], with no name between, or "".
func (sc *mentionScan) headBefore(q int) pledgegraph.Kind {
	for b := q - 1; b >= 0 && b >= q-5; b-- {
		if sc.isTaken(b) {
			return ""
		}
		if k, ok := sc.lang.KindHeads[sc.toks[b].Fold]; ok && !sc.toks[b].Cap {
			return k
		}
		if sc.lang.DescHeads.MatchAt(sc.toks, b) == 1 && !sc.toks[b].Cap {
			return pledgegraph.KindInitiative // "un texte commun, baptisé OpenStand"
		}
	}
	return ""
}

// apposedKinds types the name that an apposition with an indefinite
// article and a kind head follows, or a definite one and a participle
// of launching: "50-in-5, a global campaign launched in 2023", "the
// Harbour Rules, a treaty last revised in 1988", "le Réseau Kigali, une
// alliance de régulateurs", "COVAX, the initiative launched in April
// by". A known name keeps its
// kind; an unknown one already found as a body takes the head's; the
// capitalised words of an unknown one not found yet become a name of
// the head's kind.
func (sc *mentionScan) apposedKinds() {
	toks := sc.toks
	for q := 1; q+1 < len(toks); q++ {
		if toks[q].Text != "," {
			continue
		}
		k, ok := sc.apposedHead(q + 1)
		if !ok {
			continue
		}
		if m := sc.ms.endingAt(q); m != nil {
			if m.entry == nil && m.kind != k && (m.isKind(pledgegraph.KindOrganization) || m.kind == pledgegraph.KindEvent && k == pledgegraph.KindOrganization) && !sc.placed(m.i) { // "oneM2M, a global partnership", "COVAX, the initiative launched in April by", "the National Congress of British West Africa, a permanent body"
				m.kind = k
			}
			sc.noteDescribed(m, q+1)
			continue
		}
		if b := sc.apposedStart(q); b < q && !sc.placed(b) {
			sc.add(&mention{i: b, j: q, kind: k, name: sc.text(b, q)})
		}
	}
}

// placed reports whether the name at toks[i] stands where a venue
// preposition puts it, or after a comma that follows such a name ("read
// at Caxton Hall, Westminster, a manifesto signed by"): a place, whose
// apposition is rather the verb's object.
func (sc *mentionScan) placed(i int) bool {
	toks := sc.toks
	if sc.lang.venueBefore(toks, i) {
		return true
	}
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	b := i - 1
	for b > 0 && toks[b-1].Cap && !toks[b-1].Punct {
		b--
	}
	return b < i-1 && sc.lang.venueBefore(toks, b)
}

// noteDescribed keeps the head word of the apposition with an
// indefinite article at toks[p] after the initiative m ("oneM2M, a
// global partnership") for the definite descriptions that later refer
// to it by that word ("the partnership was founded by").
func (sc *mentionScan) noteDescribed(m *mention, p int) {
	d, toks := sc.d, sc.toks
	if !m.isKind(pledgegraph.KindInitiative) || sc.lang.Indefinite.MatchAt(toks, p) == 0 {
		return
	}
	for h := p + 1; h < len(toks) && h <= p+4; h++ {
		if w := toks[h].Fold; sc.lang.InitHeads[w] {
			if d.described == nil {
				d.described = map[string][]string{}
			}
			k := d.fold(m.name)
			d.described[k] = append(d.described[k], w)
			return
		}
	}
}

// apposedHead returns the kind of the kind head that ends an apposition
// opening at toks[p] with an indefinite article, after at most three
// lower-case words that are neither prepositions nor articles ("a
// global campaign", "une campagne"), and whether there is one.
func (sc *mentionScan) apposedHead(p int) (pledgegraph.Kind, bool) {
	lang, toks := sc.lang, sc.toks
	n := lang.Indefinite.MatchAt(toks, p)
	definite := false
	if n == 0 && p < len(toks) && lang.Definite[toks[p].Fold] && !toks[p].Cap {
		n, definite = 1, true // "la Cyber Valley, l'alliance de recherche lancée en 2016"
	}
	if n == 0 {
		return "", false
	}
	for h := p + n; h < len(toks) && h <= p+n+3; h++ {
		t := &toks[h]
		if t.Punct || t.Cap || sc.isTaken(h) || lang.is(wsNamePreps, t) || lang.is(wsArticles, t) {
			return "", false
		}
		if k, ok := lang.KindHeads[t.Fold]; ok {
			return k, !definite || sc.launchedAfter(h+1)
		}
	}
	return "", false
}

// launchedAfter reports whether a participle of launching follows toks[p]
// before any punctuation: a definite description in apposition that
// tells who launched it ("l'alliance de recherche lancée en 2016 par"),
// not a sentence's subject after a fronted clause ("Prepared by X, the
// framework rests on").
func (sc *mentionScan) launchedAfter(p int) bool {
	return sc.lang.launchedAfter(sc.toks, p)
}

// launchedAfter is mentionScan.launchedAfter on any tokens.
func (l *Language) launchedAfter(toks []Token, p int) bool {
	fr := &l.Frames
	for q := p; q < len(toks) && q < p+12 && !toks[q].Punct; q++ {
		if lemma, n := fr.parts.match(toks, q); n > 0 {
			if f := fr.frameOf(lemma); f != nil && f.Predicate == pledgegraph.Launched {
				return true
			}
		}
	}
	return false
}

// apposedStart returns where the unknown name that ends before the comma
// at toks[q] starts: capitalised words, numbers and the words glued to
// them by hyphens or an ampersand ("50-in-5", "Bill & Melinda Gates
// Foundation"), at most six tokens, none taken; q when there is none,
// when the name goes on before them ("the Rules of Xanadu, a treaty":
// where it starts is unknown), or when it is a lone capitalised word
// that opens the sentence ("Today, a campaign …").
func (sc *mentionScan) apposedStart(q int) int {
	lang, toks := sc.lang, sc.toks
	b := q
	for b > 0 && q-b < 6 && !sc.isTaken(b-1) {
		x := &toks[b-1]
		glued := b < q && sc.d.text[x.End:toks[b].Start] == "-"
		if !(x.Cap && !x.Punct || x.Number || x.Text == "&" || glued) {
			break
		}
		b--
	}
	if b > 0 && (lang.is(wsNamePreps, &toks[b-1]) || toks[b-1].Cap) {
		return q // "the Rules of Xanadu, a treaty": the name starts before; unknown where
	}
	for b < q && (toks[b].Punct || lang.is(wsStop, &toks[b]) && !toks[b].Upper) {
		b++
	}
	if b == q || !toks[b].Cap && !toks[b].Number {
		return q
	}
	t := &toks[b]
	if lang.is(wsMonths, t) || lang.is(wsWeekdays, t) || lang.is(wsRelative, t) || b == 0 && q-b == 1 && !t.Upper && !t.Number {
		return q
	}
	return b
}
