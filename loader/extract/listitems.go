package extract

import (
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// listGuesses adds the unknown names listed among known actors of one
// kind ("the members are Airbus, Allianz, Atos, Cisco", "3DS Outscale,
// Amadeus, Atos, BMW"): a capitalised span of at most four words that a
// comma or a conjunction separates from a known actor, and that ends
// where an item ends. They take the kind of the known actor before them
// and are added only when the list holds another known actor of that
// kind.
func (d *docState) listGuesses(toks []Token, ms []*mention) []*mention {
	taken := make([]bool, len(toks)+1)
	for _, m := range ms {
		for q := m.i; q < m.j; q++ {
			taken[q] = true
		}
	}
	var out []*mention
	chainEnd, chainKind := -1, pledgegraph.Kind("")
	for _, a := range ms {
		if a.guess || !a.isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization, pledgegraph.KindState, pledgegraph.KindPerson) || bracketed(toks, a) {
			continue // "Derechos Digitales (Chile)": a place in brackets lends no kind
		}
		items, next := d.unknownItems(toks, ms, a.j, taken)
		// the items of the list so far end where this actor's separator starts
		before := chainKind == a.kind && chainEnd >= 0 && d.pastSeparator(toks, chainEnd) == a.i
		chainEnd, chainKind = a.j, a.kind
		if len(items) > 0 {
			chainEnd = items[len(items)-1].j
		}
		if len(items) == 0 {
			continue
		}
		after := next != nil && next.kind == a.kind && !next.guess
		if a.kind == pledgegraph.KindPerson {
			if !d.personItems(toks, a, items) {
				continue
			}
		} else if !before && !after && !d.opensColonList(toks, a.i) && !d.labelledBefore(toks, a) {
			continue // one known actor makes no list, unless a colon opens it
		}
		for _, it := range items {
			it.kind = a.kind
			out = append(out, it)
			for q := it.i; q < it.j; q++ {
				taken[q] = true
			}
		}
	}
	return append(out, d.leadingPeople(toks, ms, taken)...)
}

// leadingPeople adds the unknown name that opens a list of people, a
// comma after it, before two known people ("Attendees were Wilfrid
// Laurier, Joseph Ward and Louis Botha", "Étaient présents Antoine
// Pinay, Paul-Henri Spaak et Joseph Bech"): a person too, when it may
// be a person's name.
func (d *docState) leadingPeople(toks []Token, ms []*mention, taken []bool) []*mention {
	var out []*mention
	for k, a := range ms {
		if k+1 >= len(ms) || a.guess || !a.isKind(pledgegraph.KindPerson) || a.i < 3 || toks[a.i-1].Text != "," || taken[a.i-2] {
			continue
		}
		if b := ms[k+1]; b.guess || !b.isKind(pledgegraph.KindPerson) || d.pastSeparator(toks, a.j) != b.i {
			continue
		}
		q := a.i - 1
		for q > 0 && q > a.i-4 && toks[q-1].Cap && !toks[q-1].Punct && !taken[q-1] {
			q--
		}
		if q == 0 || toks[q-1].Cap && !toks[q-1].Punct || !d.personLike(toks, q, a.i-1) || d.listItemEnd(toks, q, taken) != a.i-1 {
			continue
		}
		if lang := d.x.Lang; lang.is(wsNameArticles, &toks[q-1]) || lang.NamePreps[toks[q-1].Fold] || lang.ownerPrep(toks[q-1].Fold) {
			continue // "editor of the Bulletin of the Atomic Scientists, Leo Szilard and Victor Weisskopf": the end of a body's name
		}
		out = append(out, &mention{i: q, j: a.i - 1, name: tokText(d.text, toks, q, a.i-1), kind: pledgegraph.KindPerson, guess: true})
		for p := q; p < a.i-1; p++ {
			taken[p] = true
		}
	}
	return out
}

// personItems reports whether the unknown items listed after the person
// a are people too: one item, right after a conjunction, that may be a
// person's name ("Jake Sullivan and Ajit Doval", "Xi Jinping et Narendra
// Modi").
func (d *docState) personItems(toks []Token, a *mention, items []*mention) bool {
	if len(items) != 1 || !d.x.Lang.is(wsAndJoin, &toks[a.j]) {
		return false
	}
	return d.personLike(toks, items[0].i, items[0].j)
}

// personLike reports whether the unknown capitalised words toks[i:j] may
// be a person's name: two or three words, none that types a body or
// heads a name, no title, no nationality, no hyphen standing alone.
func (d *docState) personLike(toks []Token, i, j int) bool {
	lang := d.x.Lang
	if j-i < 2 || j-i > 3 {
		return false
	}
	for q := i; q < j; q++ {
		t := &toks[q]
		if lang.NameKinds[t.Fold] != "" || lang.is(wsNameHeads, t) || t.Text == "-" || d.titleAt(toks, q) > 0 || d.isDemonym(toks, q) {
			return false
		}
	}
	return true
}

// bracketed reports whether the mention m stands alone in brackets.
func bracketed(toks []Token, m *mention) bool {
	return m.i > 0 && m.j < len(toks) && toks[m.i-1].Text == "(" && toks[m.j].Text == ")"
}

// opensColonList reports whether a colon, perhaps with an article after
// it, stands right before toks[i]: "signed by ten organisations: the
// Internet Society, AFRINIC and APNIC" is a list of actors.
func (d *docState) opensColonList(toks []Token, i int) bool {
	q := i - 1
	if q >= 0 && d.x.Lang.is(wsNameArticles, &toks[q]) {
		q--
	}
	return q > 0 && toks[q].Text == ":"
}

// labelledBefore reports whether a count noun of a's kind stands among
// the eight words before the known actor a that opens a list ("Among
// the companies backing the pledge are Nike and Reebok"): the unknown
// names after it are of that kind too.
func (d *docState) labelledBefore(toks []Token, a *mention) bool {
	want := countOfKind(a.kind)
	for q := max(0, a.i-8); q < a.i && want != ""; q++ {
		if toks[q].Punct && toks[q].Text != "," {
			return false
		}
		if w := d.x.Lang.CountNouns[toks[q].Fold]; w == want {
			return true
		}
	}
	return false
}

// unknownItems returns the unknown names listed from token p on, each
// after a separator, and the known mention that follows them, if any.
func (d *docState) unknownItems(toks []Token, ms []*mention, p int, taken []bool) ([]*mention, *mention) {
	var items []*mention
	for {
		q := d.pastSeparator(toks, p)
		if q == p || q >= len(toks) {
			return items, nil
		}
		if taken[q] {
			for _, m := range ms {
				if m.i == q {
					return items, m
				}
			}
			return items, nil
		}
		e := d.listItemEnd(toks, q, taken)
		if e < 0 {
			return items, nil
		}
		items = append(items, &mention{i: q, j: e, name: tokText(d.text, toks, q, e), guess: true})
		p = e
	}
}

// listItemEnd returns the end of an unknown name listed at token q, or -1:
// capitalised words, not a number, a month, a first name or a stop word,
// followed by a separator or by the end of the list.
func (d *docState) listItemEnd(toks []Token, q int, taken []bool) int {
	lang := d.x.Lang
	t := toks[q]
	if lang.is(wsNumbers, &t) || lang.is(wsStop, &t) || d.x.Ref.FirstName(t.Text) || lang.Honorifics[t.Fold] {
		return -1 // not "la Pologne et la Tchécoslovaquie, et M. Chamberlain"
	}
	if lang.is(wsMonths, &t) {
		return -1
	}
	e := q
	for e < len(toks) && e-q < 4 && !taken[e] && (toks[e].Cap && !toks[e].Punct || e > q && (toks[e].Text == "&" || toks[e].Text == "-")) {
		e++
	}
	if e == q {
		return -1
	}
	if e < len(toks) && !toks[e].Cap && d.isDemonym(toks, e) && (e+1 == len(toks) || toks[e+1].Text == ".") {
		return e // "… et la National Crime Agency britannique."
	}
	if e == len(toks) || d.pastSeparator(toks, e) > e || toks[e].Text == "." || toks[e].Text == ";" || toks[e].Text == ")" {
		return e
	}
	if d.lastItem(toks, q) && d.verbAt(toks, e) {
		return e // "Visa, Mastercard et Mercado Pago se retirent": the list's last item, its verb after it
	}
	return -1
}

// lastItem reports whether a conjunction, perhaps with an article after
// it, stands right before toks[q]: the item there is a list's last.
func (d *docState) lastItem(toks []Token, q int) bool {
	lang := d.x.Lang
	if q > 0 && lang.is(wsNameArticles, &toks[q-1]) {
		q--
	}
	return q > 0 && lang.is(wsAndJoin, &toks[q-1])
}

// verbAt reports whether a verb group starts at toks[e]: a verb of the
// frame table, an auxiliary, a negation's "ne" or a pronoun before the
// verb ("se retirent", "withdrew", "ont quitté", "n'ont pas signé").
func (d *docState) verbAt(toks []Token, e int) bool {
	fr := &d.x.Lang.Frames
	if toks[e].Cap || toks[e].Punct || e > 0 && !strings.ContainsAny(d.text[toks[e-1].End:toks[e].Start], " \t\n") {
		return false // not "Nobel Women's Initiative": a word glued to the name
	}
	_, n := fr.verbs.matchGap(toks, e, &fr.adverb)
	return n > 0 || fr.aux.at(toks, e) > 0 || fr.negPre.at(toks, e) > 0 || fr.reflexive.at(toks, e) > 0
}

// pastSeparator returns the token after the separator of two list items
// at p (a comma or a conjunction, then an article; a nationality
// adjective or an acronym in brackets of the item before may come
// first), or p.
func (d *docState) pastSeparator(toks []Token, p int) int {
	start, q := p, p
	if q < len(toks) && !toks[q].Cap && d.isDemonym(toks, q) {
		p++ // "le FBI américain, …": the item's nationality
		q++
	} else if acronymInBrackets(toks, q) {
		p += 3 // "Amazon Web Services (AWS), …": the item's acronym
		q += 3
	}
	if q < len(toks) && toks[q].Text == "," {
		q++
	}
	if q < len(toks) && d.x.Lang.is(wsAndJoin, &toks[q]) {
		q++
	}
	if q == p {
		return start
	}
	return q + d.x.Lang.Frames.article.at(toks, q)
}
