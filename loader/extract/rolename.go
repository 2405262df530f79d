package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// Names typed by offices while a sentence's names are being found: the
// holder after or before a title, the body after it.

// stateOffice reports whether the title t is the office of a state
// ("roi", "président", "Premier ministre"): after "de" and a state, a
// name is its holder's ("le roi d'Espagne Felipe VI"), not a body opened
// by the state's name ("directeur de France Télécom").
func stateOffice(t *Title) bool {
	return t != nil && (t.Implicit == "head" || strings.HasPrefix(t.Implicit, "state"))
}

// officeObject reads, while names are being found, the complement of a
// title from toks[p]: a body already named, possibly after a remit or
// another office, whose name goes on when it is a state's ("of the U.S.
// Federal Communications Commission"); else an unknown name after a
// preposition of office, which becomes the body ("chief executive of
// Nordsoft", "présidente de l'Alliance estonienne pour la
// cybersécurité"). It returns the end of the complement, or p.
func (d *docState) officeObject(toks []Token, t *Title, p int, ms []*mention, taken func(int) bool, add func(*mention)) int {
	m, end := d.complement(toks, p, ms)
	if m != nil {
		if f := d.orgName(toks, end, taken); m.kind == pledgegraph.KindState && f > end && !d.isDemonym(toks, end) && !stateOffice(t) {
			add(&mention{i: end, j: f, kind: pledgegraph.KindOrganization, name: tokText(d.text, toks, end, f)})
			return f
		}
		return end
	}
	last := p // the last preposition of the remits
	for q := p + 1; q < end; q++ {
		if d.x.Lang.OfficePreps[toks[q].Fold] {
			last = q
		}
	}
	switch {
	case end > p && end < len(toks) && d.x.Lang.OfficePreps[toks[end].Fold]:
		p = end // "directeur de la Stratégie de X": X is the body, not the remit
	case last > p && toks[last-1].Cap && d.x.Lang.NameKinds[toks[last-1].Fold] != "":
		// "president of the International Union of Architects": a body's
		// head before the preposition, one name
	case last > p && toks[last-1].Cap:
		p = last // "director of Strategy of Brightline"
	case last > p:
		return end // "directeur de la Stratégie et de l'Innovation"
	}
	if p >= len(toks) || !d.x.Lang.OfficePreps[toks[p].Fold] {
		return p
	}
	if c := d.bodyRefAt(toks, p+1); c != nil {
		return p + 1 + len(c.Phrase) // "le PDG de l'entreprise, X"
	}
	q := p + 1
	for q < len(toks) && d.x.Lang.is(wsNameArticles, &toks[q]) {
		q++
	}
	if _, n := d.titleMatch(toks, q); n > 0 || d.x.Lang.Honorifics[toks[q].Fold] {
		return p // "the envoy of Pope John Paul II": a person's
	}
	if t != nil && d.x.Ref.body(t.Implicit) != nil {
		// "commissaire européen au Marché intérieur": the office's body
		// is known, what follows is its remit
		return max(p, d.remit(toks, q, ms))
	}
	e := d.orgName(toks, q, taken)
	if e == q {
		return p
	}
	if e == q+1 && d.x.Lang.PortfolioField[toks[q].Fold] {
		return e // "secrétaire à l'Agriculture", "Secretary of Agriculture": a remit, no body
	}
	kind := pledgegraph.KindOrganization
	if k := d.holderKind(toks, q, e); k != pledgegraph.KindPerson {
		kind = k // "directeur général de l'Agence de cybersécurité"
	} else if k := headKindIn(d.x.Lang, toks, q, e, func(int) bool { return true }); k != "" {
		kind = k // "chairman of the House Select Committee on …": a committee, whatever a chairman chairs
	} else if t != nil && t.Implicit == "company" {
		kind = pledgegraph.KindCompany
	}
	add(&mention{i: q, j: e, kind: kind, name: tokText(d.text, toks, q, e)})
	return e
}

// personStarts reports whether a person's name starts at toks[q].
func (d *docState) personStarts(st *sent, q int) bool {
	return personAt(st, q, d.x.Lang) != nil
}

// skipHonorific returns where the name after an honorific at toks[q]
// starts ("Mr. Ajay Sawhney"), or q.
func skipHonorific(toks []Token, q int, lang *Language) int {
	for k := 0; k < 2 && q < len(toks) && lang.Honorifics[toks[q].Fold]; k++ {
		q++
		if q < len(toks) && toks[q].Text == "." {
			q++
		}
	}
	return q
}

// personAt returns the person named from toks[q], after an honorific
// ("Mr. Ajay Sawhney"), or nil.
func personAt(st *sent, q int, lang *Language) *mention {
	q = skipHonorific(st.toks, q, lang)
	for _, m := range st.ms {
		if m.i == q && m.kind == pledgegraph.KindPerson {
			return m
		}
	}
	return nil
}

// apposedNames types as people's, while names are being found, the names
// before a title in apposition: "Kamala Harris, la vice-présidente",
// "Tomasz Wrona, the Polish digital minister"; and the names coordinated
// before them ("Michael Chertoff et Latha Reddy, coprésidents").
func (d *docState) apposedNames(toks []Token, i int, ms mentions, taken func(int) bool, add func(*mention)) {
	lang := d.x.Lang
	q := i - 1
	stateAt := func(q int) bool { // "Bonnie Jenkins, the US Under Secretary", "Navi Pillay, the UN High Commissioner"
		return slices.ContainsFunc(ms, func(m *mention) bool {
			return m.i <= q && q < m.j && m.isKind(pledgegraph.KindState, pledgegraph.KindOrganization)
		})
	}
	// "Nick Clegg, Meta's president": a body's possessive
	possessor := func(q int) bool {
		return d.clitic(toks, q) || q+1 < len(toks) && d.clitic(toks, q+1) && taken(q) &&
			slices.ContainsFunc(ms, func(m *mention) bool { return m.i <= q && q < m.j && m.isKind(bodyKinds...) })
	}
	for q >= 0 && (lang.is(wsNameArticles, &toks[q]) || lang.TitleMods.MatchAt(toks, q) > 0 || toks[q].Cap && !taken(q) && d.isDemonym(toks, q) ||
		taken(q) && stateAt(q) || possessor(q)) {
		q--
	}
	for k := 0; k < 3 && q > 1; k++ {
		if k == 0 && toks[q].Text != "," || k > 0 && (toks[q].Punct || !lang.glue(toks[q])) {
			return
		}
		end := q
		if taken(end - 1) {
			var m *mention
			for _, x := range ms {
				if x.j == end && x.kind == pledgegraph.KindPerson {
					m = x
				}
			}
			if m == nil {
				return
			}
			q = m.i - 1
			continue
		}
		b, words := end-1, 1 // "Michel Van Den Berghe", "Jean-Marc Ayrault": particles and hyphenated parts are no words of their own
		for b > 0 && toks[b-1].Cap && !toks[b-1].Punct && !taken(b-1) && !lang.Stop[toks[b-1].Fold] &&
			(b > 1 || lang.Reporting.MatchAt(toks, 0) == 0) { // "Selon Marc Aubry, président"
			free := glued(toks, b) || lang.NameParticles[toks[b-1].Fold]
			if !free && words == 3 {
				break
			}
			if !free {
				words++
			}
			b--
		}
		if w := toks[0]; b == 0 && end-b > 2 && (w.lex&^lexKnown != 0 || w.sets != 0 || w.tries != 0) && !d.x.Ref.FirstName(w.Text) {
			b = 1 // "When Bonnie Jenkins, the US Under Secretary": a word of the language opens the sentence
		}
		if e := capSpan(toks, b, taken, lang, 4); e != end || e-b < 2 {
			return
		}
		if end-b > 2 && d.isDemonym(toks, b) {
			b++ // "le Togolais Adiel Akplogan": a nationality before the name
		}
		if lang.NameKinds[toks[end-1].Fold] != "" || lang.venueBefore(toks, b) || b > 1 && lang.OfficePreps[toks[b-1].Fold] && toks[b-2].Cap {
			return // "held at the Moscone Center, CISA Director X", "Présent à Grande Canarie, le secrétaire général": a body's or a place's name, no person's; "Minister of State for Foreign Trade, who chaired": a remit
		}
		p := b
		if d.isDemonym(toks, p) {
			p++ // "the British Ambassador, who headed the delegation"
		}
		p += lang.TitleMods.MatchAt(toks, p)
		if n := d.titleAt(toks, p); n > 0 && p+n >= end {
			return // "the Soviet Deputy Foreign Minister, who led his delegation": an office, no one's name
		}
		add(&mention{i: b, j: end, kind: pledgegraph.KindPerson, name: tokText(d.text, toks, b, end)})
		q = b - 1
	}
}

// orgBeforeTitle types as a body, while names are being found, the
// unknown capitalised name right before a capitalised title or in the
// possessive before any: "Pitt Cyber Founding Director David Hickton",
// "Nordsoft CEO Eva Lind", "Siemen's CEO Joe Kaeser". A company's
// office makes it a company's name; a state's office makes none.
func (d *docState) orgBeforeTitle(toks []Token, i int, taken func(int) bool, add func(*mention)) {
	t, _ := d.titleMatch(toks, i)
	lang := d.x.Lang
	for b := i - 1; b >= max(0, i-3); b-- {
		if lang.TitleMods.MatchAt(toks, b) == i-b {
			i = b
		}
	}
	if t == nil || t.stateOffice(d.x.Ref) {
		return // "Kenyan President": a nationality the reference data lacks, more likely than a body
	}
	possessive := d.clitic(toks, i-1) // "Nordsoft's chief executive Eva Lind"
	if possessive {
		i--
	}
	if i < 1 || !toks[i].Cap && !possessive || taken(i-1) || !toks[i-1].Cap || toks[i-1].Punct || d.isDemonym(toks, i-1) {
		return
	}
	b := i - 1
	for b > 0 && i-b < 3 && toks[b-1].Cap && !toks[b-1].Punct && !taken(b-1) && !lang.Stop[toks[b-1].Fold] && !d.isDemonym(toks, b-1) {
		b--
	}
	if b == 0 && i-b == 1 || capSpan(toks, b, func(q int) bool { return q >= i || taken(q) }, lang, 3) != i {
		return // one word opening the sentence may be any word
	}
	kind := pledgegraph.KindOrganization
	if t.Implicit == "company" {
		kind = pledgegraph.KindCompany
	}
	add(&mention{i: b, j: i, kind: kind, name: tokText(d.text, toks, b, i)})
}

// holderKind returns the kind of the name toks[i:j] after an office: a
// person's, unless a word that types names begins or ends it ("Ministry
// of Foreign Affairs", "Agence nationale").
func (d *docState) holderKind(toks []Token, i, j int) pledgegraph.Kind {
	for _, w := range []string{toks[i].Fold, toks[j-1].Fold} {
		if k := d.x.Lang.NameKinds[w]; k != "" {
			return k
		}
	}
	return pledgegraph.KindPerson
}

// bodyName returns the end of a body's name typed by its head word at
// toks[i:e], with its complement up to a punctuation mark, a few words at
// most ("Ministère des Affaires numériques,"); or e.
func bodyName(toks []Token, i, e int, taken func(int) bool) int {
	j := e
	for j < len(toks) && j-i < 10 && !toks[j].Punct && !taken(j) {
		j++
	}
	if j < len(toks) && !toks[j].Punct {
		return e
	}
	return j
}

// founderName reports whether the one-word name of a company or an
// organisation at toks[i] is a person's surname after a first name:
// "Eugène Kaspersky, CEO de Kaspersky", "Michael Dell".
func (d *docState) founderName(toks []Token, i, n int, e *Entry, taken func(int) bool) bool {
	if n != 1 || i == 0 || taken(i-1) || e.Kind != pledgegraph.KindCompany && e.Kind != pledgegraph.KindOrganization {
		return false
	}
	prev := toks[i-1]
	return prev.Cap && !prev.Punct && prev.End+1 == toks[i].Start && d.x.Ref.FirstName(prev.Text)
}

// headKindIn returns the kind that the first capitalised head word of a
// body's name in toks[i:e] that at accepts gives it ("Committee",
// "Fédération"), or "".
func headKindIn(lang *Language, toks []Token, i, e int, at func(h int) bool) pledgegraph.Kind {
	for h := i; h < e; h++ {
		if k, ok := lang.NameKinds[toks[h].Fold]; ok && toks[h].Cap && at(h) {
			return k
		}
	}
	return ""
}
