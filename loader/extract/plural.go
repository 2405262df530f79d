package extract

import (
	"slices"
	"strconv"

	"github.com/pledgegraph/pledgegraph"
)

// pluralAntecedents returns what a plural demonstrative with a number
// stands for ("ces trois enceintes", "these two pledges"): the last n
// bodies and initiatives the text named before the sentence; or nil.
func (d *docState) pluralAntecedents(st *sent) []pledgegraph.EntityID {
	lang, toks := d.x.Lang, st.toks
	for q := 0; q+2 < len(toks); q++ {
		if !lang.PluralDem[toks[q].Fold] {
			continue
		}
		n, ok := lang.Numbers[toks[q+1].Fold]
		if !ok {
			n, _ = strconv.Atoi(toks[q+1].Text)
		}
		noun := toks[q+2]
		if n < 2 || n > 6 || noun.Cap || noun.Punct || lang.CountNouns[noun.Fold] != "" {
			continue // "ces deux pays": actors, not initiatives
		}
		return d.lastNamed(st.s.Start, n)
	}
	return nil
}

// pluralReach is how far before a plural demonstrative, in bytes, the
// names it stands for may stand: the paragraph or two before it.
const pluralReach = 500

// lastNamed returns the last n bodies and initiatives the text named
// in the pluralReach bytes before offset start, when there are at least
// two and one of them is an initiative: they are named as peers ("ces
// trois enceintes" after the Freedom Online Coalition and the GFCE,
// whatever the third); else nil.
func (d *docState) lastNamed(start, n int) []pledgegraph.EntityID {
	var out []pledgegraph.EntityID
	initiative := false
	for k := len(d.ments) - 1; k >= 0 && len(out) < n && d.ments[k].Start >= start-pluralReach; k-- {
		m := d.ments[k]
		kind := pledgegraph.KindOfID(m.Entity)
		if m.Start >= start || slices.Contains(out, m.Entity) || kind != pledgegraph.KindInitiative && kind != pledgegraph.KindOrganization {
			continue
		}
		out = append(out, m.Entity)
		initiative = initiative || kind == pledgegraph.KindInitiative
	}
	if len(out) < 2 || !initiative {
		return nil
	}
	return out
}

// distribute states again, for each initiative a plural demonstrative
// stands for, the supports facts the sentence stated from fact from on
// about one of them ("Ces trois enceintes ont un point commun : ni la
// Chine ni la Russie n'en font partie").
func (d *docState) distribute(plural []pledgegraph.EntityID, from int) {
	for _, id := range slices.Clone(d.forder[from:]) {
		f := d.facts[id]
		if f == nil || f.Predicate != pledgegraph.Supports || !slices.Contains(plural, f.Object) {
			continue
		}
		for _, o := range plural {
			if o != f.Object {
				g := *f
				g.Object = o
				if e := d.ents[o]; e != nil && e.Kind == pledgegraph.KindOrganization {
					g.Predicate = pledgegraph.MemberOf // a body among them: its members
				}
				d.addFact(g)
			}
		}
	}
}
