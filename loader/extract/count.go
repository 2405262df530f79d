package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// countCand is a number and the count noun that says what it counts.
type countCand struct {
	i, j   int // the number's tokens
	noun   int // the count noun
	p      int // the count noun's last token (with its qualifier)
	value  int
	approx bool
	what   pledgegraph.CountWhat
	member bool // "membres", "members": only an initiative named in the sentence
	lead   bool // "la signature de 80 entreprises": the count says support
	own    bool // "ses 22 membres fondateurs": the members of the initiative under discussion
	sized  bool // "le PMIA compte 15 pays": a verb gives the size of the initiative before it
	// unnamed: "a separate call to action, endorsed by 60 countries": of
	// an initiative the text does not name
	unnamed bool
}

// countsIn finds reported numbers of supporters in a sentence about
// support: "359 entités", "près de 400 soutiens", "une cinquantaine
// d'États", "plus de 1200 acteurs, dont 80 Etats", "plus de 100 000
// personnes", "les 50 membres de la CRI", "the Initiative's almost
// seventy members", and totals after a tally ("membership has risen
// from 15 to 30 countries"). A number that qualifies another
// ("personnes de 130 pays"), an increment ("18 new members") or a part
// ("Siemens and eight partners") is no count.
func (d *docState) countsIn(st *sent, supp []trig) {
	about := d.countAbout(st, supp)
	toks := st.toks
	prevEnd, prevApprox, prevItem := 0, false, -1
	for i := 0; i < len(toks); i++ {
		c, next := d.countAt(st, i)
		if c == nil {
			i = next
			continue
		}
		// "more than 80 states, 700 companies and 350 organizations": the
		// approximation goes on along the list
		if !c.approx && prevEnd > 0 && prevApprox && i-prevEnd <= 2 {
			glued := true
			for q := prevEnd; q < i; q++ {
				glued = glued && (toks[q].Text == "," || d.x.Lang.And.MatchAt(toks, q) > 0)
			}
			c.approx = glued
		}
		item := d.countedListItem(st, c, prevItem)
		prevEnd, prevApprox, prevItem = c.p+1, c.approx, -1
		if item {
			prevItem = c.p + 1
		}
		i = c.p
		if item {
			continue // "European states, Canada, around a dozen Latin American countries": some of them, no total
		}
		if about > 0 || (c.member || c.lead || c.sized) && about == 0 {
			c.unnamed = d.unnamedCounted(st, supp, c.i)
			d.addCount(st, c, about > 0)
		}
	}
	d.tallies(st)
	for _, m := range st.ms {
		if m.initiative() && !m.anaphora {
			d.lastInit = m.id
		}
	}
}

// condBefore reports whether a clause of condition opens before toks[q]
// ("once", « dès que », « il suffira que »), the asides after it
// included: what the verb there says has not happened.
func condBefore(cs []clause, q int) bool {
	return slices.ContainsFunc(cs, func(c clause) bool { return c.cond && c.i <= q })
}

// belongsToBody reports whether a verb of membership (see
// membershipVerb) has an organisation for its object, right after it: a
// membership, no support.
func (d *docState) belongsToBody(st *sent, g verbGroup) bool {
	if !membershipVerb(g) {
		return false
	}
	for _, m := range st.ms {
		if m.i >= g.j && m.i <= g.j+2 {
			return d.bodyObject(m, "")
		}
	}
	return false
}

// countedListItem reports whether the count at toks[i] is an item of a
// list of actors that names others of the kind it counts: a comma or a
// conjunction before it, after the name of one (not a party after
// "between"), or after the counted item that ended at prevItem ("Peru,
// Chile, une dizaine d'États caribéens et dix pays africains").
func (d *docState) countedListItem(st *sent, c *countCand, prevItem int) bool {
	i := c.i
	for b := i - 1; b >= 1 && b >= i-4; b-- {
		if st.toks[b].Text != "," && d.x.Lang.And.MatchAt(st.toks, b) != 1 {
			continue
		}
		for q := b + 1; q < i; {
			n := max(d.x.Lang.Approx.MatchAt(st.toks, q), d.x.Lang.Frames.article.at(st.toks, q))
			if n == 0 {
				return false // only an approximation and an article between: "around a dozen"
			}
			q += n
		}
		m := mentions(st.ms).endingAt(b)
		if m != nil && st.toks[b].Text != "," && d.betweenBefore(st, m.i) {
			return false // "entre la CEE et quarante-six États": the other party
		}
		return m != nil && isActor(m) && !d.governedAt(st.toks, m.i) && countsKind(c.what, m) || prevItem >= 0 && b >= prevItem && b <= prevItem+2 && !slices.ContainsFunc(st.toks[prevItem:b], func(t Token) bool { return t.Punct || t.Cap })
	}
	return false
}

// countsKind reports whether a count of what counts actors of m's kind:
// "dix-sept États, la Commission européenne et huit entreprises" counts
// all the companies, "Canada, around a dozen Latin American countries"
// some of the states.
func countsKind(what pledgegraph.CountWhat, m *mention) bool {
	return what == pledgegraph.CountSupporters || what == countOfKind(m.kind)
}

// countOfKind returns what a count of actors of kind k counts ("states"
// for states), or "" for a kind no count names alone.
func countOfKind(k pledgegraph.Kind) pledgegraph.CountWhat {
	switch k {
	case pledgegraph.KindState:
		return pledgegraph.CountStates
	case pledgegraph.KindCompany:
		return pledgegraph.CountCompanies
	case pledgegraph.KindOrganization:
		return pledgegraph.CountOrganizations
	}
	return ""
}

// governedAt reports whether a preposition governs the name at toks[i],
// after an article ("Au sommet de Québec, 34 chefs d'État", "in
// Seattle"): no item of a list of actors, no subject.
func (d *docState) governedAt(toks []Token, i int) bool {
	b := d.x.Lang.Frames.articleStart(toks, i)
	return b > 0 && d.x.Lang.Frames.prep.at(toks, b-1) > 0
}

// betweenBefore reports whether a word of two parties ("entre",
// "between") stands right before the name at toks[i], after an article.
func (d *docState) betweenBefore(st *sent, i int) bool {
	b := d.x.Lang.Frames.articleStart(st.toks, i)
	return b > 0 && d.x.Lang.Between[st.toks[b-1].Fold]
}

// countAbout tells whether the sentence is about support: 1 when a
// support trigger holds or a count noun of supporters stands in it, -1
// when a negated trigger makes it about the absence of support ("trois
// grands États ne sont pas signataires"), 0 otherwise.
func (d *docState) countAbout(st *sent, supp []trig) int {
	about, negated := false, false
	for _, t := range supp {
		if st.frames != nil && condBefore(st.frames.clauses, t.i) {
			continue // "once five states have ratified it": a threshold, not yet reached
		}
		if t.t.Negative != d.negated(st.toks, t.i, t.j) {
			negated = true
		} else if t.t.Predicate == pledgegraph.Supports {
			about = true
		}
	}
	if st.frames != nil {
		// "trois grands États ne sont pas signataires" counts no supporters
		for _, h := range holderNouns(st.toks, &d.x.Lang.Frames) {
			if h.absent || d.negatedBefore(st, 0, h.i) {
				negated = true
			}
		}
		for _, g := range st.frames.groups {
			if g.frame.Predicate != pledgegraph.Supports || g.intend || d.belongsToBody(st, g) {
				continue // "cinq Etats, parmi lesquels trois appartiennent au Conseil de l'Europe": members of a body
			}
			if g.cond || condBefore(st.frames.clauses, g.vi) {
				continue // « dès que cinq États l'auront ratifiée »: the same
			}
			if g.frame.Negative != g.neg {
				negated = true
			} else {
				about = true
			}
		}
	}
	lang := d.x.Lang
	for _, t := range st.toks {
		if w, ok := wordValue(lang, wsCountNouns, lang.CountNouns, &t); ok && w == pledgegraph.CountSupporters && !lang.CountLoose[t.Fold] && !lang.CountMember[t.Fold] {
			about = about || !negated
		}
	}
	switch {
	case negated && !about:
		return -1
	case about:
		return 1
	}
	return 0
}

// countAt reads a count at toks[i]: the number, its approximation and
// its count noun. When there is none it returns nil and the index to go
// on after.
func (d *docState) countAt(st *sent, i int) (*countCand, int) {
	lang := d.x.Lang
	toks := st.toks
	value, j, approx := d.numberAt(toks, i)
	if j == i {
		return nil, i
	}
	if _, p := lang.Frames.allPron.endingAt(toks, j, 4); p >= 0 && p < i {
		return nil, j // "sont tous deux signataires": a pronoun, no count
	}
	// a date or a year is no count
	if j < len(toks) {
		if lang.is(wsMonths, &toks[j]) {
			return nil, j
		}
	}
	if _, year := yearNum(toks[i]); year && j == i+1 && i > 0 && (lang.YearPreps[toks[i-1].Fold] || lang.is(wsMonths, &toks[i-1]) ||
		i > 1 && toks[i-1].Text == "," && toks[i-2].Number) {
		return nil, j // "lancé en 2015 par les Nations unies", "in November 2023 to help countries", "November 8, 2023"
	}
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if n := lang.Approx.MatchAt(toks, b); n > 0 && (b+n == i || b+n == i-1 && lang.Frames.article.at(toks, i-1) == 1) { // "roughly a thousand"
			approx = true
			break
		}
	}
	// "personnes de 130 pays": the number qualifies another; but "la
	// signature de 80 entreprises" counts them
	lead, said := false, false
	if i >= 2 {
		lead, said = lang.CountLead[toks[i-2].Fold]
	}
	if !approx && i >= 2 && lang.CountQualPrep[toks[i-1].Fold] && !toks[i-2].Punct && !said {
		return nil, j - 1
	}
	// "douze des quinze États", "27 of the 29 members": the whole of a part
	for b := max(0, i-2); b < i; b++ {
		if n := lang.OutOf.MatchAt(toks, b); n > 0 && b+n == i && b > 0 && (toks[b-1].Number || lang.Numbers[toks[b-1].Fold] > 0) {
			return nil, j - 1
		}
	}
	c := &countCand{i: i, j: j, value: value, approx: approx, lead: lead, sized: d.sizedAt(st, i)}
	if !d.countNoun(toks, c) {
		return nil, j - 1
	}
	if i > 0 && lang.Definite[toks[i-1].Fold] && c.p+1 < len(toks) && isDash(toks[c.p+1].Text) {
		return nil, c.p // "the five nuclear powers — A, B, C, D and E": a group, named
	}
	// "its 27 member states", "ses 28 États membres": a group's size;
	// "ses 22 membres fondateurs" are an initiative's, named before or
	// under discussion
	if i > 0 && lang.OwnSize[toks[i-1].Fold] {
		if !c.member || !d.ownedByInitiative(st.ms, i) {
			return nil, j - 1
		}
		c.own = true
	}
	// "les 28 membres de l'UE", "the 29 NATO members": the members of a
	// group, not of an initiative
	if c.member {
		n := lang.Member.MatchAt(toks, c.noun)
		for _, m := range st.ms {
			if m.kind != pledgegraph.KindInitiative && (m.i >= c.j && m.j <= c.noun || n > 0 && m.i >= c.noun+n && m.i <= c.noun+n+2) {
				return nil, c.p
			}
		}
	}
	return c, c.p
}

// sizedAt reports whether a verb of size ends in the three tokens before
// the number at toks[i] and an initiative is the actor named last before
// it: "le PMIA compte 15 membres", "la FOC, au sein de laquelle 42
// démocraties", "the Call now counts 55 governments".
func (d *docState) sizedAt(st *sent, i int) bool {
	toks := st.toks
	for b := max(0, i-4); b < i; b++ {
		n := d.x.Lang.CountVerb.MatchAt(toks, b)
		if n == 0 || b+n > i || b+n < i-3 {
			continue
		}
		for q := b + n; q < i; q++ {
			if toks[q].Punct {
				return false
			}
		}
		return b > 0 && d.ownedByInitiative(st.ms, b) && initiativeNamed(st.ms, b)
	}
	return false
}

// initiativeNamed reports whether an initiative is named before toks[i].
func initiativeNamed(ms []*mention, i int) bool {
	for _, m := range ms {
		if m.j <= i && m.initiative() {
			return true
		}
	}
	return false
}

// ownedByInitiative reports whether a possessive at toks[i-1] stands for
// an initiative: the nearest actor named before it is one or, when none
// is, one was named before ("Rassemblés à Bruxelles, ses 22 membres").
func (d *docState) ownedByInitiative(ms []*mention, i int) bool {
	var last *mention
	for _, m := range ms {
		if m.j <= i && !m.isKind(pledgegraph.KindPlace, pledgegraph.KindEvent) && (last == nil || m.j > last.j) {
			last = m
		}
	}
	if last == nil {
		return d.lastInit != ""
	}
	return last.initiative()
}

// countNoun finds the count noun after a number: right after it, after
// "de"/"d'" and one adjective, or after "of the" ("eight of the world's
// largest technology companies"). It fills c's noun, what and member and
// reports false when there is none or the count is no total ("18 new
// members", "28 États membres").
func (d *docState) countNoun(toks []Token, c *countCand) bool {
	lang := d.x.Lang
	p := c.j
	if p < len(toks) && lang.CountSkip[toks[p].Fold] {
		p++
	}
	start, reach, found := p, 3, false
	if p < len(toks) && lang.CountPart[toks[p].Fold] {
		reach = 7
	}
	for q := p; q < len(toks) && q <= p+reach; q++ {
		if w, ok := wordValue(lang, wsCountNouns, lang.CountNouns, &toks[q]); ok {
			c.what, c.member, c.p, found = w, lang.CountMember[toks[q].Fold], q, true
			break
		}
		if toks[q].Punct && !(reach > 3 && toks[q].Text == "'") || toks[q].Cap && !toks[q].Upper && !d.regionWord(toks, q) || lang.is(wsRelPron, &toks[q]) {
			break // "nine principles that Governments": no count of them; but "Fifteen Asia-Pacific countries"
		}
		if _, j, _ := d.numberAt(toks, q); j > q {
			return false // "27 of the 29 NATO members": a part
		}
	}
	if !found {
		return false
	}
	for q := c.j; q <= c.p+1 && q < len(toks); q++ {
		if lang.Increment.MatchAt(toks, q) > 0 {
			return false // "18 new members", "quatre États supplémentaires"
		}
	}
	noun := c.p
	c.noun = noun
	if w, n := lang.countQual(toks, start, noun); w != "" {
		c.what = w
		c.p += n
	}
	// "28 États membres": a group's size, not its supporters
	if !c.member && (noun+1 < len(toks) && lang.MemberMod[toks[noun+1].Fold] || noun > start && lang.MemberModPre[toks[noun-1].Fold]) {
		return false
	}
	// "1 100 entités privées et acteurs publics": supporters of all kinds
	if n := lang.And.MatchAt(toks, c.p+1); n > 0 {
		for q := c.p + 1 + n; q < len(toks) && q <= c.p+3+n; q++ {
			if _, j, _ := d.numberAt(toks, q); j > q || toks[q].Punct {
				break // "608 entreprises et 333 organisations": a list
			}
			if w, ok := wordValue(lang, wsCountNouns, lang.CountNouns, &toks[q]); ok {
				if qw, _ := lang.countQual(toks, c.p+1+n, q); qw != "" {
					w = qw
				}
				if w != c.what {
					c.what = pledgegraph.CountSupporters
				}
				break
			}
		}
	}
	return true
}

// addCount records a count of the nearest initiative named in the
// sentence (the one before, the sentence's subject, preferred) or, but
// for member counts, of the initiative under discussion. dateEvent tells
// whether the count dates the event the article reports ("Thirty-four
// companies on Tuesday signed the accord").
func (d *docState) addCount(st *sent, c *countCand, dateEvent bool) {
	var obj pledgegraph.EntityID
	best := 1 << 30
	for _, m := range st.ms {
		if !m.initiative() || d.lineageOf(st, m) {
			continue // not "… forty-six states succeeds the Yaoundé Convention"
		}
		dist := c.i - m.j
		if m.i >= c.p {
			dist = 2*(m.i-c.p) + 1
		}
		if dist >= 0 && dist < best {
			obj, best = m.id, dist
		}
	}
	switch {
	case obj == "" && c.own:
		obj = d.lastInit
	case obj == "" && !c.member && !c.unnamed && d.otherAt != st.s.End:
		obj = d.discussed() // not "Eighteen states approved these measures"
	}
	if obj == "" || c.value <= 2 {
		return // "the two countries", "les deux fondateurs": the parties, named; no count
	}
	date := st.date
	if fl := st.frames; fl != nil && len(fl.clauses) > 1 {
		// "launched in 2018 and has since been endorsed by 80 countries":
		// the date of the count's own clause
		k := clauseAt(fl.clauses, c.i)
		date = d.dateAt(st, fl, k, c.i, false)
		if b := fl.clauses[k].i; date.IsZero() && k > 0 && b > 0 && st.toks[b-1].Text == ":" {
			date = d.dateAt(st, fl, k-1, b-1, false) // "Last Friday he read out the result: 48 votes for": then
		}
	}
	present := d.presentBefore(st.toks, c.i) && !d.doc.Published.IsZero()
	if present {
		date = d.doc.Published // "Lancé en 2015, le partenariat compte désormais 30 gouvernements"
	}
	if date.IsZero() {
		date = d.doc.Published
	} else if dateEvent && date.Day > 0 {
		if e, ok := d.countEvents[obj]; !ok || st.s.Start < e.at {
			d.countEvents[obj] = dated{date, st.s.Start}
		}
		if _, ok := d.signedOn[obj]; !ok && !present {
			d.signedOn[obj] = date // "Thirty-four companies on Tuesday signed the accord", not "now counts 30"
		}
	}
	if k := d.putCount(pledgegraph.Count{Initiative: obj, What: c.what, Value: c.value, Approx: c.approx, Date: date, Evidence: d.evidence(st.s, c.i, c.p+1)[0]}); k >= 0 && c.p < len(st.toks) && d.x.Lang.CountByKind[st.toks[c.p].Fold] {
		d.byKind = append(d.byKind, k) // "eight signatories": of the kind of those named
	}
	d.lastCount = countedAt{obj, st.s.End, pledgegraph.Date{}}
	if date != d.doc.Published && (dateEvent || d.foundersIn(st, c.i, c.p+1)) {
		d.lastCount.date = date // "made its debut on Monday with 30 founding members. Among them are A": on Monday
	}
}

// presentBefore reports whether an adverb of the present ("désormais",
// "now", "to date") stands in the eight tokens before toks[i], with no
// punctuation between: the count is of the publication date ("compte
// désormais 30 gouvernements et plus de 200 entreprises").
func (d *docState) presentBefore(toks []Token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-8 && !toks[b].Punct; b-- {
		if n := d.x.Lang.Present.MatchAt(toks, b); n > 0 && b+n <= i {
			return true
		}
	}
	return false
}

// countedAt is the initiative whose supporters a sentence counted, and
// where that sentence ends.
type countedAt struct {
	init pledgegraph.EntityID
	end  int
	date pledgegraph.Date // when the counted supporters joined, when the sentence says
}

// amongPrevious states the supporters that a sentence lists after a
// cue ("Among them are A and B", "Parmi eux figurent A et B") as some of
// those the sentence before it counted ("The declaration has since
// gathered more than 50 endorsing states.").
func (d *docState) amongPrevious(st *sent) {
	defer d.noteHolders(st)
	if d.amongCounted(st) {
		return
	}
	if d.lastCount.init == "" || d.lastCount.end > st.s.Start || strings.TrimSpace(d.text[d.lastCount.end:st.s.Start]) != "" {
		return
	}
	n := d.x.Lang.AmongPrev.MatchAt(st.toks, 0)
	if n == 0 {
		d.amongPreviousBefore(st)
		return
	}
	p := n
	for q := n; q < len(st.toks) && q < n+6 && !st.toks[q].Punct; q++ {
		if k := d.x.Lang.Frames.listIn.at(st.toks, q); k > 0 {
			p = q + k // "Among them are close US allies such as A and B"
			break
		}
	}
	l := d.actorsAfter(st, p)
	if l.empty() {
		return
	}
	d.stateStance(st, pledgegraph.Supports, l, d.lastCount.init, false, d.lastCount.date, 0.6, 0, p, "mem.amongprev")
}

// amongCounted states the supporters that a sentence lists after a cue
// and a number ("Among the forty-eight were A and B", "Parmi les
// quarante-huit figuraient A et B") as some of those the text's latest
// count of that number counted, however far before it; it reports
// whether the sentence opens so.
func (d *docState) amongCounted(st *sent) bool {
	n := d.x.Lang.AmongCount.MatchAt(st.toks, 0)
	if n == 0 || n >= len(st.toks) {
		return false
	}
	v, p, _ := d.numberAt(st.toks, n)
	if p == n {
		return false
	}
	for k := len(d.counts) - 1; k >= 0; k-- {
		c := d.counts[k]
		if c.Value != v || c.Initiative == "" {
			continue
		}
		for q := p; q < len(st.toks) && q <= p+2 && !st.toks[q].Punct; q++ {
			if l := d.actorsAfter(st, q); !l.empty() { // "were", "figuraient" before the list
				d.stateStance(st, pledgegraph.Supports, l, c.Initiative, false, c.Date, 0.6, 0, p, "mem.amongprev")
				break
			}
		}
		return true
	}
	return false
}

// amongPrevious' other order: the supporters named before a cue inside
// the sentence ("Le Chili, pays hôte, figure parmi eux", "Chile is among
// them"), some of those the sentence before counted.
func (d *docState) amongPreviousBefore(st *sent) {
	for q := 1; q < len(st.toks); q++ {
		n := d.x.Lang.AmongPrev.MatchAt(st.toks, q)
		if n == 0 || q+n < len(st.toks) && !st.toks[q+n].Punct {
			continue // "among them" closing its clause, not opening a list
		}
		if l := d.actorsBefore(st, 0, q); !l.empty() && !l.neg && !d.listAfterComma(st, l.lo) {
			// not "are the big powers, A, B and C among them": among those the sentence names
			d.stateStance(st, pledgegraph.Supports, l, d.lastCount.init, false, d.lastCount.date, 0.6, l.lo, q+n, "mem.amongprev")
		}
		return
	}
}

// listAfterComma reports whether a list that starts at token lo, after its
// article, follows a comma: in apposition to what the sentence named
// before it.
func (d *docState) listAfterComma(st *sent, lo int) bool {
	b := d.x.Lang.Frames.articleStart(st.toks, lo)
	return b > 0 && st.toks[b-1].Text == ","
}

// foundersIn reports whether a noun of founders stands in tokens [i, j)
// ("30 founding members"): they joined when the count says.
func (d *docState) foundersIn(st *sent, i, j int) bool {
	for q := i; q < j && q < len(st.toks); q++ {
		if d.x.Lang.Frames.founder.at(st.toks, q) > 0 {
			return true
		}
	}
	return false
}

// noteHolders records, for a list in the sentence after it, a sentence
// that opens on the members of the initiative under discussion: "The
// founding members span operators and chipmakers. Among them are A and B."
func (d *docState) noteHolders(st *sent) {
	fr := &d.x.Lang.Frames
	p := fr.article.at(st.toks, 0)
	if p == 0 {
		p = fr.possDet.at(st.toks, 0)
	}
	if p >= len(st.toks) || d.cur == "" {
		return
	}
	if obj := d.countedAgents(st); obj != "" {
		d.lastCount = countedAt{obj, st.s.End, st.date} // "It was signed by more than 350 executives, researchers and engineers."
		return
	}
	if absent, n := fr.member.match(st.toks, p); n > 0 && !absent && (p+n >= len(st.toks) || !inMention(st, p+n)) {
		c := countedAt{d.lastInitiative(st, p), st.s.End, st.date}
		if c.date.IsZero() && c.init == d.lastCount.init {
			c.date = d.lastCount.date // the members counted just before
		}
		d.lastCount = c
	}
}

// countedAgents returns the initiative a passive verb of support says
// a number of unnamed people or bodies supported ("signed by more than
// 350 executives, researchers and engineers"), for a list after it to
// name some of them; or "".
func (d *docState) countedAgents(st *sent) pledgegraph.EntityID {
	if st.frames == nil {
		return ""
	}
	for _, g := range st.frames.groups {
		if g.frame.Predicate != pledgegraph.Supports || g.frame.Negative != g.neg || !g.passive || g.agent < 0 {
			continue
		}
		number := false
		for q := g.agent; q < len(st.toks) && q < g.agent+3; q++ {
			number = number || st.toks[q].Number
			if inMention(st, q) {
				return ""
			}
		}
		if number {
			return d.lastInitiative(st, g.i)
		}
	}
	return ""
}

// unnamedCounted reports whether a count at toks[i] is of the
// supporters of an initiative the text does not name ("a separate call
// to action, endorsed by some 60 countries"): a passive trigger of
// support that such an initiative stands before comes just before it.
func (d *docState) unnamedCounted(st *sent, supp []trig, i int) bool {
	for _, tr := range supp {
		if tr.t.Passive && tr.j <= i && i-tr.j <= 3 && d.unnamedBefore(st, tr.i) {
			return true
		}
	}
	return false
}

// stateCounts types as counts of states the counts of supporters by a
// noun of the language's countbykind list ("eight signatories", "11
// signatories") of an initiative whose supporters the text names are
// states only, two at least, and people perhaps (who sign for them).
func (d *docState) stateCounts() {
	for _, k := range d.byKind {
		c := &d.counts[k]
		if c.What != pledgegraph.CountSupporters {
			continue
		}
		states, others := 0, 0
		for _, id := range d.forder {
			f := d.facts[id]
			if f.Object != c.Initiative || f.Predicate != pledgegraph.Supports || f.Negated {
				continue
			}
			switch e := d.ents[f.Subject]; {
			case e != nil && e.Kind == pledgegraph.KindState:
				states++
			case e != nil && e.Kind == pledgegraph.KindPerson:
				// one who signs for a state ("Isa Pantami signed for his country")
			default:
				others++
			}
		}
		if states >= 2 && others == 0 {
			c.What = pledgegraph.CountStates
		}
	}
}

// launchDated dates the undated support of an initiative whose signing
// by a number of actors or whose launch the text dates: the signatories
// it lists without a date of their own ("Signatories include Google
// DeepMind", "Parmi les signataires figurent", "among the first
// companies to join it") signed then, as a story about it names them.
func (d *docState) launchDated() {
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Predicate != pledgegraph.Supports || f.Negated || !f.Since.IsZero() || len(f.Evidence) == 0 || f.Evidence[0].Rule != "mem.list" && f.Evidence[0].Rule != "mem.answer" {
			continue // not "rejoignent l'Appel", a joining the text leaves undated
		}
		ld, ok := d.launchDates[f.Object]
		if so, signed := d.signedOn[f.Object]; signed && (!ok || ld.IsZero() || so.Compare(ld) >= 0) {
			ld, ok = so, true // "onze pays ont signé jeudi dernier … la liste des signataires : A, B": that Thursday
		}
		if ok && !ld.IsZero() {
			f.Since = ld
			if d.launchDatedIDs == nil {
				d.launchDatedIDs = map[pledgegraph.FactID]bool{}
			}
			d.launchDatedIDs[id] = true // no signing together: dated from the launch, not at an event
		}
	}
}

// putCount adds a count unless the same one is already there, and
// returns its index, or -1.
func (d *docState) putCount(c pledgegraph.Count) int {
	for _, o := range d.counts {
		if o.Initiative == c.Initiative && o.What == c.What && o.Value == c.Value && o.Approx == c.Approx {
			return -1
		}
	}
	d.counts = append(d.counts, c)
	return len(d.counts) - 1
}

// tallies reads the totals a tally phrase gives: "the Charter's
// membership has expanded to 16", "membership has risen from 15 to 30
// countries", "takes the total number of signatures to 30". Each
// number in the clause after the phrase is a count of the initiative
// named before it (or under discussion); the last is today's, the
// earlier ones are dated when the initiative started.
func (d *docState) tallies(st *sent) {
	lang := d.x.Lang
	toks := st.toks
	for i := range toks {
		what, n := lang.tallyAt(toks, i)
		if n == 0 || wishedBefore(toks, i, lang) {
			continue // "officials hope the number of signatories will pass 150": not yet
		}
		nums := d.tallyNumbers(toks, i+n, what)
		if len(nums) == 0 {
			continue
		}
		// the initiative named last before the first number, else the
		// one under discussion
		obj := d.discussed()
		for _, m := range st.ms {
			if m.initiative() && m.j <= nums[0].i {
				obj = m.id
			}
		}
		if obj == "" {
			return
		}
		for k, c := range nums {
			date := d.doc.Published
			if !st.date.IsZero() && len(nums) == 1 {
				date = st.date // "rose to 120 in December 1984", not "since its launch, from 34 to 150"
			}
			if k < len(nums)-1 {
				date = d.launchDates[obj]
			}
			d.putCount(pledgegraph.Count{Initiative: obj, What: c.what, Value: c.value, Approx: c.approx, Date: date, Evidence: d.evidence(st.s, i, c.p+1)[0]})
		}
		return
	}
}

// tallyNumbers reads the numbers of the clause that starts at
// toks[from], after a tally phrase that counts what: "from 15 to 30
// countries", "à 1 100". A year ("en 2020") ends the clause; the last
// number must stand before a count noun, a stop word or at the end of
// the clause ("a total of 4 meetings" counts no supporters).
func (d *docState) tallyNumbers(toks []Token, from int, what pledgegraph.CountWhat) []*countCand {
	lang := d.x.Lang
	var nums []*countCand
	for q := from; q < len(toks) && q <= from+12 && !(toks[q].Punct && toks[q].Text != "/" && toks[q].Text != "'"); q++ {
		v, j, approx := d.numberAt(toks, q)
		if j == q {
			continue
		}
		if q > 0 && (lang.is(wsYearPreps, &toks[q-1]) || lang.is(wsMonths, &toks[q-1])) && v >= 1900 && v <= 2100 {
			break // "in 2019", "in December 1984": a year
		}
		c := &countCand{i: q, j: j, p: j - 1, value: v, approx: approx, what: what}
		if j < len(toks) {
			if w, ok := wordValue(lang, wsCountNouns, lang.CountNouns, &toks[j]); ok {
				c.what, c.p = w, j
				// "from 15 to 30 countries": the noun says what each counts
				for _, o := range nums {
					o.what = w
				}
			}
		}
		nums = append(nums, c)
		q = c.p
	}
	if k := len(nums) - 1; k >= 0 && nums[k].p == nums[k].j-1 && nums[k].j < len(toks) && !toks[nums[k].j].Punct && !lang.Stop[toks[nums[k].j].Fold] {
		return nil
	}
	return nums
}

// tallyAt returns what the tally phrase at toks[i] counts and its
// length, or 0.
func (l *Language) tallyAt(toks []Token, i int) (pledgegraph.CountWhat, int) {
	if i >= len(toks) || !toks[i].mayStart(tallyBit) {
		return "", 0
	}
	for _, t := range l.Tallies {
		if matchPhrase(toks, i, t.Phrase) {
			return t.What, len(t.Phrase)
		}
	}
	return "", 0
}

// numberAt reads a number at toks[i]: digits with their thousands
// ("1 100", "1,200", "1.200"), a noun of an approximate number
// ("cinquantaine", approx true) or words ("trente-quatre"). It returns
// the value and the index after the number, i when there is none.
func (d *docState) numberAt(toks []Token, i int) (int, int, bool) {
	lang := d.x.Lang
	if toks[i].Number && len(toks[i].Text) <= 7 {
		v, _ := strconv.Atoi(toks[i].Text)
		j := i + 1
		for {
			if j < len(toks) && toks[j].Number && len(toks[j].Text) == 3 && d.text[toks[j-1].End:toks[j].Start] == " " {
				v = v*1000 + atoiSafe(toks[j].Text)
				j++
				continue
			}
			if j+1 < len(toks) && (toks[j].Text == "," || toks[j].Text == ".") && toks[j].Start == toks[j-1].End &&
				toks[j+1].Number && len(toks[j+1].Text) == 3 && toks[j+1].Start == toks[j].End {
				v = v*1000 + atoiSafe(toks[j+1].Text)
				j += 2
				continue
			}
			return v, j, false
		}
	}
	if v, ok := wordValue(lang, wsApproxNum, lang.ApproxNum, &toks[i]); ok {
		return v, i + 1, true
	}
	if v, n := lang.numberWords(toks, i); n > 0 {
		if i+n < len(toks) {
			a, ok := wordValue(lang, wsApproxNum, lang.ApproxNum, &toks[i+n])
			if !ok {
				a, ok = lang.ApproxNum[strings.TrimSuffix(toks[i+n].Fold, "s")] // the plural after a number
			}
			if ok {
				return v * a, i + n + 1, true // "two dozen", "deux douzaines"
			}
		}
		return v, i + n, false
	}
	return 0, i, false
}

// numberWords reads a number written in words at toks[i] ("huit",
// "trente-quatre", "quatre-vingt-dix", "thirty-four", "two hundred"):
// its value and length in tokens, or 0 tokens. "un", "one" are left out:
// they are articles as often as numbers.
func (l *Language) numberWords(toks []Token, i int) (int, int) {
	v, cur, j := 0, 0, i
	for j < len(toks) {
		w, ok := wordValue(l, wsNumbers, l.Numbers, &toks[j])
		if !ok {
			if l.is(wsAndJoin, &toks[j]) && j > i && j+1 < len(toks) {
				if l.is(wsNumbers, &toks[j+1]) {
					j++
					continue
				}
			}
			break
		}
		switch {
		case w == 1000:
			v += max(cur, 1) * 1000
			cur = 0
		case w == 100:
			cur = max(cur, 1) * 100
		case w == 20 && cur%100 == 4: // quatre-vingt
			cur = cur - 4 + 80
		default:
			cur += w
		}
		j++
	}
	if v+cur < 2 {
		return 0, 0
	}
	return v + cur, j - i
}

// countQual returns what the count noun at toks[noun] counts when a
// qualifier says it ("acteurs de la société civile", "civil society
// organizations") and the number of tokens the qualifier takes after
// the noun; "" when none does. A qualifier that opens a list of kinds
// ("from the private sector, governments and civil society") leaves the
// count one of supporters.
func (l *Language) countQual(toks []Token, from, noun int) (pledgegraph.CountWhat, int) {
	for _, q := range l.CountQuals {
		if q.Before {
			if b := noun - len(q.Phrase); b >= from && matchPhrase(toks, b, q.Phrase) {
				return q.What, 0
			}
		} else if matchPhrase(toks, noun+1, q.Phrase) {
			if l.kindsListAt(toks, noun+1+len(q.Phrase)) {
				return pledgegraph.CountSupporters, len(q.Phrase) // "members from the private sector, governments and civil society"
			}
			return q.What, len(q.Phrase)
		}
	}
	return "", 0
}

// kindsListAt reports whether a list of kinds in lower case goes on at
// toks[e], after a qualifier of a count ("the private sector[, governments
// and civil society]", "du secteur privé[ et des gouvernements]"): a
// conjunction there, or after a comma within three lower-case words; not
// a list of examples ("du numérique, parmi lesquelles Facebook").
func (l *Language) kindsListAt(toks []Token, e int) bool {
	if e >= len(toks) {
		return false
	}
	if n := l.And.MatchAt(toks, e); n > 0 {
		q := e + n
		return q < len(toks) && !toks[q].Number && !l.is(wsNumbers, &toks[q]) && l.Approx.MatchAt(toks, q) == 0 // not "et (plus de) 608 entreprises"
	}
	if toks[e].Text != "," {
		return false
	}
	for q := e + 1; q < len(toks) && q <= e+4; q++ {
		if l.And.MatchAt(toks, q) > 0 {
			return q > e+1
		}
		if t := &toks[q]; t.Cap || t.Punct || t.Number || l.is(wsRelPron, t) {
			return false
		}
	}
	return false
}
