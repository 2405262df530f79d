package extract

import (
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// describedInitiative adds, in a sentence about support or a launch that
// names no initiative, the text it describes in lower case: a head of
// the language's deschead list, the words that qualify it (descmod) and
// its subject after a descprep word ("a joint statement on 6G
// principles", "une déclaration commune sur le développement d'une
// infrastructure de communication quantique"). The description names
// the initiative; later definite descriptions ("the joint statement",
// "la déclaration") resolve to it as to any initiative named. Before the
// first initiative the text names (a headline's "G7 backs pledge on
// undersea cables"), with a head the initiative under discussion bears,
// or with a definite article once one is under discussion ("au texte sur
// le site"), the description is of that one.
func (sc *mentionScan) describedInitiative(stance bool) {
	if !stance || slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.initiative() }) || sc.d.cur != "" && sc.d.lastInit == "" {
		return // before the text names its initiative, a description is of that one
	}
	toks, lang := sc.toks, sc.lang
	for i := 0; i < len(toks); i++ {
		n := lang.DescHeads.MatchAt(toks, i)
		if n == 0 || sc.isTaken(i) {
			continue
		}
		if sc.bodyText(i, n) {
			return // "the charter of the African Union", "the Pact of the Arab League": the body's own text
		} else if toks[i].Cap && i > 0 {
			continue
		}
		if e := sc.d.ents[sc.d.lastInit]; e != nil && sc.d.headedBy(e, toks[i+n-1].Fold) {
			return
		}
		b, q := sc.descBounds(i, n) // "joint statement", "déclaration commune"
		if e := sc.adjectivesAfter(q); e >= q+2 && b > 0 && lang.Definite[toks[b-1].Fold] && lang.DescPreps.MatchAt(toks, e) == 0 {
			sc.add(&mention{i: b, j: e, kind: pledgegraph.KindInitiative, name: sc.text(b, e)}) // "la convention radiotélégraphique internationale", a text of its own
			return
		}
		if b > 0 && (lang.Definite[toks[b-1].Fold] || lang.Demonstrative[toks[b-1].Fold]) && sc.d.lastInit != "" {
			return // "au texte sur le site", "Cette déclaration de haut niveau": the text under discussion
		}
		if lang.DescPlural.MatchAt(toks, i) == n && !sc.determined(b) {
			continue // "wary of commitments on data flows": no text in particular
		}
		if q+1 < len(toks) && toks[q].Text == "," {
			// "its final report, "One Internet"": the quoted title in
			// apposition names it
			if e := sc.quotedTitle(q+1, true); e > q+1 {
				sc.add(&mention{i: q + 2, j: e, kind: pledgegraph.KindInitiative, name: sc.text(q+2, e)})
				return
			}
		}
		if lang.DescTitled.MatchAt(toks, i) == n {
			continue // "a report on …": a text only with a quoted title
		}
		if c := lang.DescCreate.MatchAt(toks, q); c > 0 && sc.determined(b) {
			sc.createdText(b, q, c)
			return
		}
		if e := sc.themeEnd(q); e > q && sc.determined(b) {
			q = e // "un traité de coopération amazonienne", "un accord de coopération sur Galileo"
			if lang.DescPreps.MatchAt(toks, q) == 0 {
				sc.add(&mention{i: b, j: e, kind: pledgegraph.KindInitiative, name: sc.text(b, e)})
				return
			}
		}
		p := lang.DescPreps.MatchAt(toks, q)
		if p == 0 {
			a := sc.ofAuthors(q)
			if a < 0 && sc.bareDescription(i, n, b, q) {
				return
			} else if q = a; q < 0 {
				continue
			}
			p = lang.DescPreps.MatchAt(toks, q)
		}
		if o := q + p + lang.Frames.article.at(toks, q+p); o < len(toks) && isQuote(toks[o].Text) {
			// "une déclaration sur les « principes de la loi régissant
			// l'internet »": the quoted words name it
			if e := sc.quotedTitle(o, false); e > o {
				sc.add(&mention{i: o + 1, j: e, kind: pledgegraph.KindInitiative, name: sc.text(o+1, e)})
			}
			return
		}
		if e := sc.descriptionEnd(q + p); e > q+p {
			sc.add(&mention{i: b, j: e, kind: pledgegraph.KindInitiative, name: sc.text(sc.namedPossessor(b), e)})
			return
		}
	}
}

// bareDescription adds, in a text that has named no initiative, the
// text a definite description qualifies by a word before its head
// ("the armistice agreement", "the joint statement") or after it ("le
// protocole final", "l'accord commercial"): the text the story is
// about, named by its kind. It reports whether it added one.
func (sc *mentionScan) bareDescription(i, n, b, q int) bool {
	toks, lang := sc.toks, sc.lang
	if sc.d.cur != "" || sc.d.lastInit != "" || len(sc.d.laterHeads) > 0 || sc.d.at != nil && sc.d.at.Heading {
		return false // "le traité général" before "le pacte Briand-Kellogg"; a headline's words are short of the name
	}
	if !lang.HeadFirst && b == i && b > 1 && !toks[b-1].Cap && !toks[b-1].Punct && !toks[b-1].Number && !sc.isTaken(b-1) &&
		!lang.is(wsStop, &toks[b-1]) && !lang.EventTimeAdj[toks[b-1].Fold] && lang.Definite[toks[b-2].Fold] {
		b-- // "the armistice agreement"
	}
	if lang.HeadFirst && q == i+n {
		q = sc.adjectivesAfter(q) // "l'accord commercial"
	}
	if b == i && q == i+n || b == 0 || !lang.Definite[toks[b-1].Fold] || lang.DescPreps.MatchAt(toks, q) > 0 {
		return false
	}
	sc.add(&mention{i: b, j: q, kind: pledgegraph.KindInitiative, name: sc.text(b, q)})
	return true
}

// adjectivesAfter returns the end of the adjectives in lower case that
// follow a described text's head at toks[q], in a language that puts
// its heads first: two of them name the text ("la convention
// radiotélégraphique internationale"); or q.
func (sc *mentionScan) adjectivesAfter(q int) int {
	toks, lang := sc.toks, sc.lang
	if !lang.HeadFirst {
		return q
	}
	e := q
	for e < len(toks) && !toks[e].Cap && !toks[e].Punct && !sc.isTaken(e) && !lang.is(wsStop, &toks[e]) && lang.adjective(toks[e].Fold) {
		e++
	}
	return e
}

// createdText adds the text described at toks[b:q] that a phrase of
// creation of c tokens after it qualifies: "le protocole d'accord qui
// crée le Centre d'excellence" is named by its kind; "l'accord qui porte
// création d'Intersputnik" by the name of what it creates, when no word
// types that name.
func (sc *mentionScan) createdText(b, q, c int) {
	toks, lang := sc.toks, sc.lang
	name := sc.text(b, q)
	if p := q + c + lang.Frames.article.at(toks, q+c); p < len(toks) {
		if e := capSpan(toks, p, sc.isTaken, lang, 4); e > p && lang.NameKinds[toks[e-1].Fold] == "" && lang.NameKinds[toks[p].Fold] == "" {
			name = sc.text(p, e)
			sc.add(&mention{i: p, j: e, kind: pledgegraph.KindInitiative, name: name})
		} else if k := slices.IndexFunc(sc.ms, func(m *mention) bool { return m.i == p && m.kind == pledgegraph.KindOrganization }); k >= 0 {
			// "la convention portant création de l'Agence spatiale
			// européenne", "the treaty establishing the Economic Community
			// of Central African States": a body the text names, and no
			// actor of it
			name = sc.text(b, sc.ms[k].j)
			sc.ms[k].used = true
		}
	}
	sc.add(&mention{i: b, j: q, kind: pledgegraph.KindInitiative, name: name})
}

// bodyText adds the text described at toks[i:i+n] (with the words that
// qualify it) when the body it is of follows, named or taken up by a head
// of bodies' names, after an article, with the subject a preposition of
// subject gives it after the body: "the charter of the African Union",
// "l'accord de l'OMS sur les pandémies", "la charte du conseil" name a text of their own, not the one
// under discussion. The head must be one that heads initiatives' names
// ("le texte du G7" is the text under discussion), and reports need a
// title (see describedInitiative). It reports whether it added one.
func (sc *mentionScan) bodyText(i, n int) bool {
	toks, lang := sc.toks, sc.lang
	if lang.DescTitled.MatchAt(toks, i) == n || !lang.InitHeads[toks[i+n-1].Fold] {
		return false // "le texte du G7": the text under discussion
	}
	b, q := sc.descBounds(i, n)
	e := sc.ofBody(q)
	if e <= q || !sc.determined(b) {
		return false
	}
	if p := lang.DescPreps.MatchAt(toks, e); p > 0 {
		if f := sc.descriptionEnd(e + p); f > e+p {
			e = f // "l'accord de l'Organisation mondiale de la santé sur les pandémies": its subject too
		}
	}
	sc.add(&mention{i: b, j: q, kind: pledgegraph.KindInitiative, name: sc.text(b, e)})
	return true
}

// themeEnd returns the end of a theme that a preposition of owner at
// toks[q] gives a described text without an article: a noun in lower
// case and the adjectives after it, one at least ("traité de coopération
// amazonienne", "accord de libre-échange nord-américain"); or q.
func (sc *mentionScan) themeEnd(q int) int {
	toks, lang := sc.toks, sc.lang
	if q+1 >= len(toks) || !lang.ownerPrep(toks[q].Fold) || lang.is(wsArticles, &toks[q]) || lang.Frames.article.at(toks, q+1) > 0 {
		return q // not "la déclaration des dirigeants"
	}
	t := &toks[q+1]
	if t.Cap || t.Punct || t.Number || sc.isTaken(q+1) || lang.is(wsStop, t) || lang.is(wsNumbers, t) || lang.adjective(t.Fold) || lang.ordinalAt(toks, q+1) > 0 {
		return q // not "la déclaration de vingt-six pays", "a treaty of economic, social and cultural collaboration"
	}
	e := q + 2
	for e < len(toks) && e < q+4 && !toks[e].Cap && !sc.isTaken(e) && (lang.adjective(toks[e].Fold) || hyphenated(sc.d.text, toks, e)) {
		e++
	}
	if e == q+2 || lang.Frames.nounStep.at(toks, q+1) > 0 {
		return q // "un accord de coopération": a kind of text; "son protocole d'adhésion": a step
	}
	return e
}

// descBounds returns the span of a described text whose head stands at
// toks[i:i+n], with the words that qualify it before and after the head
// ("joint statement", "déclaration commune").
func (sc *mentionScan) descBounds(i, n int) (b, q int) {
	toks, lang := sc.toks, sc.lang
	b, q = i, i+n
	for b > 0 && lang.DescMods.MatchAt(toks, b-1) == 1 && !sc.isTaken(b-1) {
		b--
	}
	for lang.DescMods.MatchAt(toks, q) == 1 {
		q++
	}
	return b, q
}

// ofBody returns the end of the body that a preposition of owner at
// toks[q] introduces, after a described text's head: a body the text
// names ("the charter of the African Union") or a definite reference to
// one by a head of bodies' names ("the charter of the council"); or -1.
func (sc *mentionScan) ofBody(q int) int {
	toks, lang := sc.toks, sc.lang
	if q >= len(toks) || !lang.ownerPrep(toks[q].Fold) {
		return -1
	}
	r := q + 1 + lang.Frames.article.at(toks, q+1)
	if m := sc.ms.at(r); m != nil && m.i == r && m.isKind(pledgegraph.KindOrganization) {
		return m.j
	}
	if r > q+1 && r < len(toks) && !toks[r].Cap && !sc.isTaken(r) && lang.NameKinds[toks[r].Fold] == pledgegraph.KindOrganization &&
		(r+1 == len(toks) || toks[r+1].Punct || !lang.ownerPrep(toks[r+1].Fold) && !toks[r+1].Cap) {
		return r + 1
	}
	return -1
}

// ofAuthors returns where the subject's preposition starts after the
// authors of a described text at toks[q], a preposition of owner and up
// to three lower-case words ("une déclaration des dirigeants sur …", "a
// statement of the ministers on …"); or -1.
func (sc *mentionScan) ofAuthors(q int) int {
	toks, lang := sc.toks, sc.lang
	if q >= len(toks) || !lang.ownerPrep(toks[q].Fold) {
		return -1
	}
	r := q + 1 + lang.Frames.article.at(toks, q+1)
	for _, m := range sc.ms {
		if m.i == r && m.j < len(toks) && lang.DescPreps.MatchAt(toks, m.j) > 0 {
			return m.j // "une résolution de l'Assemblée générale des Nations unies consacrée aux …": its author named
		}
	}
	for k := r; k < len(toks) && k <= r+3; k++ {
		t := &toks[k]
		if k > r && lang.DescPreps.MatchAt(toks, k) > 0 {
			return k
		}
		if t.Punct || t.Cap || sc.isTaken(k) || lang.is(wsStop, t) {
			return -1
		}
	}
	return -1
}

// determined reports whether a description that starts at toks[b]
// follows an article (an indefinite plural one too: "des lignes
// directrices"), a possessive determiner or a possessor's mark: a text
// in particular ("the voluntary commitments", "its charter", "Canada's
// pledge"), not a kind of text.
func (sc *mentionScan) determined(b int) bool {
	toks, fr := sc.toks, &sc.lang.Frames
	if b == 0 {
		return false
	}
	k := b - 1
	if k > 0 && (toks[k].Text == "'" || toks[k].Text == "’") {
		k-- // "l'engagement"
	}
	return sc.lang.Definite[toks[k].Fold] || sc.lang.PluralArt[toks[k].Fold] || fr.article.at(toks, k) > 0 || fr.possDet.at(toks, k) > 0 || possessive(sc.d.text, toks, b-1)
}

// namedPossessor returns where the named possessor of a description
// that starts at toks[b] starts, for the name to hold it ("the Biden
// administration's voluntary commitments on …", "the G7's joint
// statement on …"): up to four words after an article, one of them
// capitalised. It returns b when there is none.
func (sc *mentionScan) namedPossessor(b int) int {
	toks, lang := sc.toks, sc.lang
	if b < 2 || !possessive(sc.d.text, toks, b-1) {
		return b
	}
	named := false
	for k := b - 2; k >= 0 && k >= b-6; k-- {
		t := &toks[k]
		if lang.Definite[t.Fold] && !t.Cap || lang.is(wsStop, t) && !t.Cap {
			if named && k < b-2 {
				return k + 1
			}
			return b
		}
		if t.Punct {
			return b
		}
		named = named || t.Cap
	}
	return b
}

// descriptionEnd returns where the subject of a described text that
// starts at toks[p] ends: before punctuation, a name found, a relative
// pronoun, a verb, an agent's "by", a date, at most twelve words on; the
// articles and prepositions it would end with are left out. It returns p
// when no word but those is left.
func (sc *mentionScan) descriptionEnd(p int) int {
	toks, lang, fr := sc.toks, sc.lang, &sc.lang.Frames
	e := p
	for ; e < len(toks) && e < p+12; e++ {
		t := &toks[e]
		if t.Punct && t.Text != "'" && t.Text != "’" && t.Text != "-" || sc.isTaken(e) || lang.RelPron[t.Fold] {
			break
		}
		if _, n := fr.verbs.matchGap(toks, e, &fr.adverb); n > 0 || fr.aux.at(toks, e) > 0 || fr.copula.at(toks, e) > 0 {
			break // "… dans l'espace extra-atmosphérique devait franchir": a verb ends it
		}
		_, day := lang.Weekdays[t.Fold]
		_, month := lang.Months[t.Fold]
		if fr.agent.at(toks, e) > 0 {
			if e-1 > p && !toks[e-1].Cap {
				e-- // "promoted by": the participle goes with its agent
			}
			break
		}
		if day || month || lang.is(wsStop, t) && e+1 < len(toks) && toks[e+1].Number {
			break // "on Monday", "in 2024"
		}
	}
	for e > p && (lang.is(wsStop, &toks[e-1]) || toks[e-1].Punct) {
		e--
	}
	return e
}
