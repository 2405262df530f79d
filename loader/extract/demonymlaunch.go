package extract

import "github.com/pledgegraph/pledgegraph"

// demonymLaunches states who launched an initiative that an apposition
// says is a state's: "the Oslo Pledge, a Norwegian initiative", "la
// Charte de Lyon, une initiative française" (or led: see ledLaunch). The apposition is an
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
			d.ledLaunch(st, m, q)
			continue
		}
		since := d.launchDates[m.id] // "…, a Norwegian initiative, was launched in 2018"
		d.rule = "lau.demonym"
		d.addFact(pledgegraph.Fact{Subject: d.ensure(e), Predicate: pledgegraph.Launched, Object: m.id, Since: since,
			Confidence: 0.6, Evidence: d.evidence(st.s, m.i, end)})
		d.rule = ""
	}
}

// ledLaunch states who launched the initiative m that an apposition
// from toks[q] says an actor led: "the Joint Statement on Spyware, a
// US-led text" (a word of the language's ledcompound list after the
// actor's name and a hyphen).
func (d *docState) ledLaunch(st *sent, m *mention, q int) {
	toks := st.toks
	for _, a := range st.ms {
		if a.i != q || !isActor(a) || a.j >= len(toks) || !hyphenated(d.text, toks, a.j) || !d.x.Lang.LedCompound[toks[a.j].Fold] {
			continue
		}
		d.rule = "lau.led"
		d.addFact(pledgegraph.Fact{Subject: a.id, Predicate: pledgegraph.Launched, Object: m.id, Since: d.launchDates[m.id],
			Confidence: 0.6, Evidence: d.evidence(st.s, m.i, a.j+1)})
		d.rule = ""
		return
	}
}
