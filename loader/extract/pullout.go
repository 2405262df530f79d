package extract

import "github.com/pledgegraph/pledgegraph"

// pullOuts states the withdrawals told with the one who withdraws as the
// object of a verb of taking out ("Trump pulled the United States out of
// the TPP", "Donald Trump a retiré les États-Unis du Partenariat
// transpacifique", "the pact that Trump pulled the United States out
// of"): the actors after the verb leave the initiative named after the
// language's PullOutOf word, else the one the sentence named before (the
// antecedent of a relative clause), else the one under discussion.
func (d *docState) pullOuts(st *sent, fl *frameLayer) {
	lang := d.x.Lang
	toks := st.toks
	for q := 0; q < len(toks); q++ {
		n := lang.PullOutVerbs.MatchAt(toks, q)
		if n == 0 {
			continue
		}
		p := q + n
		p += lang.Frames.article.at(toks, p)
		l := d.listFrom(st, p, false).states()
		if len(l.items) == 0 || l.items[0].i != p {
			continue
		}
		k := lang.PullOutOf.MatchAt(toks, l.hi)
		if k == 0 {
			continue
		}
		obj, end := pledgegraph.EntityID(""), l.hi+k
		if m := d.mentionAt(st, l.hi+k+lang.Frames.article.at(toks, l.hi+k)); m != nil && (m.initiative() || m.anaphora) {
			obj, end = m.id, m.j
		} else {
			obj = d.lastInitiative(st, q)
		}
		if obj == "" || d.negated(toks, q, q+n) {
			continue
		}
		k2 := clauseAt(fl.clauses, q)
		d.stateStance(st, pledgegraph.Supports, l, obj, true, d.dateAt(st, fl, k2, q, false), 0.7, q, end, "sup.pullout")
		q = end - 1
	}
}
