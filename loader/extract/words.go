package extract

import "slices"

// Words of a language are numbered once, when its data is read, so that
// the tries of its frame table (see phraseTrie) follow a token by its
// number, not by its folded spelling. Extractor.annotate gives each token
// the number of its folded word (Token.wid): 0 when the token was not
// annotated, wordNone when no phrase of the tries holds its word.
// Tokens are matched only against the tries of the language that
// annotated them.

const wordNone int32 = -1

// number gives w a number in words, the next free one when it has none.
func number(words map[string]int32, w string) int32 {
	id, ok := words[w]
	if !ok {
		id = int32(len(words) + 1)
		words[w] = id
	}
	return id
}

// compile numbers the words of t's phrases in words and indexes each
// node's next words by number. Adding a phrase later undoes it.
func (t *phraseTrie[V]) compile(words map[string]int32) {
	var walk func(n *trieNode[V])
	walk = func(n *trieNode[V]) {
		n.ids, n.kids = nil, nil
		for w := range n.next {
			n.ids = append(n.ids, number(words, w))
		}
		slices.Sort(n.ids)
		n.kids = make([]*trieNode[V], len(n.ids))
		for w, c := range n.next {
			k, _ := slices.BinarySearch(n.ids, words[w])
			n.kids[k] = c
			walk(c)
		}
	}
	walk(&t.root)
	t.compiled = true
}

// child returns the node after n on the word of tok, or nil.
func (n *trieNode[V]) child(compiled bool, tok *Token) *trieNode[V] {
	if !compiled || tok.wid == 0 {
		return n.next[tok.Fold]
	}
	ids := n.ids
	lo, hi := 0, len(ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < tok.wid {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ids) && ids[lo] == tok.wid {
		return n.kids[lo]
	}
	return nil
}

// compile numbers the words of all the tries of f.
func (f *Frames) compile(words map[string]int32) {
	for _, t := range []*phraseTrie[string]{&f.verbs, &f.parts, &f.gerund, &f.futures, &f.nouns} {
		t.compile(words)
	}
	for _, t := range []*phraseTrie[bool]{&f.possDet, &f.standin, &f.possMark, &f.occasion, &f.neg, &f.negPre,
		&f.agent, &f.adverb, &f.clitic, &f.member, &f.copula, &f.among, &f.intake, &f.listIn, &f.except,
		&f.negQ, &f.clause, &f.report, &f.later, &f.objectless, &f.prep, &f.article, &f.pronoun} {
		t.compile(words)
	}
	f.control.compile(words)
	f.aux.compile(words)
}
