package extract

import (
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// contrastStances states a clause's stance again for the actors of a
// coordinated clause that ends with an elided verb: refused ("…, but the
// United States and China have not", "…, mais la Chine, non"), held
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
		if !c.coord || end == c.i {
			continue
		}
		e, p := fr.ellipsis.endingAt(st.toks, end, 3)
		if p < 0 || inVerbGroup(fl, p) {
			continue
		}
		l := d.actorsBefore(st, c.i, p)
		if l.empty() {
			continue
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
