package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// Extractor runs the extraction pipeline with one language's rules and
// the reference data. It holds no per-document state: one Extractor may
// serve concurrent calls.
type Extractor struct {
	Lang *Language
	Ref  *Reference
	// ExpandUndatedGroups expands a group statement into today's members
	// even when neither a date (the fact's or the publication's) nor a
	// number of members in the text says which membership is meant. By
	// default such a statement yields no inferred facts.
	ExpandUndatedGroups bool

	lex *lexTable // see annotate; shared by copies
}

// lexTable maps a word to the lex bits and the number of the tokens
// that spell it.
type lexTable struct {
	m map[string]lexWord
}

type lexWord struct {
	word  string // the shared copy of the word (see intern)
	bits  uint64
	wid   int32
	sets  uint32
	tries uint64
}

// New returns an Extractor for lang with the reference data ref. The
// table of the words its lists hold is built here, once, so that the
// first document costs no more than the next.
func New(lang *Language, ref *Reference) *Extractor {
	x := &Extractor{Lang: lang, Ref: ref, lex: &lexTable{}}
	x.lex.m = x.lexWords()
	rulePrecisions() // read now; an error is reported where it is used
	return x
}

// lexWords maps every word that starts a phrase of the language's lists
// or of the reference data's names to its lex bits, its number and its
// shared copy.
func (x *Extractor) lexWords() map[string]lexWord {
	m := map[string]lexWord{}
	for w, b := range x.Lang.lex {
		m[w] = lexWord{bits: b}
	}
	if x.Ref != nil {
		for w := range x.Ref.demonym {
			first, _, _ := strings.Cut(w, " ")
			m[first] = lexWord{bits: m[first].bits | lexDemonym}
		}
		for w := range x.Ref.index {
			m[w] = lexWord{bits: m[w].bits | lexRef}
		}
		for w := range x.Ref.glued {
			m[w] = lexWord{bits: m[w].bits | lexRef}
		}
	}
	for w, id := range x.Lang.words {
		lw := m[w]
		lw.wid = id
		m[w] = lw
	}
	for w, b := range x.Lang.Frames.first {
		lw := m[w]
		lw.tries |= b
		m[w] = lw
	}
	for k := range nWordSets {
		for w := range x.Lang.listWords(k) {
			lw := m[w]
			lw.sets |= 1 << k
			m[w] = lw
		}
	}
	for w, lw := range m {
		lw.word = intern(w)
		m[w] = lw
	}
	return m
}

// annotate sets the lex bits of the tokens of sents: which of the
// language's lists and of the reference data's names have a phrase that
// starts with each token, so that trying a list at a token that starts
// none of its phrases is one bit test (see Token.may).
// An Extractor made without New annotates nothing.
func (x *Extractor) annotate(sents []Sentence) {
	if x.lex == nil {
		return
	}
	for _, s := range sents {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			lw, ok := x.lex.m[t.Fold]
			if ok {
				t.Fold = lw.word
			}
			t.lex, t.wid, t.sets, t.tries = lexKnown|lw.bits, lw.wid, lw.sets, lw.tries
			if t.wid == 0 {
				t.wid = wordNone
			}
			if x.Lang.Unaccented[t.Text] {
				t.sets &^= 1<<wsInitHeads | 1<<wsNameHeads // "la traite des êtres humains": no "traité"
				t.lex &^= x.Lang.Venue.bit                 // "la France a rejoint": no "à"
			}
		}
	}
}

// flags returns n false flags for a scan of a sentence's tokens, cut
// from a chunk shared by the document's scans: one allocation stands for
// many small ones. The chunk is never handed out twice.
func (d *docState) flags(n int) []bool {
	if len(d.flagBuf) < n {
		d.flagBuf = make([]bool, max(n, flagChunk))
	}
	f := d.flagBuf[:n:n]
	d.flagBuf = d.flagBuf[n:]
	return f
}

// flagChunk is the size of the chunks flags cuts: a news item's
// sentences take a few of them.
const flagChunk = 2048

// docState is the running state of one document's extraction.
type docState struct {
	flagBuf     []bool // see flags
	x           *Extractor
	doc         pledgegraph.Document
	text        string
	ents        map[pledgegraph.EntityID]*pledgegraph.Entity
	order       []pledgegraph.EntityID
	ments       []pledgegraph.Mention
	facts       map[pledgegraph.FactID]*pledgegraph.Fact
	forder      []pledgegraph.FactID
	counts      []pledgegraph.Count
	byKind      []int                         // the counts by a noun that takes the kind of the supporters named ("signatories")
	cur         pledgegraph.EntityID          // the initiative under discussion
	curPara     int                           // the paragraph that first names the initiative first under discussion
	at          *Sentence                     // the sentence read
	composed    map[pledgegraph.EntityID]bool // events named after their body ("sommet du Commonwealth"): a name the text gives replaces it
	otherAt     int                           // the end of the last sentence that took a stance on something no initiative ("approved these measures")
	last        *pledgegraph.Fact             // the last supports fact, for "ce fut également le cas de"
	dyn         map[string]pledgegraph.EntityID
	dynNames    map[string][]dynName // names of several words the text introduced, by their first word folded
	yearCtx     pledgegraph.Date     // the last full date the text gave, for dates without year
	sinceRef    pledgegraph.Date     // the last date the text gave, for dates counted from it ("a year later")
	storyDay    pledgegraph.Date     // the dateline's day, when the story was filed before its publication (see datelineDay)
	line        *Sentence            // the sentence that opens on the dateline ("NEW DELHI, Jan. 23 — …"), or nil
	lead        *Sentence            // the sentence after a dateline that is a sentence of its own ("NEW DELHI, Jan. 23."), or nil
	paraDay     paraDate             // the date heading the paragraph under reading, a chronology's entry
	launchDates map[pledgegraph.EntityID]pledgegraph.Date
	signDates   map[pledgegraph.EntityID]pledgegraph.Date     // when the text says each initiative was signed, by no one named
	laterHeads  map[string]laterName                          // for a head word of initiatives' names, the first initiative the text names with it
	named       map[pledgegraph.EntityID]bool                 // the initiatives a mention, not a reference, named so far; true while only as the model of another ("dans le prolongement de")
	forward     map[pledgegraph.EntityID]pledgegraph.EntityID // the initiatives registered ahead of their name (see laterEntity), and the one each stood in for
	warnings    []string
	salience    map[pledgegraph.EntityID]int              // how often each initiative was named
	countEvents map[pledgegraph.EntityID]dated            // the first dated count of supporters of each initiative
	signedOn    map[pledgegraph.EntityID]pledgegraph.Date // the day of the first count of signatories in the past ("eleven countries signed it last Thursday")
	collectives []collective                              // the signings dated without their signatories (see noteCollective)
	prior       bool                                      // the stance being stated is of a past before the story's ("had refused")
	priorFacts  []pledgegraph.FactID                      // the facts stated so (see eventDates)
	headEnd     int                                       // the end of the headline, 0 when the text has none
	lower       string                                    // the text in lower case, once a name in capitals asks for it
	prevUnnamed bool                                      // the sentence before opens on a text it does not name ("Un engagement additionnel …")
	curUnnamed  bool                                      // the sentence under reading does
	unnamedOpen bool                                      // a text brought in unnamed is spoken of: no named one since
	refuted     [][2]int                                  // the spans of the sentences the text refutes right after ("C'est faux")
	liveBlog    bool                                      // the text is a live blog, its entries opening with the time of day (see liveBlog)
	bare        bool                                      // the text names no initiative: a definite description names it (see bareHead)
	prevSent    *sent                                     // the sentence before, for a plural pronoun (see pronounList)
	label       paraLabel                                 // the state a paragraph opens with as its label ("Grèce. Le Premier ministre …")
	recentFrom  int                                       // where the two sentences before the one read start (see topic)
	topicMemo   topicMemo                                 // topic's answer for the sentence read
	bodyNamed   map[pledgegraph.EntityID]bool             // the initiatives named outside headlines
	said        map[pledgegraph.Date]bool                 // the dates the text writes ("mercredi", "12 novembre")
	lastEvent   pledgegraph.EntityID                      // the event last named, for "the gathering"
	unnamedRefs [][2]int                                  // the spans of the sentences that say "the conference" before any event is named
	places      storyPlaces                               // the places after which the event and the initiatives the text never names are named, on a second reading
	unnamedInit []placedRef                               // the sentences that speak of an initiative the text never names ("la déclaration")
	editions    map[pledgegraph.EntityID][]edition        // events named after their owner, by owner
	regions     map[pledgegraph.EntityID]bool             // the regions of the world named (see Entry.Region)
	lastCount   countedAt                                 // the last count of supporters, for a list in the sentence after it
	lastInit    pledgegraph.EntityID                      // the initiative named last, that "its members" are of
	// the event whose parts the list items up to composeUntil name
	composeWhole pledgegraph.EntityID
	composeUntil int
	// framed holds the actor–initiative pairs the frames stated in the
	// sentence under analysis; the lexicon's triggers state nothing more
	// about them
	framed map[framedKey]bool
	// pending is a list of holders a sentence announced for the next ones
	pending *pendingList
	// rule names the frame stating facts at the moment, for their evidence
	rule string
	// lastDate is the last date of a day or a month the text said before
	// the sentence under analysis
	lastDate pledgegraph.Date
	// trigs holds the triggers found in the tokens under analysis
	trigs trigCache
	// folded memoizes pledgegraph.Fold over the names of the document
	folded map[string]string
	// heads memoizes headPhrase
	heads map[string][]string
	// described holds, by folded name, the head words of the descriptions
	// in apposition to an initiative's name ("oneM2M, a global
	// partnership"): a later "the partnership" refers to it
	described map[string][]string
	cores     map[string]pledgegraph.EntityID // an initiative's name up to the topic after its place, folded
	// launchDatedIDs are the supports dated from the initiative's launch
	launchDatedIDs map[pledgegraph.FactID]bool
	// bound counts what the limits of a document left out (see limits.go)
	bound bounds
	// recent orders the entities named so far by their last mention (see
	// namedWith)
	recent recency
	// ids memoizes entityID
	ids map[entityKey]pledgegraph.EntityID
	ev  eventState // the events named so far (see eventframe.go)
	// who the text says holds an office: "office|body key", and "office|"
	// for the last holder of the office in any body
	offices map[string]pledgegraph.EntityID
	// firstSent holds the span of the sentence that first names each
	// initiative
	firstSent map[pledgegraph.EntityID]*Sentence
	// pastDated holds the initiatives the text names with a year well
	// before its own ("the Washington Treaty of 1922"): texts it recalls
	pastDated map[pledgegraph.EntityID]bool
}

// Extract runs the pipeline on a document whose Text is normalised (see
// Normalize) and returns what it yields. It never fails: what it cannot
// read becomes a warning.
func (x *Extractor) Extract(doc pledgegraph.Document) *pledgegraph.Extraction {
	res, places := x.extract(doc, storyPlaces{})
	if res == nil {
		res, _ = x.extract(doc, places) // "la conférence", « la déclaration » of a text that never names them: « Conférence de Belgrade », « Déclaration de Lisbonne »
	}
	return res
}

// storyPlaces are the places after which a second reading of a text
// names the event and the initiatives it refers to and never names.
type storyPlaces struct {
	event      string          // see storyPlace
	initiative string          // see initPlace
	heads      map[string]bool // the heads of the definite descriptions of those initiatives ("déclaration")
}

// none reports whether p has no place.
func (p storyPlaces) none() bool { return p.event == "" && p.initiative == "" }

// extract runs the pipeline on doc. When the text refers to an event or
// an initiative it never names and the story's place is known, it
// returns no result but those places, for a second reading; given them,
// the first reference to the event or the initiative names it after its
// place.
func (x *Extractor) extract(doc pledgegraph.Document, places storyPlaces) (*pledgegraph.Extraction, storyPlaces) {
	// news items name about an entity and state about a fact per 40
	// bytes
	nEnts, nFacts := min(len(doc.Text)/40, 4096), min(len(doc.Text)/32, 4096)
	d := &docState{
		x: x, doc: doc, text: doc.Text, places: places,
		ents:        make(map[pledgegraph.EntityID]*pledgegraph.Entity, nEnts),
		order:       make([]pledgegraph.EntityID, 0, nEnts),
		ments:       make([]pledgegraph.Mention, 0, nFacts),
		facts:       make(map[pledgegraph.FactID]*pledgegraph.Fact, nFacts),
		forder:      make([]pledgegraph.FactID, 0, nFacts),
		dyn:         map[string]pledgegraph.EntityID{},
		cores:       map[string]pledgegraph.EntityID{},
		firstSent:   map[pledgegraph.EntityID]*Sentence{},
		launchDates: map[pledgegraph.EntityID]pledgegraph.Date{},
		signDates:   map[pledgegraph.EntityID]pledgegraph.Date{},
		named:       map[pledgegraph.EntityID]bool{},
		forward:     map[pledgegraph.EntityID]pledgegraph.EntityID{},
		yearCtx:     doc.Published,
		sinceRef:    doc.Published,
		salience:    map[pledgegraph.EntityID]int{},
		bodyNamed:   map[pledgegraph.EntityID]bool{},
		countEvents: map[pledgegraph.EntityID]dated{},
		signedOn:    map[pledgegraph.EntityID]pledgegraph.Date{},
		said:        map[pledgegraph.Date]bool{},
		framed:      map[framedKey]bool{},
		offices:     map[string]pledgegraph.EntityID{},
		editions:    map[pledgegraph.EntityID][]edition{},
		composed:    map[pledgegraph.EntityID]bool{},
	}
	// the tokens die with d: their array serves the next documents
	tz := recycled()
	defer tz.release()
	sents := tz.sentences(d.readable(), x.Lang)
	x.annotate(sents)
	x.truecase(d.text, sents)
	if len(sents) > 0 && sents[0].Heading {
		d.headEnd = sents[0].End
	}
	d.liveBlog = liveBlog(sents, x.Lang)
	d.laterHeads = d.initiativeHeads(sents)
	if d.cur, d.curPara = d.firstInitiative(sents); d.cur == "" {
		d.bare = true // no name: "son code de bonnes pratiques" names it
		d.cur, d.curPara = d.firstInitiative(sents)
	}
	for k := 0; k < len(sents); k++ {
		k += d.sentence(sents, k)
	}
	d.groupAttendance()
	d.meetingMembers()
	d.foundersMembers()
	d.stateCounts()
	d.launchDated()
	d.dropRefuted()
	if places.none() {
		if next := d.unnamedPlaces(); !next.none() {
			return nil, next // the first reading's facts go with it
		}
	}
	return d.result(), storyPlaces{}
}

// dropRefuted drops the facts that only sentences the text refutes
// state: a claim a fact-check reports, then calls false.
func (d *docState) dropRefuted() {
	if len(d.refuted) == 0 {
		return
	}
	inRefuted := func(ev pledgegraph.Evidence) bool {
		return slices.ContainsFunc(d.refuted, func(r [2]int) bool { return ev.Start >= r[0] && ev.End <= r[1] })
	}
	d.forder = slices.DeleteFunc(d.forder, func(id pledgegraph.FactID) bool {
		if f := d.facts[id]; len(f.Evidence) > 0 && !slices.ContainsFunc(f.Evidence, func(ev pledgegraph.Evidence) bool { return !inRefuted(ev) }) {
			delete(d.facts, id)
			return true
		}
		return false
	})
}

// firstInitiative returns the first initiative the text names, and the
// paragraph that names it, so that "l'appel" before any name has a
// referent; not one named as what another builds on or succeeds ("It builds on the Treaty of Dunkirk").
func (d *docState) firstInitiative(sents []Sentence) (pledgegraph.EntityID, int) {
	for _, s := range sents {
		for i := range s.Tokens {
			if d.lineageBefore(s.Tokens, i) {
				continue
			}
			if cands, n := d.x.Ref.MatchAt(s.Tokens, i); n > 0 && cands[0].Kind == pledgegraph.KindInitiative {
				return cands[0].ID(), s.Para
			}
			if name := d.namedTitle(s.Tokens, i); name != "" {
				return pledgegraph.NewEntityID(pledgegraph.KindInitiative, name), s.Para
			}
			// "la Charte pour la cybersécurité des établissements de santé"
			if !s.Tokens[i].Cap || talkTitle(d.x.Lang, s.Tokens, i) {
				continue // not the title of a lecture
			}
			if e := d.initiativeName(s.Tokens, i, func(int) bool { return false }); e > i {
				b := d.hyphenPrefix(s.Tokens, d.bodyOpening(s.Tokens, i)) // "the Council of Europe Framework Convention", "the U.S.-Japan …"
				name := strings.Trim(tokText(d.text, s.Tokens, b, e), " \"«»“”,.;:")
				return pledgegraph.NewEntityID(pledgegraph.KindInitiative, name), s.Para
			}
		}
	}
	return "", 0
}

// laterName is an initiative the text names somewhere, by its ID and
// its name.
type laterName struct {
	id   pledgegraph.EntityID
	name string
}

// initiativeHeads returns, for each head word of initiatives' names, the
// first initiative whose name the text writes with it, wherever it
// does: "le pacte", written before "le pacte de Saadabad", refers to
// it.
func (d *docState) initiativeHeads(sents []Sentence) map[string]laterName {
	out := map[string]laterName{}
	for _, s := range sents {
		if s.Heading {
			continue
		}
		for i := 0; i < len(s.Tokens); i++ {
			if d.lineageBefore(s.Tokens, i) || talkTitle(d.x.Lang, s.Tokens, i) {
				continue
			}
			e := d.initiativeName(s.Tokens, i, func(int) bool { return false })
			if e <= i+1 {
				continue
			}
			name := strings.Trim(tokText(d.text, s.Tokens, i, e), " \"«»“”,.;:")
			ln := laterName{pledgegraph.NewEntityID(pledgegraph.KindInitiative, name), name}
			for _, w := range d.headPhrase(d.fold(name)) {
				if _, ok := out[w]; !ok && d.x.Lang.InitHeads[w] {
					out[w] = ln
				}
			}
			i = e - 1
		}
	}
	return out
}

// namedTitle returns the quoted title that a verb of naming at toks[i]
// gives to a text a lower-case head names just before ("La déclaration,
// intitulée « Vers l'accès … »"), or "": a text may name its initiative
// after the sentences that speak of it.
func (d *docState) namedTitle(toks []Token, i int) string {
	lang := d.x.Lang
	n := lang.CalledAs.MatchAt(toks, i)
	if n == 0 || i+n >= len(toks) || !isQuote(toks[i+n].Text) {
		return ""
	}
	head := false
	for b := max(0, i-5); b < i; b++ {
		head = head || !toks[b].Cap && (lang.DescHeads.MatchAt(toks, b) == 1 || lang.KindHeads[toks[b].Fold] == pledgegraph.KindInitiative)
	}
	if e := closingQuote(toks, i+n, 30); head && e > i+n {
		return tokText(d.text, toks, i+n+1, e) // the name titleAfterNaming gives it
	}
	return ""
}

// bodyOpening returns where the name of a body that ends inside the
// token at i begins ("Council of Europe" for a name found at "Europe"),
// or i.
func (d *docState) bodyOpening(toks []Token, i int) int {
	for b := max(0, i-4); b < i; b++ {
		if cands, n := d.x.Ref.MatchAt(toks, b); n > 0 && b+n > i && cands[0].Kind == pledgegraph.KindOrganization {
			return b
		}
	}
	return i
}

// triggerAt returns the trigger of predicate p at toks[i], if any. The
// stages of a sentence ask about the same tokens: in a slice whose
// triggers were listed (see triggers), each is read once.
func (d *docState) triggerAt(toks []Token, i int, p pledgegraph.Predicate) (*Trigger, int) {
	if i >= len(toks) || !toks[i].may(lexTrigger) {
		return nil, 0
	}
	k := d.x.Lang.predIndex(p)
	if k < 0 {
		return nil, 0 // no trigger of p
	}
	s := d.trigs.lookup(toks)
	if s == nil {
		t, n, _ := d.findTriggerAt(toks, i, k)
		return t, n
	}
	// only bytes are written here, so that what asks (a name's scan)
	// stays off the heap
	f := &s.found[k]
	switch c := f.at[i]; {
	case c == atNone:
		return nil, 0
	case c >= atHit:
		return d.x.Lang.byPred[k].byFirst.lookup(&toks[i])[c-atHit], int(f.n[i])
	}
	t, n, j := d.findTriggerAt(toks, i, k)
	switch {
	case t == nil:
		f.at[i] = atNone
	case j < math.MaxUint8-int(atHit) && n <= math.MaxUint8:
		f.at[i], f.n[i] = atHit+uint8(j), uint8(n)
	}
	return t, n
}

// findTriggerAt is triggerAt without the memory of the tokens read,
// for the predicate of index k in Language.byPred; j is the trigger's
// index among those of its first word.
func (d *docState) findTriggerAt(toks []Token, i, k int) (*Trigger, int, int) {
	lang := d.x.Lang
	for j, t := range lang.byPred[k].byFirst.lookup(&toks[i]) {
		n := 1 // a trigger's first word is the token's
		if len(t.Phrase) > 1 {
			// the second word, or adverbs before it, follow; or a date
			// stands before it: "signé vendredi par", "signed on Friday by"
			if q := i + 1; q >= len(toks) || toks[q].Fold != t.Phrase[1] && lang.Adverbs.gapAt(toks, q) == 0 {
				if n = matchDateGap(toks, i, t.Phrase); n == 0 {
					continue
				}
			} else {
				n = matchPhraseGap(toks, i, t.Phrase, lang.Adverbs)
			}
		}
		if n > 0 {
			if e := i + n; t.Final && e < len(toks) && !toks[e].Punct {
				continue
			}
			if lang.Frames.adverbAt(toks, i, n) || i > 0 && lang.Frames.nounDet.at(toks, i-1) == 1 {
				continue // "came back to the table", "have given no sign of": no verb
			}
			return t, n, j
		}
	}
	return nil, 0, 0
}

// trig is a trigger found at tokens [i, j).
type trig struct {
	t    *Trigger
	i, j int
}

// triggers returns the triggers of predicate p in toks, in order, without
// overlap. The stages of a sentence ask for the same triggers: they are
// found once.
func (d *docState) triggers(toks []Token, p pledgegraph.Predicate) []trig {
	if len(toks) == 0 {
		return nil
	}
	k := d.x.Lang.predIndex(p)
	if k < 0 {
		return nil // no trigger of p
	}
	f := &d.trigs.of(toks, len(d.x.Lang.byPred))[k]
	if !f.done {
		f.list, f.done = d.findTriggers(toks, p), true
	}
	return f.list
}

// findTriggers returns the triggers of predicate p in toks, in order.
func (d *docState) findTriggers(toks []Token, p pledgegraph.Predicate) []trig {
	var out []trig
	for i := 0; i < len(toks); i++ {
		if t, n := d.triggerAt(toks, i, p); n > 0 {
			out = append(out, trig{t, i, i + n})
			i += n - 1
		}
	}
	return out
}

// trigCache holds the triggers found in the last token slices asked
// about (a sentence, and parts of it that some stages read alone).
type trigCache struct {
	slices [trigSlices]trigSlice
	tick   int
}

// trigSlices is the number of token slices a trigCache remembers.
const trigSlices = 2

// trigSlice is the part of a trigCache about one token slice.
type trigSlice struct {
	first *Token // &toks[0]
	n     int    // len(toks)
	used  int    // the tick of the last use
	// found holds the triggers of each predicate of Language.byPred, by
	// its index
	found []foundTrigs
}

// foundTrigs is what is known of the triggers of one predicate in a
// slice: their list, and what triggerAt read at each token.
type foundTrigs struct {
	list []trig
	done bool // list is set
	// at holds, by token, atUnread, atNone, or atHit+j for the j-th
	// trigger of the token's word, whose length n holds
	at, n []uint8
}

// Values of foundTrigs.at.
const (
	atUnread uint8 = iota
	atNone
	atHit
)

// of returns the triggers found in toks by predicate, to be filled when
// not done; n is the number of predicates. Asking about another slice
// forgets the slice least recently asked about.
func (c *trigCache) of(toks []Token, n int) []foundTrigs {
	s := c.lookup(toks)
	if s == nil {
		s = &c.slices[0]
		for q := range c.slices {
			if c.slices[q].used < s.used {
				s = &c.slices[q]
			}
		}
		s.first, s.n = &toks[0], len(toks)
		if len(s.found) != n {
			s.found = make([]foundTrigs, n)
		}
		for k := range s.found {
			// the arrays serve the new slice, with room for most sentences
			f := &s.found[k]
			*f = foundTrigs{at: slices.Grow(f.at[:0], max(len(toks), 64))[:len(toks)],
				n: slices.Grow(f.n[:0], max(len(toks), 64))[:len(toks)]}
			clear(f.at)
		}
	}
	s.used = c.tick
	return s.found
}

// lookup returns the part of c about toks, or nil.
func (c *trigCache) lookup(toks []Token) *trigSlice {
	c.tick++
	for q := range c.slices {
		if s := &c.slices[q]; s.first == &toks[0] && s.n == len(toks) {
			s.used = c.tick
			return s
		}
	}
	return nil
}

// predIndex returns the index of predicate p in l.byPred, or -1.
func (l *Language) predIndex(p pledgegraph.Predicate) int {
	for k := range l.byPred {
		if l.byPred[k].p == p {
			return k
		}
	}
	return -1
}

// dynName is a name of several words the text gave a body, a company or
// an initiative whose name the reference data does not know: the folded
// words and the entity.
type dynName struct {
	words Phrase
	id    pledgegraph.EntityID
}

// dynamicAt matches names the document introduced (acronyms in
// parentheses, surnames of people named in full, names of several words
// typed where they first stood: "Stop Hate for Profit" after "the Stop
// Hate for Profit campaign"), the longest.
func (d *docState) dynamicAt(toks []Token, i int) (int, pledgegraph.EntityID) {
	if !toks[i].Cap {
		return 0, ""
	}
	n, id := 0, pledgegraph.EntityID("")
	if got, ok := d.dyn[toks[i].Text]; ok {
		n, id = 1, got
	}
	for _, dn := range d.dynNames[toks[i].Fold] {
		if len(dn.words) > n && matchPhrase(toks, i, dn.words) && !d.inLongerName(toks, i, i+len(dn.words)) {
			n, id = len(dn.words), dn.id
		}
	}
	return n, id
}

// inLongerName reports whether the tokens [i, e) stand inside a longer
// capitalised name: "Liberty Alliance" in "the Liberty Alliance
// Project", "Trans-Pacific Partnership" in "Agreement for Trans-Pacific
// Partnership", "Pontifical Academy" in "Pontifical Academy for Life",
// "Déclaration de Marseille" before "pour la cybersécurité des PME".
func (d *docState) inLongerName(toks []Token, i, e int) bool {
	capWord := func(q int) bool { return q >= 0 && q < len(toks) && toks[q].Cap && !toks[q].Punct }
	prep := func(q int) bool { return q >= 0 && q < len(toks) && d.x.Lang.is(wsNamePreps, &toks[q]) }
	topic := e < len(toks) && d.x.Lang.TopicPreps[toks[e].Fold] // "Déclaration de Marseille pour la cybersécurité des PME"
	return i > 0 && capWord(i-1) || prep(i-1) && capWord(i-2) || capWord(e) || prep(e) && capWord(e+1) || topic
}

// noteName makes the words of the mention m, a name of several words the
// reference data does not know or an acronym, name its entity for the
// rest of the text.
func (d *docState) noteName(toks []Token, m *mention, id pledgegraph.EntityID) {
	switch m.kind {
	case pledgegraph.KindInitiative, pledgegraph.KindOrganization, pledgegraph.KindCompany:
	default:
		return
	}
	if m.entry == nil && !m.anaphora && !m.guess && m.j == m.i+1 && toks[m.i].Upper && len(toks[m.i].Text) >= 3 {
		if _, ok := d.dyn[toks[m.i].Text]; !ok {
			d.dyn[toks[m.i].Text] = id // "le président du RPCR", then "au nom du RPCR": an acronym names its body from now on
		}
		return
	}
	if m.entry != nil || m.anaphora || m.j-m.i < 2 || m.j-m.i > 12 || !toks[m.i].Cap || !toks[m.j-1].Cap {
		return
	}
	words := make(Phrase, 0, m.j-m.i)
	for q := m.i; q < m.j; q++ {
		words = append(words, toks[q].Fold)
	}
	for _, dn := range d.dynNames[words[0]] {
		if slices.Equal(dn.words, words) {
			return
		}
	}
	if d.dynNames == nil {
		d.dynNames = map[string][]dynName{}
	}
	d.dynNames[words[0]] = append(d.dynNames[words[0]], dynName{words: words, id: id})
}

// entity registers the entity a mention names and returns its ID.
func (d *docState) entity(s *Sentence, m *mention, year int, sdate DateSpan) pledgegraph.EntityID {
	if m.id != "" {
		d.ments = append(d.ments, pledgegraph.Mention{Entity: m.id, Doc: d.doc.ID, Start: s.Tokens[m.i].Start, End: s.Tokens[m.j-1].End})
		return m.id
	}
	surface := tokText(d.text, s.Tokens, m.i, m.j)
	var e pledgegraph.Entity
	entryAliases := false // e.Aliases are the entry's, to be copied
	if m.entry != nil {
		if m.entry.Region {
			if d.regions == nil {
				d.regions = map[pledgegraph.EntityID]bool{}
			}
			d.regions[m.entry.ID()] = true
		}
		name, aliases, copied := m.entry.nameIn(d.x.Lang.Code)
		e = pledgegraph.Entity{ID: m.entry.ID(), Kind: m.entry.Kind, Name: name, Aliases: aliases}
		entryAliases = !copied
		if m.entry.Recurring > 0 && year > 0 {
			// one edition: named in the document's language, with the
			// year after each of the entry's names, and identified by the
			// entry's own name in every language
			ys := " " + strconv.Itoa(year)
			e.Aliases, entryAliases = nil, false
			for _, n := range append([]string{m.entry.Name}, m.entry.Aliases...) {
				e.Aliases = append(e.Aliases, n, n+ys)
			}
			e.Name = name + ys
			e.ID = pledgegraph.NewEntityID(e.Kind, m.entry.Name+ys)
		}
	} else {
		e = d.unknownEntity(s, m, surface)
	}
	if e.Kind == pledgegraph.KindPerson {
		if last, several := lastWord(e.Name); several && utf8.RuneCountInString(last) > 2 {
			if _, ok := d.dyn[last]; !ok {
				d.dyn[last] = e.ID
			}
		}
	}
	if e.Kind == pledgegraph.KindEvent && !sdate.Date.IsZero() && (year == 0 || sdate.Date.Year == year) {
		e.Start, e.End = sdate.Date, sdate.End
	} else if e.Kind == pledgegraph.KindEvent && year > 0 {
		e.Start = pledgegraph.Date{Year: year} // the edition's year, day unknown
	}
	old, ok := d.ents[e.ID]
	if !ok {
		if entryAliases {
			e.Aliases = append([]string{}, e.Aliases...)
		}
		old = new(pledgegraph.Entity)
		*old = e
		d.ents[e.ID] = old
		d.order = append(d.order, e.ID)
		if e.Kind == pledgegraph.KindInitiative {
			d.firstSent[e.ID] = s
		}
	} else if !e.Start.IsZero() && (old.Start.IsZero() || (old.Start.Month == 0 && e.Start.Month > 0)) {
		old.Start, old.End = e.Start, e.End
	}
	if !m.anaphora {
		d.addAlias(old, surface) // not "son", "its"
	}
	m.id = e.ID
	toks := s.Tokens
	d.bracketedName(toks, m, old)
	d.initialsName(toks, m, e.ID)
	d.noteName(toks, m, e.ID)
	d.ments = append(d.ments, pledgegraph.Mention{Entity: e.ID, Doc: d.doc.ID, Start: toks[m.i].Start, End: toks[m.j-1].End})
	return e.ID
}

// initialsName makes the initials of a body's or an initiative's name,
// written as an acronym, name it from now on: "the GNI" after "the
// Global Network Initiative", "l'ARTI" after "l'Autorité de régulation
// des télécommunications internationales". An event's are left out: a
// conference's initials name its organiser as often ("MSC"). Two spellings are
// taken: the initials of the capitalised words and those of every word
// but the stop words. An acronym the text gave the name, or that names
// something else already, stays as it is.
func (d *docState) initialsName(toks []Token, m *mention, id pledgegraph.EntityID) {
	switch m.kind {
	case pledgegraph.KindInitiative, pledgegraph.KindOrganization:
	default:
		return
	}
	var caps, words []rune
	for q := m.i; q < m.j; q++ {
		t := &toks[q]
		if t.Punct || t.Number || d.x.Lang.is(wsStop, t) {
			continue
		}
		r := unicode.ToUpper(firstRune(t.Text))
		words = append(words, r)
		if t.Cap {
			caps = append(caps, r)
		}
	}
	for _, a := range []string{string(caps), string(words)} {
		if n := utf8.RuneCountInString(a); n < 3 || n > 6 {
			continue
		}
		if _, ok := d.dyn[a]; !ok {
			d.dyn[a] = id
		}
	}
}

// bracketedName gives the entity e of mention m the acronym or former
// name in parentheses after it: "(FGI)", "(ex-Facebook)"; not "la
// première réunion de leur Conseil du commerce et des technologies
// (CCT)", whose acronym spells the council's name.
func (d *docState) bracketedName(toks []Token, m *mention, e *pledgegraph.Entity) {
	if m.j+2 >= len(toks) || toks[m.j].Text != "(" || m.owner != nil && m.owner.j >= m.j || m.kind == pledgegraph.KindPerson && !acronym(toks[m.j+1]) {
		return // "Ricardo de la Espriella (Panama)": a person's country, no name of theirs
	}
	p := m.j + 1
	if d.x.Lang.FormerName[toks[p].Fold] {
		p++
	}
	if p+1 < len(toks) && toks[p+1].Text == ")" && toks[p].Cap && acronymStart(d.x.Lang, toks, m.j, toks[p].Text) <= m.i {
		d.addAlias(e, toks[p].Text)
		if acronym(toks[p]) {
			d.dyn[toks[p].Text] = e.ID
		}
	}
}

// unknownEntity returns the entity a mention names that the reference
// data does not know: one named before under the same or a longer name,
// or a new one; and makes its acronym and a person's surname name it.
func (d *docState) unknownEntity(s *Sentence, m *mention, surface string) pledgegraph.Entity {
	name := strings.Trim(collapseSpaces(m.name), " \"«»“”,.;:") // a name broken over two lines is one name
	if m.kind == pledgegraph.KindPerson && m.j-m.i == 1 && m.i > 0 && d.x.Lang.PeerHonor[s.Tokens[m.i-1].Fold] {
		name = upperFirst(s.Tokens[m.i-1].Text) + " " + name // "Lord Carrington", « lord Carrington »: the peer's name
	}
	e := pledgegraph.Entity{Kind: m.kind, Name: name, ID: d.entityID(m.kind, name)}
	if id := d.personBySurname(m.kind, name); id != "" {
		e = *d.ents[id]
	}
	if id := d.sameName(name); id != "" {
		e = *d.ents[id] // "Gaia-X" and "GAIA-X", typed apart by their contexts
	}
	if id := d.sameInitiative(m.kind, name); id != "" {
		// "la Charte de Lyon" after "la Charte de Lyon pour la
		// cybersécurité des hôpitaux": one initiative, named in full
		old := d.ents[id]
		if len(name) > len(old.Name) {
			d.addAlias(old, old.Name)
			old.Name = name
		}
		e = *old
	}
	if id := d.namedAfterVenue(s.Tokens, m); id != "" && id != e.ID {
		e = *d.ents[id] // « l'accord de Victoria » after « à Victoria, … ont signé l'Accord général de coopération »
	}
	if m.kind == pledgegraph.KindInitiative && m.j-m.i == 1 && acronym(s.Tokens[m.i]) {
		d.dyn[surface] = e.ID // "la CRI, l'Initiative …": "CRI" names it from now on
	}
	if core := d.placeCore(s.Tokens, m); core != "" {
		// "Déclaration de Santiago sur l'intelligence artificielle" in the
		// headline, "Déclaration de Santiago pour promouvoir …" after it:
		// one text, known by its place too
		if id, ok := d.cores[d.fold(core)]; ok && id != e.ID {
			e = *d.ents[id]
		} else if !ok {
			d.cores[d.fold(core)] = e.ID
			if _, known := d.ents[e.ID]; !known {
				e.Aliases = append(e.Aliases, core)
			}
		}
	}
	if m.kind == pledgegraph.KindPerson {
		if f := strings.Fields(name); len(f) > 1 {
			last := f[len(f)-1]
			if len([]rune(last)) > 2 {
				d.dyn[last] = e.ID
			}
		}
	}
	return e
}

// namedAfterVenue returns the initiative named before that the name of
// m, a head, a preposition and a place's capitalised words, names after
// the place its first sentence puts it in: « l'accord de Victoria »
// after « Mardi, à Victoria, … ont signé l'Accord général de
// coopération », "the Lomé agreement" of a text signed "in Lomé"; or "".
func (d *docState) namedAfterVenue(toks []Token, m *mention) pledgegraph.EntityID {
	lang := d.x.Lang
	if m.kind != pledgegraph.KindInitiative || m.j-m.i < 3 || !lang.is(wsNamePreps, &toks[m.i+1]) {
		return ""
	}
	p := m.i + 2 + lang.Frames.article.at(toks, m.i+2)
	if p >= m.j || !toks[p].Cap || toks[p].Punct {
		return ""
	}
	if cands, n := d.x.Ref.MatchAt(toks, p); n > 0 && cands[0].Kind != pledgegraph.KindPlace {
		return "" // « l'accord de la Chine »: whose, not where
	}
	for _, id := range d.order {
		e := d.ents[id]
		first, ok := d.firstSent[id]
		if ok && e.Kind == pledgegraph.KindInitiative && d.headedBy(e, toks[m.i].Fold) && !d.placeInName(e.Name) && venueIn(lang, first.Tokens, toks[p:m.j]) {
			return id
		}
	}
	return ""
}

// placeInName reports whether a word of name is a place the reference
// data knows: an initiative already named after a place ("accord de
// Washington") is not named after another.
func (d *docState) placeInName(name string) bool {
	for _, w := range strings.Fields(name) {
		if d.x.Ref.placeNamed(strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// venueIn reports whether toks put something at the place whose words
// are place, after a venue preposition: « à Victoria », "in Lomé".
func venueIn(lang *Language, toks, place []Token) bool {
	for q := 1; q+len(place) <= len(toks); q++ {
		if lang.venueBefore(toks, q) && slices.EqualFunc(toks[q:q+len(place)], place, func(a, b Token) bool { return a.Fold == b.Fold }) {
			return true
		}
	}
	return false
}

// placeCore returns the words of an initiative's name up to the topic
// after the proper name it is named after ("Déclaration de Santiago" of
// "Déclaration de Santiago pour promouvoir une intelligence artificielle
// éthique": a head, a preposition, capitalised words that name no body),
// or "".
func (d *docState) placeCore(toks []Token, m *mention) string {
	if m.kind != pledgegraph.KindInitiative {
		return ""
	}
	lang := d.x.Lang
	for q := m.i + 2; q < m.j && q < len(toks); q++ {
		if !lang.is(wsTopicPreps, &toks[q]) {
			continue
		}
		p := q - 1
		for p > m.i && (toks[p].Cap && !toks[p].Punct || lang.is(wsNameArticles, &toks[p]) || isElision(toks[p].Text)) {
			p--
		}
		if p == m.i || p >= q-1 || !lang.is(wsNamePreps, &toks[p]) || !toks[q-1].Cap {
			return ""
		}
		for k := p + 1; k < q; k++ {
			if cands, n := d.x.Ref.MatchAt(toks, k); n > 0 && (cands[0].Kind == pledgegraph.KindOrganization || cands[0].Kind == pledgegraph.KindCompany) {
				return "" // "Traité de l'OMPI sur le droit d'auteur", "… sur les interprétations": a body's texts, one per topic
			}
		}
		return tokText(d.text, toks, m.i, q)
	}
	return ""
}

// collapseSpaces returns the words of s separated by white space
// (strings.Fields) joined by single spaces.
func collapseSpaces(s string) string {
	single := true // s is so already
	space := true  // before the first word, or after a space
	for _, r := range s {
		switch {
		case r == ' ' && !space:
			space = true
		case unicode.IsSpace(r):
			single = false
		default:
			space = false
		}
		if !single {
			break
		}
	}
	if single && !space || s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// entityKey is the kind and the name an entity ID is made of.
type entityKey struct {
	kind pledgegraph.Kind
	name string
}

// entityID is pledgegraph.NewEntityID, once per name of the document.
func (d *docState) entityID(k pledgegraph.Kind, name string) pledgegraph.EntityID {
	key := entityKey{k, name}
	if id, ok := d.ids[key]; ok {
		return id
	}
	if d.ids == nil {
		d.ids = map[entityKey]pledgegraph.EntityID{}
	}
	id := pledgegraph.NewEntityID(k, name)
	d.ids[key] = id
	return id
}

// sameInitiative returns the initiative already named whose name begins
// with name or is the beginning of name, word for word, or "".
func (d *docState) sameInitiative(k pledgegraph.Kind, name string) pledgegraph.EntityID {
	if k != pledgegraph.KindInitiative {
		return ""
	}
	f := d.fold(name)
	var h []string
	for _, id := range d.order {
		e := d.ents[id]
		if e.Kind != pledgegraph.KindInitiative {
			continue
		}
		g := d.fold(e.Name)
		if g == f || wordPrefix(g, f) || wordPrefix(f, g) {
			return id
		}
		// "Second Additional Protocol to the Budapest Convention" and
		// "Second Additional Protocol to the Cybercrime Convention on …":
		// the same words of three or more before the complements
		if h == nil {
			h = d.headPhrase(f)
		}
		if len(h) >= 3 && slices.Equal(h, d.headPhrase(g)) {
			return id
		}
	}
	return ""
}

// wordPrefix reports whether s starts with the words of p and more.
func wordPrefix(s, p string) bool {
	return len(s) > len(p) && s[len(p)] == ' ' && s[:len(p)] == p
}

// headPhrase returns the words of a folded name before its first
// complement ("second additional protocol" of "second additional
// protocol to the convention on cybercrime"), once per name of the
// document.
func (d *docState) headPhrase(f string) []string {
	if h, ok := d.heads[f]; ok {
		return h
	}
	words := strings.Fields(f)
	if k := slices.IndexFunc(words, func(v string) bool { return d.x.Lang.NamePreps[v] }); k >= 0 {
		words = words[:k:k]
	}
	if d.heads == nil {
		d.heads = map[string][]string{}
	}
	d.heads[f] = words
	return words
}

// sameName returns the entity named before, by no entry of the
// reference data, one of whose names folds like name, or "".
func (d *docState) sameName(name string) pledgegraph.EntityID {
	f := d.fold(name)
	for _, id := range d.order {
		e := d.ents[id]
		g := d.fold(e.Name)
		if d.x.Ref.byName[g] != nil { // Ref.Lookup
			continue
		}
		if g == f || slices.ContainsFunc(e.Aliases, func(n string) bool { return d.fold(n) == f }) {
			return id
		}
	}
	return ""
}

// personBySurname returns the person already named in full whose last
// name is name ("Smith" after "Brad Smith"), or "".
func (d *docState) personBySurname(k pledgegraph.Kind, name string) pledgegraph.EntityID {
	if k != pledgegraph.KindPerson || strings.Contains(name, " ") {
		return ""
	}
	for _, id := range d.order {
		e := d.ents[id]
		if f := strings.Fields(e.Name); e.Kind == pledgegraph.KindPerson && len(f) > 1 && f[len(f)-1] == name {
			return id
		}
	}
	return ""
}

// addAlias adds a name to an entity unless it folds like one it has.
func (d *docState) addAlias(e *pledgegraph.Entity, name string) {
	name = strings.TrimSpace(name)
	f := d.fold(name)
	if f == "" || f == d.fold(e.Name) {
		return
	}
	for _, a := range e.Aliases {
		if d.fold(a) == f {
			return
		}
	}
	e.Aliases = append(e.Aliases, name)
}

// ensure registers an entity that no mention names (an inferred member
// state, the state an office implies).
func (d *docState) ensure(e *Entry) pledgegraph.EntityID {
	id := e.ID()
	if _, ok := d.ents[id]; !ok {
		name, aliases, copied := e.nameIn(d.x.Lang.Code)
		if !copied {
			aliases = append([]string{}, aliases...)
		}
		d.ents[id] = &pledgegraph.Entity{ID: id, Kind: e.Kind, Name: name, Aliases: aliases}
		d.order = append(d.order, id)
	}
	return id
}

// actsIn holds the predicates whose subject is an actor (see actorKinds).
var actsIn = map[pledgegraph.Predicate]bool{pledgegraph.Supports: true, pledgegraph.Launched: true,
	pledgegraph.ParticipatedIn: true, pledgegraph.HoldsRole: true, pledgegraph.Accused: true, pledgegraph.MemberOf: true}

// addFact records a fact, merging it with an equal one already found:
// evidence accumulates, a date the text gives wins over none, and a
// stated fact wins over an inferred one.
func (d *docState) addFact(f pledgegraph.Fact) *pledgegraph.Fact {
	if f.Subject == "" || f.Object == "" || f.Subject == f.Object {
		return nil
	}
	if actsIn[f.Predicate] && !slices.Contains(actorKinds, pledgegraph.KindOfID(f.Subject)) {
		return nil // "companies spanning Europe and Asia signed": a region does not sign
	}
	f.ID = pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated)
	old, ok := d.facts[f.ID]
	if !ok {
		nf := new(pledgegraph.Fact)
		*nf = f
		nf.Evidence = d.bound.addEvidence(nil, f.Evidence) // a copy: stages share evidence between facts
		lexRules(nf.Evidence, f.Predicate)
		d.facts[f.ID] = nf
		d.forder = append(d.forder, f.ID)
		return nf
	}
	if old.Since.IsZero() && !f.Since.IsZero() {
		old.Since = f.Since
	}
	if old.Inferred && !f.Inferred {
		old.Inferred, old.DerivedFrom = false, nil
	}
	if old.Reference && !f.Reference {
		old.Reference = false
	}
	n := len(old.Evidence)
	old.Evidence = d.bound.addEvidence(old.Evidence, f.Evidence)
	lexRules(old.Evidence[n:], f.Predicate)
	if f.Confidence > old.Confidence {
		old.Confidence = f.Confidence
	}
	return old
}

// lexRules names the rule of the evidence of a fact of predicate p that
// names none: a stage of the lexicon's triggers.
func lexRules(ev []pledgegraph.Evidence, p pledgegraph.Predicate) {
	for k := range ev {
		if ev[k].Rule == "" {
			ev[k].Rule = "lex." + string(p)
		}
	}
}

// lastWord returns the last of the words of s separated by white space
// (strings.Fields) and whether there are several.
func lastWord(s string) (last string, several bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	k := strings.LastIndexFunc(s, unicode.IsSpace)
	if k < 0 {
		return s, false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	return s[k+n:], strings.TrimSpace(s[:k]) != ""
}

// evidence returns the evidence of a fact stated by tokens [i, j) of s.
func (d *docState) evidence(s *Sentence, i, j int) []pledgegraph.Evidence {
	if i < 0 {
		i = 0
	}
	if j > len(s.Tokens) {
		j = len(s.Tokens)
	}
	if j <= i {
		return []pledgegraph.Evidence{{Document: d.doc.ID, Sentence: s.Text, Quote: s.Text, Start: s.Start, End: s.End, Rule: d.rule}}
	}
	a, b := s.Tokens[i].Start, s.Tokens[j-1].End
	return []pledgegraph.Evidence{{Document: d.doc.ID, Sentence: s.Text, Quote: d.text[a:b], Start: a, End: b, Rule: d.rule}}
}

// evidenceBy is evidence made by the named rule, whatever d.rule says.
func (d *docState) evidenceBy(rule string, s *Sentence, i, j int) []pledgegraph.Evidence {
	ev := d.evidence(s, i, j)
	for k := range ev {
		ev[k].Rule = rule
	}
	return ev
}

// launchersDated dates the launches the text tells without a date from
// the initiative's launch date as the text gave it elsewhere: "Seven
// bodies on Tuesday launched oneM2M. It was founded by ARIB and TTC".
func (d *docState) launchersDated() {
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Predicate != pledgegraph.Launched || !f.Since.IsZero() || f.Negated {
			continue
		}
		if ld, ok := d.launchDates[f.Object]; ok && !ld.IsZero() {
			f.Since = ld
		}
	}
}

// signersDated dates the signatures, and the refusals to sign, that the
// text tells without a date from the date it gave the signing elsewhere:
// "La Charte a été signée jeudi 17 août. … Cuba, en revanche, n'a pas
// signé", "Britain signed the treaty on Tuesday. It was signed by
// delegates of Chile"; not those told as before it ("which had refused
// to sign it").
func (d *docState) signersDated() {
	for _, id := range d.forder {
		f := d.facts[id]
		sd, ok := d.signDates[f.Object]
		if f.Predicate != pledgegraph.Supports || !f.Since.IsZero() || !ok || len(f.Evidence) == 0 || f.Evidence[0].Rule != "sup.sign" || slices.Contains(d.priorFacts, id) {
			continue
		}
		f.Since = sd
	}
}

// result returns the extraction of the document read.
func (d *docState) result() *pledgegraph.Extraction {
	d.dropUnnamed()
	d.eventDates()
	d.liveBlogDates()
	d.launchersDated()
	d.signersDated()
	d.signedNotRatified()
	d.leftMembership()
	d.presentDenied()
	d.mergeEditions()
	d.mergeDescriptions()
	d.mergeOwnerless()
	d.adoptedDuring()
	d.datelineVenue()
	d.venueNames()
	x := &pledgegraph.Extraction{Document: d.doc, Warnings: d.warnings}
	if len(d.order) > 0 {
		x.Entities = make([]pledgegraph.Entity, 0, len(d.order))
	}
	if len(d.forder) > 0 {
		x.Facts = make([]pledgegraph.Fact, 0, len(d.forder))
	}
	used := d.regionsUsed()
	for _, id := range d.order {
		if r, ok := used[id]; !ok || r {
			x.Entities = append(x.Entities, *d.ents[id])
		}
	}
	for _, id := range d.forder {
		x.Facts = append(x.Facts, *d.facts[id])
	}
	if p, err := rulePrecisions(); err != nil {
		d.warnf("%v", err)
	} else {
		rateFacts(x.Facts, p)
	}
	if len(used) == 0 && len(d.ments) > 0 {
		x.Mentions = d.ments // nil when there are none
	}
	for _, m := range d.ments {
		if r, ok := used[m.Entity]; len(used) > 0 && (!ok || r) {
			x.Mentions = append(x.Mentions, m)
		}
	}
	sort.SliceStable(x.Mentions, func(i, j int) bool { return x.Mentions[i].Start < x.Mentions[j].Start })
	x.Counts = d.counts
	if n := listedOnly(x); n > 0 {
		d.warnf("%d mentions, facts or counts named an entity the extraction does not list and were left out", n)
	}
	d.limit(x)
	return x
}

// regionsUsed returns the regions of the world the text names, each
// true when a fact uses it (see Entry.Region).
func (d *docState) regionsUsed() map[pledgegraph.EntityID]bool {
	if len(d.regions) == 0 {
		return nil
	}
	used := map[pledgegraph.EntityID]bool{}
	for id := range d.regions {
		used[id] = false
	}
	for _, id := range d.forder {
		f := d.facts[id]
		if _, ok := used[f.Subject]; ok {
			used[f.Subject] = true
		}
		if _, ok := used[f.Object]; ok {
			used[f.Object] = true
		}
	}
	return used
}

// dated is a date said at a byte offset of the text.
type dated struct {
	date pledgegraph.Date
	at   int
}

// eventDates dates the undated signatures a news report lists after the
// event it reports: "Seventeen countries on Wednesday signed the call …
// Tech companies also signed the document" — the companies signed on
// Wednesday too. The event is the first day-dated launch, presentation
// at an event, count of supporters or signing by several actors of an
// initiative in the two weeks before the publication (one actor joining is no such event); the
// facts it dates come after it in the text and are stated: signatures,
// and refusals ("China did not sign": not on that day either).
func (d *docState) eventDates() {
	// a date the text writes: not the publication date that "cette
	// semaine" stands for
	recent := func(dt pledgegraph.Date) bool {
		if d.doc.Published.Day == 0 {
			return d.said[dt] // no publication date: the story's own event
		}
		pub := d.doc.Published.First()
		t := dt.First()
		return d.said[dt] && !t.After(pub) && pub.Sub(t).Hours() <= 14*24
	}
	events := map[pledgegraph.EntityID]dated{}
	for id, e := range d.countEvents {
		if recent(e.date) {
			events[id] = e
		}
	}
	d.collectiveEvents(events, recent)
	// a signing is an event when several sign together, the same day,
	// not when one joins ("Ghana became the 40th country to sign X, an
	// initiative launched in 2020 by Rwanda and Kenya")
	type signing struct {
		init     pledgegraph.EntityID
		sentence string
		since    pledgegraph.Date
	}
	together := map[signing]int{}
	launch := map[pledgegraph.EntityID]bool{} // the event is the initiative's launch
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.Supports && !f.Negated && len(f.Evidence) > 0 && !d.launchDatedIDs[id] {
			together[signing{f.Object, f.Evidence[0].Sentence, f.Since}]++
		}
	}
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Predicate == pledgegraph.PresentedAt && !f.Negated && f.Since.Day > 0 && len(f.Evidence) > 0 && recent(f.Since) {
			// "s'est achevé vendredi sur l'adoption d'une « Déclaration »"
			if e, ok := events[f.Subject]; !ok || f.Evidence[0].Start < e.at {
				events[f.Subject] = dated{f.Since, f.Evidence[0].Start}
			}
			continue
		}
		if f.Negated || f.Inferred || f.Since.Day == 0 || len(f.Evidence) == 0 ||
			f.Predicate != pledgegraph.Supports && f.Predicate != pledgegraph.Launched ||
			f.Predicate == pledgegraph.Supports && together[signing{f.Object, f.Evidence[0].Sentence, f.Since}] < 2 {
			continue
		}
		if !recent(f.Since) {
			continue
		}
		if e, ok := events[f.Object]; !ok || f.Evidence[0].Start < e.at {
			events[f.Object] = dated{f.Since, f.Evidence[0].Start}
			launch[f.Object] = f.Predicate == pledgegraph.Launched
		}
	}
	d.datedByEvents(events, launch)
	d.meetingDates()
}

// datedByEvents dates the undated signatures, launches and presentations
// of an initiative told after the dated event of that initiative (see
// eventDates), or in the headline that sums it up; the newcomers to it
// take no launch's date.
func (d *docState) datedByEvents(events map[pledgegraph.EntityID]dated, launch map[pledgegraph.EntityID]bool) {
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Since.Day > 0 || len(f.Evidence) == 0 || slices.Contains(d.priorFacts, id) {
			continue
		}
		init := f.Object
		switch f.Predicate {
		case pledgegraph.Supports, pledgegraph.Launched:
			if !f.Since.IsZero() {
				continue
			}
		case pledgegraph.PresentedAt:
			init = f.Subject // "unveiled it at the RSA Conference"
			if !f.Since.IsZero() && f.Since.Year != d.doc.Published.Year {
				continue
			}
		default:
			continue
		}
		if f.Evidence[0].Rule == "mem.late" && launch[init] {
			continue // "the newcomers are A and B": not at the launch
		}
		if e, ok := events[init]; ok && (f.Evidence[0].Start > e.at || f.Evidence[0].End <= d.headEnd) {
			f.Since = e.date
		}
	}
}

// meetingDates dates the undated signatures, launches and presentations
// of an initiative that a sentence places at a dated event ("endorsed by
// Canada and France at the summit", the summit having ended on Friday):
// the event's first day, when the text gives it to the day.
func (d *docState) meetingDates() {
	at := map[string]pledgegraph.Date{} // initiative and sentence → the event's date
	for _, id := range d.forder {
		f := d.facts[id]
		if f.Predicate != pledgegraph.PresentedAt || f.Negated || len(f.Evidence) == 0 {
			continue
		}
		if e := d.ents[f.Object]; e != nil && e.Start.Day > 0 { // a day the text gives, not a year guessed
			at[string(f.Subject)+"\x00"+f.Evidence[0].Sentence] = e.Start
		}
	}
	if len(at) == 0 {
		return
	}
	for _, id := range d.forder {
		f := d.facts[id]
		if !f.Since.IsZero() || f.Negated || len(f.Evidence) == 0 || slices.Contains(d.priorFacts, id) {
			continue
		}
		init := f.Object
		switch f.Predicate {
		case pledgegraph.Supports, pledgegraph.Launched:
		case pledgegraph.PresentedAt:
			init = f.Subject
		default:
			continue
		}
		if dt, ok := at[string(init)+"\x00"+f.Evidence[0].Sentence]; ok {
			f.Since = dt
		}
	}
}

func (d *docState) warnf(format string, args ...any) {
	d.warnings = append(d.warnings, fmt.Sprintf(format, args...))
}

// fold is pledgegraph.Fold, once per name of the document.
func (d *docState) fold(s string) string {
	if f, ok := d.folded[s]; ok {
		return f
	}
	if d.folded == nil {
		d.folded = map[string]string{}
	}
	f := pledgegraph.Fold(s)
	d.folded[s] = f
	return f
}
