package extract

import (
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// contrastStances states a clause's stance again for the actors of a
// coordinated clause, or one after a semicolon, that ends with an elided
// verb: refused ("…, but the United States and China have not", "…,
// mais la Chine, non", "Paraguay has signed; Bolivia has not"), held
// ("Kenya declined to sign it, but Ghana has") or the same ("…, and Ghana
// did too", "…, et le Ghana aussi"), as the frame table's ellipsis
// phrases say, about the initiative of the sentence's last stance.
func (d *docState) contrastStances(st *sent, fl *frameLayer) {
	fr := &d.x.Lang.Frames
	last := d.last
	if last == nil || last.Predicate != pledgegraph.Supports || !sameSentence(last, st) {
		return
	}
	for k := 1; k < len(fl.clauses); k++ {
		c := fl.clauses[k]
		end := c.j
		for end > c.i && st.toks[end-1].Punct {
			end--
		}
		if !c.coord && !(c.i > 0 && st.toks[c.i-1].Text == ";") || end == c.i {
			continue // "…, but Bolivia has not"; "Paraguay has signed; Bolivia has not"
		}
		e, p := fr.ellipsis.endingAt(st.toks, end, 3)
		if p < 0 || inVerbGroup(fl, p) {
			continue
		}
		l := d.actorsBefore(st, c.i, p)
		if l.empty() || d.verbBetween(st.toks, l.hi, p) {
			continue // "et Washington se refuse à engager des entreprises qu'il ne dirige pas": a clause with its own verb
		}
		neg := e.neg
		if e.same {
			neg = last.Negated // "and Ghana did too"
		}
		neg = neg != l.neg
		d.stateStance(st, pledgegraph.Supports, l, last.Object, neg, pledgegraph.Date{}, 0.6, l.lo, end, "sup.contrast")
		fl.covered = append(fl.covered, [2]int{l.lo, end})
	}
}

// verbBetween reports whether a verb stands in toks[i:j].
func (d *docState) verbBetween(toks []Token, i, j int) bool {
	for q := i; q < j; q++ {
		if d.predicateAt(toks, q) {
			return true
		}
	}
	return false
}

// sameSentence reports whether fact f was stated in sentence st.
func sameSentence(f *pledgegraph.Fact, st *sent) bool {
	for _, e := range f.Evidence {
		if e.Start >= st.s.Start && e.End <= st.s.End {
			return true
		}
	}
	return false
}

// ellipticList states the last stance again, or its opposite, for the
// actors listed after the colon that ends a short elided clause opening
// the sentence: "Seven did not: Denmark, Kuwait and Malaysia", "Sept ne
// l'ont pas fait : …", "Les autres non : …".
func (d *docState) ellipticList(st *sent) {
	fr, toks := &d.x.Lang.Frames, st.toks
	last := d.last
	if last == nil || last.Predicate != pledgegraph.Supports {
		return
	}
	for c := 1; c < len(toks) && c <= 8; c++ {
		if toks[c].Punct && toks[c].Text != ":" {
			return
		}
		if toks[c].Text != ":" {
			continue
		}
		e, p := fr.ellipsis.endingAt(toks, c, 3)
		if p < 0 || d.namesIn(st, 0, p) {
			return
		}
		l := d.actorsAfter(st, c+1)
		if l.empty() || slices.ContainsFunc(l.items, func(m *mention) bool { return m.anaphora || d.pronoun(st, m) }) {
			return // "Non : il s'agit d'initiatives volontaires": a pronoun, no list
		}
		neg := e.neg
		if e.same {
			neg = last.Negated
		}
		d.stateStance(st, pledgegraph.Supports, l, last.Object, neg != l.neg, pledgegraph.Date{}, 0.6, 0, l.hi, "sup.ellipsis")
		return
	}
}

// pronoun reports whether the mention m is a subject pronoun that stands
// for a person ("il", "he"; see personPronouns).
func (d *docState) pronoun(st *sent, m *mention) bool {
	_, ok := d.x.Lang.PersPron[st.toks[m.i].Fold]
	return ok && m.j == m.i+1
}

// neitherList states the refusal of the sentence before again for the
// actors of a sentence that only names them after "Neither will", "Nor
// did" ("Nigeria will not be there. Neither will Ghana, Kenya or
// Zambia."), or before an elided negative verb that ends it ("Le Ghana et
// le Kenya non plus."): not to sign, or not to take part.
func (d *docState) neitherList(st *sent) {
	fr, toks := &d.x.Lang.Frames, st.toks
	last := d.lastRefusal()
	if last == nil {
		return
	}
	end := len(toks)
	for end > 0 && toks[end-1].Punct {
		end--
	}
	hi := end // the quote runs to the elided verb
	var l actorList
	if n := fr.neither.at(toks, 0); n > 0 {
		l = d.actorsAfter(st, n)
	} else if e, p := fr.ellipsis.endingAt(toks, end, 3); p > 0 && e.neg && !e.same {
		l = d.actorsBefore(st, 0, p)
		if l.lo > 1 || l.hi < p-1 {
			return // more than the actors before "non plus"
		}
		end = p
	}
	if l.empty() || l.hi < end { // "nor" in the list says no more than "neither"
		return // "Neither will Ghana send a team": a clause of its own, read by the verb
	}
	d.stateStance(st, last.Predicate, l, last.Object, true, last.Since, 0.6, 0, hi, "sup.neither")
}

// lastRefusal returns the last fact stated in the sentence before this
// one, when it says that its subject did not sign or did not take part;
// else nil.
func (d *docState) lastRefusal() *pledgegraph.Fact {
	if d.prevSent == nil {
		return nil
	}
	f := d.lastFactSince(d.prevSent.s.Start, func(f *pledgegraph.Fact) bool {
		return f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.ParticipatedIn
	})
	if f == nil || !f.Negated {
		return nil
	}
	return f
}
