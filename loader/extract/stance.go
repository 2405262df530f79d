package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// frameLayer holds a sentence's verb groups and clauses, and the subject
// found for each clause so far (for clauses whose subject is elided).
type frameLayer struct {
	groups []verbGroup
	// covered are the token spans the noun and membership frames read
	covered [][2]int
	// launchCovered are the token spans the launch phrases read
	launchCovered [][2]int
	nouns         bool // a noun of a frame ("accession", "ralliement")
	// launched are the mentions of what the frames said was launched
	launched []*mention
	clauses  []clause
	subject  []actorList // by clause
}

// uncovered returns the triggers of the lexicon that no verb group the
// frames read overlaps: nouns and phrases the frame table does not read
// yet ("parmi les signataires", "manquent à l'appel"), and verbs whose
// arguments the frames could not find.
func (fl *frameLayer) uncovered(supp []trig) []trig {
	var out []trig
	for _, t := range supp {
		covered := false
		for _, g := range fl.groups {
			covered = covered || g.decided && g.frame.Predicate == t.t.Predicate && t.i < g.j && g.i < t.j
			// a word of a longer verb of the other polarity: "stepped
			// back from", "held back"
			covered = covered || g.vi <= t.i && t.j <= g.vj && g.vj-g.vi > t.j-t.i && g.frame.Negative != t.t.Negative
		}
		for _, c := range fl.covered {
			covered = covered || t.t.Predicate == pledgegraph.Supports && t.i < c[1] && c[0] < t.j
		}
		for _, c := range fl.launchCovered {
			covered = covered || t.t.Predicate == pledgegraph.Launched && t.i < c[1] && c[0] < t.j
		}
		if !covered {
			out = append(out, t)
		}
	}
	return out
}

// frameLayer finds the verb groups of a sentence, before its mentions:
// whether it states a stance changes how names are read ("Washington
// refused": the state).
func (d *docState) frameLayer(st *sent) *frameLayer {
	fr := &d.x.Lang.Frames
	fl := &frameLayer{groups: verbGroups(st.toks, d.x.Lang)}
	for k := range fl.groups {
		if g := &fl.groups[k]; g.participle && !g.perfect && !g.reflexive && d.indefiniteHeadBefore(st.toks, g.i) {
			g.passive = true // "a global campaign launched in 2023"
		}
	}
	for q := 0; q < len(st.toks) && !fl.nouns; q++ {
		fl.nouns = fr.nouns.at(st.toks, q) > 0 || d.holderOfText(st.toks, q)
	}
	return fl
}

// holderOfText reports whether a noun of membership at toks[q] governs
// a text, named or described, right after it: "Madrid n'est pas partie
// au traité", "Lisbon is not a party to the Treaty".
func (d *docState) holderOfText(toks []Token, q int) bool {
	n := d.x.Lang.Frames.member.at(toks, q)
	if n == 0 {
		return false
	}
	p := q + n
	p += d.x.Lang.Frames.prep.at(toks, p)
	p += d.x.Lang.Frames.article.at(toks, p)
	return p < len(toks) && (toks[p].Cap || d.x.Lang.DescHeads.MatchAt(toks, p) > 0)
}

// stance reports whether the sentence may state a stance: it has a verb
// or a noun of a frame.
func (fl *frameLayer) stance() bool { return len(fl.groups) > 0 || fl.nouns }

// split completes the layer once the sentence's mentions are known: the
// clauses, whose boundaries are never inside a name ("United States"
// holds no reporting verb), and the verb groups outside names.
func (fl *frameLayer) split(st *sent, lang *Language) {
	fr := &lang.Frames
	named := make([]bool, len(st.toks)) // inMention, token by token
	for _, m := range st.ms {
		for q := max(m.i, 0); q < min(m.j, len(named)); q++ {
			named[q] = true
		}
		if m.groupStmt && m.j < len(named) {
			// "states" in "all EU member states" is no verb
			_, n := fr.member.match(st.toks, m.j)
			for q := m.j; q < min(m.j+n, len(named)); q++ {
				named[q] = true
			}
		}
	}
	fl.groups = slices.DeleteFunc(fl.groups, func(g verbGroup) bool { return g.vi >= 0 && g.vi < len(named) && named[g.vi] })
	verbIn := func(i, j int) bool {
		return slices.ContainsFunc(fl.groups, func(g verbGroup) bool { return g.i >= i && g.j <= j })
	}
	fl.clauses = clauses(st.toks, fr, func(q int) bool { return named[q] }, verbIn, func(c int) bool { return coActorAside(lang, st.toks, c) })
	fl.subject = make([]actorList, len(fl.clauses))
}

// verbStances states a supports fact for each actor of each verb group of
// a supports frame: its subject for an active verb, its agent for a
// passive one, about the initiative that is its object (active) or its
// subject (passive). A plan or an intention states nothing; a future
// with a later time states nothing yet.
func (d *docState) verbStances(st *sent, fl *frameLayer, p pledgegraph.Predicate) {
	for k := range fl.groups {
		g := &fl.groups[k]
		switch {
		case g.frame.Predicate != p:
		case g.frame.Passive && !g.passive:
			g.decided = true // "the challenge Obama issued": an active form of a frame read in the passive only
		default:
			g.decided = d.verbStance(st, fl, *g)
		}
	}
}

// missingObject completes the object obj of the verb group g, found at
// objAt in the sentence or, when negative, not in it, when it names
// none: for "X was joined by Y", what X supported. It reports
// whether the group speaks of a text the document does not name ("a
// refusé de s'associer à ce dernier texte", "refused to join them").
// With X's refusal, it reports that Y refused too.
func (d *docState) missingObject(st *sent, fl *frameLayer, k int, g verbGroup, obj pledgegraph.EntityID, objAt int) (id pledgegraph.EntityID, refused, unnamed bool) {
	pron := g.clitic || g.j < len(st.toks) && d.x.Lang.Pronouns.MatchAt(st.toks, g.j) > 0 // "l'a signé", "signed it"
	switch {
	case g.passive && g.frame.Lemma == "join" && d.peerPronoun(st, g.i):
		if id, refused := d.peerStance(st, true); id != "" {
			return id, refused, false // "the United States pulled out; they have been joined by Hungary"
		}
		return "", false, true // "they" with no stance said: who they are and what they did is unknown
	case d.prevUnnamed && pron:
		return "", false, true // "Un engagement additionnel … a été ouvert à la signature. A et B ne l'ont pas signé", "did not sign it": that text, unnamed
	case !g.passive && g.neg != g.frame.Negative && d.partObject(st.toks, g.j):
		return "", false, true // "did not subscribe to its Part III": not to a part of the text, which may have been signed
	case pron && (d.relativeObject(st, g.i) || d.subordinateObject(st, g.i)):
		return "", false, true // "Colombia, which was to take over the presidency, declined it": the presidency
	case (objAt < 0 || g.clitic) && !g.passive && g.neg != g.frame.Negative && d.proposalBefore(st, g.i):
		return "", false, true // "Ayoub Khan aurait voulu en parler ; New-Delhi s'y refuse": a refusal to talk
	case objAt < 0 && !pron && slices.ContainsFunc(st.described, func(q int) bool { return q < g.i }):
		return "", false, true // "the resolution creating a committee passed, but the United States abstained": on it, unnamed
	case obj != "":
		return obj, false, false
	case g.passive && g.frame.Lemma == "join":
		id, refused = d.joinedWith(st, fl, k, g) // "X was joined by Y": Y did what X did
		return id, refused, false
	}
	return "", false, !g.passive && (d.x.Lang.Frames.latter.at(st.toks, g.j) > 0 || d.x.Lang.formerAt(st.toks, g.j) || g.clitic && g.frame.Lemma == "join" && d.peerClitic(st, g))
}

// proposalBefore reports whether a clause before token i of the
// sentence says what someone wished to do, with an infinitive that is
// no stance on a text ("aurait voulu en parler", "wanted to raise
// Kashmir"; not "wanted to sign the pact"): a refusal after it answers
// that wish.
func (d *docState) proposalBefore(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	for q := 0; q < i; q++ {
		n := fr.propose.at(st.toks, q)
		if n == 0 {
			continue
		}
		end := min(i, q+n+3) // the infinitive and the words after it
		if end == i && !slices.ContainsFunc(st.toks[q+n:end], func(t Token) bool { return t.Text == "," || t.Text == ";" }) {
			continue // "wanted to refuse it": the refusal is what was wished
		}
		for k := q + n; k < end; k++ {
			if fr.verbs.at(st.toks, k) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// expectReach is how many words after a phrase of expectation a verb
// may stand and tell what was expected.
const expectReach = 8

// expectedBefore reports whether a phrase of expectation ends at most
// expectReach words before token i, no punctuation between: the verb at
// i tells what was expected, not what was done ("was supposed to be the
// moment when Ukraine signed", « devait être le sommet où Kiev
// signerait »).
func (d *docState) expectedBefore(st *sent, i int) bool {
	for q := 0; q < i; q++ {
		if n := d.x.Lang.Frames.expect.at(st.toks, q); n > 0 && q+n <= i && i-(q+n) <= expectReach {
			return !slices.ContainsFunc(st.toks[q+n:i], func(t Token) bool { return t.Punct })
		}
	}
	return false
}

// partObject reports whether the object after a verb ending at toks[j]
// is a part of a text ("n'ont pas souscrit à cette partie III", "did not
// sign its third part"): after determiners, ordinals and a preposition
// that is none of topic or place (not « manquent à l'appel sur la liste
// des signataires »), a word of the lexicon's divisions of a text (not
// "absent from the list of signatories", "from the family photo").
func (d *docState) partObject(toks []Token, j int) bool {
	lang := d.x.Lang
	for q := j; q < len(toks) && q < j+5; q++ {
		switch t := &toks[q]; {
		case lang.TextParts[t.Fold] == "section":
			return true
		case t.Punct || t.Cap || lang.TopicPreps[t.Fold] || lang.PlacePreps[t.Fold]:
			return false
		case !lang.is(wsStop, t) && !lang.is(wsDemonstrative, t) && !lang.is(wsPossessives, t) && !lang.is(wsOrdinals, t):
			return false
		}
	}
	return false
}

// relativeObject reports whether a relative clause between commas, its
// pronoun its subject, ends just before the verb group starting at
// token i and has an object of its own, a singular definite noun that
// names nothing, after a verb of none of the frames ("Colombia, which
// was to take over the presidency of the bloc, declined it", "la
// Colombie, qui devait prendre la présidence, l'a déclinée"): the
// verb's pronoun object stands for that noun, not for a text.
func (d *docState) relativeObject(st *sent, i int) bool {
	lang, toks := d.x.Lang, st.toks
	if i < 4 || toks[i-1].Text != "," {
		return false
	}
	a := i - 2
	for a > 0 && toks[a-1].Text != "," {
		a--
	}
	if a == 0 || !lang.SubjRel[toks[a].Fold] {
		return false // not "the government, on which part of the network depends, did not sign it"
	}
	for _, m := range st.ms {
		if m.i >= a && m.j < i && m.initiative() {
			return false // "Colombia, which had drafted the treaty, signed it"
		}
	}
	found := false
	for q := a + 1; q < i-1; q++ {
		if f, _ := lang.frameAt(toks, q); f != nil || lang.Frames.verbs.at(toks, q) > 0 {
			return false // "Nigeria, which had attended the launch, has not joined it": an occasion of the text
		}
		found = found || q+1 < i-1 && lang.DefiniteOne[toks[q].Fold] && !toks[q+1].Cap && !toks[q+1].Punct && !inMention(st, q+1) &&
			lang.Frames.aux.at(toks, q+1) == 0 && lang.Frames.verbs.at(toks, q+1) == 0 // not "qui ne l'avait pas signée"
	}
	return found
}

// subordinateObject reports whether the verb group starting at token i
// stands in a subordinate clause ("because", « parce que ») of a sentence
// that opens on a definite noun naming nothing, the subject of the main
// clause ("The British proposal … was withdrawn because the French
// delegation would not accept it", « La proposition britannique a été
// retirée parce que la France ne l'acceptait pas »): the verb's pronoun
// object stands for that noun, not for a text.
func (d *docState) subordinateObject(st *sent, i int) bool {
	lang, toks := d.x.Lang, st.toks
	if len(toks) < 3 || !lang.DefiniteOne[toks[0].Fold] || toks[1].Punct {
		return false
	}
	for q := 2; q < i; q++ {
		if sub, n := lang.Frames.subord.match(toks, q); n > 0 && sub {
			return !slices.ContainsFunc(st.ms, func(m *mention) bool { return m.i < q && (m.anaphora || m.initiative() || m.i <= 1) })
		}
	}
	return false
}

// reportedBefore reports whether a verb of saying, or the conjunction
// of a clause it governs, stands before toks[i] in its sentence: a
// conditional after it is a future of the past ("said it would sign",
// "announcing on 11 July that it would sign", "a indiqué qu'il
// signerait").
func (d *docState) reportedBefore(st *sent, i int) bool {
	lang := d.x.Lang
	for q := 0; q < i; q++ {
		if lang.Frames.report.at(st.toks, q) > 0 || lang.Reporting.MatchAt(st.toks, q) > 0 || lang.Subord[st.toks[q].Fold] {
			return true
		}
	}
	return false
}

// verbStance states the facts of one verb group; it reports whether the
// group was read: facts were stated, or the group says there is none yet.
func (d *docState) verbStance(st *sent, fl *frameLayer, g verbGroup) bool {
	k := clauseAt(fl.clauses, g.vi)
	c := fl.clauses[k]
	if _, n := d.x.Lang.Frames.control.match(st.toks, g.vi); n > g.vj-g.vi || d.infinitiveAfterDate(st.toks, g.vj) {
		return false // "refused to sign", "a refusé de s'y associer", "a proposé lundi de rejoindre": the verb it governs says it
	}
	if _, p := d.x.Lang.Frames.headFut.endingAt(st.toks, g.i, 1); p >= 0 && d.mentionEndingAt(st, p) != nil {
		g.future = true // "Mexico to sign Santiago Accord next month": a headline's future
	}
	if g.intend && !g.neg || (g.future || g.announce) && d.laterIn(st, c) || c.cond || g.cond && !d.reportedBefore(st, g.i) && !g.neg || d.expectedBefore(st, g.i) {
		return true // a plan, a condition or an expectation is no stance yet ("Brazil would join the charter", "was supposed to be the moment when Ukraine signed"); "did not wish to join" is a refusal
	}
	if g.participle && !g.governed && g.agent < 0 && !d.namesIn(st, 0, g.i) && opensClause(st, c, g.i) && !d.thoseWho(st, g.i) {
		return true // "Officially launched in June, the Partnership …": a participle opening the sentence says who did it elsewhere
	}
	actors, obj, objAt := d.verbRoles(st, fl, k, g)
	actors = actors.outside(fl.launchCovered, g.i)
	obj, refused, unnamed := d.missingObject(st, fl, k, g, obj, objAt)
	// "un paragraphe où l'Inde manque à l'appel": out of the paragraph
	if unnamed || objAt < 0 && d.inTextPart(st.toks, g.i) || d.bothStances(st, fl, k, g, actors) || refused && g.neg {
		return true
	}
	d.adoptedBy(st, c, g, actors, obj, objAt)
	if actors.empty() && !g.passive && (c.rel && d.occasionRelative(st.toks, c) || d.onlyGoverned(st, c.i, g.i)) {
		// "met in Ise-Shima, Japan, where they endorsed": not Japan; "Du
		// côté du Conseil de l'Europe, vingt-six pays ont rejoint": the
		// subject is no name
		return true
	}
	// « n'a pas adhéré au traité signé jeudi », "the treaty signed on
	// Thursday": what others did to the text, of which only the date is told
	reduced := !g.passive && d.participleOfText(st, g.i)
	if obj != "" && (actors.empty() || reduced) {
		d.unattributed(st, fl, g, obj, objAt)
	}
	if reduced {
		return true
	}
	if actors.empty() && !actors.neg && !g.passive && (d.countedSubject(st, c.i, g.i) || d.nounSubject(st, c.i, g.i)) {
		return true // "… said that 40 countries had joined", "…, les dirigeants de dix pays ont adopté": nobody named
	}
	actors = d.signedFor(st, g, actors, objAt)
	if obj == "" || actors.empty() {
		return false
	}
	neg := d.stanceNegated(st, c, g, actors, objAt, refused)
	since := d.dateOf(st, fl, k, g)
	lo, hi := g.i, g.j // each actor's quote runs from its name to the verb and the object
	if objAt >= 0 {
		lo, hi = min(lo, objAt), max(hi, objEnd(st, objAt))
	}
	p, rule := g.frame.Predicate, g.frame.ID
	om := d.mentionAt(st, objAt)
	if d.bodyObject(om, obj) && membershipVerb(g) {
		if om != nil && !d.endsObject(st, om.j) {
			return true // "joined the EU in condemning": no stance on an initiative either
		}
		if to := d.openedBy(st, actors, obj); to != obj {
			obj = to // "Siemens joined the Open Software Foundation": an alliance
		} else {
			p, rule, actors = pledgegraph.MemberOf, memberRule+g.frame.Lemma, actors.states()
		}
	}
	d.prior = g.prior // "which had refused to sign it": before the story's event
	d.stateStance(st, p, actors, obj, neg, since, frameConfidence(g, objAt < 0), lo, hi, rule)
	if p == pledgegraph.Supports {
		d.stancesAlso(st, g, actors, obj, objAt, neg, since, lo, hi, rule)
	}
	if also := g.frame.Also; also != "" && p == g.frame.Predicate {
		d.stateStance(st, also, actors, obj, neg, since, frameConfidence(g, objAt < 0), lo, hi, rule) // "issued the Declaration"
	}
	d.prior = false
	if p == pledgegraph.Supports {
		d.followers(st, max(hi, actors.hi), obj, neg)
	}
	d.afterStance(st, fl, k, g, len(actors.items), obj, om, neg, since)
	return true
}

// stanceNegated reports whether the stance of the verb group g in clause
// c, taken by actors on the initiative named at objAt (-1: not named
// there), is a refusal: the frame's polarity, turned by a negation, a
// quantifier ("none of which had signed", "no country except Senegal
// signed"), a refusal of what the verb stands for, an object hostile to
// the initiative, or "not among"; a refusal of a request to turn against
// the text holds to it.
func (d *docState) stanceNegated(st *sent, c clause, g verbGroup, actors actorList, objAt int, refused bool) bool {
	qlo := c.i
	if c.rel {
		qlo = max(0, c.i-3) // ", none of which had signed"
	}
	quant := actors.neg || d.quantified(st, qlo, qlo, g.i)
	neg := g.frame.Negative != (g.neg || quant) || refused
	if d.notAmong(st, g.i) {
		neg = !neg // "Apple was not among the companies that endorsed the principles"
	}
	if d.opposedObject(st, g.j, objAt) {
		neg = !neg // "a approuvé la position du gouvernement hostile au texte": it refuses the text
	}
	if objAt < 0 && neg && g.frame.Lemma == "reject" && !g.neg && !g.passive && d.rejectionAsked() {
		neg = false // "… asking him to repudiate the Declaration. Mr Churchill declined.": he holds to it
	}
	return neg
}

// opposedObject reports whether the object of a verb, from token from,
// ends with words of opposition right before the initiative named at
// objAt: "approved the government's position hostile to the treaty",
// "backed a motion opposing the pact".
func (d *docState) opposedObject(st *sent, from, objAt int) bool {
	if objAt <= from {
		return false
	}
	fr := &d.x.Lang.Frames
	// the cue ends before the name's article, or with the contracted
	// article a reference opens with ("hostile | au texte")
	for _, end := range []int{fr.articleStart(st.toks, objAt), objAt + 1} {
		if _, p := fr.against.endingAt(st.toks, end, 3); p > from && p < objAt {
			return true
		}
	}
	return false
}

// rejectionAsked reports whether the sentence before asked or urged
// someone to turn against a text ("a memorandum asking him to
// repudiate the Balfour Declaration", « lui demandant de dénoncer la
// déclaration »): a refusal with no object after it refuses that
// request, and holds to the text.
func (d *docState) rejectionAsked() bool {
	p := d.prevSent
	return p != nil && p.frames != nil && slices.ContainsFunc(p.frames.groups, func(g verbGroup) bool {
		return g.asked && g.frame.Predicate == pledgegraph.Supports && g.frame.Negative && !g.neg
	})
}

// afterStance does what a stated stance of the verb group g in clause k,
// taken by n actors, leads to: an elliptical clause after a passive one
// takes it on, a joint signing dates the signatures told without a date
// ("A and B signed the treaty on Tuesday. It was signed by …"), and a
// launch notes where and when the initiative obj, named by om if at all,
// was launched.
func (d *docState) afterStance(st *sent, fl *frameLayer, k int, g verbGroup, n int, obj pledgegraph.EntityID, om *mention, neg bool, since pledgegraph.Date) {
	if g.passive {
		d.elliptical(st, fl, k, g, obj, neg)
	}
	if g.frame.Lemma == "sign" && !neg && !g.prior && n > 1 {
		d.noteSigning(obj, since)
	}
	if om == nil && g.frame.Predicate == pledgegraph.Launched {
		om = d.lastMentionOf(st, obj, g.i) // "the Call, which Macron presented at the Forum"
	}
	if om != nil && g.frame.Predicate == pledgegraph.Launched {
		d.noteLaunch(fl, om, obj, since)
	}
}

// reducedParticiples marks as passive the participles with no auxiliary
// and no object right after a mention of an initiative, by name or by a
// description that refers to it (not a pronoun): they tell what was done
// to it ("associés au texte adopté hier", "the Paris Call launched in
// 2018"; not "The Tech Coalition launched the Lantern Programme", "where
// it endorsed the pledge"), with the mentions the frames are read with.
func (fl *frameLayer) reducedParticiples(st *sent, fr *Frames) {
	for k := range fl.groups {
		g := &fl.groups[k]
		if !g.participle || g.perfect || g.reflexive || g.governed || g.clitic || g.j < len(st.toks) && (st.toks[g.j].Cap || fr.article.at(st.toks, g.j) > 0) {
			continue
		}
		if slices.ContainsFunc(st.ms, func(m *mention) bool { return m.j == g.i && m.initiative() && (m.j-m.i > 1 || st.toks[m.i].Cap) }) {
			g.passive = true
		}
	}
}

// verbRoles returns the actors of the verb group g in clause k and the
// initiative it acts on, with where that is named (-1: not named there):
// the agent and the theme before a passive verb, else the subject, the
// object, and the actors a trailing list or an exception adds.
func (d *docState) verbRoles(st *sent, fl *frameLayer, k int, g verbGroup) (actors actorList, obj pledgegraph.EntityID, objAt int) {
	c := fl.clauses[k]
	if g.passive {
		if g.agent >= 0 {
			actors = d.actorsAfter(st, g.agent) // no agent, nobody said to act: "since the Call was launched the US had been"
			if actors.empty() || d.bodyAgent(st, g.agent, actors) {
				if l := d.colonAgents(st, g.agent); !l.empty() || actors.empty() {
					actors = l // "par sept pays : A, B et C", "by the members of ASEAN: A, B"
				}
			}
			if from, also := d.pastAlso(st, g.j); len(also) > 0 && !actors.empty() && from < g.agent && g.agent <= from+2 {
				actors.items = append(also, actors.items...) // "was signed, besides France, by A and B"
			}
		}
		obj, objAt = d.themeBefore(st, fl, k, g)
		return d.withFronted(st, actors, g.i), obj, objAt
	}
	actors = d.subjectOf(st, fl, k, g.i)
	if d.countOpensSubject(st, c.i, g.i) || !actors.empty() && d.nounSubject(st, actors.hi, g.i) {
		actors = actorList{} // "…, sept pays ont adopté le manifeste : A, B": the count, named after
	}
	obj, objAt = d.objectAfter(st, c, g)
	if actors.empty() && !actors.neg {
		actors = d.pronounList(st, c, g.i) // "Toutes endossent le texte": the list just named
	}
	if actors.empty() && !actors.neg {
		actors = d.countedList(st, c, g.i, g.frame.Predicate) // "les neuf pays représentés ont signé": the nine just named
	}
	if actors.empty() && !actors.neg {
		// "the countries that have endorsed it are: A, B"
		actors = d.listAfterCopula(st, g.j)
		if !actors.empty() && obj == "" && (g.i == c.i && g.inverted || d.thoseWho(st, g.i)) {
			obj, objAt = d.lastInitiative(st, g.i), -1 // "Signing for their governments were A and B", "Among those who signed were A and B": the text spoken of
		}
	}
	if actors.empty() && !actors.neg && (objAt < 0 || d.x.Lang.Frames.behalf.at(st.toks, g.j) > 0) {
		// "Ont voté contre la Suisse et le Portugal": the text spoken of,
		// also when a noun among the signers' offices read as its object
		if actors = d.invertedSubject(st, g); !actors.empty() && (obj == "" || objAt > g.j) {
			obj, objAt = d.lastInitiative(st, g.i), -1
		}
	}
	// "359 entités ont signé l'appel, dont A et B", "signed it alongside A"
	actors = d.withTrailing(st, actors, max(g.j, objEnd(st, objAt)))
	if objAt > g.j && g.j < len(st.toks) && st.toks[g.j].Text == "," {
		actors = d.withTrailing(st, actors, g.j+1) // "France launched, together with UNEP and the ITU, the Coalition"
	} else if objAt > g.j {
		actors = d.withTrailing(st, actors, g.j) // "la Russie a signé en mai avec la Chine un accord"
	}
	// "have endorsed the Christchurch Call, except Hungary"
	actors.exc = append(actors.exc, d.exceptedAfter(st, d.pastCircumstance(st, max(g.j, objEnd(st, objAt))))...)
	if len(actors.items) == 0 && len(actors.exc) > 0 && d.fewBefore(st, c.i, g.i) {
		actors.items, actors.exc = actors.exc, nil // "Few countries have signed it, apart from Kenya": Kenya has
	}
	return d.withFronted(st, actors, g.i), obj, objAt
}

// signedFor returns the actors for whom the persons who sign at g sign,
// named after a cue of representation, with those persons ("Francis
// Gatare signed for Rwanda", "was signed on behalf of Finland by its
// minister": Rwanda and Finland sign, and so does Francis Gatare), or
// by one that opens the sentence ("For Lebanon, Prime Minister Karami
// signed"); else actors.
func (d *docState) signedFor(st *sent, g verbGroup, actors actorList, objAt int) actorList {
	if g.frame.Predicate != pledgegraph.Supports {
		return actors
	}
	if b := d.frontedBehalf(st, g.i); !b.empty() && !actors.empty() && !slices.ContainsFunc(actors.items, func(m *mention) bool {
		return !m.isKind(pledgegraph.KindPerson) && !containsMention(b.items, m)
	}) {
		if g.frame.Lemma != "sign" {
			return b // "For Lebanon, Prime Minister Karami signed": Lebanon signs
		}
		// and so does he; "Pour la Hongrie, l'accord a été signé par M.
		// Kadar ; pour la Pologne, par M. Arendarski": the pairs after
		more := d.behalfPairs(st, d.nextPair(st.toks, d.pastApposition(st, actors.hi)), true)
		b.items = append(append(slices.Clone(b.items), actors.items...), more.items...)
		return b
	}
	if g.passive {
		if b := d.behalfPairs(st, g.j, false); !b.empty() {
			return b // "signed for the Soviet Union by Marshal Bulganin, for Poland by Mr. Cyrankiewicz"
		}
	}
	if !actors.empty() && !allPersons(actors) {
		if g.frame.Lemma == "sign" {
			actors.items = append(slices.Clone(actors.items), d.statesOf(actors.items, false)...) // "A of Portugal, Ernest Bevin of Britain … signed": the people's states too
		}
		return actors
	}
	from := max(g.j, objEnd(st, objAt))
	if g.passive {
		from = g.j
	} else if actors.empty() {
		return actors
	}
	gapped := d.gappedBehalf(st, from)
	if b := d.onBehalf(st, from); !b.empty() {
		// "X signed for A, Y for B": A and B sign, and so do X and Y
		for k := 1; k < len(gapped); k += 2 {
			b.items = append(b.items, gapped[k])
		}
		if g.frame.Lemma == "sign" {
			b.items = append(b.items, actors.items...)
			for k := 0; k < len(gapped); k += 2 {
				b.items = append(b.items, gapped[k])
			}
		}
		return b
	}
	if allPersons(actors) {
		actors.items = append(slices.Clone(actors.items), gapped...)
		if d.forUnnamed(st, from) {
			actors.items = append(slices.Clone(actors.items), d.statesOf(actors.items, true)...) // "signed for their governments": their states sign
		} else if g.frame.Lemma == "sign" {
			actors.items = append(slices.Clone(actors.items), d.statesOf(actors.items, false)...) // "Foreign Minister Spaak signed": so did Belgium
		}
	}
	return actors
}

// behalfPairs returns the actors and the people who sign for them that
// a passive verb of signing lists after it from token from on, pair after
// pair: a cue of representation and its actor, the agent's mark and its
// people ("was signed for the Soviet Union by Marshal Bulganin, for
// Poland by Mr. Cyrankiewicz", "signé pour la France par M. Bidault";
// "for Great Britain by Mr Eden, the Foreign Secretary, and Viscount
// Monsell; for the United States by …"): the actors and the people
// sign, and each person holds an office of the actor named with them.
// After an active verb that opens the sentence, inverted, the people
// follow their actor with no agent's mark, after a comma or none (« Ont
// signé pour la France M. Robert Schuman ; pour l'Italie, le comte
// Carlo Sforza »): one pair is enough.
func (d *docState) behalfPairs(st *sent, from int, inverted bool) actorList {
	fr, toks := &d.x.Lang.Frames, st.toks
	var l actorList
	pairs := 0
	for q := d.pastCircumstance(st, from); q < len(toks); {
		n := fr.behalf.at(toks, q)
		m := d.mentionAt(st, q+n+fr.article.at(toks, q+n))
		if n == 0 || m == nil || m.id == "" || !isActor(m) || m.isKind(pledgegraph.KindPerson) {
			break
		}
		a := fr.agent.at(toks, m.j)
		if inverted && a == 0 && m.j < len(toks) && toks[m.j].Text == "," {
			a = 1 + fr.agent.at(toks, m.j+1) // "; pour la Pologne, par M. Arendarski"
		}
		hs, end := d.signersAt(st, m.j+a) // "par le maréchal Boulganine", "by Mr. Cyrankiewicz"
		if a == 0 && !inverted || len(hs) == 0 {
			break
		}
		for _, h := range hs {
			d.addFact(pledgegraph.Fact{Subject: h.id, Predicate: pledgegraph.HoldsRole, Object: m.id, Confidence: 0.6,
				Evidence: d.evidence(st.s, q, h.j)})
		}
		if l.empty() {
			l.lo = m.i
		}
		l.items, l.hi = append(append(l.items, m), hs...), end
		pairs++
		q = d.nextPair(toks, end)
	}
	if pairs < 2 && !inverted {
		return actorList{} // one pair: its office stated, the cue of representation gives the actors ("signed for Finland by its minister")
	}
	return l
}

// nextPair returns where the pair after one of behalfPairs' that ends
// at toks[end] starts: past the comma or semicolon there and a
// conjunction, or past the next semicolon when a comma opens words of
// no pair (« M. Robert Schuman, ministre …, dont la déclaration … avait
// lancé l'idée ; pour l'Italie »).
func (d *docState) nextPair(toks []Token, end int) int {
	q := end
	if q < len(toks) && (toks[q].Text == "," || toks[q].Text == ";") {
		q++
	}
	q += d.x.Lang.And.MatchAt(toks, q)
	if q == end+1 && toks[end].Text == "," && d.x.Lang.Frames.behalf.at(toks, q) == 0 {
		for k := q; k < len(toks); k++ {
			if toks[k].Text == ";" {
				return k + 1
			}
		}
	}
	return q
}

// signersAt returns the people named from token q on, joined by a
// conjunction, each with the office in apposition after it ("Mr Anthony
// Eden, the Foreign Secretary, and Viscount Monsell"), and where they
// end.
func (d *docState) signersAt(st *sent, q int) ([]*mention, int) {
	toks, lang := st.toks, d.x.Lang
	var hs []*mention
	for {
		h := d.signerAt(st, q)
		if h == nil || h.id == "" {
			return hs, q
		}
		hs, q = append(hs, h), d.pastApposition(st, h.j)
		p := q
		if p < len(toks) && toks[p].Text == "," {
			p++
		}
		c := lang.And.MatchAt(toks, p)
		if c == 0 || d.signerAt(st, p+c) == nil {
			return hs, q
		}
		q = p + c
	}
}

// signerAt returns the person named from toks[q] on, after an article
// and a title ("le chancelier Konrad Adenauer", "Mr. Cyrankiewicz"), or
// nil.
func (d *docState) signerAt(st *sent, q int) *mention {
	p := q + d.x.Lang.Frames.article.at(st.toks, q)
	if p < len(st.toks) {
		p += d.titleAt(st.toks, p)
	}
	return personAt(st, p, d.x.Lang)
}

// pastApposition returns, for a name that ends at toks[q], the end of
// the words in commas after it that name no one, up to the comma or
// semicolon that closes them (", the Foreign Secretary,"); or q.
func (d *docState) pastApposition(st *sent, q int) int {
	toks := st.toks
	if q >= len(toks) || toks[q].Text != "," {
		return q
	}
	for k := q + 1; k < len(toks) && k <= q+10; k++ {
		switch {
		case toks[k].Text == "," || toks[k].Text == ";":
			return k
		case toks[k].Punct || personAt(st, k, d.x.Lang) != nil || d.x.Lang.Frames.behalf.at(toks, k) > 0:
			return q
		}
	}
	if len(toks) <= q+10 {
		return len(toks) // the apposition ends the sentence
	}
	return q
}

// gappedBehalf returns, after a cue of representation past the verb
// from token from on, the people and the actors they sign for that the
// clauses without a verb after it pair, each person first: "Lionel
// Jospin a signé au nom de l'État, Jacques Lafleur au nom du RPCR, Roch
// Wamytan au nom du FLNKS", "Kishi signed for Japan, Herter for the
// United States"; a title may stand before the person, and a
// conjunction join the last clause ("Chancellor Adenauer for West
// Germany and Mr. Bech for Luxembourg").
func (d *docState) gappedBehalf(st *sent, from int) []*mention {
	fr, toks := &d.x.Lang.Frames, st.toks
	q := d.pastCircumstance(st, from)
	n := fr.behalf.at(toks, q)
	if n == 0 {
		return nil
	}
	k := q + n
	for k < len(toks) && k < q+n+6 && toks[k].Text != "," && !toks[k].Punct {
		k++ // the first pair's actor
	}
	var out []*mention
	for k < len(toks) {
		p := k
		if toks[p].Text == "," {
			p++
		}
		c := d.x.Lang.And.MatchAt(toks, p)
		if p == k && c == 0 {
			break // ", B for Y" or "and B for Y" goes on
		}
		k = p + c
		h := d.signerAt(st, k) // "Chancellor Adenauer for West Germany", « le chancelier Adenauer pour l'Allemagne »
		if h == nil || h.id == "" || h.j >= len(toks) {
			break
		}
		a := d.behalfOf(st, h)
		if e := d.pastApposition(st, h.j); a < 0 && e > h.j && e < len(toks) && toks[e].Text == "," {
			a = d.behalfAt(st, e+1) // "and Señor Figueroa, Chilean Ambassador in Lima, for Chile"
		}
		m := d.mentionAt(st, a)
		if a < 0 || m == nil || m.id == "" || m.anaphora || !m.isKind(actorKinds...) || m.isKind(pledgegraph.KindPerson) {
			break // an actor, even one the signer's office read ("Chancellor Adenauer for West Germany")
		}
		out = append(out, h, m)
		k = m.j
	}
	return out
}

// statesOf returns, for the people ms, the states whose offices the text
// gave them, each at the person's words: those they sign for. inferred
// takes in the offices the text only implies, when the people sign "for
// their governments".
func (d *docState) statesOf(ms []*mention, inferred bool) []*mention {
	var out []*mention
	for _, m := range ms {
		if id := d.stateHeldBy(m.id, inferred); id != "" {
			out = append(out, &mention{i: m.i, j: m.j, id: id, kind: pledgegraph.KindState})
		}
	}
	return out
}

// forUnnamed reports whether a cue of representation past the verb's
// object from token from on is followed by a stand-in for actors the
// text does not name: "signed for their governments", "au nom de leurs
// gouvernements".
func (d *docState) forUnnamed(st *sent, from int) bool {
	fr := &d.x.Lang.Frames
	q := d.pastCircumstance(st, from)
	n := fr.behalf.at(st.toks, q)
	if n == 0 {
		return false
	}
	for k := q + n; k < len(st.toks) && k <= q+n+4 && !st.toks[k].Punct && !st.toks[k].Cap; k++ {
		if fr.standin.at(st.toks, k) > 0 {
			return true
		}
	}
	return false
}

// behalfActor returns where the actor that is no person named right
// after a cue of representation past the verb's object and
// circumstances from token from on starts ("signed for Rwanda"), or -1.
func (d *docState) behalfActor(st *sent, from int) int {
	p := d.behalfAt(st, d.pastCircumstance(st, from))
	if p < 0 {
		return -1
	}
	if m := d.mentionAt(st, p); m == nil || !isActor(m) || m.isKind(pledgegraph.KindPerson) {
		return -1
	}
	return p
}

// frontedBehalf returns the actors for whom the verb at token at acts,
// named after a cue of representation that opens the sentence and a
// comma or the verb itself ends: "Pour le Liban, c'est le président du
// Conseil qui signe", "For Lebanon, the Prime Minister signed", « Pour
// l'Italie ont signé MM. A et B ».
func (d *docState) frontedBehalf(st *sent, at int) actorList {
	n := d.x.Lang.Frames.behalf.at(st.toks, 0)
	if n == 0 {
		return actorList{}
	}
	p := n + d.x.Lang.Frames.article.at(st.toks, n)
	m := d.mentionAt(st, p)
	if m == nil || !isActor(m) || m.isKind(pledgegraph.KindPerson) || m.j > at || m.j < at && st.toks[m.j].Text != "," {
		return actorList{}
	}
	return actorList{items: []*mention{m}, lo: m.i, hi: m.j}
}

// onBehalf returns the actors for whom the one who acts at the verb
// acts, named right after a cue of representation past the verb's
// object and circumstances from token from on: "signed for Rwanda",
// "a signé l'accord au nom du Kenya". None when the cue is followed by
// no actor ("signed for the first time").
func (d *docState) onBehalf(st *sent, from int) actorList {
	p := d.behalfActor(st, from)
	if p < 0 {
		return actorList{}
	}
	l := d.actorsAfter(st, p)
	l.items = slices.DeleteFunc(slices.Clone(l.items), func(m *mention) bool { return m.isKind(pledgegraph.KindPerson) }) // "for Japan, Christian Herter for …": the next signer, no one signed for
	return l
}

// allPersons reports whether every item of l is a person.
func allPersons(l actorList) bool {
	for _, m := range l.items {
		if !m.isKind(pledgegraph.KindPerson) {
			return false
		}
	}
	return len(l.items) > 0
}

// followers states that the actors a cue of succession introduces after
// a stance and a comma, from token from on, took the same stance later,
// on the date that follows them if any: "Facebook joined in 2013,
// followed by LinkedIn in 2014", "le Japon l'a signé en 2013, suivi par
// la Corée", "France declined to sign, followed by Italy" (neg: a
// refusal).
func (d *docState) followers(st *sent, from int, obj pledgegraph.EntityID, neg bool) {
	q := d.pastCircumstance(st, from)
	if q == 0 || q >= len(st.toks) || st.toks[q-1].Text != "," {
		return
	}
	n := d.x.Lang.Frames.follow.at(st.toks, q)
	if n == 0 {
		return
	}
	l := d.actorsAfter(st, q+n)
	if l.empty() {
		return
	}
	at := l.hi
	if at+2 < len(st.toks) && acronymInBrackets(st.toks, at) {
		at += 3 // "suivies par la Commission nationale (CONAE) en juillet 2003"
	}
	var since pledgegraph.Date
	for _, ds := range st.dates {
		if ds.I >= at && ds.I <= at+2 {
			since = ds.Date // "followed by LinkedIn in 2014"
			break
		}
	}
	d.stateStance(st, pledgegraph.Supports, l, obj, neg, since, 0.6, q, l.hi, "sup.follow")
}

// objectsAlso returns the initiatives a list word or a coordination joins
// to the object named at objAt ("signed X, along with Y", "a signé X
// ainsi que Y", "signed X, Y and Z"), or nil.
func (d *docState) objectsAlso(st *sent, objAt int) []*mention {
	if objAt < 0 {
		return nil
	}
	var out []*mention
	for p := objEnd(st, objAt); p < len(st.toks); {
		q := p
		if st.toks[q].Text == "," {
			q++
		}
		n := d.x.Lang.Frames.listIn.at(st.toks, q)
		if n == 0 {
			n = d.x.Lang.And.MatchAt(st.toks, q)
		}
		if n == 0 && q == p {
			break // neither a comma ("X, Y") nor a list word joins what follows
		}
		q += n
		q += d.x.Lang.Frames.article.at(st.toks, q)
		m := d.mentionAt(st, q)
		if m == nil || !m.initiative() || m.anaphora {
			break
		}
		out = append(out, m)
		p = m.j
	}
	return out
}

// stancesAlso states the support stance of the verb group g on the
// other texts its object stands beside: those listed after it ("signed
// X, along with Y", "signed X and Y": Y too), or those a plural pronoun
// stands for with it ("said he opposes them": both bills).
func (d *docState) stancesAlso(st *sent, g verbGroup, actors actorList, obj pledgegraph.EntityID, objAt int, neg bool, since pledgegraph.Date, lo, hi int, rule string) {
	for _, more := range d.objectsAlso(st, objAt) {
		d.stateStance(st, pledgegraph.Supports, actors, more.id, neg, since, frameConfidence(g, false), lo, more.j, rule)
	}
	for _, more := range d.pluralReferents(st, g, obj, objAt) {
		d.stateStance(st, pledgegraph.Supports, actors, more.id, neg, since, frameConfidence(g, true), lo, hi, rule)
	}
}

// pluralReferents returns, for a verb group g whose object is a plural
// pronoun standing for obj, the other initiatives the sentence before
// names in one list with obj ("the Stop Online Piracy Act and the
// PROTECT IP Act. … he opposes them", "… Zuckerberg les rejette").
func (d *docState) pluralReferents(st *sent, g verbGroup, obj pledgegraph.EntityID, objAt int) []*mention {
	fr, p := &d.x.Lang.Frames, d.prevSent
	if objAt >= 0 || !g.clitic || p == nil {
		return nil
	}
	plural := false
	for q := g.i; q < g.j && !plural; q++ {
		plural = fr.pluralClitic.at(st.toks, q) > 0
	}
	if !plural {
		return nil
	}
	for _, m := range p.ms {
		if m.id == obj && !m.anaphora {
			return d.objectsAlso(p, m.i)
		}
	}
	return nil
}

// unattributed notes when a text signed by a verb group g with no signer
// named was signed ("La Charte … a été signée jeudi 17 août", « les
// plénipotentiaires de seize États ont signé le 11 octobre la
// Convention »),
// and where and when a text launched by g with no launcher named,
// passive or with a subject that names nobody, was presented ("the
// Pledge, presented in 2017 during the Conference", "Thirteen companies
// launched the Coalition on Thursday").
func (d *docState) unattributed(st *sent, fl *frameLayer, g verbGroup, obj pledgegraph.EntityID, objAt int) {
	if !g.neg && g.frame.Lemma == "sign" {
		d.noteSigning(obj, d.dateOf(st, fl, clauseAt(fl.clauses, g.vi), g))
	}
	if g.frame.Predicate != pledgegraph.Launched {
		return
	}
	if om := d.mentionAt(st, objAt); om != nil {
		d.noteLaunch(fl, om, obj, d.dateOf(st, fl, clauseAt(fl.clauses, g.vi), g))
	}
}

// ownedBy reports whether toks[j:i] join a name ending at j to the name
// of its owner starting at i: a preposition of owner and an article
// ("de l'", "of the").
func (d *docState) ownedBy(toks []Token, j, i int) bool {
	lang := d.x.Lang
	if j >= i || !lang.ownerPrep(toks[j].Fold) {
		return false
	}
	return j+1+lang.Frames.article.at(toks, j+1) == i
}

// bothStances states the stance of the verb group g on each of the two
// texts its object stands for ("China acceded to both in 2007") and
// reports whether it did.
func (d *docState) bothStances(st *sent, fl *frameLayer, k int, g verbGroup, actors actorList) bool {
	two := d.bothObject(st, g)
	if two == nil || actors.empty() || g.passive {
		return false
	}
	neg := g.frame.Negative != g.neg
	for _, o := range two {
		d.stateStance(st, g.frame.Predicate, actors, o, neg, d.dateOf(st, fl, k, g), frameConfidence(g, true), g.i, g.j+d.x.Lang.BothObj.MatchAt(st.toks, g.j), g.frame.ID)
	}
	return true
}

// bothObject returns the two initiatives named last when the object of
// the verb group g is a word for both of them ("acceded to both", "joined
// both treaties", "a signé les deux textes"), or nil.
func (d *docState) bothObject(st *sent, g verbGroup) []pledgegraph.EntityID {
	if g.j >= len(st.toks) || d.x.Lang.BothObj.MatchAt(st.toks, g.j) == 0 {
		return nil
	}
	d.recent.catchUp(d.ments)
	var two []pledgegraph.EntityID
	for e := d.recent.order.Back(); e != nil && len(two) < 2; e = e.Prev() {
		if ent := d.ents[e.Value.(pledgegraph.EntityID)]; ent != nil && ent.Kind == pledgegraph.KindInitiative {
			two = append(two, ent.ID)
		}
	}
	if len(two) < 2 {
		return nil
	}
	return two
}

// withFronted adds to the actors l of the verb at token at those a
// phrase of inclusion opening the sentence names ("Besides Estonia, the
// memorandum was signed by Germany", "Outre l'Estonie, …"): they did the
// same.
func (d *docState) withFronted(st *sent, l actorList, at int) actorList {
	toks := st.toks
	n := d.x.Lang.AlsoFront.MatchAt(toks, 0)
	if n == 0 || l.empty() {
		return l
	}
	f := d.listFrom(st, n+d.x.Lang.Frames.article.at(toks, n), false)
	if len(f.items) == 0 || f.hi >= at || f.hi >= len(toks) || toks[f.hi].Text != "," || containsMention(l.items, f.items[0]) {
		return l
	}
	l.items = append(slices.Clone(f.items), l.items...)
	return l
}

// pronounList returns, for a plural pronoun of the frame table that is
// the whole subject of the verb at token at, after adverbs at most
// ("Toutes endossent", "All of them signed", "Together, they launched"),
// the list of actors the sentence before named, each
// quoted at the pronoun.
func (d *docState) pronounList(st *sent, c clause, at int) actorList {
	fr := &d.x.Lang.Frames
	b := 0 // "Together, they launched", "Then they signed": adverbs may open the sentence
	for k := 0; k < 3 && b < at; k++ {
		if n := fr.adverb.at(st.toks, b); n > 0 {
			b += n
		} else if b > 0 && st.toks[b].Text == "," {
			b++
		} else {
			break
		}
	}
	n := fr.allPron.at(st.toks, b)
	if n == 0 || b+n > at || c.i > b+n || d.prevSent == nil || d.namesIn(st, b+n, at) {
		return actorList{}
	}
	n += b
	for q := n; q < at; q++ {
		if d.x.Lang.Frames.adverb.at(st.toks, q) == 0 && d.x.Lang.Frames.aux.at(st.toks, q) == 0 && !st.toks[q].Punct {
			return actorList{} // only adverbs and auxiliaries between: "ont toutes signé"
		}
	}
	prev := d.longestList(d.prevSent)
	if len(prev) < 2 {
		return actorList{}
	}
	return quotedAt(prev, b, n)
}

// quotedAt returns the actors of ms as a list quoted at the tokens
// [lo, hi) that stand for them ("All of them", "les neuf pays").
func quotedAt(ms []*mention, lo, hi int) actorList {
	l := actorList{lo: lo, hi: hi}
	for _, m := range ms {
		c := *m
		c.i, c.j = lo, hi
		l.items = append(l.items, &c)
	}
	return l
}

// countedList returns, for a definite count of actors that is the whole
// subject of the verb at token at ("les neuf pays représentés ont
// signé", "the seven governments signed", "the three are not parties"), the list of as many actors
// the sentence before named, each quoted at the count; for a support
// (p), not people counted as states.
func (d *docState) countedList(st *sent, c clause, at int, p pledgegraph.Predicate) actorList {
	toks := st.toks
	b := c.i
	for q := c.i; q < at; q++ {
		if toks[q].Text == "," {
			b = q + 1 // "Au terme de la séance, les neuf pays": after what opens the sentence
		}
	}
	if b >= at || d.prevSent == nil || d.namesIn(st, b, at) || !d.x.Lang.Definite[toks[b].Fold] {
		return actorList{}
	}
	n, e, approx := d.numberAt(toks, b+1)
	if n < 2 || approx || e == b+1 || e > at || e < at && (toks[e].Cap || d.x.Lang.CountNouns[toks[e].Fold] == "") {
		return actorList{} // a count noun, or the verb right after the number: "the three are not parties"
	}
	for q := e + 1; q < at; q++ {
		if toks[q].Punct || toks[q].Cap {
			return actorList{} // a participle may qualify the noun ("représentés"), nothing else
		}
	}
	prev := d.longestList(d.prevSent)
	if len(prev) != n {
		return actorList{}
	}
	if p == pledgegraph.Supports && d.x.Lang.CountNouns[toks[e].Fold] == pledgegraph.CountStates && slices.ContainsFunc(prev, func(m *mention) bool { return m.isKind(pledgegraph.KindPerson) }) {
		return actorList{} // "the two governments committed", after two leaders: their states sign, not named (the leaders launch)
	}
	return quotedAt(prev, b, e+1)
}

// noteLaunch records that the initiative obj, named by om, was launched
// in the sentence (for where it was presented), and its launch date
// when none is known yet.
func (d *docState) noteLaunch(fl *frameLayer, om *mention, obj pledgegraph.EntityID, since pledgegraph.Date) {
	fl.launched = append(fl.launched, om)
	if _, ok := d.launchDates[obj]; !ok && !since.IsZero() {
		d.launchDates[obj] = since
	}
}

// noteSigning records the date on which the text says the initiative
// obj was signed, when none is known yet.
func (d *docState) noteSigning(obj pledgegraph.EntityID, since pledgegraph.Date) {
	if _, ok := d.signDates[obj]; !ok && !since.IsZero() {
		d.signDates[obj] = since
	}
}

// otherAfterAside reports whether an aside set off by commas right
// after a verb ending at toks[j], naming nothing, is followed by the
// verb's object, after its preposition, and that object is no text:
// « s'engagent à s'abstenir, dans leurs rapports mutuels, de tout
// recours à la force », "undertake to abstain, in their relations, from
// any use of force".
func (d *docState) otherAfterAside(st *sent, j int) bool {
	toks := st.toks
	if j >= len(toks) || toks[j].Text != "," {
		return false
	}
	for q := j + 1; q < len(toks) && q <= j+8; q++ {
		if inMention(st, q) || toks[q].Punct && toks[q].Text != "," {
			return false
		}
		if toks[q].Text == "," {
			k := q + 1
			k += d.x.Lang.Frames.prep.at(toks, k)
			return k > q+1 && d.otherObject(st, k)
		}
	}
	return false
}

// lastMentionOf returns the last mention of entity id that ends before
// token at, or nil.
func (d *docState) lastMentionOf(st *sent, id pledgegraph.EntityID, at int) *mention {
	var last *mention
	for _, m := range st.ms {
		if m.id == id && m.j <= at {
			last = m
		}
	}
	return last
}

// memberRule prefixes the rule of a membership a joining or leaving verb
// states: a state joins or leaves an organisation, not an initiative.
const memberRule = "mem.verb."

// bodyObject reports whether a verb's object is a body, named (om) or
// taken up by a pronoun ("n'en font pas partie"): joining it or leaving
// it is a membership.
func (d *docState) bodyObject(om *mention, obj pledgegraph.EntityID) bool {
	if om != nil {
		return om.kind == pledgegraph.KindOrganization && !om.initiative()
	}
	e := d.ents[obj]
	return e != nil && e.Kind == pledgegraph.KindOrganization
}

// membershipVerb reports whether g joins, leaves, belongs to or stays out
// of what follows it.
func membershipVerb(g verbGroup) bool {
	return g.frame.Predicate == pledgegraph.Supports && (g.frame.Lemma == "join" || g.frame.Lemma == "withdraw" || g.frame.Lemma == "accede" || g.frame.Lemma == "belong" || g.frame.Lemma == "stayout")
}

// initiativeNear reports whether an initiative is named at token q or
// the two after it: "joined the EU's Global Gateway".
func (d *docState) initiativeNear(st *sent, q int) bool {
	for _, m := range st.ms {
		if m.i >= q && m.i <= q+2 && m.initiative() {
			return true
		}
	}
	return false
}

// endsObject reports whether a verb's object ends before token q: the
// sentence or a clause ends, an adverb or a date follows ("joined NATO
// in April 2023"), not "joined the EU's Global Gateway" or "joined the
// EU in condemning".
func (d *docState) endsObject(st *sent, q int) bool {
	return q >= len(st.toks) || st.toks[q].Punct || d.x.Lang.Frames.adverb.at(st.toks, q) > 0 ||
		dateStarts(st, q) || dateStarts(st, q+1) || dateStarts(st, q+2) || decadeAt(st.toks, q+1) || decadeAt(st.toks, q+2)
}

// pastPrep returns where the noun phrase after a preposition at toks[q]
// starts, its article skipped ("à l'OTAN"), or q.
func (d *docState) pastPrep(st *sent, q int) int {
	fr := &d.x.Lang.Frames
	if n := fr.prep.at(st.toks, q); n > 0 {
		return q + n + fr.article.at(st.toks, q+n)
	}
	return q
}

// decadeAt reports whether toks[q] names a decade: "1960s".
func decadeAt(toks []Token, q int) bool {
	if q >= len(toks) {
		return false
	}
	t := toks[q].Text
	return len(t) == 5 && t[3] == '0' && t[4] == 's' && strings.Trim(t[:4], "0123456789") == ""
}

// elliptical states the stances of clauses that repeat the passive
// verb group before them with another agent and date ("They were joined
// by A in 2012; by B in 2013").
func (d *docState) elliptical(st *sent, fl *frameLayer, k int, g verbGroup, obj pledgegraph.EntityID, neg bool) {
	fr := &d.x.Lang.Frames
	for k2 := k + 1; k2 < len(fl.clauses); k2++ {
		c := fl.clauses[k2]
		at := c.i
		if at < c.j && d.x.Lang.glue(st.toks[at]) && fr.agent.at(st.toks, at) == 0 {
			at++ // "; and by Australia in 2015"
		}
		n := fr.agent.at(st.toks, at)
		if n == 0 {
			return
		}
		for _, g2 := range fl.groups {
			if g2.vi >= c.i && g2.vi < c.j {
				return
			}
		}
		l := d.actorsAfter(st, at+n)
		if l.empty() {
			return
		}
		since := d.dateAt(st, fl, k2, c.i, false)
		d.stateStance(st, g.frame.Predicate, l, obj, neg, since, 0.7, c.i, l.hi, g.frame.ID)
	}
}

// stateStance adds the facts of a list of actors: neg for its items, the
// opposite for its exceptions.
func (d *docState) stateStance(st *sent, p pledgegraph.Predicate, l actorList, obj pledgegraph.EntityID, neg bool, since pledgegraph.Date, conf float64, lo, hi int, rule string) {
	d.rule = rule
	defer func() { d.rule = "" }()
	exc := map[*mention]bool{}
	for _, m := range l.exc {
		exc[m] = true
	}
	for _, m := range l.items {
		d.stateOne(st, p, m, obj, neg, since, conf, min(lo, m.i), max(hi, m.j), exc)
	}
	for _, m := range l.exc {
		d.stateOne(st, p, m, obj, !neg, since, conf, min(lo, m.i), max(hi, m.j), exc)
	}
}

// stateOne adds one actor's stance; a group statement stands for the
// group's members.
func (d *docState) stateOne(st *sent, p pledgegraph.Predicate, m *mention, obj pledgegraph.EntityID, neg bool, since pledgegraph.Date, conf float64, lo, hi int, exc map[*mention]bool) {
	if p == pledgegraph.Launched && m.groupStmt && m.byMembers {
		d.expandGroup(st, m, p, obj, neg, exc, lo, hi) // "the governments of EU member states are launching"
		return
	}
	if p != pledgegraph.Supports {
		d.framed[framedKey{m.id, p, obj}] = true
		d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: p, Object: obj, Negated: neg, Since: since,
			Confidence: math.Round(conf*100) / 100, Evidence: d.evidence(st.s, lo, hi)})
		return
	}
	if m.groupStmt {
		d.expandGroup(st, m, p, obj, neg, exc, lo, hi)
		return
	}
	if m.entry != nil && d.x.Ref.IsGroup(m.entry.Key) && (m.withMembers || d.excludesMember(m, exc)) {
		d.expandGroup(st, m, p, obj, neg, exc, lo, hi)
	}
	if m.metonym {
		conf -= 0.1
	}
	d.framed[framedKey{m.id, p, obj}] = true
	f := d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.Supports, Object: obj, Negated: neg, Since: since,
		Confidence: math.Round(conf*100) / 100, Evidence: d.evidence(st.s, lo, hi)})
	if f != nil {
		d.last = f
		if d.prior {
			d.priorFacts = append(d.priorFacts, f.ID)
		}
	}
}

// frameConfidence rates a fact of a frame: 0.8 when the sentence names
// the initiative, less when it is the one under discussion.
func frameConfidence(g verbGroup, implicit bool) float64 {
	c := 0.8
	if implicit {
		c -= 0.1
	}
	if g.future || g.announce {
		c -= 0.05
	}
	return c
}

// thoseWho reports whether the verb starting at token at follows "those
// who", « ceux qui »: a subject that names nobody, who a list after the
// verb may name ("Among those who signed were A and B").
func (d *docState) thoseWho(st *sent, at int) bool {
	return at > 1 && d.x.Lang.is(wsRelPron, &st.toks[at-1]) && d.x.Lang.Frames.those.at(st.toks, at-2) > 0
}

// subjectOf returns the subject of a verb starting at token at in clause
// k: the actors nearest before it in the clause, else the antecedent of a
// relative clause, the subject of the clause a conjunction continues, or
// the reporter of a reported clause.
func (d *docState) subjectOf(st *sent, fl *frameLayer, k, at int) actorList {
	c := fl.clauses[k]
	if d.thoseWho(st, at) || at > 1 && d.x.Lang.is(wsRelPron, &st.toks[at-1]) && d.commonAntecedent(st, at-2) {
		return actorList{} // "the list of companies that signed", "particularly those that abstained": nobody named
	}
	if d.whosePeople(st, at) {
		return actorList{} // "le Royaume-Uni, dont les électeurs ont choisi de quitter l'Union", "Britain, whose voters chose to leave": the voters
	}
	l := d.actorsBeforeApposition(st, fl, c.i, at)
	if !l.empty() && d.addressee(st, l, at) {
		// "Japan informed the US that it would not sign": the teller's;
		// "Japan told the US that…": the reporter's, below; "le Brésil a
		// répété qu'il": Brazil itself
		if teller := d.actorsBefore(st, c.i, l.lo); !teller.empty() {
			l = teller
		} else if c.report >= 0 {
			l = actorList{}
		}
	}
	switch {
	case !l.empty() || l.neg:
	case c.rel && c.before >= 0 && d.occasionRelative(st.toks, c):
		// "met at the summit in Ise-Shima, Japan, where they adopted":
		// the antecedent is a place or an occasion, the subject the one
		// who met
		kb := clauseAt(fl.clauses, c.before)
		if l = fl.subject[kb]; l.empty() {
			l = d.openingList(st, fl.clauses[kb])
			for n := 1; n < len(l.items); n++ {
				if !d.between(st, l.items[n-1].j, l.items[n].i) {
					l.items, l.hi = l.items[:n], l.items[n-1].j // "The G7 met in Ise-Shima, Japan": not Japan
					break
				}
			}
		}
	case c.rel && c.before >= 0:
		lo := 0
		if k > 0 {
			lo = fl.clauses[clauseAt(fl.clauses, c.before)].i
		}
		l = d.antecedent(st, lo, c.before)
	case (c.coord && k > 0 || c.report >= 0) && d.ownSubject(st, c, at):
		// "…, but no founding member has ever quit", "the group says
		// other companies have joined": nobody named
	case c.coord && k > 0:
		l = fl.subject[k-1]
		if l.empty() && !fl.clauses[k-1].rel {
			// "A et B ont présenté puis signé"; not the actors a relative
			// clause opens with ("market access, which Washington has
			// ruled out because Congress would have to approve it": not
			// Washington's approval)
			l = d.openingList(st, fl.clauses[k-1])
		}
	case c.report >= 0 && !d.countedSubject(st, c.i, at):
		kr := clauseAt(fl.clauses, c.report)
		if l = d.actorsBeforeApposition(st, fl, fl.clauses[kr].i, c.report); l.empty() && kr < k {
			l = d.subjectOf(st, fl, kr, c.report) // "Google, which had signed up, said it was pulling out"
		}
	}
	if l.empty() && !l.neg {
		l = d.entryHead(st, at)
	}
	if !l.empty() {
		fl.subject[k] = l
	}
	return l
}

// entryHead returns the actors that open a sentence and a dash or a
// colon ends, before a verb at token at that has no subject of its own:
// the head of an entry of a guide or a list ("FRANCE — Stayed away.",
// "Finland, Iran: signed on the first day").
func (d *docState) entryHead(st *sent, at int) actorList {
	toks := st.toks
	p := 0
	for p < at && !entryMark(toks[p].Text) {
		p++
	}
	if p == 0 || p >= at {
		return actorList{}
	}
	l := d.listFrom(st, 0, true)
	if len(l.items) == 0 || l.items[0].i > 0 || l.hi != p {
		return actorList{}
	}
	for _, m := range st.ms {
		if m.i > p && m.j <= at && m.actor() {
			return actorList{} // "Paris: the government said it would sign"
		}
	}
	return l
}

// actorsBeforeApposition returns the actors named from token lo to the
// verb at token at, those of an apposition just before it left out:
// "India, Australia, Japan and the US, the four members of the Quad,
// endorsed", "Global Witness, an organisation whose campaigning on Angola
// and Sierra Leone helped create the scheme, said": the subject stands
// before the apposition.
func (d *docState) actorsBeforeApposition(st *sent, fl *frameLayer, lo, at int) actorList {
	hi := at
	p := d.subjectApposition(st, at)
	if v := d.firstPredicate(st, lo, at); p == at && v < at {
		p = d.subjectApposition(st, v) // « X, que reconnaissent A et B, n'était pas conviée et ne fait pas partie de »
	}
	if p < at {
		lo, hi = min(lo, fl.clauses[clauseAt(fl.clauses, max(p-1, 0))].i), p
	}
	return d.actorsBefore(st, lo, hi)
}

// whosePeople reports whether a pronoun of possession and a noun of the
// frame table's people, the subject of the verb at token at, stand
// right before it: "dont les électeurs ont choisi", "whose voters
// chose". Other nouns may act for the owner ("dont le gouvernement",
// "des pays dont les polices ont adhéré") and leave it the subject.
func (d *docState) whosePeople(st *sent, at int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	for q := at - 1; q >= 0 && q >= at-6; q-- {
		if toks[q].Cap || toks[q].Punct || inMention(st, q) {
			return false
		}
		if !d.x.Lang.Whose[toks[q].Fold] {
			continue
		}
		n := q + 1 + fr.article.at(toks, q+1)
		return n < at && fr.people.at(toks, n) > 0
	}
	return false
}

// firstPredicate returns, for a verb at token at that a conjunction
// joins to a predicate opening after a comma ("…, n'était pas conviée à
// Marrakech et ne fait pas partie"), where that predicate starts: the
// two share the subject before the comma. Else at.
func (d *docState) firstPredicate(st *sent, lo, at int) int {
	toks := st.toks
	if at < 2 || d.x.Lang.And.MatchAt(toks, at-1) == 0 {
		return at
	}
	for q := at - 2; q > lo; q-- {
		if toks[q].Text == "," {
			if d.predicateAt(toks, q+1) {
				return q + 1
			}
			return at
		}
	}
	return at
}

// ownSubject reports whether a noun phrase that names nobody opens the
// clause c before the verb at token at: a quantifier of negation or a
// partitive one first, and no name before the verb group ("…, but no
// founding member has ever quit", "mais aucun membre fondateur ne l'a
// quitté", "although several of its ministers took part", "bien que
// plusieurs de ses ministres y aient pris part"). The clause then has a
// subject of its own, not the one before it; "but the government left
// it" speaks of the one before.
func (d *docState) ownSubject(st *sent, c clause, at int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	b := c.i
	if b >= at || fr.negQ.at(toks, b) == 0 && d.x.Lang.Partitive.MatchAt(toks, b) == 0 {
		return false
	}
	for q := b; q < at; q++ {
		if fr.aux.at(toks, q) > 0 || fr.neg.at(toks, q) > 0 || fr.verbs.at(toks, q) > 0 {
			break // the verb group begins
		}
		if inMention(st, q) {
			return false
		}
	}
	return true
}

// subjectApposition returns where an apposition that a comma ends just
// before token at starts, a lower-case word other than a conjunction, a
// "ni", a preposition, the cue of an exception ("apart from", "hormis")
// or of a list of examples ("dont", "including": those are the subject)
// opening it, or a compound adjective ("Meta, the parent company of
// Facebook and Instagram, refused", "Global Witness, a London-based
// group whose campaigning on Angola helped create it, said", "Meta, la
// maison mère de Facebook, a refusé", "China and Russia, all members of
// the SCO, signed"): the names in it describe the subject, they are not
// it. It returns at when there is none.
func (d *docState) subjectApposition(st *sent, at int) int {
	toks := st.toks
	q := at - 1
	if q <= 0 || toks[q].Text != "," {
		return at
	}
	for p := q - 1; p > 0 && q-p < 24; p-- {
		if toks[p].Text != "," {
			continue
		}
		b := p + 1 + d.x.Lang.Frames.article.at(toks, p+1)
		lower := !toks[b].Cap || b+1 < q && hyphenated(d.text, toks, b+1) && !toks[b+1].Cap // "a London-based organisation"
		if b < q && lower && !toks[b].Punct && d.x.Lang.And.MatchAt(toks, p+1) == 0 && d.x.Lang.CoHosts.MatchAt(toks, p+1) == 0 && d.x.Lang.CoActors.MatchAt(toks, p+1) == 0 &&
			!d.x.Lang.NegList[toks[p+1].Fold] && !d.examplesAfter(toks, p) && d.x.Lang.ListIntro.MatchAt(toks, b) == 0 &&
			(b > p+1 || d.x.Lang.Frames.prep.at(toks, p+1) == 0 && d.x.Lang.Frames.except.at(toks, p+1) == 0 || d.x.Lang.Frames.odds.at(toks, p+1) > 0) {
			// also "China and Russia, all members of the SCO, signed", "l'Inde,
			// pourtant membre du G20, a refusé", "China, at odds with Moscow,
			// stayed away"; not "France, with Germany, signed"
			return p
		}
		if toks[p-1].Cap && toks[p+1].Cap && !toks[p-1].Punct && !toks[p+1].Punct {
			continue // "NBC, a partner of Sarnoff, Philips and Thomson in the consortium, is not": a list inside it
		}
		return at
	}
	return at
}

// nounSubject reports whether a noun phrase that a comma (and perhaps a
// joining word) opens after token lo, an article or a possessive first, no name in it but after a
// preposition, stands right before the verb at token at: the verb's
// subject, which the names before the comma are not ("Autour de Yoon Suk
// Yeol et de Rishi Sunak, les dirigeants de dix pays ont adopté", "Lancé
// par Le Drian et Maas, une trentaine d'États l'ont endossé").
func (d *docState) nounSubject(st *sent, lo, at int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	b := at
	for b > lo && at-b < 10 && !toks[b-1].Punct {
		b--
	}
	if b < at && b > lo && toks[b-1].Text == "," {
		b += d.x.Lang.And.MatchAt(toks, b) // "…, and the outreach countries are"
	}
	if b == at || b <= lo || toks[b-1].Text != "," && d.x.Lang.And.MatchAt(toks, b-1) == 0 || fr.article.at(toks, b) == 0 && fr.possDet.at(toks, b) == 0 {
		return false
	}
	for q := b + 1; q < at; q++ {
		if fr.aux.at(toks, q) > 0 || fr.copula.at(toks, q) > 0 || fr.neg.at(toks, q) > 0 {
			break // the verb group begins: "les pays invités n'en sont pas signataires"
		}
		if m := d.mentionAt(st, q); m != nil && !d.governed(st, m) || fr.verbs.at(toks, q) > 0 || fr.report.at(toks, q) > 0 {
			return false
		}
	}
	return d.mentionAt(st, b) == nil
}

// countOpensSubject reports whether the subject of the verb at token j
// is a count of actors that a punctuation mark or the clause's start
// opens ("En octobre, au sommet organisé par l'UIT, sept pays ont
// adopté"): the names before it are not the subject.
func (d *docState) countOpensSubject(st *sent, i, j int) bool {
	lang, toks := d.x.Lang, st.toks
	for q := max(i, j-4); q < j; q++ {
		if n := d.countedItem(toks, q); n > 0 && q+n <= j {
			return q == i || toks[q-1].Punct || lang.Approx.MatchAt(toks, i) == q-i // "More than 100 countries attended"
		}
		if _, ok := lang.Numbers[toks[q].Fold]; ok || toks[q].Number {
			break
		}
	}
	// "Quinze des 55 États membres de l'UA ont ratifié", "Seven of the
	// 27 member states signed": a number opens the subject, a count noun
	// is in it
	b := j
	for b > i && j-b < 10 && !toks[b-1].Punct {
		b--
	}
	if b > i && !toks[b-1].Punct {
		return false
	}
	p := b + lang.Frames.article.at(toks, b)
	if _, ok := lang.Numbers[toks[p].Fold]; !ok && !toks[p].Number || p >= j {
		return false
	}
	if p > b && lang.Definite[toks[b].Fold] && lang.OutOf.MatchAt(toks, p+1) == 0 {
		return false // "Les 28 États membres de l'UE ont adopté": all of them, named by their group
	}
	for q := p + 1; q < j; q++ {
		if lang.CountNouns[toks[q].Fold] != "" {
			return true
		}
	}
	return false
}

// countedSubject reports whether a number stands in the four tokens
// before token j (and at or after i), the subject of a clause that names
// nobody ("Norway said that 40 countries had joined"): not the reporter's.
func (d *docState) countedSubject(st *sent, i, j int) bool {
	for q := max(i, j-4); q < j && q < len(st.toks); q++ {
		if st.toks[q].Number || d.x.Lang.Numbers[st.toks[q].Fold] > 0 {
			return true
		}
	}
	return false
}

// addressee reports whether the actors l nearest before a verb are told
// rather than telling: a subordinator ("that", "que") stands between them
// and the verb at ("told the US that it would not sign").
func (d *docState) addressee(st *sent, l actorList, at int) bool {
	return d.subordBetween(st, l.hi, at)
}

// openingList returns the actors listed at the very start of clause c
// (after an article), its subject when no verb of a frame said so.
func (d *docState) openingList(st *sent, c clause) actorList {
	p := c.i + d.x.Lang.Frames.article.at(st.toks, c.i)
	l := d.listFrom(st, p, true)
	if len(l.items) == 0 || l.items[0].i > p || l.hi > c.j {
		return actorList{}
	}
	return l
}

// opensClause reports whether only punctuation stands before token at in
// clause c: "Officially launched in June, …", not "40 entities signed".
func opensClause(st *sent, c clause, at int) bool {
	for q := c.i; q < at; q++ {
		if !st.toks[q].Punct {
			return false
		}
	}
	return true
}

// notAmong reports whether the verb at toks[i] opens, after a relative
// pronoun, a clause about a group said not to hold its subject: a
// negation, then an "among" phrase and the group's noun ("was not among
// the companies that endorsed", "ne figurait pas parmi les entreprises
// qui ont signé").
func (d *docState) notAmong(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	r := i - 1
	for r > 0 && !d.x.Lang.is(wsRelPron, &st.toks[r]) && i-r < 3 {
		r-- // "qui ont signé": the auxiliary
	}
	if r <= 0 || !d.x.Lang.is(wsRelPron, &st.toks[r]) {
		return false
	}
	for q := r - 1; q >= 0 && q >= r-5; q-- {
		if n := fr.among.at(st.toks, q); n > 0 && q+n < r {
			return d.negatedBefore(st, max(0, q-5), q)
		}
	}
	return false
}

// relativeAntecedent returns, when the verb group g ends a relative
// clause that a word of ObjRel opens after a comma and that has its own
// subject, so that its object is the clause's antecedent ("…, which the
// Netherlands initiated", "…, que les Pays-Bas ont lancé"), the name the
// clause hangs on (nil if none), where the words it hangs on end, and
// true; else nil, -1 and false.
func (d *docState) relativeAntecedent(st *sent, g verbGroup) (*mention, int, bool) {
	o := -1
	for q := g.i - 1; q > 0 && q >= g.i-12; q-- {
		if d.x.Lang.ObjRel[st.toks[q].Fold] && (st.toks[q-1].Text == "," || d.commonNounAt(st, q-1)) {
			o = q // "…, which the Netherlands initiated", "une mesure que Pékin a rejetée"
			break
		}
		if st.toks[q].Punct && !inMention(st, q) && !(st.toks[q].Text == "." && d.x.Lang.Honorifics[st.toks[q-1].Fold]) { // "que M. Beneš a signée"
			return nil, -1, false
		}
	}
	if o < 0 {
		return nil, -1, false
	}
	subject := false
	for _, m := range st.ms {
		subject = subject || m.i > o && m.j <= g.i && isActor(m)
	}
	if !subject {
		return nil, -1, false // "Kenya, which signed in 2018": Kenya is the subject
	}
	p := o
	for p > 0 && (st.toks[p-1].Text == "," || st.toks[p-1].Text == ")" || isQuote(st.toks[p-1].Text)) {
		p--
		if st.toks[p].Text == ")" {
			for p > 0 && st.toks[p-1].Text != "(" {
				p-- // "(REAIM)"
			}
			p = max(0, p-1)
		}
	}
	return mentions(st.ms).endingAt(p), p - 1, true
}

// relativeClauseObject returns what the verb group g acts on when it ends a
// relative clause with its own subject, and true: the event the clause
// hangs on for a verb of launch ("the General Islamic Congress, which
// Shaukat Ali had convened"), none when it hangs on another thing that
// is no initiative ("the first summit on AI, which the Netherlands
// initiated", "a move Beijing rejected"); else false.
func (d *docState) relativeClauseObject(st *sent, g verbGroup) (pledgegraph.EntityID, int, bool) {
	if g.clitic {
		return "", -1, false
	}
	m, _, ok := d.relativeAntecedent(st, g)
	if ok && m != nil && g.frame.Predicate == pledgegraph.Launched && m.kind == pledgegraph.KindEvent && !m.anaphora {
		return m.id, m.i, true
	}
	if ok && (m == nil || !m.initiative() && !m.anaphora) || d.contactRelative(st, g) {
		return "", -1, true
	}
	return "", -1, false
}

// contactRelative reports whether the verb group g ends a relative
// clause with no pronoun, whose subject is the name right before g and
// whose object is the common noun before that name, after an article:
// "a move Beijing rejected", "the plan Paris backed". A noun that can
// stand for the initiative ("the pledge Kenya signed") is not another
// object.
func (d *docState) contactRelative(st *sent, g verbGroup) bool {
	m := mentions(st.ms).endingAt(g.i)
	return m != nil && isActor(m) && m.i >= 2 && d.commonNounAt(st, m.i-1)
}

// commonNounAt reports whether toks[q] is a common noun after an
// article, outside any name, and not one that can stand for an
// initiative ("a move", "une mesure"; not "the pledge").
func (d *docState) commonNounAt(st *sent, q int) bool {
	n := &st.toks[q]
	if q < 1 || n.Cap || n.Punct || n.Number || inMention(st, q) || d.x.Lang.is(wsStop, n) || d.x.Lang.AnaphoraHeads[n.Fold] {
		return false
	}
	_, a := d.x.Lang.Frames.article.endingAt(st.toks, q, 1)
	return a >= 0
}

// cliticObject returns the initiative a verb group with a pronoun
// before it acts on: the one the pronoun stands for ("unveiled it at the
// RSA Conference"), unless the verb names its object after an article,
// the pronoun then saying where ("les trois pays y ont décidé de créer
// un Conseil"): that object, if an initiative.
func (d *docState) cliticObject(st *sent, g verbGroup, first int) (pledgegraph.EntityID, int) {
	if m := d.mentionAt(st, first); m != nil && first > g.j {
		if m.initiative() || m.anaphora {
			return m.id, m.i
		}
		return "", -1
	}
	return d.unsaidObject(st, g), -1
}

// unsaidObject returns the initiative a verb group that names no object
// acts on (see lastInitiative), but none when a pronoun of place stands
// for the event one of the sentences just before names and the
// initiative is one the text names only further on (« La conférence
// s'est ouverte à Athènes. La Grèce y a participé »: there).
func (d *docState) unsaidObject(st *sent, g verbGroup) pledgegraph.EntityID {
	id := d.lastInitiative(st, g.i)
	if d.namedOnlyAfter(st, id, g.i) && d.thereAtEvent(st, g.i) {
		return ""
	}
	return id
}

// namedOnlyAfter reports whether the text names the initiative id
// neither in a sentence before st nor in st before toks[i].
func (d *docState) namedOnlyAfter(st *sent, id pledgegraph.EntityID, i int) bool {
	if _, named := d.named[id]; named {
		return false
	}
	return !slices.ContainsFunc(st.ms, func(m *mention) bool { return m.id == id && m.j <= i && !m.anaphora })
}

// objectAfter returns the initiative an active verb group acts on: the
// first initiative named after it in its clause, unless another name
// stands right after the verb ("joined Microsoft"); the initiative under
// discussion when a pronoun stands for it or the verb has no object
// ("signed in 2018", "declined to join"). It returns where the name is,
// or -1.
func (d *docState) objectAfter(st *sent, c clause, g verbGroup) (pledgegraph.EntityID, int) {
	fr := &d.x.Lang.Frames
	first := g.j
	if _, n := fr.article.match(st.toks, first); n > 0 {
		first += n
	}
	if g.clitic && g.frame.Lemma == "join" && d.peerClitic(st, g) {
		id, _ := d.peerStance(st, false)
		return id, -1 // "six leaders agreed on the package; Britain refused to join them"
	}
	if g.clitic && d.otherBefore() {
		return "", -1 // "… ont approuvé ces mesures. L'Arabie saoudite s'y est ralliée": to the measures
	}
	if g.clitic {
		return d.cliticObject(st, g, first)
	}
	if fr.latter.at(st.toks, g.j) > 0 {
		return d.latterText(st, g.i), -1 // "a refusé de s'associer à ce dernier texte"
	}
	end := d.objectScope(st, c, g.j)
	for _, m := range st.ms {
		if m.i < g.j && !(m.i == g.j-1 && m.j > g.j) || m.i >= end {
			continue // a name may start at the verb's contracted preposition ("retiré sa signature du cadre")
		}
		if d.governed(st, m) && !d.governedFrom(st, m, g.j) && !d.partOfObject(st, m) {
			continue // "a lancé hier, à l'occasion du Forum, l'Appel"
		}
		if (m.initiative() || m.anaphora) && d.endsWithDeterminer(st, g) && clauseBreak(st, first, m.i, d.x.Lang, true) {
			return "", -1 // "published the list of companies that signed the code": the list
		}
		if m.initiative() || m.anaphora || g.frame.Predicate == pledgegraph.Launched && m.kind == pledgegraph.KindEvent && !d.governed(st, m) {
			return m.id, m.i // not "presented at the Paris Peace Forum"
		}
		if m.i <= d.pastPrep(st, first) && m.kind == pledgegraph.KindOrganization && membershipVerb(g) && !d.initiativeNear(st, m.j) {
			return m.id, m.i // "joined NATO", "s'est retiré du Hybrid CoE", "a adhéré à l'OTAN": a membership
		}
		if m.i <= first {
			return "", -1 // the verb's object is something else
		}
	}
	if g.frame.Bound && !g.clitic && (d.boundElsewhere(st, first, end) || g.j < c.j && !st.toks[g.j].Punct && !dateStarts(st, g.j)) {
		return "", -1 // "took part in the Forum", "a participé aux discussions": not the initiative
	}
	if dateStarts(st, g.j) && d.otherObject(st, pastDate(st, g.j)) || !g.clitic && d.otherDescribed(st, g.j) {
		return "", -1 // "ont signé la semaine dernière un accord de coopération", "rejettent ce projet": another text
	}
	// "the companies that have committed are A and B": a relative clause
	// ends at the copula of the sentence's verb
	// "Robert Schuman signed for France": for whom, not what
	if g.clitic || isObjectEnd(st.toks, g.j, fr) || g.j >= c.j || dateStarts(st, g.j) || (c.rel || g.i > 0 && d.x.Lang.is(wsRelPron, &st.toks[g.i-1])) && fr.copula.at(st.toks, g.j) > 0 ||
		g.frame.Lemma == "sign" && d.behalfActor(st, g.j) >= 0 {
		if id, at, ok := d.relativeClauseObject(st, g); ok {
			return id, at
		}
		if !g.clitic && d.freeRelBefore(st, c, g) {
			return "", -1 // "what the Government could not accept: a clause that …"
		}
		if !g.clitic && (g.frame.Lemma == "abstain" && d.aboutEvent(st) || d.otherAfterAside(st, g.j)) {
			return "", -1 // "Xi and Putin stayed away": from the summit; « s'abstenir, dans leurs rapports mutuels, de tout recours »: from no text
		}
		return d.unsaidObject(st, g), -1
	}
	// joining or staying out of the members is joining or staying out of
	// the initiative (not "the text commits the signatories")
	grouped := g.frame.Lemma == "join" || g.frame.Lemma == "abstain" || g.frame.Lemma == "withdraw" || g.frame.Lemma == "belong"
	for q := first; grouped && q < end && !st.toks[q].Punct; q++ {
		if absent, n := fr.member.match(st.toks, q); n > 0 && !absent {
			return d.lastInitiative(st, g.i), -1 // "has since joined the signatories", "missing from the first group of participating nations"
		}
		if v, n := fr.nouns.match(st.toks, q); n > 0 && v == "sign" && g.frame.Lemma == "abstain" {
			return d.lastInitiative(st, g.i), -1 // "brillaient par leur absence à la table des signatures": from the signing
		}
	}
	if d.demonstrativeOther(st, g.j) {
		d.otherAt = st.s.End // "ont approuvé ces mesures": a pronoun after it stands for them
	}
	if d.describedText(st, g.j) || d.ownPart(st, g.j, end) {
		return d.lastInitiative(st, g.i), -1 // "ne s'associera pas à un accord qui ne change rien": the text spoken of, judged; "will oppose its ratification"
	}
	return "", -1
}

// otherDescribed reports whether a demonstrative and a lower-case head
// word of initiatives' names stand at toks[q], a word that heads no name
// of the initiative named last ("reject this plan", « rejettent ce
// projet », after "the Tehran Declaration"): another text.
func (d *docState) otherDescribed(st *sent, q int) bool {
	t := d.demonstrativeNoun(st, q, false)
	return t != nil && !t.Cap && d.x.Lang.InitHeads[t.Fold] && d.otherHead(*t)
}

// ownPart reports whether a noun that names a part of an initiative
// stands at toks[q] after a possessive determiner, with no complement of
// its own: the part of the initiative spoken of ("will oppose its
// ratification", « s'opposera à sa ratification », « rejette ses
// principes »), not "walked away from talks".
func (d *docState) ownPart(st *sent, q, end int) bool {
	fr := &d.x.Lang.Frames
	q += fr.prep.at(st.toks, q) // « s'opposer à sa ratification »
	p := fr.possDet.at(st.toks, q)
	n := fr.objPart.at(st.toks, q+p)
	if _, m := fr.member.match(st.toks, q+p); p == 0 || n == 0 || m > 0 {
		return false // not « le texte, qui engage ses signataires »
	}
	q += p + n
	return q >= end || !d.x.Lang.ownerPrep(st.toks[q].Fold) // "oppose its ratification in the Assembly", not "its ratification of the treaty of 1858"
}

// freeRelBefore reports whether the pronoun of a free relative clause
// stands in clause c before the verb group g, its subject between them
// ("what the Government could not accept").
func (d *docState) freeRelBefore(st *sent, c clause, g verbGroup) bool {
	for q := max(c.i, g.i-6); q < g.i; q++ {
		if d.x.Lang.Frames.freeRel.at(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// describedText reports whether an indefinite article, a head word of
// texts in lower case and a relative pronoun stand at toks[q] ("un accord
// qui ne change rien", "a treaty that it called a fraud"): the text the
// story speaks of, judged, when no name follows.
func (d *docState) describedText(st *sent, q int) bool {
	lang, toks := d.x.Lang, st.toks
	q += lang.Frames.prep.at(toks, q) // "s'associera pas à un accord"
	n := lang.Frames.article.at(toks, q)
	if n == 0 || lang.is(wsDefinite, &toks[q]) || q+n+1 >= len(toks) {
		return false
	}
	h := q + n
	if toks[h].Cap || !lang.InitHeads[toks[h].Fold] || inMention(st, h) {
		return false
	}
	r := h + 1
	if toks[r].Text == "," {
		r++
	}
	return r < len(toks) && (lang.is(wsRelPron, &toks[r]) || lang.ObjRel[toks[r].Fold])
}

// peerClitic reports whether a pronoun object in the verb group g
// stands for people when the verb is one of joining ("join them"), not
// for the texts a plural demonstrative took up ("these two forums").
func (d *docState) peerClitic(st *sent, g verbGroup) bool {
	if d.pluralAntecedents(st) != nil {
		return false // "These two forums have one thing in common: neither China nor Russia has joined them"
	}
	for q := g.i; q < g.j; q++ {
		if d.x.Lang.Frames.peerClitic.at(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// formerAt reports whether the words at toks[q] stand alone for one
// item of a pair by its rank ("the former", « la seconde »): a
// punctuation mark, a conjunction or the end of the sentence follows.
func (l *Language) formerAt(toks []Token, q int) bool {
	n := l.Frames.former.at(toks, q)
	return n > 0 && (q+n == len(toks) || toks[q+n].Punct || l.And.MatchAt(toks, q+n) == 1)
}

// latterText returns the text that "ce dernier texte", "the latter"
// stands for: the nearest text before toks[at], in the sentence or the
// one before it; none when that nearest one is a text the words name in
// lower case, no initiative of the document ("l'accord relatif au
// transport aérien international … Le Royaume-Uni a refusé de s'associer
// à ce dernier texte"). With no text there, the initiative under
// discussion.
func (d *docState) latterText(st *sent, at int) pledgegraph.EntityID {
	for _, s := range []*sent{st, d.prevSent} {
		if s == nil {
			continue
		}
		end := len(s.toks)
		if s == st {
			end = at
		}
		for q := end - 1; q >= 0; q-- {
			if k := slices.IndexFunc(s.ms, func(m *mention) bool { return m.i <= q && q < m.j }); k >= 0 {
				if m := s.ms[k]; m.anaphora && d.x.Lang.DescPreps.MatchAt(s.toks, m.j) > 0 {
					return "" // "l'accord relatif au transport aérien": a text of its own subject
				} else if m.initiative() || m.anaphora {
					return m.id
				}
				q = s.ms[k].i
				continue
			}
			if !s.toks[q].Cap && d.x.Lang.DescHeads.MatchAt(s.toks, q) > 0 {
				return ""
			}
		}
	}
	return d.lastInitiative(st, at)
}

// peerObject reports whether a pronoun of people is the object of the
// verb of joining at toks[i:j]: "refused to join them", "a refusé de
// les rejoindre" (see peerClitic).
func (d *docState) peerObject(st *sent, i, j int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	if !(j < len(toks) && fr.peerClitic.at(toks, j) > 0 || i > 0 && fr.peerClitic.at(toks, i-1) > 0) || d.pluralAntecedents(st) != nil {
		return false
	}
	for q := i; q < j; q++ {
		if lemma, n := fr.verbs.match(toks, q); n > 0 && lemma == "join" {
			return true
		}
	}
	return false
}

// peerStance returns the initiative on which the sentence, or the one
// before it, last says actors took a stance, and whether that was a
// refusal: joining them is taking it. Refusals count when asked for
// ("they have been joined by Hungary" after a withdrawal); with none
// ("agreed on a package of sanctions", no initiative named), it returns "".
func (d *docState) peerStance(st *sent, refusals bool) (pledgegraph.EntityID, bool) {
	from := st.s.Start
	if d.prevSent != nil {
		from = d.prevSent.s.Start
	}
	f := d.lastFactSince(from, func(f *pledgegraph.Fact) bool {
		return f.Predicate == pledgegraph.Supports && (refusals || !f.Negated)
	})
	if f == nil {
		return "", false
	}
	return f.Object, f.Negated
}

// lastFactSince returns the last of the 64 latest facts that ok accepts
// (ok sees only facts with evidence) and whose last evidence starts at
// offset from or after, or nil.
func (d *docState) lastFactSince(from int, ok func(*pledgegraph.Fact) bool) *pledgegraph.Fact {
	for k := len(d.forder) - 1; k >= 0 && k >= len(d.forder)-64; k-- {
		f := d.facts[d.forder[k]]
		if len(f.Evidence) > 0 && ok(f) && f.Evidence[len(f.Evidence)-1].Start >= from {
			return f
		}
	}
	return nil
}

// peerPronoun reports whether a plural pronoun that may stand for actors
// is the subject of the passive verb at toks[i], before its auxiliaries
// and adverbs: "they have been joined by", "ils ont été rejoints par".
func (d *docState) peerPronoun(st *sent, i int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	h := i - 1
	for h > 0 && (fr.aux.at(toks, h) > 0 || fr.adverb.at(toks, h) > 0) {
		h--
	}
	return h >= 0 && fr.peerSubj.at(toks, h) > 0
}

// aboutEvent reports whether the sentence st names an event or refers
// to one ("the summit").
func (d *docState) aboutEvent(st *sent) bool {
	for q := range st.toks {
		if m := d.mentionAt(st, q); m != nil && m.kind == pledgegraph.KindEvent {
			return true
		}
		if n, _ := d.eventAnaphoraAt(st, q); n > 0 {
			return true
		}
	}
	return false
}

// endsWithDeterminer reports whether the words of the verb group g end
// with the determiner of its object ("issued the", "a publié une"): the
// object is the noun right after it, and a name beyond a clause that
// noun opens is not ("published the list of companies that signed the
// code").
func (d *docState) endsWithDeterminer(st *sent, g verbGroup) bool {
	fr := &d.x.Lang.Frames
	return g.j > g.i+1 && (fr.article.at(st.toks, g.j-1) == 1 || fr.possDet.at(st.toks, g.j-1) == 1)
}

// boundElsewhere reports whether a name other than an initiative stands
// within the two words after first, before end: the complement of a
// bound verb ("au Forum", "in the summit").
func (d *docState) boundElsewhere(st *sent, first, end int) bool {
	for _, m := range st.ms {
		if m.i >= first && m.i <= first+2 && m.i < end {
			return true
		}
	}
	return false
}

// lastInitiative returns the initiative a pronoun or an elided object at
// token at stands for: the last one the sentence named before it, else
// its topic.
func (d *docState) lastInitiative(st *sent, at int) pledgegraph.EntityID {
	id := d.topic()
	for _, m := range st.ms {
		if m.j <= at && m.initiative() && !m.anaphora && !d.listedWithActor(st, m) {
			id = m.id // not "the Linux Foundation and the Partnership on AI have signed on": one of those who act
		}
	}
	return id
}

// discussed returns the initiative under discussion, or none while a
// text the paragraph brought in unnamed is spoken of ("… was a treaty
// on arbitration. It won 32 votes": not the Final Act named before).
func (d *docState) discussed() pledgegraph.EntityID {
	if d.unnamedOpen {
		return ""
	}
	return d.cur
}

// topic returns the initiative a sentence that names none speaks of,
// the nearest the sentences before point to: the one the sentence before
// says was supported or launched; its subject ("La Charte … n'a été
// signée que par … . Les États-Unis ont refusé de s'y associer.", "The
// Charter was adopted by 22 countries. It commits …"); the object of its
// verb of support when it states no fact ("Twenty-five member states
// also signed a declaration entitled …"); the one the sentence before it
// says was supported or launched; else the one under discussion.
func (d *docState) topic() pledgegraph.EntityID {
	if d.unnamedOpen {
		return "" // "Le grand projet était un traité d'arbitrage. … l'Italie s'est abstenue": on that one
	}
	if d.unnamedAhead() {
		return "" // "Sir Joseph Ward laid a scheme … the British Government could not accept the proposal", the Declaration of London named two paragraphs on
	}
	if d.prevSent == nil {
		return d.cur
	}
	if d.topicMemo.prev != d.prevSent || d.topicMemo.cur != d.cur {
		d.topicMemo = topicMemo{prev: d.prevSent, cur: d.cur, id: d.nearestTopic()}
	}
	return d.topicMemo.id
}

// unnamedAhead reports whether the initiative under discussion is one
// no sentence has named yet and the text names only after the next
// paragraph: what a sentence of the body speaks of unnamed is something
// else (a headline's "pledge" is the one the lead names).
func (d *docState) unnamedAhead() bool {
	_, named := d.named[d.cur]
	return d.cur != "" && !named && !d.bare && d.at != nil && !d.at.Heading && d.curPara > d.at.Para+1
}

// topicMemo keeps topic's answer for one sentence: it reads only the
// sentences before and the initiative under discussion.
type topicMemo struct {
	prev *sent
	cur  pledgegraph.EntityID
	id   pledgegraph.EntityID
}

// nearestTopic is topic, worked out.
func (d *docState) nearestTopic() pledgegraph.EntityID {
	if id := d.actedOnSince(d.prevSent.s.Start); id != "" {
		return id // "Estonia endorsed the Delhi Communiqué. China is not among the first to join the initiative."
	}
	if id := d.prevSubject(); id != "" {
		return id
	}
	if id := d.objectIn(d.prevSent); id != "" {
		return id // "Twenty-five member states also signed a declaration entitled …. Denmark did not sign it."
	}
	if id := d.actedOnSince(d.recentFrom); id != "" {
		return id
	}
	if id := d.broughtIn(d.prevSent); id != "" {
		return id // "Beijing and Moscow have promoted an International Code of Conduct. Washington has declined to back it."
	}
	return d.cur
}

// broughtIn returns the one initiative the sentence p names, when an
// indefinite article brings its capitalised name in ("an International
// Code of Conduct"), or "" when p names none, several, or one it does
// not bring in so (not « un texte sur la protection des données »: a
// description).
func (d *docState) broughtIn(p *sent) pledgegraph.EntityID {
	var id pledgegraph.EntityID
	for _, m := range p.ms {
		if !m.initiative() || m.anaphora || m.id == id {
			continue
		}
		if id != "" || m.i == 0 || !p.toks[m.i].Cap || d.x.Lang.Indefinite.MatchAt(p.toks, m.i-1) != 1 {
			return ""
		}
		id = m.id
	}
	return id
}

// actedOnSince returns the initiative that the sentences before this one
// from the offset from on say was supported or launched, the last one if
// several, not years before the story ("the pen Kennedy had used in 1963
// to sign the Moscow treaty"); or "".
func (d *docState) actedOnSince(from int) pledgegraph.EntityID {
	p := d.prevSent
	if p == nil {
		return ""
	}
	now := d.today().Year
	f := d.lastFactSince(from, func(f *pledgegraph.Fact) bool {
		e := d.ents[f.Object]
		return (f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.Launched) && f.Evidence[len(f.Evidence)-1].Start < p.s.End &&
			e != nil && e.Kind == pledgegraph.KindInitiative && !(now > 0 && f.Since.Year > 0 && f.Since.Year < now-1)
	})
	if f == nil {
		return ""
	}
	return f.Object
}

// prevSubject returns the initiative the sentence before this one opens
// with, named or referred to, when no verb of a frame says what it does
// ("La déclaration n'a pas de force contraignante."), or the one it names before its first verb of a
// frame when that verb is passive, the theme it speaks of ("The Charter
// was adopted by 22 countries"), or "".
func (d *docState) prevSubject() pledgegraph.EntityID {
	p := d.prevSent
	if p != nil && len(p.ms) > 0 && p.ms[0].i <= 1 && p.ms[0].initiative() && !actsFirst(p, &d.x.Lang.Frames) {
		return p.ms[0].id // "La déclaration n'a pas de force contraignante. Elle énonce …", not "The Tech Coalition launched …"
	}
	if p == nil || p.frames == nil || len(p.frames.groups) == 0 || !p.frames.groups[0].passive {
		return "" // "The Tech Coalition launched …": an actor, not what the next sentence speaks of
	}
	first := p.frames.groups[0].i
	for _, m := range p.ms {
		if m.j <= first && m.initiative() && !m.anaphora && !d.listedWithActor(p, m) {
			return m.id
		}
	}
	return ""
}

// objectIn returns the last initiative that the sentence p names as the
// object of an active verb of the frames of support or launch, a few
// words after it ("signed a declaration entitled …"), not after an
// infinitive's mark nor in a past before the story's ("où 155 pays avaient
// adopté la Déclaration …": background); or "".
func (d *docState) objectIn(p *sent) pledgegraph.EntityID {
	if p.frames == nil {
		return ""
	}
	var id pledgegraph.EntityID
	for _, g := range p.frames.groups {
		if g.passive || g.prior || g.frame.Predicate != pledgegraph.Supports && g.frame.Predicate != pledgegraph.Launched ||
			g.i > 0 && d.x.Lang.InfMark.MatchAt(p.toks, g.i-1) == 1 {
			continue // not "calls on states to back the Paris Call": what someone asks for
		}
		for _, m := range p.ms {
			if m.initiative() && !m.anaphora && m.i >= g.j && m.i <= g.j+6 && !punctBetween(p.toks, g.j, m.i) {
				id = m.id // "signed a declaration entitled "Building …""
				break
			}
		}
	}
	return id
}

// actsFirst reports whether the first verb of a frame of the sentence p
// follows the name it opens with, no other name between them: that
// name acts on an object ("The Tech Coalition launched the Lantern
// Programme").
func actsFirst(p *sent, fr *Frames) bool {
	if p.frames == nil || len(p.frames.groups) == 0 {
		return false
	}
	g := p.frames.groups[0]
	if !g.clitic && isObjectEnd(p.toks, g.j, fr) {
		return false // "The Lima Charter opened for signature": what it says of the name, no act
	}
	return g.i >= p.ms[0].j && (len(p.ms) == 1 || p.ms[1].i >= g.i)
}

// listedWithActor reports whether the mention m follows an actor in a
// list ("the Linux Foundation and the Partnership on AI"): a body named
// like an initiative, acting with the others, not what they act on.
func (d *docState) listedWithActor(st *sent, m *mention) bool {
	var prev *mention
	for _, p := range st.ms {
		if p.j <= m.i && (prev == nil || p.j > prev.j) {
			prev = p
		}
	}
	return prev != nil && isActor(prev) && d.between(st, prev.j, m.i) && d.joined(st.toks, prev.j, m.i)
}

// joined reports whether a comma or a conjunction stands among the
// tokens [a, b): an article alone joins no list ("signé au Foreign Office
// l'accord").
func (d *docState) joined(toks []Token, a, b int) bool {
	for q := a; q < b; q++ {
		if toks[q].Text == "," || toks[q].Text == ";" || d.x.Lang.And.MatchAt(toks, q) > 0 {
			return true
		}
	}
	return false
}

// themeBefore returns the initiative a passive verb group is about: the
// one named before it in its clause, the antecedent of a reduced relative
// ("the Declaration, signed by Kenya"), or the one under discussion.
func (d *docState) themeBefore(st *sent, fl *frameLayer, k int, g verbGroup) (pledgegraph.EntityID, int) {
	c := fl.clauses[k]
	lo := c.i
	if c.rel && c.before >= 0 || c.report > 0 && st.toks[c.report-1].Text == "," {
		lo = 0 // "the Accord, announced at the RSA conference, was signed by"
	}
	if c.coord && k > 0 && !d.namesIn(st, c.i, g.i) {
		lo = fl.clauses[k-1].i // "was adopted in 2018 and is supported by": the same subject
	}
	if g.participle && !g.governed && g.i > 1 && (d.commonNounAt(st, g.i-1) || d.unnamedTextBefore(st, g.i)) || d.otherTextIn(st, lo, g.i) {
		return "", -1 // "builds on a report presented by X": the report, no initiative; « le rapport minoritaire a été signé par »: another text
	}
	var found *mention
	for _, m := range st.ms {
		if m.i >= lo && m.j <= g.i && (m.initiative() || m.anaphora || g.frame.Predicate == pledgegraph.Launched && m.kind == pledgegraph.KindEvent) {
			found = m
		}
	}
	if found != nil {
		return found.id, found.i
	}
	for _, m := range st.ms {
		if m.i >= lo && m.j <= g.i && !m.initiative() {
			return "", -1 // "Microsoft was joined by": see joinedWith
		}
	}
	if _, p := d.x.Lang.Frames.pronoun.endingAt(st.toks, g.i, 1); g.clitic || p >= 0 {
		return d.lastInitiative(st, g.i), -1 // "they were joined by", "it was signed by"
	}
	return "", -1
}

// joinedWith returns what the subject of "X was joined by Y" took a
// stance on: the initiative X supported, or else the one X refused ("the
// United States pulled out; they have been joined by Hungary": Hungary
// refused too, which it reports); the initiative under discussion when X
// took none the text says.
func (d *docState) joinedWith(st *sent, fl *frameLayer, k int, g verbGroup) (pledgegraph.EntityID, bool) {
	subj := d.subjectOf(st, fl, k, g.i)
	var refusal pledgegraph.EntityID
	for _, m := range subj.items {
		for _, id := range d.forder {
			if f := d.facts[id]; f.Subject == m.id && f.Predicate == pledgegraph.Supports {
				if !f.Negated {
					return f.Object, false
				}
				refusal = cmp.Or(refusal, f.Object)
			}
		}
	}
	if refusal != "" {
		return refusal, true
	}
	if !subj.empty() || g.clitic {
		return d.topic(), false
	}
	return "", false
}

// laterIn reports whether clause c names a time still to come ("next
// year", "l'an prochain") or a date after the publication.
func (d *docState) laterIn(st *sent, c clause) bool {
	for q := c.i; q < c.j; q++ {
		if d.x.Lang.Frames.later.at(st.toks, q) > 0 {
			return true
		}
	}
	for _, ds := range st.dates {
		if ds.I >= c.i && ds.J <= c.j && !d.doc.Published.IsZero() && ds.Date.Compare(d.doc.Published) > 0 {
			return true
		}
	}
	return false
}

// dateOf returns when what verb group g states started: the date said in
// its clause nearest to the verb; for a clause continuing the main one
// after a relative clause, the main clause's; else the sentence's date
// unless another clause says it. An announcement or a future with no date
// counts from the publication.
func (d *docState) dateOf(st *sent, fl *frameLayer, k int, g verbGroup) pledgegraph.Date {
	// "will join", "agreed to sign": from the announcement; "had decided
	// to join" says a past announcement, not when
	return d.dateAt(st, fl, k, g.vi, g.future || g.announce && !g.perfect)
}

// dateAt is dateOf for what is said at token at of clause k.
func (d *docState) dateAt(st *sent, fl *frameLayer, k, at int, announced bool) pledgegraph.Date {
	if ds, ok := nearestIn(d.ownDates(st, d.stanceDates(st, at), fl, at), fl.clauses[k], at); ok {
		return ds.Date
	}
	elsewhere := false
	for _, ds := range st.dates {
		elsewhere = elsewhere || ds.Date == st.date
	}
	if !elsewhere && !st.date.IsZero() {
		return st.date
	}
	// "X will join, the White House said on Friday", "« Nous soutenons
	// l'appel », a indiqué X le 10 novembre", "On Wednesday, X announced
	// that Y would join": the statement's date
	if c := fl.clauses[k]; c.rel && k > 0 && d.occasionRelative(st.toks, c) {
		if ds, ok := nearestIn(st.dates, fl.clauses[k-1], c.i); ok {
			return ds.Date // "met in Warsaw in July 2016, where Poland signed it": then
		}
	}
	if fl.clauses[k].rel {
		return pledgegraph.Date{} // "Peru, which initially backed it, said on Tuesday": not Tuesday
	}
	if r := fl.clauses[k].report; r >= 0 {
		if ds, ok := nearestIn(st.dates, fl.clauses[clauseAt(fl.clauses, r)], r); ok {
			return ds.Date
		}
	}
	for k2, c := range fl.clauses {
		if c.report >= 0 && k2 != k && !coordBetween(fl.clauses, k, k2) {
			if ds, ok := nearestIn(st.dates, c, c.i); ok {
				return ds.Date
			}
		}
	}
	if d.x.Lang.Frames.occasionIn(st.toks) && !d.lastDate.IsZero() {
		return d.lastDate // "L'initiative en a profité pour s'élargir": at the event just told
	}
	if announced {
		for k2, c := range fl.clauses {
			if c.report >= 0 && k2 != k && !coordBetween(fl.clauses, k, k2) {
				if ds, ok := nearestIn(st.dates, c, c.i); ok {
					return ds.Date
				}
			}
		}
		if len(st.dates) == 0 {
			return d.doc.Published
		}
	}
	return pledgegraph.Date{}
}

// stanceDates returns the dates of the sentence st that may date a
// stance told at token at: not one inside an aside between commas, away
// from at, that is a relative clause, describes an initiative by its
// launch (after it, or opening the sentence when the stance has a date
// of its own) or says since when someone is a member ("Outre l'Estonie,
// membre de l'Otan depuis 2004, le mémorandum a été paraphé par …").
func (d *docState) stanceDates(st *sent, at int) []DateSpan {
	toks := st.toks
	aside := func(s DateSpan) bool {
		a, b := s.I, s.J
		for a > 0 && toks[a-1].Text != "," {
			a--
		}
		for b < len(toks) && toks[b].Text != "," {
			b++
		}
		if a > 0 && at < a && (d.x.Lang.Definite[toks[a].Fold] || d.x.Lang.Indefinite.MatchAt(toks, a) > 0) && d.x.Lang.launchedAfter(toks, a) {
			return true // "will not join COVAX, the initiative launched in April by": not April
		}
		if a == 0 && b < at && d.x.Lang.launchedAfter(toks, 0) && slices.ContainsFunc(st.dates, func(o DateSpan) bool { return o.I > b }) {
			return true // "Launched by Nigeria in 2005, the idea was endorsed by the AU in 2007": not 2005; but "Lancé le 15 juin 2020, le PMIA compte 15 membres fondateurs"
		}
		if a == 0 || b >= len(toks) || at >= a && at < b {
			return false
		}
		if d.x.Lang.is(wsRelPron, &toks[a]) {
			return true // "La Slovénie, dont l'indépendance proclamée en juin n'est pas reconnue, n'a pas signé": not June
		}
		for q := a; q < s.I; q++ {
			if d.x.Lang.Frames.member.at(toks, q) > 0 {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(st.dates, aside) {
		return st.dates
	}
	return slices.DeleteFunc(slices.Clone(st.dates), aside)
}

// occasionRelative reports whether a phrase of LocRel ("where", "at
// which", "au cours de laquelle") opens the relative clause c.
func (d *docState) occasionRelative(toks []Token, c clause) bool {
	for q := max(0, c.before-3); q <= c.before+1 && q < len(toks); q++ {
		if n := d.x.Lang.LocRel.MatchAt(toks, q); n > 0 && q+n >= c.before+2 {
			return true
		}
	}
	return false
}

// inTextPart reports whether the verb at token at stands in a relative
// clause that a locative pronoun opens right after a part of a text or
// an image, an aside between commas left out ("un paragraphe où l'Inde
// manque à l'appel", "one paragraph, though, where India is missing"):
// a stance there stands out of that part, not out of the initiative
// under discussion.
func (d *docState) inTextPart(toks []Token, at int) bool {
	lang := d.x.Lang
	for q := at - 1; q > 0 && q >= at-12; q-- {
		if t := toks[q].Text; t == ";" || t == ":" {
			return false
		}
		if lang.LocRel.MatchAt(toks, q) == 0 {
			continue
		}
		p := q - 1
		if p > 0 && toks[p].Text == "," {
			p-- // "the list, where"
		}
		if p > 1 && toks[p-1].Text == "," && !toks[p].Cap {
			p -= 2 // "one paragraph, though, where"
		}
		_, part := lang.TextParts[toks[p].Fold]
		return part
	}
	return false
}

// coordBetween reports whether a coordinated clause opens after clause a
// up to clause b, either way: "A joined, and B said it would join in
// 2023" reports B's statement, not A's.
func coordBetween(cs []clause, a, b int) bool {
	for k := min(a, b) + 1; k <= max(a, b); k++ {
		if cs[k].coord {
			return true
		}
	}
	return false
}

// ownDates returns the dates of ds but the one that ends an earlier verb
// group's clause right before the conjunction that joins the verb at
// token at to it: it dates that verb ("signed it in 2019 and withdrew
// from it in 2021": 2021 for the withdrawal).
func (d *docState) ownDates(st *sent, ds []DateSpan, fl *frameLayer, at int) []DateSpan {
	var out []DateSpan
	for _, s := range ds {
		n := d.x.Lang.And.MatchAt(st.toks, s.J)
		coordinated := s.J < at && n > 0 && s.J+n >= at-1
		if !coordinated || !slices.ContainsFunc(fl.groups, func(g verbGroup) bool { return g.vj <= s.I && g.vi < at }) {
			out = append(out, s)
		}
	}
	return out
}

// nearestIn returns the date of ds inside clause c nearest to token at,
// the more precise of two as near.
func nearestIn(ds []DateSpan, c clause, at int) (DateSpan, bool) {
	var best DateSpan
	bestD := -1
	for _, s := range ds {
		if s.I < c.i || s.J > c.j {
			continue
		}
		dist := max(s.I-at, at-s.J, 0)
		if bestD < 0 || dist < bestD || dist == bestD && datePrec(s.Date) > datePrec(best.Date) {
			best, bestD = s, dist
		}
	}
	return best, bestD >= 0
}

// invertedSubject returns the actors right after a finite verb group
// that opens a sentence that asks nothing and names no object, or
// follows the actor a fronted cue of representation names (« Pour
// l'Italie ont signé MM. A et B »): its subject, inverted ("Se sont
// abstenus l'Argentine, la Belgique et Cuba", "Ont voté contre la
// Suisse et le Portugal"), or the actors and their signers paired after
// it (« Ont signé pour la France M. Robert Schuman ; pour l'Italie, le
// comte Carlo Sforza »).
func (d *docState) invertedSubject(st *sent, g verbGroup) actorList {
	toks := st.toks
	if g.i != 0 && d.frontedBehalf(st, g.i).hi != g.i || g.participle && !g.perfect || g.inverted || g.passive || g.j >= len(toks) || toks[len(toks)-1].Text == "?" {
		return actorList{}
	}
	if b := d.behalfPairs(st, g.j, true); !b.empty() {
		return b // « Ont signé pour la France M. Robert Schuman ; pour l'Italie, le comte Carlo Sforza »
	}
	from, also := d.pastAlso(st, g.j)
	l := d.actorsAfter(st, from)
	if l.empty() || l.items[0].i > skipHonorific(toks, from+d.x.Lang.Frames.article.at(toks, from), d.x.Lang) {
		return actorList{}
	}
	if len(also) > 0 {
		l.items = append(also, l.items...)
	}
	return l
}

// pastAlso reads, after a verb ending at toks[j], inverted or passive, a
// phrase of inclusion set off by commas or ended by a colon (« Ont
// apposé leur signature, outre la France : A, B », "was signed, besides
// France, by A and B"): it returns where the verb's own list starts and
// the actors the phrase names, who did the same; or j and none.
func (d *docState) pastAlso(st *sent, j int) (int, []*mention) {
	toks := st.toks
	q := j
	if q < len(toks) && toks[q].Text == "," {
		q++
	}
	n := d.x.Lang.AlsoFront.MatchAt(toks, q)
	if n == 0 {
		return j, nil
	}
	f := d.listFrom(st, q+n+d.x.Lang.Frames.article.at(toks, q+n), false)
	for k, m := range f.items {
		if m.j >= len(toks) || toks[m.j].Text != "," && toks[m.j].Text != ":" {
			continue
		}
		if next := m.j + 1; k+1 == len(f.items) || f.items[k+1].i > next+d.x.Lang.Frames.article.at(toks, next) {
			return next, f.items[:k+1] // the phrase ends where the list does not go on: "besides France, by A"
		}
	}
	return j, nil
}

// listAfterCopula returns the actors listed after a copula or a colon
// that follows token from ("… are the following: A, B", "… sont : A,
// B"), when no actor stands between.
func (d *docState) listAfterCopula(st *sent, from int) actorList {
	fr := &d.x.Lang.Frames
	for q := from; q < len(st.toks); q++ {
		if st.toks[q].Text == ":" || fr.copula.at(st.toks, q) > 0 {
			p := q + max(1, fr.copula.at(st.toks, q))
			for p < len(st.toks) && (st.toks[p].Text == ":" || !st.toks[p].Punct && !st.toks[p].Cap && p-q < 5) && d.mentionAt(st, p) == nil {
				p++ // "the following:", not the article of "the Netherlands"
			}
			l := d.actorsAfter(st, p)
			if d.verbAfter(st, l.hi) {
				// "brillent par leur absence : ni A ni B ne figurent parmi
				// les signataires": the list is the next verb's subject
				return actorList{}
			}
			return l
		}
		for _, m := range st.ms {
			if m.i == q && isActor(m) {
				return actorList{}
			}
		}
	}
	return actorList{}
}

// verbAfter reports whether a verb of the frame table, of membership,
// a copula or an auxiliary follows token at closely, a negation or an
// adverb between (« M. Mahathir a fait valoir »: a clause, no list).
func (d *docState) verbAfter(st *sent, at int) bool {
	fr := &d.x.Lang.Frames
	for q := at; q < min(at+3, len(st.toks)) && !st.toks[q].Punct; q++ {
		if fr.verbs.at(st.toks, q) > 0 || fr.among.at(st.toks, q) > 0 || fr.member.at(st.toks, q) > 0 || fr.copula.at(st.toks, q) > 0 {
			return true
		}
		if _, n := fr.aux.match(st.toks, q); n > 0 && st.toks[q].Text == st.toks[q].Fold {
			return true // written as the lexicon writes it: not « à », which folds to « a »
		}
	}
	return false
}

// objEnd returns the end of the mention starting at token at, or 0.
func objEnd(st *sent, at int) int {
	for _, m := range st.ms {
		if m.i == at {
			return m.j
		}
	}
	return 0
}

// withTrailing adds to l the actors of a list that a list word opens
// right after token from ("…, dont A et B", "…, including A", "aux côtés
// de A").
func (d *docState) withTrailing(st *sent, l actorList, from int) actorList {
	p := d.pastCircumstance(st, from)
	n := d.x.Lang.Frames.listIn.at(st.toks, p)
	listed := n > 0
	if n == 0 {
		n = d.x.Lang.CoHosts.MatchAt(st.toks, p) // "signed an agreement with China": a party too
	}
	if n == 0 {
		p = d.circumstanceComma(st, p)
		n = d.x.Lang.Frames.listIn.at(st.toks, p)
		listed = n > 0
	}
	if n == 0 || d.relativeList(st, p, n) {
		return l
	}
	if listed {
		n += d.x.Lang.Frames.thatOf.at(st.toks, p+n) // "parmi lesquelles celles de la France", "among them those of France"
	}
	more := d.actorsAfter(st, p+n)
	if c := d.countedColon(st.toks, p+n); more.empty() && c > 0 && listed {
		more = d.actorsAfter(st, p+n+c) // "as did eight island countries: the Cook Islands, …"
	}
	if found, _ := d.holderIn(st.toks, p+n, more.lo); more.empty() || found {
		return l // "adopted the Code, with three abstentions (Argentina, Japan)": the noun's list
	}
	l.items = append(l.items, more.items...)
	l.exc = append(l.exc, more.exc...)
	if l.lo == l.hi {
		l.lo = more.lo
	}
	l.hi = max(l.hi, more.hi)
	return l
}

// relativeList reports whether the list word of n tokens at toks[p]
// opens a relative clause with its own verb ("which includes", "où
// figurent", "qui comprend"): its list is of the noun before it, the
// object's members, not more actors of the verb. "dont" and "parmi
// lesquels", which end with their pronoun, list a part of the actors.
func (d *docState) relativeList(st *sent, p, n int) bool {
	lang := d.x.Lang
	for q := p; q < p+n-1; q++ {
		if lang.is(wsRelPron, &st.toks[q]) && !lang.RelPart[st.toks[q].Fold] {
			return true
		}
	}
	return false
}

// circumstanceComma returns the token after the comma that ends, at
// most eight words from toks[p], words that name nothing and hold no
// verb ("signed it on the first day, including France", "l'ont signé dès
// ce premier jour, dont la France"); or p.
func (d *docState) circumstanceComma(st *sent, p int) int {
	fr := &d.x.Lang.Frames
	for q := p; q < len(st.toks) && q < p+8; q++ {
		if st.toks[q].Text == "," {
			return q + 1
		}
		if st.toks[q].Punct || inMention(st, q) || fr.verbs.at(st.toks, q) > 0 {
			return p
		}
	}
	return p
}

// dateStarts reports whether a date expression starts at token q.
func dateStarts(st *sent, q int) bool {
	for _, ds := range st.dates {
		if ds.I == q {
			return true
		}
	}
	return false
}

// framedKey is an actor, a predicate and an object the frames stated a
// fact about in the sentence under analysis.
type framedKey struct {
	s pledgegraph.EntityID
	p pledgegraph.Predicate
	o pledgegraph.EntityID
}

// governedFrom reports whether the preposition governing m starts at
// token p, right after the verb ("adhère à l'Appel").
func (d *docState) governedFrom(st *sent, m *mention, p int) bool {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, m.i)
	if q == p {
		return true // the verb ends with its preposition: "stayed out of the pledge"
	}
	n := fr.prep.at(st.toks, p)
	if n == 0 {
		return false
	}
	q = p + n
	q += fr.article.at(st.toks, q)
	return q == m.i || p+n == m.i
}

// partOfObject reports whether m is the complement of a noun that names
// a part of the initiative acted on ("the founding principles of the
// Contract", "le texte de l'Appel").
func (d *docState) partOfObject(st *sent, m *mention) bool {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, m.i)
	_, p := fr.prep.endingAt(st.toks, q, 2)
	if p < 0 {
		return false
	}
	_, o := fr.objPart.endingAt(st.toks, p, 3)
	return o >= 0
}

// pastCircumstance skips what may stand between a clause's object and
// what follows it: commas, adverbs and date expressions ("adhéré à
// l'accord cette semaine, tout comme Sekoia").
func (d *docState) pastCircumstance(st *sent, p int) int {
	fr := &d.x.Lang.Frames
	for steps := 0; steps < 4 && p < len(st.toks); steps++ {
		switch {
		case st.toks[p].Text == "," || isQuote(st.toks[p].Text):
			p++
		case fr.adverb.at(st.toks, p) > 0:
			p += fr.adverb.at(st.toks, p)
		case d.x.Lang.NowCues.MatchAt(st.toks, p) > 0:
			p += d.x.Lang.NowCues.MatchAt(st.toks, p) // "cette semaine"
		case !st.toks[p].Cap && d.x.Lang.is(wsStop, &st.toks[p]) && dateStarts(st, p+1):
			p++ // "on Tuesday"
		case dateStarts(st, p):
			p = pastDate(st, p)
		default:
			return p
		}
	}
	return p
}

// objectScope returns where the object of a verb ending at token p may
// end: the end of its clause, or a comma followed by a conjunction that
// starts another clause ("Nordwave also signed, and the OSF backed it").
func (d *docState) objectScope(st *sent, c clause, p int) int {
	for q := p; q+1 < c.j; q++ {
		if st.toks[q].Text == "," && d.x.Lang.And.MatchAt(st.toks, q+1) > 0 {
			return q
		}
	}
	return c.j
}

// onlyGoverned reports whether every actor named in tokens [lo, hi) is
// governed by a preposition, and there is one.
func (d *docState) onlyGoverned(st *sent, lo, hi int) bool {
	found := false
	for _, m := range st.ms {
		if m.i >= lo && m.j <= hi && isActor(m) {
			if !d.governed(st, m) || d.byAgent(st, m) {
				return false // "la décision prise par les États-Unis de soutenir": an agent acts
			}
			found = true
		}
	}
	return found
}

// byAgent reports whether the agent's preposition ("by", "par") governs
// the mention m.
func (d *docState) byAgent(st *sent, m *mention) bool {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, m.i)
	_, p := fr.agent.endingAt(st.toks, q, 1)
	return p >= 0
}

// punctBetween reports whether a punctuation mark other than a quotation
// mark or an apostrophe stands among the tokens [i, j).
func punctBetween(toks []Token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		if toks[q].Punct && !isQuote(toks[q].Text) && !isElision(toks[q].Text) {
			return true
		}
	}
	return false
}
