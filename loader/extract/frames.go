package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// phraseTrie maps phrases of folded words to a value, and finds the
// longest phrase starting at a token in one walk down the trie, however
// many phrases it holds.
type phraseTrie[V any] struct {
	root     trieNode[V]
	n        int
	compiled bool // the nodes' kids are set (see compile)
	// bit is the trie's bit in Token.tries, or 0 (see Frames.compile)
	bit uint64
	// endings: as a gap, a lower-case word with one of these endings
	// stands for a phrase of one word ("naturellement", "formally")
	endings []string
}

// gapAt returns how many tokens at toks[q] the trie t takes as a gap:
// its phrase there, or one word of its endings.
func (t *phraseTrie[V]) gapAt(toks []Token, q int) int {
	if n := t.at(toks, q); n > 0 {
		return n
	}
	if q < len(toks) && endsLike(&toks[q], t.endings) {
		return 1
	}
	return dateGapAt(toks, q)
}

// matchDateGap returns the length of the phrase p at toks[i] with a date
// between two of its words (« signé vendredi par », "signed on Friday
// by", « ouverte le 19 août par »; see dateGapAt), or 0.
func matchDateGap(toks []Token, i int, p Phrase) int {
	q, gapped := i, false
	for k, w := range p {
		if k > 0 && !gapped && q < len(toks) && toks[q].Fold != w {
			if n := dateGapAt(toks, q); n > 0 {
				q, gapped = q+n, true
			}
		}
		if q >= len(toks) || toks[q].Fold != w {
			return 0
		}
		q++
	}
	if !gapped {
		return 0
	}
	return q - i
}

// dateGapAt returns the length of a date that stands between the words
// of a phrase as an adverb does: a weekday (« a ouvert samedi à la
// signature », "on Friday"), a year after its preposition ("a refusé en
// 1955 d'adhérer", "refused in 1955 to join") or a day's date after its
// preposition (« avait été ouverte le 19 août par », "was opened on 19
// August 1974 by"); else 0.
func dateGapAt(toks []Token, q int) int {
	if q >= len(toks) || toks[q].lex&lexKnown == 0 {
		return 0
	}
	if toks[q].sets&(1<<wsWeekdays) != 0 {
		return 1
	}
	if q+1 < len(toks) && toks[q].sets&(1<<wsYearPreps) != 0 && toks[q+1].Number && len(toks[q+1].Text) == 4 {
		return 2
	}
	if toks[q].sets&(1<<wsDayPreps) != 0 && q+1 < len(toks) {
		if toks[q+1].sets&(1<<wsWeekdays) != 0 {
			return 2 // "on Friday", « le mercredi »
		}
		if n := dayDateLen(toks, q+1); n > 0 {
			return 1 + n
		}
	}
	return 0
}

// dayDateLen returns the length of the day's date at toks[q], the day
// before or after its month and a year perhaps after them ("19 août",
// "19 August 1974", "August 19"), or 0.
func dayDateLen(toks []Token, q int) int {
	if q+1 >= len(toks) {
		return 0
	}
	month := func(k int) bool { return toks[k].sets&(1<<wsMonths) != 0 }
	_, dayFirst := dayNum(toks[q])
	_, dayAfter := dayNum(toks[q+1])
	if !(dayFirst && month(q+1) || month(q) && dayAfter) {
		return 0
	}
	if q+2 < len(toks) {
		if _, ok := yearNum(toks[q+2]); ok {
			return 3
		}
	}
	return 2
}

// endsLike reports whether t is a lower-case word with one of endings
// ("naturellement" for "ment").
func endsLike(t *Token, endings []string) bool {
	return !t.Cap && hasEnding(t.Fold, endings)
}

type trieNode[V any] struct {
	next map[string]*trieNode[V]
	kids wordIndex[*trieNode[V]] // next by word number (see compile)
	val  V
	ok   bool
}

// add maps p to v; a phrase added twice keeps its first value.
func (t *phraseTrie[V]) add(p Phrase, v V) {
	if len(p) == 0 {
		return
	}
	t.compiled, t.bit = false, 0
	n := &t.root
	for _, w := range p {
		if n.next == nil {
			n.next = map[string]*trieNode[V]{}
		}
		c := n.next[w]
		if c == nil {
			c = &trieNode[V]{}
			n.next[w] = c
		}
		n = c
	}
	if !n.ok {
		n.val, n.ok = v, true
		t.n++
	}
}

// match returns the value and the length in tokens of the longest phrase
// that starts at toks[i], or a zero length.
func (t *phraseTrie[V]) match(toks []Token, i int) (V, int) {
	var best V
	bestN := 0
	if i < len(toks) && !toks[i].mayStart(t.bit) {
		return best, 0
	}
	n := &t.root
	for q := i; q < len(toks) && n.next != nil; q++ {
		n = n.child(t.compiled, &toks[q])
		if n == nil {
			break
		}
		if n.ok {
			best, bestN = n.val, q-i+1
		}
	}
	return best, bestN
}

// matchGap is match where words of gap may stand between the phrase's
// words ("restent en revanche à l'écart de" for "restent à l'écart de");
// the length counts them.
func (t *phraseTrie[V]) matchGap(toks []Token, i int, gap *phraseTrie[bool]) (V, int) {
	if i < len(toks) && !toks[i].mayStart(t.bit) {
		var zero V
		return zero, 0
	}
	v, end := gapWalk(&t.root, t.compiled, toks, i, i, gap)
	return v, end - i
}

// gapWalk follows the phrase from node n at toks[q] and returns the value
// of the longest phrase found and the token where it ends, or start when
// none: a word of the phrase is taken as it stands or, when that leads
// nowhere, after words of gap ("restent en revanche à" where "restent en
// dehors de" is a phrase too).
func gapWalk[V any](n *trieNode[V], compiled bool, toks []Token, q, start int, gap *phraseTrie[bool]) (V, int) {
	var best V
	bestEnd := start
	if q >= len(toks) || n.next == nil {
		return best, bestEnd
	}
	if next := n.child(compiled, &toks[q]); next != nil {
		if next.ok {
			best, bestEnd = next.val, q+1
		}
		if v, e := gapWalk(next, compiled, toks, q+1, start, gap); e > bestEnd {
			best, bestEnd = v, e
		}
	}
	if g := gap.gapAt(toks, q); g > 0 && q > start && q+g < len(toks) {
		if next := n.child(compiled, &toks[q+g]); next != nil {
			if next.ok {
				best, bestEnd = next.val, q+g+1
			}
			if v, e := gapWalk(next, compiled, toks, q+g+1, start, gap); e > bestEnd {
				best, bestEnd = v, e
			}
		}
	}
	return best, bestEnd
}

// at returns the length of the longest phrase that starts at toks[i].
func (t *phraseTrie[V]) at(toks []Token, i int) int {
	_, n := t.match(toks, i)
	return n
}

// endingAt returns the start of the longest phrase of t that ends just
// before toks[end], starting no more than back tokens earlier, or -1; a
// phrase counts even when a longer one starts where it does ("sans" before
// "y adhérer", though "sans y" is a phrase too).
func (t *phraseTrie[V]) endingAt(toks []Token, end, back int) (V, int) {
	var zero V
	for i := max(0, end-back); i < end; i++ {
		if v, ok := t.spans(toks, i, end); ok {
			return v, i
		}
	}
	return zero, -1
}

// endingAtGap is endingAt where words of gap may stand between the
// phrase's words ("refuse toujours de" for "refuse de"); a phrase without
// a gap is preferred.
func (t *phraseTrie[V]) endingAtGap(toks []Token, end, back int, gap *phraseTrie[bool]) (V, int) {
	if v, p := t.endingAt(toks, end, back); p >= 0 {
		return v, p
	}
	var zero V
	for i := max(0, end-back); i < end; i++ {
		if v, n := t.matchGap(toks, i, gap); n > 0 && i+n == end {
			return v, i
		}
	}
	return zero, -1
}

// spans returns the value of the phrase that is exactly toks[i:end].
func (t *phraseTrie[V]) spans(toks []Token, i, end int) (V, bool) {
	var zero V
	n := &t.root
	for q := i; q < end; q++ {
		if n.next == nil {
			return zero, false
		}
		if n = n.child(t.compiled, &toks[q]); n == nil {
			return zero, false
		}
	}
	return n.val, n.ok
}

// endingAt2 is endingAt for a phrase of at most five words, reporting
// only its start.
func (t *phraseTrie[V]) endingAt2(toks []Token, end int) int {
	_, p := t.endingAt(toks, end, 5)
	return p
}

// Frame is a row of a language's frame table: a verb lemma that states a
// predicate, with the polarity it states it with ("sign" states support,
// "reject" its refusal). ID names the rule in each fact it makes.
type Frame struct {
	ID        string
	Predicate pledgegraph.Predicate
	Lemma     string
	Negative  bool
	// Bound marks a verb whose complement is its object even after a
	// preposition ("participer au Forum"): a name there that is no
	// initiative means the verb does not act on one.
	Bound bool
	// Also is a second predicate the verb states of the same actors and
	// object ("issued the Declaration": launched it and signed it), or "".
	Also pledgegraph.Predicate
	// Passive marks a verb that states the frame only in the passive
	// ("was released on Tuesday", not "the challenge Obama issued").
	Passive bool
}

// control marks what a governing verb does to the verb after it.
type control uint8

const (
	ctrlLink     control = iota // "went on to sign": nothing
	ctrlNeg                     // "refused to sign": the stance does not hold
	ctrlIntend                  // "plans to sign": not yet, no fact
	ctrlAnnounce                // "agreed to sign": holds from the announcement
)

// echoCue is a phrase by which a sentence without a verb of its own
// repeats the last stance for other actors: neg for a refusal ("neither
// has", "non plus"), same for either polarity ("ce fut également le cas
// de", "the same goes for"), after when it follows the actors ("L'Inde
// non plus").
type echoCue struct{ neg, same, after bool }

// auxKind is the kind of an auxiliary verb.
type auxKind uint8

const (
	auxHave auxKind = iota + 1
	auxBe
	auxFuture
	auxDo
	auxModal
	auxPast     // "had", "avait": a past before the story's, as "have"
	auxCond     // "would": a future of the past, or a condition
	auxCondHave // "aurait", "auraient": a "have" of a condition, a past that did not happen ("aurait pu signer")
)

// Frames is a language's table of verb groups and frames (frames.tsv in
// loader/lang/<code>): the forms of the verbs that state a stance, the
// words of a verb group (auxiliaries, negation, governing verbs, adverbs,
// pronoun objects), the frames, and the words around lists of members
// and refusals.
type Frames struct {
	verbs     phraseTrie[string]  // any form → lemma
	parts     phraseTrie[string]  // past participles → lemma
	gerund    phraseTrie[string]  // gerunds and present participles → lemma
	futures   phraseTrie[string]  // forms of a future tense ("signera") → lemma
	conds     phraseTrie[string]  // forms of the conditional ("signerait") → lemma: what would be, not yet
	nouns     phraseTrie[string]  // nouns of a stance ("accession", "ralliement") → lemma
	possDet   phraseTrie[bool]    // possessive determiners ("its", "son")
	nounDet   phraseTrie[bool]    // determiners that only a noun follows ("no", "aucun"): "gave no sign" holds no verb
	standin   phraseTrie[bool]    // nouns whose complement is the actor ("the governments of")
	govNoun   phraseTrie[bool]    // nouns of a government that an adjective of nationality names ("the Japanese government"); true: of its delegation ("la délégation russe")
	statePre  phraseTrie[bool]    // words of a state's official name before its short one ("the Republic of Moldova", "l'État d'Israël")
	source    phraseTrie[bool]    // opening a sentence, the words that name its source before a comma ("According to X,", "Selon X,")
	locClitic phraseTrie[bool]    // a pronoun of place before a verb ("y"): there, at the event last named
	objPart   phraseTrie[bool]    // nouns whose complement is the initiative acted on ("the principles of")
	possMark  phraseTrie[bool]    // the mark of a possessor after its apostrophe ("Brazil's")
	founder   phraseTrie[bool]    // "founders", "membres fondateurs": holders from the start; true: who launched the initiative ("founders", not "founding members")
	author    phraseTrie[bool]    // "authors", "auteurs": holders who launched it, not said to support it
	late      phraseTrie[bool]    // "newcomers", "nouveaux membres": holders who joined after the launch
	signer    phraseTrie[bool]    // "signatories", "signataires": holders who signed, for their states when they hold offices
	launchBy  phraseTrie[bool]    // "à l\'initiative de", "under the aegis of": the launchers follow; true: only of the initiative right before ("published by")
	follow    phraseTrie[bool]    // "followed by", "suivi par": those after did the same later
	behalf    phraseTrie[bool]    // "on behalf of", "au nom de": the actor named next is the one who acts
	occasion  phraseTrie[bool]    // "en a profité pour", "took the opportunity to": at the occasion the text just told
	echo      phraseTrie[echoCue] // "neither has", "non plus": the last stance, for other actors
	control   phraseTrie[control]
	aux       phraseTrie[auxKind]
	neg       phraseTrie[bool] // "not", "pas"
	negPre    phraseTrie[bool] // "ne", "n'"
	negModal  phraseTrie[bool] // "pouvait", "saurait": after "ne", a negation without "pas" ("ne pouvait accepter")
	restrict  phraseTrie[bool] // "que": after "ne" and its verb, "only", no negation ("ne peut signer qu'avec des réserves")
	agent     phraseTrie[bool] // "by", "par"
	adverb    phraseTrie[bool]
	clitic    phraseTrie[bool] // "it", "y", "l'": the initiative under discussion; true before the verb
	frames    map[string]*Frame
	member    phraseTrie[bool] // membership nouns; true for "absentees"
	notHolder phraseTrie[bool] // words before a membership noun that make it no member's ("non-member states")
	copula    phraseTrie[bool]
	among     phraseTrie[bool]
	intake    phraseTrie[bool]
	listIn    phraseTrie[bool]
	except    phraseTrie[bool]
	negQ      phraseTrie[bool]    // "neither", "aucun": the list under it does not hold
	anyQ      phraseTrie[bool]    // "any", "un quelconque": an object of any kind, no text named
	came      phraseTrie[bool]    // "came", « étaient venues »: delegations came from the states after them
	clause    phraseTrie[bool]    // "but", "which", "mais", "qui": a clause starts; true for a relative pronoun
	subord    phraseTrie[bool]    // "although", "bien que": a subordinate clause, closed by a comma
	contract  map[string][]string // a preposition → its forms contracted with an article ("à" → "au", "aux")
	newSubj   phraseTrie[bool]    // ", and", ", et": a clause with a subject of its own when a name follows
	absolute  phraseTrie[bool]    // ", with": a clause whose subject can only be in it ("with 68 vendors signing on")
	headFut   phraseTrie[bool]    // "to" between a name and a verb: a headline's future ("Mexico to sign")
	reflexive phraseTrie[bool]    // "se", "s'": a reflexive pronoun inside a verb group
	urge      phraseTrie[bool]    // "urged", "a exhorté": a verb that asks its object to do what the infinitive after it (its mark an InfMark) says
	wish      phraseTrie[bool]    // "hope that", "souhaite que": a verb whose clause says what someone wishes or expects, not what was done
	propose   phraseTrie[bool]    // "wanted to", "aurait voulu": a wish to do what the infinitive after it says, which a refusal after it may answer
	expect    phraseTrie[bool]    // "was supposed to be", « devait être »: what the words right after it tell was expected, not done
	few       phraseTrie[bool]    // "peu de", "few": the actors excepted from few are among them
	ellipsis  phraseTrie[echoCue] // "have not", "non", "too": a verb elided at the end of a clause
	report    phraseTrie[bool]    // "said", "a indiqué": a clause with its own subject follows
	later     phraseTrie[bool]    // "next year": a time still to come
	// objectless are the words after which a verb has no object of its
	// own ("signed in 2018", "a signé lors du sommet")
	objectless phraseTrie[bool]
	// adverbForm are the forms of a verb of a frame that, with no object
	// after them, are adverbs: "back" in "welcome the United States back
	// at a later conference", "came back to the table"
	adverbForm phraseTrie[bool]
	// prep are the prepositions that make the name after them no subject
	prep phraseTrie[bool]
	// nounPrep: prepositions after which a verb's form is a noun ("at
	// launch", "dès lancement")
	nounPrep phraseTrie[bool]
	// nounStep: nouns that a stance noun qualifies, after it or before
	// it, making it a step towards the stance ("its accession protocol",
	// "sa demande d'adhésion")
	nounStep phraseTrie[bool]
	// peer: nouns of people that a possessive makes the object of a verb
	// of joining, not an initiative ("joined their counterparts",
	// "a rejoint ses homologues")
	peer phraseTrie[bool]
	// allPron: plural pronouns that stand for the list of actors just
	// named ("toutes", "all of them")
	allPron phraseTrie[bool]
	// peerClitic: pronoun objects that, after a verb of joining, stand
	// for people rather than a text ("refused to join them", "a refusé
	// de les rejoindre")
	peerClitic phraseTrie[bool]
	// peerSubj: plural subject pronouns that, before a passive verb of
	// joining, stand for actors whose stance others take ("they have been
	// joined by Hungary", "ils ont été rejoints par").
	peerSubj phraseTrie[bool]
	// neither: the words that open a sentence naming only actors who, as
	// those of the sentence before, did not ("Neither will", "Nor did").
	neither phraseTrie[bool]
	// those: pronouns that, as the antecedent of a relative clause, name
	// nobody ("urged all governments, and particularly those that
	// abstained": the clause's subject is none of the names before).
	those phraseTrie[bool]
	// thatOf are the pronouns that take up the noun before with a
	// complement: after a membership noun and its comma or colon, they
	// open its list ("three abstentions, those of Argentina and Japan",
	// « treize signatures … : celles de la Belgique, du Danemark »).
	thatOf phraseTrie[bool]
	// latter: the words that refer to the text named last ("the
	// latter", "ce dernier")
	latter phraseTrie[bool]
	// former: the words that stand alone for one item of a pair named
	// before, by its rank ("the former", « la seconde »): what it
	// stands for is no text the rules may take for the one under
	// discussion
	former phraseTrie[bool]
	// freeRel: the pronouns of a free relative clause, its verb's object
	// ("what the Government could not accept", "ce que le gouvernement
	// ne pouvait accepter"): the verb's object is no initiative
	freeRel phraseTrie[bool]
	// odds: the words of a relation that open an aside whose names are
	// not the subject's ("China, at odds with Moscow, stayed away",
	// "la Chine, en froid avec Moscou, n'était pas représentée")
	odds phraseTrie[bool]
	// against: the words of opposition that end a verb's object before
	// the initiative it opposes ("la position du gouvernement hostile
	// au texte", "a motion opposing the treaty"): approving it refuses
	// the initiative
	against phraseTrie[bool]
	// people: the nouns of a country's people, not its government: what
	// they do is not the country's act ("le Royaume-Uni, dont les
	// électeurs ont choisi de quitter l'Union")
	people phraseTrie[bool]
	// dative: the pronoun objects that name the one a verb of urging
	// asks ("lui a demandé de", "les invite à")
	dative phraseTrie[bool]
	// pluralClitic: the pronoun objects that stand for several texts
	// ("opposes them", "les rejette")
	pluralClitic phraseTrie[bool]
	// sinceRef: the words of a past point of reference ("since the
	// Tuvalu meeting in 2019", "depuis la réunion de 2019"): the date
	// after them is not the event's named before them
	sinceRef phraseTrie[bool]
	// topic: the words that front the actor a clause then speaks of
	// with a pronoun ("As for Australia, it did not sign", "Quant à
	// l'Australie, elle n'a pas signé")
	topic   phraseTrie[bool]
	article phraseTrie[bool]
	// pronoun are the subject pronouns that stand for what the text
	// spoke of before ("they were joined by")
	pronoun phraseTrie[bool]
	// first maps the first words of the tries' phrases to the tries'
	// bits in Token.tries (see compile), and those of the language's
	// event frames and tallies to theirs (see Language.compileWords)
	first map[string]uint64
}

// parse reads a frame table: lines of three tab-separated fields,
// category, value and phrases separated by "|"; "#" starts a comment.
func (f *Frames) parse(code pledgegraph.Lang, data []byte) error {
	err := eachRow(data, 3, func(n int, fs []string) error {
		ok, err := f.parseLine(fs[0], fs[1], fs[2])
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if !ok {
			return fmt.Errorf("line %d: unknown category %q", n, fs[0])
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("extract: frames %s: %w", code, err)
	}
	return nil
}

// parseLine reads one line of a frame table into f; it reports whether
// the category is one of the frame table's.
func (f *Frames) parseLine(cat, val, text string) (bool, error) {
	if cat == "frame" {
		fs := strings.Fields(text)
		if len(fs) < 3 || fs[2] != "+" && fs[2] != "-" {
			return true, errors.New("want a frame as \"predicate lemma +|- [bound] [passive] [also:predicate]\"")
		}
		fm := &Frame{ID: val, Predicate: pledgegraph.Predicate(fs[0]), Lemma: fs[1], Negative: fs[2] == "-"}
		for _, opt := range fs[3:] {
			if also, ok := strings.CutPrefix(opt, "also:"); ok && also != "" {
				fm.Also = pledgegraph.Predicate(also)
			} else if opt == "bound" {
				fm.Bound = true
			} else if opt == "passive" {
				fm.Passive = true
			} else {
				return true, fmt.Errorf("frame option %q: want \"bound\", \"passive\" or \"also:predicate\"", opt)
			}
		}
		if f.frames == nil {
			f.frames = map[string]*Frame{}
		}
		f.frames[fs[1]] = fm
		return true, nil
	}
	if cat == "contract" {
		if f.contract == nil {
			f.contract = map[string][]string{}
		}
		for _, alt := range strings.Split(text, "|") {
			if w := strings.Join(ParsePhrase(strings.TrimSpace(alt)), " "); w != "" {
				key := strings.Join(ParsePhrase(val), " ")
				f.contract[key] = append(f.contract[key], w)
			}
		}
		return true, nil
	}
	add, err := f.adder(cat, val)
	if add == nil || err != nil {
		return add != nil, err
	}
	for _, alt := range strings.Split(text, "|") {
		p := ParsePhrase(strings.TrimSpace(alt)) // "l'", "d'": the elided word alone
		if len(p) > 0 {
			add(p)
			f.addContracted(p, add)
		}
	}
	return true, nil
}

// addContracted adds the forms of a phrase whose last word contracts
// with the article after it ("jointe à" → "jointe au", "jointe aux";
// "se retirer de" → "se retirer du"), as the frame table's contract rows
// say, written before the phrases they apply to.
func (f *Frames) addContracted(p Phrase, add func(Phrase)) {
	n := len(p)
	if n < 2 {
		return
	}
	for _, w := range f.contract[p[n-1]] {
		add(append(slices.Clip(p[:n-1]), w))
	}
}

// holderAdder returns the function that adds a holder noun of kind val:
// "member" (or "absent"), "founder", "founding" (members from the start,
// who did not launch it: "membres fondateurs"), "author", "late",
// "signer", or "not".
func (f *Frames) holderAdder(val string) func(Phrase) {
	switch val {
	case "founder":
		return func(p Phrase) { f.member.add(p, false); f.founder.add(p, true) }
	case "founding":
		return func(p Phrase) { f.member.add(p, false); f.founder.add(p, false) }
	case "author":
		return func(p Phrase) { f.member.add(p, false); f.author.add(p, true) }
	case "late":
		return func(p Phrase) { f.member.add(p, false); f.late.add(p, true) }
	case "signer":
		return func(p Phrase) { f.member.add(p, false); f.signer.add(p, true) }
	case "not":
		return func(p Phrase) { f.notHolder.add(p, true) }
	}
	absent := val == "absent"
	return func(p Phrase) { f.member.add(p, absent) }
}

// adder returns the function that adds a phrase of category cat with
// value val, or nil when cat is not a category of the frame table.
func (f *Frames) adder(cat, val string) (func(Phrase), error) {
	flag := func(t *phraseTrie[bool], v bool) func(Phrase) { return func(p Phrase) { t.add(p, v) } }
	switch cat {
	case "verb":
		return func(p Phrase) { f.verbs.add(p, val) }, nil
	case "part":
		return func(p Phrase) { f.parts.add(p, val); f.verbs.add(p, val) }, nil
	case "nounframe":
		return func(p Phrase) { f.nouns.add(p, val) }, nil
	case "futureform":
		return func(p Phrase) { f.futures.add(p, val); f.verbs.add(p, val) }, nil
	case "condform":
		return func(p Phrase) { f.conds.add(p, val); f.verbs.add(p, val) }, nil
	case "gerund":
		return func(p Phrase) { f.gerund.add(p, val); f.verbs.add(p, val) }, nil
	case "control":
		c, ok := map[string]control{"link": ctrlLink, "neg": ctrlNeg, "intend": ctrlIntend, "announce": ctrlAnnounce}[val]
		if !ok {
			return nil, fmt.Errorf("unknown control %q", val)
		}
		return func(p Phrase) { f.control.add(p, c) }, nil
	case "aux":
		a, ok := map[string]auxKind{"have": auxHave, "be": auxBe, "future": auxFuture, "do": auxDo, "modal": auxModal, "past": auxPast, "cond": auxCond, "condhave": auxCondHave}[val]
		if !ok {
			return nil, fmt.Errorf("unknown auxiliary %q", val)
		}
		return func(p Phrase) { f.aux.add(p, a) }, nil
	case "advending":
		return func(p Phrase) { f.adverb.endings = append(f.adverb.endings, p[0]) }, nil
	case "clitic":
		if val != "before" && val != "after" {
			return nil, fmt.Errorf("clitic %q: want before or after", val)
		}
		return flag(&f.clitic, val == "before"), nil
	case "holder":
		return f.holderAdder(val), nil
	case "echo":
		e, ok := map[string]echoCue{"-before": {neg: true}, "-after": {neg: true, after: true}, "+before": {}, "+after": {after: true}, "=before": {same: true}, "=after": {same: true, after: true}}[val]
		if !ok {
			return nil, fmt.Errorf("echo %q: want -before, -after, +before, +after, =before or =after", val)
		}
		return func(p Phrase) { f.echo.add(p, e) }, nil
	case "ellipsis":
		e, ok := map[string]echoCue{"-": {neg: true}, "+": {}, "=": {same: true}}[val]
		if !ok {
			return nil, fmt.Errorf("ellipsis %q: want -, + or =", val)
		}
		return func(p Phrase) { f.ellipsis.add(p, e) }, nil
	case "clausebreak":
		if val == "sub" || val == "cond" {
			return flag(&f.subord, val == "sub"), nil
		}
		if val == "subj" {
			return flag(&f.newSubj, true), nil
		}
		if val == "absolute" {
			return flag(&f.absolute, true), nil
		}
		return flag(&f.clause, val == "rel"), nil
	case "govnoun":
		return flag(&f.govNoun, val == "delegation"), nil
	case "launchby":
		return flag(&f.launchBy, val == "prev"), nil
	}
	t := map[string]*phraseTrie[bool]{
		"neg": &f.neg, "negpre": &f.negPre, "negmodal": &f.negModal, "restrict": &f.restrict, "agent": &f.agent, "inner": &f.adverb,
		"copula": &f.copula, "among": &f.among, "intake": &f.intake, "listword": &f.listIn, "except": &f.except,
		"negquant": &f.negQ, "anyquant": &f.anyQ, "camefrom": &f.came, "report": &f.report, "later": &f.later,
		"objectless": &f.objectless, "adverbform": &f.adverbForm, "prep": &f.prep, "article": &f.article, "subjpron": &f.pronoun, "possdet": &f.possDet, "noundet": &f.nounDet, "standin": &f.standin, "stateprefix": &f.statePre, "source": &f.source, "locclitic": &f.locClitic, "headfuture": &f.headFut, "reflexive": &f.reflexive, "urge": &f.urge, "wish": &f.wish, "propose": &f.propose, "expect": &f.expect, "few": &f.few, "objpart": &f.objPart, "possmark": &f.possMark, "follow": &f.follow, "behalf": &f.behalf, "occasion": &f.occasion, "nounprep": &f.nounPrep, "nounstep": &f.nounStep, "peer": &f.peer, "peerclitic": &f.peerClitic, "peersubj": &f.peerSubj, "neither": &f.neither, "those": &f.those, "thatof": &f.thatOf, "latter": &f.latter, "former": &f.former, "freerel": &f.freeRel, "odds": &f.odds, "against": &f.against, "people": &f.people, "pluralclitic": &f.pluralClitic, "dative": &f.dative, "sinceref": &f.sinceRef, "topic": &f.topic, "allpron": &f.allPron,
	}[cat]
	if t == nil {
		return nil, nil
	}
	return flag(t, true), nil
}

// articleStart returns where the article or the possessive determiner
// before token q starts ("the" in "the Paris Call", "l'" in "l'Appel",
// "son" in "son 32e sommet"), or q when there is none.
func (f *Frames) articleStart(toks []Token, q int) int {
	if _, a := f.article.endingAt(toks, q, 1); a >= 0 {
		return a
	}
	if _, a := f.possDet.endingAt(toks, q, 1); a >= 0 {
		return a // "à l'issue de son 32e sommet"
	}
	return q
}

// prepNoun reports whether the preposition at toks[q] makes a noun of
// the word after it: "at launch", not "to launch".
func (f *Frames) prepNoun(toks []Token, q int) bool {
	return f.nounPrep.at(toks, q) == 1
}

// frameOf returns the frame of a verb lemma, or nil.
func (f *Frames) frameOf(lemma string) *Frame {
	if f == nil {
		return nil
	}
	return f.frames[lemma]
}

// stayOutAt returns the length of a verb of staying out of an
// initiative (the frame table's lemma "abstain": "absent from", "se
// tient à l'écart de") at toks[q], or 0.
func (f *Frames) stayOutAt(toks []Token, q int) int {
	if lemma, n := f.verbs.match(toks, q); n > 0 && lemma == "abstain" {
		return n
	}
	return 0
}

// beforeIs reports whether the word right before toks[i] is an
// auxiliary of kind k ("été", "was" for auxBe).
func (f *Frames) beforeIs(toks []Token, i int, k auxKind) bool {
	v, n := f.aux.match(toks, i-1)
	return n == 1 && v == k
}

// occasionIn reports whether toks say that what they tell happened at the
// occasion the text told just before ("en a profité pour").
func (f *Frames) occasionIn(toks []Token) bool {
	for q := range toks {
		if f.occasion.at(toks, q) > 0 {
			return true
		}
	}
	return false
}

// verbWord reports whether a verb of a frame, a participle, a copula, an
// auxiliary or a reporting verb starts at toks[q]: a word that makes a
// phrase a clause, not a label or an apposition.
func (fr *Frames) verbWord(toks []Token, q int) bool {
	return fr.verbs.at(toks, q) > 0 || fr.parts.at(toks, q) > 0 || fr.copula.at(toks, q) > 0 || fr.aux.at(toks, q) > 0 || fr.report.at(toks, q) > 0
}

// negationIn reports whether a word of negation ("not", « ne », « pas »)
// stands in toks[i:j].
func (f *Frames) negationIn(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if f.neg.at(toks, k) > 0 || f.negPre.at(toks, k) > 0 {
			return true
		}
	}
	return false
}
