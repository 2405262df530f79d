package extract

import "github.com/pledgegraph/pledgegraph"

// demonymLaunches states who launched an initiative that an apposition
// says is a state's: "the Oslo Pledge, a Norwegian initiative", "la
// Charte de Lyon, une initiative française". The apposition is an
// article, an adjective of nationality and a kind head of initiatives,
// in either order.
func (d *docState) demonymLaunches(st *sent) {
	toks, lang := st.toks, d.x.Lang
	for _, m := range st.ms {
		if !m.initiative() || m.anaphora || m.j+3 >= len(toks) || toks[m.j].Text != "," {
			continue
		}
		q := m.j + 1
		if !lang.LaunchDet[toks[q].Fold] {
			continue
		}
		q++
		e, n := d.x.Ref.Demonym(toks, q)
		end := q + n + 1 // "a Norwegian initiative"
		if e == nil || q+n >= len(toks) || lang.KindHeads[toks[q+n].Fold] != pledgegraph.KindInitiative {
			e, n = nil, 0
			if lang.KindHeads[toks[q].Fold] == pledgegraph.KindInitiative {
				e, n = d.x.Ref.Demonym(toks, q+1) // "une initiative française"
				end = q + 1 + n
			}
		}
		if e == nil {
			continue
		}
		since := d.launchDates[m.id] // "…, a Norwegian initiative, was launched in 2018"
		d.rule = "lau.demonym"
		d.addFact(pledgegraph.Fact{Subject: d.ensure(e), Predicate: pledgegraph.Launched, Object: m.id, Since: since,
			Confidence: 0.6, Evidence: d.evidence(st.s, m.i, end)})
		d.rule = ""
	}
}
