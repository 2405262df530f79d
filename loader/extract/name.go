package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// initiativeName returns the end of an initiative's name starting at
// toks[i], or i. The name has a head word of the language's NameHeads,
// first ("Charte de Lyon pour la cybersécurité des hôpitaux", "Pacte
// numérique de Lille", "appel de Christchurch") or among capitalised
// words ("Oslo Pledge on Safe Software", "Global Cyber Compact"), and
// complements introduced by the language's NamePreps. It stops at
// punctuation, verbs (triggers, stop words), relative pronouns and dates.
func (d *docState) initiativeName(toks []Token, i int, taken func(int) bool) int {
	if d.officeRemit(toks, i) {
		return i // "director of Strategy of Brightline"
	}
	n := nameScan{lang: d.x.Lang, d: d, toks: toks, taken: taken}
	return d.inHeadline(n, i, d.headedName(n, i, wsNameHeads), wsNameHeads)
}

// unshouted returns e, the end of a name found at toks[i], or i when the
// name, of two words or more, is written in capitals only and the text
// writes it nowhere in lower case: in a heading, a column's title or
// the capitals' run of words ("NOTES OF THE WEEK", "PARIS CALL GAINS
// SUPPORT"), not a name.
func (d *docState) unshouted(toks []Token, i, e int) int {
	if e < i+2 || toks[i].cased {
		return e // a line in capitals only: its words have their case (see truecase)
	}
	s := d.text[toks[i].Start:toks[e-1].End]
	if s != strings.ToUpper(s) || s == strings.ToLower(s) {
		return e
	}
	if d.lower == "" {
		d.lower = strings.ToLower(d.text)
	}
	if strings.Count(d.lower, strings.ToLower(s)) > strings.Count(d.text, s) {
		return e // "G7 SUMMIT" in a heading, "the G7 summit" in the text
	}
	return i
}

// inHeadline corrects the end e of a headed name found at toks[i] in a
// headline, whose capitals run names into the words around them: no
// name where only a shorter one is written in the text after it
// ("Industry Leaders Form Coalition for Secure AI"), and the shorter one
// where the text writes it ("Coalition for Secure AI").
func (d *docState) inHeadline(n nameScan, i, e int, heads wordSet) int {
	toks := n.toks
	if e > i+1 && n.verbInRun(i, e-1, heads) {
		return i
	}
	if e == i && i > 0 && toks[i].Cap && n.verbInRun(i-1, i, heads) {
		n.headline = true // "Government Accept Yeravda Agreement": after the verb
		e2 := d.headedName(n, i, heads)
		for q := i; q < e2; q++ {
			if n.lang.is(heads, &toks[q]) {
				if q+1 < e2 && !n.lang.is(wsNamePreps, &toks[q+1]) {
					return e // "Nations Sign Treaty Keeping Antarctica for Science": the run goes on past the head
				}
				return e2
			}
		}
	}
	if toks[i].Start >= d.headEnd {
		return e
	}
	if e > i+1 && d.laterSuffix(toks, i, e) {
		return i
	}
	if e == i && i > 0 && toks[i].Cap {
		n.headline = true
		if e2 := d.headedName(n, i, heads); e2 > i+1 && strings.Contains(d.text[d.headEnd:], d.text[toks[i].Start:toks[e2-1].End]) {
			return e2
		}
	}
	return e
}

// verbInRun reports whether a capitalised word among toks[i:e], before
// a head of the word set heads, is a verb of the lexicon: a headline's
// capitals run the name into the words before it ("Government Accept
// Yeravda Agreement": the name is "Yeravda Agreement"; not "Agreement
// Establishing the Asian Development Bank").
func (n nameScan) verbInRun(i, e int, heads wordSet) bool {
	for q := i; q < e && !n.lang.is(heads, &n.toks[q]); q++ {
		if n.toks[q].Cap && n.lexVerb(q) {
			return true
		}
	}
	return false
}

// laterSuffix reports whether the name toks[i:e] of a headline is not
// written in the text after it while a shorter one ending at the same
// word and starting at a capitalised word after i is: the headline's
// capitals run the name into the words before it.
func (d *docState) laterSuffix(toks []Token, i, e int) bool {
	body := d.text[d.headEnd:]
	if strings.Contains(body, d.text[toks[i].Start:toks[e-1].End]) {
		return false
	}
	for b := i + 1; b < e-1; b++ {
		if toks[b].Cap && strings.Contains(body, d.text[toks[b].Start:toks[e-1].End]) {
			return true
		}
	}
	return false
}

// eventName is initiativeName for events: "Sommet de Tallinn", "G7
// Digital Ministers' Meeting", "le sommet numérique des Vingt-Sept".
func (d *docState) eventName(toks []Token, i int, taken func(int) bool) int {
	return d.headedName(nameScan{lang: d.x.Lang, d: d, toks: toks, taken: taken}, i, wsEventHeads)
}

// nameScan reads the words of a headed name in a sentence's tokens.
type nameScan struct {
	lang  *Language
	d     *docState
	toks  []Token
	taken func(int) bool
	// bridge, when set, holds the tokens of names that may stand inside
	// a name when another complement follows them ("code de bonnes
	// pratiques de l'UE contre la désinformation"), not end it ("l'appel
	// de l'ONU")
	bridge func(int) bool
	// wholeBody, when set and true, lets a body's name in lower case
	// after its first word stand whole inside a name with a capitalised
	// head that goes on after it ("Convention des Nations unies sur le
	// droit de la mer")
	wholeBody func() bool
	// headline, when set, lets a name start after a capitalised word
	// of a headline ("Industry Leaders Form Coalition for Secure AI")
	headline bool
}

// maxLower is the number of lower-case words a name may have after its
// head ("Code de bonnes pratiques contre la désinformation").
const maxLower = 6

// word reports whether toks[q] may stand inside a name: not taken, no
// punctuation, bare number, relative pronoun, date, verb of support or
// launch, nor the "s" of a possessive ("the Call's goals").
func (n nameScan) word(q int) bool {
	toks, lang := n.toks, n.lang
	if q >= len(toks) || n.taken(q) {
		return false
	}
	t := toks[q]
	if t.Punct || t.Number || lang.is(wsRelPron, &t) || possessive(n.d.text, toks, q) {
		return false
	}
	if lang.is(wsWeekdays, &t) {
		return false
	}
	if lang.is(wsRelative, &t) {
		return false // "demain", "today"
	}
	if lang.is(wsMonths, &t) && (q > 0 && (toks[q-1].Number || lang.is(wsYearPreps, &toks[q-1])) || q+1 < len(toks) && (toks[q+1].Number || isDay(toks[q+1]))) {
		return false // a date ("in March"), not "Vingt-Sept"
	}
	if tr, _ := n.d.triggerAt(toks, q, pledgegraph.Supports); tr != nil {
		return false
	}
	if tr, _ := n.d.triggerAt(toks, q, pledgegraph.Launched); tr != nil {
		return false
	}
	return true
}

// possessive reports whether toks[q] is the "s" of a possessive glued
// to the word before it by an apostrophe ("Call's").
func possessive(text string, toks []Token, q int) bool {
	if q == 0 || toks[q].Fold != "s" || toks[q-1].End >= toks[q].Start {
		return false
	}
	gap := text[toks[q-1].End:toks[q].Start]
	return gap == "'" || gap == "’"
}

// headCoordinated returns where a run of capitalised words from toks[i]
// to e that goes on past its head's coordination ends: after the head
// ("the Oslo Charter and Japan"), unless a complement of the name follows
// the run ("the G7 Principles and Actions on Cyber"); or e.
func (n nameScan) headCoordinated(i, e int, heads wordSet) int {
	toks, lang := n.toks, n.lang
	for k := e - 2; k > i; k-- {
		if lang.is(heads, &toks[k]) && lang.And.MatchAt(toks, k+1) == 1 {
			if n.coordinatedHead(i, e, heads) {
				return e
			}
			return k + 1
		}
	}
	return e
}

// coordinatedHead reports whether the capitalised words from toks[i] to
// e coordinate a head with other words and a complement of the name
// follows them: "Principles and Actions on Cyber".
func (n nameScan) coordinatedHead(i, e int, heads wordSet) bool {
	toks, lang := n.toks, n.lang
	if e >= len(toks) || !lang.is(wsNamePreps, &toks[e]) || n.complements(e).n == 0 {
		return false
	}
	for k := e - 2; k > i; k-- {
		if lang.is(heads, &toks[k]) && lang.And.MatchAt(toks, k+1) == 1 {
			return true
		}
	}
	return false
}

// personAt reports whether an honorific or a title that a person's name
// follows stands at toks[q]: "… of Technology and Professor Yukawa"
// coordinates people, not the words of a name.
func (n nameScan) personAt(q int) bool {
	return n.lang.Honorifics[n.toks[q].Fold] || n.d.titleAt(n.toks, q) > 0
}

// capRun returns the end of the capitalised words from toks[q] ("Trust
// and Security", "Ministers' Meeting").
func (n nameScan) capRun(q int) int {
	toks, lang := n.toks, n.lang
	start := q
	for q < len(toks) && n.word(q) && (toks[q].Cap || alnum(toks[q])) && !(lang.is(wsStop, &toks[q]) && !toks[q].Upper) {
		if q > start && !toks[q].Upper && lang.is(wsNamePreps, &toks[q]) {
			break // "Agreement Concerning Co-operation": a preposition in title case opens a complement
		}
		q++
		if q+1 < len(toks) && toks[q].Text == "-" && toks[q].Start == toks[q-1].End && toks[q+1].Start == toks[q].End && toks[q+1].Cap && n.word(q+1) {
			q++ // "U.S.-Pacific": initials with periods, then a hyphen
		}
		if q+1 < len(toks) && toks[q].Text == "'" && toks[q].Start == toks[q-1].End && toks[q+1].Cap && n.word(q+1) {
			q++
		}
		if nameAbbrevDot(toks, q, lang) && n.word(q+1) {
			q++ // "St. Petersburg"
		}
		for q < len(toks) && !toks[q].Cap && !toks[q].Punct && hyphenated(n.d.text, toks, q) && !lang.hyphenAdj(toks[q].Fold) {
			q++ // "Co-operation": a lower-case part after a hyphen, not "Power-based"
		}
		if q+1 < len(toks) && (lang.NameAnd[toks[q].Fold] || toks[q].Text == "&") && toks[q+1].Cap && n.word(q+1) && !n.personAt(q+1) &&
			!(lang.is(wsStop, &toks[q+1]) && !toks[q+1].Upper) {
			q++ // not "entre Luanda et La Havane": the run would end on "et"
		}
		if n.commaInRun(q) {
			q++ // "for an Open, Free and Secure Digital Transformation"
		}
		if q+1 < len(toks) && lang.NameParticles[toks[q].Fold] && !toks[q].Cap && !lang.is(wsNamePreps, &toks[q]) && !lang.is(wsStop, &toks[q]) &&
			toks[q+1].Cap && n.word(q+1) {
			q++ // "Punta del Este", "Mar del Plata": a particle of another language
		}
	}
	return q
}

// commaInRun reports whether the comma at toks[q] joins capitalised
// words coordinated in a name: one capitalised word after it, then a
// coordinating word and another capitalised word ("Open, Free and
// Secure").
func (n nameScan) commaInRun(q int) bool {
	toks := n.toks
	if q+3 >= len(toks) || toks[q].Text != "," || !toks[q+1].Cap || !n.word(q+1) || !n.word(q+2) || !n.word(q+3) {
		return false
	}
	return n.lang.NameAnd[toks[q+2].Fold] && toks[q+3].Cap && !toks[q-1].Upper
}

// noun returns the end of the lower-case word at toks[k] that begins a
// complement, or k: not an ordinal ("le sommet pour la première fois").
func (n nameScan) noun(k int) int {
	if k < len(n.toks) && n.word(k) && !n.toks[k].Cap && !n.lang.is(wsStop, &n.toks[k]) && !n.lang.is(wsNamePreps, &n.toks[k]) && n.lang.ordinalAt(n.toks, k) == 0 {
		return k + 1
	}
	return k
}

// adjectives returns the end of the words that qualify a head from
// toks[j] ("Pacte numérique", "Appel international", "conférence RSA",
// "Convention arabe"): capitalised words, words with one of the
// language's adjective endings or of nationality, or, where names put
// their head first, one word, no verb, after a capitalised head and
// before the preposition of a complement ("Convention arabe de lutte
// contre …", not "le pacte repose sur", nor a verb that a preposition
// follows, "L'Appel mise sur"); at most two.
func (n nameScan) adjectives(j int) int {
	toks, lang := n.toks, n.lang
	e := j
	for e < len(toks) && e-j < 2 && n.word(e) && !lang.is(wsNamePreps, &toks[e]) && !lang.is(wsStop, &toks[e]) {
		qualifier := lang.HeadFirst && e == j && j > 0 && toks[j-1].Cap && e+1 < len(toks) && lang.is(wsNamePreps, &toks[e+1]) && !lang.is(wsElisions, &toks[e]) && !lang.PrepVerbs[toks[e].Fold] && !n.lexVerb(e) && !hasEnding(toks[e].Fold, lang.VerbEndings) &&
			(!lang.LowerPreps[toks[e+1].Fold] || lang.RelationWords[toks[e].Fold]) && !n.bareLowerAfter(e+1) || // "la Charte recommande aux États", « la Charte proclame d'emblée »: a verb; « la Charte n'en dit rien »: a pronoun
			e == j && j > 0 && toks[j-1].Cap && n.relation(e) // "Convention relative to the Preservation of Fauna"
		compound := e+1 < len(toks) && hyphenated(n.d.text, toks, e+1) && lang.adjective(toks[e+1].Fold) // "ibéro-américaine"
		if !toks[e].Cap && !lang.adjective(toks[e].Fold) && !hyphenated(n.d.text, toks, e) && !n.d.isDemonym(toks, e) && !qualifier && !compound {
			break // "convention-cadre" is one head; "Convention arabe" qualifies it by a nationality
		}
		if !toks[e].Cap && e+1 < len(toks) && lang.is(wsArticles, &toks[e+1]) && !lang.is(wsNamePreps, &toks[e+1]) {
			break // "le Congrès américain examine le texte": a verb and its object
		}
		if lang.Honorifics[toks[e].Fold] && titleDot(toks, e+1) {
			break // « la présidence de la conférence M. Pearson »: a person's name follows
		}
		e++
	}
	return e
}

// bareLowerAfter reports whether a word in lower case follows the
// preposition at toks[p] with no article between or in it (not « arabe
// du pétrole, »), and a clause or the sentence's punctuation follows
// it: « proclame d'emblée que », an adverb after a verb, not a
// complement (« arabe de lutte contre »).
func (n nameScan) bareLowerAfter(p int) bool {
	toks := n.toks
	q := p + 1
	if q+1 >= len(toks) || n.lang.Definite[toks[p].Fold] || toks[q].Cap || toks[q].Punct || toks[q].Number || n.lang.is(wsArticles, &toks[q]) {
		return false
	}
	return n.lang.Subord[toks[q+1].Fold] || toks[q+1].Punct
}

// relation reports whether toks[q] is a word of relation before the
// preposition of a complement, one no other name takes, that goes on
// the name: "relative to the Preservation", « relative aux droits ».
func (n nameScan) relation(q int) bool {
	toks := n.toks
	if !n.lang.RelationWords[toks[q].Fold] || q+1 >= len(toks) || !n.lang.is(wsNamePreps, &toks[q+1]) {
		return false
	}
	k := n.pastArticles(q + 2)
	return k < len(toks) && n.word(k)
}

// complement is what complements read after a head.
type complement struct {
	end, n   int
	firstCap bool // the first complement is capitalised ("de Christchurch")
	topic    bool // one complement says what the name is about ("sur la cybercriminalité")
	place    bool // the last complement is a place's name alone ("of London")
}

// complements reads the complements from toks[j]: "de Lyon", "pour la
// cybersécurité des hôpitaux", "on Safe Software". Lower-case ones are
// taken, up to maxLower words, after prepositions that allow them. After
// the head of an event's name, or a place's name alone, a preposition
// of place ends it.
func (n nameScan) complements(j int) complement {
	toks, lang := n.toks, n.lang
	c := complement{end: j}
	lower := 0
	event := j > 0 && lang.is(wsEventHeads, &toks[j-1])
	lastCap := j > 0 && toks[j-1].Cap // the words before the preposition: the head, then the last complement
	// "Accord général de coopération", not « L'appel de »
	capHead := lastCap || j > 1 && toks[j-2].Cap && !lang.is(wsArticles, &toks[j-2]) && lang.adjective(toks[j-1].Fold)
	for c.end < len(toks) && lang.is(wsNamePreps, &toks[c.end]) && n.word(c.end) {
		prep := toks[c.end].Fold
		if (event || c.n == 0 && !lang.HeadFirst || c.place) && lang.PlacePreps[prep] {
			break // "the Cyber Summit in Lugano", "signed the Alpine Convention in Salzburg", "the Treaty of London in Westminster": where, not its name
		}
		compound := c.end+1 < len(toks) && hyphenated(n.d.text, toks, c.end+1) // "au-delà du pétrole"
		if !compound && (n.lowerPrep(c.end) && !n.lowerPrepGoesOn(c, lastCap) || lang.LowerPreps[prep] && !n.lowerPrep(c.end)) {
			break // "la Convention de Chicago à la conférence", not "la Convention relative aux droits"
		}
		k := n.pastArticles(c.end + 1) // an article, definite or not: "sur les", "pour des", "for a"
		if k < len(toks) && lang.Honorifics[toks[k].Fold] {
			break // « le mémorandum de M. Hugenberg »: whose it is, no part of its name
		}
		if k < len(toks) && lang.ordinalAt(toks, k) > 0 && !(k+1 < len(toks) && toks[k+1].Cap && !toks[k+1].Punct) {
			break // "signed the Paris Agreement on the 22nd": a day, not what it is about
		}
		e := n.capRun(k)
		capped := e > k
		e = n.bodyEnd(e) // "des Nations unies sur le droit de la mer": the body's whole name, and the name goes on
		if capped && lang.PartyPreps[prep] {
			e = n.partyList(n.ownedRun(e)) // "between Australia, New Zealand and the United States of America"
		} else if capped {
			e = n.prepList(e, prep) // « des peuples d'Afrique, d'Asie et d'Amérique latine »
		}
		if capped {
			c.firstCap = c.firstCap || c.n == 0
			if k == c.end+1 && lang.InfMark.MatchAt(toks, c.end) == 1 && !lang.Genitive[toks[c.end].Fold] {
				e = n.infObject(e) // "to Counter the Proliferation and Misuse of Commercial Spyware"
			} else if k == c.end+1 && hasEnding(toks[k].Fold, lang.GerundEnds) {
				e = n.infObject(e) // "on Ending the War and Restoring Peace in Viet-Nam"
			}
		} else if !lang.CapsPreps[prep] && lower < maxLower && !(k == c.end+1 && lang.PurposePreps[prep] && n.d.actionAt(toks, k)) {
			// one noun and what qualifies it: "sur la cybersécurité", not
			// "sur la cybersécurité rassemblait", nor a verb that says
			// what for ("le Congrès pour investir")
			e = n.noun(k)
			lower += e - k
			if e == k+1 && lang.adjective(toks[k].Fold) {
				e = max(e, n.capRun(e)) // "pour une nouvelle Europe": an adjective before its noun
			}
		}
		e = n.slashed(e) // "sur le VIH/sida"
		if e == k || n.bridges(k, e) && n.bridge(e-1) && !(e < len(toks) && lang.is(wsNamePreps, &toks[e]) && !lang.PlacePreps[toks[e].Fold]) && !(c.n == 0 && capHead && !event) {
			break // a body ends it: "the charter of the OAS" is the OAS's, "presented the Code of Conduct to the UN in 2011" too, but "the Declaration of ASEAN Concord" goes on, and "the Charter of the United Nations" is a name
		}
		pending := 3 // "on safe software development practices"
		if k > c.end+1 {
			pending = 2 // after an article: "sur les logiciels espions"
		}
		m := n.modifiers(e, maxLower-lower, pending, capped) // "pour l'Intelligence artificielle"
		m = n.adjectiveList(m)                               // "pour des migrations sûres, ordonnées et régulières"
		if !capped || e == k+1 && toks[k].Upper {
			m = n.coordinated(m, maxLower-lower-(m-e)) // "for a free and open web", "sur l'IA et le journalisme"
		}
		if !capped && m < len(toks) && lang.is(wsRelPron, &toks[m]) && (!capHead || lang.Subord[toks[m].Fold]) {
			break // "the Convention on the grounds that", « l'accord de partenariat qui succède »; not « l'Accord général de coopération qui donne »
		}
		lower += n.contentWords(e, m)
		// a place's name alone before a preposition of place, the one
		// case the next turn of the loop asks
		c.place = capped && m == e && m < len(toks) && lang.PlacePreps[toks[m].Fold] && n.d.x.Ref.placeNamed(n.d.text[toks[k].Start:toks[e-1].End])
		e = m
		c.topic = c.topic || lang.TopicPreps[prep]
		c.end, c.n = e, c.n+1
		lastCap = capped
	}
	return c
}

// partyList returns the end of the list of parties whose first item
// ends at toks[e], after a preposition that lists them ("between
// Australia, New Zealand and the United States of America"): items of
// capitalised words, articles aside, joined by commas and a
// conjunction; or e.
func (n nameScan) partyList(e int) int {
	toks, lang := n.toks, n.lang
	for items := 1; items < 8 && e < len(toks); items++ {
		q := e
		if toks[q].Text == "," {
			q++
		}
		and := q < len(toks) && lang.And.MatchAt(toks, q) > 0
		q += lang.And.MatchAt(toks, q)
		if q == e {
			break
		}
		k := n.pastArticles(q)
		r := n.capRun(k)
		if r == k {
			break
		}
		e = n.ownedRun(r)
		if and {
			break // the last item
		}
	}
	return e
}

// prepList returns the end of the list of capitalised complements that
// goes on after the one ending at toks[e], each after the preposition
// prep again, joined by commas and closed by a conjunction (« d'Afrique,
// d'Asie et d'Amérique latine », "of Africa, of Asia and of Latin
// America"), or e: without its conjunction, or with a conjunction
// alone (« de Rennes et de Douai »), the words list no name's parts.
func (n nameScan) prepList(e int, prep string) int {
	toks, lang := n.toks, n.lang
	end := e
	for items := 1; items < 8 && end < len(toks); items++ {
		q := end
		if toks[q].Text == "," {
			q++
		}
		and := lang.And.MatchAt(toks, q)
		q += and
		if q == end || q >= len(toks) || toks[q].Fold != prep {
			break
		}
		k := n.pastArticles(q + 1)
		r := n.capRun(k)
		if r == k || and > 0 && items == 1 {
			break // "les cours d'appel de Rennes et de Douai": two owners, no list of the name's
		}
		end = n.ownedRun(r)
		if and > 0 {
			return end
		}
	}
	return e
}

// ownedRun returns the end of the capitalised words after toks[e] that
// a preposition of an owner joins to the item ending there ("the
// Government of the United Kingdom"), or e.
func (n nameScan) ownedRun(e int) int {
	for e < len(n.toks) && n.lang.ownerPrep(n.toks[e].Fold) {
		k := n.pastArticles(e + 1)
		r := n.capRun(k)
		if r == k {
			break
		}
		e = r
	}
	return e
}

// stanceAfter reports whether a noun of stance of the frame table
// stands at toks[k], after articles: "à la signature", "à l'adhésion".
func (n nameScan) stanceAfter(k int) bool {
	k = n.pastArticles(k)
	return k < len(n.toks) && (n.lang.StanceNouns[n.toks[k].Fold] || n.lang.Frames.nouns.at(n.toks, k) > 0)
}

// pastArticles returns the token after the articles that start at
// toks[k] ("la", "l'", "les"), or k.
func (n nameScan) pastArticles(k int) int {
	for k < len(n.toks) && (n.lang.is(wsNameArticles, &n.toks[k]) || n.lang.is(wsArticles, &n.toks[k])) {
		k++
	}
	return k
}

// lowerPrep reports whether toks[q] is a preposition of LowerPreps, not
// a verb folded like one ("a" is not "à").
func (n nameScan) lowerPrep(q int) bool {
	if q >= len(n.toks) || !n.lang.LowerPreps[n.toks[q].Fold] {
		return false
	}
	return n.toks[q].Text != n.toks[q].Fold || !n.verb(q)
}

// lowerPrepGoesOn reports whether a name goes on past a preposition of
// LowerPreps at toks[c.end], after the complements c read so far
// (lastCap: the last of them, or the head, is capitalised): after a word of relation ("Convention
// relative aux droits"), or a lower-case complement ("sur l'accès à
// l'information"), when a lower-case noun follows that says no stance
// ("ouvert à la signature").
func (n nameScan) lowerPrepGoesOn(c complement, lastCap bool) bool {
	toks, lang := n.toks, n.lang
	q := c.end
	if lang.NameEnds.MatchAt(toks, q) > 0 || lang.CoActors.MatchAt(toks, q) > 0 || lang.Frames.except.at(toks, q) > 0 {
		return false // "le Forum de Lyon sur la cybersécurité aux côtés de", "à l'exception de", "à l'issue de"
	}
	relation := lang.RelationWords[toks[q-1].Fold]
	if !relation && (c.n == 0 || lastCap) {
		return false
	}
	k := n.pastArticles(q + 1)
	// after a word of relation the complement may be capitalised: "Accord relatif à l'Éthiopie"
	return k < len(toks) && (!toks[k].Cap || relation) && !toks[k].Punct && !n.stanceAfter(k)
}

// prepRepeated reports whether the preposition at toks[k], after the
// conjunction that ends a complement at toks[e], is the one that opened
// that complement a few words before: "au-delà du pétrole et du gaz".
func (n nameScan) prepRepeated(e, k int) bool {
	for q := e - 1; q >= 0 && q >= e-4 && !n.toks[q].Punct; q-- {
		if n.lang.is(wsNamePreps, &n.toks[q]) {
			return n.toks[q].Fold == n.toks[k].Fold
		}
	}
	return false
}

// slashed returns the end of the words joined to the one that ends at
// toks[e] by slashes written without spaces ("VIH/sida", "HIV/AIDS"), or
// e.
func (n nameScan) slashed(e int) int {
	toks := n.toks
	for e > 0 && e+1 < len(toks) && toks[e].Text == "/" && toks[e-1].End == toks[e].Start && toks[e].End == toks[e+1].Start && !toks[e+1].Punct && !n.taken(e+1) {
		e += 2
	}
	return e
}

// infObject returns the end of the capitalised object, after an
// article, of the capitalised infinitive that ends at toks[e] in a name
// ("Joint Statement on Efforts to Counter the Proliferation of …"), or e.
func (n nameScan) infObject(e int) int {
	k := e
	for k < len(n.toks) && n.lang.is(wsArticles, &n.toks[k]) && n.word(k) {
		k++
	}
	if k == e || k >= len(n.toks) {
		return e
	}
	if o := n.capRun(k); o > k {
		return o
	}
	return e
}

// modifiers returns the end of the lower-case words from toks[e] that
// qualify the noun before them, at most max of them: words with an
// adjective ending ("pour l'Intelligence artificielle"), or, after a
// lower-case noun, up to pending others when what follows them ends the
// name ("sur les logiciels espions a été adopté", "pour des réseaux
// ouverts."), not when another word follows ("sur les logiciels espions
// compte"). A word before its object is a verb, which ends the name
// ("for open networks unites 40 countries"). After capitalised
// words a lower-case word is rather the sentence's ("Charte de Lyon
// avait").
func (n nameScan) modifiers(e, max, pending int, capped bool) int {
	end, joined := e, 0
	for q := e; q < len(n.toks) && q-e < max && n.plain(q); q++ {
		if q > e && hyphenated(n.d.text, n.toks, q) {
			joined++ // "sous-marins" is one word
		}
		switch {
		case n.lang.adjective(n.toks[q].Fold) || n.lang.RegionAdj[n.toks[q].Fold]: // "l'Union du Maghreb arabe"
			end = q + 1
		case n.adjectiveAt(q) > q+1: // "des nations sud-américaines", "des États ouest-africains": one word
			end = n.adjectiveAt(q)
			q, joined = end-1, joined+end-1-q
		case q == e && capped && n.relation(q):
			return q + 1 // "Convention on Certain Questions relating to the Conflict of Nationality Laws"
		case capped || q-end-joined >= pending:
			return end
		case n.object(q + 1):
			return q
		case n.lowerPrep(q+1) && !n.lang.RelationWords[n.toks[q].Fold] && n.stanceAfter(q+2):
			return end // "le Traité sur l'espace ouvert à la signature": a participle and its complement
		case n.ends(q + 1):
			end = q + 1
		}
	}
	return end
}

// bodyEnd returns where the name of a body the rules know that goes on
// at toks[e], after its first capitalised words, ends ("Nations unies")
// when a complement of the name follows it, or e.
func (n nameScan) bodyEnd(e int) int {
	if n.bridge == nil || n.wholeBody == nil || !n.wholeBody() || e == 0 || !n.bridge(e-1) {
		return e
	}
	b := e
	for b < len(n.toks) && n.bridge(b) {
		b++
	}
	if b == len(n.toks) || !n.lang.is(wsNamePreps, &n.toks[b]) || n.lang.Frames.aux.at(n.toks, b) > 0 {
		return e // "la charte de l'Union africaine a été signée"
	}
	return b
}

// contentWords returns how many of toks[e:m] are no conjunction nor
// article: "et la protection" is one more word of a name's complement.
func (n nameScan) contentWords(e, m int) int {
	c := 0
	for q := e; q < m; q++ {
		if n.lang.And.MatchAt(n.toks, q) == 0 && !n.lang.is(wsArticles, &n.toks[q]) {
			c++
		}
	}
	return c
}

// hyphenated reports whether toks[q] continues the word before it
// across a hyphen ("sous-marins").
func hyphenated(text string, toks []Token, q int) bool {
	return q > 0 && toks[q].Start == toks[q-1].End+1 && text[toks[q-1].End] == '-'
}

// coordinated returns the end of a lower-case complement that ends at
// toks[e] and another one coordinated to it ("for a free and open web",
// "pour la confiance et la sécurité dans"), at most max more words; or
// e. The other one, after an article, is a noun and what qualifies it,
// and what follows it ends the name.
func (n nameScan) coordinated(e, max int) int {
	toks, lang := n.toks, n.lang
	if e >= len(toks) || lang.And.MatchAt(toks, e) != 1 {
		return e
	}
	k := e + 1
	for k < len(toks) && lang.is(wsArticles, &toks[k]) && !lang.is(wsNamePreps, &toks[k]) {
		k++
	}
	if k == e+1 && k < len(toks) && lang.is(wsNamePreps, &toks[k]) && (lang.is(wsArticles, &toks[k]) || lang.Definite[toks[k].Fold] || n.prepRepeated(e, k)) {
		k++ // a contracted preposition: "des principes et des droits", "du pétrole et du gaz", "des communications et du transit"
	}
	// with no article between, a head word is one more noun ("sur les
	// droits et principes numériques"), not a second name ("et l'Appel")
	if k >= len(toks) || !n.plain(k) && !(k == e+1 && n.lowerHead(k)) {
		return e
	}
	if k == e+1 && k+1 < len(toks) && lang.is(wsArticles, &toks[k+1]) && !lang.is(wsNamePreps, &toks[k+1]) {
		return e // "pour tous et promis l'enseignement": a verb and its object
	}
	m := n.modifiers(k+1, max-(k+1-e), 2, false)
	if m-e > max || !n.ends(m) {
		return e
	}
	return m
}

// adjectivePair returns the end of one more adjective coordinated to
// the lower-case one that qualifies a head and ends at toks[j-1], with
// the same last letter, in a language that puts the head first:
// "Conférence internationale économique et financière"; or j.
func (n nameScan) adjectivePair(j int) int {
	toks, lang := n.toks, n.lang
	if !lang.HeadFirst || j < 2 || j+1 >= len(toks) || toks[j-1].Cap || !lang.adjective(toks[j-1].Fold) || lang.And.MatchAt(toks, j) != 1 || !n.plain(j+1) || !n.ends(j+2) {
		return j
	}
	if a, b := toks[j-1].Fold, toks[j+1].Fold; len(b) < 4 || a[len(a)-1] != b[len(b)-1] {
		return j
	}
	return j + 2
}

// adjectiveList returns the end of a list of adjectives that, after the
// comma at toks[e], agree with the lower-case word before it (the same
// last two letters) and end with "et" and one more, in a language that
// puts the head first: "migrations sûres, ordonnées et régulières"; or e.
func (n nameScan) adjectiveList(e int) int {
	toks, lang := n.toks, n.lang
	if !lang.HeadFirst || e < 1 || e >= len(toks) || toks[e-1].Cap || len(toks[e-1].Fold) < 4 {
		return e
	}
	if b := n.adjectiveAt(e + 1); lang.And.MatchAt(toks, e) == 1 && lang.adjective(toks[e-1].Fold) && b > e+1 {
		if n.ends(b) {
			return b // "du Conseil interaméricain économique et social"
		}
		if a := n.adjectiveAt(b); a > b && n.ends(a) {
			return a // "l'Union économique et monétaire ouest-africaine"
		}
	}
	if toks[e].Text != "," {
		return e
	}
	last := toks[e-1].Fold
	agrees := func(q int) bool {
		if q >= len(toks) || toks[q].Cap || toks[q].Punct || len(toks[q].Fold) < 4 {
			return false
		}
		w := toks[q].Fold
		if strings.HasSuffix(last, "es") || !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "x") {
			return w[len(w)-2:] == last[len(last)-2:] // "sûres, ordonnées", "libre, démocratique"
		}
		return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") // a plural: "humains, sociaux"
	}
	q := e
	for q < len(toks) && toks[q].Text == "," {
		if !agrees(q + 1) {
			return e
		}
		q += 2
	}
	if lang.And.MatchAt(toks, q) != 1 || !agrees(q+1) || !n.ends(q+2) {
		return e
	}
	return q + 2
}

// adjectiveAt returns the end of a lower-case adjective or demonym at
// toks[q], its parts glued by hyphens ("ouest-africaine"), or q.
func (n nameScan) adjectiveAt(q int) int {
	toks := n.toks
	if q >= len(toks) {
		return q
	}
	e := q + 1
	for e < len(toks) && glued(toks, e) {
		e++
	}
	if toks[q].Cap || toks[q].Punct || toks[e-1].Cap || toks[e-1].Punct {
		return q
	}
	if n.lang.adjective(toks[e-1].Fold) || n.d.isDemonym(toks, e-1) {
		return e
	}
	return q
}

// plain reports whether toks[q] is a lower-case word that may stand in
// a name's complement: no stop word, preposition, inflected verb, nor
// the head word that says what the name names ("the Contract for the
// web initiative").
func (n nameScan) plain(q int) bool {
	t, lang := n.toks[q], n.lang
	number := lang.is(wsNumbers, &t)
	return n.word(q) && !t.Cap && !number && !lang.is(wsStop, &t) && !lang.is(wsElisions, &t) && !lang.is(wsNamePreps, &t) &&
		!hasEnding(t.Fold, lang.VerbEndings) && !lang.VerbWords[t.Fold] && lang.Frames.reflexive.at(n.toks, q) == 0 && !n.verb(q) && !lang.lowerNameHead(&t) && !lang.is(wsEventHeads, &t) &&
		lang.Frames.locClitic.at(n.toks, q) == 0 && lang.Frames.nounPrep.at(n.toks, q) == 0 && // "la Déclaration de Tunis sur l'internet y a été présentée"
		lang.CoActors.MatchAt(n.toks, q) == 0 && // "une Charte d'Oslo sur les données conjointement avec le Chili"
		lang.Frames.listIn.at(n.toks, q) == 0 // "le Cadre de Canberra sur les technologies cyber ainsi que"
}

// lowerHead reports whether toks[q] is a lower-case head word of an
// initiative's name.
func (n nameScan) lowerHead(q int) bool {
	t := n.toks[q]
	return n.word(q) && !t.Cap && n.lang.lowerNameHead(&t)
}

// verb reports whether a verb starts at toks[q]: a form of a verb of
// the frame table, an auxiliary, a copula, a reporting verb, a verb by
// which members join, of size ("compte", "counts") or of an event
// frame ("réunit", "took place in").
func (n nameScan) verb(q int) bool {
	return n.lexVerb(q) || n.lang.Frames.aux.at(n.toks, q) > 0
}

// lexVerb is verb without the auxiliaries, which a quoted name reads
// past: an auxiliary there is a word folded like one ("droit à
// l'égalité") or comes before a verb that ends the name anyway.
func (n nameScan) lexVerb(q int) bool {
	f, toks := &n.lang.Frames, n.toks
	if fr, _ := n.lang.frameAt(toks, q); fr != nil {
		return true
	}
	return f.verbs.at(toks, q) > 0 || f.parts.at(toks, q) > 0 || f.futures.at(toks, q) > 0 ||
		f.copula.at(toks, q) > 0 || f.intake.at(toks, q) > 0 || f.report.at(toks, q) > 0 || n.lang.CountVerb.MatchAt(toks, q) > 0
}

// ends reports whether a name may end before toks[q]: at the end of the
// sentence, before a word that cannot stand in a name (punctuation, a
// date, a trigger), a stop word (an auxiliary, a preposition of time or
// agent, a conjunction), another complement or a verb; not before a
// verb's object (see object).
func (n nameScan) ends(q int) bool {
	if q >= len(n.toks) {
		return true
	}
	t, lang := n.toks[q], n.lang
	if n.object(q) {
		return false
	}
	return !n.word(q) || !t.Cap && (lang.is(wsStop, &t) || lang.is(wsElisions, &t) || lang.is(wsNamePreps, &t) || hasEnding(t.Fold, lang.VerbEndings) || lang.VerbWords[t.Fold] || n.verb(q) || lang.Frames.listIn.at(n.toks, q) > 0)
}

// object reports whether toks[q] begins what a verb takes: a count (a
// number, an approximator), an article that is neither a preposition
// nor elided (a pronoun, or "l'an prochain"), the agent of a passive
// ("rédigée par", "drawn up by"), or the mark of an infinitive before one ("vise à
// renforcer", "aims to curb", not "Call to Action"); so that the word
// before it is rather a verb ("pour des hôpitaux regroupe 12 pays",
// "regroupe les", "unites 40 countries").
func (n nameScan) object(q int) bool {
	toks, lang := n.toks, n.lang
	if q >= len(toks) {
		return false
	}
	t := toks[q]
	if k := lang.InfMark.MatchAt(toks, q); k > 0 && !lang.Genitive[t.Fold] && !(t.Text == t.Fold && n.verb(q)) { // not "a", the verb folded like "à"
		r := q + k
		return r < len(toks) && !toks[r].Cap && !toks[r].Punct && !toks[r].Number && !lang.is(wsStop, &toks[r])
	}
	number := lang.is(wsNumbers, &t)
	agent := lang.Frames.agent.at(toks, q) > 0 || lang.is(wsStop, &t) && lang.Frames.agent.at(toks, q+1) > 0 // "drawn up by"
	if q+2 < len(toks) && isDay(toks[q+1]) {
		if m, _ := lang.month(toks, q+2); m > 0 {
			return false // "sous-marins le 3 mars 2021": a date
		}
	}
	return t.Number || number || agent || lang.Approx.MatchAt(toks, q) > 0 || lang.is(wsArticles, &t) && !lang.is(wsNamePreps, &t) && !lang.is(wsElisions, &t)
}

// bridges reports whether tokens [k, e) hold a bridge name.
func (n nameScan) bridges(k, e int) bool {
	for q := k; q < e && n.bridge != nil; q++ {
		if n.bridge(q) {
			return true
		}
	}
	return false
}

// quoted reports whether a name starting at toks[i] opens a quotation
// (« Contrat pour le Web », "déclaration pour l'avenir de l'internet").
func quoted(lang *Language, toks []Token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-2; b-- {
		switch toks[b].Text {
		case "«", "\"", "“":
			return true
		}
		if !lang.is(wsNameArticles, &toks[b]) {
			return false
		}
	}
	return false
}

// maxQuoted is the number of words a quoted name may have.
const maxQuoted = 40

// quoteEnd returns the end of a name that opens a quotation at toks[i]
// and whose words run to its closing quote, further than e ("la «
// Déclaration sur une intelligence artificielle inclusive et durable pour
// les peuples et la planète »"); or e. The words in between are those of
// a name: no verb, no sentence punctuation.
func (n nameScan) quoteEnd(i, e int) int {
	if !quoted(n.lang, n.toks, i) {
		return e
	}
	for q := e; q < len(n.toks) && q < i+maxQuoted; q++ {
		t := n.toks[q]
		switch {
		case isQuote(t.Text):
			return q
		case t.Punct && t.Text != "," && t.Text != "-" && t.Text != "'", n.taken(q), n.lexVerb(q), hasEnding(t.Fold, n.lang.VerbEndings) && !t.Cap:
			return e
		case !t.Cap && n.lang.Frames.neg.at(n.toks, q) > 0:
			return e // « L'accord de Rapallo n'existe pas pour Fiume »: a sentence quoted
		}
	}
	return e
}

// headedName returns the end of a name with a head word of the list
// heads that starts at toks[i], or i (see initiativeName).
func (d *docState) headedName(n nameScan, i int, heads wordSet) int {
	lang, toks, taken := n.lang, n.toks, n.taken
	t := toks[i]
	head := lang.is(heads, &t)
	if !head && !t.Cap {
		return i // neither a head nor a capital
	}
	if t.Punct || taken(i) || i > 0 && toks[i-1].Cap && !toks[i-1].Punct && (taken(i-1) || !lang.is(wsStop, &toks[i-1])) && !n.headline && lang.ordinalAt(toks, i-1) == 0 {
		return i // inside a longer name: "Open Code Alliance"
	}
	if !t.Cap {
		if _, v := lang.Frames.verbs.endingAtGap(toks, i+1, 8, &lang.Frames.adverb); v >= 0 {
			return i // "manquent également à l'appel sur la liste": the verb's last word
		}
	}
	// a capital opening a sentence says nothing, unless the word has
	// one elsewhere too: "Contrat de travail signé …" is no name
	if head && docCode(toks, i+1) && !taken(i+1) {
		return i + 4 // "Resolution L.41, drafted by", "la résolution L.41": a document's code names it
	}
	if head && capsOnlyHead(lang, t) {
		return i
	}
	capHead := t.Cap && head && (i > 0 || d.knownWordCase(t))
	if head && !lang.is(wsInnerHeads, &t) && (capHead || (!lang.is(wsCapHeads, &t) || n.relationHead(i)) && (lang.HeadFirst || quoted(d.x.Lang, toks, i)) || d.topicHead(toks, i) || d.bareHead(toks, i) || n.eponymHead(i)) {
		e := n.headFirst(i, capHead)
		if e > i {
			e = max(e, n.quoteEnd(i, e))
		} else if q := n.quoteEnd(i, i+1); q > i+1 {
			e = q // "« Engagement en faveur de la cyberdéfense »": the quotes hold the name
		}
		if capHead && e > i {
			e = n.createdBody(e) // "l'Accord portant création de la Banque asiatique de développement"
		} else if capHead && lang.DescCreate.MatchAt(toks, i+1) > 0 {
			e = max(e, n.createdBody(i+1)) // "l'Accord portant création de …": the head alone, then what it creates
		}
		return e
	}
	if !t.Cap || lang.is(wsStop, &t) {
		return i
	}
	// head among capitalised words: "Oslo Pledge on Safe Software"
	// the head ends the capitalised words: not "Open Code Alliance"
	e := n.capRun(i)
	if e-i >= 2 && !head && !lang.is(heads, &toks[e-1]) {
		e = n.headCoordinated(i, e, heads)
	}
	if e-i < 2 || head || !lang.is(heads, &toks[e-1]) && !n.coordinatedHead(i, e, heads) || capsOnlyHead(lang, toks[e-1]) {
		return i
	}
	if !toks[e-1].Cap && lang.is(wsInnerHeads, &toks[e-1]) {
		return i // "Self-regulation": an inner head names only capitalised
	}
	e = n.adjectives(e) // "Deuxième Protocole additionnel"
	if c := n.complements(e); c.n > 0 {
		e = c.end
	}
	return n.createdBody(e) // "the Agreement Establishing the Asian Development Bank"
}

// createdBody returns the end of the body that a phrase of creation
// (descprep create) right after a text's name ending at toks[e] names,
// after an article: a body's name the rules read before, or capitalised
// words ("the Agreement Establishing the Asian Development Bank", "le
// Traité instituant la Communauté économique européenne"); or e.
func (n nameScan) createdBody(e int) int {
	at, p := e, n.lang.DescCreate.MatchAt(n.toks, e)
	if p == 0 && e > 0 && n.lang.DescCreate.MatchAt(n.toks, e-1) == 1 {
		at, p = e-1, 1 // "Establishing" capitalised, read with the name
	}
	if p == 0 {
		return e
	}
	k := n.pastArticles(at + p)
	q := k
	for q < len(n.toks) && n.taken(q) {
		q++
	}
	if q == k {
		q = n.capRun(k)
	}
	if q == k {
		return e
	}
	return q
}

// capsOnlyHead reports whether t, written all in capitals, is a head
// that names only when capitalised or after a capitalised word: in
// capitals it says nothing ("POOL REPORT", "NEW CONSTITUTION").
func capsOnlyHead(lang *Language, t Token) bool {
	return t.Upper && len(t.Text) > 1 && (lang.is(wsCapHeads, &t) || lang.is(wsInnerHeads, &t))
}

// relationHead reports whether the lower-case head at toks[i], one that
// names only when capitalised, opens a name all the same: after a
// definite article, before a word of relation whose complement is
// capitalised ("l'arrangement relatif à l'Éthiopie"; not "un arrangement
// avec les créanciers").
func (n nameScan) relationHead(i int) bool {
	lang, toks := n.lang, n.toks
	if toks[i].Cap || i == 0 || !lang.is(wsDefinite, &toks[i-1]) || i+3 >= len(toks) || !lang.RelationWords[toks[i+1].Fold] || !n.lowerPrep(i+2) {
		return false
	}
	k := n.pastArticles(i + 3)
	return k < len(toks) && toks[k].Cap && !toks[k].Punct
}

// eponymHead reports whether the lower-case head at toks[i], one that
// names only when capitalised, opens a name all the same: a head of the
// lexicon's eponym heads after a definite article, before one
// capitalised word of no other name ("le plan Marshall", "le rapport
// Lytton"; not "le projet Gaia-X", whose name is the capitalised word).
func (n nameScan) eponymHead(i int) bool {
	lang, toks := n.lang, n.toks
	return !toks[i].Cap && lang.EponymHeads[toks[i].Fold] && i > 0 && lang.is(wsDefinite, &toks[i-1]) &&
		i+1 < len(toks) && toks[i+1].Cap && !toks[i+1].Punct && !n.taken(i+1) && !lang.is(wsStop, &toks[i+1]) &&
		(i+2 >= len(toks) || !toks[i+2].Cap)
}

// bareHead reports whether, in a text that names no initiative, the
// lower-case head at toks[i] opens one all the same: after a definite
// article or a possessive, before a preposition of a name ("son code de
// bonnes pratiques", "the code of practice").
func (d *docState) bareHead(toks []Token, i int) bool {
	lang := d.x.Lang
	if !d.bare || toks[i].Cap || i == 0 || !lang.BareHeads[toks[i].Fold] || !lang.is(wsDefinite, &toks[i-1]) && !lang.Possessives[toks[i-1].Fold] ||
		i+1 >= len(toks) || !lang.NamePreps[toks[i+1].Fold] {
		return false
	}
	// not "the principles on the day" nor "l'engagement des signataires"
	if i+2 >= len(toks) || toks[i+2].Punct || lang.Frames.article.at(toks, i+2) > 0 || lang.is(wsStop, &toks[i+2]) {
		return false
	}
	_, m := lang.Frames.member.match(toks, i+2)
	return m == 0
}

// topicHead reports whether the lower-case head at toks[i], in a
// language whose names put their head last, opens a name all the same:
// after a definite article and before a preposition of topic and a
// lower-case word that is no article ("the statement on inclusive and
// sustainable artificial intelligence", not "the statement on Tuesday",
// "the principles on the day" nor "the pledge for now").
func (d *docState) topicHead(toks []Token, i int) bool {
	lang := d.x.Lang
	return !lang.HeadFirst && !toks[i].Cap && i > 0 && lang.is(wsDefinite, &toks[i-1]) && i+2 < len(toks) &&
		lang.TopicPreps[toks[i+1].Fold] && !toks[i+2].Cap && !toks[i+2].Punct && !toks[i+2].Number && lang.Frames.article.at(toks, i+2) == 0 &&
		!lang.is(wsStop, &toks[i+2]) && lang.Present.MatchAt(toks, i+2) == 0
}

// headFirst returns the end of a name whose head is toks[i]: French
// names, "Charter of Trust", "la convention sur la cybercriminalité";
// or i. A lower-case head makes a name with a capitalised first
// complement ("l'appel de Christchurch", not "l'appel des ONG"), in
// quotes, or after an article with a complement that says what it is
// about.
func (n nameScan) headFirst(i int, capHead bool) int {
	toks := n.toks
	j := n.adjectivePair(n.adjectives(i + 1))
	if capHead && j == i+1 && j < len(toks) && toks[j].Number && len(toks[j].Text) <= 4 && !n.taken(j) {
		return j + 1 // "Convention 108", "Agenda 2030": a number names it
	}
	if !capHead && j == i+1 && j+1 < len(toks) && n.lang.ownerPrep(toks[j].Fold) && n.lang.Indefinite.MatchAt(toks, j+1) > 0 {
		return i // "la charte d'une Organisation internationale du commerce": a description
	}
	c := n.complements(j)
	if !capHead {
		if c.n == 0 && j > i+1 && toks[i+1].Cap {
			return j // "la conférence RSA"
		}
		article := i > 0 && n.lang.is(wsDefinite, &toks[i-1])
		if !c.firstCap && !quoted(n.lang, toks, i) && !(c.topic && article) && !n.d.bareHead(toks, i) {
			return i
		}
	}
	if c.n == 0 {
		if j == i+1 || !capHead {
			return i
		}
		return j
	}
	return c.end
}

// docCode reports whether a document's code, a capital letter glued by a
// full stop to a number, starts at toks[j]: "L.41", "A.69".
func docCode(toks []Token, j int) bool {
	return j+2 < len(toks) && len(toks[j].Text) == 1 && toks[j].Cap && toks[j+1].Text == "." && toks[j+2].Number &&
		toks[j+1].Start == toks[j].End && toks[j+2].Start == toks[j+1].End
}

// adjective reports whether a lower-case word ends like an adjective of
// the language ("numérique", "mondial"), and is no adverb of its list
// ("enfin"), and may so follow a head.
func (l *Language) adjective(w string) bool {
	return hasEnding(w, l.AdjEndings) && !l.Adverbs.hasWord(w) || l.AdjWords[w]
}

// hasEnding reports whether the word w, three letters or more longer
// than an ending of endings, ends with it.
func hasEnding(w string, endings []string) bool {
	for _, s := range endings {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// appositiveName returns the index of the one-word name that a name
// starting at toks[i] stands in apposition to: an acronym ("la CRI,
// l'Initiative internationale …") or a capitalised word that is no
// date and whose capital says it is a name ("adopted Esprit, the European
// Strategic Programme …"; a word opening the sentence must have its
// capital elsewhere too) that no preposition of a name ends a longer
// name with, or -1.
func (d *docState) appositiveName(toks []Token, i int) int {
	lang := d.x.Lang
	q := i - 1
	for q >= 0 && lang.is(wsNameArticles, &toks[q]) {
		q--
	}
	if q < 1 || toks[q].Text != "," || q-2 >= 0 && toks[q-2].Cap && !toks[q-2].Punct {
		return -1
	}
	t := toks[q-1]
	if q-2 >= 0 && (lang.is(wsNamePreps, &toks[q-2]) || lang.OfPrep[toks[q-2].Fold]) {
		return -1 // "the Bill of Rights, the blueprint": a longer name's last word
	}
	if acronym(t) || t.Cap && !t.Punct && !t.Number && !t.may(lexDate) && !lang.is(wsStop, &t) && (q-1 > 0 || d.knownWordCase(t)) {
		return q - 1
	}
	return -1
}

// alnum reports whether t is a word of figures and letters that may
// stand among the capitalised words of a name ("Prague 5G Security
// Conference").
func alnum(t Token) bool {
	return !t.Punct && !t.Number && t.Text != "" && unicode.IsDigit(firstRune(t.Text))
}

// cutActor returns the end of the name [i, e) without a complement
// about a state ("the Protocol for the Government of Croatia" is no
// name): a name is about a subject, a state stands in it as its place
// ("Déclaration de Tallinn"), or qualifies the word after it ("the
// Declaration on U.S.-Pacific Partnership"); or i when only the head is
// left.
func cutActor(lang *Language, toks []Token, i, e int, stateAt []bool) int {
	for q := i + 1; q < e; q++ {
		if !lang.is(wsTopicPreps, &toks[q]) {
			continue
		}
		for k := q + 1; k < e && !lang.is(wsTopicPreps, &toks[k]); k++ {
			j := k
			for j < e && stateAt[j] {
				j++
			}
			if j > k && j < e && (toks[j].Text == "-" || toks[j].Cap && !toks[j].Punct) {
				k = j // a state that qualifies a word: "U.S.-Pacific", "U.S. Leadership"
				continue
			}
			if stateAt[k] && topicOfState(lang, toks, q, k) {
				k = j // "Declaration on the Neutrality of Laos": the state's neutrality is the subject
				continue
			}
			if stateAt[k] {
				if q == i+1 {
					return i
				}
				return q
			}
		}
	}
	return e
}

// topicOfState reports whether the state at toks[k], in the complement
// opened at toks[q], is the owner of the common noun of a topic right
// before it ("on the Neutrality of Laos", « sur la neutralité du Laos »),
// not of a stand-in for its government ("for the Government of Croatia").
func topicOfState(lang *Language, toks []Token, q, k int) bool {
	p := k - 1
	if p <= q+1 || !lang.ownerPrep(toks[p].Fold) {
		return false
	}
	_, s := lang.Frames.standin.endingAt(toks, p, 3)
	return s < 0 && !toks[p-1].Punct && !lang.is(wsArticles, &toks[p-1])
}

// headBefore gives the entry of the reference data to the names that a
// head word before them makes a known name: "l'initiative Counter
// Ransomware" is the "Counter Ransomware Initiative", "the call
// Christchurch" the "Christchurch Call".
func (d *docState) headBefore(toks []Token, ms mentions) {
	lang := d.x.Lang
	for _, m := range ms {
		if m.entry != nil || m.id != "" || m.i == 0 || !m.isKind(pledgegraph.KindInitiative, pledgegraph.KindEvent, pledgegraph.KindOrganization) {
			continue
		}
		h := toks[m.i-1]
		if h.Cap || !lang.is(wsInitHeads, &h) && !lang.is(wsEventHeads, &h) {
			continue
		}
		name := tokText(d.text, toks, m.i, m.j) + " " + h.Text
		alt := Tokenize(name, 0, len(name))
		for k := range alt {
			alt[k].lex, alt[k].wid = 0, 0 // not annotated: every list may match
		}
		if es, n := d.x.Ref.MatchAt(alt, 0); n == len(alt) && len(es) == 1 {
			m.entry, m.cands, m.kind = es[0], es, es[0].Kind
		}
	}
}

// knownAs makes the name after "known as", "dite" the same entity as
// the name it qualifies: "the Convention on Cybercrime, better known as
// the Budapest Convention", "Better known as the Budapest Convention,
// the Council of Europe's Convention on Cybercrime".
func (d *docState) knownAs(toks []Token, ms mentions) mentions {
	for p := range toks {
		n := d.x.Lang.KnownAs.MatchAt(toks, p)
		if n == 0 {
			continue
		}
		q := p + n
		for q < len(toks) && (d.x.Lang.is(wsNameArticles, &toks[q]) || isQuote(toks[q].Text) || d.x.Lang.Frames.adverb.at(toks, q) == 1) {
			q++ // "que l'on appelle déjà « convention de Ramsar »"
		}
		var a, b *mention
		for _, m := range ms {
			switch {
			case m.i == q:
				b = m
			case m.j <= p && m.j >= p-2 && commasOrQuotes(toks[m.j:p]):
				a = m // "A, better known as B", "« A », dite B"
			}
		}
		if a == nil {
			a = apposedBefore(toks, ms, p) // "A, the regional trade deal better known as B"
		}
		if b == nil && a != nil {
			if e := capSpan(toks, q, func(int) bool { return false }, d.x.Lang, 4); e > q {
				b = &mention{i: q, j: e, kind: a.kind} // "better known as PACER Plus": a name the rules did not read
				ms = append(ms, b)
				sortMentions(ms)
			}
		}
		if b != nil && b.entry == nil && b.id != "" && a != nil && a.kind == b.kind && a.entry == nil && a.id == "" && d.ents[b.id] != nil {
			a.name = d.ents[b.id].Name // "la Convention de Malabo" named before: "X, dite Convention de Malabo" is it
		}
		if b == nil || b.entry != nil || b.id != "" {
			continue
		}
		if a == nil || a.kind != b.kind {
			a = nil
			for _, m := range ms {
				if m.i >= b.j && m.i <= b.j+8 && m.kind == b.kind {
					a = m // "better known as B, the X's A"
					break
				}
			}
		}
		if a != nil {
			b.name, b.entry, b.cands, b.id = a.name, a.entry, a.cands, a.id
		}
	}
	return ms
}

// apposedBefore returns the mention that a comma and lower-case words
// of apposition separate from toks[p] ("A, the regional trade deal
// better known as"), or nil.
func apposedBefore(toks []Token, ms mentions, p int) *mention {
	for q := p - 1; q > 0 && q >= p-8; q-- {
		if toks[q].Text == "," {
			return ms.endingAt(q)
		}
		if toks[q].Cap || toks[q].Punct {
			return nil
		}
	}
	return nil
}

// headRef reports whether toks[q] is the head word of an initiative's
// name after an article ("the Convention", "l'Appel"): a reference to an
// initiative the text named, not an unknown actor's name.
func headRef(lang *Language, toks []Token, q int) bool {
	return q > 0 && lang.is(wsInitHeads, &toks[q]) && lang.is(wsNameArticles, &toks[q-1])
}

// upperFirst returns s with its first letter in upper case: "lord" →
// "Lord".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
