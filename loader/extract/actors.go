package extract

import (
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// actorList is a coordination of actors in a sentence ("China, Russia
// and the United States", "neither India nor Brazil", "all but Japan"):
// its items, the items excepted from what is said of the others, and
// whether a quantifier negates the statement about the items ("neither",
// "aucun").
type actorList struct {
	items, exc []*mention
	neg        bool // "neither … nor", "aucun … hormis"
	lo, hi     int  // the tokens the list spans
}

// empty reports whether the list names nobody.
func (l actorList) empty() bool { return len(l.items) == 0 && len(l.exc) == 0 }

// states returns the list with its states only: who can be a member of
// an organisation.
func (l actorList) states() actorList { return l.only(pledgegraph.KindState) }

// joiners returns the list with its states and companies only: who can
// join an organisation, as a member state or as a partner of an alliance
// (see openBody).
func (l actorList) joiners() actorList { return l.only(pledgegraph.KindState, pledgegraph.KindCompany) }

// only returns the list with its mentions of the kinds k only.
func (l actorList) only(k ...pledgegraph.Kind) actorList {
	keep := func(ms []*mention) []*mention {
		var out []*mention
		for _, m := range ms {
			if m.isKind(k...) {
				out = append(out, m)
			}
		}
		return out
	}
	l.items, l.exc = keep(l.items), keep(l.exc)
	return l
}

// outside returns the list without the items that stand inside one of
// the token spans before token i ("sous l'égide de la Banque, l'Inde et
// le Pakistan ont signé": not the Bank, which a launch phrase read).
func (l actorList) outside(spans [][2]int, i int) actorList {
	if len(spans) == 0 {
		return l
	}
	l.items = slices.DeleteFunc(slices.Clone(l.items), func(m *mention) bool {
		return slices.ContainsFunc(spans, func(c [2]int) bool { return c[0] <= m.i && m.j <= c[1] && c[1] <= i })
	})
	return l
}

// hasCompany reports whether a company is among the items of l.
func (l actorList) hasCompany() bool {
	return slices.ContainsFunc(l.items, func(m *mention) bool { return m.kind == pledgegraph.KindCompany })
}

// isActor reports whether m can hold a stance: a state, a company, an
// organisation, a person or a group statement ("tous les États membres").
func isActor(m *mention) bool { return m.actor() || (m.groupStmt && !m.anaphora) }

// between reports whether the tokens [i, j) only join the items of a
// list: commas, conjunctions, articles and the frame table's list words.
func (d *docState) between(st *sent, i, j int) bool {
	fr := &d.x.Lang.Frames
	for q := i; q < j; {
		if n := fr.listIn.at(st.toks, q); n > 0 {
			q += n
			continue
		}
		if n := d.apposition(st, q); n > 0 && q+n <= j {
			q += n // "President Ershad of Bangladesh, the host; King Jigme of Bhutan"
			continue
		}
		if n := fr.negQ.at(st.toks, q); n > 0 {
			q += n
			continue
		}
		if e, n := d.x.Ref.Demonym(st.toks, q); e != nil && n > 0 {
			q += n // "la Première ministre néo-zélandaise"
			continue
		}
		if n := fr.possDet.at(st.toks, q); n > 0 && q+n < j && st.cue != nil && (st.cue[q+n] || d.isDemonym(st.toks, q+n)) {
			q += n // "Barack Obama and his Chinese counterpart, Xi Jinping"
			continue
		}
		if n := fr.prep.at(st.toks, q); n > 0 && q > i && d.x.Lang.glue(st.toks[q-1]) && d.x.Lang.And.MatchAt(st.toks, q-1) == 1 {
			q += n // "of Hungary and of Germany": the preposition repeated
			continue
		}
		if n := fr.prep.at(st.toks, q); n > 0 && q > i && st.toks[q-1].Text == "," && d.prepRepeated(st, i, q) {
			q += n // "de l'Autriche, de la Bulgarie": the preposition of the item before, after a comma
			continue
		}
		if n := fr.prep.at(st.toks, q); n > 0 && inUsed(st, q+n+fr.article.at(st.toks, q+n)) {
			q += n // "Emmanuel Macron of France and Jacinda Ardern": a role's complement
			continue
		}
		if n := fr.possMark.at(st.toks, q); n > 0 && q > i && inUsed(st, q-1) {
			q += n // "Britain's" before an item: its possessor's mark
			continue
		}
		if q == i && i > 0 && q+2 < j && acronymInBrackets(st.toks, q) {
			q += 3 // "Amazon Web Services (AWS), Google": the item's acronym
			continue
		}
		if n := fr.adverb.at(st.toks, q); n > 0 && q > i && (st.toks[q-1].Text == ";" || st.toks[q-1].Text == ",") {
			q += n // "…; puis l'Australie", "…, then Australia"
			continue
		}
		if n := d.x.Lang.CoActors.MatchAt(st.toks, q); n > 0 && q > i {
			q += n // "the United States, together with Australia and Norway"
			continue
		}
		if n := d.countedItem(st.toks, q); n > 0 && q > i && st.toks[q-1].Punct {
			q += n // "le Royaume-Uni, 27 autres pays et l'Union européenne"
			continue
		}
		if !d.x.Lang.glue(st.toks[q]) && st.toks[q].Text != ";" && (st.cue == nil || !st.cue[q]) && !inUsed(st, q) && d.x.Lang.PartOf.MatchAt(st.toks, q) == 0 {
			return false // a semicolon parts items that hold commas: "A, chief executive of B; C, …"
		}
		q++
	}
	return true
}

// countedItem returns the length of a counted item of a list at toks[q]
// ("27 autres pays", "two other companies"): a number, at most one more
// word, and a count noun; or 0.
func (d *docState) countedItem(toks []Token, q int) int {
	lang := d.x.Lang
	if _, ok := lang.Numbers[toks[q].Fold]; !ok && !toks[q].Number {
		return 0
	}
	for k := q + 1; k < len(toks) && k <= q+2; k++ {
		if lang.CountNouns[toks[k].Fold] != "" {
			return k - q + 1
		}
		if toks[k].Punct || toks[k].Cap && !d.regionWord(toks, k) {
			return 0 // but "two European associations", "three American companies"
		}
	}
	return 0
}

// countedColon returns the length of a counted noun and the colon after
// it at toks[q] ("eight island countries:", "huit pays insulaires :"),
// whose list follows, or 0.
func (d *docState) countedColon(toks []Token, q int) int {
	if q >= len(toks) {
		return 0
	}
	c := d.countedItem(toks, q)
	if c == 0 {
		return 0
	}
	for e := q + c; e < len(toks) && e <= q+c+2; e++ { // "huit pays insulaires :"
		if toks[e].Text == ":" {
			return e - q + 1
		}
		if toks[e].Punct || toks[e].Cap {
			return 0
		}
	}
	return 0
}

// regionWord reports whether the capitalised word at toks[k] says where
// what it qualifies is from: a nationality, a region ("European",
// "Pacific"), or a word glued to a region ("Asia-Pacific").
func (d *docState) regionWord(toks []Token, k int) bool {
	lang := d.x.Lang
	return d.isDemonym(toks, k) || lang.RegionAdj[toks[k].Fold] || k+1 < len(toks) && glued(toks, k+1) && lang.RegionAdj[toks[k+1].Fold]
}

// skipsItems reports whether the tokens [i, j), inside a list, are
// items the mention layer did not recognise ("Cabo Verde", "the
// Organization of American States"): short runs of words, each starting
// with a capital letter, between commas and conjunctions.
func (d *docState) skipsItems(st *sent, i, j int) bool {
	run := 0
	for q := i; q < j; q++ {
		t := st.toks[q]
		switch {
		case t.Text == "," || d.x.Lang.glue(t) && run == 0:
			run = 0
		case t.Punct && t.Text != "-" && t.Text != "." && t.Text != "&":
			return false
		case run == 0 && !t.Cap:
			return false
		default:
			run++
			if run > 5 {
				return false
			}
		}
	}
	return true
}

// governed reports whether a preposition governs the mention m ("in
// Paris", "de la France", a person after a title: "l'Argentine du
// président Javier Milei"), which makes it no subject.
func (d *docState) governed(st *sent, m *mention) bool {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, m.i)
	if m.isKind(pledgegraph.KindPerson) {
		q = fr.articleStart(st.toks, d.titleBefore(st.toks, q)) // "l'Argentine du président Javier Milei"
	}
	if fr.except.endingAt2(st.toks, q) >= 0 || d.coActorBefore(st.toks, q) || d.frontedTopic(st, q) {
		return false // "à l'exception des États-Unis": the cue ends in "de"; "together with Australia"; "As for Australia, it"
	}
	_, p := fr.prep.endingAt(st.toks, q, 2)
	if p < 0 || fr.except.endingAt2(st.toks, p) >= 0 {
		return false // "à l'exception de des États-Unis"
	}
	if prev := d.parallelItem(st, p); prev != nil {
		return d.governed(st, prev) // "of Hungary and of Germany": as the item before
	}
	// "the governments of Australia", "la ville de Paris": the name is the
	// actor, unless the noun is said of another ("X et Y sont les seuls
	// membres de l'OCDE à avoir refusé")
	_, s := fr.standin.endingAt(st.toks, p, 3)
	if s < 0 && p > 1 && !st.toks[p-1].Cap && !st.toks[p-1].Punct && !d.x.Lang.is(wsStop, &st.toks[p-1]) {
		_, s = fr.standin.endingAt(st.toks, p-1, 3) // "les représentants permanents de la Chine"
	}
	for q := p - 2; s < 0 && q >= max(0, p-9); q-- {
		if remitEnd(d.x.Lang, st.toks, q) == p {
			_, s = fr.standin.endingAt(st.toks, q+1, 3) // "les ministres des Finances du Japon"
		}
	}
	if s > 0 && d.x.Lang.is(wsElisions, &st.toks[s-1]) && fr.prep.at(st.toks, s-1) > 0 {
		return true // "la visite d'État de Xi Jinping": the noun is a complement, no stand-in
	}
	return s < 0 || attributeAt(st.toks, fr, s)
}

// frontedTopic reports whether a cue of topic at the start of the
// sentence ends right before token q: "As for Australia, it did not
// sign", "Quant à l'Australie, elle n'a pas signé" speak of Australia.
func (d *docState) frontedTopic(st *sent, q int) bool {
	n := d.x.Lang.Frames.topic.at(st.toks, 0)
	return n > 0 && n == q
}

// titleBefore returns where the title of the person named at toks[q]
// starts, with the nationality that qualifies it before or after it
// ("talks with Russian President Vladimir Putin", "avec le président
// russe Vladimir Poutine"); q when no title stands right before it.
func (d *docState) titleBefore(toks []Token, q int) int {
	for k := max(0, q-5); k < q; k++ {
		t := d.titleAt(toks, k)
		if t == 0 || t != q-k && !(t == q-k-1 && d.isDemonym(toks, k+t)) {
			continue
		}
		if k > 0 && d.isDemonym(toks, k-1) {
			k--
		}
		return k
	}
	return q
}

// apposition returns the length of a short apposition after an item of
// a list at toks[q]: a comma, an article and at most three lower-case
// words, up to the next comma or semicolon (", the host;"); or 0.
func (d *docState) apposition(st *sent, q int) int {
	toks := st.toks
	if toks[q].Text != "," || q+2 >= len(toks) {
		return 0
	}
	a := d.x.Lang.Frames.article.at(toks, q+1)
	if a == 0 {
		return 0
	}
	for e := q + 1 + a; e < len(toks) && e <= q+a+4; e++ {
		t := toks[e]
		if t.Text == "," || t.Text == ";" {
			if e == q+1+a {
				return 0
			}
			return e - q
		}
		if t.Punct || t.Cap || t.Number || inMention(st, e) {
			return 0
		}
	}
	return 0
}

// coActorBefore reports whether a co-actor cue ("together with", "aux
// côtés de") ends right before token q.
func (d *docState) coActorBefore(toks []Token, q int) bool {
	return d.x.Lang.CoActors.endsAt(toks, q, 4)
}

// attributeAt reports whether a copula stands within the three words
// before token s: the noun phrase there is said of the copula's subject.
func attributeAt(toks []Token, fr *Frames, s int) bool {
	for e := s; e >= max(1, s-3); e-- {
		if _, c := fr.copula.endingAt(toks, e, 3); c >= 0 {
			return true
		}
	}
	return false
}

// parallelItem returns the actor that ends right before a conjunction
// ending at token p, whose preposition the one at p repeats ("à
// l'exception de la Hongrie et de l'Allemagne", "of Hungary and of
// Germany"), or nil.
func (d *docState) parallelItem(st *sent, p int) *mention {
	for q := p - 1; q > 0 && q >= p-3; q-- {
		n := d.x.Lang.And.MatchAt(st.toks, q)
		if n != p-q && !(st.toks[q].Text == "," && (q+1 == p || n == p-q-1)) {
			continue // "and of", ", of", ", and of"
		}
		for _, m := range st.ms {
			if m.j == q && isActor(m) && (n == p-q || d.samePrepBefore(st, m, st.toks[p].Fold)) {
				return m
			}
		}
	}
	return nil
}

// prepRepeated reports whether the preposition at toks[q] repeats the
// one before the item that ends at toks[i]: "de l'Autriche, de la
// Bulgarie".
func (d *docState) prepRepeated(st *sent, i, q int) bool {
	for _, m := range st.ms {
		if m.j == i {
			return d.samePrepBefore(st, m, st.toks[q].Fold)
		}
	}
	return false
}

// samePrepBefore reports whether the preposition w governs mention m:
// "of the US, of EU member states" repeats "of"; "du Canada, de la
// France" repeats "de" in its forms (the prepositions of an owner).
func (d *docState) samePrepBefore(st *sent, m *mention, w string) bool {
	lang := d.x.Lang
	fr := &lang.Frames
	_, p := fr.prep.endingAt(st.toks, fr.articleStart(st.toks, m.i), 2)
	return p >= 0 && (st.toks[p].Fold == w || lang.ownerPrep(w) && lang.ownerPrep(st.toks[p].Fold))
}

// actorsBefore returns the list of actors nearest before token hi and at
// or after lo, each not governed by a preposition; a list after an
// exception cue ("hormis le Sénégal", "except Japan") goes into exc, and
// the list before the cue, if any, into items.
func (d *docState) actorsBefore(st *sent, lo, hi int) actorList {
	var last *mention
	var prev *mention
	for _, m := range st.ms {
		if m.i >= lo && m.j <= hi && isActor(m) && (!d.governed(st, m) && !d.complementItem(st, prev, m) || prev != nil && d.rangeTo(st, prev.j, m.i) && d.rangeOpens(st, prev.i+1)) {
			last = m // not governed, or the end of a range: "d'Orange à Thales"
		}
		if isActor(m) {
			prev = m
		}
	}
	if last == nil {
		return actorList{lo: hi, hi: hi}
	}
	items := []*mention{last}
	first := last
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.j > first.i || m.i < lo || !isActor(m) {
			continue
		}
		if h := d.roleItem(st, first); h != nil && h.i >= lo && m.i >= h.i {
			if m == h {
				items, first = append([]*mention{m}, items...), m
			}
			continue // "Edward Grey, secrétaire d'État aux Affaires étrangères, M. Paul Cambon"
		}
		if !d.between(st, m.j, first.i) && !(len(items) > 1 && (d.skipsItems(st, m.j, first.i) || d.labelGap(st, m.j, first.i))) && !(d.rangeTo(st, m.j, first.i) && d.rangeOpens(st, m.i)) &&
			!d.appositionGap(st, m.j, first.i, len(items) > 1) {
			break
		}
		if len(items) == 1 && first.i == m.j+1 && st.toks[m.j].Text == "," && d.lastItem(st.toks, m.i) {
			break // "rallie OpenAI et Google, Meta dit non": the list before the comma is closed
		}
		if d.governed(st, m) && !d.rangeStart(st, m.i) && !d.rangeEnd(st, m) {
			// "Emmanuel Macron of France and Jacinda Ardern": the
			// complement of an item; "firms based in the United States,
			// Facebook and Google": no item
			h := d.headOf(st, m)
			if h == nil {
				break
			}
			m = h
		}
		items = append([]*mention{m}, items...)
		first = m
	}
	l := actorList{items: items, lo: first.i, hi: last.j}
	l.neg = d.quantified(st, lo, l.lo, l.hi)
	fr := &d.x.Lang.Frames
	at := l.lo
	for steps := 0; steps < 2; steps++ {
		if _, a := fr.article.endingAt(st.toks, at, 1); a >= 0 {
			at = a // "hormis le Sénégal"
		} else if _, a := fr.prep.endingAt(st.toks, at, 1); a >= 0 && fr.except.endingAt2(st.toks, at) < 0 {
			at = a // "à l'exception des États-Unis"
		}
	}
	if _, p := fr.except.endingAt(st.toks, at, 5); p >= 0 {
		main := d.actorsBefore(st, lo, p)
		if main.empty() && !main.neg && d.fewBefore(st, lo, p) {
			return l // "Peu de pays, hormis le Kenya, ont signé": Kenya did
		}
		main.exc, main.hi = items, l.hi
		main.neg = main.neg || d.quantified(st, lo, p, p)
		return main
	}
	return l
}

// quantified reports whether a negative quantifier stands just before a
// list starting at token from, or between its items ("neither A nor B",
// "ni A ni B", "aucun pays"), within [lo, to); not one a subordinator
// separates from them ("No one doubts that Kenya signed").
func (d *docState) quantified(st *sent, lo, from, to int) bool {
	fr := &d.x.Lang.Frames
	for q := max(lo, from-4); q < to; q++ {
		if fr.negQ.at(st.toks, q) > 0 && !d.subordBetween(st, q, max(from, to)) {
			return true
		}
	}
	return false
}

// fewBefore reports whether a quantifier of few ("peu de", "few")
// stands in the five tokens before token p, and after lo.
func (d *docState) fewBefore(st *sent, lo, p int) bool {
	for q := max(lo, p-5); q < p; q++ {
		if d.x.Lang.Frames.few.at(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// actorsAfter returns the list of actors that starts at token p, with the
// exceptions that follow it ("signed by all G7 members except Japan",
// "mais pas la Hongrie").
func (d *docState) actorsAfter(st *sent, p int) actorList {
	l := d.listFrom(st, d.pastHead(st, p), true)
	if len(l.items) == 0 {
		return l
	}
	q := l.hi
	if q < len(st.toks) && st.toks[q].Text == "," {
		q++
	}
	if n := d.x.Lang.Frames.except.at(st.toks, q); n > 0 {
		exc := d.listFrom(st, q+n, false)
		l.exc, l.hi = exc.items, exc.hi
		// "hormis les Etats-Unis et plusieurs entreprises comme A et B":
		// the list goes on after its exceptions
		for _, m := range st.ms {
			if m.i >= l.hi {
				if d.headGap(st, l.hi, m.i) {
					rest := d.listFrom(st, m.i, true)
					l.items, l.hi = append(l.items, rest.items...), rest.hi
				}
				break
			}
		}
	}
	return l
}

// listFrom returns the actors listed from token p on. A main list (main)
// goes on across unrecognised items, sub-lists of examples and relative
// clauses; a list of exceptions only across joining words.
func (d *docState) listFrom(st *sent, p int, main bool) actorList {
	l := actorList{lo: p, hi: p}
	l.neg = d.quantified(st, p, p+1, p+1)
	for _, m := range st.ms {
		if m.i < p {
			continue
		}
		if main && len(l.items) > 0 && m.i > l.hi {
			c := d.participleAside(st, l.hi)
			if c < 0 {
				c = d.semicolonAside(st, l.hi)
			}
			if c > l.hi {
				if m.i < c {
					continue // "l'Union européenne, représentée par le commissaire …, Janez Potočnik, ainsi que la Chine"
				}
				l.hi = c
			}
		}
		if main && !isActor(m) && len(l.items) > 0 && d.relOpens(st, l.hi) {
			continue // a name inside a relative clause about the last item
		}
		if n := len(l.items); n > 0 && l.hi == l.items[n-1].j && isActor(m) && !m.isKind(pledgegraph.KindPerson) && d.behalfOf(st, l.items[n-1]) == m.i {
			l.items = append(l.items, m)
			l.hi = m.j
			continue // "Mr. Ernest Bevin for the United Kingdom": the person and the actor he stands for
		}
		if n := len(l.items); n > 0 && l.hi == l.items[n-1].j && countryAfter(d.x.Lang, st, l.items[n-1]) == m.j {
			l.hi = m.j
			continue // "ARIB and TTC of Japan, ATIS of the United States": the item's country
		}
		if !d.between(st, l.hi, m.i) && !(main && d.continues(st, l, m.i)) && !d.stmtAt(st, m, l.hi) {
			break
		}
		if len(l.items) > 0 && st.toks[m.i-1].Text == "," && d.x.Lang.Frames.report.at(st.toks, m.j) > 0 {
			break // "backed by Google and Microsoft, Brad Smith said": the reporter
		}
		if !isActor(m) {
			if len(l.items) > 0 && m.used {
				continue // what qualifies an item: "the FBI and Britain's National Crime Agency", "John Curran, de l'ARIN, et …"
			}
			if len(l.items) > 1 && !m.anaphora && d.between(st, m.j, min(m.j+1, len(st.toks))) {
				l.hi = m.j
				continue // an item typed otherwise ("the Global Forum on Cyber Expertise", "le Réseau européen pour la sécurité")
			}
			break
		}
		l.items = append(l.items, m)
		l.hi = m.j
	}
	if len(l.items) > 0 {
		l.neg = l.neg || d.quantified(st, l.lo, l.lo, l.hi)
	}
	return l
}

// behalfOf returns where the name of the actor a person of a list
// stands for starts, after a cue of representation right after him
// ("Mr. Lester Pearson for Canada", « M. Wakatsuki pour le Japon »), or
// -1.
func (d *docState) behalfOf(st *sent, m *mention) int {
	if !m.isKind(pledgegraph.KindPerson) {
		return -1
	}
	return d.behalfAt(st, m.j)
}

// behalfAt returns where the name of the actor after a cue of
// representation at toks[q] starts, or -1.
func (d *docState) behalfAt(st *sent, q int) int {
	fr := &d.x.Lang.Frames
	n := fr.behalf.at(st.toks, q)
	if n == 0 {
		return -1
	}
	if d.mentionAt(st, q+n) != nil {
		return q + n // "for the Netherlands": the article in the name
	}
	return q + n + fr.article.at(st.toks, q+n)
}

// participleAside returns the comma that closes a participle and its
// agent, or a cue of voice and its person, in apposition to an item of a
// list, from the comma at toks[a] (", représentée par le commissaire
// européen à la recherche, Janez Potočnik,", ", represented by its
// foreign minister,", ", in the person of its Prime Minister,"): the
// first comma after which the list goes on with a body, a state or a
// company; or -1.
func (d *docState) participleAside(st *sent, a int) int {
	toks := st.toks
	if a+3 >= len(toks) || toks[a].Text != "," {
		return -1
	}
	q := d.x.Lang.participleAgent(toks, a+1)
	if n := d.x.Lang.Frames.agent.at(toks, a+1); q == 0 && n > 0 && (d.personWithin(st, a+1+n, 3) || d.x.Lang.Frames.possDet.at(toks, a+1+n) > 0) {
		q = a + 1 + n // "les États-Unis, par M. Kellogg ;", "l'Italie, par son ambassadeur": the participle left out
	}
	if n := d.x.Lang.Voice.MatchAt(toks, a+1); q == 0 && n > 0 {
		q = a + 1 + n // "la CISL, par la voix de son secrétaire général Bill Jordan,", "Australia, in the person of its Prime Minister,"
	}
	if q == 0 {
		return -1
	}
	for k := q; k < len(toks) && k < a+30; k++ {
		if k == len(toks)-1 && toks[k].Punct && toks[k].Text != "," {
			return k // the aside ends the sentence: "…; la Tchécoslovaquie, par M. Benès."
		}
		if toks[k].Punct && toks[k].Text != "," && toks[k].Text != ";" && !isElision(toks[k].Text) && !titleDot(toks, k) {
			return -1
		}
		if toks[k].Text != "," && toks[k].Text != ";" {
			continue
		}
		for _, m := range st.ms {
			if m.i > k && m.kind != pledgegraph.KindPerson && isActor(m) && d.between(st, k, m.i) {
				return k
			}
		}
	}
	return -1
}

// semicolonAside returns the semicolon that closes what a comma at
// toks[a] opens after an item of a list whose items semicolons part: the
// item's office or description, which may hold commas, "and" and names
// ("Mr. Adam Malik, Presidium Minister for Political Affairs and Foreign
// Minister of Indonesia; Tun Abdul Razak, …"); or -1. No actor's name
// opens it or follows a comma or a joining word in it (not "France,
// Germany and Italy; …").
func (d *docState) semicolonAside(st *sent, a int) int {
	toks := st.toks
	if a+2 >= len(toks) || toks[a].Text != "," {
		return -1
	}
	for k := a + 1; k < len(toks) && k < a+30; k++ {
		if toks[k].Text == ";" {
			return k
		}
		if (toks[k].Text == "," || d.x.Lang.And.MatchAt(toks, k) > 0 || k == a+1) && d.actorOpens(st, k) {
			return -1 // "such as Microsoft, Google, and Intel; and …": items, not an aside
		}
		if toks[k].Punct && toks[k].Text != "," && !isElision(toks[k].Text) && !titleDot(toks, k) {
			return -1
		}
	}
	return -1
}

// actorOpens reports whether an actor's name starts at toks[k] or right
// after it, past a joining word or an article.
func (d *docState) actorOpens(st *sent, k int) bool {
	for q := k; q <= k+2 && q < len(st.toks); q++ {
		if m := d.mentionAt(st, q); m != nil && isActor(m) {
			return true
		}
		if q > k && d.x.Lang.Frames.article.at(st.toks, q) == 0 && d.x.Lang.And.MatchAt(st.toks, q) == 0 {
			return false
		}
	}
	return false
}

// titleDot reports whether toks[k] is the full stop of a short title
// glued to it before a name ("M. Kellogg", "Dr. Koh").
func titleDot(toks []Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Text == "." && toks[k].Start == toks[k-1].End && toks[k-1].Cap && len(toks[k-1].Text) <= 3 && toks[k+1].Cap && !toks[k+1].Punct
}

// personWithin reports whether a person's mention starts within n
// tokens from q ("M. Kellogg", "Frank Kellogg").
func (d *docState) personWithin(st *sent, q, n int) bool {
	return slices.ContainsFunc(st.ms, func(m *mention) bool {
		return m.kind == pledgegraph.KindPerson && m.i >= q && m.i < q+n
	})
}

// colonAgents returns the actors listed after a colon that closes the
// noun phrase of a passive verb's agent from toks[p] ("par les sept
// partenaires du projet : A, B et C", "by seven countries: A, B and C"),
// or an empty list: a few words in lower case, numbers or joining words,
// no name, between, but the body a membership noun names ("by the ten
// members of ASEAN: A, B").
func (d *docState) colonAgents(st *sent, p int) actorList {
	for q := p; q < len(st.toks) && q < p+8; q++ {
		t := &st.toks[q]
		if m := d.mentionAt(st, q); m != nil && d.membersBody(st, p, m) {
			q = m.j - 1
			continue
		}
		if t.Text == ":" {
			if q == p {
				return actorList{}
			}
			l := d.actorsAfter(st, q+1)
			if slices.ContainsFunc(l.items, func(m *mention) bool { return m.entry != nil && d.x.Ref.IsGroup(m.entry.Key) }) {
				return actorList{} // "seven governments: the Five Eyes — A, B … —": the group's members, read by their own rules
			}
			return l
		}
		if t.Punct || t.Cap || inMention(st, q) {
			return actorList{}
		}
	}
	return actorList{}
}

// bodyAgent reports whether the agent l of a passive verb, from toks[p],
// is one organisation that a membership noun before it names: "by the
// members of ASEAN".
func (d *docState) bodyAgent(st *sent, p int, l actorList) bool {
	return len(l.items) == 1 && d.membersBody(st, p, l.items[0])
}

// membersBody reports whether m names an organisation whose members a
// membership noun in toks[p:m.i] speaks of: "the ten members of ASEAN".
func (d *docState) membersBody(st *sent, p int, m *mention) bool {
	if m.kind != pledgegraph.KindOrganization {
		return false
	}
	found, absent := d.holderIn(st.toks, p, m.i)
	return found && !absent
}

// stmtAt reports whether the group statement m opens right at token p,
// or after joining words: "par tous les membres du G7", "by all G7
// members".
func (d *docState) stmtAt(st *sent, m *mention, p int) bool {
	return m.groupStmt && !m.anaphora && p < m.i && (m.stmtFrom <= p || d.between(st, p, m.stmtFrom))
}

// continues reports whether a list l goes on with a mention at token at:
// only joining words between, or, once the list has begun, items the
// mention layer did not recognise, a sub-list of examples or a relative
// clause about the last item.
func (d *docState) continues(st *sent, l actorList, at int) bool {
	if d.between(st, l.hi, at) {
		return true
	}
	if len(l.items) == 0 {
		return false
	}
	for q := l.hi; q < at; q++ {
		if d.x.Lang.Frames.except.at(st.toks, q) > 0 {
			return false // the exceptions are read apart
		}
	}
	return d.skipsItems(st, l.hi, at) || d.headGap(st, l.hi, at) || d.relGap(st, l.hi, at) || d.groupGap(st, l.hi, at) || d.labelGap(st, l.hi, at) || d.rangeGap(st, l, at) || d.roleGap(st, l, at) ||
		d.appositionGap(st, l.hi, at, true)
}

// appositionGap reports whether the tokens [a, b) between two items of a
// list are an apposition between commas that describes the item before,
// one to four words in lower case with no name, number or verb (but
// after an article: "a founding member"), then
// joining words: "le Rwanda, pays hôte, le Kenya", "Chile, the host
// country, and Peru"; or a cue of voice and the person it names ("la
// CISL, par la voix de son secrétaire général Bill Jordan, Amnesty
// International et le WWF"). Unless the list has other items (more), a
// joining word must follow the apposition.
func (d *docState) appositionGap(st *sent, a, b int, more bool) bool {
	fr, lang, toks := &d.x.Lang.Frames, d.x.Lang, st.toks
	if a >= b || toks[a].Text != "," {
		return false
	}
	q := a + 1
	voice := lang.Voice.MatchAt(toks, q) > 0 // ", par la voix de son secrétaire général Bill Jordan,"
	for ; q < b && toks[q].Text != ","; q++ {
		t := &toks[q]
		if voice && q-a <= 12 && (!t.Punct || titleDot(toks, q)) {
			continue
		}
		if t.Punct || t.Cap || t.Number || inMention(st, q) || lang.RelPron[t.Fold] {
			return false
		}
		if fr.article.at(toks, q-1) == 0 && fr.verbWord(toks, q) {
			return false // a verb, not "a founding member"
		}
	}
	if w := q - a - 1; q >= b || w < 1 || w > 4 && !voice {
		return false
	}
	return d.between(st, q, b) && (more || lang.And.MatchAt(toks, q+1) > 0)
}

// roleItem returns the holder of an office whose phrase stands between
// commas after it and before the list item first: "sir Edward Grey,
// secrétaire d'État aux Affaires étrangères, M. Paul Cambon", "Paul
// Cambon, the French ambassador in London, and the Marquis di San
// Giuliano"; or nil. A place may end the office's phrase ("in London"),
// and honorifics open the item.
func (d *docState) roleItem(st *sent, first *mention) *mention {
	toks, lang := st.toks, d.x.Lang
	for _, r := range st.roles {
		if len(r.holders) == 0 || r.end > first.i || r.start >= first.i {
			continue
		}
		h := r.holders[0]
		if !isActor(h) || d.governed(st, h) || h.j > r.start || h.j >= len(toks) || toks[h.j].Text != "," || !d.between(st, h.j, r.start) {
			continue
		}
		q := r.end
		for q < first.i && q < r.end+4 && (inMention(st, q) || lang.PlacePreps[toks[q].Fold] || lang.Venue.MatchAt(toks, q) > 0 || lang.is(wsArticles, &toks[q])) {
			q++ // "à Londres", "in London"
		}
		if q >= first.i || toks[q].Text != "," {
			continue
		}
		e := first.i
		for e > q && (lang.Honorifics[toks[e-1].Fold] || toks[e-1].Text == "." && e-2 > q && lang.Honorifics[toks[e-2].Fold]) {
			e-- // "M.", "le marquis"
		}
		if d.between(st, q, e) && !slices.ContainsFunc(st.ms, func(m *mention) bool { return m.i >= q && m.i < e }) {
			return h
		}
	}
	return nil
}

// roleGap reports whether the tokens between the last item of list l
// and token at are joining words and the offices of the items on either
// side: "by Thierry Breton, the European Commissioner for the Internal
// Market, and Lee Jong-ho", "by the then British Home Secretary, Priti
// Patel, and the then US Attorney General, William Barr".
func (d *docState) roleGap(st *sent, l actorList, at int) bool {
	last := l.items[len(l.items)-1]
	q := l.hi
	for _, r := range st.roles {
		if r.start < q || r.end > at || len(r.holders) == 0 {
			continue
		}
		if h := r.holders[0]; h != last && h.i != at {
			continue
		}
		b := r.start
		for b > q && (d.x.Lang.TitleMods.MatchAt(st.toks, b-1) == 1 || d.x.Lang.is(wsArticles, &st.toks[b-1])) {
			b-- // "the then US Attorney General"
		}
		if !d.between(st, q, b) {
			return false
		}
		q = r.end
	}
	return q > l.hi && d.between(st, q, at)
}

// labelGap reports whether the tokens [a, b) inside a list are a comma
// or a joining word, then one to six words in lower case that label the
// next group of items: "AT&T and Verizon, chip companies Intel and
// Qualcomm, and equipment makers NEC", "Orange, les opérateurs SFR et
// Free", "et les éditeurs de logiciels de sécurité Intel Security et
// Kaspersky Lab"; no verb, name or stop word among them but an article
// or, inside, a preposition of an owner.
func (d *docState) labelGap(st *sent, a, b int) bool {
	fr, lang := &d.x.Lang.Frames, d.x.Lang
	q := a
	if q < b && st.toks[q].Text == "," {
		q++
	}
	if n := lang.And.MatchAt(st.toks, q); n > 0 {
		q += n
	}
	if q == a || b-q < 1 || b-q > 6 {
		return false
	}
	for ; q < b; q++ {
		t := &st.toks[q]
		if t.Punct || t.Cap || t.Number || inMention(st, q) || lang.is(wsStop, t) && fr.article.at(st.toks, q) == 0 && !(q > a && lang.ownerPrep(t.Fold)) ||
			fr.verbWord(st.toks, q) {
			return false
		}
	}
	return true
}

// rangeGap reports whether a list that a word of range opens goes on at
// token at after the word that closes the range, and a few words that
// describe its last item before a comma: "from the United States and
// Canada to the summit's host, Poland", "des États-Unis à la Pologne".
func (d *docState) rangeGap(st *sent, l actorList, at int) bool {
	return d.rangeStart(st, l.lo) && d.rangeTo(st, l.hi, at)
}

// rangeOpens reports whether a word of range opens a list a few tokens
// before token at, after a punctuation mark or a noun of actors: ", from
// the United States", "firms from Microsoft".
func (d *docState) rangeOpens(st *sent, at int) bool {
	for q := at - 1; q > 0 && q >= at-8; q-- {
		if d.x.Lang.RangeFrom[st.toks[q].Fold] && (st.toks[q-1].Punct || d.x.Lang.CountNouns[st.toks[q-1].Fold] != "") {
			return true
		}
	}
	return false
}

// rangeEnd reports whether the actor m closes a range that an actor
// before it opens: "from Japan to Iceland and Luxembourg".
func (d *docState) rangeEnd(st *sent, m *mention) bool {
	return slices.ContainsFunc(st.ms, func(p *mention) bool {
		return p.j < m.i && isActor(p) && d.rangeTo(st, p.j, m.i) && d.rangeOpens(st, p.i+1)
	})
}

// rangeStart reports whether a word of range, an article perhaps after
// it, stands right before token i: "from the United States".
func (d *docState) rangeStart(st *sent, i int) bool {
	if _, a := d.x.Lang.Frames.article.endingAt(st.toks, i, 2); a >= 0 {
		i = a
	}
	return i > 0 && d.x.Lang.RangeFrom[st.toks[i-1].Fold]
}

// rangeTo reports whether tokens [a, b) close a range: its word, an
// article, and perhaps a few words that describe the item after them
// before a comma ("to the summit's host,").
func (d *docState) rangeTo(st *sent, a, b int) bool {
	lang, toks := d.x.Lang, st.toks
	if a >= b || !lang.RangeTo[toks[a].Fold] {
		return false
	}
	q := a + 1
	if _, n := lang.Frames.article.match(toks, q); n > 0 {
		q += n
	}
	if _, p := lang.Frames.article.endingAt(toks, b, 2); p >= q {
		b = p // "à l'hôte du sommet, la Pologne"
	}
	if q == b {
		return true
	}
	if b-q > 6 || toks[b-1].Text != "," {
		return false
	}
	for k := q; k < b-1; k++ {
		if toks[k].Punct && toks[k].Text != "'" || inMention(st, k) {
			return false
		}
	}
	return true
}

// groupGap reports whether tokens [a, b) end one group of a list and
// open the next: a few words that qualify the group, a semicolon, then a
// joining word and a few words that label the next one ("A and B on the
// operator side; chip companies C and D").
func (d *docState) groupGap(st *sent, a, b int) bool {
	fr := &d.x.Lang.Frames
	semi := -1
	for q := a; q < b; q++ {
		t := st.toks[q]
		switch {
		case t.Text == ";" && semi < 0:
			semi = q
		case t.Punct || t.Number || inMention(st, q) || fr.verbs.at(st.toks, q) > 0 || fr.copula.at(st.toks, q) > 0:
			return false // "in 2012; by Georgia": each group its own date
		case semi >= 0 && (fr.prep.at(st.toks, q) > 0 || fr.agent.at(st.toks, q) > 0):
			return false // "; by Georgia and Germany in 2013": a clause of its own
		}
	}
	if semi < 0 || semi-a > 7 {
		return false
	}
	after := semi + 1
	if after < b && d.x.Lang.And.MatchAt(st.toks, after) == 1 {
		after++
	}
	return b-after <= 4
}

// relOpens reports whether a relative clause opens after a comma at
// token q.
func (d *docState) relOpens(st *sent, q int) bool {
	if q+1 >= len(st.toks) || st.toks[q].Text != "," {
		return false
	}
	rel, n := d.x.Lang.Frames.clause.match(st.toks, q+1)
	return n > 0 && rel
}

// headReach is how many words a nameless head before a list may take
// ("Quarante-six États d'Afrique, des Caraïbes et du Pacifique, désormais
// appelés « pays ACP », parmi lesquels …").
const headReach = 24

// pastHead returns where the list of a phrase such as "dix-sept pays,
// dont …", "several companies such as …" starts: after its head noun
// phrase and list word, when they open it; else p.
func (d *docState) pastHead(st *sent, p int) int {
	for _, m := range st.ms {
		if m.i == p || m.groupStmt && m.stmtFrom <= p && p < m.i {
			return p
		}
	}
	fr := &d.x.Lang.Frames
	a := p + fr.article.at(st.toks, p)
	if del, n := fr.govNoun.match(st.toks, a); n > 0 && del {
		if k := fr.prep.at(st.toks, a+n); k > 0 && d.startsName(st, a+n+k) {
			return a + n + k // "aux côtés des représentants de l'Australie", "alongside the representatives of Australia": the states they represent
		}
	}
	for q := p; q < len(st.toks) && q < p+headReach; q++ {
		if _, n := d.x.Lang.frameAt(st.toks, q); n > 0 || d.x.Lang.Partic.MatchAt(st.toks, q) > 0 {
			return p // "par 42 entreprises, en présence du président, Nicolas Sarkozy": not a list
		}
		if q > p && (st.toks[q-1].Text == "," || st.toks[q-1].Text == ":") && d.startsName(st, q) && !d.headNames(st, p, q-1) {
			if st.toks[q-1].Text == "," && d.clauseVerbAfter(st, d.listFrom(st, q, true).hi) {
				return p // "adopted by 130 votes, the United States and Israel voted against it": the next clause's subject
			}
			return q // "dix-sept États, la Commission européenne et …": a nameless item first; "by four countries: A, B"
		}
		if q > p && d.labelBefore(st, p, q) && d.startsName(st, q) {
			return q // "the handset makers HTC, LG and Samsung", "les opérateurs Orange et SFR"
		}
		n := fr.listIn.at(st.toks, q)
		if st.toks[q].Text == "(" && q > p {
			n = 1
		}
		if n > 0 && d.startsName(st, q+n) && !d.headNames(st, p, q) {
			return q + n // not "la France et plusieurs entreprises comme A": France is an item
		}
		if st.toks[q].Punct && st.toks[q].Text != "," && st.toks[q].Text != ";" && !isQuote(st.toks[q].Text) && n == 0 {
			return p
		}
	}
	return p
}

// clauseVerbAfter reports whether a verb of the frame table or an
// auxiliary follows token at closely, with no punctuation between: the
// names before it are its subject ("…, the United States and Israel voted
// against it").
func (d *docState) clauseVerbAfter(st *sent, at int) bool {
	fr := &d.x.Lang.Frames
	for q := at; q < min(at+3, len(st.toks)) && !st.toks[q].Punct; q++ {
		if fr.verbs.at(st.toks, q) > 0 || fr.aux.at(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// labelBefore reports whether the tokens [p, q) are a label in lower
// case that says what the names after it are: an article, then one to
// three words that are neither names, numbers, verbs nor stop words
// ("the handset makers", "les opérateurs").
func (d *docState) labelBefore(st *sent, p, q int) bool {
	fr, lang := &d.x.Lang.Frames, d.x.Lang
	a := fr.article.at(st.toks, p)
	if a == 0 || q-p-a < 1 || q-p-a > 3 {
		return false
	}
	for k := p + a; k < q; k++ {
		t := &st.toks[k]
		if t.Punct || t.Cap || t.Number || inMention(st, k) || lang.is(wsStop, t) || fr.verbWord(st.toks, k) {
			return false
		}
	}
	return true
}

// startsName reports whether a mention starts at token q, after an
// article and an office.
func (d *docState) startsName(st *sent, q int) bool {
	q += d.x.Lang.Frames.article.at(st.toks, q)
	if n := d.titleAt(st.toks, q); n > 0 && !inMention(st, q) {
		// "notamment le président français Emmanuel Macron"
		for q += n; q < len(st.toks) && d.isDemonym(st.toks, q); q++ {
		}
	}
	return d.mentionAt(st, q) != nil || d.mentionAt(st, q-1) != nil
}

// headGap reports whether the tokens [i, j) inside a list open a sub-list
// of examples: joining words, then a noun phrase and a list word or a
// bracket (", ainsi que par plusieurs grandes plateformes (A, B",
// "and several tech firms such as A").
func (d *docState) headGap(st *sent, i, j int) bool {
	q := i
	for q < j && (d.x.Lang.glue(st.toks[q]) || d.x.Lang.Frames.listIn.at(st.toks, q) > 0) {
		q += max(1, d.x.Lang.Frames.listIn.at(st.toks, q))
	}
	return q < j && d.pastHead(st, q) == j || d.pastHead(st, q) == j-1 && d.x.Lang.glue(st.toks[j-1])
}

// relGap reports whether the tokens [i, j) inside a list are a relative
// clause about the last item, after which the list goes on ("notamment
// Microsoft, qui avait lancé l'appel Digital Peace Now, et de très
// nombreuses multinationales telles que Cisco").
func (d *docState) relGap(st *sent, i, j int) bool {
	if !d.relOpens(st, i) {
		return false
	}
	for r := j - 2; r > i+1; r-- {
		if st.toks[r].Text == "," && d.x.Lang.glue(st.toks[r+1]) && st.toks[r+1].Text != "," {
			return d.between(st, r, j) || d.headGap(st, r, j)
		}
	}
	return false
}

// headOf returns the actor whose complement m is ("Emmanuel Macron of
// France", "la ministre de la France", a company and the state it is
// of: "Intel of the United States"): the actor ending right before the
// preposition governing m, or nil.
func (d *docState) headOf(st *sent, m *mention) *mention {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, m.i)
	_, p := fr.prep.endingAt(st.toks, q, 2)
	if p < 0 {
		return nil
	}
	if h := d.mentionEndingAt(st, p); h != nil && isActor(h) && (h.kind == pledgegraph.KindPerson || h.kind == pledgegraph.KindCompany && m.kind == pledgegraph.KindState) {
		return h // "IBM and Intel of the United States and Japan's Toshiba": a company and its country
	}
	return nil
}

// complementItem reports whether m is coordinated right after prev, the
// complement of a common noun: m is one too ("campaigning on Angola and
// Sierra Leone helped create it", "les campagnes sur l'Angola et la
// Sierra Leone"), unlike the item after a name's complement ("l'Inde de
// Narendra Modi et l'Afrique du Sud") or in a list of complements ("les
// plénipotentiaires de la Suède et Norvège").
func (d *docState) complementItem(st *sent, prev, m *mention) bool {
	if prev == nil || !d.governed(st, prev) {
		return false
	}
	fr, toks := &d.x.Lang.Frames, st.toks
	n := d.x.Lang.And.MatchAt(toks, prev.j)
	if n == 0 || prev.j+n+fr.article.at(toks, prev.j+n) != m.i {
		return false
	}
	_, p := fr.prep.endingAt(toks, fr.articleStart(toks, prev.i), 2)
	return p > 0 && !toks[p-1].Cap && !toks[p-1].Punct && !inMention(st, p-1) && d.parallelItem(st, p) == nil
}

// antecedent returns the actors a relative clause opened after token at
// speaks of: the list ending right before it, even inside a complement
// ("the position of the Trump administration, which had refused"), else
// the nearest list of actors from lo.
func (d *docState) antecedent(st *sent, lo, at int) actorList {
	end := at + 1
	if st.toks[at].Text == "," {
		end = at
	}
	if m := d.mentionEndingAt(st, end); m != nil && isActor(m) {
		l := d.actorsBefore(st, lo, m.i)
		if len(l.items) > 0 && d.between(st, l.hi, m.i) {
			l.items, l.hi = append(l.items, m), m.j
			return l
		}
		return d.listEndingWith(st, lo, m)
	}
	if d.commonAntecedent(st, at) {
		return actorList{} // "les fournisseurs qui restent à l'écart", "the list of companies that signed": a common noun, nobody named
	}
	return d.actorsBefore(st, lo, at+1)
}

// listEndingWith returns the list of actors whose last item is m, each
// item before it separated by a comma or a conjunction: "de l'Autriche,
// de la Bulgarie et de la Slovénie, qui se sont abstenues" (m alone when
// none is).
func (d *docState) listEndingWith(st *sent, lo int, m *mention) actorList {
	l := actorList{items: []*mention{m}, lo: m.i, hi: m.j}
	for k := len(st.ms) - 1; k >= 0; k-- {
		p := st.ms[k]
		if p.j > l.lo || p.i < lo {
			continue
		}
		if !isActor(p) || !d.between(st, p.j, l.lo) || !d.separates(st, p.j, l.lo) {
			break
		}
		l.items, l.lo = append([]*mention{p}, l.items...), p.i
	}
	return l
}

// separates reports whether a comma or a conjunction stands in [i, j).
func (d *docState) separates(st *sent, i, j int) bool {
	for q := i; q < j; q++ {
		if st.toks[q].Text == "," || d.x.Lang.And.MatchAt(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// commonAntecedent reports whether the antecedent of a relative clause
// that ends at toks[at] is a common noun after an article or a
// preposition, and not a group its subject is said to be among ("Apple
// ne figurait pas parmi les entreprises qui ont signé").
func (d *docState) commonAntecedent(st *sent, at int) bool {
	toks, fr := st.toks, &d.x.Lang.Frames
	if t := toks[at]; at == 0 || t.Punct || t.Cap || inMention(st, at) {
		return false
	}
	p := at - 1
	if fr.article.at(toks, p) == 0 && !d.x.Lang.NamePreps[toks[p].Fold] {
		return false
	}
	_, a := fr.among.endingAt(toks, p+1, 4)
	_, b := fr.among.endingAt(toks, p, 4)
	return a < 0 && b < 0
}

// headNames reports whether a name stands in the tokens [i, j) of a
// head before a list, other than a region of the world that qualifies it
// ("Quarante-six États d'Afrique, des Caraïbes et du Pacifique") or a
// name in quotes it is called by ("désormais appelés « pays ACP »"), or
// the possessor of an office ("the UK's climate minister").
func (d *docState) headNames(st *sent, i, j int) bool {
	quoted := false
	for q := i; q < j && q < len(st.toks); q++ {
		if isQuote(st.toks[q].Text) {
			quoted = !quoted
			continue
		}
		if m := d.mentionAt(st, q); m != nil && m.i == q && !m.region() && !quoted && !d.officePossessor(st, m) {
			return true // not a possessor: "by the UK's climate minister, Claire Perry"
		}
	}
	return false
}

// officePossessor reports whether the mention m is the possessor of an
// office in lower case after it: "the UK's climate minister", not "the
// General Assembly's Working Group".
func (d *docState) officePossessor(st *sent, m *mention) bool {
	n := d.x.Lang.Frames.possMark.at(st.toks, m.j)
	return m.used && n > 0 && m.j+n < len(st.toks) && !st.toks[m.j+n].Cap
}

// namesIn reports whether a mention starts in tokens [i, j).
func (d *docState) namesIn(st *sent, i, j int) bool {
	for _, m := range st.ms {
		if m.i >= i && m.i < j {
			return true
		}
	}
	return false
}
