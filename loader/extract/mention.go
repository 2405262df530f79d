package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// mention is a span of a sentence's tokens [i, j) that names an entity,
// before it is registered with the document.
type mention struct {
	i, j        int
	entry       *Entry           // from the reference data, or nil
	kind        pledgegraph.Kind // when entry is nil: a name typed by context
	name        string           // when entry is nil: the name as written
	id          pledgegraph.EntityID
	parties     []*mention // the states a text's name lists after "between" ("Security Treaty between Australia, New Zealand and …")
	anaphora    bool       // "l'appel", "il": the initiative under discussion
	used        bool       // object of a role, a part or a membership: not an actor
	groupStmt   bool       // "tous les membres du G7": stands for the group's members
	groupN      int        // "les 28 membres": the number of members the text gives
	stmtFrom    int        // a group statement: where its phrase starts ("tous" in "tous les membres du G7")
	byMembers   bool       // a group statement names the members ("EU member states"), not the group ("the Five Eyes countries")
	withMembers bool       // "l'UE et ses États membres": the group, and each member too
	metonym     bool       // a capital or seat of government standing for its state ("Washington")
	delegation  bool       // a state named by its delegation ("the Russian delegation", "India's delegation"): it took part in the event
	guess       bool       // an unknown name typed by default: its list may say better
	owner       *mention   // an event named after an initiative or a body: its mention ("la réunion de la CRI")
	ordinal     int        // an event's ordinal ("troisième réunion"), 0 when none
	year        int        // the year that ends an event's name ("GFCE Annual Meeting 2018"), 0 when none
	described   bool       // an initiative described by the event it comes from ("la déclaration finale du Sommet …"), named after it
	owned       bool       // an event named after the body a possessive says holds it ("leur sommet": "sommet du Commonwealth")
	cands       []*Entry
	byKind      bool // a definite description of its kind standing for the body named last ("the country", "l'entreprise")
}

// isKind reports whether m names an entity of one of the kinds k.
func (m *mention) isKind(k ...pledgegraph.Kind) bool {
	for _, v := range k {
		if m.kind == v {
			return true
		}
	}
	return false
}

// actorKinds are the kinds that can support, launch, accuse or take part.
var actorKinds = []pledgegraph.Kind{pledgegraph.KindState, pledgegraph.KindCompany, pledgegraph.KindOrganization,
	pledgegraph.KindPerson, pledgegraph.KindSubnationalGovernment}

// actor reports whether m may act: an actor's kind, not consumed by a
// rule, no anaphora and no group statement.
func (m *mention) actor() bool {
	return !m.used && !m.anaphora && !m.groupStmt && m.isKind(actorKinds...)
}

// glue reports whether a token may sit between the items of a list.
func (l *Language) glue(t Token) bool {
	switch t.Text {
	case ",", "&", "(", ")", "/": // "Royal Dutch/Shell"
		return true
	}
	return l.Glue[t.Fold]
}

// capSpan returns the end of a capitalised name starting at toks[i]
// ("Jean-Yves Le Drian", "Orange Cyberdefense"), allowing lower-case
// particles between capitalised words, or i when toks[i] cannot start one.
func capSpan(toks []Token, i int, taken func(int) bool, lang *Language, max int) int {
	if i >= len(toks) || !toks[i].Cap || toks[i].Punct || taken(i) || lang.is(wsStop, &toks[i]) && !leadingInitial(toks, i, lang) || lang.CountNouns[toks[i].Fold] != "" {
		return i
	}
	if lang.calendarWord(toks[i]) && !lang.abbrevFirstName(toks, i) {
		return i // "on Tuesday signed"
	}
	j, words := i+1, 1 // words: a hyphenated part or a particle is no word of its own ("Jean-Marc Van Der Berg")
	for j < len(toks) && words < max+1 && !taken(j) {
		t := toks[j]
		if t.Cap && !t.Punct {
			if words == max && !glued(toks, j) {
				break
			}
			if !glued(toks, j) && !lang.NameParticles[t.Fold] {
				words++
			}
			j++
			continue
		}
		if !t.Punct && !t.Number && glued(toks, j) && !lang.hyphenAdj(t.Fold) {
			j++ // "Kim Yong-hyun", "Yoon Suk-yeol": a hyphenated part in lower case, not "San Diego-based"
			continue
		}
		if (lang.NameParticles[t.Fold] || t.Text == "&" || t.Text == "/" && t.Start == toks[j-1].End && j+1 < len(toks) && toks[j+1].Start == t.End) &&
			j+1 < len(toks) && toks[j+1].Cap && !toks[j+1].Punct && !taken(j+1) {
			j += 2 // "Marks & Spencer": an ampersand joins a firm's names; "CBC/Radio-Canada" a slash
			continue
		}
		if lang.NameParticles[t.Fold] && j+2 < len(toks) && lang.NameParticles[toks[j+1].Fold] && !toks[j+1].Cap && toks[j+2].Cap && !toks[j+2].Punct && !taken(j+1) && !taken(j+2) {
			j += 3 // "Miguel de la Madrid", "Ricardo de la Espriella": two particles
			continue
		}
		if lang.NameParticles[t.Fold] && elidedName(toks, j) && !taken(j+2) {
			j += 3 // "Valéry Giscard d'Estaing", "Frédéric d'Allest"
			continue
		}
		if isElision(t.Text) && possessiveEnd(toks, j) && j+1 < len(toks) && toks[j+1].Cap && lang.NameKinds[toks[j+1].Fold] != "" && !taken(j+1) {
			j += 2 // "Socialist Workers' Party", "Farmers' Union": a plural possessive before the head of a body's name
			continue
		}
		if nameAbbrevDot(toks, j, lang) && !taken(j+1) {
			j++ // "Lynn St. Amour"
			continue
		}
		if (middleInitial(toks, j, lang) || j == i+1 && leadingInitial(toks, i, lang)) && !taken(j+1) {
			j += 2 // "Gina A. Raimondo", "John F. Kennedy", "S. Iswaran"
			continue
		}
		break
	}
	return j
}

// elidedName reports whether the particle toks[q] is elided and glued
// to a capitalised word of a name: "d'" in "Giscard d'Estaing".
func elidedName(toks []Token, q int) bool {
	return q+2 < len(toks) && isElision(toks[q+1].Text) && toks[q+1].Start == toks[q].End &&
		toks[q+2].Start == toks[q+1].End && toks[q+2].Cap && !toks[q+2].Punct
}

// glued reports whether toks[q] is joined to the word before it by a
// hyphen: "Marc" in "Jean-Marc".
func glued(toks []Token, q int) bool {
	return q > 0 && q < len(toks) && !toks[q-1].SpaceAfter && toks[q].Start == toks[q-1].End+1
}

// possessiveCut returns where a person's name in toks[i:e] ends before
// the possessive "'s" glued to it ("Kevin Rudd's first act"); e when
// there is none. Bodies keep theirs ("Nobel Women's Initiative").
func possessiveCut(toks []Token, i, e int) int {
	for k := i + 1; k < e; k++ {
		if toks[k].Fold == "s" && !toks[k].Cap && glued(toks, k) {
			return k
		}
	}
	return e
}

// middleInitial reports whether toks[q] is the full stop of an initial
// between two capitalised words of a name: one capital letter before it,
// glued to it, and a capitalised word after it, or a particle and one
// ("C. E. ter Meulen").
func middleInitial(toks []Token, q int, lang *Language) bool {
	if q < 2 || q+1 >= len(toks) || toks[q].Text != "." || toks[q].Start != toks[q-1].End {
		return false
	}
	l, n := toks[q-1], toks[q+1]
	// "J. R. Smith"; "George H. W. Bush", "Sean T. O'Kelly"
	before := toks[q-2].Cap && !toks[q-2].Punct || q >= 4 && middleInitial(toks, q-2, lang) || leadingInitial(toks, q-3, lang)
	after := n.Cap && !n.Punct && (len(n.Text) > 1 || leadingInitial(toks, q+1, lang) || glued(toks, q+2) && toks[q+2].Cap)
	return len(l.Text) == 1 && l.Upper && before && (after || particleName(toks, q+1, lang))
}

// nameAbbrevDot reports whether toks[q] is the period glued to an
// abbreviation that stands inside names ("St."), a capitalised word
// after it: the name goes on ("Lynn St. Amour", "St. Petersburg").
func nameAbbrevDot(toks []Token, q int, lang *Language) bool {
	return q > 0 && q+1 < len(toks) && toks[q].Text == "." && toks[q].Start == toks[q-1].End && toks[q-1].Cap && lang.NameAbbrev[toks[q-1].Fold] &&
		toks[q+1].Cap && !toks[q+1].Punct
}

// particleName reports whether toks[k] is one lower-case particle of a
// name or two, followed by a capitalised word: "ter Meulen" after "C.
// E.", "van der Beugel" after "J.".
func particleName(toks []Token, k int, lang *Language) bool {
	e := k
	for e < len(toks) && e < k+2 && !toks[e].Cap && lang.NameParticles[toks[e].Fold] {
		e++
	}
	return e > k && e < len(toks) && toks[e].Cap && !toks[e].Punct
}

// titledNames adds the people named by two to four capitalised words
// that an office in apposition follows: "Lynn St. Amour, présidente de
// l'Internet Society", "Bob Lord, a senior technical adviser at CISA".
// A word that types a body ends no person's name.
func (sc *mentionScan) titledNames() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		if sc.isTaken(i) || !toks[i].Cap || lang.is(wsStop, &toks[i]) || i > 0 && toks[i-1].Cap && !toks[i-1].Punct {
			continue
		}
		e := capSpan(toks, i, sc.isTaken, lang, 4)
		if e-i < 2 || e+1 >= len(toks) || toks[e].Text != "," || lang.NameKinds[toks[e-1].Fold] != "" || sc.d.isDemonym(toks, i) ||
			lang.venueBefore(toks, i) {
			continue // not "Présent à Grande Canarie, le secrétaire général de l'OCDE"
		}
		p := e + 1
		for k := 0; k < 3 && p < len(toks) && (lang.is(wsNameArticles, &toks[p]) || lang.TitleMods.MatchAt(toks, p) == 1); k++ {
			p++
		}
		if t, _ := sc.d.titleMatch(toks, p); t != nil {
			sc.add(&mention{i: i, j: e, kind: pledgegraph.KindPerson, name: sc.text(i, e)})
		}
		i = e
	}
}

// pluralHonorNames adds, as people, the unknown names of a list after a
// plural honorific, which stands for each of them ("MM. Mravian et
// Makintsian", "Messrs Eden and Corbin"): one to three capitalised words
// each, joined by commas and a conjunction.
func (sc *mentionScan) pluralHonorNames() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i+1 < len(toks); i++ {
		if !lang.PluralHonor[toks[i].Fold] {
			continue
		}
		p := i + 1
		if toks[p].Text == "." {
			p++
		}
		for p < len(toks) {
			e := capSpan(toks, p, func(int) bool { return false }, lang, 3)
			if e == p || particleName(toks, e, lang) {
				break // not "Jan" of "MM. Dirk Stikker et Jan van den Brink"
			}
			if !sc.isTaken(p) && sc.d.titleAt(toks, p) == 0 {
				sc.add(&mention{i: p, j: e, kind: pledgegraph.KindPerson, name: sc.text(p, e)})
			}
			if e >= len(toks) || toks[e].Text != "," && lang.And.MatchAt(toks, e) != 1 {
				break
			}
			p = e + 1
		}
		i = p - 1
	}
}

// demonymNames adds the people named by two or three capitalised words
// after a word of nationality that an article makes a noun: « le Kazakh
// Noursoultan Nazarbaïev », « le Liechtensteinois Christian Wenaweser »;
// not a body's name (« l'Américain General Electric »), nor after the
// adjective of another language (« la Turkish Petroleum Company »).
func (sc *mentionScan) demonymNames() {
	toks, lang := sc.toks, sc.lang
	if lang.DemonymNouns.Len() == 0 {
		return // a language whose adjectives of nationality are capitalised ("the Kazakh")
	}
	for i := 0; i+3 < len(toks); i++ {
		a := lang.DemonymNouns.MatchAt(toks, i)
		p := i + a
		if a == 0 || p+1 >= len(toks) || !toks[p].Cap || !sc.d.isDemonym(toks, p) || !sc.d.x.Ref.LowerDemonym(toks, p) || sc.isTaken(p+1) {
			continue
		}
		e := capSpan(toks, p+1, sc.isTaken, lang, 3)
		if e-p < 3 || sc.d.holderKind(toks, p+1, e) != pledgegraph.KindPerson {
			continue
		}
		sc.add(&mention{i: p + 1, j: e, kind: pledgegraph.KindPerson, name: sc.text(p+1, e)})
		i = e - 1
	}
}

// leadingInitial reports whether toks[i] is an initial that opens a
// name: one capital, a period right after it, then a capitalised word
// or more initials and one ("S. Iswaran", "A. S. Kiran Kumar"), or a
// particle and one after an initial that is no honorific ("C. van
// Meulen"; not "M. de Neurath").
func leadingInitial(toks []Token, i int, lang *Language) bool {
	if i < 0 || i+2 >= len(toks) || toks[i+1].Text != "." || toks[i+1].Start != toks[i].End || i > 0 && toks[i-1].Text == "." && toks[i-1].End == toks[i].Start {
		return false // not the end of "Washington, D.C."
	}
	l, n := toks[i], toks[i+2]
	if len(l.Text) != 1 || !l.Upper {
		return false
	}
	if !n.Cap || n.Punct {
		return particleName(toks, i+2, lang) && !lang.Honorifics[l.Fold]
	}
	for k := i + 2; len(toks[k].Text) == 1; k += 2 { // more initials: "A. S."
		if k+2 >= len(toks) || toks[k].Start == toks[k-1].End || !toks[k].Upper || toks[k+1].Text != "." || toks[k+1].Start != toks[k].End {
			return false
		}
		if !toks[k+2].Cap || toks[k+2].Punct {
			return particleName(toks, k+2, lang) // "C. E. ter Meulen"
		}
	}
	return true
}

// dottedInitials reports whether toks[i] is two or three initials
// written with periods and a capitalised word that is no acronym after
// them, no comma before them: a person's first names ("W.E.B. Du Bois",
// "H.G. Wells"), not "Washington, D.C. Over four days".
func dottedInitials(toks []Token, i int) bool {
	return i+1 < len(toks) && dotted(toks[i]) && len(toks[i].Text) <= 6 && toks[i+1].Cap && !toks[i+1].Punct && !toks[i+1].Upper && (i == 0 || toks[i-1].Text != ",")
}

// findMentions finds the names of a sentence: the longest reference
// aliases, names the text introduced (acronyms, surnames), then
// capitalised names typed by their context.
func (d *docState) findMentions(s *Sentence, stance bool) []*mention {
	sc := d.newMentionScan(s.Tokens)
	sc.heading = s.Heading
	sc.referenceNames()
	if !s.Heading {
		sc.stateEndedBodies()
	}
	sc.hyphenatedParts()
	sc.slashedPrefixes()
	sc.placeHeadedBodies()
	sc.placeSurnames()
	sc.peopleNames()
	if s.Heading {
		sc.titleName()
	}
	sc.expandedAcronyms()
	d.governmentNames(sc.toks, sc.isTaken, sc.add)
	sc.ms = d.initiativeNames(sc.toks, sc.ms, sc.taken)
	sc.quotedInitiatives()
	sc.eventNames()
	sc.venueEvents()
	sc.ms = d.ownedEvents(sc.toks, sc.ms, sc.taken)
	sc.venuePlaces()
	// Context rules for names the reference data does not know.
	sc.contextNames()
	sc.firstNames()
	sc.titledNames()
	sc.pluralHonorNames()
	sc.acronymNames()
	sc.acronymTitles()
	sc.bodyTitles()
	sc.ledByNames()
	sc.typedNames()
	sc.lowerBodies()
	sc.triggerListNames(s)
	sc.launchedNames()
	sc.joinedNames()
	sc.headedKinds()
	sc.apposedKinds()
	sc.calledNames()
	sc.quotedTitles()
	sc.lowerHeaded()
	sc.describedInitiative(stance)
	sc.venueHalls()
	sc.demonymNames()
	ms := sc.finish(stance)
	d.voices(s.Tokens, ms)
	if e := datelinePlace(s.Tokens); e > 0 && !d.predicateAt(s.Tokens, e+1) {
		// "VATICAN CITY — Representatives …": where the story was filed,
		// no actor; but "INDIA — Refused to sign" heads an entry
		for _, m := range ms {
			m.used = m.used || m.j <= e
		}
	}
	return ms
}

// venueHalls types as places the names the rules did not know that a
// venue's phrase stands in ("the Kigali Convention Centre", « le
// Palais des congrès de Montréal »), taking in the capitalised start of
// the phrase that a name read from inside it left out (« Centre de
// congrès Meijiang », not an event « congrès Meijiang »).
func (sc *mentionScan) venueHalls() {
	toks, lang := sc.toks, sc.lang
	for b := 0; b < len(toks); b++ {
		n := lang.VenueHalls.MatchAt(toks, b)
		if n == 0 || !toks[b].Cap || sc.anyTaken(b, b+n) {
			continue
		}
		e := b + n
		if m := sc.ms.at(e); m != nil && m.kind == pledgegraph.KindPerson && m.entry == nil {
			sc.ms = slices.DeleteFunc(sc.ms, func(o *mention) bool { return o == m })
			e = m.j // « Centre international de conférences Abdou Diouf »: named after a person
		}
		sc.add(&mention{i: b, j: e, kind: pledgegraph.KindPlace, name: sc.text(b, e)}) // "the International Conference Centre"
		b = e - 1
	}
	for _, m := range sc.ms {
		if m.entry != nil || m.id != "" || m.kind == pledgegraph.KindPerson || m.kind == pledgegraph.KindPlace {
			continue
		}
		for b := max(0, m.i-3); b < m.j; b++ {
			n := lang.VenueHalls.MatchAt(toks, b)
			if n == 0 || b+n <= m.i || b < m.i && (!toks[b].Cap || sc.anyTaken(b, m.i)) {
				continue
			}
			for q := b; q < m.i; q++ {
				sc.taken[q] = true
			}
			m.i = min(m.i, b)
			m.kind, m.name, m.owner, m.year, m.ordinal = pledgegraph.KindPlace, sc.text(m.i, m.j), nil, 0, 0
			break
		}
	}
}

// anyTaken reports whether a mention found so far holds one of the
// tokens [i, j).
func (sc *mentionScan) anyTaken(i, j int) bool {
	return slices.Contains(sc.taken[i:j], true)
}

// voices marks as used the people a cue of voice puts before them, up
// to a title and a possessive ("par la voix de son secrétaire général
// Bill Jordan"): they speak for the body before, and are no item of its
// list.
func (d *docState) voices(toks []Token, ms []*mention) {
	for _, m := range ms {
		if m.kind != pledgegraph.KindPerson {
			continue
		}
		for b := max(0, m.i-8); b < m.i; b++ {
			if n := d.x.Lang.Voice.MatchAt(toks, b); n > 0 && !slices.ContainsFunc(toks[b+n:m.i], func(t Token) bool { return t.Punct }) {
				m.used = true
				break
			}
		}
	}
}

// predicateAt reports whether a verb group opens at toks[q], with no
// subject before it: an auxiliary, a negation, a reflexive pronoun, a
// verb of control or an inflected verb ("Refused to sign", "Will not
// sign", "Stayed away", "N'a pas signé", "S'est abstenue").
func (d *docState) predicateAt(toks []Token, q int) bool {
	if q >= len(toks) {
		return false
	}
	lang := d.x.Lang
	fr := &lang.Frames
	return fr.aux.at(toks, q) > 0 || fr.neg.at(toks, q) > 0 || fr.negPre.at(toks, q) > 0 || fr.reflexive.at(toks, q) > 0 || fr.control.at(toks, q) > 0 ||
		hasEnding(toks[q].Fold, lang.VerbEndings) || lang.VerbWords[toks[q].Fold]
}

// datelinePlace returns the end of the place in capitals that opens a
// news story's first line before a dash ("VATICAN CITY —", "ASPEN,
// Colo. –"), or 0.
func datelinePlace(toks []Token) int {
	i, long := 0, false
	for i < len(toks) && i < 5 && toks[i].Upper && !toks[i].Punct && !toks[i].Number {
		long = long || len(toks[i].Text) > 3
		i++
	}
	if i == 0 || !long {
		return 0
	}
	for q := i; q < len(toks) && q < i+5; q++ {
		if isDash(toks[q].Text) {
			return q
		}
		if !toks[q].Punct && !toks[q].Cap {
			return 0
		}
	}
	return 0
}

// venuePlaces adds, in a sentence that names an event, the unknown
// capitalised name after a venue preposition: the place it took place
// in ("s'est achevée jeudi soir à São Paulo", "ended in Port Moresby").
// A first name, a word that types a body and a name of more than three
// words make it no place.
func (sc *mentionScan) venuePlaces() {
	toks, lang := sc.toks, sc.lang
	if !slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.kind == pledgegraph.KindEvent }) {
		return
	}
	for i := 0; i < len(toks); i++ {
		n := lang.Venue.MatchAt(toks, i)
		headOnly := false // "dans la salle des Horaces": only a venue head after a place preposition
		if n == 0 && lang.placeArticle(toks, i) {
			n, headOnly = 2, true
		}
		if n > 0 && i+n+1 < len(toks) && lang.VenueAdj[toks[i+n].Fold] && !toks[i+n].Cap {
			n++ // "in the new Mulungushi Hall", « dans la vieille salle des Chevaliers »
		}
		if n == 0 || sc.isTaken(i+n) || sc.afterTitle(i) {
			continue // "la secrétaire américaine au Commerce": a portfolio
		}
		p := i + n
		e := sc.headedVenue(p)
		if e == 0 && !headOnly {
			e = sc.namedVenue(p)
		}
		if e == 0 {
			continue
		}
		sc.add(&mention{i: p, j: e, kind: pledgegraph.KindPlace, name: sc.text(p, e)})
		i = e - 1
	}
}

// placeArticle reports whether a place preposition and an article stand
// at toks[i] ("dans la"): before a venue head, they say where.
func (l *Language) placeArticle(toks []Token, i int) bool {
	return i+1 < len(toks) && l.PlacePreps[toks[i].Fold] && l.is(wsArticles, &toks[i+1])
}

// namedVenue returns the end of a capitalised name at toks[p], after a
// venue preposition, that names a place, a venue head in lower case
// perhaps after it ("at the Hofburg palace"); or 0.
func (sc *mentionScan) namedVenue(p int) int {
	toks, lang := sc.toks, sc.lang
	e := capSpan(toks, p, sc.isTaken, lang, 4)
	if e > p && e < len(toks) && !toks[e].Cap && lang.VenueHeads[toks[e].Fold] {
		e++
	}
	if e == p || e-p > 3 || sc.d.x.Ref.FirstName(toks[p].Text) || lang.NameKinds[toks[e-1].Fold] != "" || lang.is(wsNameHeads, &toks[p]) ||
		lang.is(wsEventHeads, &toks[p]) || sc.d.isDemonym(toks, p) || !placeEnds(toks, e, lang) {
		return 0
	}
	return e
}

// headedVenue returns the end of a venue named by a head in lower case
// and the capitalised name after it, with or without the genitive
// preposition and an article ("au palais Monroe", "à la villa de la
// Fraineuse", "at the hotel Metropole"); or 0. A city after the name,
// one the reference data knows or a single word after the genitive
// preposition, is no part of it ("l'hôtel Quitandinha de Petropolis").
func (sc *mentionScan) headedVenue(p int) int {
	toks, lang := sc.toks, sc.lang
	if p >= len(toks) || toks[p].Cap || !lang.VenueHeads[toks[p].Fold] || sc.isTaken(p) {
		return 0
	}
	q := p + 1
	if q < len(toks) && lang.ownerPrep(toks[q].Fold) {
		q++
		if q < len(toks) && !toks[q].Cap && lang.NameArticles[toks[q].Fold] {
			q++
		}
	}
	e := capSpan(toks, q, sc.isTaken, lang, 3)
	if e == q || sc.d.x.Ref.FirstName(toks[q].Text) || lang.is(wsEventHeads, &toks[q]) || lang.NameKinds[toks[q].Fold] != "" {
		return 0
	}
	for k := q + 1; k+1 < e; k++ {
		if lang.ownerPrep(toks[k].Fold) && (sc.d.x.Ref.Lookup(toks[k+1].Text) != nil || lang.OfPrep[toks[k].Fold] && k+2 == e) {
			return k // "l'hôtel Stevens de Chicago": the city is a place of its own
		}
	}
	return e
}

// venueEvents adds the events that a head in lower case after an
// article names with the place after it and its venue preposition: "at
// a ceremony in Auckland", "the meeting in Bermuda", "lors d'une
// cérémonie à Auckland". The mention is the head's (the place keeps its
// own, the event's venue); the name runs to the place.
func (sc *mentionScan) venueEvents() {
	toks, lang := sc.toks, sc.lang
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Cap || sc.isTaken(i) || !lang.is(wsEventHeads, t) || lang.OwnedOnly[t.Fold] || !lang.Definite[toks[i-1].Fold] && lang.Indefinite.MatchAt(toks, i-1) != 1 {
			continue
		}
		p := i + 1
		for p < len(toks) && p-i <= 2 && !toks[p].Cap && lang.adjective(toks[p].Fold) {
			p++ // "une réunion ministérielle à"
		}
		n := lang.Venue.MatchAt(toks, p)
		m := sc.ms.at(p + n)
		if n == 0 || m == nil || !m.placeLike() || m.region() {
			continue
		}
		sc.add(&mention{i: i, j: p, kind: pledgegraph.KindEvent, name: sc.text(i, m.j)})
		i = m.j - 1
	}
}

// afterTitle reports whether an office's title starts in the three
// tokens before toks[i].
func (sc *mentionScan) afterTitle(i int) bool {
	for b := max(0, i-3); b < i; b++ {
		if sc.d.titleAt(sc.toks, b) > 0 {
			return true
		}
	}
	return false
}

// placeEnds reports whether a place's name may end at toks[e]: at a
// punctuation mark or the end, or before a stop word that is no
// preposition of a name ("à São Paulo par", not "au Palais des congrès"
// nor "in the Bavarian capital").
func placeEnds(toks []Token, e int, lang *Language) bool {
	if e >= len(toks) || toks[e].Punct {
		return true
	}
	if _, rel := lang.Relative[toks[e].Fold]; rel || lang.is(wsWeekdays, &toks[e]) {
		return true // "ended in Accra yesterday", "in Accra Thursday"
	}
	if e+1 < len(toks) && (lang.is(wsWeekdays, &toks[e+1]) || lang.is(wsMonths, &toks[e+1]) || toks[e+1].Number) {
		return true // "in Marrakech on Wednesday"
	}
	return lang.is(wsStop, &toks[e]) && !lang.is(wsNamePreps, &toks[e]) && !lang.NameParticles[toks[e].Fold]
}

// mentionScan is the state of findMentions over the tokens of one
// sentence: the mentions found so far and the tokens they take.
type mentionScan struct {
	d     *docState
	toks  []Token
	lang  *Language
	ms    mentions
	taken []bool
	// isTaken reports whether a token belongs to a mention found so far
	isTaken func(int) bool
	// add adds a mention and marks its tokens taken
	add func(*mention)
	// heading tells that the tokens are a heading's
	heading bool
}

// newMentionScan starts a scan of toks with no mention found.
func (d *docState) newMentionScan(toks []Token) *mentionScan {
	sc := &mentionScan{d: d, toks: toks, lang: d.x.Lang, taken: d.flags(len(toks) + 1)}
	sc.isTaken = func(i int) bool { return i < len(sc.taken) && sc.taken[i] }
	sc.add = func(m *mention) {
		for k := m.i; k < m.j; k++ {
			sc.taken[k] = true
		}
		sc.ms = append(sc.ms, m)
	}
	return sc
}

// text returns the text of the tokens [i, j) as written.
func (sc *mentionScan) text(i, j int) string {
	return tokText(sc.d.text, sc.toks, i, j)
}

// personNamesText reports whether a person's name the text introduced,
// id, at toks[i:q], is part of the name of an initiative or an event: a
// capitalised head of either right after it ("the Sullivan Principles",
// "the Marshall Plan") or, in a language whose heads come first, right
// before it ("le Plan Marshall").
func (sc *mentionScan) personNamesText(i, q int, id pledgegraph.EntityID) bool {
	toks := sc.toks
	if e := sc.d.ents[id]; e == nil || e.Kind != pledgegraph.KindPerson {
		return false
	}
	head := func(t *Token) bool {
		return t.Cap && (sc.lang.is(wsInitHeads, t) || sc.lang.is(wsEventHeads, t))
	}
	return q < len(toks) && head(&toks[q]) || sc.lang.HeadFirst && i > 0 && head(&toks[i-1])
}

// referenceNames adds the names of the reference data and those the text
// introduced, longest first, with the legal form that follows a
// company's name and another company named after the first.
func (sc *mentionScan) referenceNames() {
	d, toks, ref := sc.d, sc.toks, sc.d.x.Ref
	for i := 0; i < len(toks); i++ {
		if toks[i].Punct {
			continue
		}
		cands, n := ref.MatchAt(toks, i)
		if dn, id := d.dynamicAt(toks, i); dn > n && !sc.personNamesText(i, i+dn, id) {
			b := i
			if i > 0 && !sc.isTaken(i-1) && d.ents[id].Kind == pledgegraph.KindPerson && toks[i-1].Cap &&
				strings.HasPrefix(d.ents[id].Name, toks[i-1].Text+" ") {
				b = i - 1 // "Jane Holloway" again, not "Jane" and "Holloway"
			}
			sc.add(&mention{i: b, j: i + dn, id: id, kind: d.ents[id].Kind})
			i += dn - 1
			continue
		}
		if n == 0 {
			continue
		}
		if cands[0].Kind == pledgegraph.KindPerson && n == 1 && middleInitial(toks, i-1, sc.lang) {
			continue // "John H. Harris": another's name, whose surname the known person shares
		}
		if d.founderName(toks, i, n, cands[0], sc.isTaken) {
			sc.add(&mention{i: i - 1, j: i + 1, kind: pledgegraph.KindPerson, name: sc.text(i-1, i+1)})
			continue
		}
		// "Microsoft Corp", "Facebook Inc.": the legal form is part of the name
		for cands[0].Kind == pledgegraph.KindCompany && i+n < len(toks) && ref.LegalForm(toks[i+n].Text) {
			n++
			if i+n < len(toks) && toks[i+n].Text == "." && toks[i+n].Start == toks[i+n-1].End {
				n++
			}
		}
		if h := i + n - 1; cands[0].Kind != pledgegraph.KindEvent && sc.lang.is(wsEventHeads, &toks[h]) && d.eventName(toks, h, sc.isTaken) > i+n {
			i = h // "la Réunion multipartite mondiale sur …": an event's name, not the island
			continue
		}
		if cands[0].Kind == pledgegraph.KindInitiative && sc.longerName(i, n, cands[0]) {
			i += n - 1 // "the Tech Accord to Combat Deceptive Use of AI": a longer name than the known one
			continue
		}
		if cands[0].Kind == pledgegraph.KindCompany {
			if e := sc.companyAfter(i + n); e > i+n {
				kind := pledgegraph.KindCompany
				if k := sc.lang.NameKinds[toks[e-1].Fold]; k == pledgegraph.KindOrganization {
					kind = k // "the Mozilla Foundation": a body named after the company
				}
				sc.add(&mention{i: i, j: e, kind: kind, name: sc.text(i, e)})
				i = e - 1
				continue
			}
			if k := sc.bodyHeadBefore(i); k != "" {
				sc.add(&mention{i: i - 1, j: i + n, kind: k, name: sc.text(i-1, i+n)}) // "la Fondation Mozilla"
				i += n - 1
				continue
			}
		}
		if cands[0].Region && sc.inCapRun(i, i+n) || sc.cityInName(i, n, cands[0]) {
			i += n - 1 // "Organisation of Eastern Caribbean States", "the Quito Club": a region or a city inside a name
			continue
		}
		b := i
		if cands[0].Kind == pledgegraph.KindState && !cands[0].Metonym {
			b = sc.statePrefix(i) // "the Republic of Moldova"
		}
		sc.add(&mention{i: b, j: i + n, cands: cands, entry: cands[0], kind: cands[0].Kind})
		i += n - 1
	}
}

// bodyHeadBefore returns the kind of body that the capitalised head of a name
// right before toks[i] types, in a language that puts its heads first
// ("la Fondation Mozilla"), or "".
func (sc *mentionScan) bodyHeadBefore(i int) pledgegraph.Kind {
	if !sc.lang.HeadFirst || i < 1 || sc.isTaken(i-1) || !sc.toks[i-1].Cap || sc.toks[i-1].Punct {
		return ""
	}
	if k := sc.lang.NameKinds[sc.toks[i-1].Fold]; k == pledgegraph.KindOrganization {
		return k
	}
	return ""
}

// inCapRun reports whether the tokens [i, j) stand among capitalised
// words: a capitalised word before them, not the sentence's first, or
// after them.
func (sc *mentionScan) inCapRun(i, j int) bool {
	capWord := func(q int) bool { return q >= 0 && q < len(sc.toks) && sc.toks[q].Cap && !sc.toks[q].Punct }
	return i > 1 && capWord(i-1) || capWord(j)
}

// cityInName reports whether the city e, named by the n tokens at
// toks[i], stands inside the name of a body the reference data does not
// know: before a capitalised word that is no date ("the Quito Club"),
// or after a capitalised word and the genitive preposition, the
// sentence's first word aside ("le Cercle de Quito").
func (sc *mentionScan) cityInName(i, n int, e *Entry) bool {
	toks, lang := sc.toks, sc.lang
	if e.Kind != pledgegraph.KindPlace || e.Region {
		return false
	}
	if j := i + n; j < len(toks) && toks[j].Cap && !toks[j].Punct && !sc.isTaken(j) && !lang.is(wsWeekdays, &toks[j]) && !lang.is(wsMonths, &toks[j]) {
		cands, _ := sc.d.x.Ref.MatchAt(toks, j)
		return len(cands) == 0 // not "Paris Microsoft", two names
	}
	return i > 2 && lang.OfPrep[toks[i-1].Fold] && toks[i-2].Cap && !toks[i-2].Punct && !sc.isTaken(i-2)
}

// longerName reports whether the known initiative e, named by the n
// tokens at toks[i], is rather the start of a longer name whose own
// capitalised words none of e's names holds.
func (sc *mentionScan) longerName(i, n int, e *Entry) bool {
	end := sc.d.initiativeName(sc.toks, i, sc.isTaken)
	return end > i+n && titleCase(sc.toks[i+n:end]) && !entryWords(e, sc.toks[i+n:end])
}

// titleCase reports whether the words of toks, short ones aside, are
// capitalised, as in a name's own words ("to Combat Deceptive Use of
// AI"), not a description ("contre les contenus terroristes").
func titleCase(toks []Token) bool {
	caps := 0
	for _, t := range toks {
		switch {
		case t.Cap || t.Number:
			caps++
		case !t.Punct && len(t.Fold) > 3:
			return false
		}
	}
	return caps > 0
}

// entryWords reports whether each capitalised word of toks is a word of
// one of e's names ("for Trust in Cyberspace" after "Paris Call": a
// variant of its name, not another initiative).
func entryWords(e *Entry, toks []Token) bool {
	words := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, w := range strings.Fields(pledgegraph.Fold(n)) {
			words[w] = true
		}
	}
	for _, t := range toks {
		if t.Cap && !words[t.Fold] {
			return false
		}
	}
	return true
}

// statePrefix returns where the words of a state's official name that
// end at toks[i] begin ("Republic of", "Royaume d'"), or i.
func (sc *mentionScan) statePrefix(i int) int {
	_, p := sc.lang.Frames.statePre.endingAt(sc.toks, i, 5)
	if p < 0 || !sc.toks[p].Cap {
		return i
	}
	for k := p; k < i; k++ {
		if sc.isTaken(k) {
			return i
		}
	}
	return p
}

// companyAfter returns the end of the capitalised words at toks[j] that,
// right after a company's name, name another company named after it
// ("Amazon Web Services", "Google Cloud"), or j.
func (sc *mentionScan) companyAfter(j int) int {
	d, toks, lang := sc.d, sc.toks, sc.lang
	e := capSpan(toks, j, func(int) bool { return false }, lang, 3)
	if e <= j || lang.is(wsStop, &toks[j]) {
		return j
	}
	if t, _ := d.titleMatch(toks, j); t != nil || lang.TitleMods.MatchAt(toks, j) != 0 {
		return j
	}
	if c2, n2 := d.x.Ref.MatchAt(toks, j); n2 != 0 || d.isDemonym(toks, j) || len(c2) != 0 || d.x.Ref.FirstName(toks[j].Text) {
		return j // not "le cofondateur d'Apple Steve Wozniak"
	}
	return e
}

// eventNames adds the names of events ("Forum de Paris sur la Paix",
// "premier Forum de Paris", "GFCE Annual Meeting 2018"), which may take
// in the mentions of an organisation or a place.
func (sc *mentionScan) eventNames() {
	d, toks, lang := sc.d, sc.toks, sc.lang
	orgAt, evPlace := sc.eventNameParts()
	for i := 0; i < len(toks); i++ {
		if toks[i].Cap && lang.ordinalAt(toks, i) > 0 {
			continue // "XVIIIe Sommet de la Francophonie": the ordinal before the name
		}
		taken := func(q int) bool { return sc.isTaken(q) && !(orgAt[q] && orgAt[i]) && !evPlace[q] }
		if b, e := sc.quotedHeaded(i, wsEventHeads); e > i {
			sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i >= b && m.j <= e })
			sc.add(&mention{i: b, j: e, kind: pledgegraph.KindEvent, name: sc.quotedHeadedName(b, e, i)})
			i = e - 1
			continue
		}
		e := d.eventName(toks, i, taken)
		if e <= i || sc.innerEvent(i, e) {
			continue
		}
		if slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.i == i && m.j >= e }) {
			continue // the organisation's own name: "Global Forum on Cyber Expertise"
		}
		if acronymInBrackets(toks, e) &&
			slices.ContainsFunc(toks[i:e], func(t Token) bool { return lang.EventBodies[t.Fold] }) {
			continue // a body with an acronym: "Open Security Forum (OSF)", not "Sommet mondial sur la société de l'information (SMSI)"
		}
		sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i >= i && m.j <= e })
		m := &mention{i: i, j: e, kind: pledgegraph.KindEvent, ordinal: lang.ordinalAt(toks, i-1)}
		if y, ok := yearNum(toks[min(e, len(toks)-1)]); ok && e < len(toks) {
			m.year, m.j = y, e+1 // "GFCE Annual Meeting 2018"
		}
		if m.ordinal > 0 && !sc.isTaken(i-1) {
			m.i = i - 1 // "premier Forum de Paris"
		}
		m.name = sc.text(m.i, m.j)
		if y, ok := yearNum(toks[max(i-1, 0)]); ok && i > 0 && m.year == 0 && m.ordinal == 0 && !sc.isTaken(i-1) && (i < 2 || !toks[i-2].Cap) {
			m.year, m.i = y, i-1 // "the 2022 Nordic Security Conference": its name without the year
			m.name = sc.text(i, m.j)
		}
		sc.add(m)
		i = m.j - 1
	}
}

// innerEvent reports whether the event's name toks[i:e] opens on a
// head in lower case that names no event alone (a day) and whose
// complement is an event's name of its own, a capitalised head a few
// words on: "la dernière journée de la Conférence de plénipotentiaires",
// "the last day of the Conference": that name is the event's.
func (sc *mentionScan) innerEvent(i, e int) bool {
	toks := sc.toks
	if toks[i].Cap || !sc.lang.NameOnly[toks[i].Fold] {
		return false // not "la 41e session de la Conférence générale": an edition is an event
	}
	for k := i + 1; k < e && k <= i+3; k++ {
		if toks[k].Cap && sc.lang.is(wsEventHeads, &toks[k]) {
			return true
		}
	}
	return false
}

// quotedHeaded returns the span of an event or an initiative named by a
// head of the set heads in lower case and a quoted title of eight words
// at most, capitalised, right after it or, in a language whose heads
// come last, right before it ("le sommet « Connecter l'Afrique »", "the
// "Tech for Good" summit"); or, after the head, of fifteen words at most
// opening with a preposition of topic, the title of a treaty (« une
// convention « pour la préservation des animaux sauvages » », "a treaty
// "on the limitation of naval armament""). It returns i, i when none
// stands at toks[i].
func (sc *mentionScan) quotedHeaded(i int, heads wordSet) (int, int) {
	toks, lang := sc.toks, sc.lang
	if toks[i].Cap || !lang.is(heads, &toks[i]) {
		return i, i
	}
	if i+2 < len(toks) && isQuote(toks[i+1].Text) && toks[i+2].Cap {
		if c := closingQuote(toks, i+1, 8); c > i+2 {
			return i, c + 1
		}
	}
	if i+2 < len(toks) && isQuote(toks[i+1].Text) && lang.is(wsTopicPreps, &toks[i+2]) {
		if c := closingQuote(toks, i+1, 15); c > i+4 {
			return i, c + 1
		}
	}
	if !lang.HeadFirst && i > 1 && isQuote(toks[i-1].Text) {
		for o := i - 2; o >= 0 && o >= i-10; o-- {
			if isQuote(toks[o].Text) {
				if o+1 < i-1 && toks[o+1].Cap && closingQuote(toks, o, 8) == i-1 {
					return o, i + 1
				}
				break
			}
		}
	}
	return i, i
}

// quotedHeadedName returns the name of what quotedHeaded found at
// toks[b:e] with its head at h: the head, capitalised, and the title
// without its quotes, in the order of the text ("Sommet Connecter
// l'Afrique", "Tech for Good Summit").
func (sc *mentionScan) quotedHeadedName(b, e, h int) string {
	head := upperFirst(sc.text(h, h+1))
	if h == b {
		return head + " " + sc.text(b+2, e-1)
	}
	return sc.text(b+1, h-1) + " " + head
}

// quotedInitiatives adds the initiatives named by a head in lower case
// and a quoted title that opens with a preposition of topic (see
// quotedHeaded), whose words may name places and parties. A capitalised
// title is a name of its own (the manifesto « Smart Africa »), which
// other rules find.
func (sc *mentionScan) quotedInitiatives() {
	toks := sc.toks
	for i := range toks {
		if b, e := sc.quotedHeaded(i, wsInitHeads); e > i && b == i && sc.lang.is(wsTopicPreps, &toks[i+2]) {
			sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i >= b && m.j <= e })
			sc.add(&mention{i: b, j: e, kind: pledgegraph.KindInitiative, name: sc.quotedHeadedName(b, e, i)})
		}
	}
}

// eventNameParts returns the tokens of the mentions an event's name may
// take in: a capitalised organisation's name, which may begin it ("G7
// Digital Ministers' Meeting"), and a place that is part of it ("Forum de
// Toulouse sur le numérique", "Toulouse Digital Summit").
func (sc *mentionScan) eventNameParts() (orgAt, evPlace []bool) {
	toks, lang := sc.toks, sc.lang
	orgAt = sc.d.flags(len(toks) + 1)
	for _, m := range sc.ms {
		if m.kind == pledgegraph.KindOrganization && toks[m.i].Cap {
			for q := m.i; q < m.j; q++ {
				orgAt[q] = true
			}
		}
	}
	evPlace = sc.d.flags(len(toks) + 1)
	for _, m := range sc.ms {
		// "de Toulouse", "Toulouse Digital": not "in Berlin", a venue
		region := m.entry != nil && m.entry.Region // "Global AI Summit on Africa"
		topic := sc.afterTopicPrep(m.i)            // "Conference on Antarctica", "Conférence sur l'Afghanistan"
		b := m.i
		if _, a := lang.Frames.article.endingAt(toks, m.i, 1); a >= 0 {
			b = a // "Congrès de l'Europe": the article stands between
		}
		inName := b > 0 && (lang.ownerPrep(toks[b-1].Fold) || region && lang.is(wsNamePreps, &toks[b-1])) ||
			m.j < len(toks) && (toks[m.j].Cap || alnum(toks[m.j])) && !toks[m.j].Punct || topic
		if !inName {
			continue
		}
		if region || m.isKind(pledgegraph.KindPlace) || topic && m.isKind(pledgegraph.KindState) ||
			len(m.cands) > 1 && slices.ContainsFunc(m.cands, func(e *Entry) bool { return e.Kind == pledgegraph.KindPlace }) ||
			m.capital() { // "the Washington Conference": a capital, not its state
			for q := m.i; q < m.j; q++ {
				evPlace[q] = true
			}
		}
	}
	return orgAt, evPlace
}

// afterTopicPrep reports whether a preposition of topic ("on", "sur"),
// and perhaps an article, comes right before toks[i], after a
// capitalised word and at most one adjective: the place or state is what
// a named event is about.
func (sc *mentionScan) afterTopicPrep(i int) bool {
	toks, lang := sc.toks, sc.lang
	p := i - 1
	if p > 0 && lang.is(wsNameArticles, &toks[p]) {
		p--
	}
	if p < 1 || !lang.TopicPreps[toks[p].Fold] {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-2 && !toks[q].Punct; q-- {
		if toks[q].Cap {
			return true
		}
	}
	return false
}

// contextNames adds the names that the words around them type: the
// holder of an office after its title, the names apposed to an office
// said with a verb, the names after a kind cue ("la société X") and
// before one ("X, une ONG").
func (sc *mentionScan) contextNames() {
	d, toks, lang := sc.d, sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		if n := sc.officeNames(i); n > 0 {
			i += n - 1
			continue
		}
		// "Marina Kaljurand, qui l'a présidée": a person's name
		if lang.Leads.MatchAt(toks, i) > 0 || lang.LeadsRef.MatchAt(toks, i) > 0 {
			d.apposedNames(toks, i, sc.ms, sc.isTaken, sc.add)
		}
		sc.cuedNames(i)
		sc.cuedBefore(i)
	}
}

// holderBeforeBody returns where a person's name ends in the
// capitalised words toks[p:e] after an honorific or a title that run on
// into a body's name past a preposition ("Professor C. F. Powell of
// Bristol University"): at the preposition, when the words before it
// are one to four plain capitalised words or initials; else p.
func (sc *mentionScan) holderBeforeBody(p, e int) int {
	toks, lang := sc.toks, sc.lang
	if p == 0 || !lang.Honorifics[toks[p-1].Fold] && sc.d.titleAt(toks, p-1) == 0 {
		return p
	}
	for q := p + 1; q < e && q <= p+6; q++ {
		t := &toks[q]
		if lang.is(wsNamePreps, t) && !t.Cap {
			return q
		}
		if t.Text != "." && (!t.Cap || lang.NameKinds[t.Fold] != "" || lang.is(wsNameHeads, t)) {
			return p
		}
	}
	return p
}

// officeNames adds, for a title or an honorific at toks[i], the name of
// the holder after it and the names apposed to it or before it; it
// returns the title's length, or 0 when there is none.
func (sc *mentionScan) officeNames(i int) int {
	d, toks, lang := sc.d, sc.toks, sc.lang
	n := d.titleAt(toks, i)
	if n == 0 {
		return 0
	}
	p := i + n
	if e := sc.particleSurname(p); e > p {
		sc.add(&mention{i: p, j: e, kind: pledgegraph.KindPerson, name: sc.text(p, e)}) // "President de Gaulle", "le général de Gaulle"
		return n
	}
	if tail := d.titleTail(toks, p); tail > p {
		p = tail // "ministre polonais du numérique", "ministre allemande des Affaires étrangères"
	} else if e := d.portfolio(toks, i, p, sc.ms); e > p {
		p = e // "ministre des Solidarités et de la Santé, Olivier Véran"
	} else {
		t, _ := d.titleMatch(toks, i)
		p = d.officeObject(toks, t, p, sc.ms, sc.isTaken, sc.add)
	}
	p = d.remitTail(toks, p, sc.ms) // "vice-présidente de la Commission chargée des valeurs, Věra Jourová"
	p = d.lowerRemit(toks, p)       // "president of global affairs Kent Walker"
	if b := bracketEnd(toks, p); b < len(toks) && toks[b].Text == "," {
		p = b // "de l'Union internationale des télécommunications (UIT), Hamadoun Touré"
	}
	if p < len(toks) && toks[p].Text == "," {
		p++
	} else if n := lang.Frames.copula.at(toks, p); n > 0 && i > 0 && lang.is(wsRelPron, &toks[i-1]) || n > 0 && i > 1 && lang.is(wsRelPron, &toks[i-2]) {
		p += n // "dont la directrice exécutive est Inger Andersen", "whose executive director is X"
	}
	p = skipHonorific(toks, p, lang) // "GFCE co-chair of India, Mr. Ajay Sawhney"
	p = d.skipNationality(toks, p)   // "dont le secrétaire général est le Britannique Terry Davis"
	if t, _ := d.titleMatch(toks, p); t != nil {
		// "Mr. Secretary": an office, no name
	} else if e := capSpan(toks, p, sc.isTaken, lang, 4); e > p {
		if e == p+1 && (d.x.Ref.FirstName(toks[p].Text) || p > 0 && lang.Honorifics[toks[p-1].Fold]) {
			e = sc.placeSurname(e) // "la secrétaire générale, Patricia Scotland", "la baronne Tessa Blackstone"
		}
		kind := d.holderKind(toks, p, e)
		if q := sc.holderBeforeBody(p, e); kind != pledgegraph.KindPerson && q > p {
			e, kind = q, pledgegraph.KindPerson // "Dr Hideki Yukawa of Kyoto University": the doctor, then his university
		} else if kind != pledgegraph.KindPerson {
			e = bodyName(toks, p, e, sc.isTaken)
		} else {
			e = possessiveCut(toks, p, e) // "Prime Minister Ariel Sharon's government"
		}
		sc.add(&mention{i: p, j: e, kind: kind, name: sc.text(p, e)})
	}
	d.apposedNames(toks, i, sc.ms, sc.isTaken, sc.add)
	d.orgBeforeTitle(toks, i, sc.isTaken, sc.add)
	return n
}

// particleSurname returns the end of a surname that opens with a
// particle of persons' names in lower case at toks[p], right after a
// title ("President de Gaulle", "le général de Gaulle"): the particle
// and one or two capitalised words no name found takes, followed by no
// other capitalised word, before a possessive; or p. Not a particle that
// only bodies' names hold ("of"), nor one that says whose the office is
// after a title that is no rank ("le président de Radio France").
func (sc *mentionScan) particleSurname(p int) int {
	toks, lang := sc.toks, sc.lang
	if p < 1 || p+1 >= len(toks) || toks[p].Cap || !lang.personParticle(toks[p].Fold) || sc.isTaken(p+1) {
		return p
	}
	if lang.NamePreps[toks[p].Fold] && !sc.rankBefore(p) {
		return p // "le président de Radio France", "directeur général du LACNIC": the office's complement
	}
	e := capSpan(toks, p+1, sc.isTaken, lang, 2)
	if e == p+1 || lang.NameKinds[toks[p+1].Fold] != "" || sc.d.x.Ref.Lookup(toks[p+1].Text) != nil {
		return p
	}
	if e < len(toks) && toks[e].Cap && !toks[e].Punct {
		return p
	}
	return possessiveCut(toks, p, e)
}

// rankBefore reports whether a rank stands alone right before toks[p]:
// an honorific that is no word of a longer title ("le général", not
// "le directeur général"), its abbreviation's full stop aside ("M. de
// Neurath").
func (sc *mentionScan) rankBefore(p int) bool {
	toks, d := sc.toks, sc.d
	h := p - 1
	if h > 0 && toks[h].Text == "." && toks[h].Start == toks[h-1].End {
		h--
	}
	if h < 0 || !sc.lang.Honorifics[toks[h].Fold] {
		return false
	}
	for b := max(0, h-2); b < h; b++ {
		if n := d.titleAt(toks, b); n > 0 && b+n >= h {
			return false
		}
	}
	return true
}

// lowerRemit skips a remit in lower case after a preposition of office,
// at most four words, when a capitalised name follows it: "president of
// global affairs Kent Walker"; else it returns p.
func (d *docState) lowerRemit(toks []Token, p int) int {
	if p >= len(toks) || !d.x.Lang.OfficePreps[toks[p].Fold] {
		return p
	}
	q := p + 1
	for q < len(toks) && q-p <= 4 && !toks[q].Cap && !toks[q].Punct && !toks[q].Number {
		q++
	}
	if q == p+1 || q >= len(toks) || !toks[q].Cap || q+1 >= len(toks) || !toks[q+1].Cap {
		return p
	}
	return q
}

// cuedNames adds the names after the kind cues at toks[i] that type the
// name after them: "la société X", "des entreprises telles que X, Y et Z".
func (sc *mentionScan) cuedNames(i int) {
	d, toks, lang := sc.d, sc.toks, sc.lang
	for _, c := range lang.kindCuesAt(toks, i) {
		if c.After || !matchPhrase(toks, i, c.Phrase) || c.Kind == pledgegraph.KindInitiative && toks[i].Cap {
			continue // "Programme Gouvernance numérique": a capitalised cue is a name's own word
		}
		p := i + len(c.Phrase)
		// plural cues introduce a list after a few words
		if strings.HasSuffix(c.Phrase[len(c.Phrase)-1], "s") && c.Kind != pledgegraph.KindPerson {
			if q := sc.cueListStart(p); q >= 0 && sc.cuedList(c.Kind, q) == 0 {
				if r := sc.trailingList(p); r > q {
					sc.cuedList(c.Kind, r) // "12 firms joined it in May, including X"
				}
			}
			continue
		}
		if p < len(toks) && !toks[p].Cap && d.isDemonym(toks, p) {
			p++ // "l'éditeur finlandais F-Secure"
		}
		if c.Kind == pledgegraph.KindSubnationalGovernment {
			// "la ville de Paris": the city's government, not the place
			for _, m := range sc.ms {
				if m.i == p && slices.ContainsFunc(m.cands, func(e *Entry) bool { return e.Kind == pledgegraph.KindPlace }) {
					m.kind, m.entry, m.cands, m.name = c.Kind, nil, nil, sc.text(m.i, m.j)
				}
			}
		}
		if e := capSpan(toks, p, sc.isTaken, lang, 4); e > p {
			b := p
			if c.Kind != pledgegraph.KindPerson && toks[p-1].Cap && !toks[p-1].Upper && !sc.isTaken(p-1) {
				b = p - 1 // "la Fondation Boréale", "l'Institut Montaigne": the capitalised cue begins the name; not "l'ONG Global Witness"
			}
			if c.Kind != pledgegraph.KindPerson {
				e = sc.capsPrepSpan(e)
				if e < len(toks) && toks[e].Number && !sc.isTaken(e) {
					e++ // "l'agenda Connect 2020": a year ends the name
				}
			}
			sc.add(&mention{i: b, j: e, kind: c.Kind, name: sc.text(b, e)})
		}
	}
}

// capsPrepSpan returns the end of a body's or an initiative's name that
// goes on, after its capitalised words ending at toks[e], with a
// preposition after which only capitalised words belong to a name and
// more of them ("le projet One Laptop per Child", "the initiative Tech
// for Good"); or e.
func (sc *mentionScan) capsPrepSpan(e int) int {
	toks := sc.toks
	for e+1 < len(toks) && sc.lang.CapsPreps[toks[e].Fold] && !sc.lang.PlacePreps[toks[e].Fold] {
		f := capSpan(toks, e+1, sc.isTaken, sc.lang, 4)
		if f <= e+1 {
			break
		}
		e = f
	}
	return e
}

// cueListStart returns where the list after a plural kind cue that ends
// at toks[p] starts: after a few lower-case words, a list intro ("40
// companies, including X"), a bracket or a colon; or -1 when no list
// follows.
func (sc *mentionScan) cueListStart(p int) int {
	toks, lang := sc.toks, sc.lang
	q := p
	if q+1 < len(toks) && toks[q].Text == "," && lang.ListIntro.MatchAt(toks, q+1) > 0 {
		q++ // "40 companies, including X"
	}
	for q < len(toks) && q-p < 4 && !toks[q].Cap && !toks[q].Punct {
		if n := lang.ListIntro.MatchAt(toks, q); n > 0 {
			q += n
			break
		}
		if lang.Frames.prep.at(toks, q) > 0 {
			return sc.trailingList(p) // "the seven companies behind the Universal Serial Bus", "firms from Silicon Valley": not theirs
		}
		q++
	}
	if q < len(toks) && (toks[q].Text == "(" || toks[q].Text == ":") {
		q++
	}
	if q == p || (q > 0 && !(lang.ListIntro.MatchAt(toks, q-1) > 0 || toks[q-1].Text == "(" || toks[q-1].Text == ":" || q-p >= 1)) {
		return sc.trailingList(p)
	}
	if q < len(toks) && (!toks[q].Cap || sc.isTaken(q)) && lang.ListIntro.MatchAt(toks, q-1) == 0 {
		return sc.trailingList(p) // "16 companies signed the pledge on Tuesday, among them X"
	}
	return q
}

// trailingList returns where a list set off by a comma and a list word
// starts at the end of the clause whose plural kind cue ends at toks[p]
// ("Sixteen companies signed the pledge on Tuesday, among them X and
// Y"), or -1: no other cue, colon or semicolon before it.
func (sc *mentionScan) trailingList(p int) int {
	toks, lang := sc.toks, sc.lang
	for q := p; q+1 < len(toks); q++ {
		t := toks[q]
		if t.Text == ";" || t.Text == ":" || t.Text == "(" || slices.ContainsFunc(lang.kindCuesAt(toks, q), func(c KindCue) bool { return matchPhrase(toks, q, c.Phrase) }) {
			return -1
		}
		if t.Text == "," {
			if n := lang.ListIntro.MatchAt(toks, q+1); n > 0 {
				return q + 1 + n
			}
		}
	}
	return -1
}

// cuedList adds the capitalised names of the list at toks[p] that a
// plural kind cue of kind k introduced, up to a word that is no glue
// between them, and returns how many it added.
func (sc *mentionScan) cuedList(k pledgegraph.Kind, p int) int {
	toks, lang := sc.toks, sc.lang
	added := 0
	for p < len(toks) {
		if sc.isTaken(p) {
			if q := sc.ms.endAt(p); q > p {
				p = q
			} else {
				p++ // inside a longer name
			}
		} else if e := capSpan(toks, p, sc.isTaken, lang, 3); e > p && !headRef(lang, toks, p) {
			sc.add(&mention{i: p, j: e, kind: k, name: sc.text(p, e)})
			p, added = e, added+1
		} else if !lang.glue(toks[p]) {
			break
		}
		if p < len(toks) && lang.glue(toks[p]) {
			p++
			continue
		}
		if p < len(toks) && !sc.isTaken(p) && !(toks[p].Cap) {
			break
		}
	}
	return added
}

// cuedBefore adds the capitalised name at toks[i] that a kind cue after
// it and a comma types: "X, une ONG".
func (sc *mentionScan) cuedBefore(i int) {
	toks, lang := sc.toks, sc.lang
	e := capSpan(toks, i, sc.isTaken, lang, 4)
	if e <= i || e >= len(toks) || toks[e].Text != "," {
		return
	}
	if i > 0 && toks[i-1].Cap && !lang.is(wsStop, &toks[i-1]) {
		return
	}
	if c := sc.cueAfter(e + 1); c != nil {
		sc.add(&mention{i: i, j: e, kind: c.Kind, name: sc.text(i, e)})
	}
}

// cueAfter returns the kind cue said after a name that stands at
// toks[q] ("a project"), or an initiative's also with one or two
// lower-case words between its indefinite article and its noun ("an
// open-source project", "a new initiative"; not "a broader coalition",
// which may be a body or a text), or nil.
func (sc *mentionScan) cueAfter(q int) *KindCue {
	toks, lang := sc.toks, sc.lang
	for _, c := range lang.kindCuesAt(toks, q) {
		if c.After && matchPhrase(toks, q, c.Phrase) {
			return &c
		}
	}
	n := lang.Indefinite.MatchAt(toks, q)
	if n != 1 {
		return nil
	}
	for k := q + 1; k < q+3 && k < len(toks) && !toks[k].Cap && !toks[k].Punct && !lang.is(wsStop, &toks[k]); k++ {
		for _, c := range lang.KindCues {
			if c.After && c.Kind == pledgegraph.KindInitiative && len(c.Phrase) > 1 && lang.Indefinite.hasWord(c.Phrase[0]) && matchPhrase(toks, k+1, c.Phrase[1:]) {
				return &c
			}
		}
	}
	return nil
}

// firstNames adds the people named "Prénom Nom": a common first name or
// an initial ("S. Iswaran") and capitalised words, not a credit ("Yoan
// Valat/REUTERS") nor the words of a body's name after a possessive of
// no known name ("the Women's Christian Temperance Union").
func (sc *mentionScan) firstNames() {
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if sc.isTaken(i) || !toks[i].Cap || !sc.d.x.Ref.FirstName(toks[i].Text) && !leadingInitial(toks, i, sc.lang) && !sc.beforeInitial(i) && !dottedInitials(toks, i) {
			continue
		}
		if i > 1 && possessive(sc.d.text, toks, i-1) && toks[i-2].Cap && !sc.isTaken(i-2) && sc.d.x.Ref.Lookup(toks[i-2].Text) == nil {
			continue // "the Women's Christian Temperance Union": a word of a body's name
		}
		if leadingInitial(toks, i, sc.lang) && sc.lang.is(wsStop, &toks[i+2]) {
			continue // "Q. What have they committed to?", "A. There are deadlines": an interview's turns
		}
		e := capSpan(toks, i, sc.isTaken, sc.lang, 4)
		if k := slices.IndexFunc(toks[i:e], func(t Token) bool { return sc.lang.BodyParticles[t.Fold] }); k > 0 {
			e = i + k // "Paul Wilson of APNIC": the person's name ends before "of"
		}
		e = possessiveCut(toks, i, e) // "Kevin Rudd's first act", "Margaret Thatcher's Britain"
		if e == i+1 && sc.d.x.Ref.FirstName(toks[i].Text) {
			e = sc.placeSurname(i + 1) // "Patricia Scotland"
		}
		if e-i < 2 || (e < len(toks) && toks[e].Text == "/") {
			continue
		}
		sc.add(&mention{i: i, j: e, kind: pledgegraph.KindPerson, name: sc.text(i, e)})
		i = sc.affiliatedBody(e) - 1
	}
}

// beforeInitial reports whether toks[i] is a first name that the
// reference data does not know, told by the middle initial after it
// ("Lester B. Pearson", "Halvard M. Lange"): a plain capitalised word
// that opens no body's name.
func (sc *mentionScan) beforeInitial(i int) bool {
	toks, lang := sc.toks, sc.lang
	return i+3 < len(toks) && !toks[i].Punct && !toks[i].Upper && !lang.is(wsStop, &toks[i]) && lang.NameKinds[toks[i].Fold] == "" &&
		sc.d.titleAt(toks, i) == 0 && !lang.Honorifics[toks[i+1].Fold] && middleInitial(toks, i+2, lang) // not "Puis M. Schanzer"
}

// affiliationAt returns where a word of affiliation stands after a
// person's name that ends at toks[p], past a comma, and its length, or
// 0. A word that may also join a person's name ("de") needs the comma:
// "John Curran, de l'ARIN", but "Jean-Claude de l'Estrac".
func (l *Language) affiliationAt(toks []Token, p int) (int, int) {
	q := p
	if q < len(toks) && toks[q].Text == "," {
		q++
	}
	n := l.Affiliation.MatchAt(toks, q)
	if n == 0 || q == p && l.personParticle(toks[q].Fold) {
		return q, 0
	}
	return q, n
}

// affiliatedBody adds the unknown name of a body right after a person's
// name that ends at toks[p] and a word of affiliation, a comma perhaps
// before it ("Paul Wilson of APNIC", "John Curran, de l'ARIN"):
// capitalised words, as an organisation's. It returns where
// that name ends, or p.
func (sc *mentionScan) affiliatedBody(p int) int {
	toks := sc.toks
	q, n := sc.lang.affiliationAt(toks, p)
	if n == 0 {
		return p
	}
	q += n
	for q < len(toks) && sc.lang.is(wsNameArticles, &toks[q]) {
		q++
	}
	if q >= len(toks) || !toks[q].Cap || toks[q].Punct || sc.isTaken(q) || sc.d.x.Ref.FirstName(toks[q].Text) {
		return p
	}
	e := capSpan(toks, q, sc.isTaken, sc.lang, 4)
	if e <= q || e < len(toks) && !toks[e].Punct && sc.lang.And.MatchAt(toks, e) == 0 {
		return p // "of Trade Minister X": more words follow the name
	}
	sc.add(&mention{i: q, j: e, kind: pledgegraph.KindOrganization, name: sc.text(q, e), guess: true})
	return e
}

// placeSurname returns the end of a surname at toks[q] that the names of
// places found read as one, right after a first name ("Patricia
// Scotland"), or the name of a firm after an honorific and a first name
// ("la baronne Tessa Blackstone"): one word, with no capitalised word
// after it; or q. The place's or the firm's mention gives way.
func (sc *mentionScan) placeSurname(q int) int {
	toks := sc.toks
	if q >= len(toks) || q+1 < len(toks) && toks[q+1].Cap {
		return q
	}
	titled := q >= 2 && sc.lang.Honorifics[toks[q-2].Fold] && toks[q-1].Cap
	k := slices.IndexFunc(sc.ms, func(m *mention) bool {
		return m.i == q && m.j == q+1 && (m.isKind(pledgegraph.KindPlace, pledgegraph.KindSubnationalGovernment) || titled && m.isKind(pledgegraph.KindCompany))
	})
	if k < 0 {
		return q
	}
	sc.ms = slices.Delete(sc.ms, k, k+1)
	sc.taken[q] = false
	return q + 1
}

// acronymNames adds the names followed by their acronym: "Organisation
// mondiale de la cyberdéfense (OMCD)"; an initiative's head or an
// event's opening them says their kind, an organisation's otherwise. The
// name before a known acronym is a name of what it stands for.
func (sc *mentionScan) acronymNames() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		k, head := lang.NameKinds[toks[i].Fold]
		head = head && k != pledgegraph.KindInitiative && toks[i].Cap
		if sc.isTaken(i) && !head || !toks[i].Cap || toks[i].Punct || lang.is(wsStop, &toks[i]) {
			continue
		}
		e := i + 1
		for e < len(toks) && e-i < 14 && (!sc.isTaken(e) || head && sc.placeAt(e)) && (!toks[e].Punct || head && isElision(toks[e].Text)) {
			e++
		}
		if e-i < 2 || !acronymInBrackets(toks, e) {
			continue
		}
		if sc.isTaken(i) && firstRune(toks[e+1].Text) == firstRune(strings.ToUpper(toks[i].Text)) {
			continue // a name found already, spelled by its acronym
		}
		if firstRune(toks[e+1].Text) != firstRune(strings.ToUpper(toks[i].Text)) {
			// an acronym of another language's name: "le Centre européen
			// de lutte contre la cybercriminalité (EC3)", "l'Académie de
			// Pékin pour l'intelligence artificielle (BAAI)", after a
			// head of bodies and words in lower case (places allowed)
			if !head || !lowerBetween(toks, i+1, e, sc.placeAt) {
				continue
			}
			sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool { return m.i > i && m.j <= e })
			sc.add(&mention{i: i, j: e, kind: k, name: sc.text(i, e)})
			i = e
			continue
		}
		if a := sc.ms.endingAt(e + 2); a != nil && a.i == e+1 && a.entry != nil {
			// "the World Wide Web Consortium (W3C)": the name of the known body
			sc.add(&mention{i: i, j: e, cands: a.cands, entry: a.entry, kind: a.kind})
			i = e
			continue
		}
		kind := pledgegraph.KindOrganization
		switch {
		case lang.is(wsInitHeads, &toks[i]):
			kind = pledgegraph.KindInitiative
		case lang.AcroEvent[toks[i].Fold]:
			kind = pledgegraph.KindEvent
		case !lang.HeadFirst && lang.NameKinds[toks[e-1].Fold] != "":
			kind = lang.NameKinds[toks[e-1].Fold] // "the Open Invention Network (OIN)", as without its acronym
		}
		sc.add(&mention{i: i, j: e, kind: kind, name: sc.text(i, e)})
		i = e
	}
}

// ledByNames adds, as people, the unknown names of two or three
// capitalised words after a phrase of leading ("dirigé par Ilmar Tamm",
// "alors dirigées par Hamadoun Touré et Irina Bokova", "led by"), and
// the one coordinated to it; none with a word that types a body.
func (sc *mentionScan) ledByNames() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		n := lang.LedBy.MatchAt(toks, i)
		if n == 0 {
			continue
		}
		for p := i + n; p < len(toks); {
			e := capSpan(toks, p, sc.isTaken, lang, 3)
			if !sc.d.personLike(toks, p, e) || e < len(toks) && toks[e].Cap && !toks[e].Punct {
				break // not "chaired by Japanese Prime Minister Shinzo Abe", "led by Republican Jim Jordan"
			}
			sc.add(&mention{i: p, j: e, kind: pledgegraph.KindPerson, name: sc.text(p, e)})
			if e >= len(toks) || lang.And.MatchAt(toks, e) != 1 {
				break
			}
			p = e + 1
		}
		i += n - 1
	}
}

// acronymTitles adds the unknown acronym right before the title of a
// body's office as that body's name: "NASA Administrator Bill Nelson",
// "Lawrence Strickling, the NTIA administrator". Not before an office of
// a state ("UAE Ambassador"), nor an abbreviation of a common noun ("AI
// chief").
func (sc *mentionScan) acronymTitles() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if sc.isTaken(i) || !t.Upper || t.Punct || t.Number || utf8.RuneCountInString(t.Text) < 3 || lang.CommonAcronyms[t.Fold] || lang.is(wsStop, t) ||
			i > 0 && toks[i-1].Cap && !toks[i-1].Punct {
			continue
		}
		title, _ := sc.d.titleMatch(toks, i+1)
		if title == nil || title.None || title.Implicit == "state" || title.Implicit == "person" || len(title.Implicit) == 2 {
			continue
		}
		sc.add(&mention{i: i, j: i + 1, kind: pledgegraph.KindOrganization, name: t.Text})
	}
}

// slashedPrefixes joins to a known name the capitalised words that open
// its full name before a slash: "Royal Dutch/Shell" is Royal Dutch
// Shell, written as the merged firm's two names.
func (sc *mentionScan) slashedPrefixes() {
	toks := sc.toks
	for _, m := range sc.ms {
		if m.entry == nil || m.i < 2 || toks[m.i-1].Text != "/" || toks[m.i].Start != toks[m.i-1].End || toks[m.i-1].Start != toks[m.i-2].End {
			continue
		}
		b := m.i - 1
		for b > 0 && toks[b-1].Cap && !toks[b-1].Punct && !sc.isTaken(b-1) {
			b--
		}
		if b < m.i-1 && strings.HasPrefix(m.entry.Name, sc.text(b, m.i-1)+" ") {
			for q := b; q < m.i; q++ {
				sc.taken[q] = true
			}
			m.i = b
		}
	}
}

// placeHeadedBodies drops the name of a place or a state right before a
// capitalised word that types a body ("California Institute of
// Technology", "Kyoto University", "Japan Foundation"): the place
// begins the body's name, which later rules read whole.
func (sc *mentionScan) placeHeadedBodies() {
	toks := sc.toks
	sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool {
		if m.j >= len(toks) || !toks[m.j].Cap || sc.lang.NameKinds[toks[m.j].Fold] != pledgegraph.KindOrganization ||
			!m.isKind(pledgegraph.KindState, pledgegraph.KindPlace, pledgegraph.KindSubnationalGovernment) {
			return false
		}
		for q := m.i; q < m.j; q++ {
			sc.taken[q] = false
		}
		return true
	})
}

// placeSurnames drops the one-word name of a state or a place right
// after a known first name: "Bill Jordan", "Michael Jordan" are people,
// whose names later rules read; and one that is a first name itself,
// after an honorific or before a surname no list knows: "M. Maurice
// Schumann", "Jordan Peterson".
func (sc *mentionScan) placeSurnames() {
	toks := sc.toks
	sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool {
		if m.j != m.i+1 || !m.isKind(pledgegraph.KindState, pledgegraph.KindPlace, pledgegraph.KindSubnationalGovernment) {
			return false
		}
		afterFirst := m.i > 0 && toks[m.i-1].Cap && !toks[m.i-1].Punct && !sc.isTaken(m.i-1) && sc.d.x.Ref.FirstName(toks[m.i-1].Text)
		if !afterFirst && !sc.firstNameOf(m.i) {
			return false
		}
		sc.taken[m.i] = false
		return true
	})
}

// firstNameOf reports whether the place's name at toks[i] is the first
// name of a person: a known first name after an honorific ("M. Maurice
// Schumann"), or before a capitalised word that neither the lists nor
// the reference data know ("Jordan Peterson", not "Jordan Valley").
func (sc *mentionScan) firstNameOf(i int) bool {
	toks := sc.toks
	if i+1 >= len(toks) || !sc.d.x.Ref.FirstName(toks[i].Text) {
		return false
	}
	n := &toks[i+1]
	if !n.Cap || n.Punct || n.Upper || sc.isTaken(i+1) {
		return false
	}
	if i > 0 && sc.lang.Honorifics[toks[i-1].Fold] || i > 1 && toks[i-1].Text == "." && sc.lang.Honorifics[toks[i-2].Fold] {
		return true
	}
	_, k := sc.d.x.Ref.MatchAt(toks, i+1)
	return k == 0 && n.lex&^lexKnown == 0 && n.sets == 0 && n.tries == 0
}

// peopleNames adds, as their state, the people a plural noun of
// nationality names after a definite article, with a verb right after
// it ("Les Américains ont signé", "the Soviets walked out"), or a noun of
// nationality after a negative quantifier ("No South Korean signed"): a
// state acts through its people in a story about states.
func (sc *mentionScan) peopleNames() {
	toks, lang := sc.toks, sc.lang
	for i := 1; i+1 < len(toks); i++ {
		if sc.isTaken(i) {
			continue
		}
		if lang.Frames.negQ.at(toks, i-1) == 1 {
			// "No South Korean signed", "Aucun Sud-Coréen n'a signé": no
			// one of that state, the state's refusal; a verb of support or
			// launch only ("as no Australian has done before")
			if e, n := sc.d.x.Ref.Demonym(toks, i); e != nil && n > 0 && toks[i].Cap && sc.d.stanceVerbAt(toks, i+n) {
				sc.add(&mention{i: i, j: i + n, entry: e, kind: e.Kind, metonym: true})
				i += n - 1
			}
			continue
		}
		if !lang.Definite[toks[i-1].Fold] || !sc.d.predicateAt(toks, i+1) {
			continue
		}
		if e := sc.d.x.Ref.PeopleOf(toks, i); e != nil {
			sc.add(&mention{i: i, j: i + 1, entry: e, kind: e.Kind, metonym: true})
		}
	}
}

// bodyTitles takes the capitalised words of a title that names its body
// ("haut représentant de l'Union", "High Representative of the Union":
// the European Union's), so that no name starts there: "l'Union pour les
// affaires étrangères" is the rest of the office's title, no body; and
// those after the first word of a state's office ("président du Conseil
// italien" is Italy's head of government, no council).
func (sc *mentionScan) bodyTitles() {
	toks := sc.toks
	for i := range toks {
		title, n := sc.d.titleMatch(toks, i)
		lo := i
		if title != nil && title.Implicit == "state" {
			lo = i + 1 // "président du Conseil italien": the state's, said by the nationality
		} else if title == nil || !strings.Contains(title.Implicit, " ") {
			continue // a kind of body ("company", "head") or a state's code: the text names the body
		}
		for q := lo; q < i+n; q++ {
			sc.taken[q] = sc.taken[q] || toks[q].Cap
		}
	}
}

// hyphenatedParts drops the names of states and places found as a part
// of a capitalised compound ("Radio-Canada", "France-Presse", "the
// EU-Japan summit"), and of companies joined to an unknown word
// ("Racal-Vodafone"): the compound names something else, or qualifies.
func (sc *mentionScan) hyphenatedParts() {
	toks, text := sc.toks, sc.d.text
	sc.ms = slices.DeleteFunc(sc.ms, func(m *mention) bool {
		company := m.isKind(pledgegraph.KindCompany) // "Racal-Vodafone": by an unknown word only, not "Google-Microsoft"
		if !company && !m.isKind(pledgegraph.KindState, pledgegraph.KindPlace, pledgegraph.KindSubnationalGovernment) {
			return false
		}
		before := m.i > 0 && toks[m.i-1].Cap && hyphenated(text, toks, m.i) && !(company && sc.isTaken(m.i-1))
		after := m.j < len(toks) && toks[m.j].Cap && hyphenated(text, toks, m.j) && !(company && sc.isTaken(m.j))
		if before || after {
			for q := m.i; q < m.j; q++ {
				sc.taken[q] = false
			}
			return true
		}
		return false
	})
}

// placeAt reports whether toks[q] is inside the name of a place found.
func (sc *mentionScan) placeAt(q int) bool {
	return slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.kind == pledgegraph.KindPlace && m.i <= q && q < m.j })
}

// isElision reports whether t is the apostrophe of an elision ("l'").
func isElision(t string) bool { return t == "'" || t == "’" }

// lowerBetween reports whether the words of toks[i:e] are all in lower
// case but those of places (place reports them).
func lowerBetween(toks []Token, i, e int, place func(int) bool) bool {
	for q := i; q < e; q++ {
		if toks[q].Cap && !place(q) {
			return false
		}
	}
	return true
}

// typedNames adds the names whose last word (or first, when the language
// puts a name's head first) says what they name: "Open Infrastructure
// Alliance", "Vexion Labs", "Institut Pasteur".
func (sc *mentionScan) typedNames() {
	toks, lang := sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		e := capSpan(toks, i, sc.isTaken, lang, 5)
		if k, ok := lang.NameKinds[toks[i].Fold]; ok && toks[i].Cap {
			// "Center for Democracy and Technology", "Centre pour la
			// sécurité numérique": a body's head and its complements
			a := e
			for a < len(toks) && a-e < 2 && lang.HeadFirst && !toks[a].Cap && (lang.adjective(toks[a].Fold) || lang.RegionAdj[toks[a].Fold] || sc.d.isDemonym(toks, a)) && !sc.venueNear(i) {
				a++ // "Direction générale des télécommunications", "Conseil national du numérique", "Organisation arabe pour …"
			}
			if h := sc.d.headedName(nameScan{lang: lang, d: sc.d, toks: toks, taken: sc.isTaken}, i, wsBodyHeads); h > a && a < len(toks) && lang.is(wsNamePreps, &toks[a]) {
				h = ampersandList(toks, i, h, lang)
				if h-1 > a+1 && !toks[h-1].Cap && sc.d.isDemonym(toks, h-1) && !hyphenated(sc.d.text, toks, h-1) {
					h-- // "la Direction générale des télécommunications française": the body's nationality
				}
				sc.add(&mention{i: i, j: h, kind: k, name: sc.text(i, h)})
				i = h - 1
				continue
			}
			n := nameScan{lang: lang, d: sc.d, toks: toks, taken: sc.isTaken}
			if a > e {
				a = n.adjectiveList(a) // "le Conseil économique et social"
			}
			if a > e && e == i+1 && lang.AdjHeads[toks[i].Fold] && i > 0 && lang.is(wsDefinite, &toks[i-1]) &&
				(a >= len(toks) || toks[a].Punct || lang.is(wsStop, &toks[a]) && !lang.is(wsNamePreps, &toks[a]) || n.verb(a)) {
				// "le Parti socialiste", "le Front national": a body's head
				// and its adjectives, the French way of capitalising; not
				// "l'Université nationale ouverte Indira Gandhi"
				sc.add(&mention{i: i, j: a, kind: k, name: sc.text(i, a)})
				i = a - 1
				continue
			}
		}
		if b := sc.regionalBody(i); b > i+1 && e == i+1 {
			sc.add(&mention{i: i, j: b, kind: pledgegraph.KindOrganization, name: sc.text(i, b)}) // "le Groupe africain" of the UN is no company
			i = b - 1
			continue
		}
		if b := sc.stateNamedBody(i, e); b < i {
			sc.add(&mention{i: b, j: e, kind: lang.NameKinds[toks[e-1].Fold], name: sc.text(b, e)})
			i = e - 1
			continue
		}
		if e-i < 2 || i > 0 && toks[i-1].Cap && !toks[i-1].Punct && !lang.is(wsStop, &toks[i-1]) ||
			i > 1 && lang.glue(toks[i-1]) && !toks[i-1].Punct && toks[i-2].Cap {
			continue // a part of a longer name: "Cybersecurity and Infrastructure Security Agency"
		}
		if k, ok := lang.NameKinds[toks[e-1].Fold]; ok {
			n := nameScan{lang: lang, d: sc.d, toks: toks, taken: sc.isTaken}
			if c := n.complements(e); c.n > 0 && c.firstCap {
				// "the European Network for the Work with Perpetrators", not
				// "the Poynter Institute in St. Petersburg"
				end := e
				for end < c.end && !lang.PlacePreps[toks[end].Fold] {
					end++
				}
				e = end
			}
			sc.add(&mention{i: i, j: e, kind: k, name: sc.text(i, e)})
		} else if k, ok := lang.NameKinds[toks[i].Fold]; ok && lang.HeadFirst {
			if e > i+1 && e < len(toks) && !toks[e].Cap && lang.RegionAdj[toks[e].Fold] {
				e++ // "l'Union du Maghreb arabe"
			}
			sc.add(&mention{i: i, j: e, kind: k, name: sc.text(i, e)})
		} else if k := innerKind(lang, toks, i, e); k != "" {
			// "International Federation of Journalists", "National Institute
			// of Standards and Technology"
			if h := sc.d.headedName(nameScan{lang: lang, d: sc.d, toks: toks, taken: sc.isTaken}, i, wsBodyHeads); h > e && !(lang.And.MatchAt(toks, e) > 0 && h-e > 2) {
				e = h // one more word after "and", not "Ministry of Social Development and Inland Revenue", two bodies
			}
			sc.add(&mention{i: i, j: e, kind: k, name: sc.text(i, e)})
		}
		i = e - 1
	}
}

// lowerHeaded adds, in a language that puts a name's head last, the
// name of an initiative made of capitalised words the rules do not know
// and a head word in lower case, which a verb of the frame table takes
// as its object after a definite article ("joined the OneLove
// campaign", "backed down over the Aurora pledge"). A known name before
// the head keeps it its own ("the Microsoft pledge").
func (sc *mentionScan) lowerHeaded() {
	toks, lang := sc.toks, sc.lang
	if lang.HeadFirst {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		e := capSpan(toks, i, sc.isTaken, lang, 3)
		if e == i || e >= len(toks) || toks[e].Cap || sc.isTaken(e) || !lang.is(wsNameHeads, &toks[e]) {
			continue
		}
		if !lang.is(wsDefinite, &toks[i-1]) || !sc.d.actedOn(toks, i) {
			i = e - 1
			continue
		}
		sc.add(&mention{i: i, j: e + 1, kind: pledgegraph.KindInitiative, name: sc.text(i, e+1)})
		i = e
	}
}

// quotedTitles adds the title in quotation marks that a verb of the
// frame table takes as its object, after a definite article ("adoptent le
// « document d'objectifs »", "adopted the "document of objectives""): an
// initiative's name, whatever its words, two to eight of them (a word
// alone in quotation marks is a term: « le laboratoire »).
func (sc *mentionScan) quotedTitles() {
	toks, fr := sc.toks, &sc.lang.Frames
	for q := 2; q+2 < len(toks); q++ {
		if !isQuote(toks[q].Text) || sc.isTaken(q+1) || toks[q+1].Punct {
			continue
		}
		if a := fr.articleStart(toks, q); a == q || !sc.lang.is(wsDefinite, &toks[a]) || !sc.d.actedOn(toks, q) {
			continue // not "subscribed to a "reference paper" of principles": a description
		}
		e := q + 1
		for e < len(toks) && e <= q+9 && !isQuote(toks[e].Text) && !sc.isTaken(e) && (!toks[e].Punct || isElision(toks[e].Text)) {
			e++
		}
		if e+2 < len(toks) && sc.lang.is(wsNamePreps, &toks[e+1]) && !sc.lang.PlacePreps[toks[e+1].Fold] && !sc.lang.calendarWord(toks[e+2]) && !toks[e+2].Number {
			continue // "supported the "overall goals" of the pledge": a term for a part of it
		}
		if e < len(toks) && isQuote(toks[e].Text) && e <= q+9 && e-q > 2 {
			sc.add(&mention{i: q + 1, j: e, kind: pledgegraph.KindInitiative, name: sc.text(q+1, e)})
			q = e
		}
	}
}

// regionalBody returns the end of a body's name from toks[i], in a
// language that puts a name's head first, made of its capitalised head
// and words in lower case that qualify it, the last of which names the
// region it serves ("l'Union monétaire ouest-africaine", "l'Agence
// spatiale africaine"), with no complement after them; or i.
func (sc *mentionScan) regionalBody(i int) int {
	toks, lang := sc.toks, sc.lang
	if !lang.HeadFirst || !toks[i].Cap || lang.NameKinds[toks[i].Fold] == "" {
		return i
	}
	end := i // a complement after it, but for a year ("en 1993"), or a capitalised word make it another name
	for a := i + 1; a < len(toks) && a <= i+4 && !toks[a].Cap && !toks[a].Punct && !sc.isTaken(a); a++ {
		switch {
		case sc.d.regionWord(toks, a) && !glued(toks, a+1):
			end = a + 1
		case lang.adjective(toks[a].Fold) || glued(toks, a+1):
		default:
			a = len(toks)
		}
	}
	if end < len(toks) && (lang.is(wsNamePreps, &toks[end]) && !(end+1 < len(toks) && toks[end+1].Number) || toks[end].Cap && !toks[end].Punct) {
		return i // "l'Agence spatiale européenne de Paris" is read with its complements; "l'Organisation internationale ITER" goes on
	}
	return end
}

// innerKind returns the kind that a head word inside the capitalised name
// toks[i:e] gives it, when a preposition of names and a capitalised
// complement follow the head there: "Federation" in "International
// Federation of Journalists", "Union" in "Union of Concerned Scientists";
// else "".
func innerKind(lang *Language, toks []Token, i, e int) pledgegraph.Kind {
	return headKindIn(lang, toks, i, e, func(h int) bool {
		return h+2 < e && lang.is(wsNamePreps, &toks[h+1]) && toks[h+2].Cap
	})
}

// stateEndedBodies joins a state's name to the two capitalised words or
// more right before it into one body's name: "Open Net Korea", "Mines
// Action Canada". One word before a state's name may be a company's
// branch ("Microsoft France"), and stays apart.
func (sc *mentionScan) stateEndedBodies() {
	toks, lang := sc.toks, sc.lang
	for k := 0; k < len(sc.ms); k++ {
		m := sc.ms[k]
		if !m.isKind(pledgegraph.KindState) {
			continue
		}
		b := m.i
		for b > 0 && toks[b-1].Cap && !toks[b-1].Punct && !sc.isTaken(b-1) && !lang.is(wsStop, &toks[b-1]) && !lang.calendarWord(toks[b-1]) {
			b--
		}
		if b == 0 && m.i > 2 && !sc.d.knownWordCase(toks[0]) {
			b++ // "Likez Business Insider France": the first word, capitalised nowhere else, may be a verb
		}
		if m.i-b < 2 {
			continue
		}
		kind := pledgegraph.KindOrganization
		for q := b; q < m.i; q++ {
			if h := lang.NameKinds[toks[q].Fold]; h != "" {
				kind = h
			}
		}
		sc.ms = slices.Delete(sc.ms, k, k+1)
		sc.add(&mention{i: b, j: m.j, kind: kind, name: sc.text(b, m.j)})
		k--
	}
}

// skipNationality returns where the name after an article and a
// nationality or a calling at toks[q] starts ("le Britannique Terry
// Davis", "the Tunisian Chedli Klibi", "the Jordanian physicist Khaled
// Toukan", "le physicien jordanien Khaled Toukan"), or q.
func (d *docState) skipNationality(toks []Token, q int) int {
	lang := d.x.Lang
	a := lang.Frames.article.at(toks, q)
	if a == 0 {
		return q
	}
	p := q + a
	_, n := d.x.Ref.Demonym(toks, p)
	p += n
	if p+1 < len(toks) && !toks[p].Cap && !toks[p].Punct && !toks[p].Number && !lang.is(wsStop, &toks[p]) {
		_, m := d.x.Ref.Demonym(toks, p+1) // a calling: "physicist", "le physicien jordanien"
		p += 1 + m
	}
	if p == q+a || p >= len(toks) || !toks[p].Cap || toks[p].Punct {
		return q
	}
	return p
}

// venueNear reports whether a preposition of place stands before the
// name at toks[i], or before a word or two that qualify it ("au tout
// nouveau Centre", "au Centre"): the name says where.
func (sc *mentionScan) venueNear(i int) bool {
	for b := i; b >= max(0, i-3); b-- {
		if sc.lang.venueBefore(sc.toks, b) {
			return true
		}
		if b < i && (sc.toks[b].Cap || sc.toks[b].Punct) {
			return false
		}
	}
	return false
}

// abbrevFirstName reports whether the month's abbreviation at toks[i],
// written without its period, opens a person's name: a capitalised word
// that is no date follows ("Jan Smuts", not "Jan. 5" nor "Jan 2020").
func (l *Language) abbrevFirstName(toks []Token, i int) bool {
	if !l.Abbrev[toks[i].Fold] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Cap && !n.Punct && !n.Number && !l.calendarWord(n)
}

// calendarWord reports whether t names a day of the week or a month,
// capitalised before a name ("On Monday France signed").
func (l *Language) calendarWord(t Token) bool {
	_, day := l.Weekdays[t.Fold]
	_, month := l.Months[t.Fold]
	return day || month
}

// stateNamedBody returns where a body's name starts that opens with a
// state's name found already, and ends at e with a word that types it
// as a body's ("France Télécom", "Kenya Internet Society"): the
// state's mention gives way. It returns i when no state's name stands right before
// toks[i].
func (sc *mentionScan) stateNamedBody(i, e int) int {
	toks := sc.toks
	if i == 0 || e <= i || toks[i-1].End == toks[i].Start {
		return i
	}
	if k := sc.lang.NameKinds[toks[e-1].Fold]; k == "" || k == pledgegraph.KindInitiative {
		return i
	}
	k := slices.IndexFunc(sc.ms, func(m *mention) bool {
		return m.j == i && m.j-m.i == 1 && m.isKind(pledgegraph.KindState)
	})
	if k < 0 || sc.ms[k].i > 0 && toks[sc.ms[k].i-1].Cap && !toks[sc.ms[k].i-1].Punct {
		return i
	}
	b := sc.ms[k].i
	sc.ms = slices.Delete(sc.ms, k, k+1)
	sc.taken[b] = false
	return b
}

// lowerBodies adds the bodies named in lower case by a common noun of
// the lexicon and a nationality, with at most two adjectives between:
// "la police nationale néerlandaise", "the Dutch national police". The
// nationality makes the noun a name.
func (sc *mentionScan) lowerBodies() {
	toks, lang := sc.toks, sc.lang
	adj := func(q int) bool {
		return q >= 0 && q < len(toks) && !toks[q].Cap && !toks[q].Punct && !sc.isTaken(q) && !lang.is(wsStop, &toks[q])
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].Cap || !lang.LowerBodies[toks[i].Fold] || sc.isTaken(i) {
			continue
		}
		for e := i + 1; e < len(toks) && e <= i+3; e++ { // "police nationale néerlandaise"
			if !toks[e].Cap && sc.d.isDemonym(toks, e) {
				sc.add(&mention{i: i, j: e + 1, kind: pledgegraph.KindOrganization, name: sc.text(i, e+1)})
				break
			}
			if !adj(e) {
				break
			}
		}
		for b := i - 1; b >= 0 && b >= i-3; b-- { // "Dutch national police"
			if toks[b].Cap && sc.d.isDemonym(toks, b) && !sc.isTaken(b) {
				sc.add(&mention{i: b, j: i + 1, kind: pledgegraph.KindOrganization, name: sc.text(b, i+1)})
				break
			}
			if !adj(b) {
				break
			}
		}
	}
}

// ampersandList returns where the name [i, e) ends when an "&" joins
// its words: before a conjunction after the "&", which starts another
// name ("Center for Democracy & Technology and Global Partners
// Digital"); else e.
func ampersandList(toks []Token, i, e int, lang *Language) int {
	amp := false
	for q := i; q < e; q++ {
		switch {
		case toks[q].Text == "&":
			amp = true
		case amp && lang.is(wsAndJoin, &toks[q]):
			return q
		}
	}
	return e
}

// triggerListNames adds the unknown names of a list that a support or
// launch verb has for actors: "OVHcloud, Scaleway and Hetzner are among
// the signatories".
func (sc *mentionScan) triggerListNames(s *Sentence) {
	var notName []bool // read once, when a list is found
	list := func(tr trig) {
		if notName == nil {
			notName = sc.notNames()
		}
		sc.actorList(s, tr, notName)
	}
	for _, p := range []pledgegraph.Predicate{pledgegraph.Supports, pledgegraph.Launched} {
		for _, tr := range sc.d.triggers(sc.toks, p) {
			list(tr)
		}
	}
	if q := sc.possessedStance(); q >= 0 {
		list(trig{t: &Trigger{}, i: q, j: q + 1})
	}
	for _, p := range sc.listsAfterHolders() {
		list(trig{t: &Trigger{Passive: true}, i: p, j: p})
	}
	for _, p := range sc.agentsAfterParticiples() {
		list(trig{t: &Trigger{Passive: true}, i: p, j: p})
	}
	for _, p := range sc.subjectsAmongHolders() {
		list(trig{t: &Trigger{}, i: p, j: p})
	}
	for _, p := range sc.firstToAct() {
		list(trig{t: &Trigger{}, i: p, j: p})
	}
}

// subjectsAmongHolders returns where the copula starts that says its
// subject is among the holders of an initiative or the actors counted
// ("The North Face was among the first companies to join", "X figure
// parmi les signataires"): the names before it are actors.
func (sc *mentionScan) subjectsAmongHolders() []int {
	fr, toks := &sc.lang.Frames, sc.toks
	var out []int
	for q := 1; q < len(toks); q++ {
		n := fr.among.at(toks, q)
		if n == 0 {
			continue
		}
		for h := q + n; h < len(toks) && h <= q+n+4 && !toks[h].Cap && !toks[h].Punct; h++ { // not "one of Caracas's closest allies"
			if _, m := fr.member.match(toks, h); m > 0 || sc.lang.CountNouns[toks[h].Fold] != "" {
				if _, c := fr.copula.endingAt(toks, q, 3); c > 0 {
					out = append(out, c)
				}
				break
			}
		}
		q += n - 1
	}
	return out
}

// firstToAct returns where the copula starts that makes its subject the
// first of a kind to act on an initiative: "Primark was the first brand
// to sign it", "H&M became the first major brand to sign", "Primark a
// été la première entreprise à le signer": the names before it are
// actors.
func (sc *mentionScan) firstToAct() []int {
	fr, lang, toks := &sc.lang.Frames, sc.lang, sc.toks
	var out []int
	for q := 1; q < len(toks); q++ {
		_, c := fr.copula.match(toks, q)
		if kind, a := fr.aux.match(toks, q); c == 0 && kind == auxBe {
			c = a // "a été la première entreprise à le signer"
		}
		if c == 0 {
			continue
		}
		p := q + c + fr.article.at(toks, q+c)
		if p >= len(toks) || lang.ordinalAt(toks, p) == 0 {
			continue
		}
		for k := p + 1; k < len(toks) && k <= p+4 && !toks[k].Cap && !toks[k].Punct; k++ {
			if lang.InfMark.MatchAt(toks, k) == 1 && sc.supportVerbAt(k+1) {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

// supportVerbAt reports whether a verb of the frame table by which actors
// support an initiative starts at toks[q], a pronoun object perhaps
// before it ("à le signer").
func (sc *mentionScan) supportVerbAt(q int) bool {
	fr := &sc.lang.Frames
	q += fr.article.at(sc.toks, q) // "à le signer", "à la rejoindre"
	if lemma, n := fr.verbs.match(sc.toks, q); n > 0 {
		f := fr.frameOf(lemma)
		return f != nil && f.Predicate == pledgegraph.Supports && !f.Negative
	}
	return false
}

// agentsAfterParticiples returns where the agents of the frame table's
// participles start, words of circumstance perhaps between: "the
// partnership was founded by ARIB, TTC and ATIS", "le réseau, mis en place
// par A et B", "launched on June 17 by A, B and C"; and those who
// followed the actors before them ("…, followed by Patagonia and REI").
func (sc *mentionScan) agentsAfterParticiples() []int {
	fr := &sc.lang.Frames
	var out []int
	for q := 0; q < len(sc.toks); q++ {
		if _, n := fr.parts.match(sc.toks, q); n > 0 {
			if a := agentAhead(sc.toks, q+n, fr); a > 0 {
				out = append(out, a)
			}
		}
		if n := fr.follow.at(sc.toks, q); n > 0 && q > 0 && sc.toks[q-1].Text == "," {
			out = append(out, q+n) // "Microsoft joined, followed by Patagonia and REI"
		}
	}
	return out
}

// listsAfterHolders returns where the lists start that a membership noun
// or a verb of staying out introduces with a copula or a colon a few
// words on ("les absents sont A et B", "Notably absent from the list of
// signatories was Midjourney", "Parmi les absents figurent A et B"), or
// a relative clause of support ("Parmi les entreprises qui se sont
// engagées figurent A et B").
func (sc *mentionScan) listsAfterHolders() []int {
	fr := &sc.lang.Frames
	var out []int
	for q := 0; q < len(sc.toks); q++ {
		_, n := fr.member.match(sc.toks, q)
		if m := fr.stayOutAt(sc.toks, q); m > 0 {
			n = m
		}
		if n == 0 {
			n = sc.relativeStance(q)
		}
		if n == 0 {
			continue
		}
		for p := q + n; p < len(sc.toks) && p < q+n+6; p++ {
			if c := fr.copula.at(sc.toks, p); c > 0 || sc.toks[p].Text == ":" {
				p += max(c, 1)
				if c > 0 && p < len(sc.toks) && sc.toks[p].Text == ":" {
					p++ // "The founding members are: A, B"
				}
				out = append(out, p+fr.listIn.at(sc.toks, p)) // "figurent notamment A"
				break
			}
		}
		q += n - 1
	}
	return out
}

// relativeStance returns the length of the verb of support at toks[q]
// when a relative pronoun opens its clause a few words before ("les
// entreprises qui se sont engagées figurent", "the companies that have
// signed are"), or 0.
func (sc *mentionScan) relativeStance(q int) int {
	fr := &sc.lang.Frames
	lemma, n := fr.verbs.matchGap(sc.toks, q, &fr.adverb)
	if f := fr.frameOf(lemma); n == 0 || f == nil || f.Predicate != pledgegraph.Supports || f.Negative {
		return 0
	}
	for p := q - 1; p >= 0 && p >= q-4; p-- {
		if sc.lang.is(wsRelPron, &sc.toks[p]) {
			return n
		}
	}
	return 0
}

// possessedStance returns where the verbs start that stand before a
// stance noun after a possessive ("Mitsubishi Heavy Industries has
// announced its accession", "X a annoncé son adhésion"): the names before
// them are its holder. It returns -1 when the sentence has none.
func (sc *mentionScan) possessedStance() int {
	fr, toks := &sc.lang.Frames, sc.toks
	for q := 1; q < len(toks); q++ {
		if fr.nouns.at(toks, q) == 0 || fr.possDet.at(toks, q-1) != 1 {
			continue
		}
		p := q - 1
		for steps := 0; steps < 4 && p > 0; steps++ {
			_, a := fr.aux.endingAt(toks, p, 3)
			_, r := fr.report.endingAt(toks, p, 3)
			_, v := fr.adverb.endingAt(toks, p, 2)
			b := max(a, r, v)
			if b < 0 {
				break
			}
			p = b
		}
		if p < q-1 {
			return p
		}
	}
	return -1
}

// notNames marks the tokens that are not names: titles and the remit of
// their office, nationalities, what stands in brackets, places after a
// venue word ("based in Geneva").
func (sc *mentionScan) notNames() []bool {
	d, toks, lang := sc.d, sc.toks, sc.lang
	notName := sc.d.flags(len(toks) + 1)
	paren := false
	for q := range toks {
		if toks[q].Text == "(" {
			paren = true
		}
		if toks[q].Text == ")" {
			paren = false
		}
		notName[q] = notName[q] || paren || d.isDemonym(toks, q)
		if _, n := d.titleMatch(toks, q); n > 0 {
			// the office and its remit: "Minister of Justice and Digital Affairs of Estonia"
			_, end := d.complement(toks, q+n, sc.ms)
			for k := q; k < max(q+n, end); k++ {
				notName[k] = true
			}
		}
		if n := lang.Venue.MatchAt(toks, q); n > 0 && q+n < len(toks) {
			notName[q+n] = true
		}
		notName[q] = notName[q] || headRef(lang, toks, q)
		for k, e := q+1, remitEnd(lang, toks, q); k < e; k++ {
			notName[k] = true // "les ministres des Finances du G7"
		}
	}
	return notName
}

// remitEnd returns the end of the remit, in capitalised words, that
// follows a word of a title a portfolio may follow at toks[q]
// ("ministres des Affaires étrangères", "ministers for Digital Affairs"),
// or in the lower-case words of a field ("ministres de l'économie"), or
// q when none does. The remit ends before a preposition that names
// whose office it is ("du Canada", "of the G7").
func remitEnd(lang *Language, toks []Token, q int) int {
	if !lang.PortfolioHead[toks[q].Fold] || q+2 >= len(toks) || !lang.PortfolioOpen[toks[q+1].Fold] {
		return q
	}
	k, caps := q+1, 0
	for k+1 < len(toks) && k-q < 8 {
		t := &toks[k+1]
		if t.Cap && !t.Punct || lang.PortfolioField[t.Fold] {
			caps++ // "ministers of economy of Guatemala": a field in lower case too
		} else if caps > 0 && lang.ownerPrep(t.Fold) || !lang.PortfolioGlue[t.Fold] && !(caps > 0 && !t.Cap && !t.Punct && !lang.is(wsStop, t)) {
			break
		}
		k++
	}
	if caps == 0 {
		return q
	}
	return k + 1
}

// timeBefore returns where the words before a verb that say when
// ("on Wednesday", ", on Wednesday, May 8,") end, walking back from
// toks[q], or q when there are none: "CISA on Wednesday unveiled".
func (sc *mentionScan) timeBefore(q int) int {
	toks, lang := sc.toks, sc.lang
	p, seen := q, false
	for ; p >= 0; p-- {
		t := &toks[p]
		_, day := lang.Weekdays[t.Fold]
		_, month := lang.Months[t.Fold]
		if day || month && t.Cap {
			seen = true
		} else if !(t.Number || t.Text == ",") {
			break
		}
	}
	if !seen || p < 0 || toks[p].Cap || !lang.is(wsStop, &toks[p]) {
		return q
	}
	if p--; p >= 0 && toks[p].Text == "," {
		p--
	}
	return p
}

// elidedWord reports whether the span [b, e) opens with an elided word
// before a lower-case one, a pronoun and its verb rather than a name:
// "C'est la Chine qui a signé" (not "L'Oréal").
func (sc *mentionScan) elidedWord(b, e int) bool {
	toks := sc.toks
	if !sc.lang.is(wsElisions, &toks[b]) {
		return false
	}
	for k := b + 1; k < e; k++ {
		if !toks[k].Punct {
			return !toks[k].Cap
		}
	}
	return false
}

// adverbsBefore returns where the words of the verb group that end at
// toks[q] begin (see verbGroup.extendLeft: adverbs, auxiliaries,
// negation, clitics, governing verbs), less one: "Quorvex later
// withdrew", "Quorvex a ensuite rejoint", "Quorvex ne l'a pas signé",
// "Quorvex declined to sign"; or q when there are none.
func (sc *mentionScan) adverbsBefore(q int) int {
	g := verbGroup{i: q + 1}
	g.extendLeft(sc.toks, sc.lang)
	if g.reflexive {
		return q // "OpenStand, qui se présente": the reflexive's subject is the relative's antecedent
	}
	return g.i - 1
}

// openingName reports whether the one capitalised word opening a
// sentence, toks[0], is a name of the list of actors of the trigger tr
// though the text writes it nowhere else with a capital: it opens the
// list of actors (the verb, or a conjunction and a name, follows it:
// "Zenvia and Motorola signed", "Brelant later withdrew"), it does not
// look like a plural common noun ("Officials declined"), and the text
// never writes it in lower case ("Industry backed …, as industry did").
func (sc *mentionScan) openingName(b int, tr trig) bool {
	toks, lang := sc.toks, sc.lang
	t := toks[b]
	if b != 0 || len(toks) < 2 || strings.HasSuffix(t.Fold, "s") || lang.Stop[t.Fold] || len(t.Text) < 3 || strings.ContainsAny(t.Text, "'’") || !sc.d.opensSentence(t.Start) {
		return false
	}
	if fr := &lang.Frames; fr.allPron.at(toks, 0) > 0 || fr.negQ.at(toks, 0) > 0 || fr.pronoun.at(toks, 0) > 0 || slices.ContainsFunc(lang.AdvEndings, func(e string) bool { return strings.HasSuffix(t.Fold, e) }) {
		return false // "Both have joined", "Officially, …"
	}
	next := sc.adverbsBefore(tr.i-1) == b
	if !next && !(lang.And.MatchAt(toks, 1) == 1 && sc.isTaken(2)) {
		return false
	}
	return !sc.d.wordWhere(strings.ToLower(t.Text), func(int) bool { return true })
}

// opensSentence reports whether the text's offset i opens a sentence:
// nothing but spaces stands between it and the period, the line's end
// or the quote before it.
func (d *docState) opensSentence(i int) bool {
	j := strings.TrimRight(d.text[:i], " ")
	return j == "" || strings.ContainsAny(j[len(j)-1:], ".!?\n\"«“")
}

// titleApposed reports whether the name [b, e), of two or three words,
// stands in apposition after a title and its complement, between commas
// or before a verb: "Japan's ambassador to the United States, Shinsuke
// Sugiyama, signed". It names a person.
func (sc *mentionScan) titleApposed(b, e int) bool {
	toks := sc.toks
	if !sc.d.personLike(toks, b, e) || b < 2 || toks[b-1].Text != "," {
		return false
	}
	for q := b - 2; q >= 0 && q >= b-7; q-- {
		if toks[q].Punct && !sc.isTaken(q) {
			return false
		}
		if n := sc.d.titleAt(toks, q); n > 0 && !sc.isTaken(q) {
			return true
		}
	}
	return false
}

// actorList adds, as guessed organisations, the capitalised names of the
// list of actors of the trigger tr: before it, or after a passive one.
func (sc *mentionScan) actorList(s *Sentence, tr trig, notName []bool) {
	d, toks, lang := sc.d, sc.toks, sc.lang
	var q int
	step := -1
	if tr.t.Passive {
		q, step = tr.j, 1
	} else {
		q = sc.adverbsBefore(sc.timeBefore(tr.i - 1))
	}
	for n := 0; q >= 0 && q < len(toks) && n < 40; n++ {
		t := toks[q]
		if c := sc.countedColon(q); step > 0 && c > q {
			q = c // "porté par deux associations européennes : le CISPE et …"
			continue
		}
		if step < 0 && t.Text == "," && sc.fronted(q) {
			break // "After Rana Plaza, H&M became the first …": a phrase put before the subject
		}
		if sc.isTaken(q) || lang.glue(t) || lang.is(wsStop, &t) && !t.Cap || sc.demonymAfterName(q) || step > 0 && (sc.dateWord(q) || sc.ofState(q)) {
			q += step
			continue
		}
		if !t.Cap || t.Punct || notName[q] {
			break
		}
		if step > 0 && q > 0 && sc.isTaken(q-1) && !toks[q-1].Punct && slices.ContainsFunc(sc.ms, func(m *mention) bool {
			return m.j == q && m.isKind(pledgegraph.KindOrganization, pledgegraph.KindCompany)
		}) {
			break // "adopted by the OECD Council": the known body's own word, no new name (but "the Kenya ICT Action Network")
		}
		b := q
		if step < 0 {
			for b > 0 && (toks[b-1].Cap && !toks[b-1].Punct || b > 1 && toks[b-1].Text == "&" && toks[b-2].Cap) && !sc.isTaken(b-1) && !notName[b-1] && b > q-3 {
				b-- // "Marks & Spencer": an ampersand joins a firm's names
			}
			if b == 0 && b+1 == q && lang.is(wsStop, &toks[b]) && toks[q].Upper {
				b = q // "The XYZW signed": the article opening the sentence is no word of an acronym
			} else if b == 0 && b+2 <= q && lang.is(wsStop, &toks[b]) {
				b = 1 // "The North Face was among the first": the article opening the sentence is no word of the name
			}
		}
		e := capSpan(toks, b, sc.isTaken, lang, 4)
		if e <= b || (step < 0 && e < q+1) {
			break
		}
		if _, num := lang.Numbers[toks[b].Fold]; num || lang.is(wsStop, &toks[b]) || lang.Honorifics[toks[b].Fold] || slices.Contains(notName[b:e], true) || sc.elidedWord(b, e) {
			break
		}
		if b > 0 && !toks[b-1].Cap {
			if _, counted := lang.Numbers[toks[b-1].Fold]; counted {
				break // "The seven Presidents signed", « les sept Présidents »: a count of people, no body's name
			}
		}
		if e == b+1 && lang.NameKinds[toks[b].Fold] != "" && step > 0 {
			break // "par le Comité technique spécialisé de l'UA": a head alone is no name
		}
		if (b == 0 || toks[b-1].Text == "«" || toks[b-1].Text == "“") && e == b+1 && !s.Heading && !d.x.Ref.FirstName(toks[b].Text) && strings.ToLower(toks[b].Text[1:]) == toks[b].Text[1:] && step < 0 {
			// one capitalised word opening a sentence ("Cybersecurity and …")
			// or a quotation (« On a signé ») may be any word
			if k := lang.NameKinds[toks[b].Fold]; k == "" && !d.knownWordCase(toks[b]) && !sc.openingName(b, tr) {
				break
			}
		}
		kind := pledgegraph.KindOrganization
		if sc.titleApposed(b, e) {
			kind = pledgegraph.KindPerson // "Japan's envoy to France, Shinsuke Sugiyama, signed"
		} else if strings.Contains(sc.text(b, e), "&") {
			kind = pledgegraph.KindCompany // "Marks & Spencer", "H&M": a firm's names
		}
		sc.add(&mention{i: b, j: e, kind: kind, name: sc.text(b, e), guess: kind == pledgegraph.KindOrganization})
		if step < 0 {
			q = b - 1
		} else {
			q = e
		}
	}
}

// fronted reports whether the tokens before the comma at toks[c] are a
// phrase put before the subject: a preposition or a function word other
// than an article opens the sentence, and no verb follows it ("After
// Rana Plaza,", "Selon Acme,").
func (sc *mentionScan) fronted(c int) bool {
	fr, toks := &sc.lang.Frames, sc.toks
	if c < 2 || !(fr.prep.at(toks, 0) > 0 || sc.lang.is(wsStop, &toks[0])) || fr.article.at(toks, 0) > 0 {
		return false
	}
	for k := 1; k < c; k++ {
		if toks[k].Punct || fr.verbWord(toks, k) {
			return false
		}
	}
	return true
}

// ofState reports whether toks[q] is a preposition of owner between a
// name and a state or place that qualifies it (see placeAfter), which
// does not end the list: "founded by ARIB and TTC of Japan, ATIS".
func (sc *mentionScan) ofState(q int) bool {
	return q > 0 && sc.isTaken(q-1) && placeAfter(sc.lang, sc.toks, sc.ms, q) != nil
}

// demonymAfterName reports whether toks[q] is a lower-case nationality
// adjective right after a name, which qualifies the name and does not end
// the list: "le FBI américain et la National Crime Agency britannique".
func (sc *mentionScan) demonymAfterName(q int) bool {
	return q > 0 && !sc.toks[q].Cap && (sc.toks[q-1].Cap || sc.isTaken(q-1)) && sc.d.isDemonym(sc.toks, q)
}

// countedColon returns the token after the colon that closes a counted
// noun at toks[q] ("deux associations européennes :", "three companies:"),
// a few words on; or q.
func (sc *mentionScan) countedColon(q int) int {
	n := sc.d.countedItem(sc.toks, q)
	if n == 0 {
		return q
	}
	for c := q + n; c < len(sc.toks) && c <= q+n+2; c++ {
		if sc.toks[c].Text == ":" {
			return c + 1
		}
		if sc.toks[c].Punct || sc.toks[c].Cap {
			break
		}
	}
	return q
}

// dateWord reports whether toks[q] is a word of a date: a weekday, a
// month or a number ("lancé lundi par", "signed on 12 May by").
func (sc *mentionScan) dateWord(q int) bool {
	t := &sc.toks[q]
	_, day := sc.lang.Weekdays[t.Fold]
	_, month := sc.lang.Months[t.Fold]
	return day || month || t.Number
}

// passiveTheme adds, as an initiative, the unknown capitalised name after
// a definite article that a passive verb of launching at toks[i:i+n]
// tells of, when an agent follows: "Le Safe Harbor avait été mis en place
// en 2000 par la Commission", "The Safe Harbor was set up by". A person's
// name takes no article.
func (sc *mentionScan) passiveTheme(i, n int) {
	toks, fr := sc.toks, &sc.lang.Frames
	q := i
	for k := 0; k < 4 && q > 0 && !toks[q-1].Cap && !toks[q-1].Punct; k++ {
		m := max(fr.aux.endingAt2(toks, q), fr.adverb.endingAt2(toks, q))
		if m < 0 {
			break
		}
		q = m // "avait été", "was later"
	}
	if q == i {
		return // no auxiliary: no passive
	}
	e := q
	b := e
	for b > 0 && e-b < 4 && toks[b-1].Cap && !toks[b-1].Punct && !sc.isTaken(b-1) && !sc.lang.is(wsStop, &toks[b-1]) {
		b--
	}
	if b == e || e-b < 2 || b == 0 || !sc.lang.Definite[toks[b-1].Fold] || sc.d.x.Ref.FirstName(toks[b].Text) {
		return
	}
	agent := false
	for k := i + n; k < len(toks) && k < i+n+6 && !agent; k++ {
		agent = fr.agent.at(toks, k) > 0
	}
	if agent {
		sc.add(&mention{i: b, j: e, kind: pledgegraph.KindInitiative, name: sc.text(b, e)})
	}
}

// joinedNames adds, as guessed organisations, the unknown capitalised
// names right after a verb of joining or leaving: "Washington s'est
// retiré du Hybrid CoE", "Finland joined the Hybrid CoE".
func (sc *mentionScan) joinedNames() {
	fr, toks := &sc.lang.Frames, sc.toks
	for i := 0; i < len(toks); i++ {
		lemma, n := fr.verbs.matchGap(toks, i, &fr.adverb)
		f := fr.frameOf(lemma)
		if n == 0 || f == nil || f.Lemma != "join" && f.Lemma != "withdraw" {
			continue
		}
		p := i + n
		p += fr.article.at(toks, p)
		if p >= len(toks) || sc.isTaken(p) || sc.lang.is(wsInitHeads, &toks[p]) {
			continue
		}
		if e := capSpan(toks, p, sc.isTaken, sc.lang, 4); e > p && isObjectEnd(toks, e, fr) {
			sc.add(&mention{i: p, j: e, kind: pledgegraph.KindOrganization, name: sc.text(p, e), guess: true})
		}
		i = p
	}
}

// quotedTitle returns the closing quote of a title that opens with a
// quote at toks[p] (and a capital after it, with capital), at most
// fifteen words and no name found inside (see closingQuote); or p.
func (sc *mentionScan) quotedTitle(p int, capital bool) int {
	toks := sc.toks
	if p+2 >= len(toks) || !isQuote(toks[p].Text) || capital && !toks[p+1].Cap || toks[p+1].Punct {
		return p
	}
	e := closingQuote(toks, p, 15)
	for q := p + 1; q < e; q++ {
		if sc.isTaken(q) {
			return p
		}
	}
	return e
}

// supportVerb returns the length of a verb of the frame table that
// states support at toks[i] and is no participle of a passive ("a
// adopté", "endorsed"), or 0.
func (sc *mentionScan) supportVerb(i int) int {
	fr := &sc.lang.Frames
	lemma, n := fr.verbs.matchGap(sc.toks, i, &fr.adverb)
	if f := fr.frameOf(lemma); n == 0 || f == nil || f.Predicate != pledgegraph.Supports || f.Negative {
		return 0
	}
	return n
}

// launchedNames adds the names of initiatives after a launch trigger: "a
// lancé un Appel à l'action pour X"; after a trigger of support, a quoted
// title ("signed an "Affirmation of Commitments"").
func (sc *mentionScan) launchedNames() {
	d, toks, lang := sc.d, sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		if lemma, n := lang.Frames.parts.match(toks, i); n > 0 {
			if f := lang.Frames.frameOf(lemma); f != nil && f.Predicate == pledgegraph.Launched {
				sc.passiveTheme(i, n) // "Le Safe Harbor avait été mis en place en 2000 par"
			}
		}
		tr, n := d.triggerAt(toks, i, pledgegraph.Launched)
		signed := false
		if n == 0 {
			tr, n = d.triggerAt(toks, i, pledgegraph.Supports)
			signed = true
		}
		if n == 0 {
			n = sc.supportVerb(i) // "a adopté mardi le « Privacy Shield »"
			tr = &Trigger{}
		}
		if n == 0 || tr.Passive {
			continue
		}
		p := i + n
		for p+1 < len(toks) {
			if _, day := lang.Weekdays[toks[p].Fold]; !day && !lang.LaunchDet[toks[p].Fold] {
				break
			}
			p++ // "ont dévoilé mercredi « OpenStand »", "ont signé mercredi une « Affirmation »"
		}
		if e := sc.quotedTitle(p, true); e > p {
			sc.add(&mention{i: p + 1, j: e, kind: pledgegraph.KindInitiative, name: sc.text(p+1, e)})
			continue // "unveiled "OpenStand: the Modern Paradigm for Standards""
		}
		if !signed && p < len(toks) && sc.isTaken(p) {
			sc.launchedBody(p)
			continue
		}
		if !signed && p < len(toks) && !lang.is(wsInitHeads, &toks[p]) {
			if sc.launchVerb(i) {
				sc.launchedUnknown(p)
			}
			continue
		}
		if signed || p >= len(toks) || sc.isTaken(p) || !toks[p].Cap || !lang.is(wsInitHeads, &toks[p]) {
			continue
		}
		e := p + 1
		for e < len(toks) && e-p < 14 && !sc.isTaken(e) && !lang.RelPron[toks[e].Fold] && !(toks[e].Punct && toks[e].Text != "'") {
			if _, ok := lang.Weekdays[toks[e].Fold]; ok {
				break
			}
			if sc.dateWord(e) && lang.is(wsStop, &toks[e-1]) {
				break // "a présenté l'Acte de Contadora le 7 septembre": a date after the name
			}
			e++
		}
		for e > p+1 && lang.is(wsStop, &toks[e-1]) {
			e--
		}
		if e-p >= 2 {
			sc.add(&mention{i: p, j: e, kind: pledgegraph.KindInitiative, name: sc.text(p, e)})
		}
	}
}

// launchedUnknown adds, as an initiative, the unknown name of at most
// two words right after a verb of launching that ends its object ("a
// lancé Gaia-X en juin", "unveiled Internet.org in August"): what is
// launched is an initiative; not a person's name, nor in a sentence
// about attacks.
func (sc *mentionScan) launchedUnknown(p int) {
	toks := sc.toks
	e := capSpan(toks, p, sc.isTaken, sc.lang, 2)
	if e == p || e < len(toks) && !toks[e].Punct && sc.lang.Frames.prep.at(toks, e) == 0 || sc.d.personLike(toks, p, e) && !glued(toks, p+1) || sc.aboutAttacks() {
		return
	}
	sc.add(&mention{i: p, j: e, kind: pledgegraph.KindInitiative, name: sc.text(p, e)})
}

// titleName adds, in a headline of a text that names no initiative the
// rules know, the capitalised words before its colon as the initiative's
// name ("World IPv6 Launch: what the 6 June switch-on means"): two to
// five words (a hyphenated part is none of its own), none a name found
// already.
func (sc *mentionScan) titleName() {
	toks := sc.toks
	if !sc.d.bare {
		return
	}
	c := slices.IndexFunc(toks, func(t Token) bool { return t.Text == ":" })
	if c < 2 || c > 5 {
		return
	}
	words := 0
	for q := range c {
		if sc.isTaken(q) || toks[q].Punct || !toks[q].Cap && !toks[q].Number && !glued(toks, q) || sc.lang.is(wsStop, &toks[q]) {
			return
		}
		if !glued(toks, q) {
			words++
		}
	}
	if words < 2 {
		return // "Maroc-Israël : …": the parties of a story
	}
	sc.add(&mention{i: 0, j: c, kind: pledgegraph.KindInitiative, name: sc.text(0, c)})
}

// launchVerb reports whether a verb of the frame table that states a
// launch stands at toks[i] ("a lancé", "unveiled"; not "à l'origine
// de").
func (sc *mentionScan) launchVerb(i int) bool {
	fr := &sc.lang.Frames
	lemma, n := fr.verbs.matchGap(sc.toks, i, &fr.adverb)
	f := fr.frameOf(lemma)
	return n > 0 && f != nil && f.Predicate == pledgegraph.Launched
}

// aboutAttacks reports whether the sentence speaks of attacks or
// accuses someone: what is launched there may be an attack ("le groupe
// Lazarus à l'origine de WannaCry", after "accusée d'avoir soutenu").
func (sc *mentionScan) aboutAttacks() bool {
	for i := range sc.toks {
		if sc.lang.Attack[sc.toks[i].Fold] {
			return true
		}
		if _, n := sc.d.triggerAt(sc.toks, i, pledgegraph.Accused); n > 0 {
			return true
		}
	}
	return false
}

// launchedBody retypes as an initiative the unknown organisation whose
// name starts at token p, right after a verb of launching: what is
// launched is an initiative, a body among them ("launched the Digital
// Cooperation Organization", "ont lancé l'Organisation de coopération
// numérique"); a body the reference data knows stays one.
func (sc *mentionScan) launchedBody(p int) {
	for _, m := range sc.ms {
		if m.i == p && m.kind == pledgegraph.KindOrganization && m.entry == nil && len(m.cands) == 0 && m.j-m.i >= 2 {
			m.kind = pledgegraph.KindInitiative
		}
	}
}

// finish orders the mentions, resolves the ambiguous ones, adds the
// guesses of lists and drops the mentions that name nothing: metonyms
// and unresolved ambiguous names.
func (sc *mentionScan) finish(stance bool) []*mention {
	d, toks, ms := sc.d, sc.toks, sc.ms
	sortMentions(ms)
	d.headBefore(toks, ms)
	ms = d.knownAs(toks, ms)
	d.resolveCandidates(toks, ms, stance)
	if stance {
		d.cityActors(toks, ms)
	}
	if g := d.listGuesses(toks, ms); len(g) > 0 {
		ms = append(ms, g...)
		sortMentions(ms)
	}
	kindsBeside(sc.lang, toks, ms)
	ms = sc.subsidiaries(ms)
	attributive(sc.lang, toks, ms)
	out := ms[:0]
	for _, m := range ms {
		if m.entry == nil && m.name == "" && m.id == "" {
			continue
		}
		if m.entry == nil && m.j-m.i == 1 && d.regionWord(toks, m.i) && m.j < len(toks) && !toks[m.j].Cap && !toks[m.j].Punct {
			continue // "the European suppliers": an adjective, no name
		}
		if m.entry == nil && m.j-m.i == 1 && sc.lang.CommonAcronyms[toks[m.i].Fold] {
			continue // "AI and security experts": a common noun
		}
		if m.entry == nil && sc.heading && (m.kind != pledgegraph.KindInitiative || m.j-m.i > 3) && d.unshouted(toks, m.i, m.j) == m.i {
			continue // "NOTES OF THE WEEK": a column's title; but "THE SEAL TREATY: A VICTORY HALF WON" names the convention
		}
		if m.entry != nil && m.entry.Kind == pledgegraph.KindPlace && m.j-m.i == 1 && m.i > 0 && sc.lang.Honorifics[toks[m.i-1].Fold] && !sc.isTaken(m.i-1) {
			m.entry, m.cands, m.kind, m.name = nil, nil, pledgegraph.KindPerson, sc.text(m.i, m.j) // "Lord Halifax", "lord Reading": a peer named after a town
		}
		sc.acronymCue(m)
		if m.entry == nil && m.kind == pledgegraph.KindPerson && d.titleAt(toks, m.i) == m.j-m.i {
			continue // "The Prime Minister, Mr Hawke,": a title, no one's name
		}
		if m.entry == nil && m.kind == pledgegraph.KindPerson && sc.bodyWordIn(m) {
			m.kind = pledgegraph.KindOrganization // "the California Institute of Technology, Professor C. F. Powell": a body's name
		}
		out = append(out, m)
	}
	return out
}

// bodyWordIn reports whether a capitalised word that types an
// organisation ("Institute", "University") stands inside m's name.
func (sc *mentionScan) bodyWordIn(m *mention) bool {
	for q := m.i; q < m.j; q++ {
		if t := &sc.toks[q]; t.Cap && sc.lang.NameKinds[t.Fold] == pledgegraph.KindOrganization {
			return true
		}
	}
	return false
}

// subsidiaries joins a company's name and the one-word name of a state
// right after it: "Nestle USA", "Microsoft France" name the company's
// arm in that country, one company, and the state is no actor.
func (sc *mentionScan) subsidiaries(ms []*mention) []*mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.isKind(pledgegraph.KindCompany) && !m.guess {
			if n := ms[k+1]; n.i == m.j && n.j == n.i+1 && n.isKind(pledgegraph.KindState) && !n.metonym && sc.toks[n.i].Cap {
				m.j, m.entry, m.cands, m.id = n.j, nil, nil, ""
				m.kind, m.name = pledgegraph.KindCompany, sc.text(m.i, m.j)
				k++
			}
		}
		out = append(out, m)
	}
	return out
}

// acronymCue takes out of the name of m the abbreviation of a kind
// that opens it: "l'ONG Partnership Africa Canada", "the NGO Global
// Witness" name the body after it.
func (sc *mentionScan) acronymCue(m *mention) {
	toks := sc.toks
	if m.entry != nil || m.j-m.i < 2 || !toks[m.i].Upper || !sc.lang.CommonAcronyms[toks[m.i].Fold] || !toks[m.i+1].Cap {
		return
	}
	for _, c := range sc.lang.kindCuesAt(toks, m.i) {
		if !c.After && len(c.Phrase) == 1 && matchPhrase(toks, m.i, c.Phrase) {
			m.i++
			m.name = sc.text(m.i, m.j)
			if m.kind == "" {
				m.kind = c.Kind
			}
			return
		}
	}
}

// attributive marks the states and bodies named before a noun of
// actors that they qualify ("US developers", "EU members"): the noun's
// actors act, not the state.
func attributive(lang *Language, toks []Token, ms []*mention) {
	for _, m := range ms {
		if m.j >= len(toks) || !m.isKind(pledgegraph.KindState, pledgegraph.KindOrganization) || m.j-m.i > 2 {
			continue
		}
		t := toks[m.j]
		if t.Cap || t.Punct {
			continue
		}
		_, holder := lang.Frames.member.match(toks, m.j)
		if lang.CountNouns[t.Fold] != "" || holder > 0 {
			m.used = true
		}
	}
}

// headTyped reports whether m is an unknown name that a word of kind
// types as an initiative ("Omidyar Network", "Réseau Omidyar"): a list
// of actors it stands in makes it one of them.
func headTyped(lang *Language, toks []Token, m *mention) bool {
	if m.entry != nil || m.kind != pledgegraph.KindInitiative {
		return false
	}
	return lang.NameKinds[toks[m.j-1].Fold] == pledgegraph.KindInitiative || lang.HeadFirst && lang.NameKinds[toks[m.i].Fold] == pledgegraph.KindInitiative
}

// kindsBeside gives the guessed names of a list the kind of a known
// company, organisation or state beside them: "OVHcloud, Scaleway and
// Hetzner" beside known companies are companies.
func kindsBeside(lang *Language, toks []Token, ms []*mention) {
	typed := map[*mention]bool{} // guesses typed by a neighbour: "NXP, SGS and TÜV SÜD" after known companies
	for changed := true; changed; {
		changed = false
		for k, m := range ms {
			if !m.guess && !headTyped(lang, toks, m) || typed[m] {
				continue // "Google, DFID and Omidyar Network": a network among actors is one
			}
			if m.guess && delegateAt(lang, toks, ms, k) {
				m.kind, typed[m], changed = pledgegraph.KindPerson, true, true
				continue
			}
			for _, n := range []int{k - 1, k + 1} {
				if n < 0 || n >= len(ms) || ms[n].guess && !typed[ms[n]] || !ms[n].isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization, pledgegraph.KindState) {
					continue
				}
				a, b := ms[min(k, n)], ms[max(k, n)]
				if bracketed(toks, ms[n]) || a.j == b.i || ofName(lang, toks, ms, n) {
					continue // "Derechos Digitales (Chile)", "Kenya ICT Action Network", "TTC of Japan": a place, no item beside
				}
				linked := true
				for q := a.j; q < b.i; q++ {
					linked = linked && lang.glue(toks[q])
				}
				if linked {
					m.kind, typed[m], changed = ms[n].kind, true, true
					break
				}
			}
		}
	}
}

// delegateAt reports whether a cue of representation and a state follow
// the name ms[k] right away: the name is a delegate's ("Constantine
// Karamanlis for Greece", « Fatin Zorlu pour la Turquie »).
func delegateAt(lang *Language, toks []Token, ms []*mention, k int) bool {
	fr := &lang.Frames
	n := fr.behalf.at(toks, ms[k].j)
	if n == 0 || k+1 >= len(ms) || ms[k+1].kind != pledgegraph.KindState || ms[k+1].guess {
		return false
	}
	q := ms[k].j + n
	return ms[k+1].i == q || ms[k+1].i == q+fr.article.at(toks, q)
}

// ofName reports whether the state ms[n] qualifies the name before it
// (see placeAfter): "TTC of Japan, ATIS".
func ofName(lang *Language, toks []Token, ms []*mention, n int) bool {
	return n > 0 && ms[n].kind == pledgegraph.KindState && placeAfter(lang, toks, ms, ms[n-1].j) == ms[n]
}

// mentions are the mentions of a sentence.
type mentions []*mention

// endAt returns the end of the mention that starts at token i, or i.
func (ms mentions) endAt(i int) int {
	for _, m := range ms {
		if m.i == i {
			return m.j
		}
	}
	return i
}

// sortMentions orders ms by their start, keeping the order of equal ones.
func sortMentions(ms []*mention) {
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && ms[b].i < ms[b-1].i; b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
		}
	}
}

// cityActors makes the cities that are the subject of a verb of the
// frame table, in a sentence with a cue of cities, their governments ("Seattle was the first city to sign it",
// "Barcelone et Amsterdam ont rejoint la coalition"): a run of places the
// reference data knows, no preposition before it, the verb right after
// it.
func (d *docState) cityActors(toks []Token, ms mentions) {
	if !slices.ContainsFunc(toks, func(t Token) bool { return d.x.Lang.CityCues[t.Fold] }) {
		return // "Bruxelles a adopté", "Bonn a signé": a seat of government, no city's
	}
	city := func(m *mention) bool {
		return m.kind == pledgegraph.KindPlace && m.entry != nil && !m.entry.Region
	}
	for k := 0; k < len(ms); k++ {
		if !city(ms[k]) {
			continue
		}
		if d.governedAt(toks, ms[k].i) {
			continue // "in Seattle", "à Barcelone"
		}
		run := []*mention{ms[k]}
		for k+1 < len(ms) && city(ms[k+1]) && d.x.Lang.glue(toks[run[len(run)-1].j]) && ms[k+1].i <= run[len(run)-1].j+2 {
			k++
			run = append(run, ms[k])
		}
		if !d.stanceVerbAt(toks, run[len(run)-1].j) {
			continue
		}
		for _, m := range run {
			m.kind, m.entry, m.cands, m.name = pledgegraph.KindSubnationalGovernment, nil, nil, tokText(d.text, toks, m.i, m.j)
		}
	}
}

// stanceVerbAt reports whether a verb of the frame table that supports
// or launches an initiative follows token q, after auxiliaries, a copula
// and the words of a rank ("was the first city to sign").
func (d *docState) stanceVerbAt(toks []Token, q int) bool {
	fr, lang := &d.x.Lang.Frames, d.x.Lang
	rank := false // "first": the noun after it
	for k := q; k < len(toks) && k < q+7 && !toks[k].Punct; {
		if lemma, n := fr.verbs.match(toks, k); n > 0 {
			f := fr.frameOf(lemma)
			return f != nil && (f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.Launched)
		}
		n := max(fr.aux.at(toks, k), fr.copula.at(toks, k), fr.adverb.at(toks, k), fr.neg.at(toks, k), fr.negPre.at(toks, k), fr.article.at(toks, k), lang.InfMark.MatchAt(toks, k))
		if n == 0 && (lang.is(wsOrdinals, &toks[k]) || rank && !toks[k].Cap) {
			n, rank = 1, lang.is(wsOrdinals, &toks[k]) // "the first city to sign"
		}
		if n == 0 {
			return false
		}
		k += n
	}
	return false
}

// resolveCandidates chooses between the entries an ambiguous name could
// be ("Washington": the state of Washington or, in a sentence about a
// stance, the United States), and drops capitals outside stance
// sentences.
func (d *docState) resolveCandidates(toks []Token, ms []*mention, stance bool) {
	// "la Californie, le Colorado et Washington": among other sub-national
	// governments, an ambiguous name is one too
	sub := func(self *mention) bool {
		for _, m := range ms {
			if len(m.cands) == 1 && m.kind == pledgegraph.KindSubnationalGovernment && !slices.Contains(self.cands, m.cands[0]) {
				return true
			}
		}
		return false
	}
	for _, m := range ms {
		if len(m.cands) == 0 {
			continue
		}
		var pick *Entry
		for _, c := range m.cands {
			if c.Kind == pledgegraph.KindSubnationalGovernment && len(m.cands) > 1 && sub(m) {
				pick = c
				break
			}
		}
		if pick == nil && len(m.cands) > 1 {
			// "la Maison Blanche a annoncé": the speaker is the body itself;
			// "à Berlin", "in Paris": the place
			// a place speaks for no one: "said Havana would not endorse it"
			// names the state
			reported := d.x.Lang.Reporting.MatchAt(toks, m.j) > 0 || m.j+1 < len(toks) && d.x.Lang.Reporting.MatchAt(toks, m.j+1) > 0
			speaker := false
			for b := max(0, m.i-4); b < m.i; b++ {
				if n := d.x.Lang.Reporting.MatchAt(toks, b); n > 0 && b+n >= m.i-2 {
					reported = true
				}
				if n := d.x.Lang.Venue.MatchAt(toks, b); n > 0 && b+n == m.i {
					speaker = true
				}
			}
			if p := toks[max(0, m.i-1)].Fold; m.i > 0 && d.x.Lang.CapitalPreps[p] && !(d.x.Lang.ViewPreps[p] && (m.i == 1 || toks[m.i-2].Punct)) {
				speaker = true
			}
			if m.j < len(toks) && hyphenated(d.text, toks, m.j) {
				speaker = true // "a London-based organisation": a place in a compound word
			}
			if _, ok := dateline(toks, d.text, d.x.Lang); ok && m.i <= 1 || m.i == 0 && upperName(toks[m.i:m.j]) && m.j < len(toks) && (toks[m.j].Text == "," || toks[m.j].Text == "(") {
				speaker = true // "LONDON, October 3, 2024 — X announced", "PARIS (AFP) -": the place of a dateline
			}
			for _, c := range m.cands {
				switch {
				case c.Metonym && stance && !speaker && c.inYears(d.doc.Published.Year):
					pick = c // "Moscou" in 1928: the Soviet Union
				case !c.Metonym && (speaker || reported && c.Kind != pledgegraph.KindPlace || !stance) && c.Kind != pledgegraph.KindSubnationalGovernment:
					// "à la Maison Blanche": the body; a bare "Washington"
					// outside a stance stays unresolved
					pick = c
				}
			}
		}
		if pick == nil && len(m.cands) == 1 && (!m.cands[0].Metonym || stance && m.cands[0].inYears(d.doc.Published.Year)) {
			pick = m.cands[0]
		}
		if pick == nil {
			m.entry, m.cands = nil, nil
			continue
		}
		if pick.Metonym {
			if st := d.x.Ref.State(pick.Key); st != nil {
				pick = st
				m.metonym = true
			}
		}
		m.entry, m.kind = pick, pick.Kind
	}
}

// titleAt returns the length of the title or honorific at toks[i], or 0.
func (d *docState) titleAt(toks []Token, i int) int {
	if t, n := d.titleMatch(toks, i); t != nil {
		return n
	}
	if d.x.Lang.Honorifics[toks[i].Fold] && (toks[i].Cap || len(toks[i].Fold) >= 4 && d.nameAfter(toks, i+1)) {
		// "Lord Swinton", and in French in lower case: "la baronne Tessa Blackstone", "le général de Gaulle"
		if i+1 < len(toks) && toks[i+1].Text == "." {
			return 2
		}
		return 1
	}
	return 0
}

// personParticle reports whether the word w may stand in a person's
// name in lower case: a particle of names that not only bodies' names
// hold ("de", "von"; not "of").
func (l *Language) personParticle(w string) bool {
	return l.NameParticles[w] && !l.BodyParticles[w]
}

// nameAfter reports whether a person's name starts at toks[q]: a
// capitalised word, or a particle of persons' names before one ("de
// Gaulle").
func (d *docState) nameAfter(toks []Token, q int) bool {
	lang := d.x.Lang
	if q < len(toks) && !toks[q].Cap && lang.personParticle(toks[q].Fold) {
		q++
	}
	return q < len(toks) && toks[q].Cap && !toks[q].Punct
}

// titleMatch returns the title that starts at toks[i] and its length in
// tokens, or nil when none does or when toks[i] belongs to a phrase that
// names no office ("membre fondateur").
func (d *docState) titleMatch(toks []Token, i int) (*Title, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for b := i; b >= max(0, i-3); b-- {
		if !toks[b].may(lexTitle) {
			continue
		}
		for _, t := range d.x.Lang.titles.lookup(&toks[b]) {
			if t.None && b+len(t.Phrase) > i && matchPhrase(toks, b, t.Phrase) {
				return nil, 0
			}
		}
	}
	if !toks[i].may(lexTitle) {
		return nil, 0
	}
	for _, t := range d.x.Lang.titles.lookup(&toks[i]) {
		if matchPhrase(toks, i, t.Phrase) && !t.None && !d.stateGoesOn(toks, i+len(t.Phrase)-1) && !(t.Implicit == "state" && d.bodyGoesOn(toks, i+len(t.Phrase)-1)) &&
			(!glued(toks, i+len(t.Phrase)) || d.x.Lang.TitleMods.MatchAt(toks, i+len(t.Phrase)) > 0) { // not "chef de l'état-major", but "Prime Minister-elect"

			return t, len(t.Phrase)
		}
	}
	return nil, 0
}

// bodyGoesOn reports whether the capitalised last word of a state's
// office at toks[q] begins a body's name that goes on with a complement:
// "président du Conseil de cybersécurité", "du Conseil de l'Europe" are
// the presidents of those bodies, not heads of government.
func (d *docState) bodyGoesOn(toks []Token, q int) bool {
	if !toks[q].Cap || q+2 >= len(toks) || !d.x.Lang.is(wsNamePreps, &toks[q+1]) {
		return false
	}
	a := d.x.Lang.Frames.article.at(toks, q+2)
	p := q + 2 + a
	if p >= len(toks) || toks[p].Punct || toks[p].Number {
		return false
	}
	if !toks[p].Cap {
		return a == 0 // "de cybersécurité", not "of the …"
	}
	cands, _ := d.x.Ref.MatchAt(toks, p)
	return a > 0 && len(cands) > 0 && !slices.ContainsFunc(cands, func(e *Entry) bool { return e.Kind == pledgegraph.KindState })
}

// stateGoesOn reports whether the name of a state the reference data
// knows, longer than one word, starts at toks[q], the last word of a
// title: "président de la République démocratique du Congo" names the
// president of that state, not of the Republic the title means alone.
func (d *docState) stateGoesOn(toks []Token, q int) bool {
	if !toks[q].Cap {
		return false
	}
	isState := func(e *Entry) bool { return e.Kind == pledgegraph.KindState }
	cands, n := d.x.Ref.MatchAt(toks, q)
	if n > 1 && slices.ContainsFunc(cands, isState) {
		return true
	}
	// "président de la République du Chili": a state's long form
	if _, p := d.x.Lang.Frames.statePre.match(toks, q); p > 0 {
		cands, _ = d.x.Ref.MatchAt(toks, q+p)
		return slices.ContainsFunc(cands, isState)
	}
	// "président de la République arabe unie": another republic's name,
	// one the reference data does not know
	if q+1 >= len(toks) {
		return false
	}
	t := &toks[q+1]
	return !t.Cap && !t.Punct && !t.Number && !d.x.Lang.is(wsStop, t) && (d.x.Lang.StateAdj[t.Fold] || d.x.Lang.adjective(t.Fold) && !d.isDemonym(toks, q+1))
}

// tokText returns the text of the tokens [i, j) as written.
func tokText(text string, toks []Token, i, j int) string {
	if toks[i].cased {
		return strings.TrimSpace(casedText(text, toks, i, j))
	}
	return strings.TrimSpace(text[toks[i].Start:toks[j-1].End])
}

// acronymInBrackets reports whether an acronym stands alone in brackets
// from toks[q]: "(AWS)".
func acronymInBrackets(toks []Token, q int) bool {
	return q+2 < len(toks) && toks[q].Text == "(" && acronym(toks[q+1]) && toks[q+2].Text == ")"
}

// acronym reports whether t is written as an acronym: all capitals
// ("GFCE") or at least two capitals with a capital first ("CNNum").
func acronym(t Token) bool {
	if t.Upper {
		return true
	}
	if !t.Cap || t.Number || len(t.Text) > 8 {
		return false
	}
	n := 0
	for _, r := range t.Text {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// isDemonym reports whether toks[q] is one word of nationality ("Polish").
func (d *docState) isDemonym(toks []Token, q int) bool {
	e, n := d.x.Ref.Demonym(toks, q)
	return e != nil && n == 1
}

// titleTail returns the end of what qualifies an office after its title
// word, when a nationality opens it: "ministre polonais du numérique",
// "ministre allemande des Affaires étrangères"; or p when none does.
// Capitalised words of the complement are taken while lower-case words
// follow them, so that the holder's name after it is left out.
func (d *docState) titleTail(toks []Token, p int) int {
	if p >= len(toks) || toks[p].Cap {
		return p
	}
	_, n := d.x.Ref.Demonym(toks, p) // "sri-lankais": two words
	if n == 0 {
		return p
	}
	q := p + n
	if q < len(toks) && d.x.Lang.OfficePreps[toks[q].Fold] {
		e := q + 1
		for e < len(toks) && e-q <= 7 && !toks[e].Punct {
			if toks[e].Cap && (e+1 == len(toks) || toks[e+1].Text == "." || toks[e+1].Text == ",") {
				e++ // "ministre française de la Culture et de la Communication.", "ministre israélien de la Défense, Benny Gantz": the remit ends there
				break
			}
			if toks[e].Cap && !(e+1 < len(toks) && !toks[e+1].Cap && !toks[e+1].Punct) {
				break
			}
			e++
		}
		if e > q+1 {
			q = e
		}
	}
	return q
}

// orgName returns the end of an organisation's name that starts at
// toks[i], as written after an office ("Nordsoft", "Estonian Cyber
// Alliance", "Alliance estonienne pour la cybersécurité"), or i.
func (d *docState) orgName(toks []Token, i int, taken func(int) bool) int {
	e := capSpan(toks, i, taken, d.x.Lang, 5)
	if e == i {
		return i
	}
	if lang := d.x.Lang; lang.NameKinds[toks[e-1].Fold] != "" && e < len(toks) && lang.is(wsNamePreps, &toks[e]) {
		// "director of the Center for Democracy and Technology", "president
		// of the Pontifical Academy for Life": a body's head and its
		// complements, as typedNames reads them
		if h := d.headedName(nameScan{lang: lang, d: d, toks: toks, taken: taken}, i, wsBodyHeads); h > e {
			return ampersandList(toks, i, h, lang)
		}
	}
	if !d.x.Lang.HeadFirst || e-i > 1 {
		return e
	}
	// names that put their head first go on after it: adjectives, then complements
	j := e
	for j < len(toks) && j-e < 2 && !toks[j].Cap && !toks[j].Punct && !taken(j) && !d.x.Lang.Stop[toks[j].Fold] && !d.x.Lang.NamePreps[toks[j].Fold] && d.x.Lang.Remits.MatchAt(toks, j) == 0 {
		j++ // not an office's remit: "la Commission chargé du marché unique"
	}
	if j == e && d.x.Lang.NameKinds[toks[i].Fold] == "" {
		return e // but a head that types names takes complements at once: "Agence de cybersécurité"
	}
	for j < len(toks) && !taken(j) {
		p := j
		if d.x.Lang.And.MatchAt(toks, j) == 1 && j+1 < len(toks) {
			p = j + 1 // "Conseil international des monuments et des sites (ICOMOS)"
		}
		if !d.x.Lang.NamePreps[toks[p].Fold] {
			break
		}
		k := p + 1
		for k < len(toks) && d.x.Lang.is(wsNameArticles, &toks[k]) {
			k++
		}
		m := k
		for m < len(toks) && m-k < 3 && !toks[m].Punct && !taken(m) && !d.x.Lang.Stop[toks[m].Fold] && !d.x.Lang.NamePreps[toks[m].Fold] {
			m++
		}
		if m == k || p > j && m < len(toks) && !toks[m].Punct {
			break // after "et", the name ends with the complement: not "du Conseil des ministres et des représentants de …"
		}
		j = m
	}
	return j
}

// knownWordCase reports whether the word t, capitalised at the start of
// a sentence, is written with a capital elsewhere in the document too,
// and so is a name rather than a common word.
func (d *docState) knownWordCase(t Token) bool {
	return d.wordWhere(t.Text, func(i int) bool { return i != t.Start && !d.opensSentence(i) })
}

// wordWhere reports whether the text writes the word w, as a word of its
// own, at an offset i for which ok holds.
func (d *docState) wordWhere(w string, ok func(i int) bool) bool {
	for i := strings.Index(d.text, w); i >= 0; {
		if (i == 0 || !isWordRune(lastRune(d.text[:i]))) && (i+len(w) >= len(d.text) || !isWordRune(firstRune(d.text[i+len(w):]))) && ok(i) {
			return true
		}
		k := strings.Index(d.text[i+1:], w)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// portfolio returns the end of the remit that follows a state office's
// title at toks[p] ("ministre des Solidarités et de la Santé, X",
// "Minister for Digital Affairs Jane X"): capitalised words and the
// particles between them, up to a comma, the end of the sentence or a
// known first name; or p when there is none, or when the words name an
// organisation the text knows ("président de Microsoft").
func (d *docState) portfolio(toks []Token, title, p int, ms mentions) int {
	t, _ := d.titleMatch(toks, title)
	if t == nil || t.Implicit != "state" || p >= len(toks) || !slices.ContainsFunc(t.Phrase, func(w string) bool { return d.x.Lang.PortfolioHead[w] }) {
		return p
	}
	loose := false // "chargé de la transition numérique": lower-case words too
	q, caps := p+1, 0
	switch f := toks[p].Fold; {
	case d.x.Lang.PortfolioOpen[f]:
	case d.x.Lang.PortfolioLoose[f]:
		loose = true
	case d.x.Lang.PortfolioOpen[t.Phrase[len(t.Phrase)-1]]:
		q = p // "Secretary of State for Digital Affairs": the title ends with the portfolio's preposition
	default:
		return p
	}
	if loose {
		caps = 1
	}
	holder := false // "Minister for Trade and Industry Eliud Owalo": a first name starts the holder's name
	for q < len(toks) && q-p < 10 && toks[q].Text != "," && toks[q].Text != "." {
		t := toks[q]
		if k := slices.IndexFunc(ms, func(m *mention) bool { return m.i == q }); k >= 0 {
			if holder = caps > 0 && ms[k].kind == pledgegraph.KindPerson; holder {
				break // the holder's name, found already
			}
			return p
		}
		if holder = caps > 0 && t.Cap && d.x.Ref.FirstName(t.Text); holder {
			break
		}
		switch {
		case t.Cap && !t.Punct:
			caps++
		case d.x.Lang.PortfolioGlue[t.Fold] || !t.Punct && !t.Cap && caps > 0:
		default:
			return p
		}
		q++
	}
	if caps == 0 || q >= len(toks) || toks[q].Text != "," && toks[q].Text != "." && !holder {
		return p
	}
	return q
}

// isDay reports whether t is a day of the month ("12", "12th", "1er").
func isDay(t Token) bool {
	_, ok := dayNum(t)
	return ok
}

// eventComplement returns where the complement of a lower-case head
// that names an event starts, at a preposition before a capitalised
// event head in tokens (i, e) ("la déclaration finale du Sommet pour
// l'action sur l'IA", "the final declaration of the Lima Summit"); or
// 0. Such an initiative is described by the event, whose name stands
// apart.
func (d *docState) eventComplement(toks []Token, i, e int) int {
	lang := d.x.Lang
	if toks[i].Cap {
		return 0
	}
	for p := i + 1; p < e-1; p++ {
		if !lang.ownerPrep(toks[p].Fold) {
			continue
		}
		q := p + 1
		for q < e && lang.is(wsNameArticles, &toks[q]) {
			q++
		}
		for k := q; k < e && toks[k].Cap && !toks[k].Punct; k++ {
			if lang.is(wsEventHeads, &toks[k]) {
				return p
			}
		}
		return 0
	}
	return 0
}

// eventDescription returns the end of the event's head in a
// description of an initiative by its event that a lower-case head at
// toks[i] opens after a definite article ("the final declaration of the
// Lima Summit", "la déclaration de clôture du Sommet"), or i, when no
// name starts there.
func (d *docState) eventDescription(toks []Token, i int) int {
	lang := d.x.Lang
	if toks[i].Cap || !lang.is(wsNameHeads, &toks[i]) || lang.is(wsCapHeads, &toks[i]) || lang.is(wsInnerHeads, &toks[i]) || i == 0 {
		return i
	}
	b := i - 1
	if b > 0 && !toks[b].Cap && !toks[b].Punct && !lang.is(wsDefinite, &toks[b]) {
		b-- // "the final declaration"
	}
	if !lang.is(wsDefinite, &toks[b]) {
		return i
	}
	e := min(len(toks), i+8)
	p := d.eventComplement(toks, i, e)
	if p == 0 || p != i+1 {
		return i
	}
	for k := p + 1; k < e; k++ {
		if toks[k].Cap && lang.is(wsEventHeads, &toks[k]) {
			return k + 1
		}
	}
	return i
}

// hyphenPrefix returns where a name that starts at toks[i] starts with
// the state abbreviation joined to it by a hyphen ("U.S.-Japan", whose
// dots part it into tokens) or a letter so joined ("e-ASEAN"), or i.
func (d *docState) hyphenPrefix(toks []Token, i int) int {
	if i > 0 && len(toks[i-1].Text) == 1 && !toks[i-1].Cap && !toks[i-1].Punct && hyphenated(d.text, toks, i) {
		return i - 1 // "the e-ASEAN Framework Agreement": a letter prefixed to the name
	}
	if i < 2 || toks[i-1].Text != "-" || toks[i-1].End != toks[i].Start || toks[i-2].End != toks[i-1].Start {
		return i
	}
	b := i - 2
	for b > 0 && toks[b-1].End == toks[b].Start {
		b--
	}
	if es, n := d.x.Ref.MatchAt(toks, b); n == i-1-b && len(es) > 0 && es[0].Kind == pledgegraph.KindState {
		return b
	}
	return i
}

// bodyNameEnd reports whether the name toks[i:e], in a language whose
// names end with their head, ends with a word that types bodies and no
// preposition nor phrase of creation stands in it: "the alliance's
// Strategy Council" is a body's name, not "the Boe Declaration on
// Regional Security" nor "the Agreement Establishing the Asian
// Development Bank".
func bodyNameEnd(lang *Language, toks []Token, i, e int) bool {
	k := lang.NameKinds[toks[e-1].Fold]
	return !lang.HeadFirst && (k == pledgegraph.KindOrganization || k == pledgegraph.KindCompany) && !lang.is(wsInitHeads, &toks[e-1]) &&
		!slices.ContainsFunc(toks[i:e], func(t Token) bool { return lang.is(wsNamePreps, &t) }) && !lang.DescCreate.within(toks, i, e)
}

// initiativeNames adds the names of initiatives the reference data does
// not know (see headedName) to the mentions ms of toks.
func (d *docState) initiativeNames(toks []Token, ms mentions, taken []bool) mentions {
	lang := d.x.Lang
	// initiatives the reference data does not know, named by their head
	// word: "la Charte de Lyon pour la cybersécurité des hôpitaux", "the
	// Oslo Pledge on Safe Software"
	// A place or a state may be part of the name ("Déclaration de Tallinn",
	// "Oslo Pledge"): its mention gives way.
	// Only a capitalised head, or a word of relation, takes a state in
	// ("l'accord de la Chine" is China's agreement, "l'accord relatif à
	// l'Éthiopie" is about Ethiopia).
	// A body may stand inside it when the name goes on after it ("code de
	// bonnes pratiques de l'UE contre la désinformation").
	placeAt, stateAt, bodyAt := d.namedInside(toks, ms)
	capHead := false // the head of the name under scan is capitalised
	inName := func(q int) bool {
		return q < len(taken) && taken[q] && !placeAt[q] && !bodyAt[q] && !((capHead || relationBefore(lang, toks, q)) && stateAt[q])
	}
	scan := nameScan{lang: lang, d: d, toks: toks, taken: inName, bridge: func(q int) bool { return bodyAt[q] }, wholeBody: func() bool { return capHead }}
	for i := 0; i < len(toks); i++ {
		capHead = toks[i].Cap
		heads := wsNameHeads
		if toks[i].Cap && weakHeadAhead(lang, toks, i) && (d.actedOn(toks, i) || d.actedAfter(toks, d.headedName(scan, i, wsInitHeads))) {
			heads = wsInitHeads // "launched the Arctic Data Alliance": a weak head names it too
		}
		if e := d.eventDescription(toks, i); e > i && !taken[i] {
			// "the final declaration of the Lima Summit"
			ms = addMention(ms, taken, &mention{i: i, j: i + 1, kind: pledgegraph.KindInitiative, name: tokText(d.text, toks, i, e), described: true})
			continue
		}
		if e := cutActor(lang, toks, i, d.inHeadline(scan, i, d.headedName(scan, i, heads), heads), stateAt); e > i+1 {
			if d.officeRemit(toks, i) || bodyNameEnd(lang, toks, i, e) || talkTitle(lang, toks, i) {
				continue // "directeur de la Stratégie de 3DS Outscale": an office's remit; "the Strategy Council": a body
			}
			for _, m := range ms {
				if bodyAt[i] && m.i < i && i < m.j {
					i = m.i // "the Council of Europe Framework Convention": the body opens the name
				}
			}
			e = quotedTitleEnd(toks, i, e)
			if e > i && e < len(toks) && bodyAt[e-1] && bodyAt[e] {
				e = d.bodyCut(toks, ms, i, e)
			}
			h := e
			e = hyphenSuffix(toks, e)
			if !toks[i].Cap && e < len(toks) && !taken[e] && acronym(toks[e]) && len(toks[e].Text) > 1 && (e+1 == len(toks) || !toks[e+1].Cap) {
				e++ // "le protocole d'accord GSM": the acronym of what it is about
			}
			t := titleAfterHead(lang, toks, i, e)
			i = d.hyphenPrefix(toks, i) // "the U.S.-Japan Digital Trade Agreement"
			name := tokText(d.text, toks, i, e)
			if t > e {
				name, e = name+" "+tokText(d.text, toks, e+1, t-1), t // the title without its quotes
			}
			p := d.eventComplement(toks, i, e)
			if p > 0 {
				e = p // "la déclaration finale du Sommet …": the summit is named apart
			}
			parties := partiesIn(lang, toks, ms, i, e)
			if slices.Contains(placeAt[i:e], true) || slices.Contains(stateAt[i:e], true) || slices.Contains(bodyAt[i:e], true) || h < e {
				ms = slices.DeleteFunc(ms, func(m *mention) bool { return m.j > i && m.j <= e }) // and "the U.S." before "-Japan …"
			}
			ms = addMention(ms, taken, &mention{i: i, j: e, kind: pledgegraph.KindInitiative, name: name, described: p > 0, parties: parties})
			// "la CRI, l'Initiative internationale de lutte contre les
			// rançongiciels": the acronym before it names it too
			if a := d.appositiveName(toks, i); a >= 0 && !taken[a] {
				ms = addMention(ms, taken, &mention{i: a, j: a + 1, kind: pledgegraph.KindInitiative, name: tokText(d.text, toks, i, e)})
			}
			i = e - 1
		}
	}
	return ms
}

// namedInside marks the tokens of the places, states and known bodies
// that an initiative's name may take in (see initiativeNames).
func (d *docState) namedInside(toks []Token, ms mentions) (placeAt, stateAt, bodyAt []bool) {
	lang := d.x.Lang
	placeAt, stateAt, bodyAt = d.flags(len(toks)+1), d.flags(len(toks)+1), d.flags(len(toks)+1)
	for _, m := range ms {
		// not a venue: "signed the Protocol in Strasbourg"
		venue := lang.venueBefore(toks, m.i) && !relationBefore(lang, toks, m.i)
		place := (m.isKind(pledgegraph.KindPlace) || len(m.cands) > 1 || m.capital()) && !venue || m.entry != nil && m.entry.Region // "la charte de La Havane": a capital, not its state
		// not "signed the Oslo Charter in Paris", but "took part in the Oslo Pledge"
		state := m.isKind(pledgegraph.KindState, pledgegraph.KindSubnationalGovernment) && !(venue && (m.j >= len(toks) || !toks[m.j].Cap || toks[m.j].Punct))
		body := m.isKind(pledgegraph.KindOrganization) && m.entry != nil
		for q := m.i; q < m.j; q++ {
			placeAt[q], stateAt[q], bodyAt[q] = place, state, body
		}
	}
	return placeAt, stateAt, bodyAt
}

// capital reports whether m may be a capital standing for its state
// ("Washington", "La Havane"): inside a name, it is the city.
func (m *mention) capital() bool {
	return m.metonym || slices.ContainsFunc(m.cands, func(e *Entry) bool { return e.Metonym })
}

// partiesIn returns the states that the name toks[i:e] lists after a
// preposition of its parties ("between Australia, New Zealand and the
// United States of America"), among the mentions ms.
func partiesIn(lang *Language, toks []Token, ms mentions, i, e int) []*mention {
	p := slices.IndexFunc(toks[i:e], func(t Token) bool { return lang.PartyPreps[t.Fold] })
	if p < 0 {
		return nil
	}
	var out []*mention
	for _, m := range ms {
		if m.i > i+p && m.j <= e && m.isKind(pledgegraph.KindState) {
			out = append(out, m)
		}
	}
	return out
}

// talkTitle reports whether the name at toks[i] opens a quotation after
// a preposition of topic, articles aside, that a word of a talk stands
// a few words before: the title of a lecture ("lectured last night at
// the Houldsworth Hall on "The Protocol and After"", "une conférence sur
// « L'Europe et la paix »"), no initiative.
func talkTitle(lang *Language, toks []Token, i int) bool {
	q := i - 1
	for q >= 0 && lang.is(wsNameArticles, &toks[q]) {
		q--
	}
	if q < 2 || !isQuote(toks[q].Text) || !lang.TopicPreps[toks[q-1].Fold] {
		return false
	}
	for b := q - 2; b >= 0 && b >= q-12 && toks[b].Text != "." && toks[b].Text != ";" && toks[b].Text != ":"; b-- {
		if lang.TalkOn.MatchAt(toks, b) > 0 {
			return true
		}
	}
	return false
}

// relationBefore reports whether a word of relation and its preposition
// come before the mention at toks[i], articles aside: "relatif à
// l'Éthiopie" says what a name is about, not where it was signed.
func relationBefore(lang *Language, toks []Token, i int) bool {
	for b := i - 1; b >= 1 && b >= i-3; b-- {
		if lang.RelationWords[toks[b-1].Fold] && lang.LowerPreps[toks[b].Fold] {
			return true
		}
	}
	return false
}

// bodyCut returns where the initiative's name from toks[i] that the
// rules ended at e, inside the name of a body they know, ends: before
// the body and the preposition that joins it when a capitalised word of
// the name's own stands before it ("la convention de Budapest du Conseil
// de l'Europe": the Budapest convention, the Council's), else with the
// body's whole name ("la charte de l'Organisation de l'unité
// africaine").
func (d *docState) bodyCut(toks []Token, ms []*mention, i, e int) int {
	for _, m := range ms {
		if m.i >= e || e >= m.j {
			continue
		}
		b := d.x.Lang.Frames.articleStart(toks, m.i)
		if _, p := d.x.Lang.Frames.prep.endingAt(toks, b, 2); p > i {
			b = p
		}
		for q := i + 1; q < b; q++ {
			if toks[q].Cap {
				return b
			}
		}
		return m.j
	}
	return e
}

// quotedTitleEnd returns where the name found at toks[i:e] ends when a
// quotation mark opens right before it: at the closing one, at most
// thirty words on, the quoted title being the whole name ("signed the
// "Voluntary Commitments from Leading Artificial Intelligence Companies
// to Manage the Risks Posed by AI""); else e.
func quotedTitleEnd(toks []Token, i, e int) int {
	if i == 0 || !isQuote(toks[i-1].Text) || e < i || e < len(toks) && isQuote(toks[e].Text) {
		return e
	}
	if q := closingQuote(toks, i-1, 30); q > e {
		return q
	}
	return e
}

// hyphenSuffix returns the end of the capitalised words joined by
// hyphens, without spaces, to the name that ends at toks[e] ("le
// Partenariat numérique UE-Corée"), or e.
func hyphenSuffix(toks []Token, e int) int {
	for e > 0 && e < len(toks) && glued(toks, e) && toks[e].Cap && !toks[e].Punct {
		e++
	}
	return e
}

// titleAfterHead returns the end of a quoted title, capitalised and of
// eight words at most, that follows a name made of a head and its
// adjectives alone ("la Charte internationale « Espace et catastrophes
// majeures »", "the International Charter "Space and Major
// Disasters""): the title is part of the name. It returns e when none
// follows.
func titleAfterHead(lang *Language, toks []Token, i, e int) int {
	if e+1 >= len(toks) || !isQuote(toks[e].Text) || !toks[e+1].Cap {
		return e
	}
	for q := i; q < e; q++ {
		if toks[q].Punct || lang.is(wsNamePreps, &toks[q]) {
			return e // "the Charter of Trust", a name with its complements
		}
	}
	if c := closingQuote(toks, e, 8); c > e {
		return c + 1
	}
	return e
}

// officeRemit reports whether toks[i] opens the remit of an office
// named just before it: a title, a preposition of office and an article
// ("directeur de la Stratégie", "director of Strategy").
func (d *docState) officeRemit(toks []Token, i int) bool {
	q := i
	if _, a := d.x.Lang.Frames.article.endingAt(toks, q, 2); a >= 0 {
		q = a
	}
	if q == 0 || !d.x.Lang.OfficePreps[toks[q-1].Fold] {
		return false
	}
	for b := max(0, q-5); b < q-1; b++ {
		if t, n := d.titleMatch(toks, b); t != nil && b+n == q-1 {
			return true
		}
	}
	return false
}

// actedAfter reports whether a relative clause after the name that ends
// at toks[e] has a verb of support or launch for it: "the Global Alliance
// against Child Sexual Abuse Online, which the EU launched in 2012".
func (d *docState) actedAfter(toks []Token, e int) bool {
	fr := &d.x.Lang.Frames
	if e == 0 {
		return false
	}
	if d.passiveActedOn(toks, e) {
		return true
	}
	for k := 0; k < 3 && e < len(toks) && toks[e].Text != "," && !toks[e].Punct; k++ {
		e++ // "l'Alliance mondiale contre les abus sexuels [en ligne], que"
	}
	if e+1 >= len(toks) || toks[e].Text != "," || !d.x.Lang.is(wsRelPron, &toks[e+1]) && !d.x.Lang.ObjRel[toks[e+1].Fold] {
		return false
	}
	for q := e + 2; q < len(toks) && q < e+14 && !toks[q].Punct; q++ {
		for _, t := range []*phraseTrie[string]{&fr.verbs, &fr.parts} {
			if lemma, n := t.match(toks, q); n > 0 {
				f := fr.frameOf(lemma)
				return f != nil && !f.Bound && (f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.Launched)
			}
		}
	}
	return false
}

// passiveActedOn reports whether the name that ends at toks[e] is the
// subject of a passive of a verb by which actors launch or support an
// initiative, after an aside that names it again if any ("The Alliance
// for Affordable Internet, or A4AI, was set up by", "l'Alliance pour un
// internet abordable a été fondée par").
func (d *docState) passiveActedOn(toks []Token, e int) bool {
	fr := &d.x.Lang.Frames
	if e < len(toks) && toks[e].Text == "," {
		k := e + 1
		for k < len(toks) && k < e+6 && toks[k].Text != "," {
			k++
		}
		if k < len(toks) && toks[k].Text == "," {
			e = k + 1 // ", or A4AI,"
		} else if fr.aux.at(toks, e+1) > 0 {
			e++ // "Esprit, the European Strategic Programme, was adopted": the apposition's end
		}
	}
	for k := 0; k < 4 && e < len(toks) && !toks[e].Punct && fr.aux.at(toks, e) == 0 && d.x.Lang.And.MatchAt(toks, e) == 0; k++ {
		e++ // the rest of a name in lower case ("pour un internet abordable")
	}
	n := 0
	for e < len(toks) && n < 3 {
		kind, a := fr.aux.match(toks, e)
		if a == 0 {
			break
		}
		if kind == auxBe {
			n = -1
		}
		e += a
		if n < 0 {
			break
		}
		n++
	}
	if n >= 0 {
		return false // no "was", "a été"
	}
	if lemma, p := fr.parts.match(toks, e); p > 0 {
		f := fr.frameOf(lemma)
		return f != nil && !f.Bound && (f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.Launched)
	}
	return false
}

// weakHeadAhead reports whether a weak head of an initiative's name
// ("Alliance") stands in the eight words from toks[i].
func weakHeadAhead(lang *Language, toks []Token, i int) bool {
	for q := i; q < len(toks) && q < i+8; q++ {
		if lang.is(wsInitHeads, &toks[q]) && !lang.NameHeads[toks[q].Fold] {
			return true
		}
	}
	return false
}

// actedOn reports whether the name at toks[i] is the object of a verb of
// the frame table that supports or launches an initiative, after an
// article: "launched the Arctic Data Alliance", "a rejoint l'Alliance
// numérique pour la Méditerranée".
func (d *docState) actedOn(toks []Token, i int) bool {
	fr := &d.x.Lang.Frames
	if _, a := fr.article.endingAt(toks, i, 2); a >= 0 {
		i = apposedTo(toks, a)
	}
	for k := 0; k < 3 && i > 0; k++ {
		// "a rejoint lundi l'Alliance", "officially joined on Monday the"
		if _, a := fr.adverb.endingAt(toks, i, 2); a >= 0 {
			i = a
		} else if _, day := d.x.Lang.Weekdays[toks[i-1].Fold]; day { // 0 is Sunday
			i--
		} else if v := d.venueBefore(toks, i); v >= 0 {
			i = v // "a lancé à Dakar l'Alliance"
		} else {
			break
		}
	}
	for _, t := range []*phraseTrie[string]{&fr.verbs, &fr.parts} {
		if lemma, v := t.endingAt(toks, i, 4); v >= 0 {
			if f := fr.frameOf(lemma); f != nil && !f.Bound && (f.Predicate == pledgegraph.Supports || f.Predicate == pledgegraph.Launched) {
				return true
			}
		}
	}
	// "la signature de l'Acte final", "the signing of the Final Act": a
	// noun of stance and its preposition
	if _, p := fr.prep.endingAt(toks, i, 2); p > 0 {
		if lemma, v := fr.nouns.endingAt(toks, p, 3); v >= 0 {
			if f := fr.frameOf(lemma); f != nil && !f.Bound && f.Predicate == pledgegraph.Supports && !f.Negative {
				return true
			}
		}
	}
	return false
}

// apposedTo returns where the capitalised name starts that the
// apposition opening at toks[a] after a comma stands for ("backed Esprit,
// the European Strategic Programme": the verb acts on both), or a.
func apposedTo(toks []Token, a int) int {
	if a < 2 || toks[a-1].Text != "," {
		return a
	}
	b := a - 1
	for b > 0 && a-1-b < 4 && toks[b-1].Cap && !toks[b-1].Punct {
		b--
	}
	if b == a-1 {
		return a
	}
	return b
}

// venueBefore returns where a place named before toks[i] starts with its
// preposition ("à Dakar", "in Oslo": up to three capitalised words), or
// -1.
func (d *docState) venueBefore(toks []Token, i int) int {
	j := i
	for j > 0 && i-j < 3 && toks[j-1].Cap && !toks[j-1].Punct {
		j--
	}
	if j == i || j == 0 || d.x.Lang.Venue.MatchAt(toks, j-1) != 1 {
		return -1
	}
	return j - 1
}

// ownedEvents adds the events named after what they belong to (see
// eventOf) and the references to the event under discussion (see
// eventRef) to the mentions ms of toks.
func (d *docState) ownedEvents(toks []Token, ms mentions, taken []bool) mentions {
	// events named after what they belong to: "la troisième réunion de
	// la CRI", "the Counter Ransomware Initiative meeting"
	for i := 0; i < len(toks); i++ {
		ev := d.eventOf(toks, ms, i)
		if ev == nil {
			continue
		}
		d.bracketedEvent(toks, ms, ev)
		// the span may hold the mentions of its owner, of its place or
		// of the names it brings together ("sommet UE-Japon")
		b, e := ev.i, ev.j
		inside := func(m *mention) bool { return m.i >= b && m.j <= e }
		if !coveredBy(ms, taken, b, e, inside) {
			continue
		}
		ms = slices.DeleteFunc(ms, func(m *mention) bool { return m == ev.owner || inside(m) })
		ms = addMention(ms, taken, ev)
		i = e - 1
	}
	// "the gathering", "ce premier sommet": the event under discussion,
	// in a sentence that names none ("la réunion à l'Unesco du Forum"),
	// or after a demonstrative
	named := slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == pledgegraph.KindEvent })
	for i := 0; i < len(toks); i++ {
		if named && !d.x.Lang.Demonstrative[toks[i].Fold] {
			continue // "ce sommet" still is
		}
		if b, e := d.eventRef(toks, i); e > b && !slices.Contains(taken[b:e], true) {
			if m := d.refMention(toks, b, e); m != nil {
				ms = addMention(ms, taken, m)
				i = e - 1
			}
		}
	}
	return ms
}

// bracketedEvent names the event ev, told by a description whose head
// ends it, by the name in brackets right after that head, an acronym
// and perhaps a number that no place nor person takes: "leur dixième
// réunion (TELMIN 10)", "their third meeting (ADMM-Plus)".
func (d *docState) bracketedEvent(toks []Token, ms mentions, ev *mention) {
	e := ev.j
	c := bracketEnd(toks, e)
	if c == e || !d.x.Lang.is(wsEventHeads, &toks[e-1]) || !acronym(toks[e+1]) {
		return
	}
	for q := e + 1; q < c-1; q++ {
		if m := ms.at(q); m != nil && m.kind != pledgegraph.KindOrganization && m.kind != pledgegraph.KindEvent || toks[q].Punct && toks[q].Text != "-" {
			return // "la réunion (Genève)", "the meeting (June 4)"
		}
	}
	ev.j, ev.name = c, tokText(d.text, toks, e+1, c-1)
}

// coveredBy reports whether every taken token of toks[b:e] is in a
// mention of ms for which inside holds.
func coveredBy(ms mentions, taken []bool, b, e int, inside func(*mention) bool) bool {
	for k := b; k < e; k++ {
		if taken[k] && !slices.ContainsFunc(ms, func(m *mention) bool { return inside(m) && m.i <= k && k < m.j }) {
			return false
		}
	}
	return true
}

// addMention appends m to ms and marks its tokens taken.
func addMention(ms mentions, taken []bool, m *mention) mentions {
	for k := m.i; k < m.j; k++ {
		taken[k] = true
	}
	return append(ms, m)
}

// upperName reports whether every word of a name is written in capitals
// ("WASHINGTON", "NEW YORK"), as datelines write their place.
func upperName(toks []Token) bool {
	for _, t := range toks {
		if t.Punct {
			continue
		}
		if strings.ToUpper(t.Text) != t.Text || strings.ToLower(t.Text) == t.Text {
			return false
		}
	}
	return len(toks) > 0
}
