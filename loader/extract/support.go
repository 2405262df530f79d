package extract

import (
	"math"

	"github.com/pledgegraph/pledgegraph"
)

// negated reports whether a trigger at [i, j) is under negation: "ne …
// pas" around it, or "ni X, ni Y … ne".
func (d *docState) negated(toks []Token, i, j int) bool {
	lang := d.x.Lang
	// "a refusé de s'y associer", "declined to formally endorse", "a
	// refusé de les rejoindre"; the
	// trigger may begin with the cue's last word ("has yet to" + "to sign")
	for b := i; b >= max(0, i-6); b-- {
		for k := max(0, b-4); k <= b && k < i; k++ {
			if n := lang.NegVerbs.MatchAt(toks, k); n > 0 && k+n == b+1 {
				return true
			}
		}
		if b < i && (toks[b].Punct || len(toks[b].Fold) > 2 && !lang.NegGap[toks[b].Fold] && lang.Frames.clitic.at(toks, b) != 1) {
			break
		}
	}
	ne := -1
	for b, reach := i-1, 4; b >= 0 && b >= i-reach; b-- {
		if lang.NegStart[toks[b].Fold] {
			ne = b
			break
		}
		if toks[b].Punct {
			break
		}
		if lang.Frames.adverb.gapAt(toks, b) == 1 && reach < 6 {
			reach++ // "n'avait évidemment pas été invitée"
		}
	}
	if lang.NegSingle {
		return ne >= 0 || d.negListBefore(toks, i) // "did not sign": one word negates
	}
	if ne < 0 {
		return false
	}
	for q := ne - 1; q >= 0 && q >= ne-4 && !toks[q].Punct; q-- {
		if lang.NegEnd[toks[q].Fold] {
			return true // "aucun opérateur ne s'est associé", "personne ne l'a signé"
		}
	}
	for q := ne + 1; q < len(toks) && q < j+2; q++ {
		if lang.NegEnd[toks[q].Fold] {
			return true
		}
	}
	for q := 0; q < i; q++ {
		if lang.NegList[toks[q].Fold] {
			return true
		}
	}
	return false
}

// negListBefore reports whether a word that negates a list ("neither")
// opens the clause of the trigger at toks[i]: "Neither the FBI nor the
// Department of Homeland Security is among the signatories".
func (d *docState) negListBefore(toks []Token, i int) bool {
	lang := d.x.Lang
	for q := i - 1; q >= 0; q-- {
		t := &toks[q]
		if t.Text == ";" || t.Text == ":" || lang.Clause[t.Fold] || lang.RelPron[t.Fold] {
			return false
		}
		if lang.NegList[t.Fold] {
			return true
		}
	}
	return false
}

// exceptions returns the mentions excluded by "hormis", "à l'exception
// de", "exceptions notables, comme".
func (d *docState) exceptions(st *sent) map[*mention]bool {
	out := map[*mention]bool{}
	for i := range st.toks {
		if n := d.x.Lang.Exceptions.MatchAt(st.toks, i); n > 0 {
			p := i + n
			if q := d.x.Lang.ListIntro.MatchAt(st.toks, p); q > 0 {
				p += q
			}
			for _, m := range listAfter(d.x.Lang, st, p, func(m *mention) bool { return m.actor() }) {
				out[m] = true
			}
		}
	}
	return out
}

// supports states who supports (or not) which initiative. Actors come
// before an active trigger ("ont signé") and after a passive one
// ("soutenu par"); a trigger in a relative clause ("qui a refusé de
// soutenir") takes the antecedent before the clause. Actors after an
// exception cue get the opposite polarity; group statements stand for
// the group's members.
func (d *docState) supports(st *sent, supp []trig) {
	if len(supp) == 0 {
		return
	}
	exc := d.exceptions(st)
	for k, tr := range supp {
		if tr.j < len(st.toks) && d.x.Lang.is(wsCountNouns, &st.toks[tr.j]) {
			continue // "endorsing states held their first meeting": an adjective
		}
		if m := d.mentionAt(st, tr.j+d.x.Lang.Frames.article.at(st.toks, tr.j)); !tr.t.Passive && m != nil && isActor(m) && !m.metonym &&
			d.x.Lang.Frames.possMark.at(st.toks, m.j) == 0 { // not "joined the EU's Paris Call"
			continue // "elle soutenait l'UIT": the verb's object is no initiative
		}
		obj0 := d.x.Lang.pastAdverbs(st.toks, pastDate(st, tr.j)) // where the verb's object opens
		if !tr.t.Passive && d.otherObject(st, obj0) {
			d.otherAt = st.s.End
			continue // "after Biden signed an executive order": not the statement
		}
		if !tr.t.Passive && d.eventObject(st, tr.j) {
			continue // "was absent from the summit": taking part or not in an event, no stance on a text
		}
		if !tr.t.Passive && d.personObject(st, tr.j) {
			continue // "has backed him", "a soutenu son ministre": a person, no text
		}
		if !tr.t.Passive && d.nounSubject(st, 0, tr.i) {
			continue // "…, et les pays invités n'en sont pas signataires": a subject with no name
		}
		if tr.t.Passive && d.commonSubject(st, tr.i) {
			continue // "the Soviet boycott had been joined by Mongolia": no text
		}
		if tr.t.Passive && d.otherTextIn(st, max(0, tr.i-12), tr.i) || !tr.t.Passive && d.otherTextIn(st, obj0, min(len(st.toks), obj0+4)) {
			continue // "The minority report was drafted at Munich and signed by": not the report named
		}
		if tr.t.Passive && d.apposedToActor(st, tr.i) {
			continue // "India, backed by South Africa and Indonesia, refused": the participle qualifies a state, no text
		}
		if m, end, ok := d.relativeAntecedent(st, verbGroup{i: tr.i}); !tr.t.Passive && ok && (m != nil && !m.initiative() && !m.anaphora || m == nil && d.unnamedTextEnding(st, end)) {
			continue // "the open door in China, which Washington has championed": the clause's object is China, no text; « la convention tchécoslovaquo-roumaine, que M. Beneš a signée »: one unnamed
		}
		if d.relativeCommonSubject(st, tr.i) && !d.copulaAfter(st.toks, tr.j) {
			continue // "un texte auquel les plateformes adhèrent": the clause's subject is no name
		}
		if wishedBefore(st.toks, tr.i, d.x.Lang) || d.intendedBefore(st, tr.i) {
			continue // "on s'attend à ce que le Pérou la signe", « prévoit d'annoncer son adhésion »: not done
		}
		neg := tr.t.Negative != d.negated(st.toks, tr.i, tr.j)
		if !tr.t.Passive && !neg && d.x.Lang.Frames.negQ.at(st.toks, obj0) > 0 {
			neg = !tr.t.Negative // "signed neither the Pact nor the Charter", « n'a signé ni le pacte ni … »
		}
		obj := d.supportObject(st, supp, k)
		objID := d.topic()
		if obj == nil && d.peerObject(st, tr.i, tr.j) {
			objID, _ = d.peerStance(st, false) // "refused to join them": in what they supported
		} else if obj == nil && !tr.t.Passive && d.x.Lang.Frames.latter.at(st.toks, tr.j+d.x.Lang.Frames.prep.at(st.toks, tr.j)) > 0 {
			objID = d.latterText(st, tr.i) // "refused to sign the latter"
		} else if obj == nil && !tr.t.Passive && d.x.Lang.formerAt(st.toks, tr.j+d.x.Lang.Frames.prep.at(st.toks, tr.j)) {
			continue // « ni l'ANC ni la Renamo ; Pretoria renonce à soutenir la seconde »: Renamo
		}
		if obj != nil {
			objID = obj.id
			if !tr.t.Passive && d.opposedObject(st, tr.j, obj.i) {
				neg = !neg // "endorsed a position hostile to the Paris Agreement": it refuses it
			}
		} else if tr.t.Weak || tr.t.Passive && (d.unnamedBefore(st, tr.i) || d.unnamedTextBefore(st, tr.i)) || !tr.t.Passive && d.unknownName(st, pastDate(st, tr.j)) {
			continue
		}
		if objID == "" {
			continue
		}
		actors, inverted := d.supportActors(st, supp, k, exc)
		if !tr.t.Passive && !inverted && d.participleOfText(st, tr.i) {
			continue // « n'est pas partie au traité signé jeudi »: what others did to the text, not the subject
		}
		d.supportFacts(st, tr, obj, objID, neg, d.signersFor(st, tr, obj, actors), exc, inverted)
	}
}

// signersFor returns the actors of the active trigger tr with those they
// act for: the states named after "for" instead of the people who signed
// for them, the states of people who signed "for their governments", or
// those of people a verb of signing names with their state.
func (d *docState) signersFor(st *sent, tr trig, obj *mention, actors []*mention) []*mention {
	if tr.t.Passive {
		return actors
	}
	persons := allPersons(actorList{items: actors})
	if b := d.onBehalf(st, tr.j); !b.empty() && persons {
		actors = b.items // "Francis Gatare signed for Rwanda": Rwanda signs
		gapped := d.gappedBehalf(st, tr.j)
		for k := 1; k < len(gapped); k += 2 {
			actors = append(actors, gapped[k]) // "…, Christian Herter for the United States"
		}
	} else if persons && (d.forUnnamed(st, tr.j) || obj != nil && d.forUnnamed(st, obj.j)) {
		actors = append(actors, d.statesOf(actors, true)...) // "signed for their governments": their states sign
	} else if lemma, _ := d.x.Lang.Frames.verbs.match(st.toks, tr.i); lemma == "sign" {
		actors = append(actors, d.statesOf(actors, false)...) // "Spaak of Belgium, Stikker of the Netherlands … signed": their states too
	}
	return actors
}

// otherTextIn reports whether toks[lo:hi], in the clause, describe in
// lower case a text other than the one named, a word of the lexicon's
// othertext beside a text's head ("the minority report", « le rapport
// minoritaire »).
func (d *docState) otherTextIn(st *sent, lo, hi int) bool {
	toks, lang := st.toks, d.x.Lang
	for q := hi - 1; q >= lo; q-- {
		if toks[q].Text == ";" || toks[q].Text == ":" {
			return false
		}
		if !lang.OtherTexts[toks[q].Fold] || toks[q].Cap || inMention(st, q) {
			continue
		}
		head := func(k int) bool { return k >= 0 && k < len(toks) && !toks[k].Cap && lang.InitHeads[toks[k].Fold] }
		if head(q+1) || head(q-1) {
			return true
		}
	}
	return false
}

// personObject reports whether the object of a verb at toks[q], after
// adverbs, is a person: an object pronoun of persons ("backed him") or
// an office after a possessive determiner ("a soutenu son ministre",
// "backed his deputy").
func (d *docState) personObject(st *sent, q int) bool {
	lang, toks := d.x.Lang, st.toks
	q += lang.Frames.adverb.at(toks, q)
	if q >= len(toks) {
		return false
	}
	if lang.PersObj[toks[q].Fold] {
		return true
	}
	n := lang.Frames.possDet.at(toks, q)
	return n > 0 && q+n < len(toks) && d.titleAt(toks, q+n) > 0
}

// commonSubject reports whether the subject of the passive trigger at
// toks[i], past its auxiliaries and adverbs, is a common noun after an
// article and capitalised qualifiers, one that heads no initiative's
// name nor refers to one: "the Soviet boycott had been joined by", not
// "the declaration was signed by" nor "the text was endorsed by".
func (d *docState) commonSubject(st *sent, i int) bool {
	fr, toks := &d.x.Lang.Frames, st.toks
	q := i
	for steps := 0; steps < 4 && q > 0; steps++ {
		if _, p := fr.aux.endingAt(toks, q, 2); p >= 0 {
			q = p
		} else if _, p := fr.adverb.endingAt(toks, q, 2); p >= 0 {
			q = p
		} else {
			break
		}
	}
	h := q - 1
	if h < 1 || !d.commonHead(st, h) {
		return false
	}
	for b := h - 1; b >= 0 && b >= h-3; b-- {
		if fr.article.at(toks, b) > 0 {
			return true
		}
		if !toks[b].Cap || toks[b].Punct {
			return false
		}
	}
	return false
}

// commonHead reports whether toks[h] is a common noun that heads no
// initiative's name nor refers to one.
func (d *docState) commonHead(st *sent, h int) bool {
	lang, t := d.x.Lang, &st.toks[h]
	return lang.textlessNoun(t) && !inMention(st, h) && !lang.is(wsStop, t) && !lang.AnaphoraHeads[t.Fold] && lang.CountNouns[t.Fold] == ""
}

// apposedToActor reports whether the participle at toks[i] opens an
// apposition, after a comma, to an actor named right before it.
func (d *docState) apposedToActor(st *sent, i int) bool {
	if i < 2 || st.toks[i-1].Text != "," {
		return false
	}
	m := mentions(st.ms).endingAt(i - 1)
	return m != nil && isActor(m) && !m.initiative()
}

// eventObject reports whether an event, named or referred to, is the
// object at toks[q] of the verb before it, after an article.
func (d *docState) eventObject(st *sent, q int) bool {
	q += d.x.Lang.Frames.prep.at(st.toks, q) // "absent from the summit"
	if n, _ := d.eventAnaphoraAt(st, q); n > 0 {
		return true
	}
	q += d.x.Lang.Frames.article.at(st.toks, q)
	if m := d.mentionAt(st, q); m != nil {
		return m.kind == pledgegraph.KindEvent
	}
	if n, _ := d.eventAnaphoraAt(st, q); n > 0 {
		return true
	}
	return q < len(st.toks) && !st.toks[q].Cap && d.x.Lang.is(wsEventHeads, &st.toks[q]) // "the summit", no event named yet
}

// pastDate returns the token after the date expression that starts at
// token q ("ont rejoint samedi leurs homologues"), or q.
func pastDate(st *sent, q int) int {
	for _, ds := range st.dates {
		if ds.I == q && ds.J > q {
			return ds.J
		}
	}
	return q
}

// pastAdverbs returns where the adverbs of the lexicon from toks[q] end:
// "ne vient pas signer ici une alliance", "siégeaient encore les
// délégués".
func (l *Language) pastAdverbs(toks []Token, q int) int {
	for n := l.Adverbs.MatchAt(toks, q); n > 0; n = l.Adverbs.MatchAt(toks, q) {
		q += n
	}
	return q
}

// otherObject reports whether an indefinite article and a common noun
// that heads no initiative's name stand at toks[q], the object of the
// verb before them: "signed an executive order", "a signé un décret",
// not "signed a new pledge" nor "signed a Call"; nor a possessive and a
// step towards a stance ("signed its accession protocol") or people
// ("joined their ASEAN counterparts"). Once the text has named
// an initiative, a head of another kind is another text too: "signed a
// joint declaration" after the Cyber Defence Pledge. Nor does what a
// negative quantifier brings in, unless a name: "has signed no
// armistice", "signed none of them" (not "signed neither the Pact nor").
func (d *docState) otherObject(st *sent, q int) bool {
	lang, toks := d.x.Lang, st.toks
	if n := lang.Frames.possDet.at(toks, q); n > 0 {
		// "signed its accession protocol": a step towards joining
		for k := q + n; k < len(toks) && k < q+n+4 && !toks[k].Punct; k++ {
			if lang.Frames.nounStep.at(toks, k) > 0 || lang.Frames.peer.at(toks, k) > 0 {
				return true // "signed its accession protocol"; "joined their ASEAN counterparts": people
			}
		}
		return false
	}
	if d.demonstrativeOther(st, q) {
		return true // "ont approuvé ces mesures": what the text spoke of, no initiative
	}
	if k := lang.Frames.negQ.at(toks, q); k > 0 && !inMention(st, q+k+lang.Frames.article.at(toks, q+k)) {
		return true // "which has signed no armistice", « n'a signé aucun accord », "signed none of them": no text named
	}
	if k := lang.Frames.anyQ.at(toks, q); k > 0 && !inMention(st, q+k+lang.Frames.article.at(toks, q+k)) {
		return true // "would not join any military bloc", "anything resembling a bloc": of any kind, no text named
	}
	n := lang.Frames.article.at(toks, q)
	if k := q + n; n > 0 && k+2 < len(toks) && isQuote(toks[k].Text) && isQuote(toks[k+2].Text) && !inMention(st, k+1) {
		return true // "a rejoint le « laboratoire » des médiateurs": a term in quotation marks
	}
	if n > 0 && lang.is(wsDefinite, &toks[q]) && !inMention(st, q+n) {
		return d.otherThing(st, q+n)
	}
	if n == 0 || lang.is(wsDefinite, &toks[q]) || inMention(st, q+n) {
		return false
	}
	k := q + n
	for ; k < len(toks) && k < q+n+6 && !toks[k].Punct; k++ {
		t := toks[k]
		if t.Cap || lang.StanceNouns[t.Fold] {
			return false
		}
		if lang.NameHeads[t.Fold] || lang.InitHeads[t.Fold] {
			return d.otherHead(t)
		}
	}
	return k > q+n
}

// otherThing reports whether a definite article's lower-case noun at
// toks[k], the object of a verb of support, names something that is no
// text and refers to none, a genitive after it: "apporterait son soutien
// à l'entrée de l'Union africaine au G20", "backed the entry of the
// African Union into the G20" (not "the pledge", "le texte", "the
// principles of", "the launch of").
func (d *docState) otherThing(st *sent, k int) bool {
	lang, toks := d.x.Lang, st.toks
	if k+1 >= len(toks) || toks[k].Cap || toks[k].Punct || !lang.ownerPrep(toks[k+1].Fold) {
		return false
	}
	t := &toks[k]
	if lang.InitHeads[t.Fold] || lang.NameHeads[t.Fold] || lang.StanceNouns[t.Fold] || lang.CountNouns[t.Fold] != "" || lang.DescHeads.MatchAt(toks, k) > 0 {
		return false
	}
	if _, ok := lang.KindHeads[t.Fold]; ok {
		return false
	}
	fr := &lang.Frames
	if fr.objPart.at(toks, k) > 0 || fr.nouns.at(toks, k) > 0 || lang.Anaphora.MatchAt(toks, k-1) > 0 || lang.Anaphora.MatchAt(toks, k) > 0 {
		return false
	}
	return true
}

// unknownName reports whether a capitalised name that no rule knows
// stands at toks[q], the object of the verb before it, after an
// article: "endorsed the Tallinn Manual 2.0" is no stance on the
// initiative under discussion, unless the name is one of its words or
// a reference to it ("signed the Charter", "the Call").
func (d *docState) unknownName(st *sent, q int) bool {
	lang, toks := d.x.Lang, st.toks
	if n := lang.Anaphora.MatchAt(toks, q); n > 0 && !d.nameGoesOn(toks, q+n) {
		return false
	}
	q += lang.Frames.article.at(toks, q)
	if m := d.mentionAt(st, q); m != nil && !m.initiative() && !m.anaphora && m.j < len(toks) && toks[m.j].Cap && !inMention(st, m.j) {
		q = m.j // "the Tallinn Manual": a place's name opens it
	}
	if q >= len(toks) || !toks[q].Cap || toks[q].Punct || inMention(st, q) {
		return false
	}
	e := d.ents[d.cur]
	return e == nil || !d.hasWord(e.Name, toks[q].Fold)
}

// demonstrativeOther reports whether a demonstrative at toks[q] opens
// a description of something the text spoke of that is no initiative:
// "ces mesures", "these sanctions", not "ce texte", "this pledge".
func (d *docState) demonstrativeOther(st *sent, q int) bool {
	t := d.demonstrativeNoun(st, q, true)
	return t != nil && d.x.Lang.textlessNoun(t)
}

// demonstrativeNoun returns the word after a demonstrative at toks[q]
// (singular, or plural too with plural), when the two are no anaphora of
// the lexicon and no name starts at the word: "ces mesures", "this
// plan"; else nil.
func (d *docState) demonstrativeNoun(st *sent, q int, plural bool) *Token {
	lang, toks := d.x.Lang, st.toks
	if q+1 >= len(toks) || !lang.Demonstrative[toks[q].Fold] && !(plural && lang.PluralDem[toks[q].Fold]) || inMention(st, q+1) {
		return nil
	}
	if lang.Anaphora.MatchAt(toks, q) > 0 {
		return nil
	}
	return &toks[q+1]
}

// textlessNoun reports whether t is a lower-case word that neither heads
// an initiative's name nor says a stance: a common noun of something
// other than a text ("mesures", "boycott").
func (l *Language) textlessNoun(t *Token) bool {
	return !t.Cap && !t.Punct && !t.Number && !l.StanceNouns[t.Fold] && !l.NameHeads[t.Fold] && !l.InitHeads[t.Fold] && !l.BareHeads[t.Fold]
}

// otherHead reports whether the initiative named last has no name
// headed by the word t: a description headed by t is of another
// initiative.
func (d *docState) otherHead(t Token) bool {
	e := d.ents[d.lastInit]
	return e != nil && !d.headedBy(e, t.Fold)
}

// copulaAfter reports whether a copula follows toks[q], after adverbs:
// "the firms that have signed up so far are A and B" names them.
func (d *docState) copulaAfter(toks []Token, q int) bool {
	fr := &d.x.Lang.Frames
	for k := 0; k < 3 && q < len(toks); k++ {
		if fr.copula.at(toks, q) > 0 {
			return true
		}
		n := fr.adverb.at(toks, q)
		if n == 0 {
			return false
		}
		q += n
	}
	return false
}

// relativeCommonSubject reports whether a relative clause opens right
// before toks[i] with a common noun for subject: a relative pronoun, an
// article and a lower-case noun ("auquel les plateformes adhèrent",
// "which the platforms joined"), or an article, a lower-case noun and a
// subject relative pronoun ("les fournisseurs qui restent à l'écart",
// "the list of companies that signed"; see commonAntecedent).
func (d *docState) relativeCommonSubject(st *sent, i int) bool {
	lang, toks := d.x.Lang, st.toks
	if i < 3 {
		return false
	}
	noun, art, rel := &toks[i-1], &toks[i-2], &toks[i-3]
	if !noun.Cap && !noun.Punct && lang.Frames.article.at(toks, i-2) == 1 && !art.Cap && (lang.is(wsRelPron, rel) || lang.ObjRel[rel.Fold]) {
		return true
	}
	// "les fournisseurs qui restent à l'écart", "the firms that stayed
	// out": the antecedent is a common noun
	return lang.is(wsRelPron, &toks[i-1]) && d.commonAntecedent(st, i-2)
}

// unnamedBefore reports whether a passive trigger at toks[i] is about
// an initiative the text does not name, introduced by an indefinite
// article just before it ("a separate call to action, endorsed by 60
// countries", "une déclaration distincte, signée par"), not the one
// under discussion, which an earlier sentence named.
func (d *docState) unnamedBefore(st *sent, i int) bool {
	lang := d.x.Lang
	if st.s.Heading || d.lastInit == "" {
		return false // "Hôpitaux : une charte signée par 40 acteurs": the one to be named
	}
	for h := i - 1; h >= 0 && h >= i-6; h-- {
		t := &st.toks[h]
		if inMention(st, h) || t.Punct && t.Text != "," {
			return false
		}
		if t.Cap || !lang.is(wsNameHeads, t) {
			continue
		}
		for b := h - 1; b >= 0 && b >= h-5; b-- {
			a := &st.toks[b]
			switch {
			case lang.is(wsArticles, a):
				return !lang.is(wsDefinite, a) && !lang.is(wsDemonstrative, a) && !lang.is(wsPossessives, a)
			case a.Cap || a.Punct || inMention(st, b):
				return false
			}
		}
		return false
	}
	return false
}

// unnamedTextBefore reports whether a participle at toks[i] follows,
// after a comma, a description of a text that names no initiative the
// rules know (see unnamedTextEnding): "the Czechoslovak-Yugoslav
// convention, signed", « la convention tchécoslovaquo-yougoslave,
// signée ».
func (d *docState) unnamedTextBefore(st *sent, i int) bool {
	return i > 1 && st.toks[i-1].Text == "," && d.unnamedTextEnding(st, i-2)
}

// unnamedTextEnding reports whether a description of a text that names
// no initiative the rules know ends at toks[p]: a word of initiatives'
// names that no mention covers, alone ("the Czechoslovak-Yugoslav
// convention") or with the compound that qualifies it after it (« la
// convention tchécoslovaquo-roumaine »).
func (d *docState) unnamedTextEnding(st *sent, p int) bool {
	toks, lang := st.toks, d.x.Lang
	for ; p > 0 && !toks[p].Cap && !toks[p].Punct && !lang.InitHeads[toks[p].Fold] && (hyphenated(d.text, toks, p) || p+1 < len(toks) && hyphenated(d.text, toks, p+1)); p-- {
	} // « tchécoslovaquo-roumaine »: the compound after the head
	return p >= 0 && !toks[p].Cap && lang.InitHeads[toks[p].Fold] && !inMention(st, p)
}

// participleOfText reports whether a past participle at toks[i] follows
// the head of a text in lower case, one the rules know by no name or a
// word standing for one ("au traité signé jeudi", "the treaty signed on
// Thursday"): with no auxiliary, it tells what others did to that text,
// not what the clause's subject did.
func (d *docState) participleOfText(st *sent, i int) bool {
	if _, n := d.x.Lang.Frames.parts.match(st.toks, i); n == 0 || i == 0 {
		return false
	}
	h := &st.toks[i-1]
	return d.unnamedTextEnding(st, i-1) || !h.Cap && d.x.Lang.InitHeads[h.Fold]
}

// supportObject returns the initiative that the support trigger supp[k]
// is about: the one named before a passive trigger, after an active one
// (up to the next trigger), or else on the other side; nil when the
// sentence names none.
func (d *docState) supportObject(st *sent, supp []trig, k int) *mention {
	tr := supp[k]
	rel := st.rel[st.chunk[tr.i]]
	var obj *mention
	before := func() {
		for _, m := range st.ms {
			if m.j <= tr.i && m.initiative() && !(st.rel[st.chunk[m.i]] && st.chunk[m.i] != st.chunk[tr.i]) {
				obj = m // not in a relative clause the trigger is out of: "A et B, qui portent le projet X, figurent parmi les signataires"
			}
		}
	}
	limit := len(st.toks)
	if k+1 < len(supp) {
		limit = supp[k+1].i
	}
	if tr.j < len(st.toks) && (st.toks[tr.j].Text == ":" || st.toks[tr.j].Text == ";") {
		limit = tr.j // "La Finlande s'est récusée : le gouvernement … préfère attendre le pacte de Paris": what it declined is no text named after it
	}
	after := func() {
		for _, m := range st.ms {
			if m.i >= tr.j && m.i < limit && m.initiative() && (!st.rel[st.chunk[m.i]] || rel) {
				obj = m
				return
			}
		}
	}
	if tr.t.Passive {
		before()
		if obj == nil {
			after()
		}
	} else {
		after()
		if obj == nil {
			before()
		}
	}
	return obj
}

// supportActor reports whether m may be an actor of a support trigger:
// an actor, or a group statement that is no anaphora.
func supportActor(m *mention) bool { return m.actor() || (m.groupStmt && !m.anaphora) }

// agentlessPassive reports whether the auxiliary of the passive ("was",
// « a été ») stands right before the verb at token i and no agent's mark
// ("by the representatives of") between it and token a.
func (d *docState) agentlessPassive(st *sent, i, a int) bool {
	fr := &d.x.Lang.Frames
	if kind, p := fr.aux.endingAt(st.toks, i, 1); p < 0 || kind != auxBe {
		return false
	}
	for q := i + 1; q < a; q++ {
		if fr.agent.at(st.toks, q) > 0 {
			return false
		}
	}
	return true
}

// supportActors returns the actors of the support trigger supp[k], and
// whether they stand after an active trigger (inverted): the subject's
// names, those after a passive trigger, the antecedent of a relative
// clause, the co-actors and the excepted.
func (d *docState) supportActors(st *sent, supp []trig, k int, exc map[*mention]bool) ([]*mention, bool) {
	tr := supp[k]
	rel := st.rel[st.chunk[tr.i]]
	prevMain, nextMain := mainTriggers(st, supp, k)
	var actors []*mention
	inverted := false
	switch {
	case rel && tr.t.Passive:
		for _, m := range st.ms {
			if m.i >= tr.j && st.chunk[m.i] == st.chunk[tr.i] && supportActor(m) {
				actors = append(actors, m)
			}
		}
	case rel:
		var ante *mention
		for _, m := range st.ms {
			if st.chunk[m.i] < st.chunk[tr.i] && supportActor(m) {
				ante = m
			}
		}
		if ante != nil {
			actors = append(actors, ante)
		}
	case tr.t.Passive:
		actors = d.supportersAfter(st, tr, nextMain)
	default:
		actors = d.supportersBefore(st, tr, prevMain)
		if len(actors) == 0 {
			actors = d.supportersAfter(st, tr, nextMain)
			if len(actors) > 0 && (commaBetween(st, tr.j, actors[0].i) || d.governed(st, actors[0]) && !d.agentBefore(st, actors[0].i) || d.agentlessPassive(st, tr.i, actors[0].i)) {
				// "have endorsed the Principles, a code published by the
				// BSI": another verb's agent; "support for a deployment in
				// Palau": a complement; "was signed on Friday in the San
				// Rafael Hotel": a passive with no agent
				actors = nil
			}
			inverted = len(actors) > 0
		}
	}
	if !rel && !tr.t.Passive {
		actors = d.coActors(st, tr, nextMain, actors)
	}
	if !rel {
		// the excepted are part of the statement wherever they stand
		for _, m := range st.ms {
			if exc[m] && !containsMention(actors, m) {
				actors = append(actors, m)
			}
		}
	}
	return actors, inverted
}

// commaBetween reports whether a comma stands in tokens [i, j).
func commaBetween(st *sent, i, j int) bool {
	for q := i; q < j && q < len(st.toks); q++ {
		if st.toks[q].Text == "," {
			return true
		}
	}
	return false
}

// mainTriggers returns the end of the last trigger of a main clause
// before supp[k] (0 when none) and the start of the first one after it
// (the sentence's end when none).
func mainTriggers(st *sent, supp []trig, k int) (prevMain, nextMain int) {
	nextMain = len(st.toks)
	for k2 := range supp {
		main := !st.rel[st.chunk[supp[k2].i]]
		if k2 > k && main && supp[k2].i < nextMain {
			nextMain = supp[k2].i
		}
		if k2 < k && main {
			prevMain = supp[k2].j
		}
	}
	return prevMain, nextMain
}

// supportersAfter returns the actors after the trigger tr, outside
// relative clauses, up to the next main trigger or a clause word; after
// an active trigger, up to the start of the next trigger's chunk too
// ("17 countries sign the pledge, US declines": the next verb's subject
// opens its chunk).
func (d *docState) supportersAfter(st *sent, tr trig, nextMain int) []*mention {
	toks := st.toks
	stop := nextMain
	if !tr.t.Passive && nextMain < len(toks) {
		stop = min(stop, chunkStart(st, st.chunk[nextMain]))
	}
	aside := d.flags(len(toks))
	for q := tr.j; q < stop; q++ {
		if n := d.x.Lang.And.MatchAt(toks, q); n > 1 {
			q += n - 1 // "as well as": joins, opens no clause
			continue
		}
		if d.x.Lang.Clause[toks[q].Fold] || toks[q].Text == ";" || toks[q].Text == "," && d.x.Lang.Frames.verbWord(toks, q+1) {
			// "…, backed by Sakakibara, was shot down by Washington": the
			// main verb's agents are not the supporters; « Nous avons signé
			// un traité ; il nous reste » : a clause of its own
			stop = q
		}
		if c := d.participleAside(st, q); c > q {
			for k := q; k < c; k++ {
				aside[k] = true // "the EU, represented by its commissioner, Janez Potočnik, as well as China"
			}
		}
	}
	var actors []*mention
	for _, m := range st.ms {
		if m.i >= tr.j && m.i < stop && !st.rel[st.chunk[m.i]] && supportActor(m) && !aside[m.i] {
			actors = append(actors, m)
		}
	}
	return actors
}

// agentBefore reports whether the mark of an agent ("by", "par"), an
// article perhaps after it, stands right before token i.
func (d *docState) agentBefore(st *sent, i int) bool {
	fr := &d.x.Lang.Frames
	if _, a := fr.article.endingAt(st.toks, i, 2); a >= 0 {
		i = a
	}
	_, a := fr.agent.endingAt(st.toks, i, 2)
	return a >= 0
}

// supportersBefore returns the actors before the active trigger tr,
// outside relative clauses, from the previous main trigger, a semicolon
// ("X welcomed it; Y is on board") or a reported subject ("X announced
// that Y would join": Y, not X, when Y is named).
func (d *docState) supportersBefore(st *sent, tr trig, prevMain int) []*mention {
	toks := st.toks
	from := prevMain
	for q := prevMain; q < tr.i; q++ {
		if toks[q].Text == ";" || q > 0 && toks[q-1].Text == "," && d.x.Lang.Clause[toks[q].Fold] {
			from = q + 1 // "Neither Oracle nor IBM commented, but Microsoft is among the signatories"
		}
	}
	for q := from; q < tr.i; q++ {
		if n := d.x.Lang.Reporting.MatchAt(toks, q); n > 0 {
			for _, m := range st.ms {
				if m.i >= q+n && m.j <= tr.i && supportActor(m) {
					from = q + n
					break
				}
			}
		}
	}
	end := d.subjectApposition(st, tr.i) // "A et B, les membres du Quad, ont approuvé": not the Quad
	var actors []*mention
	for _, m := range st.ms {
		if m.j <= end && m.i >= from && !st.rel[st.chunk[m.i]] && supportActor(m) {
			actors = append(actors, m)
		}
	}
	return actors
}

// coActors adds to actors those who share the stance of the active
// trigger tr: "X endorsed the campaign, as did Y", "X a signé aux côtés
// de Y".
func (d *docState) coActors(st *sent, tr trig, nextMain int, actors []*mention) []*mention {
	toks := st.toks
	for q := tr.j; q < nextMain; q++ {
		n := d.x.Lang.SameAs.MatchAt(toks, q)
		if n == 0 {
			n = d.x.Lang.CoActors.MatchAt(toks, q)
		}
		if n > 0 {
			for _, m := range listAfter(d.x.Lang, st, q+n, supportActor) {
				if !containsMention(actors, m) {
					actors = append(actors, m)
				}
			}
			break
		}
	}
	return actors
}

// supportFacts states the support facts of the trigger tr for its
// actors: negated when neg, with the opposite polarity for the excepted;
// a group statement, or a group with its members or with exceptions,
// stands for its members.
func (d *docState) supportFacts(st *sent, tr trig, obj *mention, objID pledgegraph.EntityID, neg bool, actors []*mention, exc map[*mention]bool, inverted bool) {
	rel := st.rel[st.chunk[tr.i]]
	lo, hi := tr.i, tr.j
	if obj != nil {
		lo, hi = min(lo, obj.i), max(hi, obj.j)
	}
	for _, m := range actors {
		n := neg
		if exc[m] {
			n = !tr.t.Negative
		}
		if m.groupStmt {
			d.expandGroup(st, m, pledgegraph.Supports, objID, n, exc, min(lo, m.i), max(hi, m.j))
			continue
		}
		if m.entry != nil && d.x.Ref.IsGroup(m.entry.Key) && (m.withMembers || d.excludesMember(m, exc)) {
			// "the G7 backed it, with the exception of Japan": its members did
			d.expandGroup(st, m, pledgegraph.Supports, objID, n, exc, min(lo, m.i), max(hi, m.j))
		}
		if d.framed[framedKey{m.id, pledgegraph.Supports, objID}] {
			continue // the frames said it
		}
		f := d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.Supports, Object: objID, Negated: n, Since: d.clauseDate(st, tr.i),
			Confidence: supportConfidence(tr, obj == nil, inverted, rel, m), Evidence: d.evidence(st.s, min(lo, m.i), max(hi, m.j))})
		if f != nil {
			d.last = f
		}
	}
}

// supportConfidence rates a supports fact by how directly the sentence
// states it: 0.8 for an actor named next to a trigger with the initiative
// in the sentence, less for each step of reading between the lines.
func supportConfidence(tr trig, implicitObject, inverted, rel bool, m *mention) float64 {
	c := 0.8
	if implicitObject {
		c -= 0.1 // the initiative under discussion, not named here
	}
	if tr.t.Weak {
		c -= 0.1
	}
	if inverted {
		c -= 0.1 // actors after an active verb
	}
	if rel {
		c -= 0.05 // the antecedent of a relative clause
	}
	if m.entry == nil && m.id == "" {
		c -= 0.05 // a name typed by its context only
	}
	if m.metonym {
		c -= 0.1
	}
	if d := max(tr.i-m.j, m.i-tr.j); d > 12 {
		c -= 0.1 // far from the verb
	}
	return math.Round(c*100) / 100
}

// excludesMember reports whether an exception of the sentence names a
// member of the group g ("with the exception of Japan" after "the G7").
func (d *docState) excludesMember(g *mention, exc map[*mention]bool) bool {
	members := d.x.Ref.Members(g.entry.Key, pledgegraph.Date{})
	for m := range exc {
		if m.i >= g.j && m.entry != nil && m.kind == pledgegraph.KindState && contains(members, m.entry.Key) {
			return true
		}
	}
	return false
}

// containsMention reports whether m is one of ms.
func containsMention(ms []*mention, m *mention) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// expandGroup turns a group statement of predicate p (supports,
// launched) into one inferred fact per member state, each derived from the member's membership (a reference fact).
// The membership is taken at the fact's date, else the publication
// date, else a date when the group had as many members as the text says,
// else today.
func (d *docState) expandGroup(st *sent, g *mention, p pledgegraph.Predicate, obj pledgegraph.EntityID, neg bool, exc map[*mention]bool, lo, hi int) {
	if d.partOfGroup(st, g) {
		return // "27 of the 29 NATO members": not which ones
	}
	ref := d.x.Ref
	key := g.entry.Key
	at := st.date
	if at.IsZero() {
		at = d.doc.Published
	}
	if at.IsZero() && g.groupN > 0 {
		at = ref.dateWithCount(key, g.groupN)
	}
	if at.IsZero() && !d.x.ExpandUndatedGroups {
		d.warnf("group statement on %s without a date: members not inferred", g.entry.Name)
		return
	}
	members := ref.Members(key, at)
	if n := len(members); g.groupN > 0 && g.groupN*10 < n*9 {
		return // "Dix-sept États membres de l'UE": some members, not which
	}
	excluded := map[pledgegraph.EntityID]bool{}
	for m := range exc {
		if m.i >= g.j {
			excluded[m.id] = true
		}
	}
	ev := d.evidence(st.s, lo, hi)
	for _, code := range members {
		e := ref.State(code)
		if e == nil {
			continue
		}
		id := e.ID()
		if excluded[id] {
			continue
		}
		d.ensure(e)
		mf := d.addFact(pledgegraph.Fact{Subject: id, Predicate: pledgegraph.MemberOf, Object: g.id, Reference: true, Confidence: 1, Evidence: ev})
		var from []pledgegraph.FactID
		if mf != nil {
			from = []pledgegraph.FactID{mf.ID}
		}
		fid := pledgegraph.NewFactID(id, p, obj, neg)
		if _, ok := d.facts[fid]; ok {
			continue // stated already
		}
		d.addFact(pledgegraph.Fact{Subject: id, Predicate: p, Object: obj, Negated: neg, Since: st.date,
			Inferred: true, DerivedFrom: from, Confidence: 0.7, Evidence: ev})
	}
}

// dateWithCount returns the last date at which a group had n members
// according to the reference data, or the zero Date.
func (r *Reference) dateWithCount(key string, n int) pledgegraph.Date {
	var best pledgegraph.Date
	for _, m := range r.groups[key] {
		for _, at := range []pledgegraph.Date{m.From, m.To} {
			if at.IsZero() {
				continue
			}
			if len(r.Members(key, at)) == n && (best.IsZero() || at.Compare(best) > 0) {
				best = at
			}
		}
	}
	return best
}

// partOfGroup reports whether a group statement names only a part of the
// group's members ("27 of the 29 NATO members", "douze des quinze
// membres"): a number and a word of part just before it.
func (d *docState) partOfGroup(st *sent, g *mention) bool {
	from := g.i
	if g.groupStmt {
		from = min(from, g.stmtFrom) // "Vingt-cinq des vingt-sept États membres de l'UE"
	}
	for q := max(0, from-4); q < g.i; q++ {
		if n := d.x.Lang.OutOf.MatchAt(st.toks, q); n > 0 && q > 0 && (st.toks[q-1].Number || d.x.Lang.Numbers[st.toks[q-1].Fold] > 0) {
			return true
		}
	}
	return false
}
