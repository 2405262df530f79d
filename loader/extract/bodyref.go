package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// bodyAnaphora adds mentions of the company, the organisation or the
// state named last before the sentence, referred to by a definite
// description of its kind ("l'entreprise a quitté le code", "the social
// network announced its withdrawal", "le pays a signé"). A name after the
// description ("l'entreprise Orange"), a possessive mark ("the company's
// chief executive") or a genitive ("la société de …") makes it no
// reference of its own, nor does a genitive before it ("les États
// membres de l'organisation": a complement, not an actor).
func (d *docState) bodyAnaphora(st *sent) {
	lang, toks := d.x.Lang, st.toks
	var add []*mention
	for i := 0; i < len(toks); i++ {
		if !lang.bodyRefStart[toks[i].Fold] || inMention(st, i) {
			continue
		}
		for _, c := range lang.BodyRefs {
			n := len(c.Phrase)
			if n < 2 || !slices.Contains(bodyKinds, c.Kind) || !matchPhrase(toks, i, c.Phrase) || !d.referenceEnds(toks, i+n) ||
				i > 0 && lang.ownerPrep(toks[i-1].Fold) || toks[i+n-1].Cap {
				continue // not "the Center for Democracy and Technology": a name
			}
			id := d.lastHeaded(st.s.Start, c.Phrase[n-1], c.Kind) // "the centre": the last body named a centre
			if id == "" && !c.Headed && d.lastHeaded(st.s.Start, c.Phrase[n-1], pledgegraph.KindInitiative) == "" {
				id = d.lastOfKind(st.s.Start, c.Kind) // not "the group" after the "Digital Home Working Group": that one
			}
			if id != "" {
				add = append(add, &mention{i: i, j: i + n, id: id, kind: c.Kind, byKind: true})
				i += n - 1
			}
			break
		}
	}
	d.addReferences(st, add)
}

// addReferences adds to the sentence st the mentions add of entities
// named before, which references stand for, and records them.
func (d *docState) addReferences(st *sent, add []*mention) {
	if len(add) == 0 {
		return
	}
	for _, m := range add {
		d.ments = append(d.ments, pledgegraph.Mention{Entity: m.id, Doc: d.doc.ID, Start: st.toks[m.i].Start, End: st.toks[m.j-1].End})
	}
	st.ms = append(st.ms, add...)
	sortMentions(st.ms)
}

// personPronouns adds, for a subject pronoun of a person only ("he",
// "she"), a mention of the last person named before it, and for a
// person's name said by a possessive ("his name", "son nom"), of the
// last person the sentence names before it; for one of any
// noun of its gender ("il", "elle"), only when the last actor named
// before it was that person ("Leon Sullivan était pasteur. En 1999, il
// a lancé …", not "le Japon … il a signé"); not the speaker of a
// report ("he argued").
func (d *docState) personPronouns(st *sent) {
	lang, toks := d.x.Lang, st.toks
	var add []*mention
	for i := range toks {
		if n := lang.PersName.MatchAt(toks, i); n > 0 && !inMention(st, i) && !verbEndsAt(lang, toks, i, i+n) {
			if m := lastPersonBefore(st, i); m != nil {
				add = append(add, &mention{i: i, j: i + n, id: m.id, kind: pledgegraph.KindPerson}) // "but his name does not appear among the signatories"
			}
			continue
		}
		only, ok := lang.PersPron[toks[i].Fold]
		if !ok || inMention(st, i) || i+1 >= len(toks) || toks[i+1].Punct || lang.Reporting.MatchAt(toks, i+1) > 0 {
			continue // not "Countries, he argued, have to …": the speaker
		}
		id := d.lastOfKind(toks[i].Start, pledgegraph.KindPerson)
		if id == "" || !only && (d.lastOfKind(toks[i].Start, actorKinds...) != id || nounSubjectBefore(lang, st, i)) {
			continue
		}
		add = append(add, &mention{i: i, j: i + 1, id: id, kind: pledgegraph.KindPerson})
	}
	d.addReferences(st, add)
}

// nounSubjectBefore reports whether the sentence st opens, before
// token i, with a definite noun that names nobody and a verb after it,
// the subject a pronoun of any noun's gender takes up ("« Le Parlement
// n'est pas contre la lutte antiterroriste, il est contre… »"), not a
// time ("Le lendemain, il a signé").
func nounSubjectBefore(lang *Language, st *sent, i int) bool {
	toks := st.toks
	b := 0
	for b < i && toks[b].Punct {
		b++
	}
	if b+2 >= i || !lang.Definite[toks[b].Fold] || toks[b+1].Punct || toks[b+1].Number || inMention(st, b+1) {
		return false
	}
	return !toks[b+2].Punct && !toks[b+2].Cap && lang.Frames.article.at(toks, b+2) == 0
}

// verbEndsAt reports whether a verb of the frame table that starts
// before toks[i] ends at toks[e]: "add his name" is a verb, not a name.
func verbEndsAt(lang *Language, toks []Token, i, e int) bool {
	_, p := lang.Frames.verbs.endingAt(toks, e, 4)
	return p >= 0 && p < i
}

// lastPersonBefore returns the last person the sentence st names before
// token i, or nil.
func lastPersonBefore(st *sent, i int) *mention {
	var last *mention
	for _, m := range st.ms {
		if m.j <= i && m.isKind(pledgegraph.KindPerson) && m.id != "" {
			last = m
		}
	}
	return last
}

// headReferences adds the mentions of bodies named before the
// sentence by the capitalised head of their name alone after a definite
// article ("l'avocat général de la Cour" after "la Cour de justice de
// l'Union européenne", "the Committee" after "the Committee of
// Ministers"), a word that types bodies' names and ends no other name
// here.
func (d *docState) headReferences(st *sent) {
	lang, toks := d.x.Lang, st.toks
	var out []*mention
	for i := 0; i+1 < len(toks); i++ {
		h := &toks[i+1]
		own := d.mentionAt(st, i+1) // "la Cour" typed a body by its head alone
		if own != nil && (own.j != i+2 || own.entry != nil || own.id != "") {
			continue
		}
		if !lang.is(wsDefinite, &toks[i]) || !h.Cap || h.Punct || own == nil && inMention(st, i+1) || d.nameGoesOn(toks, i+2) {
			continue
		}
		if k := lang.NameKinds[h.Fold]; k != pledgegraph.KindOrganization && k != pledgegraph.KindCompany {
			continue
		}
		if i+3 < len(toks) && lang.ownerPrep(toks[i+2].Fold) && (toks[i+3].Cap || lang.is(wsNameArticles, &toks[i+3])) {
			continue // "la Cour de justice", "the Council of Europe": a name
		}
		if i+2 < len(toks) && lang.HeadFirst && !toks[i+2].Cap && !toks[i+2].Punct && lang.adjective(toks[i+2].Fold) {
			continue // « le Parti socialiste SFIO » after « le Parti communiste »: another name
		}
		id := d.lastHeaded(st.s.Start, h.Fold, bodyKinds...)
		switch {
		case id == "":
		case own != nil:
			own.id, own.kind, own.guess = id, d.ents[id].Kind, false
		default:
			out = append(out, &mention{i: i + 1, j: i + 2, id: id, kind: d.ents[id].Kind})
		}
	}
	if len(out) > 0 {
		st.ms = append(st.ms, out...)
		sortMentions(st.ms)
	}
}

// shortNameRefs adds the mentions of an initiative or a body named
// before by its first or last word alone beside a noun of membership:
// "are not Wassenaar participants" after "the Wassenaar Arrangement",
// "Kyoto signatories" or "signataires de Kyoto" after "the Kyoto
// Protocol" (a place's name then stands for the text), "a member of the
// Forum" after "the Pacific Islands Forum".
func (d *docState) shortNameRefs(st *sent) {
	toks := st.toks
	var out []*mention
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.Cap || t.Punct || t.Number || !d.memberNounBeside(toks, i) {
			continue
		}
		place := d.mentionAt(st, i) // "Kyoto signatories": the town's name stands for the protocol
		if inMention(st, i) && (place == nil || place.kind != pledgegraph.KindPlace || place.j != i+1) {
			continue
		}
		w := d.fold(t.Text)
		id := d.lastNamedWhere(st.s.Start, func(e *pledgegraph.Entity) bool {
			name := d.fold(e.Name) // its first word ("Kyoto Protocol") or its last ("protocole de Kyoto")
			return (e.Kind == pledgegraph.KindInitiative || e.Kind == pledgegraph.KindOrganization) && name != w && (strings.HasPrefix(name, w+" ") || strings.HasSuffix(name, " "+w))
		})
		switch {
		case id == "":
		case place != nil:
			place.id, place.kind, place.entry, place.cands = id, d.ents[id].Kind, nil, nil
		default:
			// "Forum members at the table signed": the members act, not the body
			used := d.ents[id].Kind == pledgegraph.KindOrganization && d.x.Lang.Frames.member.at(toks, i+1) > 0
			out = append(out, &mention{i: i, j: i + 1, id: id, kind: d.ents[id].Kind, used: used})
		}
	}
	if len(out) > 0 {
		st.ms = append(st.ms, out...)
		sortMentions(st.ms)
	}
}

// memberNounBeside reports whether a noun of membership stands right
// after toks[i] ("Kyoto signatories") or, with a preposition of owner
// and perhaps an article, right before it ("signataires de Kyoto", "a
// member of the Forum").
func (d *docState) memberNounBeside(toks []Token, i int) bool {
	fr := &d.x.Lang.Frames
	if i+1 < len(toks) && fr.member.at(toks, i+1) > 0 {
		return true
	}
	if i > 2 && fr.article.at(toks, i-1) == 1 {
		i-- // "a member of the Forum"
	}
	if i < 2 || !d.x.Lang.ownerPrep(toks[i-1].Fold) {
		return false
	}
	_, b := fr.member.endingAt(toks, i-1, 3)
	return b >= 0
}

// referenceEnds reports whether a definite description ending at toks[p]
// stands alone: no name (a nationality may come first), possessive mark
// or genitive after it.
func (d *docState) referenceEnds(toks []Token, p int) bool {
	for p < len(toks) && !toks[p].Cap && d.isDemonym(toks, p) {
		p++ // "le groupe américain Meta": a nationality, then the name
	}
	if p >= len(toks) {
		return true
	}
	t := &toks[p]
	return !(t.Cap && !t.Punct) && d.x.Lang.Frames.possMark.at(toks, p) == 0 && !d.x.Lang.ownerPrep(t.Fold) && !isQuote(t.Text)
}

// lastOfKind returns the entity of one of the kinds named last before
// offset start, or "".
func (d *docState) lastOfKind(start int, kinds ...pledgegraph.Kind) pledgegraph.EntityID {
	for q := len(d.ments) - 1; q >= 0; q-- {
		m := d.ments[q]
		if e := d.ents[m.Entity]; m.Start < start && e != nil && slices.Contains(kinds, e.Kind) {
			return e.ID
		}
	}
	return ""
}
