package extract

import "github.com/pledgegraph/pledgegraph"

// governmentNames adds the states that a government noun and an adjective
// of nationality name together, in either order ("the Japanese
// government", "Chinese authorities", "le gouvernement japonais", "les
// autorités chinoises"): a government stands for its state. The nouns
// are the frame table's govnoun words, the adjectives the reference
// data's demonyms.
func (d *docState) governmentNames(toks []Token, isTaken func(int) bool, add func(*mention)) {
	gov := &d.x.Lang.Frames.govNoun
	free := func(i, j int) bool {
		for k := i; k < j; k++ {
			if isTaken(k) {
				return false
			}
		}
		return true
	}
	state := func(i, j int, e *Entry, delegation bool) {
		if delegation && d.delegateAside(toks, i) {
			return
		}
		add(&mention{i: i, j: j, entry: e, cands: []*Entry{e}, kind: pledgegraph.KindState, delegation: delegation})
	}
	each := func(ds []*mention, del bool) {
		for _, m := range ds {
			state(m.i, m.j, m.entry, del)
		}
	}
	for i := 0; i < len(toks); i++ {
		if del, n := gov.match(toks, i); n > 0 {
			if ds := d.demonymRun(toks, i+n); len(ds) > 0 && free(i, ds[len(ds)-1].j) {
				ds[0].i = i // "les délégations italienne et japonaise": the noun with the first
				each(ds, del)
				i = ds[len(ds)-1].j - 1
				continue
			}
		}
		if ds := d.demonymRun(toks, i); len(ds) > 0 {
			last := ds[len(ds)-1]
			if del, n := gov.match(toks, last.j); n > 0 && free(i, last.j+n) {
				last.j += n // "the Italian and Japanese delegations": the noun with the last
				each(ds, del)
				i = last.j - 1
			}
		}
	}
}

// demonymRun returns the adjectives of nationality that start at toks[i],
// joined by commas and a conjunction ("italienne et japonaise",
// "Italian, French and Japanese"), each as a mention of its state; or
// none.
func (d *docState) demonymRun(toks []Token, i int) []*mention {
	var out []*mention
	for {
		e, dn := d.x.Ref.Demonym(toks, i)
		if e == nil {
			return out
		}
		out = append(out, &mention{i: i, j: i + dn, entry: e})
		q := i + dn
		if q < len(toks) && toks[q].Text == "," {
			q++
		}
		and := d.x.Lang.And.MatchAt(toks, q)
		if q == i+dn && and == 0 || q+and >= len(toks) {
			return out
		}
		if next, _ := d.x.Ref.Demonym(toks, q+and); next == nil {
			return out
		}
		i = q + and
	}
}

// delegateAside reports whether the delegation's words at toks[i] are
// an office, not their state: after an office ("le ministre délégué
// marocain") or in apposition to a name ("René Cassin, the French
// delegate").
func (d *docState) delegateAside(toks []Token, i int) bool {
	if i > 0 && d.titleAt(toks, i-1) > 0 {
		return true
	}
	b := d.x.Lang.Frames.articleStart(toks, i)
	return b > 1 && b < i && toks[b-1].Text == "," && toks[b-2].Cap && !toks[b-2].Punct
}
