package loader

import (
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// principleMerger gives one entity to the paraphrases of one principle
// of an initiative across the documents of a load: "Prévenir les
// interférences destinées à déstabiliser les processus électoraux" in
// one article is "Coopérer afin de prévenir les interférences aux
// processus électoraux" of another. Two principles are one when they
// share at least two content words, and two fifths of the words of the
// shorter; a principle is never merged with another of its own document,
// which lists distinct principles, and each principle seen before takes
// at most one of a document's.
type principleMerger struct {
	seen map[pledgegraph.EntityID][]*principleSeen // initiative → its principles so far
}

// principleSeen is a principle of an initiative and the words of all the
// paraphrases merged into it.
type principleSeen struct {
	id    pledgegraph.EntityID
	name  string
	words map[string]bool
	docs  map[pledgegraph.DocumentID]bool
}

// merge rewrites the principles of x that paraphrase one seen in an
// earlier document to that one's entity, and remembers the others.
func (pm *principleMerger) merge(x *pledgegraph.Extraction) {
	if pm.seen == nil {
		pm.seen = map[pledgegraph.EntityID][]*principleSeen{}
	}
	names := map[pledgegraph.EntityID]string{}
	for _, e := range x.Entities {
		if e.Kind == pledgegraph.KindPrinciple {
			names[e.ID] = e.Name
		}
	}
	rename := map[pledgegraph.EntityID]*principleSeen{}
	used := map[*principleSeen]bool{}
	for _, f := range x.Facts {
		if f.Predicate != pledgegraph.HasPrinciple || names[f.Object] == "" {
			continue
		}
		p := pm.match(f.Subject, f.Object, names[f.Object], x.Document.ID, used)
		used[p] = true
		if p.id != f.Object {
			rename[f.Object] = p
		}
	}
	if len(rename) > 0 {
		renamePrinciples(x, rename)
	}
}

// match returns the principle of initiative init that the principle id
// named name paraphrases, or records it as a new one.
func (pm *principleMerger) match(init, id pledgegraph.EntityID, name string, doc pledgegraph.DocumentID, used map[*principleSeen]bool) *principleSeen {
	words := contentWords(name)
	var best *principleSeen
	bestN := 0
	for _, p := range pm.seen[init] {
		if p.id == id {
			best = p
			break
		}
		if used[p] || p.docs[doc] {
			continue
		}
		n := 0
		for w := range words {
			if p.words[w] {
				n++
			}
		}
		if n >= 2 && 5*n >= 2*min(len(words), len(p.words)) && n > bestN {
			best, bestN = p, n
		}
	}
	if best == nil {
		best = &principleSeen{id: id, name: name, words: map[string]bool{}, docs: map[pledgegraph.DocumentID]bool{}}
		pm.seen[init] = append(pm.seen[init], best)
	}
	for w := range words {
		best.words[w] = true
	}
	best.docs[doc] = true
	return best
}

// contentWords returns the words of five letters or more of a folded
// name, without a final "s": the words that say what a principle is
// about in either language, not its articles and prepositions.
func contentWords(name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(pledgegraph.Fold(name)) {
		if len(w) >= 5 {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// renamePrinciples gives the principles of x in rename the entity of
// the principle they paraphrase: their name becomes an alias of it, and
// their facts and mentions point to it.
func renamePrinciples(x *pledgegraph.Extraction, rename map[pledgegraph.EntityID]*principleSeen) {
	for i := range x.Entities {
		e := &x.Entities[i]
		if p := rename[e.ID]; p != nil {
			e.Aliases = append(e.Aliases, e.Name)
			e.ID, e.Name = p.id, p.name
		}
	}
	for i := range x.Mentions {
		if p := rename[x.Mentions[i].Entity]; p != nil {
			x.Mentions[i].Entity = p.id
		}
	}
	byID := map[pledgegraph.FactID]int{}
	facts := x.Facts[:0]
	for _, f := range x.Facts {
		if p := rename[f.Object]; p != nil {
			f.Object = p.id
			f.ID = pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated)
		}
		if k, ok := byID[f.ID]; ok {
			facts[k].Evidence = append(facts[k].Evidence, f.Evidence...)
			continue
		}
		byID[f.ID] = len(facts)
		facts = append(facts, f)
	}
	x.Facts = facts
}
