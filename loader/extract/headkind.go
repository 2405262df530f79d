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
			sc.quotedName(q+1, 1, k) // "l'initiative « réseau propre »"
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
			sc.quotedName(end, -1, k)
		}
	}
}

// quotedName adds a name of kind k for the words between the quote at
// toks[q] and the next one in direction step (-1: before it, "the
// "clean network" initiative"; +1: after it, "l'initiative « réseau
// propre »"), at most six words.
func (sc *mentionScan) quotedName(q, step int, k pledgegraph.Kind) {
	toks := sc.toks
	for e := q + step; e >= 0 && e < len(toks) && (e-q)*step <= 7; e += step {
		if sc.isTaken(e) || toks[e].Punct && !isQuote(toks[e].Text) {
			return
		}
		if isQuote(toks[e].Text) {
			i, j := min(q, e)+1, max(q, e)
			if j > i {
				sc.add(&mention{i: i, j: j, kind: k, name: sc.text(i, j)})
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
