package extract

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"

	"github.com/pledgegraph/pledgegraph"
)

// Words of a language are numbered once, when its data is read
// (Language.compileWords), so that the tries of its frame table, its
// phrase sets and its first-word indexes find a token's phrases by the
// token's number, not by its folded spelling. Extractor.annotate gives
// each token the number of its folded word (Token.wid): 0 when the token
// was not annotated (the indexes then look the spelling up), wordNone
// when no phrase of the language starts with or holds its word. Tokens
// are matched only against the lists of the language that annotated
// them.

const wordNone int32 = -1

// interned holds one copy of each word of the languages' data, so that
// a token annotated with its word's copy (see Extractor.annotate)
// compares equal to a phrase's word by its pointer, without reading the
// bytes.
var interned = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// intern returns the copy of w that the languages' data share.
func intern(w string) string {
	interned.Lock()
	defer interned.Unlock()
	if c, ok := interned.m[w]; ok {
		return c
	}
	interned.m[w] = w
	return w
}

// number gives w a number in words, the next free one when it has none.
func number(words map[string]int32, w string) int32 {
	id, ok := words[w]
	if !ok {
		id = int32(len(words) + 1)
		words[w] = id
	}
	return id
}

// wordIndex maps word numbers to values: a map keyed by folded words,
// made into sorted lists so that a token's number finds its value.
type wordIndex[V any] struct {
	ids  []int32 // in order
	vals []V     // the values of ids
	// dense holds the values by number, for an index of many words
	dense []V
	has   []bool
}

// denseFrom is the number of words from which an index is dense; up to
// linearTo words, its list is read in order rather than halved.
const (
	denseFrom = 24
	linearTo  = 8
)

// indexWords numbers the words of m in words and indexes m's values by
// number.
func indexWords[V any](m map[string]V, words map[string]int32) wordIndex[V] {
	x := wordIndex[V]{ids: make([]int32, 0, len(m)), vals: make([]V, len(m))}
	for w := range m {
		x.ids = append(x.ids, number(words, w))
	}
	slices.Sort(x.ids)
	for w, v := range m {
		k, _ := slices.BinarySearch(x.ids, words[w])
		x.vals[k] = v
	}
	if len(x.ids) >= denseFrom {
		n := int(x.ids[len(x.ids)-1]) + 1
		x.dense, x.has = make([]V, n), make([]bool, n)
		for k, id := range x.ids {
			x.dense[id], x.has[id] = x.vals[k], true
		}
	}
	return x
}

// get returns the value of word number id.
func (x *wordIndex[V]) get(id int32) (V, bool) {
	if x.dense != nil {
		if id >= 0 && int(id) < len(x.dense) {
			return x.dense[id], x.has[id]
		}
		var zero V
		return zero, false
	}
	ids := x.ids
	if len(ids) <= linearTo {
		for k, v := range ids {
			if v >= id {
				if v == id {
					return x.vals[k], true
				}
				break
			}
		}
		var zero V
		return zero, false
	}
	lo, hi := 0, len(ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ids) && ids[lo] == id {
		return x.vals[lo], true
	}
	var zero V
	return zero, false
}

// wordMap is a map keyed by folded words that a token can also find by
// its number once compiled.
type wordMap[V any] struct {
	m        map[string]V
	x        wordIndex[V]
	compiled bool
}

// lookup returns the value of tok's word.
func (w *wordMap[V]) lookup(tok *Token) V {
	if !w.compiled || tok.wid == 0 {
		return w.m[tok.Fold]
	}
	v, _ := w.x.get(tok.wid)
	return v
}

// compile numbers the words of w in words.
func (w *wordMap[V]) compile(words map[string]int32) {
	w.x, w.compiled = indexWords(w.m, words), true
}

// compile numbers the words of t's phrases in words and indexes each
// node's next words by number. Adding a phrase later undoes it, and
// takes the trie's bit away (see Frames.compile).
func (t *phraseTrie[V]) compile(words map[string]int32) {
	var walk func(n *trieNode[V])
	walk = func(n *trieNode[V]) {
		n.kids = indexWords(n.next, words)
		for _, c := range n.next {
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
	c, _ := n.kids.get(tok.wid)
	return c
}

// trieCompiler is a phraseTrie of any value.
type trieCompiler interface {
	compile(words map[string]int32)
	firstWords(bit uint64, first map[string]uint64)
}

// compile numbers the words of all the tries of f and gives each a bit
// in Token.tries.
func (f *Frames) compile(words map[string]int32) {
	tries := []trieCompiler{&f.verbs, &f.parts, &f.gerund, &f.futures, &f.conds, &f.nouns, &f.possDet, &f.nounDet, &f.standin, &f.objPart,
		&f.possMark, &f.founder, &f.author, &f.late, &f.signer, &f.launchBy, &f.follow, &f.behalf, &f.occasion, &f.echo, &f.control, &f.aux, &f.neg, &f.negPre, &f.negModal, &f.restrict, &f.agent,
		&f.adverb, &f.clitic, &f.member, &f.copula, &f.among, &f.intake, &f.listIn, &f.except, &f.negQ, &f.anyQ, &f.came, &f.clause,
		&f.subord, &f.report, &f.later, &f.objectless, &f.prep, &f.article, &f.pronoun, &f.statePre, &f.source, &f.notHolder, &f.locClitic, &f.nounPrep, &f.allPron, &f.nounStep, &f.peer, &f.peerClitic, &f.peerSubj, &f.neither, &f.those, &f.thatOf, &f.latter, &f.former, &f.freeRel, &f.odds, &f.against, &f.people, &f.pluralClitic, &f.dative, &f.sinceRef, &f.topic, &f.absolute,
		&f.ellipsis, &f.few, &f.govNoun, &f.headFut, &f.newSubj, &f.reflexive, &f.urge, &f.wish, &f.propose, &f.expect, &f.adverbForm}
	f.first = map[string]uint64{}
	for k, t := range tries {
		t.compile(words)
		if bit := uint64(1) << k; bit < tallyBit {
			t.firstWords(bit, f.first)
		}
	}
}

// Bits of Token.tries besides those of the tries of the frame table:
// the first words of the language's event frames (see
// Language.frameAt) and of its tallies (see Language.tallyAt).
const (
	eventFrameBit uint64 = 1 << 63
	tallyBit      uint64 = 1 << 62
)

// firstWords sets bit as t's bit and adds it to the first words of its
// phrases in first.
func (t *phraseTrie[V]) firstWords(bit uint64, first map[string]uint64) {
	t.bit = bit
	for w := range t.root.next {
		first[w] |= bit
	}
}

// mayStart reports whether a trie with bit b may have a phrase starting
// at t: false only when t was annotated and b is not among its tries.
func (t *Token) mayStart(b uint64) bool {
	return b == 0 || t.lex&lexKnown == 0 || t.tries&b != 0
}

// compileWords numbers the words of the language's tries, phrase sets
// and first-word indexes; tokens annotated afterwards carry them.
func (l *Language) compileWords() {
	l.words = map[string]int32{}
	l.Frames.compile(l.words)
	for w := range l.frames {
		l.Frames.first[w] |= eventFrameBit
	}
	for _, t := range l.Tallies {
		l.Frames.first[t.Phrase[0]] |= tallyBit
	}
	sets := []*PhraseSet{&l.NowCues, &l.NegVerbs, &l.Adverbs, &l.Future, &l.CoActors, &l.Exceptions,
		&l.Reporting, &l.Anaphora, &l.Pronouns, &l.TitleMods, &l.PastMods, &l.Remits, &l.HostPreps, &l.FrameGap, &l.LedBy, &l.VenueHalls, &l.DemonymNouns, &l.Leads,
		&l.LeadsRef, &l.Affiliation, &l.Approx, &l.ListIntro, &l.Increment, &l.OutOf, &l.CountVerb, &l.And, &l.InfMark,
		&l.ItemEnd, &l.ItemCut, &l.ListVerb, &l.Partic, &l.Presented, &l.Venue, &l.PartOf, &l.Member, &l.All, &l.Commit, &l.CommitGap, &l.AmongPrev, &l.Lineage, &l.Indefinite, &l.OldText, &l.CommitList, &l.CommitNouns,
		&l.Compose, &l.SameAs, &l.LaunchDate, &l.PrincipleNo, &l.Edition, &l.Published, &l.KnownAs, &l.CalledAs, &l.Present, &l.Adoption, &l.Claim,
		&l.MemberAfter, &l.OwnMembers, &l.MemberAll, &l.MemberAfterAll, &l.EventAnaph, &l.DescHeads, &l.DescPlural, &l.DescTitled, &l.DescMods, &l.DescPreps, &l.DescCreate, &l.NameEnds,
		&l.CoHosts, &l.LocRel, &l.PullOutVerbs, &l.PullOutOf, &l.AlsoFront, &l.BothObj, &l.TalkOn, &l.PersName, &l.DurationPreps, &l.Concessive}
	for _, ps := range sets {
		ps.compile(l.words)
	}
	l.bitSets(sets)
	for k := range l.byPred {
		l.byPred[k].byFirst.compile(l.words)
	}
	l.titles.compile(l.words)
	l.cues.compile(l.words)
}

// bitSets gives the phrase sets of sets that have no bit in Token.lex
// one of the bits no set nor flag has, while there are some, so that
// MatchAt tries them only at their first words too.
func (l *Language) bitSets(sets []*PhraseSet) {
	used := ^(lexTrigger - 1) // the flags
	for _, ps := range sets {
		used |= ps.bit
	}
	bit := uint64(1)
	for _, ps := range sets {
		if ps.bit != 0 || ps.Len() == 0 {
			continue
		}
		for used&bit != 0 && bit < lexTrigger {
			bit <<= 1
		}
		if bit >= lexTrigger {
			return
		}
		ps.bit, used = bit, used|bit
		for w := range ps.byFirst {
			l.lex[w] |= bit
		}
	}
}

// wordSet is a single-word list of a language whose membership each
// annotated token carries as a bit (Token.sets), so that the rules test
// it without a look-up of the word. A list whose words map to values
// (Months, Numbers) is the set of its words.
type wordSet uint8

const (
	wsStop wordSet = iota
	wsEventHeads
	wsInitHeads
	wsNamePreps
	wsDefinite
	wsDemonstrative
	wsPossessives
	wsInnerHeads
	wsCapHeads
	wsElisions
	wsNameHeads
	wsRelPron
	wsMonths
	wsWeekdays
	wsRelative
	wsYearPreps
	wsOrdinals
	wsNumbers
	wsCountNouns
	wsArticles
	wsTopicPreps
	wsCapsPreps
	wsAndJoin
	wsNameArticles
	wsApproxNum
	wsBodyHeads
	wsDayPreps
	nWordSets
)

// Token.sets has a bit for each word set.
const _ = uint32(1<<nWordSets - 1)

// wordList returns the list s of l: a map of words, to true for those
// of the list or to their values.
func (l *Language) wordList(s wordSet) any {
	switch s {
	case wsStop:
		return l.Stop
	case wsEventHeads:
		return l.EventHeads
	case wsInitHeads:
		return l.InitHeads
	case wsNamePreps:
		return l.NamePreps
	case wsDefinite:
		return l.Definite
	case wsDemonstrative:
		return l.Demonstrative
	case wsPossessives:
		return l.Possessives
	case wsInnerHeads:
		return l.InnerHeads
	case wsCapHeads:
		return l.CapHeads
	case wsElisions:
		return l.Elisions
	case wsNameHeads:
		return l.NameHeads
	case wsRelPron:
		return l.RelPron
	case wsMonths:
		return l.Months
	case wsWeekdays:
		return l.Weekdays
	case wsRelative:
		return l.Relative
	case wsYearPreps:
		return l.YearPreps
	case wsOrdinals:
		return l.Ordinals
	case wsNumbers:
		return l.Numbers
	case wsCountNouns:
		return l.CountNouns
	case wsArticles:
		return l.Articles
	case wsTopicPreps:
		return l.TopicPreps
	case wsCapsPreps:
		return l.CapsPreps
	case wsAndJoin:
		return l.AndJoin
	case wsNameArticles:
		return l.NameArticles
	case wsApproxNum:
		return l.ApproxNum
	case wsBodyHeads:
		return l.bodyHeads
	case wsDayPreps:
		return l.DayPrep
	}
	panic(fmt.Sprintf("extract: no word set %d", s))
}

// inList reports whether w is in the list s of l.
func (l *Language) inList(s wordSet, w string) bool {
	switch m := l.wordList(s).(type) {
	case map[string]bool:
		return m[w]
	case map[string]int:
		_, ok := m[w]
		return ok
	case map[string]pledgegraph.CountWhat:
		_, ok := m[w]
		return ok
	}
	panic(fmt.Sprintf("extract: word set %d of unknown type", s))
}

// listWords returns the words of the list s of l.
func (l *Language) listWords(s wordSet) iter.Seq[string] {
	switch m := l.wordList(s).(type) {
	case map[string]bool:
		return func(yield func(string) bool) {
			for w, in := range m {
				if in && !yield(w) {
					return
				}
			}
		}
	case map[string]int:
		return maps.Keys(m)
	case map[string]pledgegraph.CountWhat:
		return maps.Keys(m)
	}
	panic(fmt.Sprintf("extract: word set %d of unknown type", s))
}

// wordValue returns m[t.Fold] where m is the list s of l: the map is
// looked up only for the tokens of its words.
func wordValue[V any](l *Language, s wordSet, m map[string]V, t *Token) (V, bool) {
	if !l.is(s, t) {
		var zero V
		return zero, false
	}
	v, ok := m[t.Fold]
	return v, ok
}

// lowerNameHead reports whether the word of t is a head of names that
// counts in lower case too ("la charte X"; not "Initiative", which only
// capitalised heads a name).
func (l *Language) lowerNameHead(t *Token) bool {
	return l.is(wsNameHeads, t) && !l.is(wsCapHeads, t)
}

// is reports whether the word of t is in the list s of l.
func (l *Language) is(s wordSet, t *Token) bool {
	if t.lex&lexKnown != 0 {
		return t.sets&(1<<s) != 0
	}
	return l.inList(s, t.Fold)
}
