package extract

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// Events named after the initiative or body they belong to: "la
// troisième réunion de la CRI", "the fourth meeting of the International
// Counter Ransomware Initiative", "le tout premier sommet du PMIA", "the
// Counter Ransomware Initiative meeting"; and the references to the
// event under discussion ("the gathering", "ce premier sommet").

// ordinalAt returns the number of the ordinal at toks[i] ("troisième",
// "fourth", "5e", "4th"), or 0.
func (l *Language) ordinalAt(toks []Token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	if n, ok := wordValue(l, wsOrdinals, l.Ordinals, &toks[i]); ok {
		return n
	}
	w := toks[i].Fold
	if n := romanOrdinal(l, toks[i].Text, w); n > 0 {
		return n // "XVIIIe", "IIIrd"
	}
	if n := bareRoman(toks[i].Text); n > 0 && i+1 < len(toks) && toks[i+1].Cap && !toks[i+1].Punct {
		return n // "the XIII Commonwealth Games"
	}
	if w == "" || w[0] < utf8.RuneSelf && (w[0] < '0' || w[0] > '9') {
		return 0 // no figure first
	}
	k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
	if k <= 0 || !l.OrdSuffixes[w[k:]] {
		return 0
	}
	n, err := strconv.Atoi(w[:k])
	if err != nil {
		return 0
	}
	return n
}

// romanOrdinal returns the number of an ordinal written in roman
// figures, capitals then a suffix of the language's ordinals ("XVIIIe"),
// or 0.
func romanOrdinal(l *Language, text, fold string) int {
	k := 0
	for k < len(text) && strings.IndexByte("IVXLC", text[k]) >= 0 {
		k++
	}
	if k == 0 || k == len(text) || !l.OrdSuffixes[fold[k:]] || k == 1 && strings.IndexByte("IVX", text[0]) < 0 {
		return 0 // not "Le", "Ce"
	}
	return romanNumber(text[:k])
}

// bareRoman returns the number written in two roman figures or more with
// no suffix ("XIII"), or 0.
func bareRoman(text string) int {
	if len(text) < 2 || strings.Trim(text, "IVXLC") != "" {
		return 0
	}
	return romanNumber(text)
}

// romanNumber returns the number that the roman figures of s write.
func romanNumber(s string) int {
	n := 0
	for q := 0; q < len(s); q++ {
		v := romanValue(s[q])
		if q+1 < len(s) && romanValue(s[q+1]) > v {
			v = -v
		}
		n += v
	}
	return max(n, 0)
}

// romanValue is the value of a roman figure among I, V, X, L, C.
func romanValue(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 100
}

// ownerPrep reports whether w introduces what a name belongs to: "de",
// "du", "of" (a name preposition that says no topic).
func (l *Language) ownerPrep(w string) bool {
	return l.NamePreps[w] && !l.TopicPreps[w] && !l.CapsPreps[w] && !l.LowerPreps[w]
}

// eventOf returns the event named at toks[i] after the initiative or
// body it belongs to, with that owner's mention and its ordinal, or nil.
// The owner may be the initiative under discussion, named by an
// anaphora ("la troisième réunion de l'initiative"), a possessive ("its
// inaugural conference") or not at all ("la réunion de l'an passé",
// "last year's meeting": its year is said).
func (d *docState) eventOf(toks []Token, ms mentions, i int) *mention {
	lang := d.x.Lang
	ev := func(b, e int, owner *mention, ord int) *mention {
		return &mention{i: b, j: e, kind: pledgegraph.KindEvent, name: tokText(d.text, toks, b, e), owner: owner, ordinal: ord}
	}
	// "the Counter Ransomware Initiative meeting"
	if m := ownerAt(ms, i); m != nil && m.j < len(toks) && lang.is(wsEventHeads, &toks[m.j]) && !possessive(d.text, toks, m.j) {
		return ev(i, d.topicAfter(toks, ms, m.j+1), m, 0)
	}
	if m := d.placeEvent(toks, ms, i); m != nil {
		return m
	}
	if m := pairEvent(d.text, toks, ms, i, lang); m != nil {
		return m
	}
	if m := d.bodyEdition(toks, ms, i); m != nil {
		return m
	}
	if m := d.possessiveEvent(toks, ms, i); m != nil {
		return m
	}
	if m := d.qualifiedEvent(toks, ms, i); m != nil {
		return m
	}
	h, ord := i, lang.ordinalAt(toks, i)
	if ord > 0 {
		h = d.afterModifiers(toks, i+1)
	}
	if h >= len(toks) || !lang.is(wsEventHeads, &toks[h]) || ms.endAt(h) > h {
		return nil
	}
	p := h + 1
	for p < len(toks) && p-h <= 2 && !toks[p].Cap && lang.adjective(toks[p].Fold) {
		p++ // "réunion annuelle de"
	}
	if p >= len(toks) || !lang.ownerPrep(toks[p].Fold) {
		return nil
	}
	p = d.attendeesAfter(toks, p+1)
	named := func(q, r int) bool {
		return slices.ContainsFunc(ms, func(m *mention) bool { return m.i >= q && m.i < r })
	}
	if n := lang.Anaphora.MatchAt(toks, p); n > 0 && d.cur != "" && !named(p, p+n) {
		return ev(i, p+n, &mention{i: p, j: p + n, id: d.cur, kind: pledgegraph.KindInitiative, anaphora: true}, ord)
	}
	if n, off := lang.relYearAt(toks, p); n > 0 && d.cur != "" && !named(p, p+n) {
		m := ev(i, p+n, &mention{i: p + n, j: p + n, id: d.cur, kind: pledgegraph.KindInitiative, anaphora: true}, ord)
		m.year = d.yearFrom(off)
		return m
	}
	for p < len(toks) && lang.is(wsNameArticles, &toks[p]) {
		p++
	}
	for k := p; k < len(toks) && k-p <= 3; k++ {
		if m := ownerAt(ms, k); m != nil {
			return ev(i, d.topicAfter(toks, ms, m.j), m, ord)
		}
		if !toks[k].Cap || toks[k].Punct || ms.endAt(k) > k {
			break // "International" before "Counter Ransomware Initiative"
		}
	}
	return nil
}

// attendeesAfter returns where the owner of an event begins when the
// words at toks[p], after the event's head and its preposition, name those
// who meet rather than their body ("sommet des dirigeants de l'APEC",
// "meeting of the foreign ministers of the G7", "réunion des ministres des
// Affaires étrangères du G7"); else p.
func (d *docState) attendeesAfter(toks []Token, p int) int {
	lang := d.x.Lang
	q := p + lang.Frames.article.at(toks, p)
	_, n := lang.Frames.standin.match(toks, q)
	if n == 0 && q+1 < len(toks) && !toks[q].Cap && !toks[q].Punct && !lang.is(wsStop, &toks[q]) {
		_, n = lang.Frames.standin.match(toks, q+1) // "the foreign ministers", "des hauts responsables"
		n += min(n, 1)
	}
	if n == 0 || toks[q+n-1].Cap {
		return p
	}
	e := max(q+n, remitEnd(lang, toks, q+n-1))
	if e < len(toks) && lang.ownerPrep(toks[e].Fold) {
		return e + 1
	}
	return p
}

// topicAfter returns where the name of an event that ends with its
// owner at toks[j] ends when a complement of topic follows the owner
// ("Forum de l'UE sur l'internet", "OECD Forum on the Digital
// Economy"); else j.
func (d *docState) topicAfter(toks []Token, ms mentions, j int) int {
	lang := d.x.Lang
	if j >= len(toks) || !lang.TopicPreps[toks[j].Fold] {
		return j
	}
	taken := func(q int) bool { return slices.ContainsFunc(ms, func(m *mention) bool { return m.i <= q && q < m.j }) }
	if c := (nameScan{lang: lang, d: d, toks: toks, taken: taken}).complements(j); c.n > 0 {
		return c.end
	}
	return j
}

// bodyEdition returns the event named at toks[i] by an ordinal or a
// relative year and the name of a body whose head names its meetings too
// ("Forum"): "the 49th Pacific Islands Forum", "le 14e Forum sur la
// gouvernance de l'internet", "this year's Pacific Islands Forum"; or
// nil. The body owns the event.
func (d *docState) bodyEdition(toks []Token, ms mentions, i int) *mention {
	lang := d.x.Lang
	p, ord, year := i+1, lang.ordinalAt(toks, i), 0
	if ord == 0 {
		n, off := lang.relYearAt(toks, i)
		if n == 0 || i+n >= len(toks) || !possessive(d.text, toks, i+n) {
			return nil
		}
		p, year = i+n+1, d.yearFrom(off)
	}
	m := ownerAt(ms, p)
	if m == nil || !m.isKind(pledgegraph.KindOrganization) {
		return nil
	}
	h := m.j - 1
	if lang.HeadFirst {
		h = m.i
	}
	if !lang.EventBodies[toks[h].Fold] {
		return nil
	}
	return &mention{i: i, j: m.j, kind: pledgegraph.KindEvent, name: tokText(d.text, toks, i, m.j), owner: m, ordinal: ord, year: year}
}

// placeEvent returns the event named at toks[i] by a place, an acronym
// or a capitalised word after a definite article and a head in lower
// case, with the ordinal before them and a capitalised topic after them:
// "The Hague summit", "the second REAIM summit", "the Lima summit", "the
// London conference on the Suez Canal"; or nil.
func (d *docState) placeEvent(toks []Token, ms mentions, i int) *mention {
	lang := d.x.Lang
	b, ord := i, lang.ordinalAt(toks, i)
	if ord > 0 {
		i++
	}
	e := i + 1
	if m := ms.at(i); m != nil && (m.placeLike() || glued(toks, i+1)) {
		e = m.j
	} else if i >= len(toks) || !(toks[i].Upper || toks[i].Cap && b > 0 && lang.is(wsDefinite, &toks[b-1])) || ms.endAt(i) > i {
		return nil // "the REAIM summit", "the Lima summit"
	}
	e = hyphenSuffix(toks, e) // "the EU-Japan summit", "the Ise-Shima summit"
	if !lang.HeadFirst {
		e = d.afterModifiers(toks, e) // "the ACTA signing ceremony", "the G20 leaders' summit"
	}
	if e >= len(toks) || toks[e].Cap || !lang.is(wsEventHeads, &toks[e]) || lang.OwnedOnly[toks[e].Fold] || possessive(d.text, toks, e) {
		return nil
	}
	if ord == 0 {
		b = i
	}
	j := e + 1
	taken := func(q int) bool {
		return slices.ContainsFunc(ms, func(m *mention) bool { return m.i <= q && q < m.j && !m.placeLike() })
	}
	if c := (nameScan{lang: lang, d: d, toks: toks, taken: taken}).complements(j); c.n > 0 && c.topic && c.firstCap {
		j = c.end // "the London conference on the Suez Canal"
	}
	return &mention{i: b, j: j, kind: pledgegraph.KindEvent, name: tokText(d.text, toks, b, j), ordinal: ord}
}

// qualifiedEvent returns the event named in lower case at toks[i] by a
// head of events' names, the adjectives that qualify it and the
// complement after them, after a determiner or a preposition and an
// ordinal perhaps: "la conférence internationale de l'aviation civile",
// "the first ministerial conference on digitalisation"; or nil. Without
// an adjective or without a complement ("the ministerial meeting", « la
// conférence de paix ») the words name an event only when a frame that
// says where, when or by whom it was held follows them (« la conférence
// monétaire et économique, ouverte le 12 juin », « la conférence de
// dialogue national s'est ouverte vendredi à Doha »);
// with an adjective of time ("la prochaine réunion de …") they name
// none; nor with an owner's name after them (see eventOf).
func (d *docState) qualifiedEvent(toks []Token, ms mentions, i int) *mention {
	lang := d.x.Lang
	if i == 0 || i >= len(toks) || lang.Frames.article.at(toks, i-1) == 0 && !lang.ownerPrep(toks[i-1].Fold) {
		return nil
	}
	b, ord := i, lang.ordinalAt(toks, i)
	if ord > 0 {
		i++ // "la première conférence mondiale de la population"
	}
	h, e := i, i
	if lang.HeadFirst {
		e = i + 1
	} else {
		for h < len(toks) && h < i+2 && d.eventAdjective(toks, h) {
			h++
		}
		e = h + 1
	}
	if h >= len(toks) || toks[h].Cap || !lang.is(wsEventHeads, &toks[h]) || ms.endAt(h) > h || ms.at(h) != nil {
		return nil
	}
	named := h > i
	for lang.HeadFirst && e < len(toks) && e < h+3 && d.eventAdjective(toks, e) {
		e++
		for e < len(toks) && hyphenated(d.text, toks, e) {
			e++ // "euro-méditerranéenne"
		}
		if e+1 < len(toks) && lang.NameAnd[toks[e].Fold] && d.eventAdjective(toks, e+1) {
			e += 2 // "monétaire et économique"
		}
		named = true
	}
	if e < len(toks) && lang.ownerPrep(toks[e].Fold) {
		k := e + 1
		for k < len(toks) && lang.is(wsNameArticles, &toks[k]) {
			k++
		}
		if ownerAt(ms, k) != nil {
			return nil // "la réunion ministérielle de l'OCDE": named after its owner (see eventOf)
		}
	}
	taken := func(q int) bool { return slices.ContainsFunc(ms, func(m *mention) bool { return m.i <= q && q < m.j }) }
	var c complement
	if !lang.durationAt(toks, e) {
		c = (nameScan{lang: lang, d: d, toks: toks, taken: taken}).complements(e)
		e = max(e, c.end)
	}
	if !named && c.n == 0 {
		return nil // a head alone: "the meeting"
	}
	if (!named || c.n == 0) && !lang.happensAt(toks, e) {
		return nil // adjectives or a complement alone name an event held somewhere, some day
	}
	return &mention{i: b, j: e, kind: pledgegraph.KindEvent, name: tokText(d.text, toks, i, e), ordinal: ord} // named without its ordinal
}

// durationAt reports whether a complement of duration opens at toks[p]:
// a preposition and a number or an indefinite article (« de deux jours
// », « d'une semaine », "of three days"), no part of a name.
func (l *Language) durationAt(toks []Token, p int) bool {
	if p+1 >= len(toks) || !l.ownerPrep(toks[p].Fold) {
		return false
	}
	q := &toks[p+1]
	return q.Number && len(q.Text) != 4 || l.is(wsNumbers, q) || l.Indefinite.MatchAt(toks, p+1) == 1 // not "de 1902", a year
}

// happensAt reports whether an event frame whose event comes first opens
// at toks[p], after a comma perhaps: "s'est tenue à", "held in", or its
// first words before a date ("ouverte le 12 juin", « s'est ouverte
// vendredi », "held on 3 May").
func (l *Language) happensAt(toks []Token, p int) bool {
	if p < len(toks) && toks[p].Text == "," {
		p++
	}
	if fr, _ := l.frameAt(toks, p); fr != nil && fr.Before == RoleEvent {
		return true
	}
	if p >= len(toks) {
		return false
	}
	for _, fr := range l.frames[toks[p].Fold] {
		if fr.Before != RoleEvent {
			continue
		}
		for k := 1; k < len(fr.Phrase); k++ {
			if matchPhrase(toks, p, fr.Phrase[:k]) && dateGapAt(toks, p+k) > 0 {
				return true
			}
		}
	}
	return false
}

// eventAdjective reports whether toks[q] is a lower-case adjective that
// may name an event with its head ("internationale", "ministerial",
// "euro-méditerranéenne"), not one of time ("annuelle", "prochaine").
func (d *docState) eventAdjective(toks []Token, q int) bool {
	t := &toks[q]
	if t.Cap || t.Punct || t.Number || d.x.Lang.EventTimeAdj[t.Fold] {
		return false
	}
	return d.x.Lang.EventAdj[t.Fold] || d.x.Lang.adjective(t.Fold) || d.isDemonym(toks, q) || q+1 < len(toks) && hyphenated(d.text, toks, q+1) && d.x.Lang.adjective(toks[q+1].Fold)
}

// possessiveEnd reports whether the apostrophe at toks[q] ends the
// plural word before it, glued to it: "leaders'".
func possessiveEnd(toks []Token, q int) bool {
	return toks[q-1].End == toks[q].Start && strings.HasSuffix(toks[q-1].Fold, "s")
}

// pairEvent returns the event named at toks[i] by a head in lower case
// and the names it brings together, joined by hyphens after it: "le
// sommet UE-Japon", "le sommet Chine-Afrique"; or nil.
func pairEvent(text string, toks []Token, ms mentions, i int, lang *Language) *mention {
	if i+2 >= len(toks) || toks[i].Cap || !lang.is(wsEventHeads, &toks[i]) || lang.OwnedOnly[toks[i].Fold] || !toks[i+1].Cap || toks[i+1].Punct {
		return nil
	}
	e := i + 2
	if m := ms.at(i + 1); m != nil {
		e = max(e, m.j) // "UE-Japon" may be one mention
	}
	f := hyphenSuffix(toks, e)
	if !glued(toks, i+2) {
		return nil
	}
	return &mention{i: i, j: f, kind: pledgegraph.KindEvent, name: tokText(text, toks, i, f)}
}

// at returns the mention that starts at toks[q], or nil.
func (ms mentions) at(q int) *mention {
	for _, m := range ms {
		if m.i == q {
			return m
		}
	}
	return nil
}

// afterModifiers returns the index of the event's head after an ordinal
// or a name at toks[q-1] and up to two words in lower case that qualify
// it ("fourth annual summit", "troisième grande réunion", "the ACTA
// signing ceremony", "the G20 leaders' summit"), or q. A date or a head
// that names no event alone ends the search ("Moscow last week").
func (d *docState) afterModifiers(toks []Token, q int) int {
	lang := d.x.Lang
	for h := q; h < len(toks) && h <= q+2; h++ {
		t := &toks[h]
		if lang.is(wsEventHeads, t) && (h == q || !lang.NameOnly[t.Fold]) {
			return h
		}
		if lang.is(wsEventHeads, t) || t.may(lexDate) {
			break
		}
		if t.Text == "'" && h > q && possessiveEnd(toks, h) {
			continue // "leaders'"
		}
		if t.Cap || t.Punct || t.Number || lang.is(wsStop, t) || lang.is(wsNamePreps, t) {
			break
		}
	}
	return q
}

// ownerAt returns the mention of an initiative or a body that starts at
// toks[q], or nil.
func ownerAt(ms mentions, q int) *mention {
	for _, m := range ms {
		if m.i == q && m.isKind(pledgegraph.KindInitiative, pledgegraph.KindOrganization) {
			return m
		}
	}
	return nil
}

// possessiveEvent returns the event at toks[i] that a possessive or a
// relative year names, of the initiative the sentence named before or
// of the one under discussion: "its inaugural conference", "son premier
// sommet", "last year's meeting"; or nil.
func (d *docState) possessiveEvent(toks []Token, ms mentions, i int) *mention {
	lang := d.x.Lang
	h, year := i+1, 0
	if n, off := lang.relYearAt(toks, i); n > 0 && i+n < len(toks) && possessive(d.text, toks, i+n) {
		h, year = i+n+1, d.yearFrom(off)
	} else if !lang.is(wsPossessives, &toks[i]) {
		return nil
	}
	b := h
	ord := lang.ordinalAt(toks, h)
	if ord > 0 {
		h = d.afterModifiers(toks, h+1)
	}
	if h >= len(toks) || !lang.is(wsEventHeads, &toks[h]) || lang.OwnedOnly[toks[h].Fold] || ms.endAt(h) > h || h+1 < len(toks) && lang.ownerPrep(toks[h+1].Fold) {
		return nil
	}
	o := possessor(ms, i, d.cur, lang.PluralPoss[toks[i].Fold])
	if o == nil {
		return nil
	}
	m := &mention{i: b, j: h + 1, kind: pledgegraph.KindEvent, name: tokText(d.text, toks, b, h+1), owner: o, ordinal: ord, year: year}
	if year > 0 {
		m.i = i // "last year's meeting"
		m.name = tokText(d.text, toks, i, h+1)
		o.i, o.j = h+1, h+1
	} else if o.kind == pledgegraph.KindOrganization && ord == 0 {
		m.name, m.owned = d.ownedEventName(o, m.name), true // "leur sommet": the Commonwealth's, "sommet du Commonwealth"
	}
	return m
}

// ownedEventName names the event that a possessive and its head (head:
// "sommet", "summit") say the body o holds: "sommet du Commonwealth",
// "G7 summit", the body's name in the text's language.
func (d *docState) ownedEventName(o *mention, head string) string {
	owner := o.name
	if o.entry != nil {
		owner, _, _ = o.entry.nameIn(d.x.Lang.Code)
	}
	eo := d.x.Lang.EventOf
	switch {
	case owner == "":
		return head
	case eo.OwnerFirst:
		return owner + " " + head
	case eo.Vowel != "" && strings.ContainsRune("aeiouyh", firstLower(d.fold(owner))):
		return head + " " + eo.Vowel + "'" + owner // the lexicon writes the elided article without its apostrophe
	case eo.Prep != "":
		return head + " " + eo.Prep + " " + owner
	}
	return head
}

// relYearAt returns the length of the relative year at toks[i] ("l'an
// passé", "last year") and its offset in years, or 0, 0.
func (l *Language) relYearAt(toks []Token, i int) (int, int) {
	if i >= len(toks) || !toks[i].may(lexDate) {
		return 0, 0 // a relative year's first word is a date word
	}
	for _, rp := range l.relYears {
		if matchPhrase(toks, i, rp.phrase) {
			return len(rp.phrase), rp.off
		}
	}
	return 0, 0
}

// yearFrom returns the year off years from the publication's, or from
// the last year the text gave; 0 when neither is known.
func (d *docState) yearFrom(off int) int {
	switch {
	case !d.doc.Published.IsZero():
		return d.doc.Published.Year + off
	case !d.yearCtx.IsZero():
		return d.yearCtx.Year + off
	}
	return 0
}

// possessor returns a mention, at the possessive toks[i], of the last
// initiative named before it (of the last body, for a plural
// possessive), else of the last body, else of cur, or nil.
func possessor(ms mentions, i int, cur pledgegraph.EntityID, plural bool) *mention {
	var last, body *mention
	for _, m := range ms {
		if m.j <= i && m.kind == pledgegraph.KindInitiative {
			last = m
		}
		if m.j <= i && m.kind == pledgegraph.KindOrganization {
			body = m // "L'ASEAN a lancé, à l'issue de son 32e sommet, …"
		}
	}
	if last == nil || plural && body != nil {
		last = body // "les dirigeants du Commonwealth ont adopté une déclaration au dernier jour de leur sommet": theirs
	}
	switch {
	case last != nil:
		return &mention{i: i, j: i + 1, kind: last.kind, name: last.name, entry: last.entry, cands: last.cands, id: last.id, anaphora: true}
	case cur != "":
		return &mention{i: i, j: i + 1, id: cur, kind: pledgegraph.KindInitiative, anaphora: true}
	}
	return nil
}

// eventRef returns the span of a reference to the event under
// discussion at toks[i] ("the gathering", "ce premier sommet": the head
// and its ordinal, the determiner left out), or i, i.
func (d *docState) eventRef(toks []Token, i int) (int, int) {
	lang := d.x.Lang
	if i >= len(toks) || !(lang.is(wsDefinite, &toks[i]) || lang.is(wsDemonstrative, &toks[i])) {
		return i, i
	}
	b := i + 1
	h := b
	if lang.ordinalAt(toks, b) > 0 {
		h++
	}
	if h >= len(toks) || !lang.is(wsEventHeads, &toks[h]) || lang.NameOnly[toks[h].Fold] || lang.OwnedOnly[toks[h].Fold] {
		return i, i
	}
	// "le sommet de Tallinn": a name, not a reference; but "the
	// conference on Saturday"
	if h+2 < len(toks) && lang.is(wsNamePreps, &toks[h+1]) && (toks[h+2].Cap && !lang.dayOrMonth(toks[h+2].Fold) || lang.is(wsNameArticles, &toks[h+2])) {
		return i, i
	}
	return b, h + 1
}

// dayOrMonth reports whether the folded word w names a day of the week
// or a month.
func (l *Language) dayOrMonth(w string) bool {
	_, day := l.Weekdays[w]
	return day || l.Months[w] > 0
}

// refMention returns the mention of the event that the reference at
// toks[b:e] refers to (see eventRef): the event last named; before any,
// when the head names events after their place ("la conférence"), the
// event named after the story's place (see storyPlace), once it is
// known; else nil.
func (d *docState) refMention(toks []Token, b, e int) *mention {
	if d.lastEvent != "" {
		return &mention{i: b, j: e, kind: pledgegraph.KindEvent, id: d.lastEvent}
	}
	pat := d.x.Lang.PlacedNames[toks[e-1].Fold]
	if pat == "" {
		return nil
	}
	if d.at != nil && (len(d.unnamedRefs) == 0 || d.unnamedRefs[len(d.unnamedRefs)-1][0] != d.at.Start) {
		d.unnamedRefs = append(d.unnamedRefs, [2]int{d.at.Start, d.at.End})
	}
	if d.places.event == "" {
		return nil
	}
	return &mention{i: b, j: e, kind: pledgegraph.KindEvent, name: placedName(pat, d.places.event)}
}

// placedName returns the name of an event after its place by the
// pattern pat of the lexicon's placedevent or placedinit (see forPlace).
func placedName(pat, place string) string {
	return strings.Replace(forPlace(pat, place), "%s", place, 1)
}

// forPlace returns the pattern of pat that serves place: its second,
// after "|", when there is one and the place's name opens on a vowel
// ("Conférence d'Alvor"), else its first.
func forPlace(pat, place string) string {
	first, vowel, two := strings.Cut(pat, "|")
	if two && strings.ContainsRune("aeiouy", firstRune(foldWord(place))) {
		return vowel
	}
	return first
}

// storyPlace returns the name of the place a story about an event it
// never names is told from, after which that event is named: the place
// of its dateline, else the first after a preposition of meeting in a
// sentence that refers to the event (« la conférence, qui s'est achevée
// samedi à Nairobi »), else the first its headline names ("DANS LES
// COULOIRS DE BELGRADE", "What happened at Zimmerwald"), else the
// first after a preposition of meeting ("les délégations réunies à
// Belgrade"); not a region of the world ("Sommet d'Afrique"); "" when
// the text names an event or no such place.
func (d *docState) storyPlace() string {
	for _, e := range d.ents {
		if e.Kind == pledgegraph.KindEvent {
			return ""
		}
	}
	if line := d.linePlaceName(); line != "" {
		return line
	}
	ref, head, met := d.meetPlaces(d.unnamedRefs)
	return cmp.Or(ref, head, met)
}

// unnamedPlaces returns the places after which a second reading names
// the event the text refers to in two sentences or more and never names
// (see storyPlace) and the initiatives it speaks of as "the declaration"
// and never names (see initPlace).
func (d *docState) unnamedPlaces() storyPlaces {
	var p storyPlaces
	if len(d.unnamedRefs) > 1 {
		p.event = d.storyPlace()
	}
	for _, r := range d.unnamedInit {
		same := func(c placedRef) bool { return c.head == r.head }
		if r.how == refDefinite && !slices.ContainsFunc(d.unnamedInit, func(c placedRef) bool { return same(c) && c.how == refCreating }) &&
			slices.ContainsFunc(d.unnamedInit, func(c placedRef) bool { return same(c) && c.span != r.span }) {
			if p.heads == nil {
				p.heads = map[string]bool{}
			}
			p.heads[r.head] = true
		}
	}
	if len(p.heads) > 0 {
		p.initiative = d.initPlace()
	}
	return p
}

// initPlace returns the name of the place after which an initiative the
// text speaks of and never names is named: a place the reference data
// knows, the first after a preposition of meeting in a sentence that
// speaks of it (« une déclaration commune, signée à Brioni », "a
// convention was signed at Belgrade"), or "". Where the text says an
// event was held, or its dateline, says nothing of where a text was made.
func (d *docState) initPlace() string {
	spans := make([][2]int, len(d.unnamedInit))
	for k, r := range d.unnamedInit {
		spans[k] = r.span
	}
	if ref, _, _ := d.meetPlaces(spans); ref != "" && d.x.Ref.placeNamed(ref) {
		return ref
	}
	return ""
}

// meetPlaces returns the names of the first places, not regions of the
// world, after a preposition of meeting in one of the sentence spans
// (ref), in the headline (head: see capsAfterMeet) and anywhere (met).
func (d *docState) meetPlaces(spans [][2]int) (ref, head, met string) {
	if d.headEnd > 0 {
		head = d.x.Lang.capsAfterMeet(d.text[:d.headEnd])
	}
	for _, m := range d.ments {
		e := d.ents[m.Entity]
		if e == nil || e.Kind != pledgegraph.KindPlace || d.regions[m.Entity] {
			continue
		}
		name := d.placeName(m)
		meet := d.x.Lang.MeetPreps[wordBefore(d.text, m.Start)]
		switch {
		case meet && slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= m.Start && m.End <= s[1] }):
			ref = cmp.Or(ref, name)
		case m.End <= d.headEnd:
			head = cmp.Or(head, name)
		case meet:
			met = cmp.Or(met, name)
		}
	}
	return ref, head, met
}

// linePlaceName returns the name of the place the dateline opens on,
// when it is no region of the world, or "".
func (d *docState) linePlaceName() string {
	if m, ok := d.linePlace(); ok && !d.regions[m.Entity] {
		return d.placeName(m)
	}
	return ""
}

// placedRef is a sentence that speaks of an initiative the text does
// not name, and how.
type placedRef struct {
	span [2]int
	head string // the description's head, folded
	how  refHow
}

// refHow is how a description refers to an initiative the text does not
// name.
type refHow int

const (
	refDefinite   refHow = iota // "la déclaration"
	refIndefinite               // "une déclaration commune", bringing it in
	refCreating                 // "a convention establishing the APSCO": named after what it creates, not after its place
)

// placedInit returns the initiative a description with the head w
// refers to, in a text that never names it: on the first reading, none
// (the sentence is noted); on the second, the one named after the
// initiative's place (see initPlace) when the first met a definite
// description with that head and none that creates something; an
// indefinite one brings in a new text only before any (not "a separate
// declaration" after "the declaration").
func (d *docState) placedInit(w string, how refHow) pledgegraph.EntityID {
	pat := d.x.Lang.PlacedInits[w]
	if pat == "" || d.at == nil {
		return ""
	}
	if d.places.initiative == "" {
		d.unnamedInit = append(d.unnamedInit, placedRef{span: [2]int{d.at.Start, d.at.End}, head: w, how: how})
		return ""
	}
	if !d.places.heads[w] || how == refCreating {
		return ""
	}
	name := placedName(pat, d.places.initiative)
	id := pledgegraph.NewEntityID(pledgegraph.KindInitiative, name)
	if _, ok := d.ents[id]; ok {
		if how != refDefinite {
			return ""
		}
		return id
	}
	d.ents[id] = &pledgegraph.Entity{ID: id, Kind: pledgegraph.KindInitiative, Name: name}
	d.order = append(d.order, id)
	d.named[id] = false
	if d.cur == "" {
		d.cur = id
	}
	return id
}

// placedRefs notes, or adds a mention of (see placedInit), the
// initiative a text never names at a description: an indefinite one
// that brings it in ("ont signé une déclaration commune", "a new
// convention was signed", one adjective before the head at most), or a
// definite one ("la déclaration") while the text has named no
// initiative (the anaphora rules take it up once one is under
// discussion).
func (d *docState) placedRefs(st *sent) {
	lang, toks := d.x.Lang, st.toks
	for i := 0; i+1 < len(toks); i++ {
		b, h, how := i, i, refDefinite // the mention's span, toks[b:h+1]
		if n := lang.Indefinite.MatchAt(toks, i); n > 0 {
			b, h, how = i+n, i+n, refIndefinite
			if h+1 < len(toks) && lang.PlacedInits[toks[h].Fold] == "" && !toks[h].Cap && !toks[h].Punct && !lang.is(wsStop, &toks[h]) {
				h++ // "une nouvelle convention", "a joint declaration"
			}
		} else if n := lang.Anaphora.MatchAt(toks, i); n > 0 && d.cur == "" && len(d.laterHeads) == 0 {
			h = i + n - 1
		} else {
			continue
		}
		if h >= len(toks) || toks[h].Cap || lang.PlacedInits[toks[h].Fold] == "" || mentions(st.ms).overlap(b, h+1) {
			continue
		}
		if how == refIndefinite && lang.DescCreate.within(toks, h+1, len(toks)) {
			how = refCreating
		}
		if id := d.placedInit(toks[h].Fold, how); id != "" {
			d.addReferences(st, []*mention{{i: b, j: h + 1, id: id, kind: pledgegraph.KindInitiative, anaphora: true}})
		}
		i = h
	}
}

// overlap reports whether a mention of ms spans one of toks[i:j].
func (ms mentions) overlap(i, j int) bool {
	return slices.ContainsFunc(ms, func(m *mention) bool { return m.i < j && i < m.j })
}

// placeName returns the name of the place mention m as the text writes
// it, or its entity's name when the text writes it in capitals
// ("BELGRADE, 6 septembre").
func (d *docState) placeName(m pledgegraph.Mention) string {
	if name := d.text[m.Start:m.End]; strings.ToUpper(name) != name {
		return name
	}
	return d.ents[m.Entity].Name
}

// capsAfterMeet returns the capitalised words after the first
// preposition of meeting in the headline head ("Zimmerwald" in "What
// happened at Zimmerwald"), or "".
func (l *Language) capsAfterMeet(head string) string {
	words := strings.Fields(head)
	for k := 0; k+1 < len(words); k++ {
		if !l.MeetPreps[foldWord(words[k])] {
			continue
		}
		e := k + 1
		for e < len(words) && unicode.IsUpper(firstRune(words[e])) {
			e++
		}
		if name := strings.TrimRight(strings.Join(words[k+1:e], " "), ".,:;!?"); strings.ToUpper(name) != name {
			return name // not "TALKS AT GENEVA": a place's name in capitals is read as a mention
		}
		return ""
	}
	return ""
}

// wordBefore returns the word before text[i:], folded ("a" in
// "réunies à Belgrade"), or "".
func wordBefore(text string, i int) string {
	w, _ := lastWord(text[:i])
	return foldWord(w[strings.LastIndexAny(w, "'’(")+1:]) // "(à Belgrade", "qu'à"
}

// registerEvent registers an event named after its owner: the owner
// first, then the edition, one entity for each owner and ordinal (or
// year): "la troisième réunion de l'initiative" and "ce troisième
// rassemblement de la CRI" are one event.
func (d *docState) registerEvent(st *sent, m *mention, sdate DateSpan) {
	key := pledgegraph.NewEntityID(pledgegraph.KindEvent, strings.TrimSpace(strings.TrimSuffix(m.name, strconv.Itoa(m.year))))
	if o := m.owner; o != nil {
		if o.j > o.i {
			d.entity(st.s, o, 0, sdate) // not for "la réunion de l'an passé"
		}
		if o.kind == pledgegraph.KindInitiative && !o.anaphora {
			d.salience[o.id]++
			if d.salience[o.id] >= d.salience[d.cur] {
				d.cur = o.id
			}
		}
		key = o.id
	}
	year := m.year
	switch {
	case year > 0:
	case sdate.Date.Year > 0:
		year = sdate.Date.Year
	case !d.doc.Published.IsZero():
		year = d.doc.Published.Year
	default:
		year = d.yearCtx.Year
	}
	if m.owner == nil && len(d.editions[key]) == 0 {
		key = d.longerEvent(key, m.name)
	}
	this := edition{ord: m.ordinal, year: m.year, dated: year}
	for _, ed := range d.editions[key] {
		if ed.same(this) {
			m.id = ed.id
			e := d.ents[ed.id]
			if !m.anaphora && !m.owned && (d.composed[ed.id] || len(m.name) > len(e.Name) && strings.Contains(d.fold(m.name), d.fold(e.Name))) {
				d.addAlias(e, e.Name) // "son sommet" in the headline, "le premier sommet de la Francophonie" in the text
				e.Name = m.name
				delete(d.composed, ed.id)
			}
			switch {
			case sdate.Date.Year == year && sdate.Date.Month > 0 && !sdate.Relative && e.Start.Month == 0:
				e.Start, e.End = sdate.Date, sdate.End // the headline's edition, dated by the text (not by "ce vendredi")
			case e.Start.IsZero() && year > 0:
				e.Start = pledgegraph.Date{Year: year}
			}
			break
		}
	}
	if m.id == "" {
		d.entity(st.s, m, year, sdate)
		this.id = m.id
		d.editions[key] = append(d.editions[key], this)
	} else {
		d.entity(st.s, m, year, sdate)
	}
	if m.owned {
		d.composed[m.id] = true
	}
}

// longerEvent returns the key of the events named before whose name
// ends with name ("Annual Meeting" after "GFCE Annual Meeting 2018"), or
// key when there are none.
func (d *docState) longerEvent(key pledgegraph.EntityID, name string) pledgegraph.EntityID {
	f := pledgegraph.Fold(name)
	for _, k := range slices.Sorted(maps.Keys(d.editions)) {
		for _, ed := range d.editions[k] {
			g := pledgegraph.Fold(strings.TrimSuffix(d.ents[ed.id].Name, " "+strconv.Itoa(ed.year)))
			if strings.HasSuffix(g, " "+f) {
				return k
			}
		}
	}
	return key
}

// edition is an event named after its owner or by a name, with the
// ordinal and the year its name gives, and the year of its date.
type edition struct {
	id        pledgegraph.EntityID
	ord, year int
	dated     int // from the sentence's or the publication's date
}

// same reports whether the event o, named after this edition, may be
// it: their ordinals agree, or else the years their names give, or else
// the year o's name gives and this one's date ("la réunion de l'an
// passé" is not "la troisième réunion" of this year), or else this
// one's name's year and o's date when o has an ordinal; or else one of
// them is unknown ("the Annual Meeting" after "the GFCE Annual Meeting
// 2018").
func (ed edition) same(o edition) bool {
	switch {
	case o.ord > 0 && ed.ord > 0:
		return o.ord == ed.ord
	case o.year > 0 && ed.year > 0:
		return o.year == ed.year
	case o.year > 0 && ed.dated > 0:
		return o.year == ed.dated
	case ed.year > 0 && o.ord > 0 && o.dated > 0:
		return ed.year == o.dated
	}
	return true
}

// mergeEditions gives a recurring event named without a year (a
// headline's "Forum de Paris sur la paix") to the one edition the text
// dates ("Forum de Paris sur la paix 2019"), when there is one.
func (d *docState) mergeEditions() {
	for _, id := range slices.Clone(d.order) {
		e := d.ents[id]
		if e.Kind != pledgegraph.KindEvent || !e.Start.IsZero() {
			continue
		}
		if r := d.x.Ref.Lookup(e.Name); r == nil || r.Recurring == 0 {
			continue
		}
		var into pledgegraph.EntityID
		n := 0
		for _, o := range d.order {
			if oe := d.ents[o]; o != id && oe.Kind == pledgegraph.KindEvent && !oe.Start.IsZero() &&
				slices.ContainsFunc(oe.Aliases, func(a string) bool { return pledgegraph.Fold(a) == pledgegraph.Fold(e.Name) }) {
				into, n = o, n+1
			}
		}
		if n == 1 {
			d.remap(id, into)
		}
	}
}

// remap makes the mentions, facts and counts of entity from those of
// entity to, and drops from.
func (d *docState) remap(from, to pledgegraph.EntityID) {
	d.recent.reset()
	for k := range d.ments {
		if d.ments[k].Entity == from {
			d.ments[k].Entity = to
		}
	}
	for k := range d.counts {
		if d.counts[k].Initiative == from {
			d.counts[k].Initiative = to
		}
	}
	order, facts := d.forder, d.facts
	d.forder, d.facts = nil, map[pledgegraph.FactID]*pledgegraph.Fact{}
	for _, f := range facts {
		d.bound.kept -= len(f.Evidence) // counted again as they are added again
	}
	for _, fid := range order {
		f := *facts[fid]
		if f.Subject == from {
			f.Subject = to
		}
		if f.Object == from {
			f.Object = to
		}
		d.addFact(f)
	}
	d.order = slices.DeleteFunc(d.order, func(id pledgegraph.EntityID) bool { return id == from })
	delete(d.ents, from)
}

// indefiniteOwner reports whether the name of an initiative is its head
// word, a preposition of an owner and an indefinite article: a description of the
// text of a body yet to be ("la charte d'une Organisation internationale
// du commerce").
func (d *docState) indefiniteOwner(name string) bool {
	toks := Tokenize(name, 0, len(name))
	return len(toks) > 3 && d.x.Lang.ownerPrep(toks[1].Fold) && d.x.Lang.Indefinite.MatchAt(toks, 2) > 0
}

// mergeDescriptions joins an initiative that the text describes by the
// event it comes from ("la déclaration finale du Sommet pour l'action sur
// l'IA", "the final declaration of the Lima Summit"), or an event it
// names in lower case ("le sommet de Paris"), to the one name with the
// same head that the text gives it ("la « Déclaration sur une IA
// inclusive et durable »", "le Sommet pour l'action sur l'IA"), when
// there is one.
func (d *docState) mergeDescriptions() {
	for _, id := range slices.Clone(d.order) {
		e := d.ents[id]
		if e.Kind != pledgegraph.KindInitiative && e.Kind != pledgegraph.KindEvent {
			continue
		}
		first := e.Kind == pledgegraph.KindInitiative // "the declaration of the X Summit", "the Declaration on Y"
		h, lower := d.headWord(e.Name, first)
		indef := e.Kind == pledgegraph.KindInitiative && d.indefiniteOwner(e.Name)
		switch {
		case !lower:
			continue
		case indef:
			// "la charte d'une Organisation internationale du commerce":
			// the text of a body yet to be, "la charte de La Havane"
		case e.Kind == pledgegraph.KindInitiative && d.namesEvent(e.Name):
		case e.Kind == pledgegraph.KindEvent:
			// "le sommet de Paris", "the Paris summit" and "the AI Action Summit"
		default:
			continue
		}
		var into pledgegraph.EntityID
		n := 0
		for _, o := range d.order {
			oe := d.ents[o]
			oh, olower := d.headWord(oe.Name, first)
			if o != id && oe.Kind == e.Kind && (!olower || indef) && oh == h && sameYear(oe, e) && (first || d.namesAgree(e, o)) {
				into, n = o, n+1
			}
		}
		if n == 1 {
			d.addAlias(d.ents[into], e.Name)
			d.remap(id, into)
		}
	}
}

// mergeOwnerless joins an initiative named by its head and its subject
// alone ("Accord sur les pandémies", "the Agreement on Pandemics") to the
// one name the text gives it with the body it is of too ("l'accord de
// l'Organisation mondiale de la santé sur les pandémies", "the WHO
// Agreement on Pandemics"), when there is one; not to one of a place
// ("la Charte d'Athènes pour des hôpitaux sûrs") or another head ("the
// Second Additional Protocol to the Convention on Cybercrime").
func (d *docState) mergeOwnerless() {
	for _, id := range slices.Clone(d.order) {
		e := d.ents[id]
		if e == nil || e.Kind != pledgegraph.KindInitiative {
			continue
		}
		words := strings.Fields(pledgegraph.Fold(e.Name))
		if len(words) < 3 || !d.x.Lang.TopicPreps[words[1]] {
			continue
		}
		topic := " " + strings.Join(words[1:], " ")
		var into pledgegraph.EntityID
		n := 0
		for _, o := range d.order {
			oe := d.ents[o]
			if o == id || oe == nil || oe.Kind != pledgegraph.KindInitiative {
				continue
			}
			f := pledgegraph.Fold(oe.Name)
			ow := strings.Fields(f)
			if len(ow) <= len(words) || !strings.HasSuffix(f, topic) {
				continue
			}
			owner := ow[:len(ow)-len(words)+1] // the head with the owner's words before or after it
			if owner[0] == words[0] && d.x.Lang.ownerPrep(owner[1]) && d.namesBody(owner[2:]) || owner[len(owner)-1] == words[0] && d.namesBody(owner[:len(owner)-1]) {
				into, n = o, n+1
			}
		}
		if n == 1 {
			d.addAlias(d.ents[into], e.Name)
			d.remap(id, into)
		}
	}
}

// namesBody reports whether the folded words name an organisation of
// the document, by its name or an alias ("organisation mondiale de la
// sante", "who").
func (d *docState) namesBody(words []string) bool {
	f := pledgegraph.Fold(strings.Join(words, " "))
	for _, id := range d.order {
		e := d.ents[id]
		if e == nil || e.Kind != pledgegraph.KindOrganization {
			continue
		}
		if pledgegraph.Fold(e.Name) == f || slices.ContainsFunc(e.Aliases, func(a string) bool { return pledgegraph.Fold(a) == f }) {
			return true
		}
	}
	return false
}

// headWord returns the folded head word of a name: unless first is set,
// its first word that heads events; else its first word when first is
// set or the language's names put it first, else its last but a year;
// and whether it is written in lower case ("le sommet de Paris",
// "the Paris summit").
func (d *docState) headWord(name string, first bool) (string, bool) {
	words := strings.Fields(name)
	for _, w := range words {
		if !first && d.x.Lang.EventHeads[pledgegraph.Fold(w)] {
			return pledgegraph.Fold(w), unicode.IsLower(firstRune(w)) // "Lima Summit on Undersea Cables"
		}
	}
	if !first && !d.x.Lang.HeadFirst {
		for len(words) > 1 {
			if _, err := strconv.Atoi(words[len(words)-1]); err != nil {
				break
			}
			words = words[:len(words)-1]
		}
		words = words[max(0, len(words)-1):]
	}
	if len(words) == 0 {
		return "", false
	}
	return pledgegraph.Fold(words[0]), unicode.IsLower(firstRune(words[0]))
}

// namesAgree reports whether each capitalised word of the description
// e is in the name of the entity o, or names a place where o is held
// ("le sommet de Paris" and "le Sommet pour l'action sur l'IA", held in
// Paris; not "the REAIM summit" and "the Lima Digital Summit"), and
// whether o's name has the figures of e's ordinal ("son 32e sommet" is
// not "le Sommet mondial des villes").
func (d *docState) namesAgree(e *pledgegraph.Entity, o pledgegraph.EntityID) bool {
	name := " " + pledgegraph.Fold(d.ents[o].Name) + " "
	for _, w := range strings.Fields(e.Name) {
		if unicode.IsDigit(firstRune(w)) && !strings.Contains(name, " "+pledgegraph.Fold(w)+" ") {
			return false
		}
		if !unicode.IsUpper(firstRune(w)) {
			continue
		}
		f := pledgegraph.Fold(w)
		if strings.Contains(name, " "+f+" ") || d.heldIn(o, f) {
			continue
		}
		return false
	}
	return true
}

// heldIn reports whether a fact says the event ev is held at a place
// whose folded name is f.
func (d *docState) heldIn(ev pledgegraph.EntityID, f string) bool {
	for _, id := range d.forder {
		x := d.facts[id]
		if x.Subject == ev && x.Predicate == pledgegraph.HeldAt && d.ents[x.Object] != nil && pledgegraph.Fold(d.ents[x.Object].Name) == f {
			return true
		}
	}
	return false
}

// sameYear reports whether two entities start in the same year, or
// either has none.
func sameYear(a, b *pledgegraph.Entity) bool {
	return a.Start.IsZero() || b.Start.IsZero() || a.Start.Year == b.Start.Year
}

// namesEvent reports whether a name has the head word of an event
// after its first word ("déclaration finale du Sommet …").
func (d *docState) namesEvent(name string) bool {
	words := strings.Fields(pledgegraph.Fold(name))
	for _, w := range words[min(1, len(words)):] {
		if d.x.Lang.EventHeads[w] {
			return true
		}
	}
	return false
}
