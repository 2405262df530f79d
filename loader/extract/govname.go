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
	for i := 0; i < len(toks); i++ {
		if del, n := gov.match(toks, i); n > 0 {
			if e, dn := d.x.Ref.Demonym(toks, i+n); e != nil && free(i, i+n+dn) {
				state(i, i+n+dn, e, del)
				i += n + dn - 1
				continue
			}
		}
		if e, dn := d.x.Ref.Demonym(toks, i); e != nil {
			if del, n := gov.match(toks, i+dn); n > 0 && free(i, i+dn+n) {
				state(i, i+dn+n, e, del)
				i += dn + n - 1
			}
		}
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
