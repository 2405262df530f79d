package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// Phrase is a sequence of folded words ("manquent", "a", "l", "appel").
type Phrase []string

// PhraseSet is a set of phrases, indexed by their first word and matched
// longest first. The zero value is an empty set.
type PhraseSet struct {
	byFirst map[string][]Phrase // longest first, then in the order added
	n       int
	bit     uint64 // the set's bit in Token.lex, or 0
	// byID is byFirst by word number (see words.go), when compiled
	byID     wordIndex[[]Phrase]
	compiled bool
	// endings: as a gap in a phrase (see matchPhraseGap), a lower-case
	// word with one of these endings stands for one of the set's words
	endings []string
}

// gapAt returns how many tokens at toks[q] the set takes as a gap: its
// phrase there, or one word of its endings ("naturellement").
func (ps *PhraseSet) gapAt(toks []Token, q int) int {
	if n := ps.MatchAt(toks, q); n > 0 {
		return n
	}
	if q < len(toks) && endsLike(&toks[q], ps.endings) {
		return 1
	}
	return 0
}

// Add adds a phrase to the set.
func (ps *PhraseSet) Add(p Phrase) {
	if len(p) == 0 {
		return
	}
	if ps.byFirst == nil {
		ps.byFirst = map[string][]Phrase{}
	}
	list := ps.byFirst[p[0]]
	k := len(list)
	for k > 0 && len(list[k-1]) < len(p) {
		k--
	}
	ps.byFirst[p[0]] = slices.Insert(list, k, p)
	ps.n++
	ps.compiled = false
}

// compile numbers the first words of the set's phrases in words.
func (ps *PhraseSet) compile(words map[string]int32) {
	ps.byID, ps.compiled = indexWords(ps.byFirst, words), true
}

// first returns the phrases of the set that start with tok's word,
// longest first.
func (ps *PhraseSet) first(tok *Token) []Phrase {
	if !ps.compiled || tok.wid == 0 {
		return ps.byFirst[tok.Fold]
	}
	list, _ := ps.byID.get(tok.wid)
	return list
}

// hasWord reports whether the set holds the phrase of the one word w.
func (ps PhraseSet) hasWord(w string) bool {
	for _, p := range ps.byFirst[w] {
		if len(p) == 1 {
			return true
		}
	}
	return false
}

// Len returns the number of phrases in the set.
func (ps PhraseSet) Len() int { return ps.n }

// endsAt reports whether the longest phrase of ps that starts at most
// back tokens before toks[i] ends right before it ("in" before
// "Strasbourg", "it is" before "a treaty").
func (ps *PhraseSet) endsAt(toks []Token, i, back int) bool {
	for b := max(0, i-back); b < i; b++ {
		if ps.MatchAt(toks, b) == i-b {
			return true
		}
	}
	return false
}

// within reports whether a phrase of ps starts and ends inside
// toks[i:e] ("Establishing" in "the Agreement Establishing the Asian
// Development Bank").
func (ps *PhraseSet) within(toks []Token, i, e int) bool {
	for q := i; q < e; q++ {
		if n := ps.MatchAt(toks, q); n > 0 && q+n <= e {
			return true
		}
	}
	return false
}

// MatchAt returns the length in tokens of the longest phrase of ps that
// starts at toks[i], or 0.
func (ps *PhraseSet) MatchAt(toks []Token, i int) int {
	if i >= len(toks) || !toks[i].may(ps.bit) {
		return 0
	}
	for _, p := range ps.first(&toks[i]) {
		if matchPhrase(toks, i, p) {
			return len(p)
		}
	}
	return 0
}

// commitAt returns how many tokens a commit cue takes at toks[i], words
// of CommitGap standing between its words ("States commit, among other
// things, to", "les signataires s'y engagent notamment à"), or a commit
// verb and its object (see commitObject); or 0.
func (l *Language) commitAt(toks []Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if n := l.Commit.MatchAt(toks, i); n > 0 {
		return l.gapToMark(toks, i+n) - i
	}
	if toks[i].may(l.Commit.bit) {
		for _, p := range l.Commit.first(&toks[i]) {
			if n := matchPhraseGap(toks, i, p, l.CommitGap); n > 0 {
				return l.gapToMark(toks, i+n) - i
			}
		}
	}
	return l.commitObject(toks, i) // "obligent les États qui y adhéreront à", whose verb opens no cue
}

// gapToMark returns where the words of CommitGap that start at toks[e]
// end when the mark of an infinitive follows them ("s'y engagent
// d'abord [à]", "first commit first [to]"), else e.
func (l *Language) gapToMark(toks []Token, e int) int {
	q := l.pastCommitGap(toks, e)
	if q > e && l.InfMark.MatchAt(toks, q) > 0 {
		return q
	}
	return e
}

// pastCommitGap returns where the words of CommitGap that start at
// toks[q] end, none of them punctuation ("prévoit aussi", "s'y engagent
// d'abord"; not the comma of "sept principes, à savoir"), or q.
func (l *Language) pastCommitGap(toks []Token, q int) int {
	for n := l.CommitGap.MatchAt(toks, q); n > 0 && !toks[q].Punct; n = l.CommitGap.MatchAt(toks, q) {
		q += n
	}
	return q
}

// commitObjectMax is how many words the object of a commit verb may
// have: "les États qui y adhéreront".
const commitObjectMax = 8

// commitObject returns how many tokens a commit verb and its object take
// at toks[i], up to the mark of the infinitives that follow (left out):
// "engage les États qui y adhéreront [à] inscrire …", "commits the
// states that join it [to] list …"; two words of object at least, no
// punctuation nor conjunction in it, and a word in lower case after the
// mark; or 0.
func (l *Language) commitObject(toks []Token, i int) int {
	v := l.CommitVerb.MatchAt(toks, i)
	if v == 0 {
		return 0
	}
	for q := i + v; q < len(toks) && q <= i+v+commitObjectMax; q++ {
		if toks[q].Punct || l.And.MatchAt(toks, q) > 0 {
			return 0
		}
		if m := l.InfMark.MatchAt(toks, q); m > 0 && q >= i+v+2 && q+m < len(toks) && !toks[q+m].Cap && !toks[q+m].Punct {
			return q - i
		}
	}
	return 0
}

// unnamedTextOpens reports whether an indefinite article and the head
// of a described text open the sentence toks: "Un engagement
// additionnel, qui étend …", "A separate protocol …" (a text the
// sentence introduces, which a pronoun after it takes up).
func (l *Language) unnamedTextOpens(toks []Token) bool {
	q := firstWord(toks) // "— Un engagement additionnel", after a dateline
	n := l.Indefinite.MatchAt(toks, q)
	return n > 0 && l.describedAfter(toks, q+n)
}

// unnamedTextIn reports whether the sentence toks brings in a text it
// does not name as what something is: a copula, an indefinite article
// and the head of a described text ("Le grand projet était un traité
// mondial d'arbitrage", "the centrepiece was a treaty on …"), unless the
// words before them say it is the text already spoken of ("c'est un
// accord", "it is a treaty").
func (l *Language) unnamedTextIn(toks []Token) bool {
	for q := range toks {
		n := l.Indefinite.MatchAt(toks, q)
		if n == 0 || !l.describedAfter(toks, q+n) {
			continue
		}
		if _, c := l.Frames.copula.endingAt(toks, q, 3); c >= 0 && !l.OldText.endsAt(toks, q, 4) {
			return true
		}
	}
	return false
}

// describedAfter reports whether the head of a described text comes at
// toks[q] or after at most two words in lower case ("un traité
// mondial", "a separate protocol").
func (l *Language) describedAfter(toks []Token, q int) bool {
	for k := q; k < len(toks) && k <= q+2 && !toks[k].Cap && !toks[k].Punct; k++ {
		if l.DescHeads.MatchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// refutes reports whether a cue of refutation opens the sentence toks,
// after punctuation: "C'est faux :", "This is false."
func (l *Language) refutes(toks []Token) bool {
	return l.Refute.MatchAt(toks, firstWord(toks)) > 0
}

// hyphenAdj reports whether the folded word w, joined by a hyphen to
// the word before it, makes an adjective of the name that word ends:
// "San Diego-based", "a US-led text".
func (l *Language) hyphenAdj(w string) bool {
	return l.HyphenAdj[w] || l.LedCompound[w]
}

// firstWord returns the index of the first token of toks that is no
// punctuation, or len(toks).
func firstWord(toks []Token) int {
	q := 0
	for q < len(toks) && toks[q].Punct {
		q++
	}
	return q
}

// memberBody reports whether an initiative's name names a body of
// members ("Digital Trust & Safety Partnership", "Coalition pour une IA
// durable"), whose founders are its first members.
func (l *Language) memberBody(name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if l.MemberBodies[foldWord(w)] {
			return true
		}
	}
	return false
}

// matchPhraseGap reports how many tokens of toks, from i, the phrase p
// takes when adverbs of gap may stand between its words ("manquent
// toujours à l'appel" for "manquent à l'appel"), or 0.
func matchPhraseGap(toks []Token, i int, p Phrase, gap PhraseSet) int {
	q := i
	for k, w := range p {
		if k > 0 && gap.Len() > 0 {
			for q < len(toks) && toks[q].Fold != w {
				n := gap.gapAt(toks, q)
				if n == 0 {
					break
				}
				q += n
			}
		}
		if q >= len(toks) || toks[q].Fold != w {
			return 0
		}
		q++
	}
	return q - i
}

// matchPhrase reports whether the phrase p stands at toks[i].
func matchPhrase(toks []Token, i int, p Phrase) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].Fold != w {
			return false
		}
	}
	return true
}

// Trigger is a phrase that states a predicate. Negative triggers state
// that the fact does not hold ("boudent", "a refusé de soutenir").
// Passive triggers have their actors after them ("soutenu par", "reçu le
// soutien de"), active ones before ("ont signé").
type Trigger struct {
	Predicate pledgegraph.Predicate
	Negative  bool
	Passive   bool
	Weak      bool // states support only of an initiative named in the sentence ("rassemble")
	Final     bool // only at the end of a clause: "US declines", not "declines to comment"
	Phrase    Phrase
}

// Title is an office ("président", "ministre de l'Europe et des Affaires
// étrangères"). Implicit, when set, is the key of the entity the office
// belongs to when the text does not say ("président de la République" in
// French means France's). Office names the office in the reference data
// of terms of office ("president", "head-of-government"), so that "the
// French President" can be resolved to its holder. None marks a phrase
// that holds an office's word but names none ("membre fondateur").
type Title struct {
	Phrase   Phrase
	Implicit string
	Office   string
	None     bool
}

// Language holds the words and cues of one language that the extraction
// rules use. Packages loader/lang/fr and loader/lang/en build it from
// their embedded data files with ParseLanguage.
type Language struct {
	Code          pledgegraph.Lang
	Stop          map[string]bool // stop words, for language detection and names
	Abbrev        map[string]bool // words followed by a period that does not end a sentence
	NumAbbrev     map[string]bool // "no": a word whose period ends no sentence when a number follows ("No. 10"; not "Poland said no. Germany")
	NameAbbrev    map[string]bool // "St", "Ste": abbreviations inside a name ("Lynn St. Amour")
	LedCompound   map[string]bool // "led": after an actor's name and a hyphen, the actor launched what follows ("a US-led text")
	Honorifics    map[string]bool // M., Mme, Mr., Dr
	PluralHonor   map[string]bool // "MM.", "Messrs": an honorific for each name of the list after it ("MM. Eliava et Svanidzé")
	PeerHonor     map[string]bool // "Lord": a peer's title, part of the name before a single name ("Lord Carrington")
	Elisions      map[string]bool // l', d', qu'
	Months        map[string]int
	Weekdays      map[string]int  // 0 is Sunday
	Relative      map[string]int  // days from the publication date: hier is -1
	RelMonths     map[string]int  // months from the publication date: "le mois dernier" is -1
	RelYears      map[string]int  // years from the publication date: "l'an dernier" is -1
	AgoYears      map[string]int  // a count of years back, "#" the count: "# years ago" (0), "il y a # ans jour pour jour" (1: the publication's day too)
	AfterDays     map[string]int  // days after the last date the text gave: "le lendemain" is 1
	AfterMonths   map[string]int  // months after it: "a month later" is 1
	AfterYears    map[string]int  // years after it: "un an plus tard" is 1
	YearPreps     map[string]bool // "en", "in": a year alone after it is a date
	CapitalPreps  map[string]bool // "à", "in", "pour": after it a capital is a place ("a visit to Paris"), not its state
	ViewPreps     map[string]bool // "pour", "for": opening a clause, a view ("Pour Paris, …" is France's), not a place
	NowCues       PhraseSet       // "à cette occasion": the publication date
	Triggers      []Trigger       // longest first
	NegStart      map[string]bool
	NegEnd        map[string]bool
	NegList       map[string]bool             // "ni"
	FrameGap      PhraseSet                   // what may stand inside an event frame's phrase: the adverbs and a negation's second word (« a aussi réuni », « ne s'est pas rendu à »)
	Restrictive   map[string]bool             // "que": after a negation's second word, "only" ("ne compte plus que 17 États")
	NegVerbs      PhraseSet                   // "a refusé de", "declined to": the trigger after it does not hold
	Adverbs       PhraseSet                   // "toujours", "en revanche", "still": may stand inside a trigger ("manquent toujours à l'appel")
	StanceNouns   map[string]bool             // "decision", "refusal": "X's decision to sign" makes X the actor
	Future        PhraseSet                   // "doit", "will": a weekday after it is to come ("doit participer vendredi")
	CoActors      PhraseSet                   // "aux côtés de", "together with": the actors after it act too
	CoHosts       PhraseSet                   // "with", "avec" after a verb of hosting or of a stance: "co-hosted it with A and B", "signed an agreement with China"
	LocRel        PhraseSet                   // "where", "at which": a relative clause that happens when and where its antecedent does
	PullOutVerbs  PhraseSet                   // "pulled", "a retiré": the one taken out follows ("pulled the US out of")
	PullOutOf     PhraseSet                   // "out of", "du": what the one taken out leaves follows
	AlsoFront     PhraseSet                   // "besides", "outre": opening a sentence, the actors after it did what the sentence says
	BothObj       PhraseSet                   // "both", "les deux": as a verb's object, the two texts named last
	NameKinds     map[string]pledgegraph.Kind // "Alliance", "Labs": the kind of a name they end (or, with HeadFirst, begin)
	bodyHeads     map[string]bool             // the words of NameKinds: heads of a body's name with complements ("Center for …")
	bodyRefStart  map[string]bool             // the first words of BodyRefs
	KindHeads     map[string]pledgegraph.Kind // "initiative", "pledge": a lower-case noun after a name, the kind of the name ("the Clean Network initiative")
	MemberBodies  map[string]bool             // "alliance", "partnership": initiatives whose founders are their first members
	Exceptions    PhraseSet                   // hormis, sauf, à l'exception de
	Reporting     PhraseSet                   // a indiqué, selon
	Anaphora      PhraseSet                   // l'appel, le texte: the initiative under discussion
	AnaphoraHeads map[string]bool             // "appel", "texte": the last words of the anaphora
	OwnHeads      map[string]bool             // "armistice": the last words of the anaphora that stand only for an initiative whose name they head
	ObjRel        map[string]bool             // "que", "which": after a comma, opens a relative clause whose object is its antecedent
	Pronouns      PhraseSet                   // il, celui-ci: only before a support or launch trigger
	Titles        []Title                     // longest first
	TitleMods     PhraseSet                   // "founding", "adjoint", "alors": words that qualify an office, before or after it
	PastMods      PhraseSet                   // "former", "ancien": the office was held before, not at the date of the text
	OfficePreps   map[string]bool             // "de", "of": the body whose office it is follows
	OtherTexts    map[string]bool             // "minority", « minoritaire »: beside a text's head in lower case, another text than the one named ("the minority report")
	Remits        PhraseSet                   // "chargée", "in charge": an office's remit follows ("chargée des valeurs")
	HostPreps     PhraseSet                   // "to", "auprès de": where an office is held follows ("ambassador to the UN")
	LedBy         PhraseSet                   // "que dirige", "led by": the body is before, the holder after
	VenueHalls    PhraseSet                   // "convention centre", « palais des congrès »: a name they stand in names a venue
	DemonymNouns  PhraseSet                   // « le », « l' »: before a capitalised word of nationality, make it a person's, whose name may follow (« le Kazakh Noursoultan Nazarbaïev »)
	Leads         PhraseSet                   // "qui dirige", "who heads": the holder is before, the body after
	LeadsRef      PhraseSet                   // "qui l'a présidée", "who chaired it": the holder is before, the body was named before
	Affiliation   PhraseSet                   // "of", "de": between a person named before and the body they hold a role in ("Paul Wilson of APNIC")
	BodyRefs      []KindCue                   // "the company", "son": a body named before, whose office a title names ("the company's chief executive")
	PersPron      map[string]bool             // subject pronouns of a person: true for those of persons only ("he"), false for those of any noun of a gender ("il")
	PersObj       map[string]bool             // object pronouns of persons ("him", "her"): a verb's object that is no text
	LastMonth     map[string]bool             // "dernier" after a month (true), "last" before it (false): the last such month before the publication ("en décembre dernier", "last December")
	ThatMonth     map[string]bool             // "that" before a month: that month of the year the text spoke of last ("that August")
	ClockMarks    map[string]bool             // the words of a time of day: "h" in "8 h 40", "am" in "10.15am"
	CountNouns    map[string]pledgegraph.CountWhat
	CountByKind   map[string]bool   // "signatories": a count of supporters of the kind of those the text names (all states: states)
	Approx        PhraseSet         // près de, plus de
	ApproxNum     map[string]int    // cinquantaine: 50
	Numbers       map[string]int    // number words: "huit", "thirty"
	CountQuals    []CountQual       // "de la société civile": what a count noun counts
	ListIntro     PhraseSet         // telles que, comme, notamment
	CountLoose    map[string]bool   // personnes, people: count nouns that alone do not make a sentence about support
	CountMember   map[string]bool   // membres, members: they count the members of an initiative the sentence names
	CountLead     map[string]bool   // signature, dirigeants: "la signature de 80 entreprises" counts the 80; true: the count says support
	Increment     PhraseSet         // nouveaux, more: "18 new members" is no total
	OutOf         PhraseSet         // des, of the: "douze des quinze États" counts a part of a whole
	Tallies       []CountQual       // membership, nombre de signataires: a total follows ("has risen to 30")
	CountVerb     PhraseSet         // compte, counts, au sein de laquelle: the number after it is the size of the initiative before it
	And           PhraseSet         // et, and, ainsi que: coordination
	InfMark       PhraseSet         // à, de, to, aimed at: the mark of an infinitive in a list of commitments
	Genitive      map[string]bool   // de: an InfMark that after a noun ("principes de sécurisation") is no mark
	DropMarks     []string          // de, d, to: the InfMarks a principle's name drops ("De protéger" → "Protéger")
	Articles      map[string]bool   // le, la, the: a list item's name drops them
	ItemEnd       PhraseSet         // tels que, such as, by way of: a list item ends before it
	ItemCut       PhraseSet         // afin que, so that: after a comma, a list item's name ends at the comma
	ItemLead      PhraseSet         // that, que: the conjunction a list item opens with, no word of its commitment
	PartCut       []string          // endings of past participles: after a comma, a participle and its agent end a list item's name ("un programme obligatoire, financé par tous les membres")
	GerundEnds    []string          // "ing": the ending of a gerund, whose object goes on in a title-case name ("on Ending the War")
	GerundCut     map[string]string // en → ant: after a comma, the mark of a gerund before a word with that ending ends a list item's name there ("la croissance, en favorisant …")
	ListVerb      PhraseSet         // include, comprennent: after a noun that names principles, the list follows
	KindCues      []KindCue
	Partic        PhraseSet       // à l'occasion de, lors du, en présence de
	Presented     PhraseSet       // "adopted", "annoncée": after an initiative, it was presented at the event a partic cue names
	Venue         PhraseSet       // à, au, at
	VenueHeads    map[string]bool // palais, hotel: a head in lower case that, with a capitalised name, names a venue
	DurationPreps PhraseSet       // "pendant", "for": the preposition of a phrase of duration
	DurationUnits map[string]bool // "semaines", "days": units of time after its number
	PerfectAux    []string        // "a", "avait", "has", "had": auxiliaries of the compound past, one for another in an event frame ("avait convoqué" as "a convoqué")
	PastAgree     []string        // "e", "s", "es": endings a participle after an auxiliary takes in agreement ("que l'Unesco avait convoquée")
	Unaccented    map[string]bool // "traite", "a": a word in lower case that, without its accent, is another word than a head of names ("traité") or a venue's preposition ("à")
	PartOf        PhraseSet       // la division, filiale de
	Member        PhraseSet       // pays du, membres de
	All           PhraseSet       // tous les, all
	Commit        PhraseSet       // s'engagent: a list of principles follows
	CommitGap     PhraseSet       // "y", "notamment", "among other things", ",": words that may stand between those of a commit cue
	CommitVerb    PhraseSet       // "engage", "commits": a commit cue with any object before the mark of its infinitives ("engage les États qui y adhéreront à")
	AmongPrev     PhraseSet       // "Among them are", "Parmi eux figurent": a sentence that lists some of the supporters the one before counted
	AmongCount    PhraseSet       // "Among the", "Parmi les" before a number: a sentence that lists some of the supporters a count of that number counted
	Partitive     PhraseSet       // "several", "plusieurs": before a group's members, some of them, not all ("several ASEAN members")
	Lineage       PhraseSet       // "dans le prolongement de", "in line with": the initiative named after it is one the text refers to, not the one it discusses
	Indefinite    PhraseSet       // "a", "une": an apposition that opens with one says what the name before it is ("50-in-5, a global campaign")
	OldText       PhraseSet       // "c'est", "it is": before an indefinite description, the text already spoken of ("it is a treaty")
	CommitList    PhraseSet       // principes, values: the cue names the principles, so one item after it is one
	CommitNouns   PhraseSet       // "prévoit", "provides for": the text the subject names lists its commitments in the object, nouns with their articles, as after a colon; not in Commit
	Compose       PhraseSet       // se compose de: a list of sub-events follows
	SameAs        PhraseSet       // ce fut également le cas de
	LaunchDate    PhraseSet       // lors de son lancement
	Ordinals      map[string]int
	InitHeads     map[string]bool // appel, call, accord: heads of initiative names
	NameHeads     map[string]bool // the heads that make any name an initiative's ("Charte de Lyon", "Oslo Pledge")
	NamePreps     map[string]bool // prepositions inside an initiative's name: de, pour, on, for
	LowerPreps    map[string]bool // those of NamePreps after which only lower-case words belong to a name ("relative aux droits", not "l'accord de Paris à la COP21")
	RelationWords map[string]bool // "relatif", "relative": the name goes on after them with a preposition of LowerPreps
	SubjRel       map[string]bool // "which", "qui": relative pronouns that are the subject of their clause
	NameEnds      PhraseSet       // phrases that a name does not go on into ("aux côtés", "à l'issue", "au nom")
	EventTimeAdj  map[string]bool // adjectives of time that name no event with its head ("annuelle", "prochaine", "annual")
	EventAdj      map[string]bool // adjectives that name an event with its head in lower case, beyond those the endings say ("ministerial meeting")
	StateAdj      map[string]bool // adjectives of republics' names, beyond those the endings say ("arabe", "populaire"): "la République arabe unie" is no "République" of a title
	EventBodies   map[string]bool // forum: an event's head that names a body too, when an acronym follows the name
	BareHeads     map[string]bool // code, charte, pledge: heads whose definite description names the initiative of a text that names none
	TopicPreps    map[string]bool // those that say what a name is about: pour, sur, on, for
	CapsPreps     map[string]bool // those after which only capitalised words belong to a name: in, dans
	PartyPreps    map[string]bool // those of CapsPreps that list the parties of a text: "Treaty between Australia, New Zealand and the United States"
	PlacePreps    map[string]bool // those of CapsPreps that say where: a body's name that a word of kind ends does not go on after them ("the Poynter Institute in St. Petersburg")
	AdjEndings    []string        // endings of adjectives that may follow a head: "-ique", "-al"
	AdjWords      map[string]bool // adjectives no ending gives away that may follow a head: "vert", "bleue"
	VenueAdj      map[string]bool // "new", « vieille »: an adjective between a venue's preposition and its name ("in the new Mulungushi Hall")
	EponymHeads   map[string]bool // plan, rapport: lower-case heads of names that an eponym completes ("le plan Marshall")
	AdjHeads      map[string]bool // parti, front, conseil: capitalised heads of bodies that lower-case adjectives alone complete ("le Parti socialiste")
	PrepVerbs     map[string]bool // verbs a preposition follows, no qualifier of the head before them: "repose" ("L'Acte repose sur")
	VerbEndings   []string        // endings of inflected verbs, which end a name\'s lower-case complement: "-ait", "-ed"
	AdvEndings    []string        // endings of adverbs, which a capital opening a sentence does not make a name: "-ment", "-ly"
	ActionEndings []string        // endings of the verbs that open the items of a list of actions: "-er", "-ir", "-ing"
	InnerHeads    map[string]bool // heads that name an initiative only after a capitalised word ("Delhi Communiqué")
	CapHeads      map[string]bool // heads that name an initiative only when capitalised ("Initiative", not "l'initiative X")
	OrdSuffixes   map[string]bool // endings of ordinals in figures: "5e", "4th"
	Demonstrative map[string]bool // "ce", "this": with an event's head, the event under discussion
	PluralDem     map[string]bool // "ces", "these": with a number, the last initiatives named ("ces trois enceintes")
	Possessives   map[string]bool // "son", "its": with an event's head, an event of the initiative under discussion
	PluralPoss    map[string]bool // "leur", "their": the event of the body those who speak belong to
	Definite      map[string]bool // definite articles: "la convention sur la cybercriminalité" is a name
	NameOnly      map[string]bool // event heads that stand for no event alone ("Day": "the day after" is none)
	OwnedOnly     map[string]bool // event heads that name an event only with the body or initiative it belongs to ("the 24th session of the Human Rights Council")
	EventHeads    map[string]bool // sommet, summit, conference: heads of events' names
	Accuse        []Trigger
	PrincipleNo   PhraseSet         // words that make a commitment a meta statement
	Edition       PhraseSet         // édition
	RelPron       map[string]bool   // qui, dont, which: a relative clause starts
	Concessive    PhraseSet         // "bien que", "although": after a comma, a clause aside opens, as a relative one does ("La Finlande, bien qu'elle ait conclu un pacte, ne figure pas parmi les signataires")
	Published     PhraseSet         // "dernière modification", "publié le": the publication date follows
	KnownAs       PhraseSet         // "better known as", "dite": another name of the same entity follows
	Voice         PhraseSet         // "par la voix de", "in the person of": the person after it speaks for the body before it
	Refute        PhraseSet         // "c'est faux", "this is false": opening a sentence, the sentence before states nothing
	CalledAs      PhraseSet         // "called", "baptisé": after a kind head, the name it gives follows ("an initiative she called InvestAI")
	TalkOn        PhraseSet         // "lectured on", "une conférence sur": a quoted title after them names a talk, no initiative
	PersName      PhraseSet         // "his name", "son nom": the person last named, by the name the text gives
	Askers        PhraseSet         // "who", "qui", "which countries": a question that opens with them asks who acted
	Polar         PhraseSet         // "did", "est-ce que": a question that opens with them asks whether, it states nothing
	WhWords       PhraseSet         // "why", "pourquoi": a question that opens with them takes its fact as given
	Yes           PhraseSet         // "yes", "oui": an answer that opens with them says the question's fact holds
	DescHeads     PhraseSet         // "statement", "déclaration": in lower case, a text signed, described by its subject (see describedInitiative)
	DescPlural    PhraseSet         // the plural heads of DescHeads ("commitments"): without a determiner, a kind of text
	DescTitled    PhraseSet         // the heads of DescHeads that name a text only with a quoted title in apposition ("report")
	PluralArt     map[string]bool   // indefinite plural articles ("des"): a determiner of a plural description
	Whose         map[string]bool   // relative pronouns of possession ("whose", "dont"): "X, whose president is Y"
	Between       map[string]bool   // "entre", "between": "between A and N states" names two parties, not a list
	CityCues      map[string]bool   // "city", "ville", "mayor", "maire": a sentence about cities, whose names act as their governments
	DescMods      PhraseSet         // "joint", "commune": words that qualify such a text
	DescPreps     PhraseSet         // "on", "sur": the subject of such a text follows
	DescCreate    PhraseSet         // "qui crée", "establishing": what such a text creates follows, and the head names it
	Present       PhraseSet         // "désormais", "now": before a count, it is of the publication date
	Adoption      PhraseSet         // "the adoption of", "l'adoption de": in a sentence about one event, the initiative after it was presented there
	Deictic       map[string]bool   // "ce lundi 12 novembre": the day of writing
	Clause        map[string]bool   // "mais", "while": a new clause with its own subject starts
	Attack        map[string]bool   // espions, hackers: words of (cyber)attacks and interference
	Claim         PhraseSet         // "a affirmé que": a claim about someone else follows
	MemberAfter   PhraseSet         // "member states" after a group: "all EU member states"
	OwnMembers    PhraseSet         // "ses États membres", "its member states": the group's members, after the group
	Single        map[string]bool   // "seul pays du G7": one member, not all
	TextParts     map[string]string // paragraphe, list, photo: a part of a text or an image a stance can stand out of, to "section" for a division of a text
	Frames        Frames            // verb groups and frames (frames.tsv)
	// EventOf says how an event a body holds is named after it: the
	// body's name before the head ("G7 summit", OwnerFirst), or after it
	// with a preposition ("sommet du Commonwealth"; Vowel, before a
	// vowel, is the elided one without its apostrophe: "de l").
	EventOf struct {
		OwnerFirst  bool
		Prep, Vowel string
	}

	// Words of single tests (see parseWords).
	CountQualPrep  map[string]bool   // "de", "of", "from": a number after it qualifies the noun before ("personnes de 130 pays")
	CountSkip      map[string]bool   // "de", "d'": it may stand between a number and its noun ("une cinquantaine de pays")
	CountPart      map[string]bool   // "des", "parmi", "of": a part of a whole follows, its noun further ("eight of the world's largest companies")
	MemberMod      map[string]bool   // "membres", "members" after a count noun: a group's size ("28 États membres")
	MemberModPre   map[string]bool   // "member" before a count noun: a group's size ("the 29 member states")
	OwnSize        map[string]bool   // "ses", "its": a number after it is its possessor's own size
	VerbWords      map[string]bool   // "vaut", "prévoit": short conjugated verbs no ending gives away, which end a name in lower case ("la Convention européenne des droits de l'homme vaut pour")
	AndJoin        map[string]bool   // "et", "and": the plain conjunction ("vingt et un", "A and B")
	Glue           map[string]bool   // "et", "de", "the", "also": words that may stand between the items of a list of names
	NameArticles   map[string]bool   // "la", "the", "a": articles that may open a name or stand after its preposition
	RangeTo        map[string]bool   // "au", "to": between two days, a span ("du 11 au 13 novembre"); between two names, a range
	RangeFrom      map[string]bool   // "des", "from": a range of names opens ("from the United States to Poland")
	DayPrep        map[string]bool   // "le", "on": before a day's date ("Bruxelles, le 24 septembre 2019")
	FormerName     map[string]bool   // "ex": a former name follows ("(ex-Facebook)")
	SentLink       map[string]bool   // "mais", "but": opening a sentence, it goes on from the one before
	OfPrep         map[string]bool   // "de", "of": the genitive preposition ("la division X de Y")
	PurposePreps   map[string]bool   // "pour": a preposition that, before a verb in the infinitive, says what for ("le Congrès pour investir"), ending a name
	DefiniteOne    map[string]bool   // "la", "the": a definite article of one thing, before a group's name
	MemberAll      PhraseSet         // "membres de", "États membres de": a member cue of all the members
	MemberAfterAll PhraseSet         // "member states" after a group: all its members, not one ("member state")
	RelPart        map[string]bool   // "dont": a relative pronoun whose clause speaks of a part of its antecedent
	RelExample     map[string]string // after "dont": "tous" (quant), "la" (near), "des" (art): a list of examples follows
	NegGap         map[string]bool   // "formally": it may stand between a negating verb and its trigger
	NameParticles  map[string]bool   // "de", "of", "von": a lower-case word between the capitalised words of a name ("Ursula von der Leyen")
	BodyParticles  map[string]bool   // "of": a particle of bodies' names, never of a person's ("Bank of America"; "Paul Wilson of APNIC" is two names)
	LowerBodies    map[string]bool   // "police": a common noun that, with a nationality, names a body in lower case ("la police nationale néerlandaise", "the Dutch national police")
	NameAnd        map[string]bool   // "et", "and": a conjunction between the capitalised words of a name ("Trust and Security")
	HyphenAdj      map[string]bool   // "based", "backed": after a name and a hyphen, a word that makes an adjective of it ("a San Diego-based site"), no part of the name
	AcroEvent      map[string]bool   // "Forum", "Sommet": a name opening with it and followed by its acronym is an event's
	LaunchDet      map[string]bool   // "un", "son", "the", "its": between a launch verb and the name it launches ("a lancé un Appel")
	RegionAdj      map[string]bool   // "European", "Nordic": a capitalised adjective of a region, no name alone ("the European suppliers")
	CommonAcronyms map[string]bool   // "AI", "IA", "ICT": abbreviations of common nouns, no name alone ("AI and security experts")
	PortfolioOpen  map[string]bool   // "de", "for": a minister's portfolio may follow ("ministre de la Culture")
	PortfolioGlue  map[string]bool   // "de", "la", "et": before the first capitalised word of a portfolio
	PortfolioLoose map[string]bool   // "chargé", "in": a portfolio in lower-case words may follow ("chargé de la transition numérique")
	PortfolioHead  map[string]bool   // "ministre", "secretary": a word of a title that a portfolio may follow
	PortfolioField map[string]bool   // "économie", "finance": a word of a portfolio that may be written in lower case ("ministres de l'économie")

	// Settings of the language (category "setting").
	NegSingle  bool   // a negation word negates alone ("not"), with no second word ("ne … pas")
	MonthFirst bool   // a date in figures may put the month first when the second number is no month
	HomeState  string // the state whose office a title names when the text names none ("le Premier ministre")
	HeadFirst  bool   // names put their head word first ("Institut Pasteur", "charte de Lyon")

	// byFirst indexes Triggers and Accuse by their first word, in list
	// order.
	byFirst map[string][]*Trigger
	// byPred is byFirst for each predicate
	byPred []predTriggers
	// lex maps a word to the bits of the lists that have a phrase
	// starting with it (see annotate).
	lex map[string]uint64
	// words numbers the words of the tries of Frames (see words.go)
	words map[string]int32
	// cues indexes KindCues by their first word, in list order.
	cues wordMap[[]KindCue]
	// titles indexes Titles by their first word, longest first.
	titles wordMap[[]*Title]
	// relYears, relMonths and relDays are RelYears, RelMonths and
	// Relative as phrases, longest first.
	relYears, relMonths, relDays []relPhrase
	// agoYears is AgoYears as phrases, longest first.
	agoYears []relPhrase
	// afterYears, afterMonths and afterDays are AfterYears, AfterMonths
	// and AfterDays as phrases, longest first.
	afterYears, afterMonths, afterDays []relPhrase

	// The event frames (see eventframe.go).
	EventFrames []EventFrame      // "a participé à", "brought together": longest first
	EventAnaph  PhraseSet         // "the gathering", "la réunion": the event last named
	EventFirst  map[string]bool   // last word of an EventAnaph phrase marked first ("débats", "talks"): the event the text names first
	PlacedNames map[string]string // head of events named after their place ("conférence") → the name's pattern ("Conférence de %s|Conférence d'%s": the second before a vowel)
	PlacedInits map[string]string // head of initiatives named after the place of their making ("déclaration") → the name's pattern, as in PlacedNames
	MeetPreps   map[string]bool   // "à", "at": the place a meeting is held follows ("réunies à Belgrade")
	VenueNames  []string          // "{event} in {place}", "{event} de {place}|{event} d'{place}": the names an event takes after the place it was held at
	GroupPron   map[string]bool   // "they", "ils": the actors named just before
	Subord      map[string]bool   // "que", "that": a subordinate clause starts
	// frames indexes EventFrames by their first word, longest first.
	frames    map[string][]*EventFrame
	reprFirst map[string]bool // the first words of the event frames of representation (see representation)
}

// CountQual is a phrase that says what a count noun counts: after it
// ("93 acteurs de la société civile", "218 partenaires du secteur
// privé") or, with Before, before it ("80 civil society organizations").
type CountQual struct {
	What   pledgegraph.CountWhat
	Before bool
	Phrase Phrase
}

// KindCue types a capitalised name by the words before it ("la société
// X") or after it ("X, une ONG").
type KindCue struct {
	Kind   pledgegraph.Kind
	After  bool
	Phrase Phrase
	// Headed marks a reference that stands only for a body whose name has
	// its last word ("l'association", "the institute"), where others stand
	// for the last body of their kind ("l'organisation", "the company").
	Headed bool
}

// parseTitle reads a title's value: "state", "head", "company", "person",
// "-", an ISO code or a body's name, then after a slash the office in the
// terms of office ("state/president"); "none" for a phrase that names no
// office.
func parseTitle(val string, p Phrase) Title {
	if val == "none" {
		return Title{Phrase: p, None: true}
	}
	implicit, office, _ := strings.Cut(val, "/")
	return Title{Phrase: p, Implicit: implicit, Office: office}
}

// ParsePhrase folds and tokenises a phrase of a data file.
func ParsePhrase(s string) Phrase {
	toks := Tokenize(Normalize(s), 0, len(Normalize(s)))
	var p Phrase
	for _, t := range toks {
		p = append(p, intern(t.Fold))
	}
	if n := len(p); n > 1 && p[n-1] == "'" {
		p = p[:n-1] // "la ville d'": the elided word, as the text's "d'Helsinki" reads
	}
	return p
}

// ParseLanguage reads a language's lexicon: lines of three tab-separated
// fields, category, value and phrase; "#" starts a comment line. The
// categories are described in loader/lang/README.md.
//
// The files after the first are frame tables (see Frames), read with
// their own categories.
func ParseLanguage(code pledgegraph.Lang, data []byte, frames ...[]byte) (*Language, error) {
	l := newLanguage(code)
	if err := l.parseLexicon(data); err != nil {
		return nil, err
	}
	for _, f := range frames {
		if err := l.Frames.parse(code, f); err != nil {
			return nil, err
		}
	}
	l.Adverbs.endings = l.Frames.adverb.endings // the frame table's advending
	l.FrameGap.endings = l.Frames.adverb.endings
	l.sortLists()
	l.indexFrames()
	l.indexLex()
	l.indexFirstWords()
	l.indexPredicates()
	if err := l.addParticles(); err != nil {
		return nil, err
	}
	l.compileWords()
	return l, nil
}

// newLanguage returns the language of code with its lists empty.
func newLanguage(code pledgegraph.Lang) *Language {
	return &Language{
		Code: code, Stop: map[string]bool{}, Abbrev: map[string]bool{}, NameAbbrev: map[string]bool{}, LedCompound: map[string]bool{}, Honorifics: map[string]bool{},
		Elisions: map[string]bool{}, Months: map[string]int{}, Weekdays: map[string]int{},
		PluralArt: map[string]bool{}, Whose: map[string]bool{}, Between: map[string]bool{}, CityCues: map[string]bool{}, Relative: map[string]int{}, RelMonths: map[string]int{}, RelYears: map[string]int{}, AdjWords: map[string]bool{}, VenueAdj: map[string]bool{}, PrepVerbs: map[string]bool{}, EponymHeads: map[string]bool{}, AdjHeads: map[string]bool{}, AgoYears: map[string]int{}, AfterDays: map[string]int{}, AfterMonths: map[string]int{}, AfterYears: map[string]int{}, YearPreps: map[string]bool{}, CapitalPreps: map[string]bool{}, ViewPreps: map[string]bool{}, NegStart: map[string]bool{}, NegEnd: map[string]bool{},
		NegList: map[string]bool{}, Restrictive: map[string]bool{}, CountNouns: map[string]pledgegraph.CountWhat{}, CountByKind: map[string]bool{},
		ApproxNum: map[string]int{}, Numbers: map[string]int{}, RelPron: map[string]bool{}, Deictic: map[string]bool{}, Clause: map[string]bool{}, Attack: map[string]bool{}, Single: map[string]bool{}, TextParts: map[string]string{}, Ordinals: map[string]int{}, InitHeads: map[string]bool{}, NameHeads: map[string]bool{}, StanceNouns: map[string]bool{}, NameKinds: map[string]pledgegraph.Kind{}, KindHeads: map[string]pledgegraph.Kind{}, NamePreps: map[string]bool{}, EventBodies: map[string]bool{}, BareHeads: map[string]bool{}, TopicPreps: map[string]bool{}, InnerHeads: map[string]bool{}, OrdSuffixes: map[string]bool{}, VenueHeads: map[string]bool{}, DurationUnits: map[string]bool{}, Unaccented: map[string]bool{}, Demonstrative: map[string]bool{}, Possessives: map[string]bool{}, PluralPoss: map[string]bool{}, CapHeads: map[string]bool{}, Definite: map[string]bool{}, CapsPreps: map[string]bool{}, EventHeads: map[string]bool{}, NameOnly: map[string]bool{}, OwnedOnly: map[string]bool{}, GerundCut: map[string]string{},
		CountLoose: map[string]bool{}, CountMember: map[string]bool{}, CountLead: map[string]bool{}, Articles: map[string]bool{}, Genitive: map[string]bool{}, MemberBodies: map[string]bool{},
		OfficePreps: map[string]bool{}, OtherTexts: map[string]bool{},
	}
}

// parseLexicon reads the lines of a lexicon into l.
func (l *Language) parseLexicon(data []byte) error {
	code := l.Code
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("extract: lexicon %s line %d: want 3 tab-separated fields, got %d", code, n, len(f))
		}
		cat, val, text := f[0], f[1], f[2]
		p := ParsePhrase(text)
		if len(p) == 0 {
			return fmt.Errorf("extract: lexicon %s line %d: empty phrase", code, n)
		}
		if err := l.parseEntry(cat, val, p); err != nil {
			return fmt.Errorf("extract: lexicon %s line %d: %w", code, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("extract: lexicon %s: %w", code, err)
	}
	return nil
}

// entryParser reads a lexicon line of the categories it knows, and
// reports whether cat is one of them.
type entryParser func(l *Language, cat, val, word string, p Phrase) (bool, error)

// entryParsers read the categories of the lexicon, one theme each.
var entryParsers = []entryParser{
	(*Language).parseTextWords, (*Language).parseStanceWords, (*Language).parseOfficeWords,
	(*Language).parseCountWords, (*Language).parseListWords, (*Language).parseEventWords,
	(*Language).parseNameWords, (*Language).parsePlaceWords,
}

// parseEntry reads one line of the lexicon: its category, value and
// phrase.
func (l *Language) parseEntry(cat, val string, p Phrase) error {
	word := bareWord(p)
	if field := wordSets[cat]; field != nil {
		set := field(l)
		*set = addWord(*set, word)
		l.addMarked(cat, val, p)
		return nil
	}
	known := false
	for _, parse := range entryParsers {
		ok, err := parse(l, cat, val, word, p)
		if err != nil {
			return err
		}
		if known = ok; known {
			break
		}
	}
	if !known {
		ok, err := l.parseWords(cat, val, bareWord(p))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("unknown category %q", cat)
		}
	}
	l.addMarked(cat, val, p)
	return nil
}

// wordSets gives, for each category of the lexicon filled one word at a
// time, the Language's set it fills: adjectives of states' and events'
// names, of time, words of the clock, of "that" month, of people as
// objects, of relation.
var wordSets = map[string]func(*Language) *map[string]bool{
	"stateadj":     func(l *Language) *map[string]bool { return &l.StateAdj },
	"eventadj":     func(l *Language) *map[string]bool { return &l.EventAdj },
	"eventtimeadj": func(l *Language) *map[string]bool { return &l.EventTimeAdj },
	"clock":        func(l *Language) *map[string]bool { return &l.ClockMarks },
	"thatmonth":    func(l *Language) *map[string]bool { return &l.ThatMonth },
	"persobj":      func(l *Language) *map[string]bool { return &l.PersObj },
	"relationword": func(l *Language) *map[string]bool { return &l.RelationWords },
	"subjrel":      func(l *Language) *map[string]bool { return &l.SubjRel },
}

// parseTextWords reads the words of the text and of dates: stop words,
// abbreviations, honorifics, elisions, months, weekdays, relative dates,
// cues of the publication date and of the future.
func (l *Language) parseTextWords(cat, val, word string, p Phrase) (bool, error) {
	var err error
	switch cat {
	case "stop":
		l.Stop[word] = true
	case "glue":
		l.Glue = addWord(l.Glue, word)
	case "objrel":
		l.ObjRel = addWord(l.ObjRel, word)
	case "namearticle":
		l.NameArticles = addWord(l.NameArticles, word)
	case "abbrev":
		l.Abbrev[word] = true
	case "numabbrev":
		l.NumAbbrev = addWord(l.NumAbbrev, word)
	case "ledcompound":
		l.LedCompound[word] = true
	case "nameabbrev":
		l.NameAbbrev[word] = true
		l.Abbrev[word] = true
	case "honorific":
		l.Honorifics[word] = true
		if val == "plural" {
			l.PluralHonor = addWord(l.PluralHonor, word)
		}
		if val == "peer" {
			l.PeerHonor = addWord(l.PeerHonor, word)
		}
		if utf8.RuneCountInString(word) <= 4 {
			l.Abbrev[word] = true // "M.", "Dr.", "Mgr.": a period after it ends no sentence; after "Sheikh" it may ("Charm el-Cheikh. Le Maroc")
		}
	case "elision":
		l.Elisions[word] = true
	case "month", "weekday", "relative", "relmonth", "relyear", "agoyears", "afterday", "aftermonth", "afteryear":
		// date words and their numbers: a month's, a weekday's, an offset's
		dst := map[string]map[string]int{"month": l.Months, "weekday": l.Weekdays, "relative": l.Relative, "relmonth": l.RelMonths,
			"relyear": l.RelYears, "agoyears": l.AgoYears, "afterday": l.AfterDays, "aftermonth": l.AfterMonths, "afteryear": l.AfterYears}[cat]
		dst[word], err = strconv.Atoi(val)
	case "yearprep":
		l.YearPreps[word] = true
	case "capitalprep":
		l.CapitalPreps[word] = true
		l.ViewPreps[word] = val == "view"
	case "now":
		l.NowCues.Add(p)
	case "future":
		l.Future.Add(p)
	case "published":
		l.Published.Add(p)
	case "deictic":
		l.Deictic[word] = true
	case "launchdate":
		l.LaunchDate.Add(p)
	default:
		return false, nil
	}
	return true, err
}

// parseStanceWords reads the words of stances: triggers, negations,
// exceptions, reporting verbs, anaphora and the words around them.
func (l *Language) parseStanceWords(cat, val, word string, p Phrase) (bool, error) {
	switch cat {
	case "supports", "launched", "accused":
		t := Trigger{Predicate: pledgegraph.Predicate(cat), Negative: strings.Contains(val, "-"), Passive: strings.Contains(val, "p"), Weak: strings.Contains(val, "w"), Final: strings.Contains(val, "f"), Phrase: p}
		if cat == "accused" {
			l.Accuse = append(l.Accuse, t)
		} else {
			l.Triggers = append(l.Triggers, t)
		}
	case "negstart":
		l.NegStart[word] = true
	case "negend":
		l.NegEnd[word] = true
		l.FrameGap.Add(p)
	case "neglist":
		l.NegList[word] = true
	case "restrictive":
		l.Restrictive[word] = true
	case "negverb":
		l.NegVerbs.Add(p)
	case "stancenoun":
		l.StanceNouns[word] = true
	case "locrel":
		l.LocRel.Add(p)
	case "alsofront":
		l.AlsoFront.Add(p)
	case "bothobj":
		l.BothObj.Add(p)
	case "pullout":
		if val == "verb" {
			l.PullOutVerbs.Add(p)
		} else {
			l.PullOutOf.Add(p)
		}
	case "coactor":
		if val == "host" {
			l.CoHosts.Add(p)
		} else {
			l.CoActors.Add(p)
		}
	case "adverb":
		l.Adverbs.Add(p)
		l.FrameGap.Add(p)
	case "exception":
		l.Exceptions.Add(p)
	case "reporting":
		l.Reporting.Add(p)
	case "anaphora":
		l.Anaphora.Add(p)
		l.AnaphoraHeads = addWord(l.AnaphoraHeads, p[len(p)-1])
		if val == "own" {
			l.OwnHeads = addWord(l.OwnHeads, p[len(p)-1])
		}
	case "pronoun":
		l.Pronouns.Add(p)
	case "sameas":
		l.SameAs.Add(p)
	case "relpron":
		l.RelPron[word] = true
	case "concessive":
		l.Concessive.Add(p)
	case "clause":
		l.Clause[word] = true
	case "attack":
		l.Attack[word] = true
	case "claim":
		l.Claim.Add(p)
	default:
		return false, nil
	}
	return true, nil
}

// parseOfficeWords reads the words of offices: titles and what qualifies
// them, the body whose office it is, offices said with a verb.
func (l *Language) parseOfficeWords(cat, val, word string, p Phrase) (bool, error) {
	switch cat {
	case "title":
		l.Titles = append(l.Titles, parseTitle(val, p))
	case "titlemod":
		l.TitleMods.Add(p)
		if val == "past" {
			l.PastMods.Add(p)
		}
	case "othertext":
		l.OtherTexts[word] = true
	case "officeprep":
		l.OfficePreps[word] = true
	case "hostprep":
		l.HostPreps.Add(p)
	case "remit":
		l.Remits.Add(p)
	case "ledby":
		l.LedBy.Add(p)
	case "venuehall":
		l.VenueHalls.Add(p)
	case "demonymnoun":
		l.DemonymNouns.Add(p)
	case "leads":
		if val == "ref" {
			l.LeadsRef.Add(p)
		} else if val == "affil" {
			l.Affiliation.Add(p)
		} else {
			l.Leads.Add(p)
		}
	case "lastmonth":
		if l.LastMonth == nil {
			l.LastMonth = map[string]bool{}
		}
		l.LastMonth[word] = val == "after"
	case "perspron":
		if l.PersPron == nil {
			l.PersPron = map[string]bool{}
		}
		l.PersPron[word] = val == "person"
	case "bodyref":
		kind, headed := strings.CutSuffix(val, "+head")
		l.BodyRefs = append(l.BodyRefs, KindCue{Kind: pledgegraph.Kind(strings.Trim(kind, "-")), Phrase: p, Headed: headed})
		l.bodyRefStart = addWord(l.bodyRefStart, p[0])
	default:
		return false, nil
	}
	return true, nil
}

// parseCountWords reads the words of counts: count nouns and what they
// count, numbers in words, approximators, increments, totals.
func (l *Language) parseCountWords(cat, val, word string, p Phrase) (bool, error) {
	var err error
	switch cat {
	case "count":
		l.CountNouns[word] = pledgegraph.CountWhat(val)
	case "approx":
		l.Approx.Add(p)
	case "approxnum":
		l.ApproxNum[word], err = strconv.Atoi(val)
	case "number":
		l.Numbers[word], err = strconv.Atoi(val)
	case "countafter", "countbefore":
		l.CountQuals = append(l.CountQuals, CountQual{What: pledgegraph.CountWhat(val), Before: cat == "countbefore", Phrase: p})
	case "countbykind":
		l.CountByKind[word] = true
	case "countloose", "countmember":
		l.CountNouns[word] = pledgegraph.CountWhat(val)
		if cat == "countloose" {
			l.CountLoose[word] = true
		} else {
			l.CountMember[word] = true
		}
	case "countlead":
		l.CountLead[word] = val == "+"
	case "increment":
		l.Increment.Add(p)
	case "outof":
		l.OutOf.Add(p)
	case "countverb":
		l.CountVerb.Add(p)
	case "tally":
		l.Tallies = append(l.Tallies, CountQual{What: pledgegraph.CountWhat(val), Phrase: p})
	default:
		return false, nil
	}
	return true, err
}

// parseListWords reads the words of lists: coordination, lists of
// commitments and of examples, the members of a group.
func (l *Language) parseListWords(cat, val, word string, p Phrase) (bool, error) {
	switch cat {
	case "and":
		l.And.Add(p)
	case "infmark":
		l.InfMark.Add(p)
		if strings.Contains(val, "drop") {
			l.DropMarks = append(l.DropMarks, word)
		}
		if strings.Contains(val, "gen") {
			l.Genitive[word] = true
		}
	case "article":
		l.Articles[word] = true
	case "itemend":
		l.ItemEnd.Add(p)
	case "itempart":
		l.PartCut = append(l.PartCut, word)
	case "gerundending":
		l.GerundEnds = append(l.GerundEnds, word)
	case "itemcut":
		if val != "-" {
			l.GerundCut[word] = val // "en" before a word in "-ant"
			break
		}
		l.ItemCut.Add(p)
	case "listverb":
		l.ListVerb.Add(p)
	case "listintro":
		l.ListIntro.Add(p)
	case "itemlead":
		l.ItemLead.Add(p)
	case "commitgap":
		l.CommitGap.Add(p)
	case "commitverb":
		l.CommitVerb.Add(p)
	case "lineage":
		l.Lineage.Add(p)
	case "indefinite":
		l.Indefinite.Add(p)
	case "oldtext":
		l.OldText.Add(p)
	case "partitive":
		l.Partitive.Add(p)
	case "amongprev":
		if val == "count" {
			l.AmongCount.Add(p)
		} else {
			l.AmongPrev.Add(p)
		}
	case "commit":
		l.Commit.Add(p)
		if val == "list" {
			l.CommitList.Add(p)
		}
	case "provide":
		l.CommitNouns.Add(p) // no commit cue: no commitment of those it names ("Dix pays prévoient de signer")
	case "compose":
		l.Compose.Add(p)
	case "notprinciple":
		l.PrincipleNo.Add(p)
	case "partof":
		l.PartOf.Add(p)
	case "member":
		l.Member.Add(p)
	case "all":
		l.All.Add(p)
	case "memberafter":
		l.MemberAfter.Add(p)
	case "ownmembers":
		l.OwnMembers.Add(p)
	case "single":
		l.Single[word] = true
	case "textpart":
		l.TextParts[word] = val
	default:
		return false, nil
	}
	return true, nil
}

// parsePlaceWords reads the words that name events and initiatives
// after places: the patterns of their names and the prepositions of
// meeting.
func (l *Language) parsePlaceWords(cat, val, word string, _ Phrase) (bool, error) {
	switch cat {
	case "placedevent", "placedinit":
		if !strings.Contains(val, "%s") {
			return true, fmt.Errorf("%s %q: want a pattern with %%s", cat, val)
		}
		names := &l.PlacedNames
		if cat == "placedinit" {
			names = &l.PlacedInits
		}
		if *names == nil {
			*names = map[string]string{}
		}
		(*names)[word] = val
	case "venuename":
		if !strings.Contains(val, "{event}") || !strings.Contains(val, "{place}") {
			return true, fmt.Errorf("venuename %q: want a pattern with {event} and {place}", val)
		}
		l.VenueNames = append(l.VenueNames, val)
	case "meetprep":
		l.MeetPreps = addWord(l.MeetPreps, word)
	default:
		return false, nil
	}
	return true, nil
}

// parseEventWords reads the words of events: participation and venue
// cues, event frames, references to an event, ordinals and editions.
func (l *Language) parseEventWords(cat, val, word string, p Phrase) (bool, error) {
	var err error
	switch cat {
	case "partic":
		l.Partic.Add(p)
	case "presented":
		l.Presented.Add(p)
	case "venue":
		l.Venue.Add(p)
	case "eventframe":
		var fr EventFrame
		fr, err = parseFrame(val, p)
		l.EventFrames = append(l.EventFrames, fr)
	case "eventanaphora":
		l.EventAnaph.Add(p)
		if val == "first" {
			l.EventFirst = addWord(l.EventFirst, p[len(p)-1])
		}
	case "grouppronoun":
		l.GroupPron = addWord(l.GroupPron, word)
	case "subord":
		l.Subord = addWord(l.Subord, word)
	case "ordinal":
		l.Ordinals[word], err = strconv.Atoi(val)
	case "ordsuffix":
		l.OrdSuffixes[word] = true
	case "venuehead":
		l.VenueHeads[word] = true
	case "durationprep":
		l.DurationPreps.Add(p)
	case "durationunit":
		l.DurationUnits[word] = true
	case "perfectaux":
		l.PerfectAux = append(l.PerfectAux, word)
	case "pastagree":
		l.PastAgree = append(l.PastAgree, word)
	case "unaccented":
		l.Unaccented[word] = true
	case "edition":
		l.Edition.Add(p)
	case "eventhead":
		l.EventHeads[word] = true
		l.NameOnly[word] = val == "name"
		l.OwnedOnly[word] = val == "owned"
		l.EventBodies[word] = val == "body"
	case "demonstrative":
		l.Demonstrative[word] = true
	case "pluraldem":
		l.PluralDem = addWord(l.PluralDem, word)
	case "possessive":
		l.Possessives[word] = true
		l.PluralPoss[word] = val == "plural"
	case "eventof":
		switch val {
		case "before":
			l.EventOf.OwnerFirst = true
		case "after":
			l.EventOf.Prep = word
		case "vowel":
			l.EventOf.Vowel = word
		default:
			err = fmt.Errorf("eventof %q: want before, after or vowel", val)
		}
	default:
		return false, nil
	}
	return true, err
}

// addNamePrep reads a preposition of names (lexicon category nameprep)
// and what its value says of the words after it.
func (l *Language) addNamePrep(val, word string) {
	l.NamePreps[word] = true
	l.TopicPreps[word] = val == "topic"
	l.CapsPreps[word] = val == "caps" || val == "place" || val == "parties"
	switch val {
	case "lower":
		l.LowerPreps = addWord(l.LowerPreps, word)
	case "parties":
		l.PartyPreps = addWord(l.PartyPreps, word)
	case "place":
		l.PlacePreps = addWord(l.PlacePreps, word)
	}
}

// parseNameWords reads the words of names: the heads of initiatives'
// names and what may follow them, the words that type a name, another
// name of the same entity.
func (l *Language) parseNameWords(cat, val, word string, p Phrase) (bool, error) {
	if set := l.wordSet(cat); set != nil {
		set[word] = true
		return true, nil
	}
	switch cat {
	case "inithead":
		l.InitHeads[word] = true
		if val != "weak" {
			l.NameHeads[word] = true
		}
		l.InnerHeads[word] = val == "inner"
		l.CapHeads[word] = val == "cap"
	case "nameend":
		l.NameEnds.Add(p)
	case "nameprep":
		l.addNamePrep(val, word)
	case "advending":
		l.AdvEndings = append(l.AdvEndings, word)
	case "adjending":
		l.AdjEndings = append(l.AdjEndings, word)
	case "verbending":
		l.VerbEndings = append(l.VerbEndings, word)
	case "actionending":
		l.ActionEndings = append(l.ActionEndings, word)
	case "namekind":
		l.NameKinds[word] = pledgegraph.Kind(val)
		l.bodyHeads = addWord(l.bodyHeads, word)
	case "kindhead":
		l.KindHeads[word] = pledgegraph.Kind(val)
	case "lowerbody":
		l.LowerBodies = addWord(l.LowerBodies, word)
	case "kindbefore", "kindafter":
		l.KindCues = append(l.KindCues, KindCue{Kind: pledgegraph.Kind(val), After: cat == "kindafter", Phrase: p})
	case "present":
		l.Present.Add(p)
	case "adoption":
		l.Adoption.Add(p)
	case "calledas":
		l.CalledAs.Add(p)
	case "talkon":
		l.TalkOn.Add(p)
	case "persname":
		l.PersName.Add(p)
	case "asker":
		l.Askers.Add(p)
	case "polar":
		if val == "wh" {
			l.WhWords.Add(p)
		} else if val == "yes" {
			l.Yes.Add(p)
		} else {
			l.Polar.Add(p)
		}
	case "deschead":
		l.DescHeads.Add(p)
		if set := map[string]*PhraseSet{"plural": &l.DescPlural, "titled": &l.DescTitled}[val]; set != nil {
			set.Add(p) // a plural head, or one that needs a quoted title
		}
	case "descmod":
		l.DescMods.Add(p)
	case "descprep":
		if val == "create" {
			l.DescCreate.Add(p)
		} else {
			l.DescPreps.Add(p)
		}
	case "knownas":
		l.KnownAs.Add(p)
	case "voice":
		l.Voice.Add(p)
	case "refute":
		l.Refute.Add(p)
	default:
		return false, nil
	}
	return true, nil
}

// wordSet returns the plain set of words of the lexicon category cat,
// or nil when cat is none.
func (l *Language) wordSet(cat string) map[string]bool {
	switch cat {
	case "definite":
		return l.Definite
	case "barehead":
		return l.BareHeads
	case "adjword":
		return l.AdjWords
	case "venueadj":
		return l.VenueAdj
	case "prepverb":
		return l.PrepVerbs
	case "eponymhead":
		return l.EponymHeads
	case "adjhead":
		return l.AdjHeads
	case "memberbody":
		return l.MemberBodies
	case "pluralart":
		return l.PluralArt
	case "whose":
		return l.Whose
	case "between":
		return l.Between
	case "citycue":
		return l.CityCues
	}
	return nil
}

// sortLists orders the triggers, count qualifiers, tallies and titles
// longest first.
func (l *Language) sortLists() {
	sort.SliceStable(l.Triggers, func(i, j int) bool { return len(l.Triggers[i].Phrase) > len(l.Triggers[j].Phrase) })
	sort.SliceStable(l.Accuse, func(i, j int) bool { return len(l.Accuse[i].Phrase) > len(l.Accuse[j].Phrase) })
	sort.SliceStable(l.CountQuals, func(i, j int) bool { return len(l.CountQuals[i].Phrase) > len(l.CountQuals[j].Phrase) })
	sort.SliceStable(l.Tallies, func(i, j int) bool { return len(l.Tallies[i].Phrase) > len(l.Tallies[j].Phrase) })
	sort.SliceStable(l.Titles, func(i, j int) bool { return len(l.Titles[i].Phrase) > len(l.Titles[j].Phrase) })
}

// indexLex gives each phrase set its bit and makes lex: the bits of the
// lists that have a phrase starting with a word.
func (l *Language) indexLex() {
	l.lex = map[string]uint64{}
	// an array: one set more than lexSets does not compile
	sets := [lexSets]*PhraseSet{&l.NowCues, &l.NegVerbs, &l.Adverbs, &l.Future, &l.CoActors, &l.Exceptions, &l.Reporting, &l.Anaphora, &l.Pronouns, &l.Approx,
		&l.ListIntro, &l.Partic, &l.Presented, &l.Venue, &l.PartOf, &l.Member, &l.All, &l.Commit, &l.CommitGap, &l.CommitVerb, &l.AmongPrev, &l.AmongCount, &l.Lineage, &l.Indefinite, &l.Compose, &l.SameAs,
		&l.LaunchDate, &l.PrincipleNo, &l.Edition, &l.Published, &l.Claim, &l.MemberAfter, &l.OwnMembers,
		&l.Increment, &l.OutOf, &l.CountVerb, &l.And, &l.ItemEnd, &l.ItemCut, &l.ItemLead, &l.InfMark, &l.CommitList, &l.ListVerb, &l.KnownAs, &l.CalledAs, &l.Present, &l.Adoption, &l.CoHosts, &l.LocRel, &l.PullOutVerbs, &l.PullOutOf, &l.AlsoFront, &l.BothObj, &l.Askers, &l.Partitive, &l.TalkOn, &l.PersName}
	for k, ps := range sets {
		if ps == nil {
			continue // fewer sets than bits
		}
		ps.bit = 1 << k
		for w := range ps.byFirst {
			l.lex[w] |= ps.bit
		}
	}
	for _, t := range l.Triggers {
		l.lex[t.Phrase[0]] |= lexTrigger
	}
	for _, t := range l.Accuse {
		l.lex[t.Phrase[0]] |= lexTrigger
	}
	for _, t := range l.Titles {
		l.lex[t.Phrase[0]] |= lexTitle
	}
	for _, c := range l.KindCues {
		l.lex[c.Phrase[0]] |= lexCue
	}
	for _, m := range []map[string]int{l.Months, l.Weekdays, l.RelYears, l.RelMonths, l.Relative, l.AfterDays, l.AfterMonths, l.AfterYears, l.AgoYears} {
		for w := range m {
			first, _, _ := strings.Cut(w, " ")
			if first != "#" {
				l.lex[first] |= lexDate
				continue
			}
			for n := range l.Numbers {
				l.lex[n] |= lexDate // "seventy-five years ago": a number in words opens it
			}
		}
	}
}

// indexFirstWords makes the relative date phrases and the indexes of
// kind cues, titles and triggers by their first word.
func (l *Language) indexFirstWords() {
	l.relYears, l.relMonths, l.relDays = relPhrases(l.RelYears), relPhrases(l.RelMonths), relPhrases(l.Relative)
	l.agoYears = relPhrases(l.AgoYears)
	l.afterYears, l.afterMonths, l.afterDays = relPhrases(l.AfterYears), relPhrases(l.AfterMonths), relPhrases(l.AfterDays)
	l.cues.m = map[string][]KindCue{}
	for _, c := range l.KindCues {
		l.cues.m[c.Phrase[0]] = append(l.cues.m[c.Phrase[0]], c)
	}
	l.titles.m = map[string][]*Title{}
	for k := range l.Titles {
		w := l.Titles[k].Phrase[0]
		l.titles.m[w] = append(l.titles.m[w], &l.Titles[k])
	}
	l.byFirst = map[string][]*Trigger{}
	for _, list := range [][]Trigger{l.Triggers, l.Accuse} {
		for k := range list {
			w := list[k].Phrase[0]
			l.byFirst[w] = append(l.byFirst[w], &list[k])
		}
	}
}

// addParticles adds to the language's name particles those of names of
// any language (data/particles.txt: "von", "van", "da").
func (l *Language) addParticles() error {
	b, err := dataFS.ReadFile("data/particles.txt")
	if err != nil {
		return fmt.Errorf("extract: particles.txt: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l.NameParticles = addWord(l.NameParticles, bareWord(ParsePhrase(line)))
	}
	return nil
}

// addMarked adds a phrase whose value marks a part of its category: the
// plain conjunction among the coordinations ("and join"), the adverbs of
// a negation's gap, the member cues of all the members, the definite
// articles of one thing, the relative pronoun of a part.
func (l *Language) addMarked(cat, val string, p Phrase) {
	word := bareWord(p)
	switch cat + " " + val {
	case "and join":
		l.AndJoin = addWord(l.AndJoin, word)
	case "adverb gap":
		l.NegGap = addWord(l.NegGap, word)
	case "member all":
		l.MemberAll.Add(p)
	case "memberafter all":
		l.MemberAfterAll.Add(p)
	case "definite one":
		l.DefiniteOne = addWord(l.DefiniteOne, word)
	case "relpron part":
		l.RelPart = addWord(l.RelPart, word)
	}
}

// parseWords reads a line of one of the categories that single tests
// read (see loader/lang/README.md); it reports whether cat is one.
func (l *Language) parseWords(cat, val, word string) (bool, error) {
	set := map[string]*map[string]bool{
		"ownsize": &l.OwnSize, "verbword": &l.VerbWords, "rangeto": &l.RangeTo, "rangefrom": &l.RangeFrom, "dayprep": &l.DayPrep, "formername": &l.FormerName,
		"sentlink": &l.SentLink, "ofprep": &l.OfPrep, "purposeprep": &l.PurposePreps, "nameparticle": &l.NameParticles, "nameand": &l.NameAnd, "hyphenadj": &l.HyphenAdj,
		"acroevent": &l.AcroEvent, "launchdet": &l.LaunchDet, "regionadj": &l.RegionAdj, "commonacronym": &l.CommonAcronyms,
	}[cat]
	switch {
	case set != nil:
		*set = addWord(*set, word)
		if cat == "nameparticle" && val == "body" {
			l.BodyParticles = addWord(l.BodyParticles, word)
		}
	case cat == "countprep":
		for _, f := range val {
			switch f {
			case 'q':
				l.CountQualPrep = addWord(l.CountQualPrep, word)
			case 's':
				l.CountSkip = addWord(l.CountSkip, word)
			case 'p':
				l.CountPart = addWord(l.CountPart, word)
			default:
				return true, fmt.Errorf("countprep %q: want flags among q, s and p", val)
			}
		}
	case cat == "membermod":
		if val != "before" && val != "after" {
			return true, fmt.Errorf("membermod %q: want before or after", val)
		}
		if val == "before" {
			l.MemberModPre = addWord(l.MemberModPre, word)
		} else {
			l.MemberMod = addWord(l.MemberMod, word)
		}
	case cat == "portfolio":
		for _, f := range strings.Split(val, ",") {
			dst := map[string]*map[string]bool{"open": &l.PortfolioOpen, "glue": &l.PortfolioGlue, "loose": &l.PortfolioLoose, "head": &l.PortfolioHead, "field": &l.PortfolioField}[f]
			if dst == nil {
				return true, fmt.Errorf("portfolio %q: want open, glue, loose, head or field", val)
			}
			*dst = addWord(*dst, word)
		}
	case cat == "relexample":
		if val != "quant" && val != "near" && val != "art" {
			return true, fmt.Errorf("relexample %q: want quant, near or art", val)
		}
		if l.RelExample == nil {
			l.RelExample = map[string]string{}
		}
		l.RelExample[word] = val
	case cat == "setting":
		return true, l.setting(word, val)
	default:
		return false, nil
	}
	return true, nil
}

// bareWord returns a phrase's words as one string: "l'" is "l", as in
// running text (ParsePhrase drops the apostrophe of an elided word).
func bareWord(p Phrase) string {
	return strings.Join(p, " ")
}

// setting reads a setting of the language: its name and its value.
func (l *Language) setting(name, val string) error {
	switch name {
	case "negation":
		if val != "single" && val != "pair" {
			return fmt.Errorf("setting negation %q: want single or pair", val)
		}
		l.NegSingle = val == "single"
	case "numericdate":
		if val != "dmy" && val != "either" {
			return fmt.Errorf("setting numericdate %q: want dmy or either", val)
		}
		l.MonthFirst = val == "either"
	case "homestate":
		l.HomeState = strings.Trim(val, "-")
	case "namehead":
		if val != "first" && val != "last" {
			return fmt.Errorf("setting namehead %q: want first or last", val)
		}
		l.HeadFirst = val == "first"
	default:
		return fmt.Errorf("unknown setting %q", name)
	}
	return nil
}

// lexSets is how many phrase sets indexLex gives a bit of Token.lex,
// from 1 << 0, below the flags; the other sets get one of the bits left
// (see bitSets).
const lexSets = 57

// Bits of Token.lex besides those of the phrase sets (one each, from 1 << 0, below these).
// Extractor.annotate sets them.
const (
	lexTrigger uint64 = 1 << (lexSets + iota)
	lexTitle
	lexCue
	lexDate    // a month, a weekday or a relative date's first word
	lexDemonym // Reference.Demonym
	lexRef     // Reference.MatchAt
	lexKnown   // the token was annotated
)

// may reports whether a list with bit b may have a phrase starting at t:
// false only when t was annotated and b is not among its bits.
func (t *Token) may(b uint64) bool {
	return b == 0 || t.lex&lexKnown == 0 || t.lex&b != 0
}

// kindCuesAt returns the kind cues whose first word is toks[i]'s, in
// lexicon order.
func (l *Language) kindCuesAt(toks []Token, i int) []KindCue {
	if i < 0 || i >= len(toks) || !toks[i].may(lexCue) {
		return nil
	}
	return l.cues.lookup(&toks[i])
}

// relPhrase is a relative date phrase ("l an dernier") and its offset.
type relPhrase struct {
	phrase Phrase
	off    int
}

// relPhrases turns a map of relative phrases into a list, longest first,
// then in alphabetical order.
func relPhrases(m map[string]int) []relPhrase {
	out := make([]relPhrase, 0, len(m))
	for w, off := range m {
		out = append(out, relPhrase{strings.Fields(w), off})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].phrase, out[j].phrase
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return strings.Join(a, " ") < strings.Join(b, " ")
	})
	return out
}

// predTriggers indexes the triggers of one predicate by their first word.
type predTriggers struct {
	p       pledgegraph.Predicate
	byFirst wordMap[[]*Trigger]
}

// indexPredicates makes byPred from byFirst, in the same order.
func (l *Language) indexPredicates() {
	l.byPred = nil
	for w, list := range l.byFirst {
		for _, t := range list {
			k := slices.IndexFunc(l.byPred, func(x predTriggers) bool { return x.p == t.Predicate })
			if k < 0 {
				k = len(l.byPred)
				l.byPred = append(l.byPred, predTriggers{p: t.Predicate, byFirst: wordMap[[]*Trigger]{m: map[string][]*Trigger{}}})
			}
			l.byPred[k].byFirst.m[w] = append(l.byPred[k].byFirst.m[w], t)
		}
	}
}
