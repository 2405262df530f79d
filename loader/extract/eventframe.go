package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pledgegraph/pledgegraph"
)

// eventFrames ties the events of a sentence to who took part in them and
// where they took place, by the event frames of the language: "A, B and
// C attended E", "E brought together A and B", "P hosted E", "E took
// place in P", "A and B met in P". A frame that the text puts in the
// future states nothing; one it negates states only that its actors did
// not take part ("n'ont pas pris part aux travaux").
func (d *docState) eventFrames(st *sent) {
	lang := d.x.Lang
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		fr, n := lang.frameAt(toks, i)
		if fr == nil || inMention(st, i) || fr.Initial && i > 0 {
			continue
		}
		if fr.Before == RoleActor && i == 0 {
			fr = lang.invertedFrame(toks, fr, n) // "Étaient présents A, B et C": the actors after the phrase that opens the sentence
		}
		if neg := d.negated(toks, i, i+n) || lang.negInGap(toks[i:i+n], fr.Phrase); neg || !d.futureBefore(toks, i) {
			d.frame(st, fr, i, i+n, neg) // "will not attend": a refusal, said now
		}
		if _, m := lang.frameAt(toks, i+n-1); n > 1 && m > 1 {
			i += n - 2 // "was held in the presence of": a frame starts at the last word of this one
			continue
		}
		i += n - 1
	}
	d.delegations(st)
	d.adoptions(st)
	d.frontedEvent(st)
	d.nameHeldAt(st)
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent && !m.anaphora && !d.partialName(st, m) {
			d.ev.last, d.ev.lastAt = m.id, st.s.Start
			if d.ev.first == "" {
				d.ev.first = m.id
			}
		}
	}
}

// delegations states that the states a sentence names by their
// delegation ("la délégation russe a fait savoir", "India's delegation
// voiced reservations") took part in the event the sentence names, else
// in the one the text names first.
func (d *docState) delegations(st *sent) {
	fr := &d.x.Lang.Frames
	ev := d.ev.first
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent && !m.anaphora && !d.partialName(st, m) {
			ev = m.id
			break
		}
	}
	if ev == "" {
		return
	}
	listed := map[*mention]int{} // "les délégations de la France, du Royaume-Uni et du Laos": the states after the first
	for _, m := range st.ms {
		del, lead := m.delegation, m.i
		if b, ok := listed[m]; ok {
			del, lead = true, b
		}
		if !del && m.kind == pledgegraph.KindState && m.id != "" {
			p := fr.possMark.at(st.toks, m.j) // "India's delegation", "the US delegation"
			del, _ = fr.govNoun.match(st.toks, m.j+p)
			if q := m.j + 1; !del && q+1 < len(st.toks) && st.toks[m.j].Text == "," && d.x.Lang.Whose[st.toks[q].Fold] {
				del, _ = fr.govNoun.match(st.toks, q+1+fr.article.at(st.toks, q+1)) // "Britain, whose delegation was led by", "le Royaume-Uni, dont la délégation"
			}
			if _, p := fr.prep.endingAt(st.toks, fr.articleStart(st.toks, m.i), 1); !del && p > 0 {
				if _, c := fr.came.endingAt(st.toks, p, 4); c > 0 {
					p = c // "Delegations came from Australia, New Zealand and Japan"
				}
				if dl, b := fr.govNoun.endingAt(st.toks, p, 2); dl {
					del, lead = true, b // "headed the delegation of Montenegro", "la délégation du Monténégro"
					for _, x := range d.walkOn(st, m.j, false) {
						if x.kind == pledgegraph.KindState {
							listed[x] = b
						}
					}
				}
			}
		}
		if del && m.id != "" && !d.negated(st.toks, m.i, m.j) && !d.negatedVerbAfter(st, m.j) {
			// "No Italian delegate sat", "Aucun délégué italien n'a siégé": none came;
			// "the Austrian delegates, however, never reached Washington": not here
			from := m.i
			if _, q := fr.negQ.endingAt(st.toks, m.i, 3); q >= 0 {
				from = q
			} else if _, q := fr.negQ.endingAt(st.toks, lead, 2); q >= 0 && lead < m.i {
				from = q // "No delegate came from the Soviet Union"
			}
			d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.ParticipatedIn, Object: ev, Since: d.attendDate(st, ev),
				Negated: from < m.i, Confidence: 0.6, Evidence: d.evidenceBy("evt.delegation", st.s, min(from, lead), m.j)})
			if h := d.delegationLead(st, m); h != nil && from == m.i {
				d.addFact(pledgegraph.Fact{Subject: h.id, Predicate: pledgegraph.ParticipatedIn, Object: ev, Since: d.attendDate(st, ev),
					Confidence: 0.6, Evidence: d.evidenceBy("evt.delegation", st.s, min(m.i, h.i), max(m.j, h.j))})
			}
		}
	}
}

// negatedVerbAfter reports whether a negation comes within a few words
// after token j, before a verb of its own, an infinitive's mark or the
// clause's end, or whether that verb is one of withdrawal: the verb of
// the subject ending at j is negated ("the Austrian delegates, however,
// never reached Washington"; not "Cuba's representative said Havana
// would not endorse it"), or says it left the place or the event ("La
// délégation de Taïwan a quitté Montréal à la veille de l'ouverture").
func (d *docState) negatedVerbAfter(st *sent, j int) bool {
	lang, toks := d.x.Lang, st.toks
	fr := &lang.Frames
	for q := j; q < len(toks) && q < j+8; q++ {
		if fr.neg.at(toks, q) > 0 && d.negMarked(st, q) {
			return true
		}
		if n := fr.aux.at(toks, q); n > 0 {
			q += n - 1 // "a quitté": the auxiliary, not "à"
			continue
		}
		if lemma, n := fr.verbs.match(toks, q); n > 0 {
			// "La délégation de Taïwan a quitté Montréal à la veille de
			// l'ouverture"; not "quitte alors la salle": it was there
			return lemma == "withdraw" && slices.ContainsFunc(st.ms, func(m *mention) bool {
				return m.i >= q+n && m.i <= q+n+2 && m.isKind(pledgegraph.KindPlace, pledgegraph.KindEvent)
			})
		}
		if t := toks[q].Text; t == ";" || t == ":" || t == "." || fr.parts.at(toks, q) > 0 || fr.report.at(toks, q) > 0 || lang.InfMark.MatchAt(toks, q) > 0 {
			return false
		}
	}
	return false
}

// delegationLead returns the person who leads the delegation of the
// state m, named after a cue of leading a few words on: "la délégation
// britannique était conduite par M. Stanley Baldwin", "the Irish
// delegation, led by Sean T. O'Kelly"; or before an office that names
// the delegation: "Sir Reginald Manningham-Buller, head of the British
// delegation", « M. X, chef de la délégation britannique », or an office
// said with a verb: "Mr. Dean, who led the United States delegation";
// or nil.
func (d *docState) delegationLead(st *sent, m *mention) *mention {
	for _, r := range st.roles {
		if r.body == m && len(r.holders) == 1 && r.i > m.j && r.i <= m.j+6 && d.x.Lang.LedBy.MatchAt(st.toks, r.i) > 0 {
			return r.holders[0]
		}
		if r.body == m && len(r.holders) == 1 && r.start <= m.i && m.j <= r.end && r.holders[0].j <= r.start {
			return r.holders[0] // "Sir Reginald, head of the British delegation"
		}
		if r.t == nil && r.body == m && len(r.holders) == 1 && r.holders[0].j <= r.i && r.j <= m.i {
			return r.holders[0] // "Mr. Dean, who led the United States delegation": an office said with a verb
		}
	}
	lang := d.x.Lang
	for q := m.j; q < len(st.toks) && q <= m.j+6; q++ {
		if n := lang.LedBy.MatchAt(st.toks, q); n > 0 {
			return personAt(st, q+n+lang.Frames.article.at(st.toks, q+n), lang) // "le Royaume-Uni, dont la délégation était conduite par lord Swinton"
		}
	}
	return nil
}

// frontedEvent states that the actors who open the clause after a
// fronted venue phrase naming an event took part in it: "At the same
// summit, Ursula von der Leyen unveiled …", "Au sommet de Lagos, le
// général Gowon a reçu …".
func (d *docState) frontedEvent(st *sent) {
	toks := st.toks
	n := d.x.Lang.Venue.MatchAt(toks, 0)
	if n == 0 || n >= len(toks) {
		return
	}
	var ev pledgegraph.EntityID
	e := 0
	if m := d.mentionAt(st, n); m != nil && m.kind == pledgegraph.KindEvent && !d.partialName(st, m) {
		ev, e = m.id, m.j
	} else if k, id := d.eventAnaphoraAt(st, n); k > 0 {
		ev, e = id, n+k
	} else if k, id := d.eventAnaphoraAt(st, n-1); n > 1 && k > 1 {
		ev, e = id, n-1+k // "At the same summit": the venue's article opens the reference
	}
	if ev == "" || e >= len(toks) {
		return
	}
	if e = d.frontedTail(st, e); toks[e].Text != "," {
		return
	}
	ms := d.walkOn(st, e+1, true)
	if len(ms) == 0 || ms[0].i > e+8 || d.negated(toks, ms[len(ms)-1].j, min(len(toks), ms[len(ms)-1].j+4)) {
		return
	}
	for _, m := range ms {
		if m.kind != pledgegraph.KindPerson && (d.titleAt(toks, m.j) > 0 || d.governed(st, m)) {
			continue // "European Council President Herman Van Rompuy", "the President of the European Council": the office's body
		}
		if id := d.participant(st, m); id != "" {
			d.addFact(pledgegraph.Fact{Subject: id, Predicate: pledgegraph.ParticipatedIn, Object: ev, Since: d.attendDate(st, ev), Confidence: 0.6,
				Evidence: d.evidenceBy("evt.fronted", st.s, 0, m.j)})
		}
	}
}

// frontedTail returns where a fronted event's phrase that goes on at
// toks[e] with a participle or a preposition, then dates and a venue,
// ends ("Au sommet de la Caricom tenu samedi et dimanche à
// Port-d'Espagne, …", "At the Barcelona congress in May 1929, …"): at
// the comma after them, else e.
func (d *docState) frontedTail(st *sent, e int) int {
	toks := st.toks
	if e+1 >= len(toks) || toks[e].Punct || toks[e].Cap || toks[e].Number || inMention(st, e) {
		return e
	}
	k := e + 1
	for range 3 {
		k = d.pastDateOrPlace(st, k, true)
		if a := d.x.Lang.And.MatchAt(toks, k); a > 0 && d.pastDateOrPlace(st, k+a, false) > k+a {
			k += a // "tenu samedi et dimanche"
		}
	}
	if k > e+1 && k < len(toks) && toks[k].Text == "," {
		return k
	}
	return e
}

// frameActorsAt returns where the actors after the event frame fr ending
// at toks[j] may start: past the adverbs of the lexicon after a frame
// that has no actor before it ("siégeaient encore les délégués de A",
// "Present were also the delegates of A"), past a phrase of duration
// (see pastDuration), and past a date or a venue ("a réuni du 19 au 30
// octobre A, B et C", "brought together in Moscow the ministers of A").
func (d *docState) frameActorsAt(st *sent, fr *EventFrame, j int) int {
	if fr.Before == RoleNone {
		j = d.x.Lang.pastAdverbs(st.toks, j)
	}
	for range 2 { // "a réuni à Moscou, du 19 au 30 octobre, A et B"
		j = d.pastDateOrPlace(st, j, fr.After == RoleActor)
	}
	return d.x.Lang.pastDuration(st.toks, j)
}

// frameDate returns the date of the participation an event frame fr
// ending at toks[j] tells in event ev: the date that stands between the
// frame and the actors after it ("a réuni du 19 au 30 octobre A et B",
// not the day of the report), else the attendance's (see attendDate).
func (d *docState) frameDate(st *sent, fr *EventFrame, ev pledgegraph.EntityID, j int) pledgegraph.Date {
	if fr.After == RoleActor {
		at := d.frameActorsAt(st, fr, j)
		for _, ds := range st.dates {
			if ds.I >= j && ds.J <= at && !ds.Relative {
				return ds.Date
			}
		}
	}
	return d.attendDate(st, ev)
}

// pastDateOrPlace returns where a date ("le 20 octobre", "from 19 to 30
// October") or, with place, a venue ("à Moscou", "in Geneva") at
// toks[j], a comma perhaps before it, ends; or j.
func (d *docState) pastDateOrPlace(st *sent, j int, place bool) int {
	k := j
	if k < len(st.toks) && st.toks[k].Text == "," {
		k++
	}
	end := j
	for _, ds := range st.dates {
		switch {
		case ds.I == k || ds.I == k+1 && st.toks[k].sets&(1<<wsDayPreps|1<<wsYearPreps) != 0:
			end = ds.J
		case end > j && ds.I == end+1 && d.x.Lang.RangeTo[st.toks[end].Fold]:
			end = ds.J // "from 28 April to 2 May"
		}
	}
	if end > j {
		return end
	}
	for _, m := range st.ms {
		if place && m.i > k && m.i <= k+2 && m.kind == pledgegraph.KindPlace && d.venueCued(st, m) {
			return m.j
		}
	}
	return j
}

// pastDuration returns where a phrase of duration at toks[j] ends, a
// preposition, a number perhaps approximate and a unit of time ("a réuni
// pendant près de quatre semaines les délégués de A", "brought together
// for two days the leaders of A"), or j.
func (l *Language) pastDuration(toks []Token, j int) int {
	n := l.DurationPreps.MatchAt(toks, j)
	if n == 0 {
		return j
	}
	q := j + n
	q += l.Approx.MatchAt(toks, q)
	if q+1 >= len(toks) || !toks[q].Number && !l.is(wsNumbers, &toks[q]) || !l.DurationUnits[toks[q+1].Fold] {
		return j
	}
	return q + 2
}

// frontedPlace reports whether what opens the sentence before token i
// is only a phrase of place that a preposition opens, naming nothing
// and holding no verb ("Autour de la table siégeaient les délégués de
// A", "Au premier rang siégeaient A et B"): the frame after it opens the
// clause.
func (d *docState) frontedPlace(st *sent, i int) bool {
	lang := d.x.Lang
	if i < 2 || i > 6 || lang.Frames.prep.at(st.toks, 0) == 0 && lang.Frames.prep.at(st.toks, 1) == 0 { // "Au premier rang", "Autour de la table"
		return false
	}
	for q := 0; q < i; q++ {
		if inMention(st, q) || st.toks[q].Punct || lang.Frames.verbs.at(st.toks, q) > 0 || lang.Frames.aux.at(st.toks, q) > 0 {
			return false
		}
	}
	return true
}

// futureBefore reports whether a future cue ("will", "doit") ends right
// before toks[i], or one word before it ("will also attend"), or starts
// at it ("participera").
func (d *docState) futureBefore(toks []Token, i int) bool {
	for b := max(0, i-4); b <= i && b < len(toks); b++ {
		if n := d.x.Lang.Future.MatchAt(toks, b); n > 0 && b+n >= i-1 {
			return true
		}
	}
	return false
}

// frame states the facts of one event frame at tokens [i, j); a negated
// one (neg) only that its actors did not take part.
func (d *docState) frame(st *sent, fr *EventFrame, i, j int, neg bool) {
	if fr.NegOnly && !neg || fr.Absent && fr.After != RoleEvent && j == i+1 && j < len(st.toks) && !st.toks[j].Punct {
		return // "was invited": not that it came; "est absent de la liste": of the list, but "a décliné l'invitation dès mars"
	}
	neg = neg != fr.Absent // "était absent", "n'était pas absent"
	ev, span := d.frameEvent(st, fr, i, j, neg)
	if ev == "" || neg && fr.Before != RoleActor && !(fr.Absent && fr.After == RoleActor) {
		return // not "The notable absentee was X"
	}
	lo, hi := min(i, span[0]), max(j, span[1]) // the frame and the event's words
	date := d.frameDate(st, fr, ev, j)
	var actors, venues, organizers []*mention
	for side, r := range []FrameRole{fr.Before, fr.After} {
		var ms []*mention
		switch {
		case r != RoleActor && r != RoleHost && r != RoleOrganizer && r != RolePlace:
			continue
		case side == 0 && !fr.Initial && i > 0:
			ms = d.frameSubjects(st, i, j)
		case side == 0:
			// "Meeting in Tallinn …, we, the ministers of A, B", "Hôte de la
			// rencontre, le président X": the subject after the phrase's
			// clause
			ms = d.walkOn(st, chunkEnd(st, i, j), true)
		default:
			// "brought together 40 countries, including A and B"; after an
			// inverted phrase of presence, items between semicolons
			// ("Around the table sat A, as host; B, …")
			ms = d.walkItems(st, d.pastStandin(st, d.pastHead(st, d.frameActorsAt(st, fr, j))), false, fr.Before == RoleNone)
		}
		for _, m := range ms {
			switch {
			case r == RoleActor, r == RoleHost && m.actor() && !m.venueOrg(d):
				actors = append(actors, m) // a state or a leader that hosts a summit takes part in it
			case m.kind == pledgegraph.KindPlace && !m.region() || r == RolePlace && m.venueOrg(d) && d.venueAt(st, m, j):
				venues = append(venues, m)
			case r == RoleOrganizer && m.actor():
				organizers = append(organizers, m)
			}
		}
	}
	actors = d.countedAttendees(st, fr, i, j, max(j, span[1]), actors)
	d.attendCount(st, fr, ev, i, date, neg)
	if fr.Before == RoleActor || fr.Before == RoleHost {
		actors = append(actors, d.coActorsAfter(st, j, fr.Before == RoleHost)...) // "co-hosted it with A and B"
		actors = append(actors, d.echoActorsAfter(st, j, neg)...)
		actors = append(actors, d.agentsAfter(st, max(j, span[1]))...)
	}
	for _, m := range st.ms {
		// "Meeting in Tallinn, we …": the participle's place is the venue
		if fr.Initial && m.kind == pledgegraph.KindPlace && st.chunk[m.i] == st.chunk[i] && d.venueCued(st, m) {
			venues = append(venues, m)
		}
	}
	if neg {
		venues, organizers = nil, nil
	}
	for _, m := range actors {
		if in := d.membersOf(st, m); in != "" && !neg {
			d.ev.groups = append(d.ev.groups, groupAttend{in, ev, date, d.evidenceBy(fr.ID+".group", st.s, min(m.i, lo), max(m.j, hi))})
		}
		if id := d.participant(st, m); id != "" {
			d.addFact(pledgegraph.Fact{Subject: id, Predicate: pledgegraph.ParticipatedIn, Object: ev, Negated: neg != d.excepted(st, m), Since: date, Confidence: 0.7,
				Evidence: d.evidenceBy(fr.ID, st.s, min(m.i, lo), max(m.j, hi))})
		}
	}
	for _, v := range venues {
		d.addFact(pledgegraph.Fact{Subject: ev, Predicate: pledgegraph.HeldAt, Object: v.id, Confidence: 0.7,
			Evidence: d.evidenceBy(fr.ID, st.s, min(v.i, lo), max(v.j, hi))})
	}
	if !namedAt(st, span[0]) && !(span[1] <= i && d.ev.first == ev && d.ev.last == ev && d.takesUpEvent(st, ev, span)) {
		// "a organisé la réunion": which of the events named, not sure
		// enough; "The conference was organised by", "The meeting was
		// organised by": the text's one event
		organizers = nil
	}
	for _, m := range organizers {
		d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.Launched, Object: ev, Since: date, Confidence: 0.7,
			Evidence: d.evidenceBy(fr.ID, st.s, min(m.i, lo), max(m.j, hi))})
	}
}

// takesUpEvent reports whether the words span of st, before a frame,
// stand for the event ev: its head ("the conference") or a phrase that
// refers to the event under discussion ("the meeting", « la réunion »).
func (d *docState) takesUpEvent(st *sent, ev pledgegraph.EntityID, span [2]int) bool {
	if d.headedBy(d.ents[ev], st.toks[span[1]-1].Fold) {
		return true
	}
	for q := max(span[0]-1, 0); q <= span[0]; q++ {
		if n, _ := d.eventAnaphoraAt(st, q); n > 0 && q+n == span[1] {
			return true // the article may open the phrase
		}
	}
	return false
}

// whoseBetween reports whether a relative pronoun of possession stands
// in tokens [lo, hi) of st: the verb after it has another subject (« le
// congrès a fondé une association, dont le bureau réunit MM. Gide, … »).
func (d *docState) whoseBetween(st *sent, lo, hi int) bool {
	return slices.ContainsFunc(st.toks[lo:hi], func(t Token) bool { return d.x.Lang.Whose[t.Fold] })
}

// frameSubjects returns the actors a frame at toks[i:j] has before it:
// the list that ends where its subject does, past the dash that opens
// an aside the frame stands in between commas ("au nom de A et de B —
// le maréchal X, absent, y a donné son accord": X); or, when the
// frame's verb follows "and" right after a place after a preposition,
// the subject of the verb before it ("Mme Sun Yat-sen est retenue en
// Chine et n'a pu faire le voyage": not China).
func (d *docState) frameSubjects(st *sent, i, j int) []*mention {
	v := d.verbStart(st, i)
	ms := d.walkBack(st, d.subjectEnd(st, v))
	if apposed(st.toks, i, j) {
		ms = slices.DeleteFunc(ms, func(m *mention) bool { return dashBetween(st.toks, m.j, i) })
	}
	if n := len(ms); n > 0 && d.thoseBefore(st, ms[0].i) {
		return nil // "Those who want a Lebanon under the protection of France stayed away": nobody the relative clause names
	}
	if n := len(ms); n > 0 && v > 0 && d.x.Lang.And.hasWord(st.toks[v-1].Fold) && ms[n-1].j == v-1 && d.afterPrep(st, ms[n-1]) {
		return d.subjectBefore(st, ms[n-1].i)
	}
	return ms
}

// apposed reports whether the phrase toks[i:j] stands between commas:
// an aside on the name before it ("le maréchal X, absent, a donné").
func apposed(toks []Token, i, j int) bool {
	return i > 0 && toks[i-1].Text == "," && j < len(toks) && toks[j].Text == ","
}

// dashBetween reports whether a dash stands among toks[i:j].
func dashBetween(toks []Token, i, j int) bool {
	return slices.ContainsFunc(toks[i:j], func(t Token) bool { return isDash(t.Text) })
}

// thoseBefore reports whether "those who", « ceux qui » stands before
// toks[at] with no punctuation between: the subject is a pronoun
// that names nobody, and what its relative clause names is no subject.
func (d *docState) thoseBefore(st *sent, at int) bool {
	lang := d.x.Lang
	for q := at - 1; q >= 0 && !st.toks[q].Punct; q-- { // not "Among those who spoke, France refused"
		if n := lang.Frames.those.at(st.toks, q); n > 0 && q+n < at && lang.is(wsRelPron, &st.toks[q+n]) {
			return true
		}
	}
	return false
}

// subjectBefore returns the subject of the verb group that ends before
// toks[at], in the same clause: "Mme Sun Yat-sen" of "est retenue" in
// "Mme Sun Yat-sen, présidente d'honneur, est retenue en Chine"; or none.
func (d *docState) subjectBefore(st *sent, at int) []*mention {
	fr := &d.x.Lang.Frames
	for q := at - 1; q > 0 && !st.toks[q].Punct; q-- {
		if fr.verbWord(st.toks, q) {
			return d.walkBack(st, d.subjectEnd(st, d.verbStart(st, q)))
		}
	}
	return nil
}

// afterPrep reports whether a preposition other than the genitive's
// stands right before m, past its article: "retenue en Chine", "à
// Genève"; not "la délégation de la France".
func (d *docState) afterPrep(st *sent, m *mention) bool {
	b := d.x.Lang.Frames.articleStart(st.toks, m.i)
	return d.venueCued(st, m) || b > 0 && d.x.Lang.Frames.prep.at(st.toks, b-1) == 1 && !d.x.Lang.OfPrep[st.toks[b-1].Fold]
}

// excepted reports whether a cue of exception stands right before m:
// "le bloc de l'Est, à l'exception de la Roumanie, n'a pas envoyé de
// délégation" says Romania did.
func (d *docState) excepted(st *sent, m *mention) bool {
	fr := &d.x.Lang.Frames
	return fr.except.endingAt2(st.toks, fr.articleStart(st.toks, m.i)) >= 0
}

// countedAttendees returns the actors of a frame whose actors stand
// before it (actors: those found there), from the list after a colon:
// right after the frame, the list names those of its subject ("all
// eight members of the Commonwealth were represented: Mr. Ernest Bevin
// for the United Kingdom, …"), and stands for it; past the event that
// ends at toks[at], when the subject is a count of actors and names
// none of them ("Seven nations took part in the contest: A, B").
func (d *docState) countedAttendees(st *sent, fr *EventFrame, i, j, at int, actors []*mention) []*mention {
	if fr.Before != RoleActor {
		return actors
	}
	if j < len(st.toks) && st.toks[j].Text == ":" {
		if l := d.listAfterCopula(st, j); !l.empty() {
			return l.items
		}
	}
	if len(actors) > 0 || !d.countOpensSubject(st, 0, d.verbStart(st, i)) {
		return actors
	}
	return append(actors, d.listAfterCopula(st, at).items...)
}

// countedActorsAt reports whether the frame at toks[i:j] has a count of
// actors for subject or a list of them after a colon: "Thirteen Powers
// are represented", "were represented: A, B and C".
func (d *docState) countedActorsAt(st *sent, i, j int) bool {
	return j < len(st.toks) && st.toks[j].Text == ":" || d.countOpensSubject(st, 0, d.verbStart(st, i))
}

// chunkEnd returns where the chunk of the phrase at toks[i] ends, from
// token j on.
func chunkEnd(st *sent, i, j int) int {
	for j < len(st.toks) && st.chunk[j] == st.chunk[i] {
		j++
	}
	return j
}

// attendCount records, unless the frame is negated, the count of
// states, companies or organisations that opens the subject of a frame
// of attendance at toks[i] as the count of the event's participants:
// "Thirty-four nations sent delegates to the conference", "Treize
// puissances y sont représentées".
func (d *docState) attendCount(st *sent, fr *EventFrame, ev pledgegraph.EntityID, i int, date pledgegraph.Date, neg bool) {
	if neg || fr.Before != RoleActor || fr.Initial {
		return
	}
	v := d.verbStart(st, i)
	if !d.countOpensSubject(st, 0, v) {
		return
	}
	for p := 0; p < v; p++ {
		c, next := d.countAt(st, p)
		if c == nil {
			p = next
			continue
		}
		if date.Day == 0 {
			date = cmp.Or(st.date, d.doc.Published)
		}
		if c.what != pledgegraph.CountSupporters && c.value > 2 && c.p <= v {
			d.putCount(pledgegraph.Count{Initiative: ev, What: c.what, Value: c.value, Approx: c.approx, Date: date, Evidence: d.evidence(st.s, c.i, c.p+1)[0]})
		}
		return
	}
}

// namedAt reports whether an event mention that names it starts at
// token i: a capitalised name, or a head in lower case with its place
// or complement ("le sommet de Bandoeng", "the summit in Colombo"), not
// a bare head ("la réunion").
func namedAt(st *sent, i int) bool {
	return slices.ContainsFunc(st.ms, func(m *mention) bool {
		return m.kind == pledgegraph.KindEvent && m.i == i && (st.toks[m.i].Cap || !m.anaphora && strings.Count(m.name, " ") >= 2)
	})
}

// placeLike reports whether m names a place or may ("Moscou": a place
// and a state's metonym).
func (m *mention) placeLike() bool {
	return m.isKind(pledgegraph.KindPlace) || slices.ContainsFunc(m.cands, func(e *Entry) bool { return e.Kind == pledgegraph.KindPlace })
}

// region reports whether m names a region of the world ("Asia-Pacific"),
// which is no venue.
func (m *mention) region() bool { return m.entry != nil && m.entry.Region }

// venueOrg reports whether m is an organisation that can be a venue
// ("UNESCO"), not a group of states.
func (m *mention) venueOrg(d *docState) bool {
	return m.kind == pledgegraph.KindOrganization && m.entry != nil && !d.x.Ref.IsGroup(m.entry.Key)
}

// venueAt reports whether a body that may host an event stands where a
// frame whose phrase ends at toks[j] puts its venue: right after the
// phrase, or after a preposition of venue ("at UNESCO"), not inside
// another phrase (« à l'appel du Comité exécutif de l'Internationale
// communiste »).
func (d *docState) venueAt(st *sent, m *mention, j int) bool {
	return m.i == j || d.x.Lang.Venue.endsAt(st.toks, m.i, 3)
}

// participant returns the entity that m names as a participant: an
// actor, or the state of a city-state typed as a place ("Singapore"), or
// "".
func (d *docState) participant(st *sent, m *mention) pledgegraph.EntityID {
	if m.metonym && d.x.Lang.Venue.endsAt(st.toks, m.i, 2) {
		return "" // "met in Tallinn": a place
	}
	if m.actor() {
		return m.id
	}
	if m.kind != pledgegraph.KindPlace || m.used {
		return ""
	}
	for _, c := range m.cands {
		if c.Kind == pledgegraph.KindState && !c.Metonym {
			return d.ensure(c)
		}
	}
	return ""
}

// pastStandin returns where the actors start after a noun that stands
// for them and a preposition at toks[p] ("brought together ministers
// from A, B and C", "a réuni des ministres de A et de B"), or p.
func (d *docState) pastStandin(st *sent, p int) int {
	fr := &d.x.Lang.Frames
	q := p
	if q >= len(st.toks) {
		return p
	}
	if _, day := d.x.Lang.Weekdays[st.toks[q].Fold]; day {
		q++ // "a réuni mardi des ministres de"
	}
	q += fr.article.at(st.toks, q)
	if q >= len(st.toks) || inMention(st, q) {
		return p
	}
	if c := d.countColon(st, q); c > 0 {
		return c // "a réuni onze pays : A, B et C"
	}
	for e := q + 1; e < len(st.toks) && e <= q+3; e++ {
		if _, s := fr.standin.endingAt(st.toks, e, 3); s == q || s == q+1 && !st.toks[q].Cap { // "des ministres"
			if n := fr.prep.at(st.toks, e); n > 0 && d.startsName(st, e+n) {
				return e + n
			} else if c := d.countColon(st, e+n); n > 0 && c > 0 {
				return c // "les délégués de onze pays : A, B et C"
			}
		}
	}
	return p
}

// countColon returns where the list after a count of actors and a
// colon starts ("onze pays : la Chine, …", "eleven countries: China,
// …"), or 0.
func (d *docState) countColon(st *sent, q int) int {
	lang, toks := d.x.Lang, st.toks
	q += lang.Approx.MatchAt(toks, q)
	if q+2 >= len(toks) || !toks[q].Number && !lang.is(wsNumbers, &toks[q]) {
		return 0
	}
	if lang.CountNouns[toks[q+1].Fold] == "" || toks[q+2].Text != ":" || !d.startsName(st, q+3) {
		return 0
	}
	return q + 3
}

// pronounBefore reports whether a subject pronoun ends right before
// toks[v] and opens the sentence or its clause ("It brought together",
// "Il a réuni").
func (d *docState) pronounBefore(st *sent, v int) bool {
	p := v - 1
	return p >= 0 && d.x.Lang.Pronouns.MatchAt(st.toks, p) == 1 && (p == 0 || st.toks[p-1].Punct)
}

// relEventBefore returns the event a relative clause whose verb starts
// at toks[i] is about: "the summit, which Washington co-hosted with",
// "le sommet, que Paris accueille", or nil.
func (d *docState) relEventBefore(st *sent, i int) *mention {
	toks := st.toks
	for r := i - 1; r >= 0 && r >= i-6; r-- {
		if toks[r].Punct && toks[r].Text != "," {
			return nil
		}
		if !d.x.Lang.RelPron[toks[r].Fold] && !d.x.Lang.ObjRel[toks[r].Fold] {
			continue
		}
		end := r
		if end > 0 && toks[end-1].Text == "," {
			end--
		}
		for _, m := range st.ms {
			if m.j == end && m.kind == pledgegraph.KindEvent && !m.anaphora {
				return m
			}
		}
		return nil
	}
	return nil
}

// frameEvent returns the event of a frame at tokens [i, j) and the
// tokens that name it: the event
// named (or referred to: "the gathering") on the frame's event side; for
// a frame without one ("met", "en présence de"), the event the sentence
// names, or for one opening a sentence ("Meeting virtually, we …") the
// first event the text names (a statement's title names its meeting).
func (d *docState) frameEvent(st *sent, fr *EventFrame, i, j int, neg bool) (pledgegraph.EntityID, [2]int) {
	var ev *mention
	vs := d.verbStart(st, i)
	aside := vs
	if fr.Before == RoleActor {
		aside = d.subjectApposition(st, vs) // "Cuba, que les règles tiennent à l'écart depuis le premier sommet de Miami, n'était pas invité": not to that one
	}
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindEvent || m.anaphora || m.i < j && m.j > i || d.partialName(st, m) || m.i >= aside && m.j <= vs {
			continue
		}
		switch {
		case fr.Before == RoleEvent && fr.After == RoleOrganizer && (m.j == i || m.j == i-1 && st.toks[m.j].Text == ","):
			ev = m // "le Sommet de l'avenir convoqué par": the participle's noun
		case fr.Before == RoleEvent:
			// the clause's first, not one in an apposition ("le Sommet,
			// l'un des temps forts du Forum, a été coprésidé par")
			if m.j <= i && ev == nil && !clauseBreak(st, m.j, i, d.x.Lang, false) && !d.whoseBetween(st, m.j, i) {
				ev = m
			}
		case fr.After == RoleEvent:
			if m.i >= j && ev == nil && !clauseBreak(st, j, m.i, d.x.Lang, true) && !d.nonEventObject(st, j, m.i) {
				ev = m
			}
		case ev == nil:
			ev = m
		}
	}
	if ev == nil && fr.Before == RoleEvent && i == 0 {
		// "Coprésidé par X et Y, le sommet a rassemblé …": the participle
		// opens the sentence, the event is the subject after its clause
		if id, span := d.eventAfterComma(st, j); id != "" {
			return id, span
		}
	}
	if ev != nil && fr.Before == RoleEvent && d.eventHeadBefore(st, ev) {
		return "", [2]int{i, j} // "le 5e Sommet de l'Appel, l'un des temps forts du Forum, a été"
	}
	if ev != nil {
		return ev.id, [2]int{ev.i, ev.j}
	}
	none := [2]int{i, j}
	lo, hi := 0, i
	switch {
	case fr.Before == RoleEvent && d.ev.last != "" && d.pronounBefore(st, vs):
		return d.ev.last, none // "It brought together ministers from A and B": the event last named
	case fr.After == RoleEvent:
		if id, span := d.eventUnnamedAfter(st, i, j); id != "" && !fr.Named {
			return id, span
		}
		lo, hi = j, len(st.toks)
	case fr.Before != RoleEvent:
		if fr.Initial {
			return d.ev.first, none // a statement of the meeting its title names
		}
		if id := d.eventAtPlace(st, fr, j); id != "" {
			return id, none // "n'était pas représentée à Messine": at the conference held there
		}
		if (fr.Before == RoleActor && fr.After == RoleNone && (fr.Absent || fr.Main || fr.NegOnly) && !d.heldAtPlaceAfter(st, j) || fr.Before == RoleNone && d.frontedPlace(st, i)) && d.ev.first != "" {
			return d.ev.first, none // "Italy and Spain failed to turn up", "ont fait faux bond", "was not invited", "Autour de la table siégeaient A et B": the event the story is about
		}
		if fr.Before == RoleActor && fr.After == RoleNone && (d.heldAtPlaceAfter(st, j) || neg || d.countedActorsAt(st, i, j) || j == len(st.toks) || st.toks[j].Punct && st.toks[j].Text != "(") {
			return d.ev.last, none // "Narendra Modi avait fait le déplacement à Biarritz": at the summit held there; "Trump n'a pas fait le déplacement", "Thirteen Powers are represented: A, B", "Modi made the trip.": the one under discussion
		}
		if fr.Before == RoleNone && (i == 0 || d.x.Lang.Frames.locClitic.endingAt2(st.toks, i) >= 0 || st.toks[j-1].Text == ":") || fr.Before == RoleActor && fr.After == RoleActor {
			return d.ev.last, none // "Speakers included A and B", « Y siégeaient A et B », "ten Governments sat round the table: A, B", "Australia was represented by its minister": at the event under discussion
		}
		return d.sessionSubject(st, fr, i, none)
	}
	for q := lo; q < hi; q++ {
		if n, id := d.eventAnaphoraAt(st, q); n > 0 {
			if fr.After == RoleEvent && (clauseBreak(st, j, q, d.x.Lang, true) || d.nonEventObject(st, j, q)) {
				return "", none
			}
			return id, [2]int{q, q + n}
		}
	}
	return "", none
}

// sessionSubject returns, for a frame at toks[i] with no role before
// it, the event a description opening its clause refers to, and where
// ("The opening session was held in the presence of the King": the
// event it opens); else "" and none.
func (d *docState) sessionSubject(st *sent, fr *EventFrame, i int, none [2]int) (pledgegraph.EntityID, [2]int) {
	if n, id := d.eventAnaphoraAt(st, 0); fr.Before == RoleNone && n > 0 && id != "" && !clauseBreak(st, n, i, d.x.Lang, false) {
		return id, [2]int{0, n}
	}
	return "", none
}

// eventUnnamedAfter returns, for a frame at toks[i:j] whose event would
// follow it but is not named there, the event it stands for and where:
// the one last named, taken up by a pronoun ("la Chine y était
// représentée", « M. Veronese l'a ouverte », "Macron attended it"),
// held at the place after it ("turned down invitations to Manila"), or
// under discussion when the clause ends on the verb ("M. Diagne
// presided.", "La France a participé.", not "les accueille"); or the
// one a relative clause hangs on ("the summit, which Macron
// attended,"). It returns "" when none is.
func (d *docState) eventUnnamedAfter(st *sent, i, j int) (pledgegraph.EntityID, [2]int) {
	fr, last, none := &d.x.Lang.Frames, d.ev.last, [2]int{i, j}
	switch {
	case last != "" && fr.locClitic.endingAt2(st.toks, i) >= 0:
		return last, none
	case last != "" && d.objectClitic(st, i):
		return last, none // « M. Veronese l'a ouverte lundi »
	case last != "" && j < len(st.toks) && d.x.Lang.Pronouns.MatchAt(st.toks, j) == 1:
		return last, [2]int{j, j + 1}
	}
	if m := d.relEventBefore(st, i); m != nil {
		return m.id, [2]int{m.i, m.j}
	}
	if last != "" && d.heldAtPlaceAfter(st, j) {
		return last, none
	}
	if _, c := fr.clitic.endingAt(st.toks, i, 2); c < 0 && last != "" && d.clauseEndsAt(st, j) {
		return last, none
	}
	return "", none
}

// objectClitic reports whether a pronoun object of one thing stands
// right before the verb group at toks[i] (« l'a ouverte », « la
// préside ») while one of the sentences just before names the event
// last named: that event; not one of several (« les accueille »), nor
// of place (« y », which locClitic reads), nor an event named further
// back (« Un conseil a été nommé. Il se réunit chaque mois. M. Dupont
// le préside »).
func (d *docState) objectClitic(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	before, c := fr.clitic.endingAt(st.toks, i, 2)
	return c >= 0 && before && d.recentEvent() && fr.pluralClitic.at(st.toks, c) == 0 && fr.locClitic.at(st.toks, c) == 0
}

// recentEvent reports whether one of the sentences just before the one
// read names the event last named.
func (d *docState) recentEvent() bool {
	return d.ev.last != "" && d.ev.lastAt >= d.recentFrom
}

// thereAtEvent reports whether a pronoun of place (« y ») stands at
// toks[i], or in the clitics right before it, while one of the sentences
// just before names an event: it stands for the event, there.
func (d *docState) thereAtEvent(st *sent, i int) bool {
	if !d.recentEvent() {
		return false
	}
	fr := &d.x.Lang.Frames
	_, c := fr.clitic.endingAt(st.toks, i, 2)
	return fr.locClitic.at(st.toks, i) > 0 || c >= 0 && fr.locClitic.at(st.toks, c) > 0
}

// clauseEndsAt reports whether the clause ends at toks[j], past adverbs
// of the verb group: the sentence ends, or a punctuation mark other than
// an opening bracket stands there ("presided;", "took part, …").
func (d *docState) clauseEndsAt(st *sent, j int) bool {
	for n := d.x.Lang.Frames.adverb.at(st.toks, j); n > 0 && j < len(st.toks); n = d.x.Lang.Frames.adverb.at(st.toks, j) {
		j += n
	}
	return j >= len(st.toks) || st.toks[j].Punct && st.toks[j].Text != "("
}

// heldAtPlaceAfter reports whether the capitalised name at toks[j] is
// the place where the event under discussion was held: a fact says so,
// or a name of the event holds the place's ("le Sommet du G7 de
// Biarritz").
func (d *docState) heldAtPlaceAfter(st *sent, j int) bool {
	ev := d.ents[d.ev.last]
	e := capSpan(st.toks, j, func(int) bool { return false }, d.x.Lang, 3)
	if ev == nil || e == j {
		return false
	}
	return d.heldAt(ev, d.fold(tokText(d.text, st.toks, j, e)))
}

// eventAtPlace returns, for a frame fr with its actors before it and
// nothing after, the event of the text held at the place a venue
// preposition opens at toks[j], or that follows the frame's own
// preposition ("n'était pas représentée à Messine": the Messina
// conference; "did not travel to Hyderabad"), the first the text names;
// or "".
func (d *docState) eventAtPlace(st *sent, fr *EventFrame, j int) pledgegraph.EntityID {
	if fr.Before != RoleActor || fr.After != RoleNone {
		return ""
	}
	p := j + d.x.Lang.Venue.MatchAt(st.toks, j)
	if p == j && (j == 0 || d.x.Lang.Frames.prep.at(st.toks, j-1) != 1) {
		return "" // but "did not travel to Hyderabad": the frame ends on its preposition
	}
	e := capSpan(st.toks, p, func(int) bool { return false }, d.x.Lang, 3)
	if e == p {
		return ""
	}
	place := d.fold(tokText(d.text, st.toks, p, e))
	seen := map[pledgegraph.EntityID]bool{}
	for _, m := range d.ments {
		if ev := d.ents[m.Entity]; ev != nil && ev.Kind == pledgegraph.KindEvent && !seen[ev.ID] {
			if seen[ev.ID] = true; d.heldAt(ev, place) {
				return ev.ID
			}
		}
	}
	return ""
}

// heldAt reports whether the event ev was held at the place whose
// folded name is place: its name, as the text wrote it, holds the place
// ("le Sommet du G7 de Biarritz"), or a fact says so.
func (d *docState) heldAt(ev *pledgegraph.Entity, place string) bool {
	names := []string{ev.Name}
	for _, m := range d.ments {
		if m.Entity == ev.ID {
			// as the text wrote it, with the words after it: "le Sommet du
			// G7 de Biarritz"
			names = append(names, d.text[m.Start:min(len(d.text), m.End+len(place)+4)])
		}
	}
	for _, n := range names {
		if strings.Contains(" "+d.fold(n)+" ", " "+place+" ") {
			return true
		}
	}
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.HeldAt && f.Subject == ev.ID {
			if pl := d.ents[f.Object]; pl != nil && d.fold(pl.Name) == place {
				return true
			}
		}
	}
	return false
}

// eventAfterComma returns the event named, or referred to, right after
// the first comma after token j ("…, le sommet a rassemblé"), and its
// span; or "".
func (d *docState) eventAfterComma(st *sent, j int) (pledgegraph.EntityID, [2]int) {
	for q := j; q+1 < len(st.toks); q++ {
		if st.toks[q].Text != "," {
			continue
		}
		p := q + 1 + d.x.Lang.Frames.article.at(st.toks, q+1)
		for _, m := range st.ms {
			if m.kind == pledgegraph.KindEvent && !m.anaphora && m.i == p {
				return m.id, [2]int{m.i, m.j}
			}
		}
		if n, id := d.eventAnaphoraAt(st, q+1); n > 0 && id != "" {
			return id, [2]int{q + 1, q + 1 + n}
		}
		if !slices.ContainsFunc(st.ms, func(m *mention) bool { return m.i == q+1 && m.kind == pledgegraph.KindPerson }) {
			return "", [2]int{}
		}
		// "Présidée par le ministre, William Hague, la conférence": the
		// holder's name stands between two commas
	}
	return "", [2]int{}
}

// eventAnaphoraAt returns the length of a phrase referring to the event
// under discussion at toks[i] ("the gathering", "ce troisième
// rassemblement": an ordinal or a hyphenated compound may follow the
// determiner, "the two-day meeting"), or 0, and the
// event it refers to: the one last named, or, for the phrases of what
// goes on at an event ("the talks", "les débats"), the one the text
// names first.
func (d *docState) eventAnaphoraAt(st *sent, i int) (int, pledgegraph.EntityID) {
	lang := d.x.Lang
	if inMention(st, i) {
		for _, m := range st.ms {
			if m.i == i && m.anaphora && m.kind == pledgegraph.KindEvent && m.id != "" {
				return m.j - m.i, m.id // "The conference was organised by": read as the event's mention
			}
		}
		return 0, ""
	}
	if n := lang.EventAnaph.MatchAt(st.toks, i); n > 0 {
		if lang.EventFirst[st.toks[i+n-1].Fold] && d.ev.first != "" {
			return n, d.ev.first
		}
		return n, d.ev.last
	}
	if i+1 < len(st.toks) && lang.Ordinals[st.toks[i+1].Fold] > 0 {
		for _, p := range lang.EventAnaph.first(&st.toks[i]) {
			if len(p) == 2 && i+2 < len(st.toks) && st.toks[i+2].Fold == p[1] {
				return 3, d.ev.last
			}
		}
	}
	if i+3 < len(st.toks) && !st.toks[i+1].Cap && hyphenated(d.text, st.toks, i+2) {
		// "the two-day meeting", "the high-level conference"
		for _, p := range lang.EventAnaph.first(&st.toks[i]) {
			if len(p) == 2 && st.toks[i+3].Fold == p[1] {
				return 4, d.ev.last
			}
		}
	}
	return 0, ""
}

// nonEventObject reports whether the frame that ends at toks[j] takes as
// its object a noun in lower case that names no event and owns none
// after it, before the event at toks[e]: « qui présidait le comité
// préparatoire et fut l'artisan de cette rencontre »; not « a ouvert
// les travaux de la conférence ».
func (d *docState) nonEventObject(st *sent, j, e int) bool {
	lang, toks := d.x.Lang, st.toks
	a := lang.Frames.article.at(toks, j)
	q := j + a
	if a == 0 || q >= e || toks[q].Cap || toks[q].Punct || toks[q].Number || lang.is(wsEventHeads, &toks[q]) || inMention(st, q) {
		return false
	}
	for q++; q < e && !toks[q].Cap && !toks[q].Punct && lang.adjective(toks[q].Fold); q++ {
	}
	return q < e && !lang.is(wsNamePreps, &toks[q])
}

// clauseBreak reports whether a clause ends between tokens a and b: a
// semicolon, a conjunction that starts a clause or, with rel, a relative
// pronoun.
func clauseBreak(st *sent, a, b int, lang *Language, rel bool) bool {
	for q := a; q < b && q < len(st.toks); q++ {
		t := st.toks[q]
		if t.Text == ";" || lang.Clause[t.Fold] || rel && lang.is(wsRelPron, &t) && !inMention(st, q) {
			return true
		}
	}
	return false
}

// verbStart returns where the verb group whose verb starts at toks[i]
// starts: before the negation, the auxiliaries and the adverbs the verb
// group takes in ("n'ont pas [pris part]", "did not [attend]").
func (d *docState) verbStart(st *sent, i int) int {
	g := verbGroup{i: i, j: i, agent: -1}
	g.extendLeft(st.toks, d.x.Lang)
	if g.i > 1 && d.x.Lang.NegList[st.toks[g.i-1].Fold] {
		g.i-- // "n'a été ni invité ni associé": the verb group goes on before "ni"
		g.extendLeft(st.toks, d.x.Lang)
	}
	return g.i
}

// subjectEnd returns where the subject of a verb at toks[i] ends: before
// a plural or relative pronoun that stands for the actors named before
// it ("…, Vanuatu and Vietnam—and they attended", "A and B, which
// attended"), or at i.
func (d *docState) subjectEnd(st *sent, i int) int {
	lang := d.x.Lang
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		t := st.toks[b]
		if lang.GroupPron[t.Fold] || lang.is(wsRelPron, &t) || lang.Frames.locClitic.at(st.toks, b) > 0 {
			return b // "la Chine y était représentée": the subject ends before the pronoun of place
		}
		if !lang.glue(t) && lang.Adverbs.MatchAt(st.toks, b) == 0 {
			break
		}
	}
	if r := d.relativeBefore(st, i); r < i {
		return r
	}
	return d.subjectApposition(st, i) // "Eswatini, the last state to recognise Taiwan, was not invited": not Taiwan
}

// relativeBefore returns where a relative clause set off by commas
// before the verb at toks[i] opens, so that the subject is named before
// it ("Vietnam, which has refused to join, also attended", "le Vietnam,
// qui a refusé d'y adhérer, a aussi participé"); or i.
func (d *docState) relativeBefore(st *sent, i int) int {
	b := i - 1
	for b > 0 && (d.x.Lang.Adverbs.MatchAt(st.toks, b) > 0 || d.x.Lang.Frames.aux.at(st.toks, b) > 0) {
		b-- // "a aussi participé"
	}
	if b <= 0 || st.toks[b].Text != "," {
		return i
	}
	for r := b - 1; r >= 0 && r >= b-20; r-- {
		switch {
		case d.relOpens(st, r) || st.toks[r].Text == "," && d.x.Lang.relClause(st.toks, r+1):
			return r
		case st.toks[r].Punct && !abbrevDot(st.toks, r, d.x.Lang):
			return i
		}
	}
	return i
}

// abbrevDot reports whether toks[q] is the period of an abbreviation,
// which ends no clause: "MM." in « conduite par MM. Kardelj et
// Rankovitch ».
func abbrevDot(toks []Token, q int, lang *Language) bool {
	return q > 0 && toks[q].Text == "." && lang.Abbrev[toks[q-1].Fold]
}

// agentsAfter returns the actors after an agent's preposition that
// follows a frame's words ending at token j: "China was represented at
// the summit by Vice Premier Zhang Guoqing" names who took part for it.
func (d *docState) agentsAfter(st *sent, j int) []*mention {
	for q := j; q < len(st.toks) && q < j+3 && !st.toks[q].Punct; q++ {
		if n := d.x.Lang.Frames.agent.at(st.toks, q); n > 0 {
			return d.walkOn(st, q+n, false)
		}
	}
	return nil
}

// coActorsAfter returns the actors after a co-actor cue that follows a
// frame ending at token j ("attended the gathering together with A, B
// and C"); after a verb of hosting (host), "with" is one too ("co-hosted
// it with A and B").
func (d *docState) coActorsAfter(st *sent, j int, host bool) []*mention {
	for q := j; q < len(st.toks) && !clauseBreak(st, q, q+1, d.x.Lang, true); q++ {
		n := d.x.Lang.CoActors.MatchAt(st.toks, q)
		if n == 0 && host {
			n = d.x.Lang.CoHosts.MatchAt(st.toks, q)
		}
		if n > 0 {
			return d.walkOn(st, q+n, false)
		}
		if m := d.gluedCoActor(st, q); m != nil {
			return append([]*mention{m}, d.walkOn(st, m.j, false)...)
		}
	}
	return nil
}

// echoActorsAfter returns the actors that a cue of echo introduces a
// few words after an event frame ending at toks[j], one that repeats its
// polarity (neg) before them: "n'a pas fait le voyage, pas plus que M.
// Fidel Castro", "did not make the trip, and neither did Fidel Castro",
// "made the trip, as did the Chilean minister".
func (d *docState) echoActorsAfter(st *sent, j int, neg bool) []*mention {
	fr := &d.x.Lang.Frames
	for q := j; q < len(st.toks) && q < j+12; q++ {
		if t := st.toks[q].Text; t == "." || t == ";" || t == ":" {
			break
		}
		if e, n := fr.echo.matchGap(st.toks, q, &fr.adverb); n > 0 && !e.after && (e.same || e.neg == neg) {
			return d.actorsAfter(st, q+n).items
		}
	}
	return nil
}

// gluedCoActor reads a co-actor cue whose last word is glued to the
// name after it, as copies of web pages have them ("together
// withAlbania, Australia"): it returns the name's mention, or nil.
func (d *docState) gluedCoActor(st *sent, q int) *mention {
	toks := st.toks
	for _, p := range d.x.Lang.CoActors.first(&toks[q]) {
		g := q + len(p) - 1
		if g >= len(toks) || !matchPhrase(toks, q, p[:len(p)-1]) || inMention(st, g) {
			continue
		}
		last := p[len(p)-1]
		name, ok := strings.CutPrefix(toks[g].Text, last)
		if !ok || name == "" || !unicode.IsUpper(firstRune(name)) {
			continue
		}
		t := Token{Text: name, Fold: foldWord(name), Cap: true, Start: toks[g].Start + len(last), End: toks[g].End}
		cands, n := d.x.Ref.MatchAt(append([]Token{t}, toks[g+1:]...), 0)
		if n == 0 || cands[0].Metonym {
			continue
		}
		m := &mention{i: g, j: g + n, entry: cands[0], kind: cands[0].Kind, cands: cands}
		m.id = d.entity(st.s, m, 0, DateSpan{})
		return m
	}
	return nil
}

// walkBack returns the mentions of the list that ends before token at:
// items separated by commas and conjunctions, each a name (with its
// article or title) or a common noun phrase between separators
// ("the United States, officials from 30 countries, the EU and NATO").
// Mentions consumed by a role or a part are skipped.
func (d *docState) walkBack(st *sent, at int) []*mention {
	var out []*mention
	end := at
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.j > end || m.used {
			continue
		}
		if !d.itemGap(st, m.j, end, false, len(out) == 0) {
			break
		}
		out = append(out, m)
		end = m.i
	}
	slices.Reverse(out)
	return out
}

// walkOn returns the mentions of the list that starts at token p (see
// walkBack). With loose, the list may start anywhere after p in the
// sentence.
func (d *docState) walkOn(st *sent, p int, loose bool) []*mention {
	return d.walkItems(st, p, loose, false)
}

// walkItems is walkOn; with semis, the list's items may be separated by
// semicolons, as after a colon ("Around the table sat Sir John, as host;
// Mr. Nehru, Prime Minister of India; …").
func (d *docState) walkItems(st *sent, p int, loose, semis bool) []*mention {
	var out []*mention
	// a colon, or a copula that ends the cue ("Among those present were
	// A, of Atlanta University; B, the composer"), opens a list whose
	// items semicolons may separate
	colon := semis || p > 0 && st.toks[p-1].Text == ":" || p < len(st.toks) && st.toks[p].Text == ":"
	if _, c := d.x.Lang.Frames.copula.endingAt(st.toks, p, 2); c >= 0 {
		colon = true
	}
	for _, m := range st.ms {
		if m.i < p || m.used {
			continue
		}
		first := len(out) == 0
		if first && loose && d.participant(st, m) == "" {
			continue
		}
		if !(first && loose) && !d.itemGap(st, p, m.i, first, false) && !(colon && d.semicolonItem(st, p, m.i)) {
			break
		}
		out = append(out, m)
		p = m.j
	}
	return out
}

// semicolonItem reports whether tokens [a, b) end an item of a list a
// colon opened and start the next after a semicolon, with no verb
// before it: "Autour de la table : M. Briand, ministre des Affaires
// étrangères, pour la France ; M. Chamberlain …", "Around the table: Mr.
// Briand, the Foreign Minister, for France; Mr. Chamberlain".
func (d *docState) semicolonItem(st *sent, a, b int) bool {
	fr := &d.x.Lang.Frames
	for q := a; q < b; q++ {
		if st.toks[q].Text == ";" {
			return d.itemGap(st, q+1, b, true, false)
		}
		if fr.verbWord(st.toks, q) || st.toks[q].Text == ":" {
			return false
		}
	}
	return false
}

// itemGap reports whether tokens [a, b) may stand between two items of a
// list: glue, titles and consumed mentions; or a noun phrase set off by
// separators (a common one, or a name the rules do not know). open says the gap may begin with the noun phrase
// (it follows the verb), openEnd that it may end with it (it precedes
// the verb).
func (d *docState) itemGap(st *sent, a, b int, open, openEnd bool) bool {
	lang := d.x.Lang
	plain, np, sepStart, sepEnd := true, 0, open, openEnd
	// the words of the next item's name before its mention: "the
	// Republic of [Moldova]"
	pre := b
	for pre > a && !lang.separator(st.toks[pre-1]) && (st.toks[pre-1].Cap && !st.toks[pre-1].Punct || lang.glue(st.toks[pre-1]) || lang.NamePreps[st.toks[pre-1].Fold]) {
		pre--
	}
	for q := a; q < b; q++ {
		t := st.toks[q]
		if q >= pre {
			continue
		}
		if lang.separator(t) || open && q == a && t.Text == ":" { // "Attendees were: A, B"
			if q == a || np == 0 {
				sepStart = true
			}
			sepEnd = true
			continue
		}
		if lang.glue(t) || st.cue[q] || inUsed(st, q) || lang.Adverbs.MatchAt(st.toks, q) > 0 {
			continue
		}
		plain = false
		if t.Punct || lang.is(wsRelPron, &t) || lang.Clause[t.Fold] || lang.GroupPron[t.Fold] || np >= 8 {
			return false
		}
		if !sepStart {
			return false
		}
		np++
		sepEnd = openEnd
	}
	return plain || sepStart && sepEnd
}

// separator reports whether t separates the items of a list: a comma,
// a dash or a coordinating word ("et", "or").
func (l *Language) separator(t Token) bool {
	switch t.Text {
	case ",", "—", "–":
		return true
	}
	return l.And.hasWord(t.Fold)
}

// venueBefore reports whether a venue's preposition ends right before
// toks[i] ("signed the Protocol in Strasbourg", "à Vilnius").
func (l *Language) venueBefore(toks []Token, i int) bool {
	return l.Venue.endsAt(toks, i, 2)
}

// venueCued reports whether a venue preposition ("à", "at the") ends
// right before v, or an adjective of VenueAdj ("in the new Mulungushi
// Hall"), or on the capitalised article that opens v's name ("à La
// Haye", where "à la" is a venue preposition too); or whether v is a
// venue head's after a place preposition and an article, an adjective
// perhaps ("dans la salle du Manège", « dans la vieille salle des
// Chevaliers »).
func (d *docState) venueCued(st *sent, v *mention) bool {
	lang, toks := d.x.Lang, st.toks
	a := v.i // where the cue ends: before an adjective ("in the new Mulungushi Hall", « dans la vieille salle des Chevaliers »)
	if a > 0 && lang.VenueAdj[toks[a-1].Fold] && !toks[a-1].Cap {
		a--
	}
	if a >= 2 && v.i < len(toks) && lang.VenueHeads[toks[v.i].Fold] && lang.placeArticle(toks, a-2) {
		return true
	}
	named := v.i < len(toks) && toks[v.i].Cap && lang.is(wsDefinite, &toks[v.i])
	for b := max(0, a-3); b < v.i; b++ {
		if n := lang.Venue.MatchAt(toks, b); n > 0 && (b+n == a || named && b+n == v.i+1) {
			return true
		}
	}
	return false
}

// metonymVenues adds, in a sentence that names an event, the place
// that a capital the reference data knows as its state's metonym names
// after a venue preposition: "C'est à Washington … que les membres ont
// tenu la réunion", "hosted the meeting in Washington".
func (d *docState) metonymVenues(st *sent) {
	if !slices.ContainsFunc(st.ms, func(m *mention) bool { return m.kind == pledgegraph.KindEvent }) {
		return
	}
	var add []*mention
	for q := 1; q < len(st.toks); q++ {
		if inMention(st, q) || !st.toks[q].Cap {
			continue
		}
		cands, n := d.x.Ref.MatchAt(st.toks, q)
		if n == 0 || !slices.ContainsFunc(cands, func(e *Entry) bool { return e.Metonym }) {
			continue
		}
		m := &mention{i: q, j: q + n, kind: pledgegraph.KindPlace, name: tokText(d.text, st.toks, q, q+n)}
		if d.venueCued(st, m) {
			m.id = d.entity(st.s, m, 0, DateSpan{})
			add = append(add, m)
		}
		q += n - 1
	}
	st.ms = append(st.ms, add...)
	sortMentions(st.ms)
}

// venues finds where events take place: "à l'UNESCO", "à la Grande Halle
// de la Villette", paired with the nearest event of the sentence.
func (d *docState) venues(st *sent) {
	d.metonymVenues(st)
	type venue struct {
		v, ev *mention
		dist  int
	}
	nearest := map[*mention]venue{} // of each event, the venue nearest to it
	for _, v := range st.ms {
		if v.anaphora || !(v.kind == pledgegraph.KindPlace || v.venueOrg(d)) || !d.venueCued(st, v) || v.region() {
			continue // not a region of the world: "a forum in Asia-Pacific" is held in no one place
		}
		var ev *mention
		best := 1 << 30
		for _, m := range st.ms {
			if m.kind != pledgegraph.KindEvent {
				continue
			}
			dist := m.i - v.j
			if dist < 0 {
				dist = v.i - m.j
			}
			if dist < best {
				ev, best = m, dist
			}
		}
		// "manifestations à Téhéran, est arrivé à Ekaterinbourg pour
		// assister au sommet": the place nearest to the event is its venue
		if n, ok := nearest[ev]; ev != nil && (!ok || best < n.dist) {
			nearest[ev] = venue{v, ev, best}
		}
	}
	for _, m := range st.ms {
		if n, ok := nearest[m]; ok {
			n.v.used = true
			d.addFact(pledgegraph.Fact{Subject: n.ev.id, Predicate: pledgegraph.HeldAt, Object: n.v.id, Since: pledgegraph.Date{}, Confidence: 0.7,
				Evidence: d.evidenceBy("evt.venue", st.s, min(n.ev.i, n.v.i), max(n.ev.j, n.v.j))})
		}
	}
	d.nameVenues(st)
}

// nameVenues adds the venue an event's name gives: a city the reference
// data knows, right after the name and the genitive preposition ("le
// sommet du G20 de Buenos Aires", "the G20 summit of Nairobi"), but not
// one that names an initiative ("le sommet de l'Appel de Paris").
func (d *docState) nameVenues(st *sent) {
	toks, lang := st.toks, d.x.Lang
	for _, ev := range st.ms {
		if ev.kind != pledgegraph.KindEvent || ev.anaphora || ev.id == "" {
			continue
		}
		q := ev.j + 1
		if q >= len(toks) || !lang.OfPrep[toks[ev.j].Fold] || !toks[q].Cap {
			continue
		}
		if v := d.cityAt(st, q); v != nil && !d.namesInitiative(toks, v) {
			d.addFact(pledgegraph.Fact{Subject: ev.id, Predicate: pledgegraph.HeldAt, Object: v.id, Confidence: 0.7,
				Evidence: d.evidenceBy("evt.namevenue", st.s, ev.i, v.j)})
		}
	}
}

// nameHeldAt adds the venue an event's name holds (see venueInName) to
// an event the text has given no venue yet.
func (d *docState) nameHeldAt(st *sent) {
	for _, ev := range st.ms {
		if ev.kind != pledgegraph.KindEvent || ev.anaphora || ev.id == "" || d.hasVenue(ev.id) {
			continue
		}
		if v := d.venueInName(st, ev); v != nil {
			d.addFact(pledgegraph.Fact{Subject: ev.id, Predicate: pledgegraph.HeldAt, Object: v.id, Confidence: 0.7,
				Evidence: d.evidenceBy("evt.namevenue", st.s, ev.i, ev.j)})
		}
	}
}

// hasVenue reports whether a fact gives the event ev a venue.
func (d *docState) hasVenue(ev pledgegraph.EntityID) bool {
	return slices.ContainsFunc(d.forder, func(id pledgegraph.FactID) bool {
		f := d.facts[id]
		return f.Subject == ev && f.Predicate == pledgegraph.HeldAt
	})
}

// venueInName returns the city an event's name holds, after the
// genitive preposition ("la conférence de Messine", "the Conference of
// Algiers") or before the head ("the Messina Conference", "the Lima
// summit"), that the text names on its own before: the place it was
// held; or nil. A city that names an
// initiative names no venue ("le sommet de l'Appel de Christchurch").
func (d *docState) venueInName(st *sent, ev *mention) *mention {
	toks, lang := st.toks, d.x.Lang
	for q := ev.i; q < ev.j; q++ {
		if !toks[q].Cap || toks[q].Punct {
			continue
		}
		v := d.knownCityAt(st, q)
		if v == nil || v.j > ev.j || d.namesInitiative(toks, v) {
			continue
		}
		if q > ev.i && lang.OfPrep[toks[q-1].Fold] || v.j < ev.j && lang.is(wsEventHeads, &toks[v.j]) {
			return v
		}
	}
	return nil
}

// knownCityAt returns the place at toks[q] (see cityNamed) when the
// sentence names it or the text has named it before, without a mention
// of its own; or nil.
func (d *docState) knownCityAt(st *sent, q int) *mention {
	m, e, n := d.cityNamed(st, q)
	if m != nil || e == nil || d.ents[e.ID()] == nil {
		return m
	}
	return &mention{i: q, j: q + n, id: e.ID(), entry: e, kind: pledgegraph.KindPlace} // inside a name: no mention of its own
}

// cityAt returns the place at toks[q] (see cityNamed) as a mention with
// its entity; or nil.
func (d *docState) cityAt(st *sent, q int) *mention {
	m, e, n := d.cityNamed(st, q)
	if m != nil || e == nil {
		return m
	}
	m = &mention{i: q, j: q + n, cands: []*Entry{e}, entry: e, kind: pledgegraph.KindPlace}
	m.id = d.entity(st.s, m, 0, DateSpan{})
	return m
}

// cityNamed returns the place the sentence names at toks[q], not a
// region; else the place of up to four words the reference data knows
// there, not a region nor a state, and its length in tokens ("Rio de
// Janeiro" in "la Conférence de Rio de Janeiro").
func (d *docState) cityNamed(st *sent, q int) (*mention, *Entry, int) {
	for _, m := range st.ms {
		if m.i == q && m.kind == pledgegraph.KindPlace && m.id != "" && !m.region() {
			return m, nil, 0
		}
	}
	for n := min(4, len(st.toks)-q); n > 0; n-- {
		if e := d.x.Ref.Lookup(tokText(d.text, st.toks, q, q+n)); e != nil && e.Kind == pledgegraph.KindPlace && !e.Region {
			return nil, e, n
		}
	}
	return nil, nil, 0
}

// namesInitiative reports whether the place v names an initiative: an
// initiative's head stands right after it ("Christchurch Call") or
// before it with the genitive preposition ("Appel de Christchurch").
func (d *docState) namesInitiative(toks []Token, v *mention) bool {
	lang := d.x.Lang
	if v.j < len(toks) && lang.is(wsInitHeads, &toks[v.j]) {
		return true
	}
	return v.i >= 2 && lang.OfPrep[toks[v.i-1].Fold] && lang.is(wsInitHeads, &toks[v.i-2])
}

// participation: people named in a sentence about an event they attended
// ("à l'occasion du Forum", "lors du", "en présence de"), and the
// initiatives launched during it.
func (d *docState) participation(st *sent, launched []*mention) {
	d.frontedCue(st)
	firstCue := d.particCue(st)
	if firstCue < 0 {
		return
	}
	var events []*mention
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent && m.i >= firstCue && !d.refusedEvent(st, m.i) {
			events = append(events, m)
		}
	}
	launched = append(launched, d.presentedBefore(st, firstCue)...)
	for _, ev := range events {
		date := d.attendDate(st, ev.id)
		if d.comingAt(st, ev) {
			continue // "will sign it at the Summit in October": nobody has attended yet
		}
		for _, m := range st.ms {
			// not "X a fait savoir que … présenté lors du Forum"
			if m.kind == pledgegraph.KindPerson && !d.subordBetween(st, m.j, firstCue) {
				d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.ParticipatedIn, Object: ev.id, Since: date, Confidence: 0.7,
					Evidence: d.evidenceBy("evt.partic", st.s, min(m.i, ev.i), max(m.j, ev.j))})
			}
		}
		for _, in := range launched {
			since := st.date
			if ld, ok := d.launchDate(in.id); ok {
				since = ld // "set up in 2011 at its inaugural conference; Latvia joined in 2012"
			}
			d.addFact(pledgegraph.Fact{Subject: in.id, Predicate: pledgegraph.PresentedAt, Object: ev.id, Since: since, Confidence: 0.7,
				Evidence: d.evidenceBy("evt.presented", st.s, min(in.i, ev.i), max(in.j, ev.j))})
		}
	}
}

// particCue returns the token after the first cue of participation in
// an event of the sentence st ("lors du", "at the"), or -1: none, or a
// negated one ("did not attend the conference", « n'avait pas été
// conviée à la conférence »: the event frames say it).
func (d *docState) particCue(st *sent) int {
	for i := range st.toks {
		if n := d.x.Lang.Partic.MatchAt(st.toks, i); n > 0 {
			if d.negated(st.toks, i, i+n) || d.clauseNegated(st.toks, i) {
				return -1
			}
			return i + n
		}
	}
	return -1
}

// clauseNegated reports whether the clause that toks[i] ends opens on
// a negation: a word that starts one since the last punctuation.
func (d *docState) clauseNegated(toks []Token, i int) bool {
	for b := i - 1; b >= 0 && !toks[b].Punct; b-- {
		if d.x.Lang.NegStart[toks[b].Fold] {
			return true
		}
	}
	return false
}

// refusedEvent reports whether a noun of refusal stands in the five
// words before the event named at toks[i] ("a diplomatic boycott of the
// Beijing Games", "le boycott des Jeux"): nobody the sentence names
// attended it.
func (d *docState) refusedEvent(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	for q := max(0, i-5); q < i; q++ {
		if lemma, n := fr.nouns.match(st.toks, q); n > 0 {
			if f := fr.frameOf(lemma); f != nil && f.Negative {
				return true
			}
		}
	}
	return false
}

// adoptedAt states that the initiatives the sentence st says were
// adopted (the facts of the adopt frame stated from the fact numbered
// from on) at an event it names after a cue of participation were
// presented there: "les chefs d'État réunis pour le Sommet des Amériques
// ont adopté la Déclaration de Québec", "adopted the declaration at the
// summit"; not at an event named by a bare head ("leur sommet"), which
// may be any.
func (d *docState) adoptedAt(st *sent, from int) {
	cue := d.particCue(st)
	if cue < 0 {
		return
	}
	var ev *mention
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent && m.i >= cue {
			ev = m
			break
		}
	}
	if ev == nil || !st.toks[ev.i].Cap && ev.j-ev.i == 1 || d.comingAt(st, ev) {
		return
	}
	for _, id := range d.forder[from:] { // the facts it adds come after: not read again
		f := d.facts[id]
		if f.Predicate != pledgegraph.Supports || f.Negated || !slices.ContainsFunc(f.Evidence, func(e pledgegraph.Evidence) bool { return e.Rule == adoptRule }) {
			continue
		}
		for _, in := range st.ms {
			if in.id == f.Object {
				d.addFact(pledgegraph.Fact{Subject: in.id, Predicate: pledgegraph.PresentedAt, Object: ev.id, Since: f.Since, Confidence: 0.7,
					Evidence: d.evidenceBy("evt.adopted", st.s, min(in.i, ev.i), max(in.j, ev.j))})
				break
			}
		}
	}
}

// adoptedBy states that the initiative obj, named at objAt, was adopted
// at the event that is the subject of the verb of adoption g in clause
// c, when no actor is (actors is empty), with no actor between them
// ("the World Health Assembly adopted the Code", « la conférence, réunie
// à Genève, a adopté la convention »); a bare head ("the conference
// adopted") names the event it was read as.
func (d *docState) adoptedBy(st *sent, c clause, g verbGroup, actors actorList, obj pledgegraph.EntityID, objAt int) {
	if !actors.empty() || obj == "" || g.frame.Lemma != "adopt" || g.passive || g.neg || objAt < 0 {
		return
	}
	var ev *mention
	for _, m := range st.ms {
		switch {
		case m.i < c.i || m.j > g.i:
		case m.kind == pledgegraph.KindEvent:
			ev = m
		case isActor(m) && !(ev != nil && d.ownedBy(st.toks, ev.j, m.i)):
			ev = nil // not "the summit, where France adopted": but "la Conférence générale de l'UNESCO a adopté"
		}
	}
	if ev == nil {
		return
	}
	d.addFact(pledgegraph.Fact{Subject: obj, Predicate: pledgegraph.PresentedAt, Object: ev.id, Since: d.attendDate(st, ev.id), Confidence: 0.7,
		Evidence: d.evidenceBy("evt.adoptedby", st.s, ev.i, objEnd(st, objAt))})
}

// adoptRule is the rule of the frame of adopting a text.
const adoptRule = "sup.adopt"

// adoptions states that an initiative whose adoption a sentence about
// one event tells was presented at that event: "The summit ended with
// the adoption of the Marrakech Declaration", "le sommet s'est achevé
// par l'adoption de la Déclaration de Marrakech".
func (d *docState) adoptions(st *sent) {
	var ev *mention
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindEvent {
			if ev != nil && ev.id != m.id {
				return // two events: which one is not sure
			}
			ev = m
		}
	}
	for q := range st.toks {
		n := d.x.Lang.Adoption.MatchAt(st.toks, q)
		if n == 0 {
			continue
		}
		if ev == nil {
			if ev = d.anaphoricEvent(st); ev == nil {
				return // sought only in a sentence that tells an adoption
			}
		}
		p := q + n + d.x.Lang.Frames.article.at(st.toks, q+n)
		for p < len(st.toks) && (isQuote(st.toks[p].Text) || st.toks[p].Text == "'" || st.toks[p].Text == "’") {
			p++ // "with the unveiling of the "Accra Call"", "le lancement de l'« Appel »"
		}
		for _, in := range st.ms {
			if in.i == p && in.initiative() {
				d.addFact(pledgegraph.Fact{Subject: in.id, Predicate: pledgegraph.PresentedAt, Object: ev.id, Since: d.attendDate(st, ev.id), Confidence: 0.7,
					Evidence: d.evidenceBy("evt.adoption", st.s, min(in.i, ev.i), max(in.j, ev.j))})
			}
		}
	}
}

// anaphoricEvent returns the first phrase of the sentence st that
// refers to the event under discussion ("the talks ended with",
// « la réunion s'est achevée sur »), as a mention of it, or nil.
func (d *docState) anaphoricEvent(st *sent) *mention {
	for q := range st.toks {
		if n, id := d.eventAnaphoraAt(st, q); n > 0 && id != "" {
			return &mention{i: q, j: q + n, kind: pledgegraph.KindEvent, id: id}
		}
	}
	return nil
}

// presentedBefore returns the initiatives that a participle of
// presentation follows before the cue of an event at toks[cue]: "The
// accord was announced at the Munich Security Conference", "la
// déclaration, adoptée à l'ouverture du sommet"; further on, a
// possessive's launch ("which A and B have backed since their launch
// at the Forum").
func (d *docState) presentedBefore(st *sent, cue int) []*mention {
	var out []*mention
	for _, m := range st.ms {
		if !m.initiative() || m.j >= cue {
			continue
		}
		for q := m.j; q < cue && q < m.j+16; q++ {
			if slices.ContainsFunc(st.ms, func(o *mention) bool { return o.i == q && (o.initiative() || o.anaphora) }) {
				break
			}
			near := m.j + 6
			if m.j < len(st.toks) && st.toks[m.j].Text == "," {
				near = m.j + 9 // "the Joint Statement, a US-led text first released in March during"
			}
			if n := d.x.Lang.Presented.MatchAt(st.toks, q); n > 0 && (q < near || d.x.Lang.Frames.possDet.at(st.toks, q) > 0) {
				out = append(out, m) // "…, which A and B have backed since their launch at"
				break
			}
		}
	}
	return out
}

// describedEvents states that an initiative described by the event it
// comes from ("la déclaration finale du Sommet pour l'action sur l'IA")
// was presented at that event.
func (d *docState) describedEvents(st *sent) {
	for _, in := range st.ms {
		if !in.described {
			continue
		}
		for _, ev := range st.ms {
			if ev.kind == pledgegraph.KindEvent && ev.i > in.j && ev.i <= in.j+3 {
				d.addFact(pledgegraph.Fact{Subject: in.id, Predicate: pledgegraph.PresentedAt, Object: ev.id, Since: d.attendDate(st, ev.id), Confidence: 0.7,
					Evidence: d.evidenceBy("evt.described", st.s, in.i, ev.j)})
				break
			}
		}
	}
}

// comingAt reports whether the event ev is said to come after the
// publication: a date after the publication's day (or month, or year)
// within the three words after the event's name.
func (d *docState) comingAt(st *sent, ev *mention) bool {
	if d.doc.Published.IsZero() {
		return false
	}
	for _, ds := range st.dates {
		if ds.I >= ev.j && ds.I <= ev.j+3 && ds.Date.First().After(d.doc.Published.Last()) {
			return true
		}
	}
	return false
}

// frontedCue finds the actors of a sentence that opens with the event
// they act at: "On the sidelines of the Munich Security Conference,
// Siemens hosted a round table", "Lors du Forum, la France a signé".
func (d *docState) frontedCue(st *sent) {
	toks := st.toks
	for i := range toks {
		n := d.x.Lang.Partic.MatchAt(toks, i)
		if n == 0 {
			continue
		}
		for _, m := range st.ms {
			if m.j <= i {
				return // the cue follows a name, its subject: not fronted
			}
		}
		for _, ev := range st.ms {
			if ev.kind != pledgegraph.KindEvent || ev.i < i+n || ev.i > i+n+2 || ev.j >= len(toks) || toks[ev.j].Text != "," || d.partialName(st, ev) {
				continue
			}
			date := d.attendDate(st, ev.id)
			for _, m := range d.walkOn(st, ev.j+1, false) {
				if id := d.participant(st, m); id != "" {
					d.addFact(pledgegraph.Fact{Subject: id, Predicate: pledgegraph.ParticipatedIn, Object: ev.id, Since: date, Confidence: 0.7,
						Evidence: d.evidenceBy("evt.fronted", st.s, i, m.j)})
				}
			}
			break
		}
		return
	}
}

// subordBetween reports whether a subordinating word ("que", "that")
// stands between tokens a and b.
func (d *docState) subordBetween(st *sent, a, b int) bool {
	for q := a; q < b && q < len(st.toks); q++ {
		if d.x.Lang.Subord[st.toks[q].Fold] {
			return true
		}
	}
	return false
}

// partialName reports whether an event's name may begin before its
// mention: a capitalised word or a word with digits stands right before
// it ("Prague 5G Security Conference" found as "Security Conference").
func (d *docState) partialName(st *sent, m *mention) bool {
	if m.i < 2 {
		return false
	}
	t := st.toks[m.i-1]
	if t.Punct || d.x.Lang.Stop[t.Fold] {
		return false
	}
	return t.Cap || strings.ContainsAny(t.Text, "0123456789")
}

// eventHeadBefore reports whether the head word of an event's name stands
// before ev in its clause outside any mention: the clause's subject is an
// event the text names in words the rules do not know, and ev is in its
// apposition.
func (d *docState) eventHeadBefore(st *sent, ev *mention) bool {
	for q := ev.i - 1; q >= 0 && !clauseBreak(st, q, q+1, d.x.Lang, false); q-- {
		if d.x.Lang.EventHeads[st.toks[q].Fold] && !inMention(st, q) {
			return true
		}
	}
	return false
}

// EventFrame is a phrase that ties an event to the entities named on
// each side of it: "A attended E" (actor>event), "E brought together A"
// (event>actor), "P hosted E" (host>event), "E took place in P"
// (event>place), "A met" (actor>-: the event is the one the sentence or
// the text names). Initial frames hold only at the start of a sentence,
// their actors after them ("Meeting virtually …, we, the ministers of A
// and B").
type EventFrame struct {
	ID            string // the rule's name in the evidence of its facts ("evt.attend")
	Before, After FrameRole
	Initial       bool
	Absent        bool // the phrase says its actors stayed away ("est absent"): it states they did not take part
	NegOnly       bool // only the phrase negated states anything ("n'était pas invité"; invited is not present)
	Main          bool // its event unnamed is the one the story is about, not the last named ("are all here")
	Named         bool // its event is named or described after it, never a pronoun's nor the one under discussion ("joined the talks", not "joined it")
	Phrase        Phrase
}

// representation reports whether a frame of representation, one whose
// both sides are actors ("was represented by", « était représenté
// par »), stands in toks.
func (l *Language) representation(toks []Token) bool {
	for i := range toks {
		if !l.reprFirst[toks[i].Fold] {
			continue // most words open no such frame: the table is not read for them
		}
		if fr, _ := l.frameAt(toks, i); fr != nil && fr.Before == RoleActor && fr.After == RoleActor {
			return true
		}
	}
	return false
}

// FrameRole is what the entities on one side of an event frame are to
// the event.
type FrameRole string

// The roles of an event frame's sides. A place that hosts an event is
// its venue; an actor that hosts it takes part in it; an actor that
// organises or convenes it launched it.
const (
	RoleNone      FrameRole = "-"
	RoleActor     FrameRole = "actor"
	RoleEvent     FrameRole = "event"
	RoleHost      FrameRole = "host"
	RoleOrganizer FrameRole = "organizer"
	RolePlace     FrameRole = "place"
)

// parseFrame reads an event frame's value: its ID and its roles,
// "evt.attend actor>event", "evt.front ^actor>-", "evt.absent !actor>-"
// (an absence), "evt.invite ~actor>-" (only negated), "evt.here =actor>-"
// (at the event the story is about), "evt.attend @actor>event" (an event
// named or described after the phrase, not a pronoun's).
func parseFrame(val string, p Phrase) (EventFrame, error) {
	fr := EventFrame{Phrase: p}
	f := strings.Fields(val)
	if len(f) != 2 {
		return fr, fmt.Errorf("event frame %q: want an ID and before>after", val)
	}
	fr.ID = f[0]
	v, initial := strings.CutPrefix(f[1], "^")
	fr.Initial = initial
	v, fr.Absent = strings.CutPrefix(v, "!")
	v, fr.NegOnly = strings.CutPrefix(v, "~")
	v, fr.Main = strings.CutPrefix(v, "=")
	v, fr.Named = strings.CutPrefix(v, "@")
	before, after, ok := strings.Cut(v, ">")
	if !ok {
		return fr, fmt.Errorf("event frame %q: want before>after", val)
	}
	fr.Before, fr.After = FrameRole(before), FrameRole(after)
	for _, r := range []FrameRole{fr.Before, fr.After} {
		switch r {
		case RoleNone, RoleActor, RoleEvent, RoleHost, RoleOrganizer, RolePlace:
		default:
			return fr, fmt.Errorf("event frame %q: unknown role %q", val, r)
		}
	}
	return fr, nil
}

// indexFrames sorts the event frames longest first and indexes them by
// their first word, after the compound past of each frame's phrase has
// taken its other tenses (see perfectForms).
func (l *Language) indexFrames() {
	l.perfectForms()
	sort.SliceStable(l.EventFrames, func(i, j int) bool { return len(l.EventFrames[i].Phrase) > len(l.EventFrames[j].Phrase) })
	l.frames = map[string][]*EventFrame{}
	l.reprFirst = map[string]bool{}
	for k := range l.EventFrames {
		fr := &l.EventFrames[k]
		l.frames[fr.Phrase[0]] = append(l.frames[fr.Phrase[0]], fr)
		if fr.Before == RoleActor && fr.After == RoleActor {
			l.reprFirst[fr.Phrase[0]] = true
		}
	}
}

// frameAt returns the longest event frame that starts at toks[i] and its
// length in tokens, or nil.
func (l *Language) frameAt(toks []Token, i int) (*EventFrame, int) {
	if i >= len(toks) || !toks[i].mayStart(eventFrameBit) {
		return nil, 0
	}
	for _, fr := range l.frames[toks[i].Fold] {
		if matchPhrase(toks, i, fr.Phrase) {
			return l.longerDated(toks, i, fr)
		}
	}
	for _, fr := range l.frames[toks[i].Fold] {
		if n := matchPhraseGap(toks, i, fr.Phrase, l.FrameGap); n > 0 {
			return fr, n // "a aussi réuni", "was also attended by", « ne s'est pas rendu à »
		}
	}
	for _, fr := range l.frames[toks[i].Fold] {
		if n := matchPhraseGap(toks, i, fr.Phrase, l.EventAnaph); n > 0 {
			return fr, n // "among those attending the forum were": the event named inside
		}
	}
	for _, fr := range l.frames[toks[i].Fold] {
		if n := matchDateGap(toks, i, fr.Phrase); n > 0 {
			return fr, n // "ouvert mercredi par", "was opened on Wednesday by"
		}
	}
	return nil, 0
}

// longerDated returns the frame that a date splits and that is longer
// than fr, the frame at toks[i] matched as written, or fr: « organisé
// mercredi par », not « organisé » alone.
func (l *Language) longerDated(toks []Token, i int, fr *EventFrame) (*EventFrame, int) {
	for _, o := range l.frames[toks[i].Fold] {
		if len(o.Phrase) <= len(fr.Phrase) {
			break // longest first
		}
		if n := matchDateGap(toks, i, o.Phrase); n > 0 {
			return o, n
		}
	}
	return fr, len(fr.Phrase)
}

// negInGap reports whether the words toks, an event frame's phrase p
// matched with words between its own, hold a negation that p does not,
// in a language where one word negates: "has not attended", "had never
// attended" (« ne s'est pas rendu à » is negated before the phrase).
func (l *Language) negInGap(toks []Token, p Phrase) bool {
	if !l.NegSingle || len(toks) == len(p) {
		return false
	}
	n := 0
	for _, t := range toks {
		if l.NegStart[t.Fold] {
			n++
		}
	}
	for _, w := range p {
		if l.NegStart[w] {
			n--
		}
	}
	return n > 0
}

// invertedFrame returns, for the frame fr of n tokens at the start of
// toks, whose actors stand before it, the frame of the same phrase whose
// actors follow it, if the table has one ("étaient présents" read as
// "Étaient présents A et B"); else fr.
func (l *Language) invertedFrame(toks []Token, fr *EventFrame, n int) *EventFrame {
	for _, o := range l.frames[toks[0].Fold] {
		if o.Before == RoleNone && o.After == RoleActor && len(o.Phrase) == n && matchPhrase(toks, 0, o.Phrase) {
			return o
		}
	}
	return fr
}

// addWord adds w to the set m, making it when nil.
func addWord(m map[string]bool, w string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[w] = true
	return m
}

// attendDate returns when the actors of a sentence took part in event
// ev: the day the sentence gives, else the event's own date, else the
// month the sentence gives; a year alone ("this year") dates nothing.
func (d *docState) attendDate(st *sent, ev pledgegraph.EntityID) pledgegraph.Date {
	if st.date.Day > 0 {
		return st.date
	}
	if e := d.ents[ev]; e != nil && !e.Start.IsZero() {
		return e.Start
	}
	if st.date.Month > 0 {
		return st.date
	}
	return pledgegraph.Date{}
}

// eventState is what a document's event frames remember across
// sentences.
type eventState struct {
	last   pledgegraph.EntityID // the event last named, for "the gathering"
	lastAt int                  // where the sentence that names it starts
	first  pledgegraph.EntityID // the event the text names first
	groups []groupAttend        // the initiatives whose members took part in an event
}

// groupAttend says that the members of an initiative took part in an
// event: "les 50 membres de la CRI ont tenu la troisième réunion".
type groupAttend struct {
	init, event pledgegraph.EntityID
	date        pledgegraph.Date
	evidence    []pledgegraph.Evidence
}

// membersOf returns the initiative whose members m stands for ("les
// membres de la CRI", "CRI members", "the Initiative's members"), or "".
func (d *docState) membersOf(st *sent, m *mention) pledgegraph.EntityID {
	lang := d.x.Lang
	if m.kind != pledgegraph.KindInitiative {
		return ""
	}
	b := m.i
	for b > 0 && lang.glue(st.toks[b-1]) && !lang.separator(st.toks[b-1]) {
		b-- // "membres de la CRI"
	}
	for k := max(0, b-4); k < m.i; k++ {
		if n := lang.Member.MatchAt(st.toks, k); n > 0 && k+n >= b && k+n <= m.i {
			return m.id
		}
	}
	e := m.j
	if lang.Frames.possMark.at(st.toks, e) > 0 {
		e++ // "the Initiative's members"
	}
	for e < len(st.toks) && (st.toks[e].Number || lang.Adverbs.MatchAt(st.toks, e) > 0) {
		e++
	}
	if lang.MemberAfter.MatchAt(st.toks, e) > 0 {
		return m.id
	}
	return ""
}

// groupAttendance states, at the end of the text, that each supporter
// of an initiative whose members took part in an event took part in it
// (inferred: no sentence names them there).
func (d *docState) groupAttendance() {
	for _, g := range d.ev.groups {
		for _, id := range slices.Clone(d.forder) {
			f := d.facts[id]
			if f.Predicate != pledgegraph.Supports || f.Negated || f.Object != g.init {
				continue
			}
			d.addFact(pledgegraph.Fact{Subject: f.Subject, Predicate: pledgegraph.ParticipatedIn, Object: g.event, Since: g.date,
				Inferred: true, DerivedFrom: []pledgegraph.FactID{f.ID}, Confidence: 0.6, Evidence: g.evidence})
		}
	}
}

// meetingMembers states that each state, government, company or body
// that took part in a meeting of an initiative ("the fourth meeting of
// the Counter Ransomware Initiative", "la troisième réunion de la CRI")
// supports it: such meetings gather the initiative's members. People
// are left out, who may attend as guests or speakers.
func (d *docState) meetingMembers() {
	if len(d.editions) == 0 {
		return
	}
	owner := map[pledgegraph.EntityID]pledgegraph.EntityID{}
	for key, eds := range d.editions {
		if e := d.ents[key]; e == nil || e.Kind != pledgegraph.KindInitiative {
			continue
		}
		for _, ed := range eds {
			owner[ed.id] = key
		}
	}
	if len(owner) == 0 {
		return
	}
	for _, id := range slices.Clone(d.forder) {
		f := d.facts[id]
		init := owner[f.Object]
		if f.Predicate != pledgegraph.ParticipatedIn || f.Negated || init == "" || !memberKind(d.ents[f.Subject]) {
			continue
		}
		if d.facts[pledgegraph.NewFactID(f.Subject, pledgegraph.Supports, init, true)] != nil {
			continue // a stated refusal is not overturned by attending
		}
		ev := slices.Clone(f.Evidence)
		for k := range ev {
			ev[k].Rule = "meeting.member"
		}
		d.addFact(pledgegraph.Fact{Subject: f.Subject, Predicate: pledgegraph.Supports, Object: init, Since: f.Since,
			Inferred: true, DerivedFrom: []pledgegraph.FactID{f.ID}, Confidence: 0.6, Evidence: ev})
	}
}

// foundersMembers states that each state or company that launched a
// body of members (an alliance, a coalition, a partnership, a forum), or
// a text that two of them or more launched, supports it: its founders are
// its first members or signatories ("Facebook, Google and Microsoft
// launched the Digital Trust & Safety Partnership", "Egypt, Laos and
// Serbia jointly launched the initiative"), where one state's own text
// is not one it signs ("Singapore released a framework"). Organisations
// and people are left out, who often convene or host such bodies without
// joining them; a stance the text states stays as it is.
func (d *docState) foundersMembers() {
	founders := map[pledgegraph.EntityID]int{} // the states and companies that launched each initiative
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.Launched && !f.Negated && !f.Inferred && founderKind(d.ents[f.Subject]) {
			founders[f.Object]++
		}
	}
	for _, id := range slices.Clone(d.forder) {
		f := d.facts[id]
		if f.Predicate != pledgegraph.Launched || f.Negated || f.Inferred {
			continue
		}
		s, o := d.ents[f.Subject], d.ents[f.Object]
		if o == nil || o.Kind != pledgegraph.KindInitiative || !founderKind(s) || !d.x.Lang.memberBody(o.Name) && founders[f.Object] < 2 {
			continue // one state's own text is not one it signs: "Singapore released a framework"
		}
		if d.facts[pledgegraph.NewFactID(f.Subject, pledgegraph.Supports, f.Object, true)] != nil ||
			d.facts[pledgegraph.NewFactID(f.Subject, pledgegraph.Supports, f.Object, false)] != nil {
			continue
		}
		ev := slices.Clone(f.Evidence)
		for k := range ev {
			ev[k].Rule = "sup.founder"
		}
		d.addFact(pledgegraph.Fact{Subject: f.Subject, Predicate: pledgegraph.Supports, Object: f.Object, Since: f.Since,
			Confidence: 0.7, Evidence: ev})
	}
}

// founderKind reports whether e is a state or a company: who launches a
// body of members or a text with others is among its first members.
func founderKind(e *pledgegraph.Entity) bool {
	return e != nil && (e.Kind == pledgegraph.KindState || e.Kind == pledgegraph.KindCompany)
}

// memberKind reports whether e may be a member of an initiative whose
// meeting it attends: an actor, not a person.
func memberKind(e *pledgegraph.Entity) bool {
	return e != nil && e.Kind != pledgegraph.KindPerson && slices.Contains(actorKinds, e.Kind)
}

// perfectForms adds, for each event frame whose phrase opens on an
// auxiliary of the compound past, the phrase with each other auxiliary
// ("a convoqué": "avait convoqué", "ont convoqué"; "has hosted": "had
// hosted") and, with each, its participle in agreement ("que l'Unesco
// avait convoquée"), unless the table has that phrase already.
func (l *Language) perfectForms() {
	if len(l.PerfectAux) == 0 {
		return
	}
	have := map[string]bool{}
	for _, fr := range l.EventFrames {
		have[strings.Join(fr.Phrase, " ")] = true
	}
	for _, fr := range l.EventFrames {
		if len(fr.Phrase) < 2 || !slices.Contains(l.PerfectAux, fr.Phrase[0]) {
			continue
		}
		parts := []string{fr.Phrase[1]}
		for _, e := range l.PastAgree {
			if !strings.HasSuffix(fr.Phrase[1], "s") || !strings.HasPrefix(e, "s") {
				parts = append(parts, fr.Phrase[1]+e) // "convoque" + "e"; not "pris" + "s"
			}
		}
		for _, aux := range l.PerfectAux {
			for _, part := range parts {
				p := append(Phrase{aux, part}, fr.Phrase[2:]...)
				if k := strings.Join(p, " "); !have[k] {
					have[k] = true
					o := fr
					o.Phrase = p
					l.EventFrames = append(l.EventFrames, o)
				}
			}
		}
	}
}

// venueBase returns the name of the event e that names after its place
// build on: the words of the mention that opens the evidence of where it
// was held, as the text writes them ("G20 summit" in "G20 summit in
// Hangzhou"), else its name, without the year of its edition.
func (d *docState) venueBase(e *pledgegraph.Entity, evidence []pledgegraph.Evidence) string {
	for _, ev := range evidence {
		for _, m := range d.ments {
			if m.Entity == e.ID && m.Start == ev.Start && m.End-m.Start > 1 {
				return d.text[m.Start:m.End]
			}
		}
	}
	if y, ok := strings.CutSuffix(e.Name, " "+strconv.Itoa(e.Start.Year)); ok && e.Start.Year > 0 {
		return y // "Sommet du G20 2016"
	}
	return e.Name
}

// venueWords is how many words the words of a text that say where an
// event was held may have and read as its name.
const venueWords = 8

// venueNames gives each event the text says was held at a place, not a
// region of the world, the names it takes after that place (lexicon
// venuename: « Sommet du G20 de Hangzhou », "Hangzhou G20 summit"), and
// the words of the text that say so when they read as a name: no
// punctuation inside, the place's name last ("conference of
// Commonwealth Prime Ministers in London").
func (d *docState) venueNames() {
	for _, id := range d.forder {
		f := d.facts[id]
		e, p := d.ents[f.Subject], d.ents[f.Object]
		if f.Predicate != pledgegraph.HeldAt || f.Negated || e == nil || e.Kind != pledgegraph.KindEvent || p == nil || p.Kind != pledgegraph.KindPlace || d.regions[f.Object] {
			continue
		}
		base := d.venueBase(e, f.Evidence)
		for _, pat := range d.x.Lang.VenueNames {
			d.addAlias(e, strings.NewReplacer("{event}", base, "{place}", p.Name).Replace(forPlace(pat, p.Name)))
		}
		for _, ev := range f.Evidence {
			if q := ev.Quote; !strings.ContainsFunc(q, unicode.IsPunct) && len(strings.Fields(q)) <= venueWords && strings.HasSuffix(d.fold(q), d.fold(p.Name)) {
				d.addAlias(e, q) // "G20 summit in Hangzhou"
			}
		}
	}
}

// datelineVenue gives the event the text names first the place of the
// dateline when the dateline's sentence, or the one after a dateline
// standing alone, names the event and no rule found where it was held
// ("NEW DELHI, Jan. 23. — The Conference on Indonesia …", « TOKYO, 7
// novembre. — L'Assemblée … »): the story is filed from where the event
// meets.
func (d *docState) datelineVenue() {
	ev := d.ev.first
	if d.line == nil || ev == "" || d.ents[ev] == nil {
		return
	}
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.HeldAt && f.Subject == ev {
			return
		}
	}
	lm, ok := d.linePlace()
	if !ok || d.regions[lm.Entity] {
		return // "Southeast Asia: Eight Against the Tide"
	}
	place := lm.Entity
	for _, s := range []*Sentence{d.line, d.lead} {
		if s == nil {
			continue
		}
		for _, m := range d.ments {
			if m.Entity != ev || m.Start < s.Start || m.End > s.End {
				continue
			}
			j := slices.IndexFunc(s.Tokens, func(t Token) bool { return t.End >= m.End }) + 1
			evidence := d.evidenceBy("evt.dateline", s, 0, j)
			if s != d.line {
				evidence = append(d.evidenceBy("evt.dateline", d.line, 0, len(d.line.Tokens)), evidence...)
			}
			d.addFact(pledgegraph.Fact{Subject: ev, Predicate: pledgegraph.HeldAt, Object: place, Confidence: 0.5, Evidence: evidence})
			return
		}
	}
}

// linePlace returns the mention of the place the dateline opens on
// ("NEW DELHI, Jan. 23"), if there is one.
func (d *docState) linePlace() (pledgegraph.Mention, bool) {
	if d.line == nil {
		return pledgegraph.Mention{}, false
	}
	for _, m := range d.ments {
		if e := d.ents[m.Entity]; e != nil && m.Start == d.line.Start && e.Kind == pledgegraph.KindPlace {
			return m, true
		}
	}
	return pledgegraph.Mention{}, false
}

// adoptedDuring states that an initiative signed, adopted or launched on
// a day that falls within the days of the one event the text dates then
// was presented at that event: "The conference opened on 2 May … The
// convention was signed on 13 May by 26 states", « le congrès, réuni du
// 7 au 10 mai, … la charte, signée le 9 mai », "the Forum met from 5 to
// 8 August … On Wednesday, the Prime Minister launched the Alliance".
// The text names the event by the end of the sentence that tells the
// signing (not a newcomer joining on the day of a gathering told
// later); not an initiative the text already places at an event, nor
// one launched before the event began (a newcomer signs what exists).
func (d *docState) adoptedDuring() {
	placed := map[pledgegraph.EntityID]bool{}
	var events []*pledgegraph.Entity
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.PresentedAt {
			placed[f.Subject] = true
		}
	}
	for _, id := range d.order {
		if e := d.ents[id]; e.Kind == pledgegraph.KindEvent && e.Start.Day > 0 {
			events = append(events, e)
		}
	}
	if len(events) == 0 {
		return
	}
	first := map[pledgegraph.EntityID]int{} // where the text first names each event
	for _, m := range d.ments {
		if at, ok := first[m.Entity]; !ok || m.Start < at {
			first[m.Entity] = m.Start
		}
	}
	for _, id := range d.forder { // the facts added here are not read again
		f := d.facts[id]
		if f.Predicate != pledgegraph.Supports && f.Predicate != pledgegraph.Launched || f.Negated || f.Since.Day == 0 || len(f.Evidence) == 0 || placed[f.Object] {
			continue
		}
		ev := eventOn(events, f.Since)
		if ev == nil {
			continue
		}
		if at, ok := first[ev.ID]; !ok || at > sentenceEnd(f.Evidence[0]) {
			continue // the signing told before the event: one joins on the day of another gathering
		}
		if ld, ok := d.launchDate(f.Object); ok && ld.Day > 0 && ld.First().Before(ev.Start.First()) {
			continue
		}
		placed[f.Object] = true
		ev0 := f.Evidence[0]
		ev0.Rule = "evt.during"
		d.addFact(pledgegraph.Fact{Subject: f.Object, Predicate: pledgegraph.PresentedAt, Object: ev.ID, Since: f.Since, Confidence: 0.6,
			Evidence: []pledgegraph.Evidence{ev0}})
	}
}

// sentenceEnd returns where the sentence of the evidence ev ends in
// its document.
func sentenceEnd(ev pledgegraph.Evidence) int {
	if i := strings.Index(ev.Sentence, ev.Quote); i >= 0 {
		return ev.Start - i + len(ev.Sentence)
	}
	return ev.End
}

// eventOn returns the one event of events whose days hold the day
// date, or nil: none, or more than one.
func eventOn(events []*pledgegraph.Entity, date pledgegraph.Date) *pledgegraph.Entity {
	var on *pledgegraph.Entity
	for _, e := range events {
		last := e.End
		if last.IsZero() {
			last = e.Start
		}
		if date.First().Before(e.Start.First()) || date.First().After(last.Last()) {
			continue
		}
		if on != nil {
			return nil
		}
		on = e
	}
	return on
}
