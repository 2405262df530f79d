package extract

// verbGroup is the verb-group layer of a sentence: a verb of the frame
// table with the words that govern it in its clause — auxiliaries,
// negation, governing verbs ("refused to", "a l'intention de"), adverbs
// and pronoun objects. It spans tokens [i, j); the verb itself is
// [vi, vj). What the group says about its verb is read from these words
// only, the same way for every frame.
type verbGroup struct {
	i, j, vi, vj int
	frame        *Frame
	neg          bool // "did not sign", "a refusé de signer", "n'a pas rejoint"
	nePartial    bool // French "ne" without "pas": negative only with "aucun", "ni"
	neModal      bool // that "ne" stands before a verb it negates alone ("ne pouvait accepter", "ne saurait signer")
	passive      bool // "was rejected by", "signé par"
	reflexive    bool // a reflexive pronoun: "se sont engagées" is active
	agent        int  // the first token after "by" or "par", or -1
	future       bool // "will join", "va signer"
	cond         bool // "would join", "rejoindrait": reported, a future; else a condition, not yet
	intend       bool // "plans to sign", "envisage de signer": not yet
	asked        bool // of intend, asked of its subject by a verb of urging ("asked him to repudiate it")
	announce     bool // "agreed to sign"
	clitic       bool // a pronoun object stands for the initiative ("joined it", "l'a signé")
	be           bool // an auxiliary "be"/"être" governs the verb
	perfect      bool // an auxiliary "have"/"avoir" governs it: active
	prior        bool // the auxiliary is of a past before the story's ("had refused", "avait refusé")
	participle   bool // the verb is a past participle
	governed     bool // an auxiliary or a governing verb stands before the verb
	decided      bool // the frames read it: facts, or none on purpose
	inverted     bool // a gerund whose subject follows its copula ("Signing for their governments were A and B")
}

// verbGroups returns the verb groups of toks whose verb has a frame in
// lang's frame table, in order.
func verbGroups(toks []Token, lang *Language) []verbGroup {
	fr := &lang.Frames
	var out []verbGroup
	for q := 0; q < len(toks); q++ {
		lemma, n := fr.verbs.matchGap(toks, q, &fr.adverb)
		if n > 1 && notParticle(toks, q+n-1, lang) {
			// "signed on June 12", "signed on Tuesday", "signed on behalf
			// of": the preposition of a date or of a cue, not the verb's
			// particle ("signed on to")
			lemma, n = fr.verbs.matchGap(toks[:q+n-1], q, &fr.adverb)
		}
		inner := false // "ne figuraient pas sur la liste": the negation inside the verb's words
		if n == 0 {
			if lemma, n = fr.verbs.matchGap(toks, q, &fr.neg); n == 0 {
				continue
			}
			inner = true
		}
		f := fr.frameOf(lemma)
		if f == nil {
			continue
		}
		g := verbGroup{i: q, j: q + n, vi: q, vj: q + n, frame: f, agent: -1, neg: inner}
		if fr.adverbAt(toks, q, n) {
			continue // "would welcome the United States back at a later conference": no verb
		}
		if q > 0 && (fr.article.at(toks, q-1) == 1 && !cliticObject(toks, q, fr) || fr.possDet.at(toks, q-1) == 1 || fr.nounDet.at(toks, q-1) == 1 || fr.prepNoun(toks, q-1)) {
			q = g.j - 1
			continue // "since its launch", "la signature", "endorsed the principles at launch", "gave no sign": a noun
		}
		if q > 0 && toks[q-1].Text == "-" && toks[q-1].End == toks[q].Start && q > 1 && toks[q-2].End == toks[q-1].Start {
			q = g.j - 1
			continue // "U.S.-proposed", "EU-backed": an adjective of the word it is joined to
		}
		if before, cn := fr.clitic.match(toks, q); before && cn > 0 && cn < n {
			g.vi, g.clitic = q+cn, true // "d'y entrer": the entry holds its pronoun object
		}
		g.extendLeft(toks, lang)
		g.extendRight(toks, fr)
		if _, fn := fr.futures.match(toks, q); fn == n {
			g.future = true // "rejoindront"
		}
		if _, cn := fr.conds.match(toks, q); cn == n {
			g.future, g.cond = true, true // "rejoindrait"
		}
		_, pn := fr.parts.match(toks, q)
		if pn == n && g.agent < 0 && !g.perfect {
			g.agent = agentAhead(toks, g.j, fr) // "lancé en novembre 2018 par X"
		}
		g.participle = pn == n
		// "the Call, presented in 2018 at the Forum": a participle after a
		// comma and without an object tells what was done to the name
		// before it ("Germany, an EU member state, signed the Call" is active)
		g.passive = pn == n && !g.perfect && !g.reflexive && (g.be || g.agent >= 0 || reducedRelative(toks, g, fr))
		if _, gn := fr.gerund.match(toks, q); gn == n && !g.governed && !subordBefore(toks, g.i, fr) && !nameBefore(toks, g) {
			if g.inverted = invertedGerund(toks, g, lang); !g.inverted {
				q = g.j - 1
				continue // "adopting it would breach": a noun, not a verb of its own
			}
		}
		if g.nePartial && !g.neg && g.neModal && !restricted(toks, g.j, fr) {
			g.neg = true // "ne pouvait accepter": the literary negation, "ne" alone
		}
		if g.nePartial && g.neg {
			g.nePartial = false
		}
		if len(out) > 0 {
			g.coordinated(&out[len(out)-1], toks, lang)
		}
		out = append(out, g)
		q = g.j - 1
	}
	return out
}

// restricted reports whether the word of restriction that completes a
// "ne" ("ne peut signer qu'avec des réserves": only) stands in the
// eight words from toks[j], before a punctuation mark.
func restricted(toks []Token, j int, fr *Frames) bool {
	for q := j; q < min(len(toks), j+8) && !toks[q].Punct; q++ {
		if fr.restrict.at(toks, q) > 0 {
			return true
		}
	}
	return false
}

// coordinated gives g, joined to the group p before it by a conjunction
// alone and governed by nothing of its own, the marks of p's governing
// verb: "refused to sign and ratify it", "plans to sign or join",
// "urged others to sign and ratify it", "did not sign and ratify".
func (g *verbGroup) coordinated(p *verbGroup, toks []Token, lang *Language) {
	if g.governed || g.neg || g.i <= p.j || !(p.governed || p.neg) {
		return
	}
	q := p.j
	if n := lang.And.MatchAt(toks, q); n > 0 {
		q += n
	} else {
		return
	}
	if lang.InfMark.MatchAt(toks, q) == 1 {
		q++ // "to sign and to ratify"
	}
	if q != g.i {
		return
	}
	g.neg, g.intend, g.announce, g.governed = p.neg, p.intend, p.announce, true
	g.future, g.cond = g.future || p.future, g.cond || p.cond
}

// notParticle reports whether toks[p], the last word of a verb's
// entry, is a preposition that opens a date ("on June 12", "on 12
// May", "on Tuesday") or a cue of representation ("on behalf of"),
// not a particle of the verb.
func notParticle(toks []Token, p int, lang *Language) bool {
	fr := &lang.Frames
	if p+1 >= len(toks) || fr.prep.at(toks, p) != 1 {
		return false
	}
	next := &toks[p+1]
	return next.Number || lang.is(wsWeekdays, next) || fr.behalf.at(toks, p) > 1 ||
		lang.is(wsMonths, next) && p+2 < len(toks) && toks[p+2].Number
}

// subordBefore reports whether a subordinator ends right before toks[i]:
// a gerund after it is a verb of the clause's subject ("rejoined it in
// 2021 after leaving it in 2018").
func subordBefore(toks []Token, i int, fr *Frames) bool {
	_, p := fr.subord.endingAt(toks, i, 2)
	return p >= 0
}

// reducedRelative reports whether the participle group g stands after a
// comma with no object after it: no pronoun object ("…, joined it in
// 2020"), no article, no capitalised name.
func reducedRelative(toks []Token, g verbGroup, fr *Frames) bool {
	return g.i > 0 && toks[g.i-1].Text == "," && !g.clitic && g.j < len(toks) && fr.article.at(toks, g.j) == 0 && !toks[g.j].Cap &&
		!closesApposition(toks, g.i-1, fr)
}

// closesApposition reports whether the comma at toks[c] closes an
// apposition that a comma opens right after a capitalised name and that
// opens with an article or a capital ("Mr. Pedro Rada, a lawyer, signed
// for Peru", "Dr. Rada, Minister for Foreign Affairs, signed for Peru";
// not "The three governments, still negotiating with Washington,
// signed"): the verb after it is the name's, no reduced relative.
func closesApposition(toks []Token, c int, fr *Frames) bool {
	for q := c - 1; q > 1 && q >= c-8; q-- {
		if toks[q].Text == "," {
			return q+1 < c && (fr.article.at(toks, q+1) > 0 || toks[q+1].Cap && !toks[q+1].Punct) && toks[q-1].Cap && !toks[q-1].Punct
		}
		if toks[q].Punct {
			return false
		}
	}
	return false
}

// cliticObject reports whether the word before toks[q], an article
// ("le", "la", "les"), is a pronoun object of a verb: a negation, an
// auxiliary, a governing verb or a subject pronoun stands before it
// ("n'a pas voulu le signer", "ne la signera pas", "qu'il la rejoindra"),
// or a name ("les Etats-Unis le rejettent"), or a comma that closes an
// aside ("Berlin et Madrid, à l'inverse, le soutiennent"). A participle
// after it makes it an article: a pronoun object stands before the
// auxiliary ("l'a signé"), not before the participle ("a annoncé la mise
// en place").
func cliticObject(toks []Token, q int, fr *Frames) bool {
	before, p := fr.clitic.endingAt(toks, q, 2)
	if p < 0 || !before || fr.parts.at(toks, q) > 0 {
		return false
	}
	_, a := fr.aux.endingAt(toks, p, 3)
	_, c := fr.control.endingAt(toks, p, 5)
	_, n := fr.neg.endingAt(toks, p, 3)
	_, ne := fr.negPre.endingAt(toks, p, 1)
	_, sp := fr.pronoun.endingAt(toks, p, 1)           // "qu'il la rejoindra"
	name := p > 0 && toks[p-1].Cap && !toks[p-1].Punct // "les Etats-Unis le rejettent": the subject's name
	aside := p > 0 && toks[p-1].Text == ","            // "Berlin et Madrid, à l'inverse, le soutiennent": an aside closed
	return a >= 0 || c >= 0 || n >= 0 || ne >= 0 || sp >= 0 || name || aside
}

// extendLeft takes in the words before the verb that govern it, nearest
// first: adverbs, pronoun objects, negation, auxiliaries and governing
// verbs, each found as a phrase of the frame table ending where the group
// starts.
func (g *verbGroup) extendLeft(toks []Token, lang *Language) {
	fr := &lang.Frames
	for steps := 0; steps < 10 && g.i > 0; steps++ {
		if _, p := fr.adverb.endingAt(toks, g.i, 4); p >= 0 && !capInside(toks, p) {
			g.i = p // not "Access Now withdrew": a capitalised word inside the sentence is a name's
			continue
		}
		if q := g.i - 1; q > 0 && endsLike(&toks[q], fr.adverb.endings) && fr.adverb.at(toks, q) == 0 {
			if _, a := fr.aux.endingAt(toks, q, 3); a >= 0 {
				g.i = q // "n'avait évidemment pas été invitée", "had obviously not been invited": an adverb inside the group
				continue
			}
		}
		if before, p := fr.clitic.endingAt(toks, g.i, 2); p >= 0 && before {
			g.i, g.clitic = p, true
			continue
		}
		if _, p := fr.neg.endingAt(toks, g.i, 3); p >= 0 && !g.nePartial {
			g.i, g.neg = p, !g.neg // not "non plus" before "n'a pas": a negation's second word comes after its "ne"
			continue
		}
		if _, p := fr.negPre.endingAt(toks, g.i, 1); p >= 0 {
			g.neModal = fr.negModal.at(toks, g.i) > 0
			g.i, g.nePartial = p, true
			continue
		}
		if _, p := fr.reflexive.endingAt(toks, g.i, 1); p >= 0 {
			g.i, g.reflexive = p, true // "refuse de s'engager": the reflexive pronoun
			continue
		}
		if g.takeControl(toks, g.i, fr) {
			continue // before a verb of urging further back: "Ireland, invited in January, declined to join"
		}
		if urged := urgedBefore(toks, g.i, lang); urged || wishedBefore(toks, g.i, lang) {
			g.intend, g.governed, g.asked = true, true, urged // "urged other countries to sign", "hope that Peru will join": asked or wished, not done
			return
		}
		if a, p := fr.aux.endingAt(toks, g.i, 3); p >= 0 {
			g.i, g.governed = p, true
			g.future = g.future || a == auxFuture || a == auxCond
			g.cond = g.cond || a == auxCond || a == auxCondHave
			g.be = g.be || a == auxBe
			g.perfect = g.perfect || (a == auxHave || a == auxPast || a == auxCondHave) && !g.be
			g.prior = g.prior || a == auxPast
			continue
		}
		if steps == 0 && g.sharedGovernor(toks, lang) {
			continue
		}
		return
	}
}

// sharedGovernor takes in, for a verb that stands alone (no auxiliary,
// no pronoun: "et signer", not "et l'a signé") coordinated by "and" to a
// verb of one to three words before it, what governs that first verb: a verb of
// control, urging or wishing, or the auxiliary of a future or a
// condition ("plans to review and sign", "pourrait se laisser fléchir et
// signer", "refused to sign and ratify"). It reports whether it found one.
func (g *verbGroup) sharedGovernor(toks []Token, lang *Language) bool {
	i, fr := g.i, &lang.Frames
	if i < 3 || !lang.is(wsAndJoin, &toks[i-1]) {
		return false
	}
	for e := i - 2; e >= max(1, i-4); e-- {
		if t := &toks[e]; t.Punct || t.Cap || t.Number || lang.is(wsAndJoin, t) {
			return false
		}
		if urged := urgedBefore(toks, e, lang); urged || wishedBefore(toks, e, lang) {
			g.intend, g.governed, g.asked = true, true, urged
			return false // asked or wished: nothing before it changes that
		}
		if g.takeControl(toks, e, fr) {
			return true
		}
		if a, p := fr.aux.endingAt(toks, e, 3); p >= 0 && (a == auxFuture || a == auxCond) {
			g.i, g.governed, g.future = p, true, true
			g.cond = g.cond || a == auxCond
			return true
		}
	}
	return false
}

// takeControl takes into the group the verb of control that ends right
// before toks[at], adverbs between ("refused to", "a décidé de"),
// unless a capital inside the sentence opens it; it reports whether one
// did.
func (g *verbGroup) takeControl(toks []Token, at int, fr *Frames) bool {
	c, p := fr.control.endingAtGap(toks, at, 6, &fr.adverb)
	if p < 0 || capInside(toks, p) {
		return false
	}
	g.i, g.governed = p, true
	g.mark(c)
	return true
}

// capInside reports whether toks[p] is capitalised inside a sentence,
// where a capital opens a name; not after the dash or colon that ends
// the head of an entry ("INDIA — Refused to sign").
func capInside(toks []Token, p int) bool {
	return p > 0 && toks[p].Cap && !entryMark(toks[p-1].Text)
}

// entryMark reports whether t, a dash or a colon, ends the head of an
// entry of a guide or a list ("FRANCE — Stayed away.", "Finland, Iran:
// signed").
func entryMark(t string) bool { return isDash(t) || t == ":" }

// urgeReach is how many words before an infinitive a verb of urging may
// stand: its object may be a long list ("invitent les autres États
// membres de l'Union européenne et les autres pays d'Europe à se joindre").
const urgeReach = 24

// urgedBefore reports whether the infinitive at toks[i] follows a verb
// of urging and its object ("urged other countries to sign", "a exhorté
// les États à signer", "called on Japan to join", "lui a demandé de
// signer"): its object is asked
// to act, and nobody has acted yet.
func urgedBefore(toks []Token, i int, lang *Language) bool {
	if i < 2 || lang.InfMark.MatchAt(toks, i-1) != 1 {
		return false
	}
	for b := i - 2; b >= max(0, i-urgeReach); b-- {
		if t := toks[b].Text; t != "," && isClauseEnd(t) {
			return false
		}
		if n := lang.Frames.urge.at(toks, b); n > 0 && (b+n < i-1 || b+n == i-1 && dativeBefore(toks, b, &lang.Frames)) {
			return true
		}
	}
	return false
}

// dativeBefore reports whether a pronoun object of the one asked (frames
// dative) stands before the verb at toks[b], or before its auxiliary
// ("lui a demandé de", "les invite à"): the one asked is named there.
func dativeBefore(toks []Token, b int, fr *Frames) bool {
	if _, p := fr.aux.endingAt(toks, b, 3); p >= 0 {
		b = p
	}
	_, p := fr.dative.endingAt(toks, b, 1)
	return p >= 0
}

// nameBefore reports whether a capitalised word ends right before the
// gerund of g and a punctuation mark or the sentence's end right after
// it: the gerund is the verb of the name ("with only Canada and Russia
// voting against."; not "showed Mr Wilson leaving through the gates").
func nameBefore(toks []Token, g verbGroup) bool {
	return g.i > 0 && toks[g.i-1].Cap && !toks[g.i-1].Punct && (g.j >= len(toks) || toks[g.j].Punct)
}

// invertedGerund reports whether the gerund of g has its subject after
// a copula: it opens the sentence, after an adverb at most, or follows a
// count noun ("Also signing were A and B", "the companies backing the
// pledge are A and B").
func invertedGerund(toks []Token, g verbGroup, lang *Language) bool {
	fr := &lang.Frames
	opens := g.i == 0 || fr.adverb.at(toks, 0) == g.i
	return (opens || g.i > 0 && lang.CountNouns[toks[g.i-1].Fold] != "") && copulaAhead(toks, g.j, fr)
}

// copulaAhead reports whether a copula follows token j closely, with no
// punctuation between: a gerund before it has its subject after it
// ("Signing for their governments were A and B").
func copulaAhead(toks []Token, j int, fr *Frames) bool {
	if j >= len(toks) || !toks[j].Cap && fr.copula.at(toks, j) == 0 && fr.prep.at(toks, j) == 0 && fr.article.at(toks, j) == 0 && fr.pronoun.at(toks, j) == 0 {
		return false // "Founding sponsors include A": an adjective of the subject
	}
	for q := j; q < len(toks) && q < j+5 && !toks[q].Punct; q++ {
		if fr.copula.at(toks, q) > 0 {
			return true
		}
	}
	return false
}

// wishedBefore reports whether the verb at toks[i] is in a clause that
// says what someone hopes, wishes or expects ("officials hope that Peru
// will join", "la France souhaite que le Chili signe", "s'attendent à ce
// que le Japon signe"): a verb of the frame table's wish before it, up to
// urgeReach words, with no end of clause, relative pronoun, or comma and
// conjunction between. A wish without its complementizer ("hope") is
// followed by a word, not a comma ("as expected, Brazil signed").
func wishedBefore(toks []Token, i int, lang *Language) bool {
	for b := i - 1; b >= max(0, i-urgeReach); b-- {
		if _, p := lang.Frames.wish.endingAt(toks, b+1, 6); p >= 0 && b+1 < i {
			return !toks[b+1].Punct
		}
		t := toks[b]
		if t.Text != "," && isClauseEnd(t.Text) || lang.is(wsRelPron, &t) {
			return false
		}
		if t.Text == "," && b+1 < i && lang.is(wsAndJoin, &toks[b+1]) {
			return false // "…, and France signed it"
		}
	}
	return false
}

// mark records what a governing verb does to the group.
func (g *verbGroup) mark(c control) {
	switch c {
	case ctrlNeg:
		g.neg = !g.neg
	case ctrlIntend:
		g.intend = true
	case ctrlAnnounce:
		g.announce = true
	}
}

// extendRight takes in the words after the verb that belong to its
// group: adverbs, a pronoun object ("joined it"), the second half of a
// French negation ("ne signera pas") and the agent's "by"; a negative
// quantifier opening the object ("signed neither A nor B") negates it.
func (g *verbGroup) extendRight(toks []Token, fr *Frames) {
	for steps := 0; steps < 6 && g.j < len(toks); steps++ {
		if n := fr.adverb.at(toks, g.j); n > 0 {
			g.j += n
			continue
		}
		if n := fr.neg.at(toks, g.j); n > 0 && g.nePartial {
			g.j += n
			g.neg = !g.neg
			continue
		}
		if before, n := fr.clitic.match(toks, g.j); n > 0 && !before && isObjectEnd(toks, g.j+n, fr) {
			g.j += n
			g.clitic = true
			continue
		}
		if n := fr.agent.at(toks, g.j); n > 0 {
			g.agent = g.j + n
		}
		if fr.negQ.at(toks, g.j) > 0 && !g.neg {
			g.neg, g.nePartial = true, false // "signed neither the Pact nor …", "signed none of them", « n'a signé ni le pacte ni … »: a negative object
		}
		return
	}
}

// adverbAt reports whether the n words at toks[q] are a verb's form
// that is an adverb there: one of adverbForm with no object after it,
// the end, a punctuation mark or a preposition ("came back to the
// table"; not "back the pledge", "back it").
func (fr *Frames) adverbAt(toks []Token, q, n int) bool {
	return fr.adverbForm.at(toks, q) == n && (isObjectEnd(toks, q+n, fr) || fr.prep.at(toks, q+n) > 0)
}

// isObjectEnd reports whether nothing that could be an object follows
// toks[q]: the end, a punctuation mark, an adverb or a preposition.
func isObjectEnd(toks []Token, q int, fr *Frames) bool {
	return q >= len(toks) || toks[q].Punct || fr.adverb.at(toks, q) > 0 || fr.objectless.at(toks, q) > 0
}

// agentReach is how many words of circumstance may stand between a
// participle and its agent: « il y a deux ans presque jour pour jour ».
const agentReach = 12

// agentAhead returns the token after an agent's "by" or "par" that
// follows a participle within words of circumstance ("signed in
// 2018 by", "lancé le 12 novembre par", "signés il y a deux ans presque
// jour pour jour par"), or -1.
func agentAhead(toks []Token, p int, fr *Frames) int {
	for q := p; q < len(toks) && q < p+agentReach; q++ {
		if n := fr.agent.at(toks, q); n > 0 {
			if q > 0 && q+n < len(toks) && toks[q-1].Cap && toks[q+n].Cap && fr.article.at(toks, p) > 0 {
				return -1 // "unveiled the Secure by Design Pledge": a name's word, after an object
			}
			return q + n
		}
		if toks[q].Text == "," && dateComma(toks, q) {
			continue // "signed on June 12, 2020 by": the comma of a date
		}
		if toks[q].Text == "," {
			// "signed in 2023, at the conference, by"; not "joined in
			// 2013, followed by LinkedIn": another participle's agent
			return agentAfterAside(toks, q, fr)
		}
		if toks[q].Punct && toks[q].Text != "," && !isElision(toks[q].Text) { // "signé au palais de l'Élysée par"
			return -1
		}
		if rel, n := fr.clause.match(toks, q); n > 0 && !rel {
			return -1 // "adopted in 2018 and is supported by": the agent of another verb
		}
	}
	return -1
}

// dateComma reports whether the comma toks[c] stands between a day and a
// year ("June 12, 2020"), not between two phrases.
func dateComma(toks []Token, c int) bool {
	return c > 0 && c+1 < len(toks) && toks[c-1].Number && toks[c+1].Number && len(toks[c+1].Text) == 4
}

// agentAfterAside returns the token after an agent's "by" or "par" that
// follows an aside between commas opening at toks[c] ("signed in 2023,
// at the Nordic Security Conference, by"), or -1.
func agentAfterAside(toks []Token, c int, fr *Frames) int {
	for q := c + 1; q < len(toks) && q < c+12; q++ {
		if toks[q].Punct {
			if n := fr.agent.at(toks, q+1); toks[q].Text == "," && n > 0 {
				return q + 1 + n
			}
			return -1
		}
	}
	return -1
}
