package extract

import "github.com/pledgegraph/pledgegraph"

// headedKinds types the names next to a lower-case noun that says what
// they name, a kind head of the lexicon: "the Clean Network initiative",
// "the Digital Peace pledge". An unknown name before one takes its kind;
// quoted words before or after one are a name too ("the "clean network"
// initiative", "l'initiative « réseau propre »").
func (sc *mentionScan) headedKinds() {
	toks := sc.toks
	for q := 1; q < len(toks); q++ {
		k, ok := sc.lang.KindHeads[toks[q].Fold]
		if !ok || toks[q].Cap {
			continue
		}
		if q+1 < len(toks) && isQuote(toks[q+1].Text) {
			sc.quotedAfter(q+1, k) // "l'initiative « réseau propre »"
			continue
		}
		end := q
		if isQuote(toks[end-1].Text) {
			end--
		}
		if m := sc.ms.endingAt(end); m != nil {
			if m.entry == nil && m.kind != k && m.isKind(pledgegraph.KindOrganization) {
				m.kind = k
			}
			continue
		}
		if end < q {
			sc.quotedName(end, k)
		}
	}
}

// quotedName adds a name of kind k for the words quoted before the
// closing quote at toks[end]: "the "clean network" initiative".
func (sc *mentionScan) quotedName(end int, k pledgegraph.Kind) {
	toks := sc.toks
	for b := end - 1; b >= 0 && end-b <= 6; b-- {
		if sc.isTaken(b) || toks[b].Punct && !isQuote(toks[b].Text) {
			return
		}
		if isQuote(toks[b].Text) {
			if end-b > 1 {
				sc.add(&mention{i: b + 1, j: end, kind: k, name: sc.text(b+1, end)})
			}
			return
		}
	}
}

// quotedAfter adds a name of kind k for the words quoted after the
// opening quote at toks[open]: "l'initiative « réseau propre »".
func (sc *mentionScan) quotedAfter(open int, k pledgegraph.Kind) {
	toks := sc.toks
	for e := open + 1; e < len(toks) && e-open <= 7; e++ {
		if sc.isTaken(e) || toks[e].Punct && !isQuote(toks[e].Text) {
			return
		}
		if isQuote(toks[e].Text) {
			if e-open > 1 {
				sc.add(&mention{i: open + 1, j: e, kind: k, name: sc.text(open+1, e)})
			}
			return
		}
	}
}

// endingAt returns the mention whose last token is toks[q-1], or nil.
func (ms mentions) endingAt(q int) *mention {
	for _, m := range ms {
		if m.j == q {
			return m
		}
	}
	return nil
}
