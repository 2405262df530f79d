package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// memberAmongRule names the facts of support read in a description of
// members with the actors before it ("X, one of the founders of Y").
const memberAmongRule = "mem.among"

// holderNoun is a noun of the frame table naming those who support an
// initiative ("signatories", "membres fondateurs") or stay out of it
// ("absentees"), tokens [i, j) of a sentence.
type holderNoun struct {
	i, j   int
	absent bool
}

// holderNouns returns the membership nouns of toks.
func holderNouns(toks []Token, fr *Frames) []holderNoun {
	var out []holderNoun
	for q := 0; q < len(toks); q++ {
		if absent, n := fr.member.match(toks, q); n > 0 {
			if _, p := fr.notHolder.endingAt(toks, q, 2); p >= 0 {
				q += n - 1 // "eleven non-member states": not of the initiative
				continue
			}
			out = append(out, holderNoun{i: q, j: q + n, absent: absent})
			q += n - 1
		}
	}
	return out
}

// holderIn reports whether a membership noun of the frame table stands
// in toks[lo:hi], and whether it is one of those who stay out.
func (d *docState) holderIn(toks []Token, lo, hi int) (found, absent bool) {
	for q := lo; q < hi; q++ {
		if a, n := d.x.Lang.Frames.member.match(toks, q); n > 0 {
			return true, a
		}
	}
	return false, false
}

// memberStances states supports facts from membership nouns: a list the
// noun introduces ("the members are A, B", "signataires : A, B", "Its
// founders, in 2011, were A and B"), a list said to be among them ("A
// figure parmi les signataires", "A is a member of X", "A and B are not
// among the signatories"), and a list an initiative takes in ("the
// Initiative took in 18 new members: A, B", "le PMIA compte 15 membres
// fondateurs : A, B").
func (d *docState) memberStances(st *sent, fl *frameLayer) {
	hs := holderNouns(st.toks, &d.x.Lang.Frames)
	among := map[int]actorList{} // the list said to be among each noun, read once (see listOfLater)
	amongOf := func(k int, h holderNoun) actorList {
		l, ok := among[h.i]
		if !ok {
			l = d.listAmong(st, fl, k, h)
			among[h.i] = l
		}
		return l
	}
	for _, h := range hs {
		if d.holderOfOther(st, fl, hs, h) {
			continue
		}
		obj, oEnd := d.holderOf(st, fl, h)
		if !h.absent && d.absenceBefore(st, h.i) {
			// "absent from the list of signatories was Apple": the list
			// Apple is absent from, whose own names a list word gives
			// ("…, which includes IBM and SAP")
			if l := d.listIntroduced(st, max(h.j, oEnd), false); obj != "" && !l.empty() {
				k := clauseAt(fl.clauses, h.i)
				d.stateStance(st, pledgegraph.Supports, l, obj, l.neg, d.dateAt(st, fl, k, h.i, false), 0.7, h.i, max(oEnd, h.j), "mem.list")
			}
			continue
		}
		if obj == "" {
			d.bodyMembership(st, fl, h)
			continue
		}
		k := clauseAt(fl.clauses, h.i)
		after := d.listIntroduced(st, max(h.j, oEnd), true)
		if listOfLater(fl, hs, h, k, after, amongOf) {
			after = actorList{} // the later noun says what the list is
		}
		rule := "mem.list"
		// "A and B are not members, and neither is C": a list before the
		// noun as well as after it
		before := amongOf(k, h)
		if after.empty() {
			before.exc = append(before.exc, d.exceptedAfter(st, max(h.j, oEnd))...)
			rule = memberAmongRule
		}
		if after.empty() && before.empty() && endsWithColon(st) {
			// "New members:" with the list on the next lines
			d.pending = &pendingList{obj: obj, neg: h.absent, since: d.dateAt(st, fl, k, h.i, false)}
		}
		// "trois grands États ne sont pas signataires : A, B"; « ne sont
		// pas signataires : ni A, ni B »: one negation, said twice
		after.neg = after.neg || d.negatedBefore(st, fl.clauses[k].i, h.i)
		for _, l := range []actorList{after, before} {
			if l.empty() {
				continue
			}
			neg := h.absent != l.neg != d.noneAfter(st, h.j)
			since := d.dateAt(st, fl, k, h.i, false)
			fl.covered = append(fl.covered, [2]int{max(0, h.i-3), max(oEnd, h.j) + 1})
			if d.x.Lang.Frames.author.at(st.toks, h.i) == h.j-h.i {
				if !neg { // "Among its authors are A and B": they launched it
					d.stateStance(st, pledgegraph.Launched, l, obj, false, since, 0.7, h.i, max(oEnd, h.j), "lau.authors")
				}
				continue
			}
			r := rule
			if r == "mem.list" && d.x.Lang.Frames.late.at(st.toks, h.i) == h.j-h.i {
				r = "mem.late" // "The newcomers are A and B": joined after the launch
			}
			d.stateStance(st, pledgegraph.Supports, l, obj, neg, since, 0.7, h.i, max(oEnd, h.j), r)
			if d.x.Lang.Frames.signer.at(st.toks, h.i) == h.j-h.i && allPersons(l) {
				// "The signatories were Mr. Adam Malik, Foreign Minister of Indonesia; …": their states sign
				d.stateStance(st, pledgegraph.Supports, actorList{items: d.statesOf(l.items, false)}, obj, neg, since, 0.7, h.i, max(oEnd, h.j), r)
			}
			if launch, n := d.x.Lang.Frames.founder.match(st.toks, h.i); launch && n == h.j-h.i && !neg {
				// "Its founders, in 2011, were A and B": they launched it too
				d.stateStance(st, pledgegraph.Launched, l, obj, false, since, 0.7, h.i, max(oEnd, h.j), "lau.founders")
			}
		}
	}
	d.intakeStances(st, fl)
	d.groupLists(st)
}

// listOfLater reports whether the list l after the membership noun h is
// the subject of a later membership noun of the clause k, which says
// what the items are ("The American members, among them AT&T and
// Zenith, are not among the DVB signatories": members of something
// else, not of the initiative). amongOf gives the list said to be among
// a noun.
func listOfLater(fl *frameLayer, hs []holderNoun, h holderNoun, k int, l actorList, amongOf func(int, holderNoun) actorList) bool {
	if l.empty() {
		return false
	}
	for _, o := range hs {
		if o.i <= h.i || clauseAt(fl.clauses, o.i) != k {
			continue
		}
		for _, m := range amongOf(k, o).items {
			if slices.Contains(l.items, m) {
				return true
			}
		}
	}
	return false
}

// holderOfOther reports whether the membership noun h of the sentence,
// among hs, is said of something else than an initiative: an event, a
// body (whose members it then states), the members a name owns, or a
// body an apposition speaks of.
func (d *docState) holderOfOther(st *sent, fl *frameLayer, hs []holderNoun, h holderNoun) bool {
	if d.eventObject(st, h.j) {
		return true // "absent from the summit", "participants in the meeting": of an event, not of the initiative
	}
	if org := d.bodySpokenOf(st, hs, h); org != nil {
		d.bodyMembers(st, fl, h, org) // "the organization's 30 member countries …, and by China, which are not members"
		return true
	}
	if d.possessedMembers(st, h) {
		return true // "SESAME's eight members are A and B"
	}
	if org := d.qualifyingBody(st, h); org != nil {
		d.bodyMembers(st, fl, h, org) // "China and Russia, which are not WTO members"
		return true
	}
	return appositionBefore(d.x.Lang, st.toks, hs, h) // « La Bolivie, membre depuis juillet, n'est pas partie à l'accord »: a member of another body
}

// appositionBefore reports whether the membership noun h stands in an
// apposition, after a comma and closed by another, with no preposition
// of owner after it, and another membership noun follows in the sentence (« La
// Bolivie, membre depuis juillet, n'est pas partie à l'accord », "Bolivia,
// a member since July, is not a party to the agreement"): the
// apposition speaks of a body the text knows, the noun after it of the
// text.
func appositionBefore(lang *Language, toks []Token, hs []holderNoun, h holderNoun) bool {
	if h.i == 0 || toks[h.i-1].Text != "," && !(h.i > 1 && toks[h.i-2].Text == ",") || h.j < len(toks) && lang.ownerPrep(toks[h.j].Fold) {
		return false // not "Romania, a member of the Warsaw Pact, was not invited"
	}
	closed := -1
	for q := h.j; q < len(toks) && q < h.j+5; q++ {
		if toks[q].Text == "," {
			closed = q
			break
		}
	}
	return closed >= 0 && slices.ContainsFunc(hs, func(o holderNoun) bool { return o.i > closed })
}

// bodySpokenOf returns, for a negated membership noun h without a
// complement, the body whose members a noun before it in the sentence is said to be
// ("the organization's 30 member countries", "les pays membres de
// l'organisation", "OECD member states"): "which are not members" after
// it speaks of the same body, not of the initiative. The body is named
// there, or taken up by a description of its kind ("the organization")
// from the last one named; nil when there is none.
func (d *docState) bodySpokenOf(st *sent, hs []holderNoun, h holderNoun) *mention {
	fr, toks := &d.x.Lang.Frames, st.toks
	if fr.prep.at(toks, h.j) > 0 || h.absent || !d.negatedHolder(toks, h) {
		return nil
	}
	for _, h0 := range hs {
		if h0.j > h.i {
			break
		}
		q := h0.i
		if q > 0 && (toks[q-1].Number || d.x.Lang.Numbers[toks[q-1].Fold] > 0) {
			q-- // "30 member countries"
		}
		org, e := d.memberOwner(st, q), -1
		if q >= 2 && fr.possMark.at(toks, q-1) == 1 {
			e = q - 2 // "the organization's"
		}
		if org == nil {
			org = d.qualifyingBody(st, h0)
		}
		if p := h0.j + fr.prep.at(toks, h0.j); org == nil && p > h0.j && d.x.Lang.ownerPrep(toks[h0.j].Fold) {
			p += fr.article.at(toks, p)
			if org = d.mentionAt(st, p); org == nil && p < len(toks) {
				e = p // "de l'organisation"
			}
		}
		if org != nil {
			if org.kind != pledgegraph.KindOrganization {
				return nil
			}
			return org
		}
		if e >= 0 && e < len(toks) && d.bodyNounAt(toks, e) {
			if id := d.lastOfKind(st.s.Start, pledgegraph.KindOrganization); id != "" {
				return &mention{i: h0.i, j: h0.j, id: id, kind: pledgegraph.KindOrganization}
			}
		}
	}
	return nil
}

// bodyNounAt reports whether toks[e] ends a description of an
// organisation ("the organization's", "de l'organisation").
func (d *docState) bodyNounAt(toks []Token, e int) bool {
	for _, c := range d.x.Lang.BodyRefs {
		if n := len(c.Phrase); c.Kind == pledgegraph.KindOrganization && n > 0 && toks[e].Fold == c.Phrase[n-1] {
			return true
		}
	}
	return false
}

// noneAfter reports whether a negative quantifier follows a membership
// noun, after a preposition or not: « n'est partie à aucune des trois
// conventions », "is a party to none of them".
func (d *docState) noneAfter(st *sent, j int) bool {
	fr := &d.x.Lang.Frames
	j += fr.prep.at(st.toks, j)
	return fr.negQ.at(st.toks, j) > 0
}

// groupLists states that the states listed after a group's name and a
// dash, a colon or a bracket are its members: "the Five Eyes — the
// United Kingdom, the United States, Australia —", "des sept pays du
// G7 - Allemagne, Canada, Etats-Unis -". After a genitive, only a group
// the reference data knows: "observer states of the Council of Europe:
// A, B" are no members.
func (d *docState) groupLists(st *sent) {
	for _, g := range st.ms {
		if g.kind != pledgegraph.KindOrganization || g.j >= len(st.toks) {
			continue
		}
		known := g.entry != nil && d.x.Ref.IsGroup(g.entry.Key)
		p := g.j
		if known && p+1 < len(st.toks) && d.x.Lang.CountNouns[st.toks[p].Fold] != "" && st.toks[p+1].Text == "," {
			p++ // "the seven G7 countries, Canada, France, …"
		}
		switch st.toks[p].Text {
		case "—", "–", "-", ":", "(":
		case ",":
			if !known {
				continue // a comma after a known group only: "les sept pays du G7, l'Allemagne, le Canada"
			}
		default:
			continue
		}
		if q := d.x.Lang.Frames.articleStart(st.toks, g.i); !known && q > 0 && d.x.Lang.ownerPrep(st.toks[q-1].Fold) {
			continue // "observer states of the Council of Europe: A, B": of what they are
		}
		l := d.actorsAfter(st, p+1).states()
		if st.toks[p].Text == "(" {
			l.items = inBrackets(st.toks, p, l.items) // "the Quad (A, B, C, D)", not "the EFF (US), the CIS (India)"
		}
		if len(l.items) < 2 || known && !d.allMembers(g.entry.Key, l) {
			continue // "observer states of the Council of Europe: Canada, Japan": not its members
		}
		d.stateStance(st, pledgegraph.MemberOf, l, g.id, false, pledgegraph.Date{}, 0.7, g.i, l.hi, "mem.grouplist")
	}
}

// inBrackets returns the items that stand before the bracket that
// closes the one opened at toks[open].
func inBrackets(toks []Token, open int, items []*mention) []*mention {
	c := open + 1
	for c < len(toks) && toks[c].Text != ")" {
		c++
	}
	n := 0
	for n < len(items) && items[n].j <= c {
		n++
	}
	return items[:n]
}

// allMembers reports whether every state of l is a member of the group
// of key at the publication date (today's members without one).
func (d *docState) allMembers(key string, l actorList) bool {
	members := d.x.Ref.Members(key, d.doc.Published)
	for _, m := range l.items {
		if m.entry == nil || !contains(members, m.entry.Key) {
			return false
		}
	}
	return true
}

// bodyMembership states that the states a membership noun is said of
// are members of the organisation named after it, or are not: "la
// Chine n'est pas membre de l'OCDE", "France is a member of NATO".
func (d *docState) bodyMembership(st *sent, fl *frameLayer, h holderNoun) {
	fr := &d.x.Lang.Frames
	p := h.j
	if n := fr.prep.at(st.toks, p); n > 0 {
		p += n + fr.article.at(st.toks, p+n)
	}
	org := d.mentionAt(st, p)
	if p == h.j || org == nil || org.kind != pledgegraph.KindOrganization || h.absent {
		return
	}
	d.bodyMembers(st, fl, h, org)
}

// colonMembers returns the states and companies listed after a colon or a dash right
// after the body org of the membership noun h ("11 member states of the
// European Space Agency: Belgium, Denmark"), or none; not after a
// negated noun ("qui ne sont pas membres du Conseil de l'Europe :").
func (d *docState) colonMembers(st *sent, h holderNoun, org *mention) actorList {
	toks := st.toks
	if org.j >= len(toks) || toks[org.j].Text != ":" && !isDash(toks[org.j].Text) {
		return actorList{}
	}
	if d.negatedHolder(toks, h) {
		return actorList{}
	}
	return d.actorsAfter(st, org.j+1).joiners()
}

// possessedMembers states that the states a body's membership noun in the
// possessive, or after a relative pronoun of possession, introduces are
// its members ("ASEAN's ten members are A and B", "SESAME's eight
// members: A, B", "LAFTA, whose members include A") and reports whether
// it did.
func (d *docState) possessedMembers(st *sent, h holderNoun) bool {
	toks := st.toks
	q := h.i
	if q > 0 && (toks[q-1].Number || d.x.Lang.Numbers[toks[q-1].Fold] > 0) {
		q-- // "ten members"
	}
	if h.absent {
		return false
	}
	org := d.memberOwner(st, q)
	if org == nil || org.kind != pledgegraph.KindOrganization {
		return false
	}
	if d.negatedHolder(toks, h) {
		return false
	}
	l := d.listIntroduced(st, h.j, true).states()
	if l.empty() {
		return false
	}
	d.stateStance(st, pledgegraph.MemberOf, l, org.id, l.neg, pledgegraph.Date{}, 0.7, org.i, h.j, "mem.body")
	return true
}

// memberOwner returns the body whose membership noun starts at toks[q]:
// in the possessive ("ASEAN's ten members"), the antecedent of a
// relative pronoun of possession ("LAFTA, whose members include",
// "l'ALALC, dont les membres sont"), or the body a possessive determiner
// takes up (see subjectBody: « L'ALADI … Ses onze membres sont », "NATO
// … Its members are"); or nil.
func (d *docState) memberOwner(st *sent, q int) *mention {
	fr, toks := &d.x.Lang.Frames, st.toks
	if q >= 2 && fr.possMark.at(toks, q-1) == 1 {
		return d.mentionEndingAt(st, q-1)
	}
	if q >= 1 && d.x.Lang.Possessives[toks[q-1].Fold] && !d.x.Lang.PluralPoss[toks[q-1].Fold] {
		if id := d.subjectBody(toks[q-1].Start); id != "" {
			return &mention{i: q - 1, j: q, id: id, kind: pledgegraph.KindOrganization}
		}
		return nil
	}
	if b := fr.articleStart(toks, q); b >= 2 && d.x.Lang.Whose[toks[b-1].Fold] {
		return mentionEndingAt(st, b-1, bodyKinds...)
	}
	return nil
}

// subjectBody returns the organisation that the text named last, of the
// bodies and initiatives, before offset at, when that name opens its
// sentence, perhaps after an article: the subject a possessive takes
// up ("NATO met on Friday. Its members"), not a body named inside
// another name ("a United Nations Group of Governmental Experts … The
// group … Its members"); or "".
func (d *docState) subjectBody(at int) pledgegraph.EntityID {
	for q := len(d.ments) - 1; q >= 0; q-- {
		m := d.ments[q]
		e := d.ents[m.Entity]
		if m.Start >= at || e == nil || e.Kind != pledgegraph.KindOrganization && e.Kind != pledgegraph.KindInitiative {
			continue
		}
		start := m.Start
		before := strings.TrimRight(d.text[:start], " ")
		k := strings.LastIndexAny(before, " \n\t") + 1
		if w := strings.TrimRight(before[k:], "'’"); w != "" && d.x.Lang.Definite[foldWord(w)] {
			start = k // "The OECD", « L'OTAN »
		}
		if e.Kind != pledgegraph.KindOrganization || !d.opensSentence(start) {
			return ""
		}
		return e.ID
	}
	return ""
}

// copulaMembers returns the states and companies a copula right after the body org of
// the membership noun h introduces ("the members of the OECD are Chile
// and Mexico", "les membres de l'OCDE sont le Chili et le Mexique"), or
// none; not after a negated noun.
func (d *docState) copulaMembers(st *sent, h holderNoun, org *mention) actorList {
	if d.x.Lang.Frames.copula.at(st.toks, org.j) == 0 || d.negatedHolder(st.toks, h) {
		return actorList{}
	}
	return d.listIntroduced(st, org.j, true).joiners()
}

// negatedHolder reports whether a negation ends in the four words before
// the membership noun h: "qui ne sont pas membres du Conseil de l'Europe".
func (d *docState) negatedHolder(toks []Token, h holderNoun) bool {
	_, n := d.x.Lang.Frames.neg.endingAt(toks, h.i, 4)
	return n >= 0
}

// qualifyingBody returns the organisation named right before the membership
// noun h, which it qualifies ("a WTO member", "are not WTO members"), or
// nil.
func (d *docState) qualifyingBody(st *sent, h holderNoun) *mention {
	if h.absent || d.x.Lang.Frames.member.at(st.toks, h.i) != h.j-h.i {
		return nil
	}
	if org := d.mentionEndingAt(st, h.i); org != nil && org.kind == pledgegraph.KindOrganization && org.j-org.i == 1 {
		return org
	}
	return nil
}

// attributeAt reports whether the noun phrase at toks[q], an article
// perhaps first, follows a copula, a negation or a comma: an attribute
// ("are not WTO members", "is a WTO member") or an apposition ("China, a
// WTO member"), not a complement ("the governments of EU member states").
func (d *docState) attributeAt(toks []Token, q int) bool {
	fr := &d.x.Lang.Frames
	if _, a := fr.article.endingAt(toks, q, 1); a >= 0 {
		q = a
	}
	return q > 0 && toks[q-1].Text == "," || attribute(toks, q, fr)
}

// bodyMembers states that the states said to be among the holders h are
// members of the organisation org; companies among them make it an
// alliance they support (see openBody).
func (d *docState) bodyMembers(st *sent, fl *frameLayer, h holderNoun, org *mention) {
	var l actorList
	if org.j == h.i {
		h.i = org.i                                    // "are not WTO members": the noun with the body that qualifies it
		l = d.listIntroduced(st, h.j, false).joiners() // "EU members such as Austria and Ireland"
		if l.empty() && d.attributeAt(st.toks, org.i) {
			l = d.listAmong(st, fl, clauseAt(fl.clauses, h.i), h).joiners()
		}
	} else if l = d.colonMembers(st, h, org); l.empty() {
		if l = d.copulaMembers(st, h, org); l.empty() {
			l = d.listAmong(st, fl, clauseAt(fl.clauses, h.i), h).joiners() // "China is not a member of the OECD"
		}
	}
	lo, hi := min(h.i, org.i), max(h.j, org.j)
	if id := org.id; d.openedBy(st, l, id) != id {
		d.stateStance(st, pledgegraph.Supports, l, org.id, l.neg, pledgegraph.Date{}, 0.7, lo, hi, "mem.alliance")
		return
	}
	if l = l.states(); !l.empty() {
		d.stateStance(st, pledgegraph.MemberOf, l, org.id, l.neg, pledgegraph.Date{}, 0.7, lo, hi, "mem.body")
	}
}

// openedBy returns, when companies are among the joiners l of the
// organisation id, which the reference data does not know, the
// initiative openBody makes of it, which the mentions of st now name, or
// id.
func (d *docState) openedBy(st *sent, l actorList, id pledgegraph.EntityID) pledgegraph.EntityID {
	known := slices.ContainsFunc(st.ms, func(m *mention) bool { return m.id == id && m.entry != nil })
	if !l.hasCompany() || known {
		return id // not NATO
	}
	to := d.openBody(id)
	for _, m := range st.ms {
		if m.id == id {
			m.id, m.kind = to, pledgegraph.KindInitiative
		}
	}
	return to
}

// openBody makes the organisation id, unknown to the reference data, an
// initiative: companies join it ("Siemens joined the Open Software
// Foundation", "Microsoft et IBM sont membres de l'AI Verify Foundation"),
// so it is an alliance its members support, not a body of member states.
// It returns the initiative's ID, or id when id is no organisation.
func (d *docState) openBody(id pledgegraph.EntityID) pledgegraph.EntityID {
	e := d.ents[id]
	if e == nil || e.Kind != pledgegraph.KindOrganization {
		return id
	}
	to := d.entityID(pledgegraph.KindInitiative, e.Name)
	if _, ok := d.ents[to]; !ok {
		ne := *e
		ne.Kind, ne.ID = pledgegraph.KindInitiative, to
		d.ents[to] = &ne
		d.order = slices.Insert(d.order, slices.Index(d.order, id)+1, to)
	}
	for _, f := range d.facts {
		if f.Object == id && f.Predicate == pledgegraph.MemberOf {
			f.Predicate = pledgegraph.Supports // its member states support it too
		}
	}
	d.remap(id, to)
	for _, names := range []map[string]pledgegraph.EntityID{d.dyn, d.offices} {
		for k, v := range names {
			if v == id {
				names[k] = to // its acronym, its chair
			}
		}
	}
	for _, dns := range d.dynNames {
		for k := range dns {
			if dns[k].id == id {
				dns[k].id = to // its name of several words
			}
		}
	}
	if eds, ok := d.editions[id]; ok {
		d.editions[to] = append(d.editions[to], eds...) // its meetings
		delete(d.editions, id)
	}
	return to
}

// launchByStances states who launched the initiative a sentence names
// when a phrase of the frame table introduces them ("sous l'impulsion de
// Microsoft, WISeKey a rejoint l'initiative TechAccord", "the Charter,
// drawn up at the initiative of Siemens"): the initiative named first
// after the phrase's list, else the last one named before it; for a
// participle ("published by"), the one named right before its comma.
func (d *docState) launchByStances(st *sent, fl *frameLayer) {
	fr := &d.x.Lang.Frames
	for q := 0; q < len(st.toks); q++ {
		prev, n := fr.launchBy.match(st.toks, q)
		if n == 0 {
			continue
		}
		l := d.beforeSubject(st, fl, d.actorsAfter(st, q+n))
		if l.empty() {
			continue
		}
		var obj pledgegraph.EntityID
		if prev {
			// "the Statement on AI Risk, published by": the participle of
			// the initiative right before, and of nothing else
			if m := mentionEndingAt(st, q, pledgegraph.KindInitiative); m != nil {
				obj = m.id
			}
		} else {
			obj = d.launchedAfter(st, fl, l.hi)
			if obj == "" {
				obj = d.initiativeBefore(st, 0, q)
			}
		}
		if obj == "" {
			continue
		}
		var since pledgegraph.Date
		if !prev { // a participle's clause says when the text was launched no more than "The Hague Process, led by the Netherlands, ended in 2021" does
			since = d.dateAt(st, fl, clauseAt(fl.clauses, q), q, false)
		}
		d.stateStance(st, pledgegraph.Launched, l, obj, false, since, 0.7, q, q+n, "lau.by")
		fl.launchCovered = append(fl.launchCovered, [2]int{q, l.hi})
		q = l.hi - 1
	}
}

// launchedAfter returns the initiative named first from token p, noted
// as launched for where it was presented, or "".
func (d *docState) launchedAfter(st *sent, fl *frameLayer, p int) pledgegraph.EntityID {
	for _, m := range st.ms {
		if m.i >= p && (m.initiative() || m.anaphora) {
			fl.launched = append(fl.launched, m)
			return m.id
		}
	}
	return ""
}

// absenceBefore reports whether a verb of staying out ends in the six
// tokens before toks[i] ("absent from the list of", "missing from the
// first group of"), whose complement the membership noun there is.
func (d *docState) absenceBefore(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	for q := max(0, i-6); q < i; q++ {
		if n := fr.stayOutAt(st.toks, q); n > 0 && q+n <= i {
			return true
		}
	}
	return false
}

// holderOf returns the initiative a membership noun is about and the end
// of its complement: the one named after it ("signatories of the Call",
// "membres de la CRI"), the one named just before ("the Initiative's
// members"), else the one the sentence names, else the one under
// discussion.
func (d *docState) holderOf(st *sent, fl *frameLayer, h holderNoun) (pledgegraph.EntityID, int) {
	fr := &d.x.Lang.Frames
	p := h.j
	if p+1 < len(st.toks) && d.plainWord(st.toks, p) && fr.prep.at(st.toks, p+1) > 0 && d.x.Lang.ownerPrep(st.toks[p+1].Fold) {
		p++ // "le premier partenaire commercial du continent": an adjective, then the complement
	}
	q := p // the complement's preposition, if any
	m := d.mentionAt(st, p)
	if n := fr.prep.at(st.toks, p); n > 0 {
		p += n
		if m = d.mentionAt(st, p); m == nil { // "de l'Alliance": the article may be the mention's
			p += fr.article.at(st.toks, p)
			m = d.mentionAt(st, p)
		}
	}
	if p > q && m != nil && !m.initiative() && !m.anaphora {
		return "", h.j // "a member of NATO": of a body, not of an initiative
	} else if p > q && m == nil && d.ofCommonNoun(st.toks, q, p) {
		return "", h.j // "les États membres de l'organisation": of what is no initiative
	} else if p > q && p < len(st.toks) && m == nil && st.toks[p].Cap && d.x.Lang.ownerPrep(st.toks[q].Fold) {
		return "", h.j // "close partners of Washington": of a name that is no initiative's
	}
	if m := d.mentionEndingAt(st, h.i); m != nil && !m.initiative() && !m.anaphora {
		return "", h.j // "New GFCE members", "the only OECD members": of a body
	}
	if b := fr.articleStart(st.toks, h.i); b >= 2 && d.x.Lang.Whose[st.toks[b-1].Fold] && mentionEndingAt(st, b-1, bodyKinds...) != nil {
		return "", h.j // "LAFTA, whose members include …", "l'ALALC, dont les membres comprennent …": the body's
	}
	if m := d.complementPastAside(st, h.j); m != nil {
		return m.id, m.j // "remains a partner, with Greece and Turkey, in the Balkan Pact"
	}
	var near *mention
	for _, m := range st.ms {
		if !(m.initiative() || m.anaphora) {
			continue
		}
		if p > q && m.i == p || m.i == h.j {
			return m.id, m.j
		}
		if m.j <= h.i && m.j >= h.i-3 {
			return m.id, h.j
		}
		if near == nil && !(m.i > h.j && d.listItem(st, m)) && !asideOf(fl.clauses, m.i, h.i) {
			near = m // not an item of the list the noun introduces: "The founding members are: A, the European Network for …, B"
		}
	}
	if near != nil {
		return near.id, h.j
	}
	owned := h.i > 0 && fr.possDet.at(st.toks, h.i-1) > 0 || h.i > 1 && fr.possDet.at(st.toks, h.i-2) > 0 // "ses membres", "ses autres membres"
	// a text's signatories are no body's
	owned = owned && fr.signer.at(st.toks, h.i) != h.j-h.i
	if prev := d.prevSent; owned && prev != nil && !slices.ContainsFunc(prev.ms, (*mention).initiative) && !d.lastIn(prev) {
		return "", h.j // "Créée par le Conseil, elle est présidée par X. Ses autres membres sont …": the body's
	}
	return d.topic(), h.j
}

// complementPastAside returns the initiative named by the complement
// that follows an aside between commas right after token q-1, the end of
// a membership noun ("a partner, with Greece and Turkey, in the Balkan
// Pact", « signataire, pour sa part, du Pacte balkanique »), or nil.
func (d *docState) complementPastAside(st *sent, q int) *mention {
	toks := st.toks
	if q >= len(toks) || toks[q].Text != "," {
		return nil
	}
	for c := q + 1; c < len(toks) && c <= q+8; c++ {
		if toks[c].Text != "," {
			continue
		}
		p := d.pastPrep(st, c+1)
		if m := d.mentionAt(st, p); p > c+1 && m != nil && m.initiative() && !m.anaphora {
			return m
		}
		return nil
	}
	return nil
}

// asideOf reports whether token i stands in a relative clause that
// token h is outside of: "La France et l'Allemagne, qui portent le
// projet Gaia-X, figurent parmi les signataires" (of the text under
// discussion, not of Gaia-X).
func asideOf(cs []clause, i, h int) bool {
	k := clauseAt(cs, i)
	return cs[k].rel && clauseAt(cs, h) != k
}

// listItem reports whether the mention m stands after a comma, a colon
// or a conjunction (its article between), as a list's items do.
func (d *docState) listItem(st *sent, m *mention) bool {
	toks, lang := st.toks, d.x.Lang
	b := lang.Frames.articleStart(toks, m.i)
	if b == 0 {
		return false
	}
	return toks[b-1].Text == "," || toks[b-1].Text == ":" || lang.And.MatchAt(toks, b-1) == 1
}

// ofCommonNoun reports whether the complement of a membership noun,
// its preposition at toks[j] (of an owner, or of place) and its noun at
// toks[p], is about a common noun that names no initiative ("les États
// membres de l'organisation", "the partners in the algorithm
// initiative"; not "the members of the partnership", "signataires du
// texte").
func (d *docState) ofCommonNoun(toks []Token, j, p int) bool {
	lang := d.x.Lang
	if p >= len(toks) || !lang.ownerPrep(toks[j].Fold) && !lang.PlacePreps[toks[j].Fold] {
		return false // "les États membres de l'organisation", "the partners in the algorithm initiative"
	}
	t := &toks[p]
	return !t.Cap && !t.Punct && !t.Number && !lang.lowerNameHead(t) && !lang.AnaphoraHeads[t.Fold]
}

// listIntroduced returns the actors a membership noun ending at token p
// introduces: after a copula, a colon, a dash or a list word, with at most
// a few words between (a date, "now", "the following"); after a list word
// only when copula is false.
func (d *docState) listIntroduced(st *sent, p int, copula bool) actorList {
	fr := &d.x.Lang.Frames
	if l := d.apposedList(st, p); len(l.items) > 1 {
		return l // "The seven founding companies, Facebook, Samsung and Nokia, said"
	}
	if l := d.bracketedList(st, p); !l.empty() {
		return l
	}
	for q := p; q < len(st.toks) && q < p+30; q++ {
		t := st.toks[q]
		n := fr.listIn.at(st.toks, q)
		if c := fr.copula.at(st.toks, q); copula && c >= fr.aux.at(st.toks, q) {
			n = max(n, c) // not "are to be named": an auxiliary's verb group
		}
		if q >= p+8 && n > 0 {
			n = 0 // far from the noun only a colon introduces its list
		}
		if copula && (t.Text == ":" || t.Text == "—" || t.Text == "–") {
			n = 1
		}
		if n > 0 {
			l := d.actorsAfter(st, d.skipFollowing(st, q+n))
			if len(l.items) > 0 {
				return l
			}
			continue
		}
		if k := fr.parts.at(st.toks, q); k > 0 && fr.agent.at(st.toks, q+k) > 0 {
			q += k - 1 // "la liste des signataires publiée par Bruxelles, où figurent": a participle of the noun
			continue
		}
		if m := d.mentionAt(st, q); t.Punct && t.Text != "," || m != nil && isActor(m) && !d.governed(st, m) {
			return actorList{} // not "published by Brussels, which includes": a complement
		}
		if fr.verbs.at(st.toks, q) > 0 || fr.aux.at(st.toks, q) > 0 || fr.neg.at(st.toks, q) > 0 {
			return actorList{} // "partners did not sign, among them A": the verb's list, not the noun's
		}
	}
	return actorList{}
}

// apposedList returns the list of actors in apposition between commas
// right after the noun that ends before toks[p], or an empty list.
func (d *docState) apposedList(st *sent, p int) actorList {
	if p >= len(st.toks) || st.toks[p].Text != "," {
		return actorList{}
	}
	l := d.actorsAfter(st, p+1)
	if l.hi >= len(st.toks) || st.toks[l.hi].Text != "," || l.lo != p+1 && !d.x.Lang.is(wsArticles, &st.toks[p+1]) {
		return actorList{}
	}
	return l
}

// bracketedList returns the list of actors that opens in brackets or,
// after a comma, with a pronoun that takes up the noun ending before
// toks[p] ("three abstentions (Argentina, Japan)", « deux abstentions,
// celles du Mexique et de l'Argentine »), or an empty list.
func (d *docState) bracketedList(st *sent, p int) actorList {
	toks := st.toks
	switch {
	case p < len(toks) && toks[p].Text == "(":
		return d.actorsAfter(st, p+1)
	case p+1 < len(toks) && toks[p].Text == ",":
		if n := d.x.Lang.Frames.thatOf.at(toks, p+1); n > 0 {
			return d.actorsAfter(st, p+1+n)
		}
	}
	return actorList{}
}

// skipFollowing skips "the following:", "désormais", ":", adverbs ("en
// revanche") and a pronoun that takes up the noun ("celles de", "those
// of") before a list.
func (d *docState) skipFollowing(st *sent, p int) int {
	for n := d.x.Lang.Frames.adverb.at(st.toks, p); n > 0; n = d.x.Lang.Frames.adverb.at(st.toks, p) {
		p += n
	}
	if n := d.x.Lang.Frames.thatOf.at(st.toks, p); n > 0 {
		return p + n // "Treize signatures figurent au bas du texte : celles de A, B"
	}
	for q := p; q < len(st.toks) && q < p+4; q++ {
		t := st.toks[q]
		if t.Text == ":" || t.Text == "—" {
			return q + 1 + d.x.Lang.Frames.thatOf.at(st.toks, q+1)
		}
		if t.Cap || t.Punct || d.mentionAt(st, q) != nil {
			break
		}
	}
	return p
}

// mentionAt returns the mention starting at token q, or nil.
func (d *docState) mentionAt(st *sent, q int) *mention {
	for _, m := range st.ms {
		if m.i == q {
			return m
		}
	}
	return nil
}

// apposedHolder reports whether the holder noun at toks[i] opens an
// apposition to an actor's name: a comma before it, or a comma and one
// lower-case word ("all members of", "tous membres de", "pourtant
// membre de"), with the name ending at the comma.
func apposedHolder(st *sent, i int) bool {
	c := i - 1
	if c > 1 && st.toks[c].Text != "," && !st.toks[c].Cap && !st.toks[c].Punct {
		c--
	}
	return c > 0 && st.toks[c].Text == "," && slices.ContainsFunc(st.ms, func(m *mention) bool { return m.j == c && isActor(m) })
}

// noneOfBefore reports whether a negative quantifier with its genitive
// ("none of", "not one of", « aucun des », « aucune de ») and the noun
// it takes, set off by a comma, stand before the list of actors that
// starts at toks[lo], the list in apposition to the noun: it names those
// the quantifier takes none of ("None of the five nuclear-weapon States,
// the United States, …, is a party"). The quantifier opens its sentence
// or follows punctuation.
func (d *docState) noneOfBefore(st *sent, lo int) bool {
	toks, lang := st.toks, d.x.Lang
	q := lo
	for q > 0 && lang.Frames.article.at(toks, q-1) == 1 {
		q-- // « , les États-Unis »
	}
	if q == 0 || toks[q-1].Text != "," {
		return false
	}
	for p := q - 2; p >= 0 && p >= q-9; p-- {
		if toks[p].Punct {
			return false // the noun runs from the quantifier to the comma
		}
		n := lang.Frames.negQ.at(toks, p)
		if n == 0 || p > 0 && !toks[p-1].Punct || p+n >= q-1 {
			continue
		}
		return n > 1 || lang.OfPrep[toks[p+n].Fold]
	}
	return false
}

// listAmong returns the actors said to be among the holders: "A figure
// parmi les signataires", "A is a member of", "A et B ne font pas partie
// des premiers signataires", "le Chili est membre". The list stands
// before a copula and a word of inclusion (or an indefinite article, or
// nothing: an attribute) just before the noun; a
// negation between says they are not; a governing verb of intention
// says nothing yet, unless negated ("ne devraient figurer parmi").
func (d *docState) listAmong(st *sent, fl *frameLayer, k int, h holderNoun) actorList {
	fr := &d.x.Lang.Frames
	hi := h.i
	if m := d.mentionEndingAt(st, h.i); m != nil && m.initiative() {
		hi = m.i // "are not Wassenaar participants": the initiative's short name before the noun
	}
	p, article, poss := hi, false, false
	for steps := 0; steps < 4 && p > 0 && !attribute(st.toks, hi, fr); steps++ {
		if _, a := fr.among.endingAt(st.toks, p, 5); a >= 0 || st.toks[p-1].Punct {
			break
		}
		if _, a := fr.article.endingAt(st.toks, p, 1); a >= 0 {
			p, article = a, true // "parmi les signataires", "a founding member"
			break
		}
		if _, a := fr.possDet.endingAt(st.toks, p, 1); a >= 0 {
			p, article, poss = a, true, true // "are its global sponsors", "sont ses membres fondateurs"
			break
		}
		p-- // "les premiers signataires"
	}
	_, a := fr.among.endingAt(st.toks, p, 5)
	switch {
	case a >= 0:
	case article:
		a = p // "X is a member of"
	case attribute(st.toks, hi, fr):
		a = hi // "la Chine n'est pas membre de", "are signatories of"
	case apposedHolder(st, h.i):
		a = h.i // "le Kenya, signataire de l'accord depuis 2021": in apposition to a name
		if st.toks[a-1].Text != "," {
			a-- // "China and Russia, all members of the SCO"
		}
	default:
		return actorList{}
	}
	q, neg, intend, copula := d.holderVerb(st, a)
	if q == a && st.toks[max(0, a-1)].Text != "," && !poss {
		return d.invertedHolders(st, fl, a) // "Nor was Washington a party"; no copula: "signed among the first"
	}
	if poss && !copula {
		return actorList{} // "apporterait jeudi son soutien"
	}
	l := d.holderSubject(st, fl, q)
	l.neg = l.neg != neg
	for b := l.hi; b < q && !l.empty() && !neg; b++ {
		// "A, B and C, none of which is among the signatories", "dont
		// aucun n'est"; not a quantifier inside a relative clause ("A,
		// which has no border with China, is not a party"), nor one of
		// an apposition before a negated verb ("India and Brazil,
		// neither of them an OECD member, are not among the signatories")
		if _, w := fr.listIn.endingAt(st.toks, b, 2); b > 0 && fr.negQ.at(st.toks, b) > 0 && (st.toks[b-1].Punct || w >= 0) {
			l.neg = !l.neg
			break
		}
	}
	if !neg && !l.neg && d.noneOfBefore(st, l.lo) {
		l.neg = true // "None of the five nuclear-weapon States, A, B and C, is a party", « Aucune des cinq puissances, A, B et C, n'est partie »
	}
	if intend && !l.neg {
		fl.covered = append(fl.covered, [2]int{q, h.j + 1})
		return actorList{} // "devrait figurer parmi": not yet
	}
	return l
}

// invertedHolders returns the actors between a copula and the holder
// noun's phrase at toks[a], the copula opening the sentence or a clause
// after "nor" or "neither": "Nor was the United States a party",
// "neither was Indonesia a signatory" — no holders; or none.
func (d *docState) invertedHolders(st *sent, fl *frameLayer, a int) actorList {
	fr, toks := &d.x.Lang.Frames, st.toks
	l := d.holderSubject(st, fl, a)
	if l.empty() || l.hi != a {
		return actorList{}
	}
	_, c := fr.copula.endingAt(toks, fr.articleStart(toks, l.lo), 2)
	if c < 0 {
		return actorList{}
	}
	_, n := fr.negQ.endingAt(toks, c, 1)
	if n < 0 || n > 0 && !toks[n-1].Punct && !d.x.Lang.glue(toks[n-1]) {
		return actorList{}
	}
	l.neg = true
	return l
}

// holderVerb returns where the verb group before a holder noun's
// phrase at toks[a] starts, past negation, verbs of control, copula and
// adverbs ("ne devraient figurer parmi", "are both supporters", "refuse
// to be among"), whether it is negated, whether it says an intention
// only, and whether it holds a copula.
func (d *docState) holderVerb(st *sent, a int) (q int, neg, intend, copula bool) {
	fr := &d.x.Lang.Frames
	q = a
	ne := false // past a negation's first word ("n'"), whose second comes after it
	for steps := 0; steps < 6 && q > 0; steps++ {
		if _, b := fr.neg.endingAt(st.toks, q, 3); b >= 0 && !ne {
			q, neg = b, !neg // not "non plus" before "n'est pas"
			continue
		}
		if c, b := fr.control.endingAt(st.toks, q, 5); b >= 0 && q < a {
			q, neg, intend = b, neg != (c == ctrlNeg), intend || c == ctrlIntend
			continue // "ne devraient figurer parmi", "refuse to be among"
		}
		if _, b := fr.negPre.endingAt(st.toks, q, 1); b >= 0 {
			q, ne = b, true
			continue
		}
		if _, b := fr.copula.endingAt(st.toks, q, 3); b >= 0 {
			q, copula = b, true
			continue
		}
		if _, b := fr.adverb.endingAt(st.toks, q, 3); b >= 0 {
			q = b
			continue
		}
		if _, b := fr.allPron.endingAt(st.toks, q, 4); b > 0 {
			if _, c := fr.copula.endingAt(st.toks, b, 3); c >= 0 {
				q = b // "are both supporters", "sont tous deux signataires"
				continue
			}
		}
		break
	}
	return q, neg, intend, copula
}

// holderSubject returns the subject of the copula at token q before a
// holder noun: none when a noun phrase with no name is it ("…, and the
// outreach countries are not parties to it"), the actors a definite
// count stands for ("The three are not parties to it").
func (d *docState) holderSubject(st *sent, fl *frameLayer, q int) actorList {
	k := clauseAt(fl.clauses, q)
	if d.nounSubject(st, fl.clauses[k].i, q) {
		return actorList{}
	}
	l := d.subjectOf(st, fl, k, q)
	if l.empty() && !l.neg {
		l = d.countedList(st, fl.clauses[k], q, pledgegraph.Supports)
	}
	return l
}

// attribute reports whether the holder noun at q follows a copula or a
// negation with no article, as an attribute does: "est membre", "ne
// sont pas signataires".
func attribute(toks []Token, q int, fr *Frames) bool {
	for k := 0; k < 2; k++ {
		if _, a := fr.adverb.endingAt(toks, q, 2); a >= 0 {
			q = a // "are also members", "sont désormais membres"
		} else if _, a := fr.allPron.endingAt(toks, q, 3); a > 0 {
			q = a // "are both supporters", "sont tous deux signataires"
		}
	}
	_, c := fr.copula.endingAt(toks, q, 3)
	_, n := fr.neg.endingAt(toks, q, 3)
	return c >= 0 || n >= 0
}

// intakeStances states the members an initiative takes in or counts:
// "the Initiative took in 18 new members this year—A, B", "le PMIA compte
// 15 membres fondateurs : A, B", "l'association compte dans ses rangs A,
// B". The initiative is the subject of the verb of intake; a verb of one
// word ("compte", "has") needs a membership noun before the list.
func (d *docState) intakeStances(st *sent, fl *frameLayer) {
	fr := &d.x.Lang.Frames
	for q := 0; q < len(st.toks); q++ {
		n := fr.intake.at(st.toks, q)
		if n == 0 {
			continue
		}
		k := clauseAt(fl.clauses, q)
		obj := d.initiativeBefore(st, fl.clauses[k].i, q)
		if a := d.subjectApposition(st, q); obj == "" && a < q {
			// "The Initiative, announced by the BBC on Saturday, brings in"
			obj = d.initiativeBefore(st, fl.clauses[clauseAt(fl.clauses, max(a-1, 0))].i, a)
		}
		if obj == "" {
			continue
		}
		p, noun := d.pastCount(st, q+n)
		l := d.actorsAfter(st, p)
		if l.empty() || n == 1 && !noun && !amongMembersAt(st.toks, l.hi, fr) {
			continue // "compte 40 États", "counts A among its members", not "counts A"
		}
		if _, absent := d.holderIn(st.toks, q+n, l.lo); absent {
			continue // "on a compté deux abstentions, celles du Mexique": they stayed out
		}
		since := d.dateAt(st, fl, k, q, false)
		d.stateStance(st, pledgegraph.Supports, l, obj, l.neg, since, 0.7, q, q+n, "mem.intake")
		q = l.hi - 1
	}
}

// amongMembersAt reports whether a word of inclusion and a membership
// noun, a possessive or an article between, start at toks[q]: "parmi ses
// membres", "among its founders".
func amongMembersAt(toks []Token, q int, fr *Frames) bool {
	n := fr.among.at(toks, q)
	if n == 0 {
		return false
	}
	q += n
	if n := max(fr.possDet.at(toks, q), fr.article.at(toks, q)); n > 0 {
		q += n
	}
	_, m := fr.member.match(toks, q)
	return m > 0
}

// initiativeBefore returns the initiative named (or referred to) last
// between tokens lo and hi, with no actor after it, or "".
func (d *docState) initiativeBefore(st *sent, lo, hi int) pledgegraph.EntityID {
	var id pledgegraph.EntityID
	for _, m := range st.ms {
		if m.i < lo || m.j > hi {
			continue
		}
		switch {
		case m.initiative() || m.anaphora:
			id = m.id
		case isActor(m):
			id = ""
		}
	}
	return id
}

// pastCount skips what stands between a verb of intake and its list: a
// number, adjectives, a membership noun or a counted noun of actors, a
// date, a colon or a dash ("18 new members this year—", "plus de 150
// entreprises du monde entier, dont"); it reports whether it saw such a
// noun.
func (d *docState) pastCount(st *sent, p int) (int, bool) {
	fr := &d.x.Lang.Frames
	noun := false
	for q := p; q < len(st.toks) && q < p+12; q++ {
		t := st.toks[q]
		if _, n := fr.member.match(st.toks, q); n > 0 {
			noun = true
			q += n - 1
			continue
		}
		if d.x.Lang.is(wsCountNouns, &t) && q > p {
			noun = true
			continue
		}
		if t.Text == ":" || t.Text == "—" || t.Text == "–" || fr.listIn.at(st.toks, q) > 0 {
			return q + max(1, fr.listIn.at(st.toks, q)), noun
		}
		if d.mentionAt(st, q) != nil || t.Punct && t.Text != "," {
			if noun || q == p {
				return q, noun
			}
			return p, noun
		}
	}
	return p, noun
}

// pendingList is a list a sentence announced and the next ones give
// ("Voici les 50 membres de la CRI :", then the names).
type pendingList struct {
	obj   pledgegraph.EntityID
	neg   bool
	since pledgegraph.Date
	// asked: announced by a question ("Who has signed up?"), the lists
	// of the sentences up to the next question answer it
	asked bool
}

// endsWithColon reports whether the sentence's last token is a colon.
func endsWithColon(st *sent) bool {
	n := len(st.toks)
	return n > 0 && st.toks[n-1].Text == ":"
}

// pendingStances states the list a previous sentence announced, when this
// sentence gives it: from its start, or after a label ending in a colon
// ("Welcomed from the African region: A, B"). The list goes on in the
// items of a bulleted list.
func (d *docState) pendingStances(st *sent, fl *frameLayer) {
	pl := d.pending
	if pl == nil {
		return
	}
	d.pending = nil
	if pl.asked {
		d.answerStances(st, fl, pl)
		return
	}
	p := 0
	for q := 0; q < len(st.toks) && q < 10; q++ {
		if st.toks[q].Text == ":" {
			p = q + 1
			break
		}
	}
	l := d.actorsAfter(st, p)
	if l.empty() && st.s.Item {
		l = d.bulletName(st) // "- Nordsoft": an item that is a name alone
	}
	if len(l.items) < 2 && !st.s.Item {
		return
	}
	d.stateStance(st, pledgegraph.Supports, l, pl.obj, pl.neg != l.neg, pl.since, 0.6, l.lo, l.lo+1, "mem.next")
	if st.s.Item || endsWithColon(st) {
		d.pending = pl
	}
}

// questionList announces the answer to a question on who took a stance
// on the initiative under discussion that opens with an interrogative
// ("Who has signed up?", "Qui a signé ?", "Who is missing?"): the lists
// of the sentences after it, up to the next question.
func (d *docState) questionList(st *sent, fl *frameLayer) {
	toks := st.toks
	n := len(toks)
	if n < 3 || toks[n-1].Text != "?" || d.x.Lang.Askers.MatchAt(toks, 0) == 0 {
		return
	}
	for _, g := range fl.groups {
		if g.frame.Predicate != pledgegraph.Supports || g.neg || g.intend || g.future {
			continue
		}
		if obj := d.topic(); obj != "" {
			d.pending = &pendingList{obj: obj, asked: true, neg: g.frame.Negative} // "Who is missing?": those named stay out
		}
		return
	}
}

// answerStances states the lists of a sentence that answers a question
// on who supports an initiative or stays out of it (see questionList):
// two actors at least, after a label and a colon ("All seven: A, B, …")
// or a copula ("The access providers are A, B and C"); for supporters,
// none in a sentence with a negation; none in a sentence whose verb of
// the frame table says the other stance. The answer goes on up to the next
// question.
func (d *docState) answerStances(st *sent, fl *frameLayer, pl *pendingList) {
	toks := st.toks
	if n := len(toks); n > 0 && toks[n-1].Text == "?" {
		return
	}
	d.pending = pl
	if slices.ContainsFunc(fl.groups, func(g verbGroup) bool {
		return g.frame.Predicate == pledgegraph.Supports && (g.frame.Negative != g.neg) != pl.neg
	}) {
		return // "Qui a voté pour ? … Onze pays se sont abstenus, parmi lesquels A, B": the sentence's own verb says another stance
	}
	for q := range toks {
		if !pl.neg && d.x.Lang.Frames.neg.at(toks, q) > 0 {
			return // an answer on who stays out may say it with a negation: "A and B are not on it"
		}
	}
	l := d.actorsAfter(st, 0)
	for q := 0; q < len(toks) && len(l.items) < 2; q++ {
		if toks[q].Text == ":" {
			l = d.actorsAfter(st, q+1)
		} else if n := d.x.Lang.Frames.copula.at(toks, q); n > 0 {
			l = d.actorsAfter(st, q+n)
		}
	}
	if len(l.items) < 2 || l.neg {
		return
	}
	d.stateStance(st, pledgegraph.Supports, l, pl.obj, pl.neg, pl.since, 0.6, 0, l.lo+1, "mem.answer")
	for q := l.hi; q < len(toks); q++ {
		if toks[q].Text == ":" {
			// "A, parmi lesquels B et C, et les neuf États membres de la CEE : D, E"
			if m := d.actorsAfter(st, q+1); len(m.items) >= 2 && !m.neg {
				d.stateStance(st, pledgegraph.Supports, m, pl.obj, pl.neg, pl.since, 0.6, 0, m.lo+1, "mem.answer")
			}
			break
		}
	}
	// "The ten members of ASEAN — A, B, … — and five partners: C, D":
	// the list in dashes before the one after the colon answers too
	for q := 0; q < l.lo; q++ {
		if t := toks[q].Text; t == "—" || t == "–" {
			if m := d.actorsAfter(st, q+1); len(m.items) >= 2 && !m.neg && m.hi <= l.lo {
				d.stateStance(st, pledgegraph.Supports, m, pl.obj, pl.neg, pl.since, 0.6, 0, m.lo+1, "mem.answer")
			}
			break
		}
	}
}

// bulletName returns, for a bulleted item of a list of actors that is
// one unknown capitalised name of at most five words and nothing else
// ("- Nordsoft"), that name as an organisation's.
func (d *docState) bulletName(st *sent) actorList {
	toks := st.toks
	end := len(toks)
	for end > 0 && toks[end-1].Punct {
		end--
	}
	if end == 0 || len(st.ms) > 0 || end > 5 || d.x.Lang.is(wsStop, &toks[0]) {
		return actorList{}
	}
	for _, t := range toks[:end] {
		if !t.Cap && t.Text != "&" && t.Text != "-" {
			return actorList{}
		}
	}
	m := &mention{i: 0, j: end, kind: pledgegraph.KindOrganization, name: tokText(d.text, toks, 0, end), guess: true}
	d.entity(st.s, m, 0, DateSpan{})
	st.ms = append(st.ms, m)
	return actorList{items: []*mention{m}, lo: 0, hi: end}
}

// exceptedAfter returns the actors an exception cue right after token p
// excepts (", mais pas la Hongrie", ", except Japan").
func (d *docState) exceptedAfter(st *sent, p int) []*mention {
	for q := p; q < len(st.toks) && q < p+5; q++ {
		if n := d.x.Lang.Frames.except.at(st.toks, q); n > 0 {
			return d.actorsAfter(st, q+n).items
		}
		if st.toks[q].Punct && st.toks[q].Text != "," || d.mentionAt(st, q) != nil {
			return nil
		}
	}
	return nil
}

// echoStances states the last stance of the text for the actors of a
// sentence without a verb of its own that repeats it: "Neither has
// India", "So did Japan", "L'Inde non plus", "Ce fut également le cas de
// l'Inde". The cue opens the sentence (or, for either polarity, stands
// anywhere before the actors), or closes it when it follows them. Inside
// a sentence, a cue of the same stance echoes one the sentence states
// (or a trigger of the lexicon in it does: triggered), not the text's last.
func (d *docState) echoStances(st *sent, fl *frameLayer, triggered bool) {
	fr := &d.x.Lang.Frames
	lo := 0 // where the clause of the echo starts
	if len(fl.groups) > 0 {
		lo = d.clauseAfter(st, fl.groups[len(fl.groups)-1].j) // "Kenya signed it in May, and Ghana followed"
	}
	if d.echoOpens(st, fl) {
		lo = 0 // "Nor is Japan a party, whose peace treaty … was the price", "Le Japon non plus, dont …": the echo opens the sentence
	}
	if d.last == nil || lo < 0 {
		return
	}
	// "followed", "did the same": what the last sentences said was done,
	// not a stance the text has left since; "Nor is Japan a party" may
	// reach further back
	stale := d.last.Evidence[0].Start < d.recentFrom
	for q := lo; q < len(st.toks); q++ {
		e, n := fr.echo.matchGap(st.toks, q, &fr.adverb) // "lui ont aussitôt emboîté le pas"
		if n == 0 || !e.same && e.neg != d.last.Negated || e.same && stale {
			continue
		}
		neg := d.last.Negated
		if e.same && e.after && (d.negated(st.toks, q, q+n) || d.x.Lang.NegStart[st.toks[q].Fold]) { // "have not followed", « n'ont pas suivi »
			if neg {
				continue // not following a refusal says nothing
			}
			neg = true // "Australia and Canada have not followed": they did not do the same
		}
		if e.after && fr.agent.at(st.toks, q+n) > 0 {
			continue // "the second-largest shareholder, followed by Russia": a ranking, no echo
		}
		if !e.after && d.eventFrameIn(st, lo, q) {
			continue // "did not make the trip, and neither did Fidel Castro": the event frame's echo
		}
		var l actorList
		switch {
		case e.same && e.after:
			after := d.actorsFrom(st, q+n)
			if after.empty() && clauseEndsNear(st.toks, q+n, 4) {
				l = d.actorsBefore(st, lo, q) // "Japan and Australia followed suit on Friday"
				if !triggered && !d.lastIn(st) && d.actorClauseBefore(st, fl, l.lo) {
					continue // "the G77 voted as one; the Soviet Union followed": it followed the G77, whose stance is not said
				}
			} else if !after.empty() && d.agentBetween(st, q+n, after.items[0].i) {
				// "A et B lui ont emboîté le pas, suivis par C et D"
				l = d.actorsBefore(st, lo, q)
				l.items, l.hi = append(l.items, after.items...), after.hi
			}
		case e.same && q > 0 && !triggered && !d.lastIn(st):
			// "A and B all made the trip, as did C": the clause's own
			// verb, no stance, is what C did
		case e.same:
			l = d.actorsFrom(st, q+n) // "Ce fut également le cas de Meta (ex-Facebook) et de l'État de Washington"
		case !e.after && (q == 0 || q > 1 && st.toks[q-2].Text == "," && d.x.Lang.And.MatchAt(st.toks, q-1) == 1):
			l = d.actorsAfter(st, q+n) // "Neither has Japan", "…, and neither are Amazon and Inflection"
		case e.after && (q+n == len(st.toks) || st.toks[q+n].Punct):
			l = d.actorsBefore(st, lo, q)
		}
		if l.empty() {
			continue
		}
		since := pledgegraph.Date{}
		if e.same && !e.after {
			since = d.last.Since
		} else if e.same {
			since = d.dateAt(st, fl, clauseAt(fl.clauses, q), q, false) // "did the same on Friday"
		}
		d.stateStance(st, pledgegraph.Supports, l, d.last.Object, neg, since, 0.6, min(q, l.lo), max(q+n, l.hi), "sup.echo")
		fl.covered = append(fl.covered, [2]int{q, q + n})
		return
	}
}

// actorClauseBefore reports whether the clause before the one holding
// token p names an actor: the subject whose action a following "suivi",
// "followed" repeats.
func (d *docState) actorClauseBefore(st *sent, fl *frameLayer, p int) bool {
	c := clauseAt(fl.clauses, p)
	if c <= 0 {
		return false
	}
	prev := fl.clauses[c-1]
	return slices.ContainsFunc(st.ms, func(m *mention) bool { return isActor(m) && m.i >= prev.i && m.j <= prev.j })
}

// clauseAfter returns where the clause coordinated after token p starts:
// after a comma or a semicolon and a joining word ("…, and Ghana
// followed", "… ; le Ghana a suivi"), or -1.
func (d *docState) clauseAfter(st *sent, p int) int {
	for q := p; q+1 < len(st.toks); q++ {
		t := st.toks[q].Text
		if t != "," && t != ";" {
			continue
		}
		if n := d.x.Lang.And.MatchAt(st.toks, q+1); n > 0 {
			return q + 1 + n
		}
		if t == ";" {
			return q + 1
		}
	}
	return -1
}

// lastIn reports whether the sentence st stated a stance already ("Le
// Chili figure parmi eux, tout comme l'Uruguay", "Other signatories
// include A and B, as well as C").
func (d *docState) lastIn(st *sent) bool {
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.Supports && slices.ContainsFunc(f.Evidence, func(ev pledgegraph.Evidence) bool {
			return ev.Start >= st.s.Start && ev.Start < st.s.End
		}) {
			return true
		}
	}
	return false
}

// agentBetween reports whether the mark of an agent ("by", "par")
// stands among the few tokens [p, q).
func (d *docState) agentBetween(st *sent, p, q int) bool {
	for k := p; k < q && k < p+6; k++ {
		if d.x.Lang.Frames.agent.at(st.toks, k) > 0 {
			return true
		}
	}
	return false
}

// clauseEndsNear reports whether the sentence ends, or a semicolon or a
// dash ends its clause, within k tokens from toks[p] with no comma
// before: "followed suit on Friday.", not "a fait de même, en annonçant
// se dissocier du pacte", which says what was done.
func clauseEndsNear(toks []Token, p, k int) bool {
	for q := p; q < len(toks) && q <= p+k; q++ {
		switch toks[q].Text {
		case ".", ";", "—", "–", "!":
			return true
		case ",":
			return false
		}
	}
	return p+k >= len(toks)
}

// actorsFrom returns every actor named from token p to the end of the
// sentence.
func (d *docState) actorsFrom(st *sent, p int) actorList {
	l := actorList{lo: p, hi: p}
	for _, m := range st.ms {
		if m.i >= p && m.actor() {
			l.items, l.hi = append(l.items, m), m.j
		}
	}
	return l
}

// beforeSubject cuts a list where an item, with those joined to it by a
// plain conjunction, is the subject of a verb group that follows it
// ("à l'initiative de Microsoft, Siemens a rejoint": the list is
// Microsoft alone; « sous l'égide de la Banque, l'Inde et le Pakistan
// ont signé »: the Bank alone).
func (d *docState) beforeSubject(st *sent, fl *frameLayer, l actorList) actorList {
	for k, m := range l.items {
		for _, g := range fl.groups {
			if k > 0 && g.i >= m.j && g.i <= m.j+1 {
				for k > 1 && d.x.Lang.is(wsAndJoin, &st.toks[l.items[k-1].j]) && l.items[k-1].j+1 < len(st.toks) && st.toks[l.items[k-1].j+1].Text != "," {
					k-- // "l'Inde et le Pakistan ont signé": the subject is both
				}
				l.items, l.hi = l.items[:k], l.items[k-1].j
				return l
			}
		}
	}
	return l
}

// plainWord reports whether toks[q] is a lower-case word that is no
// stop word, figure, punctuation nor verb: an adjective or a noun.
func (d *docState) plainWord(toks []Token, q int) bool {
	t, lang := &toks[q], d.x.Lang
	return !t.Cap && !t.Punct && !t.Number && !lang.is(wsStop, t) && !hasEnding(t.Fold, lang.VerbEndings) && !lang.VerbWords[t.Fold] &&
		!lang.Frames.verbWord(toks, q)
}

// eventFrameIn reports whether a phrase of the event frames stands in
// tokens [lo, hi) of the sentence st.
func (d *docState) eventFrameIn(st *sent, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if fr, _ := d.x.Lang.frameAt(st.toks, k); fr != nil && !inMention(st, k) {
			return true
		}
	}
	return false
}

// echoOpens reports whether a cue of echo stands among the first words
// of the sentence st, before any verb group: the sentence repeats the
// last stance for the actors around it, whatever its later clauses say.
func (d *docState) echoOpens(st *sent, fl *frameLayer) bool {
	fr := &d.x.Lang.Frames
	for q := 0; q < len(st.toks) && q <= 4; q++ {
		if len(fl.groups) > 0 && fl.groups[0].i <= q {
			return false
		}
		if _, n := fr.echo.matchGap(st.toks, q, &fr.adverb); n > 0 {
			return true
		}
	}
	return false
}
