package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/pledgegraph/pledgegraph"
)

// collective is a signing that a sentence dates to the day without
// naming who signed: "Twenty-seven countries pledged on Monday to …",
// "ministers signed the Tallinn Declaration on Friday". The signatories
// the text lists after it signed then (see eventDates).
type collective struct {
	dated
	init pledgegraph.EntityID // the initiative signed, "" when the sentence names none ("a joint statement")
	end  int                  // the byte offset where the sentence ends
}

// nextListWithin is how far after a collective signing that names no
// initiative, in bytes of text, the list of its signatories may start.
const nextListWithin = 400

// noteCollective records the sentence st as a collective signing when
// one of its verb groups says, without negation, future or intention,
// that someone supports something, or a noun of support says it, the
// sentence gives a day and no fact
// of support came out of it; facts is how many facts there were before
// the sentence's stances were read.
func (d *docState) noteCollective(st *sent, fl *frameLayer, facts int) {
	if st.date.Day == 0 || len(st.dates) != 1 {
		return
	}
	for _, id := range d.forder[facts:] {
		if d.facts[id].Predicate == pledgegraph.Supports {
			return
		}
	}
	signs := slices.ContainsFunc(fl.groups, func(g verbGroup) bool {
		return g.frame != nil && g.frame.Predicate == pledgegraph.Supports && !g.neg && !g.future && !g.intend
	})
	if !signs && !d.countedCommit(st, fl) && !d.supportNoun(st) {
		return
	}
	c := collective{dated: dated{st.date, st.s.Start}, end: st.s.End}
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindInitiative || m.id == "" || m.id == c.init {
			continue
		}
		if c.init != "" {
			return // which one was signed?
		}
		c.init = m.id
	}
	d.collectives = append(d.collectives, c)
}

// supportNoun reports whether a noun of support of the frame table,
// not one of refusal, stands in st: "s'est achevée hier par la signature
// de la Convention", "ended yesterday with the signing of the Charter".
func (d *docState) supportNoun(st *sent) bool {
	fr := &d.x.Lang.Frames
	for q := range st.toks {
		if lemma, n := fr.nouns.match(st.toks, q); n > 0 {
			if f := fr.frameOf(lemma); f != nil && f.Predicate == pledgegraph.Supports && !f.Negative {
				return true
			}
		}
	}
	return false
}

// collectiveEvents adds to events the collective signings of d whose
// date recent accepts: an initiative's event is its first. A signing
// that names no initiative is of the initiative of the first support the
// text states soon after it.
func (d *docState) collectiveEvents(events map[pledgegraph.EntityID]dated, recent func(pledgegraph.Date) bool) {
	for _, c := range d.collectives {
		if !recent(c.date) {
			continue
		}
		init := c.init
		if init == "" {
			init = d.supportSoonAfter(c.end)
		}
		if e, ok := events[init]; init != "" && (!ok || c.at < e.at) {
			events[init] = c.dated
		}
	}
}

// supportSoonAfter returns the initiative of the first support the text
// states within nextListWithin bytes after offset end, or "".
func (d *docState) supportSoonAfter(end int) pledgegraph.EntityID {
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Predicate == pledgegraph.Supports && len(f.Evidence) > 0 && f.Evidence[0].Start >= end && f.Evidence[0].Start-end <= nextListWithin {
			return f.Object
		}
	}
	return ""
}

// countedCommit reports whether a counted subject commits in the
// sentence st, the day it gives standing between the commitment's words
// or not: "Twenty technology companies pledged on Friday to …",
// "Vingt entreprises se sont engagées vendredi à …".
func (d *docState) countedCommit(st *sent, fl *frameLayer) bool {
	lang, toks := d.x.Lang, st.toks
	for q := range toks {
		n := lang.commitAt(toks, q)
		for _, ds := range st.dates {
			if n == 0 && (ds.I == q+1 || ds.I == q+2 && !toks[q+1].Punct) && ds.J < len(toks) {
				// the commitment without the day ("on Monday")
				alt := append([]Token{toks[q]}, toks[ds.J:]...)
				n = lang.commitAt(alt, 0)
			}
		}
		if n > 0 && len(fl.clauses) > 0 {
			c := fl.clauses[clauseAt(fl.clauses, q)]
			if q > c.i && d.countOpensSubject(st, c.i, q) {
				return true
			}
		}
	}
	return false
}

// liveBlog reports whether the text is a live blog: two paragraphs at
// least open with the time of day and a dash ("8 h 40 —", "13:30 —",
// "10.15am —").
func liveBlog(sents []Sentence, lang *Language) bool {
	n, para := 0, -1
	for _, s := range sents {
		if s.Para == para {
			continue
		}
		para = s.Para
		if lang.clockStamp(s.Tokens) {
			n++
		}
	}
	return n >= 2
}

// clockStamp reports whether toks open with a time of day and a dash:
// hours, a separator (":", "." or a word of the language's clock, "h"),
// minutes with perhaps a word of the clock glued ("15am"), a dash.
func (l *Language) clockStamp(toks []Token) bool {
	if len(toks) < 4 || !toks[0].Number || len(toks[0].Text) > 2 || !isDash(toks[3].Text) {
		return false
	}
	if sep := toks[1]; sep.Text != ":" && sep.Text != "." && !l.ClockMarks[sep.Fold] {
		return false
	}
	m := toks[2].Fold
	digits := strings.TrimRightFunc(m, unicode.IsLetter)
	if len(digits) != 2 || strings.TrimLeft(digits, "0123456789") != "" {
		return false
	}
	return digits == m || l.ClockMarks[m[len(digits):]]
}

// liveBlogDates dates on the day of publication the supports, launches,
// presentations and participations a live blog tells without a date: its
// entries are of that day ("13 h 30 — Barack Obama présente « Mission
// Innovation »").
func (d *docState) liveBlogDates() {
	if !d.liveBlog || d.doc.Published.Day == 0 {
		return
	}
	for _, id := range d.forder {
		f := d.facts[id]
		if !f.Since.IsZero() || len(f.Evidence) == 0 || slices.Contains(d.priorFacts, id) {
			continue
		}
		switch f.Predicate {
		case pledgegraph.Supports, pledgegraph.Launched, pledgegraph.PresentedAt, pledgegraph.ParticipatedIn:
			f.Since = d.doc.Published
		}
	}
}

// signedNotRatified drops the refusal read in a ratification that never
// came of a text the actor signed, as the text says: "Argentina, which
// signed it in 1967, never ratified it", "l'Argentine l'a signé mais ne
// l'a jamais ratifié" — the signature is support, and not ratifying it
// withdraws nothing.
func (d *docState) signedNotRatified() {
	if fm := d.x.Lang.Frames.frameOf("accede"); fm != nil {
		d.dropAgainst(true, fm.ID, func(other *pledgegraph.Fact) bool { return !onlyRule(other, fm.ID) })
	}
}

// leftMembership drops the support that only a description of members
// says ("Global Witness, one of the founders of the Kimberley Process")
// of an actor the text says left: the news is its leaving.
func (d *docState) leftMembership() {
	if fm := d.x.Lang.Frames.frameOf("withdraw"); fm != nil {
		d.dropAgainst(false, memberAmongRule, func(other *pledgegraph.Fact) bool {
			return slices.ContainsFunc(other.Evidence, func(ev pledgegraph.Evidence) bool { return ev.Rule == fm.ID })
		})
	}
}

// presentDenied drops an absence from an event that the sentence stating
// it also places its actor at the event: "the American delegation at
// Geneva made it clear that the United States would not take part", "la
// délégation chinoise, présente à Genève, a fait savoir que la Chine n'y
// participerait pas". Present by the same sentence, the actor refuses
// something else, the text the event is about.
func (d *docState) presentDenied() {
	d.forder = slices.DeleteFunc(d.forder, func(id pledgegraph.FactID) bool {
		f := d.facts[id]
		if f.Predicate != pledgegraph.ParticipatedIn || !f.Negated {
			return false
		}
		other, found := d.facts[pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, false)]
		if !found {
			return false
		}
		for _, ev := range f.Evidence {
			if !slices.ContainsFunc(other.Evidence, func(o pledgegraph.Evidence) bool { return o.Sentence == ev.Sentence }) {
				return false
			}
		}
		delete(d.facts, id)
		return true
	})
}

// dropAgainst drops the facts of support of polarity negated that only
// the rule says and whose opposite the text states in a way ok accepts.
func (d *docState) dropAgainst(negated bool, rule string, ok func(other *pledgegraph.Fact) bool) {
	d.forder = slices.DeleteFunc(d.forder, func(id pledgegraph.FactID) bool {
		f := d.facts[id]
		if f.Predicate != pledgegraph.Supports || f.Negated != negated || !onlyRule(f, rule) {
			return false
		}
		other, found := d.facts[pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, !negated)]
		if !found || !ok(other) {
			return false
		}
		delete(d.facts, id)
		return true
	})
}

// onlyRule reports whether every piece of f's evidence comes from rule.
func onlyRule(f *pledgegraph.Fact, rule string) bool {
	for _, ev := range f.Evidence {
		if ev.Rule != rule {
			return false
		}
	}
	return len(f.Evidence) > 0
}
