package extract

import (
	"container/list"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pledgegraph/pledgegraph"
)

// sent is a sentence under analysis: its tokens, mentions, chunks and date.
type sent struct {
	s      *Sentence
	toks   []Token
	ms     []*mention
	chunk  []int  // token → chunk (split at commas, colons, brackets, dashes)
	rel    []bool // chunk → starts with a relative pronoun
	date   pledgegraph.Date
	dates  []DateSpan
	stance bool
	cue    []bool // token → part of a cue typing the name after it ("the non-profit")
	frames *frameLayer
	roles  []*role
	listed bool // its commitments follow a word of listing ("namely"): short names stand
	// described holds where the definite descriptions of texts it does
	// not name start ("the resolution creating a committee")
	described []int
}

// sentence reads the sentence sents[k]: its dates, names, chunks and
// offices, then its facts, rule after rule. It returns how many list
// items after it the sentence consumed (see lists).
func (d *docState) sentence(sents []Sentence, k int) int {
	s := &sents[k]
	lang := d.x.Lang
	toks := s.Tokens
	st := &sent{s: s, toks: toks}
	d.recentFrom, d.at = sents[max(0, k-2)].Start, s
	defer d.dropAsked(st, len(d.forder), sents[k+1:])
	d.textCues(sents, k)
	supp := d.triggers(toks, pledgegraph.Supports)
	fl := d.frameLayer(st)
	st.frames = fl
	st.stance = len(supp) > 0 || fl.stance()
	d.sentenceDates(st, k)
	// a capital stands for its state where the sentence tells of a
	// stance, a launch or a representation ("Washington was represented by")
	st.ms = d.findMentions(s, st.stance || len(d.triggers(toks, pledgegraph.Launched)) > 0 || lang.representation(toks))
	d.headReferences(st)
	d.shortNameRefs(st)
	d.markCues(st)
	markChunks(st, lang)
	sdate := d.sentenceDate(st)
	launchCue := anyMatch(&lang.LaunchDate, toks)
	// offices, and the holders of those the text names without them
	st.roles = d.findRoles(st)
	d.officeHolders(st, st.roles)
	plural := d.pluralAntecedents(st)
	d.registerMentions(st, sdate)
	d.anaphora(st)
	d.eventPronoun(st)
	d.bodyAnaphora(st)
	d.personPronouns(st)
	d.possessors(st)
	// the order of rules matters: roles, parts and memberships mark the
	// mentions they consume as not being actors.
	d.reporting(st)
	d.roles(st)
	d.dashHolders(st)
	d.delegateStates(st)
	d.partOf(st)
	d.members(st)
	d.venues(st)
	d.accusations(st)
	d.claims(st)
	clear(d.framed)
	fl.reducedParticiples(st, &lang.Frames)
	fl.split(st, lang)
	defer d.noteDate(st)
	launched := d.launches(st, fl, launchCue)
	d.eventFrames(st)
	d.participation(st, launched)
	d.describedEvents(st)
	d.pendingStances(st, fl)
	from := len(d.forder)
	d.verbStances(st, fl, pledgegraph.Supports)
	d.adoptedAt(st, from)
	d.pullOuts(st, fl)
	d.memberStances(st, fl)
	d.amongPrevious(st)
	d.nounStances(st, fl)
	d.echoStances(st, fl, len(supp) > 0)
	d.contrastStances(st, fl)
	d.ellipticList(st)
	d.neitherList(st)
	d.supports(st, fl.uncovered(supp))
	d.noteCollective(st, fl, from)
	if plural != nil {
		d.distribute(plural, from)
	}
	d.countsIn(st, supp)
	// the principles a sentence lists are of the initiative it names
	// before them, else of the one under discussion before it
	items := d.lists(sents, k, st)
	if items > 0 {
		d.pending = nil // "s'engagent notamment :" gave commitments, not the actors a list would name
	}
	d.questionList(st, fl)
	d.noteSalience(st)
	d.noteRead(st)
	d.composedEvent(st, k)
	return items
}

// dropAsked drops the stances and attendances the sentence st first
// stated from the fact from on when it asks whether they hold: a
// question that opens with an auxiliary or "est-ce que", or whose
// subject pronoun is glued to its verb by a hyphen (inversionEnd; the
// tokenizer leaves it out), and with no word of why or how
// before ("Has France signed the declaration?", "Le Tchad va-t-il rester
// dans la force ?"; not "Pourquoi l'Algérie n'est-elle pas dans le G5 ?",
// which takes it as given, nor a question the next sentence answers with
// a yes: "… le soutient-elle ? Oui, même si …").
func (d *docState) dropAsked(st *sent, from int, next []Sentence) {
	toks, lang := st.toks, d.x.Lang
	n := len(toks)
	if n < 3 || toks[n-1].Text != "?" || from >= len(d.forder) || lang.WhWords.MatchAt(toks, 0) > 0 {
		return
	}
	if len(next) > 0 && d.answeredYes(next[0].Tokens) {
		return // "L'Union européenne le soutient-elle ? — Oui, même si …": answered
	}
	polar := lang.Polar.MatchAt(toks, 0) > 0
	for q := 0; q < n && !polar; q++ {
		polar = inversionEnd(d.text, toks[q].End, st.s.End) > toks[q].End // "a-t-elle": the pronoun is no token
	}
	if !polar {
		return
	}
	kept := d.forder[:from]
	for _, id := range d.forder[from:] {
		switch d.facts[id].Predicate {
		case pledgegraph.Supports, pledgegraph.Launched, pledgegraph.ParticipatedIn, pledgegraph.MemberOf:
			delete(d.facts, id)
		default:
			kept = append(kept, id)
		}
	}
	d.forder = kept
}

// answeredYes reports whether the sentence toks opens with a yes, after
// a speaker's label or a dash at most ("Notre envoyé spécial : Oui, …",
// "— Yes, …").
func (d *docState) answeredYes(toks []Token) bool {
	for q := 0; q < len(toks) && q < 8; q++ {
		if q == 0 || toks[q-1].Text == ":" || toks[q-1].Text == "—" || toks[q-1].Text == "–" {
			if d.x.Lang.Yes.MatchAt(toks, q) > 0 {
				return true
			}
		}
	}
	return false
}

// anyMatch reports whether a phrase of ps stands anywhere in toks.
func anyMatch(ps *PhraseSet, toks []Token) bool {
	for i := range toks {
		if ps.MatchAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// lineTokens is how many tokens a dateline that is a sentence of its own
// has at most ("NEW DELHI, Jan. 23.", "TOKYO, Nov. 7 (Domei).").
const lineTokens = 12

// sentenceDates finds the dates of the sentence st, the k-th of the
// text: the dates it says (not those of a line of publication nor of the
// dateline), and the year they give the dates after them. It notes the
// sentence that opens on the dateline and the lead after a dateline
// standing alone (see datelineVenue).
func (d *docState) sentenceDates(st *sent, k int) {
	lang, toks := d.x.Lang, st.toks
	ref := d.yearCtx
	// "BRUSSELS, December 3, 2021 — The EU joined on Thursday": the
	// dateline dates the article, not what the sentence says, and gives
	// the day "today" counts from
	lineDay, lineEnd, dateline := pledgegraph.Date{}, 0, false
	if k < 6 { // a headline of several decks, "FROM OUR OWN CORRESPONDENT", then "COPENHAGEN, JULY 25"
		lineDay, lineEnd, dateline = datelineSpan(toks, d.text, lang, d.doc.Published)
		if !dateline {
			lineDay, lineEnd, dateline = placeLine(toks, d.text, lang, d.doc.Published)
		}
	}
	if dateline && d.storyDay.IsZero() {
		d.storyDay = d.datelineDay(lineDay)
	}
	if d.line != nil && d.lead == nil && d.line.End <= st.s.Start && len(d.line.Tokens) <= lineTokens {
		d.lead = st.s // "NEW DELHI, Jan. 23. The Conference …"
	}
	if dateline && d.line == nil {
		d.line = st.s
	}
	st.dates = FindDatesAfter(toks, d.text, lang, d.today(), ref, d.sinceRef)
	// "Publié le 20 avril 2019": the article's date, no event's
	if !anyMatch(&lang.Published, toks) {
		for _, ds := range st.dates {
			d.said[ds.Date] = true
		}
	}
	if dateline {
		st.dates = slices.DeleteFunc(st.dates, func(ds DateSpan) bool { return ds.J <= lineEnd })
	}
	for _, ds := range st.dates {
		// a full date gives the year of the dates after it; a month and
		// a year only when the text has given none ("October 2021" over
		// a statement of "October 13")
		if !ds.Relative && (ds.Date.Day > 0 && explicitYear(toks, ds) || ds.Date.Year > 0 && d.yearCtx.IsZero()) {
			d.yearCtx = ds.Date // not a day whose year was filled in: "November 12 … signed on February 6"
		}
		if ds.Date.Year > 0 {
			d.sinceRef = ds.Date // "launched in 2011. Intel joined a year later"
		}
	}
}

// datelineDay returns the day of a dateline ("MONTEGO BAY, Dec. 10 —"),
// its year the publication's, when it is the publication's day or one
// of the seven before it: the day the story was filed. Else the zero
// date.
func (d *docState) datelineDay(day pledgegraph.Date) pledgegraph.Date {
	pub := d.doc.Published
	if pub.Day == 0 || day.Day == 0 {
		return pledgegraph.Date{}
	}
	if day.Year == 0 {
		day.Year = pub.Year
		if day.Compare(pub) > 0 {
			day.Year--
		}
	}
	if day.Compare(pub) > 0 || pub.First().Sub(day.First()) > 7*24*time.Hour {
		return pledgegraph.Date{}
	}
	return day
}

// today returns the day "today", "hier" and the weekdays of the text
// count from: the dateline's, else the publication's.
func (d *docState) today() pledgegraph.Date {
	if !d.storyDay.IsZero() {
		return d.storyDay
	}
	return d.doc.Published
}

// markCues marks the tokens of the cues that type the name after them:
// kind cues, titles and honorifics outside a mention ("Ardern and French
// President Emmanuel Macron", "Weisz and Sheikh Abdallah Bin Bayyah"),
// nationalities.
func (d *docState) markCues(st *sent) {
	toks := st.toks
	st.cue = d.flags(len(toks))
	for i := range toks {
		for _, c := range d.x.Lang.kindCuesAt(toks, i) {
			if !c.After && matchPhrase(toks, i, c.Phrase) {
				for q := i; q < i+len(c.Phrase); q++ {
					st.cue[q] = true
				}
			}
		}
		if n := d.titleAt(toks, i); n > 0 && !inMention(st, i) {
			for q := i; q < i+n; q++ {
				st.cue[q] = true
			}
		}
		if !inMention(st, i) && d.isDemonym(toks, i) {
			st.cue[i] = true
		}
	}
}

// markChunks splits the sentence st into chunks at commas, semicolons,
// colons, brackets and dashes, and marks the chunks that a relative
// pronoun or a concessive conjunction opens.
func markChunks(st *sent, lang *Language) {
	toks := st.toks
	st.chunk = make([]int, len(toks))
	c := 0
	st.rel = []bool{false}
	for i, t := range toks {
		if t.Punct && (t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == ")" || t.Text == "—" || t.Text == "–") {
			c++
			st.rel = append(st.rel, i+1 < len(toks) && (lang.relClause(toks, i+1) || lang.Concessive.MatchAt(toks, i+1) > 0))
		}
		st.chunk[i] = c
	}
}

// textCues notes what the sentence sents[k] says of the text around
// it: whether it opens on a text it does not name, whether such a text
// is spoken of since a sentence brought it in, and whether it
// refutes the sentence before ("« A et B ont signé ». C'est faux").
func (d *docState) textCues(sents []Sentence, k int) {
	toks := sents[k].Tokens
	d.prevUnnamed, d.curUnnamed = d.curUnnamed, d.x.Lang.unnamedTextOpens(toks)
	if p := d.prevSent; p != nil && (p.s.Para != sents[k].Para || slices.ContainsFunc(p.ms, (*mention).named)) {
		d.unnamedOpen = false // "… un traité d'arbitrage. Le Japon a signé la Convention X": that one now; a new paragraph may speak of another
	}
	d.unnamedOpen = d.unnamedOpen || d.x.Lang.unnamedTextIn(toks)
	if k > 0 && d.x.Lang.refutes(toks) {
		d.refuted = append(d.refuted, [2]int{sents[k-1].Start, sents[k-1].End})
	}
}

// sentenceDate sets the date of the sentence st: its most precise date
// expression, the first of equally precise ones, or the publication date
// after a cue of it ("à cette occasion"); it returns that expression.
func (d *docState) sentenceDate(st *sent) DateSpan {
	var sdate DateSpan
	prec := datePrec
	for _, ds := range st.dates {
		if sdate.Date.IsZero() || prec(ds.Date) > prec(sdate.Date) {
			sdate = ds
		}
	}
	st.date = sdate.Date
	if st.date.IsZero() && anyMatch(&d.x.Lang.NowCues, st.toks) {
		st.date = d.today()
	}
	if st.date.IsZero() && d.paraDay.para == st.s.Para {
		st.date = d.paraDay.date // "9 septembre 1983. Le Costa Rica … adoptent": the date that heads the paragraph
	}
	if !sdate.Date.IsZero() && (dateAlone(st.toks, sdate) || d.dateSaid(st.toks, sdate)) {
		d.paraDay = paraDate{st.s.Para, sdate.Date}
	}
	return sdate
}

// dateSaid reports whether the sentence toks says only, by a pronoun
// (elided or not) and a copula, when what follows happened: "C'était il
// y a 75 ans jour pour jour.", "It was 12 November 2018."
func (d *docState) dateSaid(toks []Token, ds DateSpan) bool {
	lang := d.x.Lang
	q := 0
	for q < ds.I && (toks[q].Punct || lang.is(wsElisions, &toks[q]) || lang.Pronouns.MatchAt(toks, q) > 0) {
		q++
	}
	if q == 0 || q >= ds.I || lang.Frames.copula.at(toks, q) != ds.I-q {
		return false
	}
	for _, t := range toks[ds.J:] {
		if !t.Punct {
			return false
		}
	}
	return true
}

// paraDate is the date that stands alone as a paragraph's first sentence,
// an entry of a chronology: it dates the sentences after it that give
// none.
type paraDate struct {
	para int
	date pledgegraph.Date
}

// dateAlone reports whether the sentence toks says nothing but the date
// ds ("9 septembre 1983.", "March 1985:").
func dateAlone(toks []Token, ds DateSpan) bool {
	for q, t := range toks {
		if (q < ds.I || q >= ds.J) && !t.Punct {
			return false
		}
	}
	return true
}

// eventDate returns the date of the event m: the date right after its
// name ("lors du Sommet ibéro-américain en octobre,
// a annoncé mercredi": October, not the Wednesday of the announcement),
// else the sentence's, sdate, unless a word of a past point of
// reference and a noun open the phrase of that date after the name
// ("the 51st Forum in Suva, the first time leaders have met since the
// Tuvalu meeting in 2019": not 2019).
func (d *docState) eventDate(st *sent, m *mention, sdate DateSpan) DateSpan {
	for _, ds := range st.dates {
		if ds.I >= m.j && ds.I <= m.j+1 {
			return ds
		}
	}
	for q := sdate.I - 1; q >= max(m.j, sdate.I-8) && !sdate.Date.IsZero() && !st.toks[q].Punct; q-- {
		if n := d.x.Lang.Frames.sinceRef.at(st.toks, q); n > 0 && q+n+d.x.Lang.Frames.article.at(st.toks, q+n) < sdate.I {
			return DateSpan{} // not "réunie depuis le 1er mars": the date right after the word is the event's
		}
	}
	return sdate
}

// registerMentions registers the mentions of the sentence st with the
// document; recurring events get their edition's year, the parties a
// text's name lists support it, and a text named with an old year is
// one the story recalls.
func (d *docState) registerMentions(st *sent, sdate DateSpan) {
	for _, m := range st.ms {
		year := 0
		if m.entry != nil && m.entry.Recurring > 0 {
			year = d.editionYear(st, m, sdate)
		}
		if m.owner != nil || m.kind == pledgegraph.KindEvent && m.entry == nil && m.id == "" {
			d.registerEvent(st, m, d.eventDate(st, m, sdate))
		} else {
			d.entity(st.s, m, year, sdate)
			d.bracketedTwin(st, m)
			d.apposedTwin(st, m)
		}
		if m.kind == pledgegraph.KindEvent {
			d.lastEvent = m.id
		}
	}
	d.namedParties(st, sdate)
	d.notePastDated(st)
}

// namedParties states that the states a text's name lists as its
// parties support it ("the Security Treaty between Australia, New
// Zealand and the United States of America"), from the date of the
// sentence.
func (d *docState) namedParties(st *sent, sdate DateSpan) {
	for _, m := range st.ms {
		if m.id == "" || len(m.parties) == 0 {
			continue
		}
		for _, p := range m.parties {
			if id := d.entity(st.s, p, 0, sdate); id != "" {
				d.addFact(pledgegraph.Fact{Subject: id, Predicate: pledgegraph.Supports, Object: m.id, Since: st.date, Confidence: 0.6,
					Evidence: d.evidenceBy("sup.parties", st.s, m.i, m.j)})
			}
		}
	}
}

// bracketedTwin makes the name in brackets right after the initiative m,
// the name in another language, a name of the same entity: "un
// Partenariat européen pour la blockchain (European Blockchain
// Partnership)"; an acronym may come first in the brackets.
func (d *docState) bracketedTwin(st *sent, m *mention) {
	toks := st.toks
	open := m.j
	if open < len(toks) && isQuote(toks[open].Text) {
		open++ // "« Engagement en faveur de la cyberdéfense » (Cyber Defence Pledge)"
	}
	if m.kind != pledgegraph.KindInitiative || m.id == "" || open+1 >= len(toks) || toks[open].Text != "(" {
		return
	}
	closes := func(n *mention) bool { // ")" ends the twin, after a few words perhaps: "(Safer Social Networking Principles for the EU)"
		for q := n.j; q < len(toks) && q <= n.j+4; q++ {
			if toks[q].Text == ")" {
				return true
			}
			if toks[q].Punct {
				return false
			}
		}
		return false
	}
	for _, n := range st.ms {
		// "(European Blockchain Partnership)", "(PGO, ou Open Government Partnership)"
		if n.i > open && n.i <= open+4 && n.id == "" && n.entry == nil && n.kind == m.kind && closes(n) && !slices.ContainsFunc(toks[open+1:n.i], func(t Token) bool { return t.Text == ")" }) {
			n.id = m.id
			if e := d.ents[m.id]; e != nil {
				d.addAlias(e, n.name)
			}
			return
		}
	}
}

// apposedTwin makes the description in lower case in apposition right
// after the initiative m, after a comma and an article, a name of the
// same entity: "the Consumer Privacy Bill of Rights, the blueprint for
// online privacy unveiled in 2012", not a second initiative.
func (d *docState) apposedTwin(st *sent, m *mention) {
	toks := st.toks
	if m.kind != pledgegraph.KindInitiative || m.id == "" || m.anaphora || m.j+2 >= len(toks) || toks[m.j].Text != "," {
		return
	}
	q := m.j + 1
	if !d.x.Lang.is(wsDefinite, &toks[q]) {
		return
	}
	for _, n := range st.ms {
		if n.i == q+1 && n.id == "" && n.entry == nil && n.kind == m.kind && !toks[n.i].Cap {
			n.id = m.id
			if e := d.ents[m.id]; e != nil {
				d.addAlias(e, n.name)
			}
			return
		}
	}
}

// possessors marks the possessors of the sentence st as no actors:
// "Google's parent Alphabet"; but the possessor of a decision is the one
// who decides ("the Trump administration's decision not to sign").
func (d *docState) possessors(st *sent) {
	lang, toks := d.x.Lang, st.toks
	for _, m := range st.ms {
		if lang.Frames.possMark.at(toks, m.j) > 0 && toks[m.j-1].End < len(d.text) && d.text[toks[m.j-1].End] == '\'' {
			if m.j+1 < len(toks) && lang.StanceNouns[toks[m.j+1].Fold] {
				continue
			}
			m.used = true
		}
	}
}

// launches states the launches of the sentence st and returns the
// initiatives launched; after a cue of an initiative's launch date ("lors
// de son lancement"), that date becomes the sentence's.
func (d *docState) launches(st *sent, fl *frameLayer, launchCue bool) []*mention {
	d.verbStances(st, fl, pledgegraph.Launched)
	d.launchByStances(st, fl)
	d.demonymLaunches(st)
	launched := append(d.launchFacts(st, fl), fl.launched...)
	if launchCue {
		for _, m := range st.ms {
			if m.kind == pledgegraph.KindInitiative || m.anaphora {
				if ld, ok := d.launchDate(m.id); ok {
					st.date = ld
				}
			}
		}
	}
	return launched
}

// noteSalience counts the initiatives the sentence st names; the most
// named one becomes the initiative under discussion. One named as the
// lineage of another ("dans le prolongement de l'Agenda 2063", "in line
// with the Budapest Convention") or, once one is under discussion,
// acted on in a past before the story's ("avait adopté") is referred to,
// not discussed: it does not count.
func (d *docState) noteSalience(st *sent) {
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindInitiative && !m.anaphora && m.id != "" {
			model, seen := d.named[m.id]
			d.named[m.id] = (model || !seen) && d.lineageOf(st, m) // "une application régionale du Pacte de Genève": named only as a model
		}
		if m.kind == pledgegraph.KindInitiative && !m.anaphora && !d.listedWithActor(st, m) && !d.lineageOf(st, m) && !(d.cur != "" && priorObject(st, m)) && !d.agentMention(st, m) {
			launch := d.launchRole(st, m)
			if launch < 0 {
				continue // "The Tech Coalition launched the Lantern Programme": it acts
			}
			d.salience[m.id] += 1 + launch // the programme it launched is what the text goes on about
			if !st.s.Heading && m.id != d.cur && !d.bodyNamed[d.cur] && d.sameHead(m.id, d.cur) {
				d.salience[m.id] = max(d.salience[m.id], d.salience[d.cur]+1) // "Accord de cybersécurité" in the headline, "the Cybersecurity Tech Accord" in the text
			}
			if d.salience[m.id] > d.salience[d.cur] || d.cur == "" {
				d.cur = m.id
			}
			if !st.s.Heading {
				d.bodyNamed[m.id] = true
			}
		}
	}
}

// sameHead reports whether the names of the initiatives a and b share a
// head word of initiatives' names ("Accord de cybersécurité",
// "Cybersecurity Tech Accord"): a headline's short or translated name
// and the text's.
func (d *docState) sameHead(a, b pledgegraph.EntityID) bool {
	ea, eb := d.ents[a], d.ents[b]
	if ea == nil || eb == nil {
		return false
	}
	for _, w := range d.headPhrase(d.fold(eb.Name)) {
		if d.x.Lang.InitHeads[w] && d.headedBy(ea, w) {
			return true
		}
	}
	return false
}

// launchRole tells the part the mention m plays in a launch the
// sentence st tells in the active: -1 its subject, 1 its object, else 0.
func (d *docState) launchRole(st *sent, m *mention) int {
	if st.frames == nil {
		return 0
	}
	fr := &d.x.Lang.Frames
	for _, g := range st.frames.groups {
		if g.frame.Predicate != pledgegraph.Launched || g.passive || g.neg {
			continue
		}
		if m.j <= g.i && d.between(st, m.j, g.i) {
			return -1
		}
		if fr.articleStart(st.toks, m.i) == g.j {
			return 1
		}
	}
	return 0
}

// agentMention reports whether the mention m follows the mark of an
// agent ("announced by the Tech Coalition", "porté par la Coalition"):
// it acts, it is not what the text discusses.
func (d *docState) agentMention(st *sent, m *mention) bool {
	fr := &d.x.Lang.Frames
	_, p := fr.agent.endingAt(st.toks, fr.articleStart(st.toks, m.i), 2)
	return p >= 0
}

// priorObject reports whether the mention m is the object of the verb
// group before it when that one tells of a past before the story's
// ("avait adopté la Déclaration de Windhoek", "had signed"): background,
// not what the text discusses.
func priorObject(st *sent, m *mention) bool {
	if st.frames == nil {
		return false
	}
	var last *verbGroup
	for k := range st.frames.groups {
		if g := &st.frames.groups[k]; g.j <= m.i {
			last = g
		}
	}
	return last != nil && last.prior && !last.passive
}

// lineageOf reports whether a phrase of the language's lineage list
// ends right before mention m, articles aside.
func (d *docState) lineageOf(st *sent, m *mention) bool {
	return d.lineageBefore(st.toks, m.i)
}

// lineageBefore reports whether a phrase of the language's lineage list
// ends right before toks[i], articles aside.
func (d *docState) lineageBefore(toks []Token, i int) bool {
	lang := d.x.Lang
	for p := i; p > 0 && p >= i-2; p-- { // "de l'", "with the"
		if lang.Lineage.endsAt(toks, p, 6) {
			return true
		}
		if toks[p-1].Punct || !lang.is(wsStop, &toks[p-1]) {
			return false
		}
	}
	return false
}

// longestList returns the longest list of actors the sentence st names,
// for a plural pronoun that opens the next one ("A, B and C took part.
// All of them signed the charter.").
func (d *docState) longestList(st *sent) []*mention {
	var best actorList
	for _, m := range st.ms {
		if !isActor(m) || m.i < best.hi {
			continue
		}
		if l := d.listFrom(st, m.i, true); len(l.items) > len(best.items) {
			best = l
		}
	}
	return best.items
}

// composedEvent states that the event a list item names is part of the
// event that the list's introduction composed ("se compose de trois
// évènements : • …").
func (d *docState) composedEvent(st *sent, k int) {
	if !st.s.Item || k > d.composeUntil || d.composeWhole == "" {
		return
	}
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent && m.id != d.composeWhole {
			d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.PartOf, Object: d.composeWhole, Confidence: 0.7,
				Evidence: d.evidence(st.s, m.i, m.j)})
			break
		}
	}
}

// datePrec ranks a date by its precision: 3 for a day, 2 for a month,
// 1 for a year.
func datePrec(d pledgegraph.Date) int {
	switch {
	case d.Day > 0:
		return 3
	case d.Month > 0:
		return 2
	}
	return 1
}

// clauseDate returns the date of the clause that holds token at. In a
// sentence of several clauses ("X a refusé de s'y associer, tandis que
// Y l'a rejoint la semaine dernière") a date said in another clause is
// not this one's: the clause's own most precise date, else none.
func (d *docState) clauseDate(st *sent, at int) pledgegraph.Date {
	toks := st.toks
	if len(st.dates) < 1 || st.date.IsZero() {
		return st.date
	}
	boundary := func(q int) bool { return toks[q].Text == ";" || d.x.Lang.Clause[toks[q].Fold] }
	lo, hi := 0, len(toks)
	for q := at - 1; q >= 0; q-- {
		if boundary(q) {
			lo = q + 1
			break
		}
	}
	for q := at; q < len(toks); q++ {
		if boundary(q) {
			hi = q
			break
		}
	}
	if lo == 0 && hi == len(toks) {
		return d.nearestDate(st, at)
	}
	var best pledgegraph.Date
	elsewhere := false
	for _, ds := range st.dates {
		if ds.I >= lo && ds.J <= hi {
			if best.IsZero() || datePrec(ds.Date) > datePrec(best) {
				best = ds.Date
			}
		} else if ds.Date == st.date {
			elsewhere = true
		}
	}
	if !best.IsZero() {
		return best
	}
	if elsewhere {
		return pledgegraph.Date{}
	}
	return st.date
}

// nearestDate returns, of a sentence's dates, the one nearest to token
// at when the sentence gives several different ones ("Harris announced on
// Wednesday, reversing the decision not to sign in 2018"), else the
// sentence's date.
func (d *docState) nearestDate(st *sent, at int) pledgegraph.Date {
	var best DateSpan
	dist := -1
	distinct := false
	for _, ds := range st.dates {
		if ds.Date != st.date {
			distinct = true
		}
		e := 0
		switch {
		case ds.J <= at:
			e = at - ds.J
		case ds.I > at:
			e = ds.I - at
		}
		if dist < 0 || e < dist || e == dist && datePrec(ds.Date) > datePrec(best.Date) {
			best, dist = ds, e
		}
	}
	if !distinct || dist < 0 || st.date != best.Date && !slices.ContainsFunc(st.dates, func(ds DateSpan) bool { return ds.Date == st.date }) {
		return st.date
	}
	return best.Date
}

// editionYear returns the year of the edition of a recurring event that
// a mention names: from an ordinal ("premier", "quatrième édition du"),
// the sentence's date, the publication date or the last date given.
func (d *docState) editionYear(st *sent, m *mention, sdate DateSpan) int {
	toks := st.toks
	for b := m.i - 1; b >= 0 && b >= m.i-4; b-- {
		if n := d.x.Lang.ordinalAt(toks, b); n > 0 && (b == 0 || d.x.Lang.Frames.possDet.at(toks, b-1) == 0) {
			y := m.entry.Recurring + n - 1
			if len(st.dates) == 0 || slices.ContainsFunc(st.dates, func(ds DateSpan) bool { return ds.Date.Year == y }) {
				return y // "la 6ème édition du Forum", not "her first G20 summit": hers
			}
			break // "le premier sommet du G20 organisé sur le sol africain s'est achevé dimanche": first of its kind, of that Sunday's year
		}
	}
	if m.j < len(toks) {
		if y, ok := yearNum(toks[m.j]); ok {
			return y // "Forum de Paris sur la paix 2019"
		}
	}
	if !sdate.Date.IsZero() {
		return sdate.Date.Year
	}
	// "a lancé l'Appel de Paris à l'occasion du Forum": the year the
	// initiative was launched, when known
	if len(d.triggers(toks, pledgegraph.Launched)) > 0 {
		for _, o := range st.ms {
			id := o.id
			if o.entry != nil && o.entry.Kind == pledgegraph.KindInitiative {
				id = o.entry.ID()
			} else if o.kind != pledgegraph.KindInitiative {
				continue
			}
			if ld, ok := d.launchDate(id); ok {
				return ld.Year
			}
		}
		for i := range toks {
			if d.x.Lang.Anaphora.MatchAt(toks, i) > 0 || (i == 0 && d.x.Lang.Pronouns.MatchAt(toks, i) > 0) {
				if ld, ok := d.launchDate(d.cur); ok && d.cur != "" {
					return ld.Year
				}
			}
		}
	}
	switch {
	case !d.doc.Published.IsZero():
		return d.doc.Published.Year
	case !d.yearCtx.IsZero():
		return d.yearCtx.Year
	}
	return 0
}

// launchDate returns the launch date of the initiative id: from the
// reference data, or as the text stated it.
func (d *docState) launchDate(id pledgegraph.EntityID) (pledgegraph.Date, bool) {
	for _, e := range d.x.Ref.Entries {
		if e.Kind == pledgegraph.KindInitiative && e.ID() == id && !e.Launched.IsZero() {
			return e.Launched, true
		}
	}
	ld, ok := d.launchDates[id]
	return ld, ok
}

// anaphora adds mentions of the initiative under discussion: "l'appel",
// "le texte", and "il"/"celui-ci" opening a sentence about support or a
// launch; and of one the text never names (see placedRefs).
func (d *docState) anaphora(st *sent) {
	d.placedRefs(st)
	if d.cur == "" && len(d.laterHeads) == 0 {
		return
	}
	lang := d.x.Lang
	toks := st.toks
	inMent := d.flags(len(toks) + 1)
	for _, m := range st.ms {
		for q := m.i; q < m.j && q < len(toks); q++ {
			inMent[q] = true
		}
	}
	taken := func(i int) bool { return i < len(toks) && inMent[i] }
	inTrig := d.flags(len(toks))
	for _, p := range []pledgegraph.Predicate{pledgegraph.Supports, pledgegraph.Launched} {
		for _, t := range d.triggers(toks, p) {
			for q := t.i; q < t.j; q++ {
				inTrig[q] = true
			}
		}
	}
	inTrigger := func(i int) bool { return inTrig[i] }
	var add []*mention
	for i := 0; i < len(toks); i++ {
		if taken(i) || inTrigger(i) {
			continue
		}
		n := lang.Anaphora.MatchAt(toks, i)
		if n == 0 && i+1 < len(toks) && (lang.Definite[toks[i].Fold] || lang.Demonstrative[toks[i].Fold]) && lang.InitHeads[toks[i+1].Fold] &&
			(toks[i+1].Cap || d.namedWith(toks[i+1].Fold) != "" || d.laterHeads[toks[i+1].Fold].id != "") {
			n = 2 // "the Protocol", "le contrat" after "Contrat pour le Web": a definite description
		}
		if n > 0 {
			// "l'appel Digital Peace Now": a name follows, not an anaphora
			if i+n < len(toks) && (taken(i+n) || isQuote(toks[i+n].Text) && i+n+1 < len(toks) && taken(i+n+1)) {
				continue // or quoted: "l'initiative « réseau propre »"
			}
			if d.nameGoesOn(toks, i+n) || d.describesOther(st, i, n) {
				continue // "the Campaign to Stop Killer Robots": a name the rules do not know
			}
			// "l'appel de l'ONU": someone's call, not the initiative
			if q := i + n + 1; i+n < len(toks) && lang.ownerPrep(toks[i+n].Fold) {
				for q < len(toks) && lang.is(wsNameArticles, &toks[q]) {
					q++
				}
				if q < len(toks) && (taken(q) || toks[q].Cap) {
					continue
				}
			}
			if n == 1 && d.otherBefore() && !lang.InitHeads[toks[i].Fold] && !lang.BareHeads[toks[i].Fold] {
				continue // "Eighteen states approved these measures. Saudi Arabia rallied to them": the measures
			}
			if id := d.descriptionOf(st, i, n); id != "" && !d.otherCompound(st, i+n, id) {
				add = append(add, &mention{i: i, j: i + n, id: id, kind: pledgegraph.KindInitiative, anaphora: true})
			}
			i += n - 1
			continue
		}
		if i <= 1 && (i == 0 || lang.SentLink[toks[0].Fold]) && d.prevEvent() == nil {
			if n := lang.Pronouns.MatchAt(toks, i); n > 0 && d.topic() != "" {
				add = append(add, &mention{i: i, j: i + n, id: d.topic(), kind: pledgegraph.KindInitiative, anaphora: true})
			}
		}
	}
	d.addReferences(st, add)
}

// descriptionOf returns the initiative that the definite description
// of n words at toks[i] stands for, or "".
func (d *docState) descriptionOf(st *sent, i, n int) pledgegraph.EntityID {
	lang, toks := d.x.Lang, st.toks
	head := toks[i+n-1].Fold
	id := d.byHead(head, toks[i].Start, localBefore(st, i, &lang.Frames))
	if m := mentions(st.ms).endingAt(i - 1); i > 1 && toks[i-1].Text == "," && m != nil && m.initiative() && !m.anaphora && d.mayName(m, head) {
		id = m.id // "the Lima Charter, the text that Temer pulled Brazil out of": in apposition
	} else if id == d.cur && d.namedWith(head) == "" && lang.Frames.possMark.at(toks, i+n) > 0 {
		id = lastNamedBefore(st.ms, i, id) // "deposited its accession to the Convention, raising the treaty's count": the one just named
	} else if id == d.cur && i == 0 && !lang.InitHeads[head] {
		id = d.topic() // "The declaration is not binding. It sets out …": what the sentence before opened with
	}
	if id == "" {
		id = d.placedInit(head, refDefinite) // "la déclaration" of a text that never names it: « Déclaration de Brioni »
	}
	if e := d.ents[id]; lang.OwnHeads[head] && e != nil && !d.headedBy(e, head) {
		return "" // "signed neither the Lausanne Protocol nor the armistice": another text
	}
	if d.namedOnlyAfter(st, id, i) && d.thereAtEvent(st, i) {
		return "" // « La conférence s'est ouverte. L'Égypte y a pris part »: there, not in a text named further on
	}
	return id
}

// describesOther reports whether the definite description of n words
// at toks[i] describes a text by what it creates, with no text under
// discussion ("le traité instituant l'UEMOA") or with one that its head
// does not name ("the resolution creating a committee" while the Charter
// is; not "the document establishing it"): another text, whose place
// st.described notes.
func (d *docState) describesOther(st *sent, i, n int) bool {
	lang, h := d.x.Lang, st.toks[i+n-1].Fold
	if lang.DescCreate.MatchAt(st.toks, i+n) == 0 || d.topic() != "" && (!lang.InitHeads[h] || d.headableBy(d.topic(), h)) {
		return false
	}
	st.described = append(st.described, i)
	return true
}

// otherCompound reports whether a compound adjective in lower case
// follows a definite description at toks[q] that none of the names of
// the initiative id has, when its name holds one: « la convention
// tchécoslovaquo-yougoslave » where the text discusses the
// roumano-yougoslave one is another text.
func (d *docState) otherCompound(st *sent, q int, id pledgegraph.EntityID) bool {
	toks := st.toks
	if q+1 >= len(toks) || toks[q].Cap || toks[q].Punct || toks[q+1].Punct || !hyphenated(d.text, toks, q+1) {
		return false
	}
	e := d.ents[id]
	if e == nil || !strings.Contains(e.Name, "-") {
		return false // « l'initiative franco-canadienne »: of the one named, for all the rules know
	}
	names := append([]string{e.Name}, e.Aliases...)
	for k := q; k < len(toks) && (k == q || hyphenated(d.text, toks, k)); k++ {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(d.fold(n), toks[k].Fold) }) {
			return true
		}
	}
	return false
}

// otherBefore reports whether the sentence before took a stance on
// something that is no initiative ("approuvé ces mesures") and named
// none: a pronoun after it stands for that thing.
func (d *docState) otherBefore() bool {
	p := d.prevSent
	if p == nil || d.otherAt != p.s.End {
		return false
	}
	return !slices.ContainsFunc(p.ms, (*mention).initiative)
}

// mayName reports whether a definite description with head word w may
// stand in apposition to the initiative named by m: its head is no
// initiative's head, or m's name has it ("the Lima Charter, the text
// that", "the Lima Charter, the Charter that"; not "its Explanatory
// Report, the Convention").
func (d *docState) mayName(m *mention, w string) bool {
	if !d.x.Lang.InitHeads[w] {
		return true
	}
	return d.hasWord(m.name, w)
}

// nameGoesOn reports whether the capitalised head at toks[q-1] goes on
// as a name: a capitalised word or a figure follows, or a preposition
// that only capitalised words follow in a name, and one ("the Campaign
// to Stop Killer Robots").
func (d *docState) nameGoesOn(toks []Token, q int) bool {
	if q >= len(toks) || !toks[q-1].Cap {
		return false
	}
	if (toks[q].Cap || toks[q].Number) && !toks[q].Punct {
		return true
	}
	lang := d.x.Lang
	if !lang.CapsPreps[toks[q].Fold] || lang.PlacePreps[toks[q].Fold] {
		return false // not "the Protocol in Strasbourg"
	}
	q++
	for q < len(toks) && lang.is(wsNameArticles, &toks[q]) {
		q++
	}
	return q < len(toks) && toks[q].Cap && !toks[q].Punct
}

// lastNamedBefore returns the last initiative named by its name in ms
// before token i, or id when there is none: what a possessive definite
// description stands for ("the treaty's count" after "the Convention").
func lastNamedBefore(ms []*mention, i int, id pledgegraph.EntityID) pledgegraph.EntityID {
	for _, m := range ms {
		if m.j <= i && m.initiative() && !m.anaphora {
			id = m.id
		}
	}
	return id
}

// prevEvent returns the event the sentence before opens with, its
// subject ("The Bandung Conference opened on Monday."), or nil.
func (d *docState) prevEvent() *mention {
	p := d.prevSent
	if p == nil || len(p.ms) == 0 || p.ms[0].i > 1 || p.ms[0].kind != pledgegraph.KindEvent || p.ms[0].id == "" {
		return nil
	}
	return p.ms[0]
}

// eventPronoun adds the event a subject pronoun opening the sentence st
// stands for, when the sentence before opened with it: "The Bandung
// Conference opened on Monday. It had been convened by Burma and India."
func (d *docState) eventPronoun(st *sent) {
	ev := d.prevEvent()
	if ev == nil {
		return
	}
	lang, toks := d.x.Lang, st.toks
	for i := 0; i <= 1 && i < len(toks); i++ {
		if i == 1 && !lang.SentLink[toks[0].Fold] || inMention(st, i) {
			continue
		}
		if n := lang.Pronouns.MatchAt(toks, i); n > 0 {
			d.addReferences(st, []*mention{{i: i, j: i + n, id: ev.id, kind: pledgegraph.KindEvent}}) // read as the name, like "the conference"
			return
		}
	}
}

// localBefore returns the initiative the sentence st names last before
// token i, for a reference at i to take up; not the one that opens the
// sentence as the subject of its first verb ("The Cybersecurity Tech
// Accord, a coalition of companies, also backs the initiative"); or "".
func localBefore(st *sent, i int, fr *Frames) pledgegraph.EntityID {
	id := lastNamedBefore(st.ms, i, "")
	if id != "" && st.ms[0].id == id && st.ms[0].i <= 1 && actsFirst(st, fr) && !st.frames.groups[0].passive && st.frames.groups[0].i < i {
		return ""
	}
	return id
}

// byHead returns the initiative a definite description with head word
// w refers to: the one last named whose name has that word ("the
// Protocol" after "the Second Additional Protocol to the Budapest
// Convention" and "the Convention on Cybercrime"), else local, the last
// one the sentence names before it, else the one the sentences before
// speak of (see topic).
func (d *docState) byHead(w string, before int, local pledgegraph.EntityID) pledgegraph.EntityID {
	if d.x.Lang.InitHeads[w] {
		if id := d.namedBefore(w, before); id != "" {
			return id // not one the sentence names after the description
		}
	}
	if local != "" {
		return local // "The Safe Seas Declaration … : Japan has not signed it"
	}
	t := d.topic()
	if ln, ok := d.laterHeads[w]; ok && ln.id != t && (t == "" || !d.headableBy(t, w)) {
		return d.laterEntity(ln, t) // "le pacte" before "le pacte de Saadabad", when the text discusses a treaty
	}
	return t // "Estonia endorsed the Delhi Communiqué. China has not joined the initiative."
}

// headableBy reports whether the initiative id has no name headed by a
// word of initiatives' names, or one headed by w: a description by w may
// be of it.
func (d *docState) headableBy(id pledgegraph.EntityID, w string) bool {
	e := d.ents[id]
	if e == nil || d.headedBy(e, w) {
		return true
	}
	return !slices.ContainsFunc(d.headPhrase(d.fold(e.Name)), func(v string) bool { return d.x.Lang.InitHeads[v] })
}

// laterEntity returns the ID of the initiative ln, which the text names
// further on, registering it now in place of the initiative t.
func (d *docState) laterEntity(ln laterName, t pledgegraph.EntityID) pledgegraph.EntityID {
	if _, ok := d.ents[ln.id]; !ok {
		d.ents[ln.id] = &pledgegraph.Entity{ID: ln.id, Kind: pledgegraph.KindInitiative, Name: ln.name}
		d.order = append(d.order, ln.id)
		d.forward[ln.id] = t
	}
	return ln.id
}

// dropUnnamed gives the initiatives registered ahead of their name (see
// laterEntity) that no mention named in the end (the rules read the name
// otherwise where the text writes it) back to those they stood in for.
func (d *docState) dropUnnamed() {
	for _, id := range slices.Sorted(maps.Keys(d.forward)) {
		if _, ok := d.named[id]; ok {
			continue
		}
		to := d.forward[id]
		for k := 0; k < len(d.forward) && d.ents[to] == nil; k++ {
			to = d.forward[to] // one also dropped: the one it stood in for
		}
		if d.ents[to] != nil {
			d.remap(id, to)
		}
	}
}

// namedWith returns the initiative last named whose name has the word
// w before its complements, or "". It looks at each entity once, from
// the last named, whatever the number of mentions.
func (d *docState) namedWith(w string) pledgegraph.EntityID {
	return d.namedBefore(w, math.MaxInt)
}

// namedBefore is namedWith among the initiatives the text names before
// the offset before.
func (d *docState) namedBefore(w string, before int) pledgegraph.EntityID {
	headed := func(e *pledgegraph.Entity) bool {
		return e.Kind == pledgegraph.KindInitiative && d.headedBy(e, w) && !d.named[e.ID]
	}
	if id := d.lastNamedWhere(before, func(e *pledgegraph.Entity) bool { return headed(e) && !d.pastDated[e.ID] }); id != "" {
		return id // "The naval treaty signed on Wednesday … since the Washington Treaty of 1922 … The treaty": the new one
	}
	return d.lastNamedWhere(before, headed)
}

// notePastDated notes the initiatives a sentence names with a year at
// least three years before the publication after them ("the Washington
// Treaty of 1922", « le traité de 1922 » does not name one).
func (d *docState) notePastDated(st *sent) {
	toks, lang := st.toks, d.x.Lang
	for _, m := range st.ms {
		q := m.j
		if !m.initiative() || m.anaphora || m.id == "" || q+1 >= len(toks) || !lang.ownerPrep(toks[q].Fold) || !toks[q+1].Number {
			continue
		}
		if y, err := strconv.Atoi(toks[q+1].Text); err == nil && y > 999 && y <= d.doc.Published.Year-3 {
			if d.pastDated == nil {
				d.pastDated = map[pledgegraph.EntityID]bool{}
			}
			d.pastDated[m.id] = true
		}
	}
}

// recency orders the entities of the mentions read so far by their last
// mention, the last named at the back.
type recency struct {
	order *list.List // of pledgegraph.EntityID
	at    map[pledgegraph.EntityID]*list.Element
	first map[pledgegraph.EntityID]int // the offset of each entity's first mention
	read  int                          // the mentions read
}

// catchUp reads the mentions added since the last call.
func (r *recency) catchUp(ments []pledgegraph.Mention) {
	if r.order == nil || r.read > len(ments) {
		r.order, r.at, r.first, r.read = list.New(), map[pledgegraph.EntityID]*list.Element{}, map[pledgegraph.EntityID]int{}, 0
	}
	for _, m := range ments[r.read:] {
		if e, ok := r.at[m.Entity]; ok {
			r.order.MoveToBack(e)
			r.first[m.Entity] = min(r.first[m.Entity], m.Start)
		} else {
			r.at[m.Entity] = r.order.PushBack(m.Entity)
			r.first[m.Entity] = m.Start
		}
	}
	r.read = len(ments)
}

// lastNamedWhere returns the entity last named, among those the text names
// before the offset before, for which ok holds; or "". It looks at each
// entity once, whatever the number of mentions.
func (d *docState) lastNamedWhere(before int, ok func(*pledgegraph.Entity) bool) pledgegraph.EntityID {
	d.recent.catchUp(d.ments)
	for e := d.recent.order.Back(); e != nil; e = e.Prev() {
		id := e.Value.(pledgegraph.EntityID)
		if ent := d.ents[id]; ent != nil && d.recent.first[id] < before && ok(ent) {
			return id
		}
	}
	return ""
}

// hasWord reports whether the folded word w is one of the words of the
// name.
func (d *docState) hasWord(name, w string) bool {
	return strings.Contains(" "+d.fold(name)+" ", " "+w+" ")
}

// reset makes the next catchUp read every mention again, after mentions
// changed entity.
func (r *recency) reset() { r.order = nil }

// headedBy reports whether one of the names of e has the word w before
// its complements: "Convention" in "Convention on Cybercrime", not in
// "Protocol to the Convention".
func (d *docState) headedBy(e *pledgegraph.Entity, w string) bool {
	if slices.Contains(d.headPhrase(d.fold(e.Name)), w) || slices.Contains(d.described[d.fold(e.Name)], w) {
		return true
	}
	return slices.ContainsFunc(e.Aliases, func(n string) bool { return slices.Contains(d.headPhrase(d.fold(n)), w) })
}

// placeAfter returns the state or place that qualifies the name ending
// before toks[q], after a preposition of owner and its article ("ARIB
// and TTC of Japan, ATIS of the United States, ETSI of Europe"), among
// the mentions ms; or nil. It is no item of a list the name is in.
func placeAfter(lang *Language, toks []Token, ms []*mention, q int) *mention {
	if q >= len(toks) || !lang.ownerPrep(toks[q].Fold) {
		return nil
	}
	p := q + 1 + lang.Frames.article.at(toks, q+1)
	for _, c := range ms {
		if c.i == p && c.isKind(pledgegraph.KindState, pledgegraph.KindPlace) {
			return c
		}
	}
	return nil
}

// countryAfter returns the end of the state or place that qualifies the
// company or body m (see placeAfter), or m's end.
func countryAfter(lang *Language, st *sent, m *mention) int {
	if !m.isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization) {
		return m.j
	}
	if c := placeAfter(lang, st.toks, st.ms, m.j); c != nil {
		return c.j
	}
	return m.j
}

// listAfter returns the mentions forming a list that starts at token p:
// items separated only by commas, conjunctions and articles.
func listAfter(lang *Language, st *sent, p int, ok func(*mention) bool) []*mention {
	var out []*mention
	for _, m := range st.ms {
		if m.i < p {
			continue
		}
		for q := p; q < m.i; q++ {
			if !lang.glue(st.toks[q]) && (st.cue == nil || !st.cue[q]) {
				return out
			}
		}
		if !ok(m) {
			return out
		}
		out = append(out, m)
		p = countryAfter(lang, st, m)
	}
	return out
}

// mentionsEnd returns the end of the last of ms, or 0.
func mentionsEnd(ms []*mention) int {
	e := 0
	for _, m := range ms {
		e = max(e, m.j)
	}
	return e
}

// reporting marks the source of a reported statement ("a indiqué
// l'Élysée") as no actor.
func (d *docState) reporting(st *sent) {
	for i := range st.toks {
		if n := d.x.Lang.Reporting.MatchAt(st.toks, i); n > 0 {
			// "X said Y would join": the speaker is X, and Y an actor
			subject := false
			for _, m := range st.ms {
				if m.j <= i && st.chunk[m.i] == st.chunk[i] {
					subject = true
				}
			}
			if subject {
				continue
			}
			p := i + n
			for _, ds := range st.dates {
				if ds.I == p {
					p = ds.J // "a annoncé mardi le Quai d'Orsay"
				}
			}
			after := listAfter(d.x.Lang, st, p, func(m *mention) bool { return true })
			if d.x.Lang.Frames.source.at(st.toks, i) > 0 {
				// "According to The Guardian, Amazon and Twitter": the
				// source ends at the comma
				after = slices.DeleteFunc(after, func(m *mention) bool { return commaBetween(st, p, m.i) })
			}
			if e := mentionsEnd(after); e > 0 && e < len(st.toks) {
				// "said France would join": France is the subject of what is said
				if t, _ := d.triggerAt(st.toks, e, pledgegraph.Supports); t != nil {
					continue
				}
				if t, _ := d.triggerAt(st.toks, e, pledgegraph.Launched); t != nil {
					continue
				}
			}
			for _, m := range after {
				m.used = true
			}
		}
	}
}

// inMention reports whether token i belongs to a mention.
func inMention(st *sent, i int) bool {
	for _, m := range st.ms {
		if i >= m.i && i < m.j {
			return true
		}
	}
	return false
}

// demonymBefore returns the state of a capitalised adjective of
// nationality right before token i ("French President"), outside names.
func (d *docState) demonymBefore(st *sent, i int) (*Entry, int) {
	if e, n := d.demonymEndingAt(st, i); e != nil {
		return e, n
	}
	// "the French Foreign Affairs Secretary of State": a portfolio in
	// capitals between the nationality and the title
	p := i
	for p > 0 && i-p < 3 && st.toks[p-1].Cap && !st.toks[p-1].Punct && !inMention(st, p-1) && !d.x.Lang.is(wsStop, &st.toks[p-1]) {
		p--
		if e, n := d.demonymEndingAt(st, p); e != nil {
			return e, i - p + n
		}
	}
	return nil, 0
}

// demonymEndingAt returns the nationality of one or two words that ends
// right before toks[i], and its length.
func (d *docState) demonymEndingAt(st *sent, i int) (*Entry, int) {
	for n := 2; n >= 1; n-- {
		b := i - n
		if b < 0 || !st.toks[b].Cap || inMention(st, b) {
			continue
		}
		if e, dn := d.x.Ref.Demonym(st.toks, b); e != nil && dn == n {
			return e, n
		}
	}
	return nil, 0
}

// partOf finds "la division X de Y", "X, filiale de Y" and "X is the
// overseas arm of Y".
func (d *docState) partOf(st *sent) {
	toks := st.toks
	for i := range toks {
		n := d.x.Lang.PartOf.MatchAt(toks, i)
		if n == 0 {
			continue
		}
		var x, y *mention
		for k, m := range st.ms {
			if m.i == i+n && m.kind == pledgegraph.KindCompany && k+1 < len(st.ms) {
				nx := st.ms[k+1]
				if nx.i == m.j+1 && d.x.Lang.OfPrep[toks[m.j].Fold] && nx.kind == pledgegraph.KindCompany {
					x, y = m, nx
				}
			}
		}
		lo := i
		if x == nil {
			x, y = d.partOfApposed(st, i, n) // "China Mobile International is the overseas arm of China Mobile"
			if x != nil {
				lo = x.i
			}
		}
		if x != nil {
			y.used = true
			d.addFact(pledgegraph.Fact{Subject: x.id, Predicate: pledgegraph.PartOf, Object: y.id, Confidence: 0.8, Evidence: d.evidence(st.s, lo, y.j)})
		}
	}
}

// partOfApposed returns the company said to be a part of another with
// the noun of a part at toks[i:i+n] after it, past a comma or a copula
// and a few words in lower case ("Orange Cyberdefense, a subsidiary of
// Orange", "MTN GlobalConnect is the wholesale and fibre unit of South
// Africa's MTN Group"), and that other, named after "of" and a few words
// that qualify it; or nil.
func (d *docState) partOfApposed(st *sent, i, n int) (x, y *mention) {
	toks, lang := st.toks, d.x.Lang
	body := func(m *mention) bool {
		return m != nil && m.isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization)
	}
	q := i + n
	for q < len(toks) && q < i+n+2 && !lang.OfPrep[toks[q].Fold] && !toks[q].Cap && !toks[q].Punct {
		q++ // "la branche internationale de"
	}
	if q >= len(toks) || !lang.OfPrep[toks[q].Fold] {
		return nil, nil
	}
	for k := q + 1; k < len(toks) && k <= q+6 && y == nil; k++ {
		if m := d.mentionAt(st, k); m != nil {
			if p := lang.Frames.possMark.at(toks, m.j); p > 0 {
				k = m.j + p - 1 // "South Africa's MTN Group": its possessor
				continue
			}
			y = m
			break
		}
		if toks[k].Cap && !inMention(st, k) || toks[k].Punct && toks[k].Text != "-" {
			return nil, nil
		}
	}
	if !body(y) {
		return nil, nil
	}
	b := i - 1
	for b >= 0 && i-b <= 6 && !toks[b].Cap && !toks[b].Punct && lang.Frames.copula.at(toks, b) == 0 {
		b-- // "the overseas", "a wholly owned"
	}
	if b < 1 || toks[b].Text != "," && lang.Frames.copula.at(toks, b) == 0 {
		return nil, nil
	}
	if x = mentions(st.ms).endingAt(b); !body(x) || x == y {
		return nil, nil
	}
	return x, y
}

// memberNounIn reports whether a membership noun of the frame table
// ("members", "member states", "États membres") stands in tokens [i, j).
func (d *docState) memberNounIn(st *sent, i, j int) bool {
	for q := i; q < j && q < len(st.toks); q++ {
		if absent, n := d.x.Lang.Frames.member.match(st.toks, q); n > 0 && !absent {
			return true
		}
	}
	return false
}

// partitiveBefore reports whether a partitive quantifier ends right
// before toks[from], an article aside: "several ASEAN members",
// "plusieurs membres de l'UE".
func (d *docState) partitiveBefore(toks []Token, from int) bool {
	lang := d.x.Lang
	for b := from - 1; b >= 0 && b >= from-3; b-- {
		if n := lang.Partitive.MatchAt(toks, b); n > 0 && b+n >= from-1 && b+n <= from {
			return true
		}
	}
	return false
}

// members finds memberships ("seul pays du G7") and group statements
// ("tous les États membres de l'UE", "les 28 membres de l'UE").
func (d *docState) members(st *sent) {
	toks := st.toks
	lang := d.x.Lang
	for _, g := range st.ms {
		if g.entry == nil || !d.x.Ref.IsGroup(g.entry.Key) {
			continue
		}
		// the member cue ends right before the group (articles aside):
		// "tous les États membres de l'UE"; or follows it: "all EU member states"
		e := g.i
		for e > 0 && lang.DefiniteOne[toks[e-1].Fold] {
			e--
		}
		cue := -1
		plural := false
		for b := e - 1; b >= 0 && b >= e-4; b-- {
			if n := lang.Member.MatchAt(toks, b); n > 0 && b+n == e {
				cue = b
				plural = lang.MemberAll.MatchAt(toks, b) == n
				break
			}
		}
		after := g.j // where the phrase of the group's members ends
		if cue < 0 {
			if n := lang.MemberAfter.MatchAt(toks, g.j); n > 0 {
				cue, after = e, g.j+n
				plural = lang.MemberAfterAll.MatchAt(toks, g.j) == n
			}
		}
		if cue < 0 {
			d.ownMembers(st, g)
			continue
		}
		g.used = true
		stmt, count, from := false, 0, min(cue, g.i)
		single := cue > 0 && lang.Single[toks[cue-1].Fold]
		for b := cue - 1; b >= 0 && b >= cue-3 && !single; b-- {
			if v, n := lang.numberWords(toks, b); toks[b].Number || n > 0 && b+n >= cue-1 {
				count = max(v, atoiSafe(toks[b].Text)) // "27", "Dix-sept États membres"
				stmt, from = true, b
			}
			if n := lang.All.MatchAt(toks, b); n > 0 && b+n >= cue-1 {
				stmt, from = true, b
			}
		}
		if plural && !single {
			stmt = true
		}
		if stmt && !d.someMembers(st, from, after) {
			g.groupStmt, g.groupN, g.stmtFrom = true, count, from
			g.byMembers = d.memberNounIn(st, from, max(g.j+3, cue+1)) // "les membres de l'UE", not "the Five Eyes countries"
			continue
		}
		// "les Etats-Unis — seul pays du G7": the nearest state before
		var st0 *mention
		for _, m := range st.ms {
			if m.j <= cue && m.kind == pledgegraph.KindState {
				st0 = m
			}
		}
		if st0 == nil || d.negated(toks, cue, cue+1) || d.negatedHolder(toks, holderNoun{i: cue}) {
			continue // « l'Espagne n'est pas membre de l'Union … »: the text denies it
		}
		for _, m := range d.coordinated(st, st0) { // "l'Inde et l'Afrique du Sud, membres du G20": each
			if m.kind == pledgegraph.KindState && contains(d.x.Ref.Members(g.entry.Key, pledgegraph.Date{}), m.entry.Key) {
				d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.MemberOf, Object: g.id, Confidence: 0.8, Evidence: d.evidence(st.s, m.i, g.j)})
			}
		}
	}
}

// someMembers reports whether the phrase of a group's members from
// toks[from] to toks[after] names some of them, not all: after a
// partitive ("several ASEAN members have signed"), before examples ("EU
// members such as Austria, Ireland and Portugal"), before a relative
// clause with no comma ("les autres membres de l'UA qui ont signé leur
// accord": those that did), or in apposition to names ("l'Inde et
// l'Afrique du Sud, pourtant membres du G20, n'ont pas signé").
func (d *docState) someMembers(st *sent, from, after int) bool {
	toks := st.toks
	return d.partitiveBefore(toks, from) || d.examplesAfter(toks, after) ||
		after < len(toks) && d.x.Lang.is(wsRelPron, &toks[after]) || d.apposedToNames(st, from)
}

// apposedToNames reports whether the phrase of a group's members that
// starts at toks[from] stands in apposition to names before it: a comma
// and, at most two lower-case words before the phrase ("India and South
// Africa, both members of the G20", "l'Inde, pourtant membre du G20"),
// with the name of an actor ending at the comma, and no agent nor
// preposition between.
// The phrase says what those are, not who acts.
func (d *docState) apposedToNames(st *sent, from int) bool {
	toks := st.toks
	b := from - 1
	for b >= 0 && b >= from-3 && !toks[b].Punct && !toks[b].Cap {
		if d.x.Lang.Frames.agent.at(toks, b) > 0 || d.x.Lang.Frames.prep.at(toks, b) > 0 {
			return false // "the pledge, drafted by the Five Eyes countries": the agents; "of the US, of EU member states": more of them
		}
		b--
	}
	if b < 1 || toks[b].Text != "," {
		return false
	}
	m := mentions(st.ms).endingAt(b)
	return m != nil && !m.initiative() && m.kind != pledgegraph.KindEvent
}

// examplesAfter reports whether a list of examples opens at toks[p],
// or after a comma there ("such as", "including", "tels que"): the
// members the phrase speaks of are those it names. "Among them" counts
// some of those named before ("27 of the 29 NATO members among them").
func (d *docState) examplesAfter(toks []Token, p int) bool {
	lang := d.x.Lang
	if p < len(toks) && toks[p].Text == "," {
		p++
	}
	return lang.ListIntro.MatchAt(toks, p) > 0 && lang.AmongPrev.MatchAt(toks, p) == 0 && lang.Frames.among.at(toks, p) == 0
}

// ownMembers marks a group named with its own members after it ("l'UE et
// l'ensemble de ses États membres", "the EU, alongside its 27 member
// states"): the group acts, and its members with it.
func (d *docState) ownMembers(st *sent, g *mention) {
	toks, lang := st.toks, d.x.Lang
	for q := g.j; q < len(toks) && q < g.j+14; q++ {
		if toks[q].Text == ";" || lang.Clause[toks[q].Fold] {
			return
		}
		n := lang.OwnMembers.MatchAt(toks, q)
		if n == 0 {
			continue
		}
		g.withMembers = true
		for b := q; b < q+n+1 && b < len(toks); b++ {
			if toks[b].Number {
				g.groupN = atoiSafe(toks[b].Text)
			}
		}
		return
	}
}

// listDont reports whether a relative pronoun of a part ("dont") at
// toks[i] introduces examples ("dont les 28 membres", "dont tous les
// États") rather than a relative clause ("dont le texte a été rendu
// public").
func (l *Language) listDont(toks []Token, i int) bool {
	if !l.RelPart[toks[i].Fold] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	ex := l.RelExample[n.Fold]
	if n.Number || ex == "quant" || n.Cap {
		return true
	}
	// "dont la ville de Paris et la région Île-de-France": a name soon,
	// and no verb before the next comma (« dont les délégués étaient U
	// Nu », « dont les relations avec Londres ont été rompues » open a
	// clause)
	if ex == "near" {
		for q := i + 2; q < len(toks) && q <= i+5 && !toks[q].Punct; q++ {
			if toks[q].Cap {
				return !l.verbBefore(toks, i+1)
			}
		}
	}
	// "dont le Canada", "dont l'Allemagne", "dont les Etats-Unis"
	return (ex == "near" || ex == "art") && i+2 < len(toks) && (toks[i+2].Number || toks[i+2].Cap)
}

// verbBefore reports whether a verb stands in toks from i on before the
// next comma: the words after « dont » make a clause.
func (l *Language) verbBefore(toks []Token, i int) bool {
	for k := i; k < len(toks) && toks[k].Text != ","; k++ {
		if l.Frames.verbWord(toks, k) {
			return true
		}
	}
	return false
}

// relClause reports whether toks[i] is a relative pronoun that opens a
// clause, not a list: « la Yougoslavie, dont la délégation était
// conduite par … », not « dont la France ».
func (l *Language) relClause(toks []Token, i int) bool {
	return i < len(toks) && l.RelPron[toks[i].Fold] && !l.listDont(toks, i)
}

// atoiSafe returns the number the digits s write, or 0 when s holds
// anything else or a number too large.
func atoiSafe(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' || n > 1e8 {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// contains reports whether s is in list.
func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// accusations: "X a été accusée par A, B et C", "A accuse X".
func (d *docState) accusations(st *sent) {
	for _, tr := range d.triggers(st.toks, pledgegraph.Accused) {
		if tr.t.Passive {
			var obj *mention
			for _, m := range st.ms {
				if m.j <= tr.i && m.actor() {
					obj = m
				}
			}
			if obj == nil {
				continue
			}
			for _, m := range listAfter(d.x.Lang, st, tr.j, (*mention).actor) {
				m.used = true
				d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.Accused, Object: obj.id, Since: st.date, Confidence: 0.7,
					Evidence: d.evidence(st.s, obj.i, m.j)})
			}
			continue
		}
		var subj, obj *mention
		for _, m := range st.ms {
			if m.j <= tr.i && m.actor() {
				subj = m
			}
			if m.i >= tr.j && obj == nil && m.actor() {
				obj = m
			}
		}
		if subj != nil && obj != nil {
			d.addFact(pledgegraph.Fact{Subject: subj.id, Predicate: pledgegraph.Accused, Object: obj.id, Since: st.date, Confidence: 0.6,
				Evidence: d.evidence(st.s, subj.i, obj.j)})
		}
	}
}

// claims: "Bloomberg a affirmé que des espions chinois avaient implanté
// …": an actor accuses the state whose adjective qualifies attackers.
func (d *docState) claims(st *sent) {
	lang := d.x.Lang
	toks := st.toks
	for i := range toks {
		n := lang.Claim.MatchAt(toks, i)
		if n == 0 {
			continue
		}
		var subj *mention
		for _, m := range st.ms {
			if m.j <= i && m.actor() && m.isKind(pledgegraph.KindState, pledgegraph.KindOrganization, pledgegraph.KindCompany) {
				subj = m
			}
		}
		if subj == nil || subj.j < i-3 {
			continue
		}
		end := len(toks)
		for q := i + n; q < len(toks); q++ {
			if toks[q].Text == "," || toks[q].Text == ";" || lang.Clause[toks[q].Fold] {
				end = q
				break
			}
		}
		attack := false
		for q := i + n; q < end; q++ {
			attack = attack || lang.Attack[toks[q].Fold]
		}
		if !attack {
			continue
		}
		for q := i + n; q < end; q++ {
			if inMention(st, q) {
				continue
			}
			if e, dn := d.x.Ref.Demonym(toks, q); e != nil && q > 0 && lang.Attack[toks[q-1].Fold] {
				obj := d.ensure(e)
				d.addFact(pledgegraph.Fact{Subject: subj.id, Predicate: pledgegraph.Accused, Object: obj, Since: st.date, Confidence: 0.6,
					Evidence: d.evidence(st.s, subj.i, q+dn)})
				break
			}
		}
	}
}

// named reports whether m names an initiative, not a word referring to
// one ("the Charter", "ce texte").
func (m *mention) named() bool { return m.initiative() && !m.anaphora }

// initiative reports whether m names an initiative.
func (m *mention) initiative() bool {
	// "the Global Cyber Alliance", an organisation's name, once the text
	// said it was launched: its entity is an initiative's
	return m.kind == pledgegraph.KindInitiative || m.id.IsKind(pledgegraph.KindInitiative)
}

// launchFacts states the launches of the triggers the frames did not
// cover: "X a lancé l'Appel", "l'Appel a été lancé par X", "lancé à
// l'initiative de X". It returns the initiatives launched.
func (d *docState) launchFacts(st *sent, fl *frameLayer) []*mention {
	var out []*mention
	toks := st.toks
	for _, tr := range fl.uncovered(d.triggers(toks, pledgegraph.Launched)) {
		if d.governsVerb(toks, tr) {
			continue // "proposed to join", "a proposé de rejoindre": of the verb it governs
		}
		var subj, obj *mention
		var agents []*mention
		if d.launchPassive(st, tr) {
			subj, obj, agents = d.passiveLaunch(st, tr)
		} else {
			subj, obj = d.activeLaunch(st, tr)
		}
		if subj == nil || obj == nil {
			continue
		}
		if c := st.chunk[tr.i]; st.rel[c] && c > 0 && chunkStart(st, c) < len(toks) && d.x.Lang.RelPart[toks[chunkStart(st, c)].Fold] {
			continue // "dont le texte a été rendu public": said of a part, not of the initiative
		}
		if len(agents) == 0 {
			agents = d.coordinated(st, subj)
		}
		d.launchedBy(st, tr, obj, agents)
		out = append(out, obj)
	}
	return out
}

// governsVerb reports whether the trigger tr ends inside a phrase of
// control that governs a verb after it ("proposed to", "a proposé de"),
// or governs one after a date ("a proposé lundi de rejoindre").
func (d *docState) governsVerb(toks []Token, tr trig) bool {
	lang := d.x.Lang
	for k := tr.i; k < tr.j; k++ {
		if c, n := lang.Frames.control.match(toks, k); k+n > tr.j && c != ctrlLink {
			return true
		}
	}
	return d.infinitiveAfterDate(toks, tr.j)
}

// infinitiveAfterDate reports whether a verb of the frame table in the
// infinitive follows a weekday at toks[p]: "a proposé lundi de
// rejoindre", "proposed on Monday to join".
func (d *docState) infinitiveAfterDate(toks []Token, p int) bool {
	lang := d.x.Lang
	q := p
	for q < len(toks) {
		if _, day := lang.Weekdays[toks[q].Fold]; !day && !lang.DayPrep[toks[q].Fold] {
			break
		}
		q++
	}
	n := lang.InfMark.MatchAt(toks, q)
	return q > p && n > 0 && q+n < len(toks) && lang.Frames.verbs.at(toks, q+n) > 0
}

// launchPassive reports whether the launch trigger tr is passive: by
// itself, after a form of "be", or after a comma or at the start of the
// sentence with an agent soon after it ("l'Appel de Paris, lancé en
// novembre 2018 par Emmanuel Macron", "Launched in 2024, in London, by
// France, the Process").
func (d *docState) launchPassive(st *sent, tr trig) bool {
	toks := st.toks
	if tr.t.Passive || tr.i > 0 && d.x.Lang.Frames.beforeIs(toks, tr.i, auxBe) || d.indefiniteHeadBefore(toks, tr.i) {
		return true
	}
	if tr.i > 0 && toks[tr.i-1].Text == "," {
		for q := tr.j; q < len(toks) && q < tr.j+7 && !toks[q].Punct; q++ {
			if d.x.Lang.Frames.agent.at(toks, q) > 0 {
				return true
			}
		}
	}
	if tr.i == 0 {
		// "Lancé en février 2024 à Lancaster House, à Londres, par la
		// France et le Royaume-Uni, le Processus …": the participle opens
		// the sentence, its circumstances set off by commas
		for q := tr.j; q < len(toks) && q < tr.j+12 && (!toks[q].Punct || toks[q].Text == ","); q++ {
			if d.x.Lang.Frames.agent.at(toks, q) > 0 {
				return true
			}
		}
	}
	return false
}

// indefiniteHeadBefore reports whether a lower-case kind head that an
// indefinite article opens stands, inside the sentence, right before
// toks[i] or before at most two lower-case words before it: a
// participle there qualifies it ("50-in-5, a global campaign launched in
// 2023", "une campagne mondiale lancée en 2023"); it has no subject
// before it.
func (d *docState) indefiniteHeadBefore(toks []Token, i int) bool {
	lang := d.x.Lang
	h := -1
	for q := i - 1; q >= 1 && q >= i-3; q-- {
		if toks[q].Punct || toks[q].Cap {
			return false
		}
		if _, ok := lang.KindHeads[toks[q].Fold]; ok {
			h = q
			break
		}
	}
	for b := h - 1; h > 0 && b >= 1 && b >= h-4; b-- {
		if toks[b].Punct || toks[b].Cap {
			return false
		}
		if lang.Indefinite.MatchAt(toks, b) > 0 {
			return true
		}
	}
	return false
}

// passiveLaunch returns the subject, the initiative and the agents of
// the passive launch trigger tr: the initiative before it (or else after
// it), the list of actors after its agent.
func (d *docState) passiveLaunch(st *sent, tr trig) (subj, obj *mention, agents []*mention) {
	for _, m := range st.ms {
		if m.j <= tr.i && m.initiative() {
			obj = m
		}
	}
	if obj == nil {
		for _, m := range st.ms {
			if m.i >= tr.j && m.initiative() {
				obj = m
				break
			}
		}
	}
	if start := d.launchAgentsAt(st, tr); start >= 0 {
		for _, m := range st.ms {
			if m.i >= start && m.actor() {
				if !d.agentReaches(st, start, m.i) {
					break // "élaborée par une commission …, présidée par X": the agent is the commission
				}
				agents = listAfter(d.x.Lang, st, m.i, (*mention).actor)
				break
			}
		}
	}
	if len(agents) > 0 {
		subj = agents[0]
	}
	return subj, obj, agents
}

// agentReaches reports whether the agent that starts at token start
// may be the name at token at: a few words (an article, a title, a body
// the text does not name) and no punctuation between, but the one before
// a list word ("— among them") and a colon after a nameless head ("by
// four countries: China, …").
func (d *docState) agentReaches(st *sent, start, at int) bool {
	if at-start > 12 {
		return false
	}
	for q := start; q < at; q++ {
		t := st.toks[q]
		if !t.Punct || t.Text == "." || inMention(st, q) {
			continue // "par M. Guterres"
		}
		if d.x.Lang.Frames.listIn.at(st.toks, q+1) > 0 || d.x.Lang.AmongPrev.MatchAt(st.toks, q+1) > 0 {
			continue // "drafted by a small group — among them X"
		}
		if t.Text == ":" && !d.namesIn(st, start, q) {
			continue // "présentée par quatre pays : la Chine, …"
		}
		return false
	}
	return true
}

// launchAgentsAt returns where the agents of the passive launch trigger
// tr may start: after "par", "by", "à l'initiative de" or a passive
// trigger, or right after tr when it is passive itself; -1 when nowhere.
func (d *docState) launchAgentsAt(st *sent, tr trig) int {
	toks := st.toks
	start := -1
	if tr.t.Passive {
		start = tr.j
	}
	for q := tr.j; q < len(toks) && q < tr.j+12 && start < 0; q++ {
		if d.x.Lang.Frames.agent.at(toks, q) > 0 {
			start = q + 1
		} else if _, n := d.triggerAt(toks, q, pledgegraph.Launched); n > 0 && d.x.Lang.Triggers != nil {
			if t2, _ := d.triggerAt(toks, q, pledgegraph.Launched); t2.Passive {
				start = q + n
			}
		}
	}
	return start
}

// activeLaunch returns the subject and the initiative of the active
// launch trigger tr: the last actor before it (the antecedent of a
// relative clause), the first initiative after it, inside a relative
// clause when the trigger is in one.
func (d *docState) activeLaunch(st *sent, tr trig) (subj, obj *mention) {
	relChunk := st.rel[st.chunk[tr.i]]
	for _, m := range st.ms {
		if m.j <= tr.i && m.actor() && (relChunk || !st.rel[st.chunk[m.i]]) {
			subj = m
		}
	}
	if relChunk && subj != nil && st.chunk[subj.i] == st.chunk[tr.i] {
		// the relative pronoun's antecedent is before the clause
		subj = nil
		for _, m := range st.ms {
			if st.chunk[m.i] < st.chunk[tr.i] && m.actor() {
				subj = m
			}
		}
	}
	for _, m := range st.ms {
		if m.i >= tr.j && m.initiative() {
			if relChunk && st.chunk[m.i] != st.chunk[tr.i] {
				break // ", which Downing Street presented as WePROTECT, is meant to complement the Alliance": not the Alliance
			}
			obj = m
			break
		}
	}
	return subj, obj
}

// launchedBy states that the agents launched the initiative obj, unless
// the frames said it; the sentence's date becomes the initiative's
// launch date when none was known. A statement of a group's members
// listed with them launched it too ("Les membres de l'UE, les États-Unis
// ainsi que 32 autres pays ont présenté").
func (d *docState) launchedBy(st *sent, tr trig, obj *mention, agents []*mention) {
	var f *pledgegraph.Fact
	if len(agents) > 0 {
		for _, g := range st.ms {
			if g.groupStmt && g.byMembers && g.j <= agents[0].i && d.between(st, g.j, agents[0].i) {
				d.expandGroup(st, g, pledgegraph.Launched, obj.id, false, nil, g.stmtFrom, tr.j)
			}
		}
	}
	for _, a := range agents {
		if d.framed[framedKey{a.id, pledgegraph.Launched, obj.id}] {
			continue
		}
		f = d.addFact(pledgegraph.Fact{Subject: a.id, Predicate: pledgegraph.Launched, Object: obj.id, Since: d.clauseDate(st, tr.i), Confidence: 0.8,
			Evidence: d.evidence(st.s, min(a.i, obj.i, tr.i), max(a.j, obj.j, tr.j))})
	}
	if f != nil && !st.date.IsZero() {
		if _, ok := d.launchDates[obj.id]; !ok {
			d.launchDates[obj.id] = st.date
		}
	}
}

// chunkStart returns the first token of chunk c after its punctuation.
func chunkStart(st *sent, c int) int {
	for i := range st.toks {
		if st.chunk[i] == c {
			if st.toks[i].Punct {
				return i + 1
			}
			return i
		}
	}
	return len(st.toks)
}

// coordinated returns the actors coordinated with last before it ("Jacinda
// Ardern et Emmanuel Macron ont lancé"), titles and the names they
// govern aside, in order, last included.
func (d *docState) coordinated(st *sent, last *mention) []*mention {
	out := []*mention{last}
	toks := st.toks
	title := d.flags(len(toks))
	for i := range toks {
		if _, n := d.titleMatch(toks, i); n > 0 {
			for q := i; q < i+n; q++ {
				title[q] = true
			}
		}
		if e, n := d.x.Ref.Demonym(toks, i); e != nil && (toks[i].Cap || i > 0 && title[i-1]) {
			for q := i; q < i+n; q++ {
				title[q] = true
			}
		}
	}
	cur := last
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.j > cur.i {
			continue
		}
		if m.used {
			continue
		}
		ok, conj := m.actor(), false
		for q := m.j; q < cur.i && ok; q++ {
			ok = d.x.Lang.glue(toks[q]) || title[q] || inUsed(st, q) || d.x.Lang.OfPrep[toks[q].Fold]
			conj = conj || d.x.Lang.AndJoin[toks[q].Fold]
		}
		// the link next to the verb's nearest subject is a conjunction
		if !ok || (len(out) == 1 && !conj) {
			break
		}
		out = append([]*mention{m}, out...)
		cur = m
	}
	return out
}

// inUsed reports whether token i belongs to a mention a rule consumed.
func inUsed(st *sent, i int) bool {
	for _, m := range st.ms {
		if m.used && i >= m.i && i < m.j {
			return true
		}
	}
	return false
}

// noteDate keeps the last date of a day or a month the sentence said,
// for a later sentence that tells what happened at that occasion.
func (d *docState) noteDate(st *sent) {
	for _, ds := range st.dates {
		if ds.Date.Month > 0 && ds.Date.Year > 0 {
			d.lastDate = ds.Date
		}
	}
}
