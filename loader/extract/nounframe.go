package extract

import "github.com/pledgegraph/pledgegraph"

// nounStances states the stances that a noun of the frame table carries
// ("its accession to the Charter", "son ralliement à l'Appel", "la
// signature de la France", "Brazil's refusal to sign it", "le retrait des
// États-Unis de la coalition"): the actor is the possessor, named before
// the noun or, after a possessive determiner, the subject of the clause,
// or the complement after it; the initiative follows.
func (d *docState) nounStances(st *sent, fl *frameLayer) {
	fr := &d.x.Lang.Frames
	for q := 0; q < len(st.toks); q++ {
		lemma, n := fr.nouns.match(st.toks, q)
		if n == 0 || inMention(st, q) || inVerbGroup(fl, q) {
			continue // "withdrew its signature": the verb says it
		}
		f := fr.frameOf(lemma)
		if f == nil || f.Predicate != pledgegraph.Supports || d.stepNoun(st, q, q+n) || wishedBefore(st.toks, q, d.x.Lang) {
			continue // "on assurait que Moscou ne tarderait pas à faire connaître son adhésion": a rumour
		}
		if d.intendedBefore(st, q) {
			continue // "Canada plans to announce its accession": not yet
		}
		k := clauseAt(fl.clauses, q)
		actors, p := d.nounActors(st, fl, k, q, q+n)
		obj, oEnd := d.nounObject(st, p)
		if actors.empty() && obj != "" {
			if l := d.nounAgents(st, oEnd); !l.empty() {
				actors, oEnd = l, l.hi // "the signing of the Havana agreement by delegates of A, B and C"
			}
		}
		if b := d.bodyComplement(st, q+n); obj == "" && b != nil && d.possessed(st, q) {
			if !actors.empty() && (f.Lemma == "join" || f.Lemma == "withdraw") {
				// "ont annoncé leur retrait « sans délai » de la CEDEAO": they leave the body
				d.stateStance(st, pledgegraph.MemberOf, actors.states(), b.id, f.Negative, d.dateAt(st, fl, k, q, false), 0.6, q, b.j, memberRule+f.Lemma+".noun")
			}
			continue
		}
		if obj == "" && !actors.empty() && d.possessed(st, q) && !d.otherComplement(st, q+n) {
			// "ont préféré repousser leur signature à plus tard": of the
			// initiative under discussion
			obj, oEnd = d.lastInitiative(st, q), p
		}
		if obj == "" && !actors.empty() && f.Lemma == "join" {
			// "l'initiative a grandi, avec l'arrivée d'Interpol": the
			// initiative the sentence named before
			if id := d.initiativeBefore(st, 0, q); id != "" {
				obj, oEnd = id, p
			}
		}
		if actors.empty() && obj != "" && p == q+n {
			// "l'Élysée a fait part de la signature de l'appel": the
			// clause's subject signed
			actors = d.subjectOf(st, fl, k, q)
		}
		actors = d.withTrailing(st, actors, oEnd)
		if obj == "" || actors.empty() {
			continue
		}
		neg := f.Negative != (actors.neg || d.negatedBefore(st, fl.clauses[k].i, q))
		if g := d.governingVerb(st, fl, q); g != nil && g.frame.Negative {
			neg = !neg // "withheld their signatures", "a refusé son soutien"
		}
		since := d.dateAt(st, fl, k, q, false)
		d.stateStance(st, pledgegraph.Supports, actors, obj, neg, since, 0.65, q, max(oEnd, q+n), f.ID+".noun")
		fl.covered = append(fl.covered, [2]int{max(0, q-2), max(oEnd, q+n)})
		q = max(q, oEnd-1)
	}
}

// stepNoun reports whether the stance noun at toks[i:j] qualifies a
// noun of a step towards the stance, after it or before it: "signed its
// accession protocol", "accession talks", "a déposé sa demande
// d'adhésion" have not joined yet.
func (d *docState) stepNoun(st *sent, i, j int) bool {
	fr := &d.x.Lang.Frames
	if fr.nounStep.at(st.toks, j) > 0 {
		return true
	}
	_, b := fr.nounStep.endingAtGap(st.toks, i, 6, &fr.adverb) // "a ouvert samedi à la signature"
	return b >= 0
}

// bodyComplement returns the body that the complement of a stance noun
// ending at toks[p] names, past a quoted aside, a preposition and an
// article ("leur retrait « sans délai » de la CEDEAO", "their withdrawal
// from ECOWAS"), or nil. After a possessive, the possessor acts and the
// body is what it leaves or joins.
func (d *docState) bodyComplement(st *sent, p int) *mention {
	fr, toks := &d.x.Lang.Frames, st.toks
	if p < len(toks) && isQuote(toks[p].Text) {
		for k := p + 1; k < len(toks) && k <= p+5; k++ {
			if isQuote(toks[k].Text) {
				p = k + 1
				break
			}
		}
	}
	n := fr.prep.at(toks, p)
	if n == 0 {
		return nil
	}
	q := p + n + fr.article.at(toks, p+n)
	if m := d.mentionAt(st, q); m != nil && m.isKind(pledgegraph.KindOrganization) && m.entry != nil {
		return m
	}
	return nil
}

// otherComplement reports whether a preposition, an article and a
// common noun follow a stance noun that ends at toks[p]: its complement
// is no initiative ("refoulé à son arrivée à l'aéroport").
func (d *docState) otherComplement(st *sent, p int) bool {
	fr := &d.x.Lang.Frames
	n := fr.prep.at(st.toks, p)
	if n == 0 {
		return false
	}
	a := fr.article.at(st.toks, p+n)
	q := p + n + a
	return a > 0 && q < len(st.toks) && !st.toks[q].Cap && !st.toks[q].Punct && !inMention(st, q)
}

// governingVerb returns the verb group whose object is the stance noun
// at token q, after a possessive determiner or an article ("withheld
// their signatures", "a refusé son soutien au traité"), or nil.
func (d *docState) governingVerb(st *sent, fl *frameLayer, q int) *verbGroup {
	fr := &d.x.Lang.Frames
	p := q
	if _, b := fr.possDet.endingAt(st.toks, q, 1); b >= 0 {
		p = b
	} else if _, b := fr.article.endingAt(st.toks, q, 1); b >= 0 {
		p = b
	}
	for gi := range fl.groups {
		if g := &fl.groups[gi]; g.j == p && g.frame != nil {
			return g
		}
	}
	return nil
}

// inVerbGroup reports whether token q is inside one of the layer's verb
// groups.
func inVerbGroup(fl *frameLayer, q int) bool {
	for _, g := range fl.groups {
		if q >= g.i && q < g.j {
			return true
		}
	}
	return false
}

// nounActors returns who holds the stance a noun at [i, j) names, and
// where its complement ends: "Brazil's accession", "son adhésion" (the
// clause's subject), "l'adhésion de la France".
func (d *docState) nounActors(st *sent, fl *frameLayer, k, i, j int) (actorList, int) {
	fr := &d.x.Lang.Frames
	if _, p := fr.possDet.endingAt(st.toks, i, 1); p >= 0 {
		return d.subjectOf(st, fl, k, p), j
	}
	// "Brazil's": the possessor's mention ends at "'s"
	if i >= 2 && fr.possMark.at(st.toks, i-1) == 1 && st.toks[i-1].Start == st.toks[i-2].End+1 {
		if m := d.mentionEndingAt(st, i-1); m != nil && isActor(m) {
			return actorList{items: []*mention{m}, lo: m.i, hi: m.j}, j
		}
	}
	if n := fr.prep.at(st.toks, j); n > 0 {
		l := d.actorsAfter(st, j+n)
		if !l.empty() && l.lo <= j+n+1 {
			return l, l.hi
		}
	}
	return actorList{}, j
}

// mentionEndingAt returns the mention whose last token is at q-1.
func (d *docState) mentionEndingAt(st *sent, q int) *mention {
	return mentions(st.ms).endingAt(q)
}

// nounObject returns the initiative named right after token p, after a
// preposition and an article ("to the Charter", "à l'Appel", "de la
// coalition"), and the end of its name.
func (d *docState) nounObject(st *sent, p int) (pledgegraph.EntityID, int) {
	fr := &d.x.Lang.Frames
	q := p
	if n := fr.prep.at(st.toks, q); n > 0 {
		q += n
	}
	q = skipQuotes(st.toks, q)
	if n := fr.article.at(st.toks, q); n > 0 {
		q += n
	}
	if m := d.mentionAt(st, q); m != nil && (m.initiative() || m.anaphora) {
		return m.id, m.j
	}
	if q > p {
		if m := d.mentionAt(st, q-1); m != nil && (m.initiative() || m.anaphora) {
			return m.id, m.j // "au" merges the article
		}
	}
	return "", p
}

// negatedBefore reports whether a negation stands in clause tokens [lo,
// at) next to what comes at at ("did not announce its support").
func (d *docState) negatedBefore(st *sent, lo, at int) bool {
	fr := &d.x.Lang.Frames
	for q := max(lo, at-5); q < at; q++ {
		if n := fr.neg.at(st.toks, q); n > 0 && d.negMarked(st, q) && !d.inLink(st, q) && !(q+n < len(st.toks) && d.x.Lang.Restrictive[st.toks[q+n].Fold]) || fr.control.at(st.toks, q) > 0 && d.ctrlNeg(st, q) {
			return true // not "ne compte plus que 17 États parties": only, no negation
		}
	}
	return false
}

// intendedBefore reports whether a verb of intention ends in the two
// words before a stance noun or a trigger at at, no punctuation nor
// conjunction between ("plans to announce its accession", « prévoit
// d'annoncer son adhésion »; not "was not admitted to the negotiations
// and has not signed").
func (d *docState) intendedBefore(st *sent, at int) bool {
	fr := &d.x.Lang.Frames
	for q := at - 1; q >= max(0, at-6) && !st.toks[q].Punct && !d.x.Lang.is(wsAndJoin, &st.toks[q]); q-- {
		if c, n := fr.control.match(st.toks, q); n > 0 && c == ctrlIntend && q+n >= at-2 {
			return true
		}
	}
	return false
}

// inLink reports whether token q is inside a governing phrase that only
// links ("ne tarderait pas à": soon), its negation none of the stance's.
func (d *docState) inLink(st *sent, q int) bool {
	fr := &d.x.Lang.Frames
	for b := max(0, q-3); b <= q; b++ {
		if c, n := fr.control.match(st.toks, b); n > 0 && b+n > q && c == ctrlLink {
			return true
		}
	}
	return false
}

// negMarked reports whether a negation word at token q negates: always
// in a language without a mark before the verb, after one ("ne", "n'")
// in a language that has it ("plus de 1 000 soutiens" negates nothing).
func (d *docState) negMarked(st *sent, q int) bool {
	fr := &d.x.Lang.Frames
	if fr.negPre.n == 0 {
		return true
	}
	for b := max(0, q-3); b < q; b++ {
		if fr.negPre.at(st.toks, b) > 0 {
			return true
		}
	}
	return false
}

// ctrlNeg reports whether the governing verb at token q negates.
func (d *docState) ctrlNeg(st *sent, q int) bool {
	c, _ := d.x.Lang.Frames.control.match(st.toks, q)
	return c == ctrlNeg
}

// skipQuotes returns the first token from q that is no quotation mark.
func skipQuotes(toks []Token, q int) int {
	for q < len(toks) && isQuote(toks[q].Text) {
		q++
	}
	return q
}

// possessed reports whether a possessive determiner stands before the
// noun at token q ("leur signature", "its accession").
func (d *docState) possessed(st *sent, q int) bool {
	_, p := d.x.Lang.Frames.possDet.endingAt(st.toks, q, 1)
	return p >= 0
}

// nounAgents returns the actors named after the agent's mark at toks[q],
// past the head of their list (pastHead: "by delegates of the United
// States, Canada and Cuba", « par les représentants de la France et de
// l'Italie »), after a noun of signing and its text; or none.
func (d *docState) nounAgents(st *sent, q int) actorList {
	a := d.x.Lang.Frames.agent.at(st.toks, q)
	if a == 0 {
		return actorList{}
	}
	p := d.pastHead(st, q+a)
	p += d.x.Lang.Frames.article.at(st.toks, p)
	if m := d.mentionAt(st, p); m == nil || !isActor(m) {
		return actorList{}
	}
	return d.actorsAfter(st, p)
}
