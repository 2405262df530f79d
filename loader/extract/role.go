package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// role is an office the text gives someone: the title, the body whose
// office it is, and its holders. findRoles reads the offices before the
// sentence's names become entities, so that an office named without its
// holder ("the French President") can become its holder's mention; roles
// turns them into facts afterwards.
type role struct {
	t          *Title // nil for an office said with a verb ("que dirige")
	at         int    // where the title's phrase starts
	i, j       int    // the title with the words that qualify it
	start, end int    // the whole phrase: with a body or nationality before it, a complement after it
	body       *mention
	entry      *Entry // the body an adjective names ("French") or the title implies
	named      bool   // the text names the body: a stated fact, not an inferred one
	holders    []*mention
	office     bool     // the holder comes from the office alone, not from a name
	ref        *KindCue // "the company's chief executive": a body named before stands for it
	refAt      int      // where the reference starts
}

// stateOffice reports whether the title may name a state's office, so
// that a nationality names its state: "le président français", "German
// Foreign Minister".
func (t *Title) stateOffice(ref *Reference) bool {
	return t.Implicit == "state" || t.Implicit == "head" || ref.State(t.Implicit) != nil
}

// findRoles reads the offices of a sentence: titles with their bodies
// and holders, and offices said with a verb.
func (d *docState) findRoles(st *sent) []*role {
	var out []*role
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t, n := d.titleMatch(toks, i)
		if t == nil {
			continue
		}
		r := &role{t: t, at: i, i: i, j: i + n}
		d.qualify(st, r)
		d.roleBody(st, r)
		d.roleHolders(st, r)
		if n := len(out); n > 0 && len(r.holders) > 0 && r.holders[0].j <= r.start && out[n-1].end <= r.holders[0].i && slices.Contains(out[n-1].holders, r.holders[0]) {
			// "le Premier ministre indien, Narendra Modi, le Premier
			// ministre canadien, Justin Trudeau": the name before is the
			// previous office's, named after it; this one's follows (if
			// none does, both are that name's: "co-chair, Mr. X,
			// Secretary, Ministry of …")
			if r.end+1 < len(toks) && toks[r.end].Text == "," {
				if m := personAt(st, r.end+1, d.x.Lang); m != nil {
					r.holders = []*mention{m}
				}
			}
		}
		if len(r.holders) == 0 || r.body == nil && r.entry == nil {
			d.whoseRole(st, r)
		}
		if n := len(out); len(r.holders) == 0 && n > 0 && out[n-1].end+1 == r.start && !toks[r.start-1].Punct && d.x.Lang.glue(toks[r.start-1]) {
			// "Brad Smith, chief legal officer et président de Microsoft"
			r.holders = out[n-1].holders
		}
		out = append(out, r)
		i = max(i, r.end-1)
	}
	return append(append(out, d.leadRoles(st)...), d.rulerRoles(st)...)
}

// rulerRoles finds the leaders named with their state as its owners:
// « le Togo de M. Sylvanus Olympio » (the state after an article, as
// French names states), "Nkrumah's Ghana".
func (d *docState) rulerRoles(st *sent) []*role {
	var out []*role
	for _, s := range st.ms {
		if s.kind != pledgegraph.KindState || s.used {
			continue
		}
		if holder := d.rulerAt(st, s); holder != nil {
			out = append(out, &role{i: s.i, j: s.j, start: min(s.i, holder.i), end: max(s.j, holder.j), body: s, named: true, holders: []*mention{holder}})
		}
	}
	return out
}

// rulerAt returns the person named as the owner of the state s: after
// it and a word of ownership, the state after an article (« le Togo de
// M. Sylvanus Olympio »), or before it with a possessive ("Nkrumah's
// Ghana"); or nil.
func (d *docState) rulerAt(st *sent, s *mention) *mention {
	toks, lang := st.toks, d.x.Lang
	if s.j+1 < len(toks) && s.i > 0 && lang.is(wsDefinite, &toks[s.i-1]) && lang.ownerPrep(toks[s.j].Fold) {
		return personAt(st, s.j+1, lang)
	}
	if s.i > 1 && possessive(d.text, toks, s.i-1) {
		return mentionEndingAt(st, s.i-1, pledgegraph.KindPerson)
	}
	return nil
}

// whoseRole reads an office said in a relative clause of its body, the
// holder after the verb to be or in apposition: "the Future of Life
// Institute, whose president is the MIT physicist Max Tegmark", "la
// Fondation Mozilla, dont la présidente est Mitchell Baker", "la Ligue
// arabe, dont le secrétaire général, le Tunisien Chedli Klibi".
func (d *docState) whoseRole(st *sent, r *role) {
	toks, lang := st.toks, d.x.Lang
	b := lang.Frames.articleStart(toks, r.i)
	if b < 2 || !lang.Whose[toks[b-1].Fold] {
		return
	}
	body := mentionEndingAt(st, b-1, bodyKinds...)
	if body == nil {
		return
	}
	if len(r.holders) == 1 && r.holders[0].i > r.end && toks[r.end].Text == "," {
		// "la Ligue arabe, dont le secrétaire général, le Tunisien Chedli
		// Klibi, …": the holder in apposition to the office
		r.body, r.entry, r.ref, r.named = body, nil, nil, true
		r.holders[0].used = true
		return
	}
	_, c := lang.Frames.copula.match(toks, r.end)
	if c == 0 {
		return
	}
	for q := r.end + c; q < len(toks) && q < r.end+c+6 && !toks[q].Punct; q++ {
		if m := personAt(st, q, lang); m != nil {
			r.body, r.entry, r.ref, r.named, r.holders = body, nil, nil, true, []*mention{m}
			r.end = m.j
			m.used = true // said of the body in its relative clause: no actor of the sentence
			return
		}
	}
}

// qualify extends a title over the words that qualify it: "Founding
// Director", "secrétaire général adjoint", "alors Première ministre".
func (d *docState) qualify(st *sent, r *role) {
	mods := d.x.Lang.TitleMods
	for r.i > 0 && hyphenated(d.text, st.toks, r.i) && !st.toks[r.i-1].Cap {
		r.i-- // "sous-secrétaire d'État": the office is the whole word
	}
	for moved := true; moved; {
		moved = false
		for b := max(0, r.i-3); b < r.i; b++ { // the longest first: "until now", not "now"
			if mods.MatchAt(st.toks, b) == r.i-b {
				r.i, moved = b, true
				break
			}
		}
	}
	for n := mods.MatchAt(st.toks, r.j); n > 0; n = mods.MatchAt(st.toks, r.j) {
		r.j += n
	}
	r.start, r.end = r.i, r.j
}

// roleHolders finds who holds the office: the name inside the title
// ("Président Macron"), the name right after it ("President Emmanuel
// Macron", "le président français Emmanuel Macron"), the names before it
// in apposition ("Kamala Harris, la vice-présidente des Etats-Unis",
// "Michael Chertoff et Latha Reddy, coprésidents de la Commission"), or
// the name after the comma that closes it ("le ministre des Affaires
// étrangères, Jean-Yves Le Drian").
func (d *docState) roleHolders(st *sent, r *role) {
	toks, lang := st.toks, d.x.Lang
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindPerson && m.i <= r.i && m.j > r.j {
			r.holders = []*mention{m}
			return
		}
	}
	for _, q := range []int{r.j, r.end, d.lowerRemit(toks, r.end)} { // "president of global affairs Kent Walker"
		if m := personAt(st, q, lang); m != nil {
			r.holders = []*mention{m}
			if r.body == nil && r.entry == nil {
				// "President Emmanuel Macron of France"
				if b, end := d.bodyAfter(st, m.j); b != nil {
					r.body, r.named, r.end = b, true, end
				}
			}
			return
		}
	}
	var after *mention
	if e := bracketEnd(toks, r.end); e < len(toks) && toks[e].Text == "," {
		after = personAt(st, d.skipNationality(toks, e+1), lang) // "le directeur général de l'OMC, le Brésilien Roberto Azevêdo", "de l'Union internationale des télécommunications (UIT), Hamadoun Touré"
	}
	if hs := d.appositionBefore(st, r.start); len(hs) > 0 && !(after != nil && d.titledBefore(st, hs[0])) {
		if len(hs) > 1 && !pluralTitle(toks[r.j-1]) {
			hs = hs[:1] // "Nick Clegg and Adam Selipsky, chief executive of AWS": the last one's
		}
		r.holders = hs
		return
	}
	if after != nil {
		r.holders = []*mention{after}
	}
}

// bracketEnd returns the index after a short bracket that opens at
// toks[i] (a body's acronym: "(UIT)"), or i when none does.
func bracketEnd(toks []Token, i int) int {
	if i >= len(toks) || toks[i].Text != "(" {
		return i
	}
	for q := i + 1; q < len(toks) && q <= i+4; q++ {
		if toks[q].Text == ")" {
			return q + 1
		}
	}
	return i
}

// titledBefore reports whether the person m comes right after an office
// and a comma, an honorific perhaps between ("le président du Ghana, M.
// Kwame Nkrumah"), and holds it: in a list of offices and holders, the
// office after the person is then the next one's. The office is the
// person's unless someone before it holds it, in apposition, as the list's
// first pair says ("Jeff Bezos, le patron d'Amazon, Mark Zuckerberg, le
// fondateur de Facebook": Zuckerberg's office comes after him).
func (d *docState) titledBefore(st *sent, m *mention) bool {
	return d.titledBeforeN(st, m, 8)
}

// titledBeforeN is titledBefore, looking at most n pairs back.
func (d *docState) titledBeforeN(st *sent, m *mention, n int) bool {
	toks := st.toks
	q := m.i
	if q >= 2 && toks[q-1].Text == "." && d.x.Lang.Honorifics[toks[q-2].Fold] {
		q -= 2
	} else if q >= 1 && d.x.Lang.Honorifics[toks[q-1].Fold] {
		q--
	}
	if n == 0 || q < 2 || toks[q-1].Text != "," {
		return false
	}
	for k := max(0, q-8); k < q-1; k++ {
		if d.titleAt(toks, k) == 0 || toks[k].Punct || d.x.Lang.Honorifics[toks[k].Fold] {
			continue // not "M." before the name of the pair before
		}
		for k > 0 && hyphenated(d.text, toks, k) {
			k-- // "sous-secrétaire"
		}
		if sentenceBreak(toks, k, q-1) || slices.ContainsFunc(st.ms, func(o *mention) bool { return o.kind == pledgegraph.KindPerson && o.i > k && o.j < q-1 }) {
			return false
		}
		hs := d.appositionBefore(st, d.x.Lang.Frames.articleStart(toks, k))
		return len(hs) == 0 || d.titledBeforeN(st, hs[0], n-1)
	}
	return false
}

// pluralTitle reports whether the last word of an office is in the
// plural ("coprésidents", "co-chairs"), which the names coordinated
// before it share.
func pluralTitle(t Token) bool {
	return !t.Cap && (strings.HasSuffix(t.Fold, "s") || strings.HasSuffix(t.Fold, "x"))
}

// appositionBefore returns the people named before an office that
// stands in apposition to them from toks[start], after a comma, an
// article, words that qualify it or a nationality: "Tomasz Wrona, the
// Polish digital minister"; with the names coordinated before them.
func (d *docState) appositionBefore(st *sent, start int) []*mention {
	toks := st.toks
	b := start - 1
	for b >= 0 {
		if n := d.modEndingAt(toks, b); n > 0 {
			b -= n // "Satya Nadella, who is chief executive of Microsoft"
		} else if d.x.Lang.is(wsNameArticles, &toks[b]) || toks[b].Cap && !inMention(st, b) && d.isDemonym(toks, b) {
			b--
		} else {
			b = d.articleBefore(st, b)
			break
		}
	}
	if b < 1 || toks[b].Text != "," && !isDash(toks[b].Text) {
		return nil
	}
	end := b
	if a := b - 1; isDash(toks[b].Text) && a >= 3 {
		if !toks[a].Cap && !toks[a].Punct && !toks[a].Number {
			a-- // "47 ans"
		}
		if toks[a].Number && toks[a-1].Text == "," {
			end = a - 1 // "MR CLEMENT ATTLEE, 66 — Prime Minister of the United Kingdom": the holder's age between
		}
	}
	var out []*mention
	for {
		var h *mention
		for _, m := range st.ms {
			if m.j == end && m.kind == pledgegraph.KindPerson {
				h = m
			}
		}
		if h == nil {
			return out
		}
		out = append(out, h)
		// "Michael Chertoff et Latha Reddy, coprésidents"
		if h.i < 2 || toks[h.i-1].Punct || !d.x.Lang.glue(toks[h.i-1]) {
			return out
		}
		end = h.i - 1
	}
}

// modEndingAt returns the length of the words qualifying an office that
// end at toks[b] ("then", "who is"), or 0.
func (d *docState) modEndingAt(toks []Token, b int) int {
	for a := max(0, b-2); a <= b; a++ {
		if n := d.x.Lang.TitleMods.MatchAt(toks, a); n == b-a+1 {
			return n
		}
	}
	return 0
}

// articleBefore returns the comma before "a senior technical adviser"
// when toks[b] is one of at most two lower-case words that qualify an
// office between it and the article that follows the comma; else b.
func (d *docState) articleBefore(st *sent, b int) int {
	toks := st.toks
	for a := b; a >= max(1, b-2); a-- {
		t := &toks[a]
		if d.x.Lang.is(wsNameArticles, t) {
			if a < b && toks[a-1].Text == "," {
				return a - 1
			}
			return b
		}
		if t.Punct || t.Number || t.Cap || inMention(st, a) {
			return b
		}
	}
	return b
}

// leadRoles finds offices said with a verb: the body first ("l'ITU, que
// dirige une Secrétaire générale américaine, Doreen Bogdan-Martin", "the
// agency, led by X"), the holder first ("X, qui dirige l'Anssi", "X,
// who heads the agency"), or the body named before ("X, qui l'a
// présidée").
func (d *docState) leadRoles(st *sent) []*role {
	var out []*role
	toks, lang := st.toks, d.x.Lang
	for i := range toks {
		if n := lang.LedBy.MatchAt(toks, i); n > 0 {
			out = append(out, d.ledBy(st, i, n)...)
		}
		if n := lang.LeadsRef.MatchAt(toks, i); n > 0 {
			// "Marina Kaljurand, qui l'a présidée": the body named before
			if holder := mentionEndingAt(st, i, pledgegraph.KindPerson); holder != nil {
				out = append(out, &role{i: i, j: i + n, start: holder.i, end: i + n, named: true, holders: []*mention{holder}, ref: &KindCue{}, refAt: i})
			}
		}
		n := lang.Leads.MatchAt(toks, i)
		affil := false
		if p := i; n == 0 && i > 0 {
			if toks[i-1].Text == "," {
				p = i - 1
			}
			if q, m := lang.affiliationAt(toks, p); q == i {
				n, affil = m, true // "Paul Wilson of APNIC", "Adiel Akplogan, de l'AFRINIC"
			}
		}
		if n > 0 {
			holder := mentionEndingAt(st, i, pledgegraph.KindPerson)
			if affil && holder != nil && d.rulerOf(st, holder) {
				continue // « l'Argentine de Mauricio Macri, du Brésil de Jair Bolsonaro »: the next state of a list
			}
			q := i + n
			for q < len(toks) && lang.is(wsNameArticles, &toks[q]) {
				q++
			}
			body := bodyAt(st.ms, q)
			if body == nil {
				body = bodyAt(st.ms, i+n) // "Dirk Stikker of the Netherlands": the article inside the state's name
			}
			if affil && body != nil && holder != nil && lang.prepItem(toks, holder.i, i, body.j) {
				continue // "the signatures of A, of B and of C": the next item of a list
			}
			if body != nil && holder != nil {
				out = append(out, &role{i: i, j: i + n, start: holder.i, end: body.j, body: body, named: true, holders: []*mention{holder}})
				body.used = true // "Adiel Akplogan, de l'AFRINIC, a signé": the holder acts, not the body
			}
		}
	}
	return out
}

// prepItem reports whether the preposition at toks[p] opens an item of
// a list that repeats it, the one before starting at toks[i] and the
// next one ending at toks[e]: the item before is one too (", of A, of
// B") or another follows (", of B and of C").
func (l *Language) prepItem(toks []Token, i, p, e int) bool {
	if i == 0 || toks[i-1].Fold != toks[p].Fold {
		return false
	}
	joins := func(q int) bool {
		return q >= 0 && q < len(toks) && (toks[q].Text == "," || l.And.MatchAt(toks, q) == 1)
	}
	return joins(i-2) || joins(e) && e+1 < len(toks) && toks[e+1].Fold == toks[p].Fold
}

// rulerOf reports whether the person p is named as the owner of the
// state right before it (see rulerAt: "l'Argentine de Mauricio Macri",
// "the Ghana of Nkrumah"): a word of affiliation after p opens the next
// item of a list, not p's body.
func (d *docState) rulerOf(st *sent, p *mention) bool {
	s := mentionEndingAt(st, p.i-1, pledgegraph.KindState)
	return s != nil && d.rulerAt(st, s) == p
}

// ledBy reads an office said with a verb whose holder follows it and
// whose body precedes it: "l'ITU, que dirige une Secrétaire générale
// américaine, Doreen Bogdan-Martin", "le réseau social que dirige Elon
// Musk". The holder is no actor of the clause: the body is ("NATO, led by
// Jens Stoltenberg, signed").
func (d *docState) ledBy(st *sent, i, n int) []*role {
	toks := st.toks
	var holders []*mention
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindPerson || m.i < i+n || m.i > i+n+8 || sentenceBreak(toks, i+n, m.i) {
			continue
		}
		if len(holders) > 0 && !d.between(st, holders[len(holders)-1].j, m.i) {
			break
		}
		holders = append(holders, m)
	}
	if len(holders) == 0 {
		return nil
	}
	q := i
	if _, a := d.x.Lang.Frames.adverb.endingAt(toks, q, 2); a > 0 {
		q = a // "l'UNESCO, alors dirigée par"
	}
	if _, c := d.x.Lang.Frames.copula.endingAt(toks, q, 2); c > 0 && d.x.Lang.is(wsRelPron, &toks[c-1]) {
		q = c - 1 // "NTIA, which is headed by", "l'agence, qui est dirigée par"
	} else if c > 0 {
		q = c // "The Alliance is led by", "Le centre est dirigé par"
	}
	body := mentionEndingAt(st, q, bodyKinds...)
	if bodies := d.bodiesEndingWith(st, body); len(bodies) > 1 && len(bodies) == len(holders) {
		// "l'UIT et l'UNESCO, alors dirigées par Hamadoun Touré et
		// Irina Bokova": each its own, in order
		var out []*role
		for k, b := range bodies {
			holders[k].used = true
			out = append(out, &role{i: i, j: i + n, start: b.i, end: holders[k].j, body: b, named: true, holders: holders[k : k+1]})
		}
		return out
	}
	if len(holders) > 1 {
		return nil // as many people as bodies, or no telling whose
	}
	holder := holders[0]
	r := &role{i: i, j: i + n, end: holder.j, body: body, named: true, holders: []*mention{holder}}
	if body != nil {
		r.start = body.i
	} else if r.ref, r.refAt = d.bodyRefEnding(toks, q); r.ref != nil {
		r.start = r.refAt
	} else {
		return nil
	}
	holder.used = true
	return []*role{r}
}

// bodiesEndingWith returns the bodies coordinated before and with the
// body b ("l'UIT et l'UNESCO"), in order, or b alone.
func (d *docState) bodiesEndingWith(st *sent, b *mention) []*mention {
	if b == nil {
		return nil
	}
	out := []*mention{b}
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.j > out[0].i || !m.isKind(bodyKinds...) {
			continue
		}
		if !d.between(st, m.j, out[0].i) {
			break
		}
		if bracketed(st.toks, out[0]) {
			out[0] = m // "l'Union internationale des télécommunications (UIT)": one body
			continue
		}
		out = append([]*mention{m}, out...)
	}
	return out
}

// mentionEndingAt returns the mention of one of the kinds that ends at
// toks[i], or before the comma there.
func mentionEndingAt(st *sent, i int, kinds ...pledgegraph.Kind) *mention {
	for _, m := range st.ms {
		if m.isKind(kinds...) && !m.anaphora && (m.j == i || m.j == i-1 && st.toks[i-1].Text == ",") {
			return m
		}
	}
	return nil
}

// sentenceBreak reports whether a colon, a semicolon or a bracket stands
// between toks[i] and toks[j].
func sentenceBreak(toks []Token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		switch toks[q].Text {
		case ";", ":", "(", ")":
			return true
		}
	}
	return false
}

// roles turns the sentence's offices into holds_role facts, and
// remembers who holds each office for the offices named later without
// their holder.
func (d *docState) roles(st *sent) {
	for _, r := range st.roles {
		if len(r.holders) == 0 {
			continue
		}
		org, inferred, conf := d.roleBodyID(st, r)
		if org == "" {
			d.eventOffice(st, r)
			continue
		}
		for _, h := range r.holders {
			d.addFact(pledgegraph.Fact{Subject: h.id, Predicate: pledgegraph.HoldsRole, Object: org, Inferred: inferred || r.office,
				Confidence: conf, Evidence: d.evidence(st.s, min(r.start, h.i), max(r.end, h.j))})
			if r.t == nil || r.t.Office == "" || r.office {
				continue
			}
			if key := r.bodyKey(); key != "" {
				d.offices[r.t.Office+"|"+key] = h.id
			}
			if e := d.ents[org]; e != nil && e.Kind == pledgegraph.KindState {
				// "la Première ministre": the last head of government of a
				// state the text named
				d.offices[r.t.Office+"|"] = h.id
			}
		}
	}
}

// eventOffice turns an office held at an event into its holders'
// participation: the title followed by the event ("président de la
// conférence", "secretary-general of the conference") or after it ("the
// conference chairman, Mr. X"), an event the text takes up or whose
// day or venue it gives.
func (d *docState) eventOffice(st *sent, r *role) {
	toks := st.toks
	q := r.j
	if q < len(toks) && d.x.Lang.ownerPrep(toks[q].Fold) {
		q++
		q += d.x.Lang.Frames.article.at(toks, q)
	}
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindEvent || m.id == "" || !(q > r.j && m.i == q || m.j == r.i) {
			continue
		}
		if e := d.ents[m.id]; !m.anaphora && e.Start.Day == 0 && !d.hasVenue(m.id) {
			return // "secretary general of the Abu Dhabi Forum for Peace": a body as much as a meeting, unless held
		}
		for _, h := range r.holders {
			d.addFact(pledgegraph.Fact{Subject: h.id, Predicate: pledgegraph.ParticipatedIn, Object: m.id, Since: d.attendDate(st, m.id), Confidence: 0.7,
				Evidence: d.evidenceBy("role.event", st.s, min(r.start, h.i, m.i), max(r.end, h.j, m.j))})
		}
		return
	}
}

// dashHolders reads the people named between dashes after the states
// whose office a plural stand-in names ("the presidents of Colombia,
// Chile and Venezuela — Carlos Lleras Restrepo, Eduardo Frei and Raúl
// Leoni —", "les présidents du Ghana et du Mali – Kwame Nkrumah et
// Modibo Keïta –"): each holds the office of the state in the same
// place of its list, and none is an actor of the sentence beside them.
func (d *docState) dashHolders(st *sent) {
	toks := st.toks
	for q := 1; q < len(toks); q++ {
		if !isDash(toks[q].Text) {
			continue
		}
		states := d.actorsBefore(st, 0, q).states()
		if len(states.items) < 2 || states.hi != q || !d.standinBefore(st, states.lo) {
			continue
		}
		people := d.actorsAfter(st, q+1).only(pledgegraph.KindPerson)
		if len(people.items) != len(states.items) || people.hi < len(toks) && !isDash(toks[people.hi].Text) && !toks[people.hi].Punct {
			continue
		}
		for k, h := range people.items {
			h.used = true
			d.addFact(pledgegraph.Fact{Subject: h.id, Predicate: pledgegraph.HoldsRole, Object: states.items[k].id, Confidence: 0.6,
				Evidence: d.evidence(st.s, states.items[k].i, h.j)})
		}
		return
	}
}

// delegateStates reads the states people named in a list act for: in
// brackets after their names (see bracketStates) or after a cue of
// representation (see behalfStates).
func (d *docState) delegateStates(st *sent) {
	d.bracketStates(st)
	d.behalfStates(st)
}

// bracketStates reads the state in brackets right after a person's
// name as the state the person holds an office of, as lists of leaders
// give it ("M. Oscar Arias (Costa Rica), M. José Azcona (Honduras)",
// "Belisario Betancur (Colombie)"). The state stays an actor of the
// sentence: the leader acts for it.
func (d *docState) bracketStates(st *sent) {
	toks := st.toks
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindPerson || m.id == "" || m.j+2 >= len(toks) || toks[m.j].Text != "(" {
			continue
		}
		s := d.mentionAt(st, m.j+1)
		if s == nil || s.i != m.j+1 || s.kind != pledgegraph.KindState || s.id == "" || s.j >= len(toks) || toks[s.j].Text != ")" {
			continue
		}
		d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.HoldsRole, Object: s.id, Confidence: 0.6,
			Evidence: d.evidence(st.s, m.i, s.j+1)})
	}
}

// behalfStates reads the state that a cue of representation puts right
// after a person's name, in a list or at its end, as the state the
// person holds an office of ("MM. Antoine Pinay pour la France,
// Paul-Henri Spaak pour la Belgique", "Sir Wilfrid Laurier for Canada,
// Sir Joseph Ward for New Zealand"): the delegate acts for it.
func (d *docState) behalfStates(st *sent) {
	toks := st.toks
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindPerson || m.id == "" {
			continue
		}
		a := d.behalfAt(st, d.pastOffice(st, m))
		if a < 0 {
			continue
		}
		s := d.mentionAt(st, a) // "for the Netherlands": the article may be the name's
		if s == nil || s.kind != pledgegraph.KindState || s.id == "" {
			continue
		}
		if s.j < len(toks) && !d.x.Lang.separator(toks[s.j]) && !toks[s.j].Punct {
			continue // "Smith for Canada's bid": not a list's item
		}
		d.addFact(pledgegraph.Fact{Subject: m.id, Predicate: pledgegraph.HoldsRole, Object: s.id, Confidence: 0.6,
			Evidence: d.evidence(st.s, m.i, s.j)})
	}
}

// pastOffice returns where the words after the person m go on past an
// office of m's between commas ("M. Briand, ministre des Affaires
// étrangères, pour la France"), else m's end.
func (d *docState) pastOffice(st *sent, m *mention) int {
	toks := st.toks
	if m.j+1 >= len(toks) || toks[m.j].Text != "," {
		return m.j
	}
	for _, r := range st.roles {
		if (r.start == m.j+1 || r.start == m.j+1+d.x.Lang.Frames.article.at(toks, m.j+1)) && r.end < len(toks) && toks[r.end].Text == "," && slices.Contains(r.holders, m) {
			return r.end + 1
		}
	}
	return m.j
}

// standinBefore reports whether a plural noun of the frame table's
// stand-ins and its preposition end right before toks[lo]: "the
// presidents of", "les présidents du".
func (d *docState) standinBefore(st *sent, lo int) bool {
	fr := &d.x.Lang.Frames
	q := fr.articleStart(st.toks, lo)
	_, p := fr.prep.endingAt(st.toks, q, 2)
	if p < 0 {
		return false
	}
	_, s := fr.standin.endingAt(st.toks, p, 3)
	return s >= 0 && pluralTitle(st.toks[p-1])
}

// roleBodyID returns the entity whose office it is, whether the text
// leaves it out, and the confidence. When the text does not name it, the
// reference data says for well-known people ("Vice President Kamala
// Harris"); for a state's office, the one state the sentence names does
// for others, and in French, France.
func (d *docState) roleBodyID(st *sent, r *role) (pledgegraph.EntityID, bool, float64) {
	switch {
	case r.body != nil:
		// the body of a title is no actor ("Microsoft President Brad Smith
		// signed"); the body of a verb is ("NATO, led by X, signed"), and
		// a state whose office follows it ("l'Argentine du président X a
		// refusé")
		owned := false // "l'Argentine du président X", "the Institute, whose president is X"
		if k := r.body.j; k < r.i && k < len(st.toks) {
			if st.toks[k].Text == "," && k+1 < r.i {
				k++
			}
			owned = d.x.Lang.ownerPrep(st.toks[k].Fold) || d.x.Lang.Whose[st.toks[k].Fold]
		}
		r.body.used = r.body.used || r.t != nil && !owned
		if outer := d.employerAfter(st, r.body); outer != nil {
			return outer.id, !r.named, 0.8 // "general manager of Trustworthy Computing Security at Microsoft": Microsoft's
		}
		return r.body.id, !r.named, 0.8
	case r.entry != nil:
		return d.ensure(r.entry), !r.named, 0.8
	case r.ref != nil:
		return d.refBody(st, r), false, 0.7
	case r.t == nil:
		return "", false, 0
	}
	if h := d.ents[r.holders[0].id]; h != nil {
		if e := d.x.Ref.OfficeOf(h.Name, r.t.Office); e != nil {
			return d.ensure(e), true, 0.7
		}
		if at := d.officeDate(st); r.t.Office != "" && !at.IsZero() {
			if e := d.x.Ref.OfficeBySurname(h.Name, r.t.Office, at); e != nil {
				return d.ensure(e), true, 0.7 // "President Reagan" in 1985
			}
		}
	}
	// "président", "president" head any body: only a capitalised title
	// before the name is the state's ("Vice President Jane Doe said the
	// United States …"), not "Ana Lopez, présidente de séance"
	labelled := d.label.id != "" && d.label.para == st.s.Para // "Albanie. Le président Sali Berisha"
	head := r.t.Implicit == "head" && (st.toks[r.at].Cap || labelled) && r.holders[0].i == r.j
	if r.t.Implicit != "state" && !head {
		return "", false, 0
	}
	var states []*mention
	remit := d.remitAt(st, r)
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindState && !m.anaphora && !m.byKind && !d.locative(st, m) && (len(states) == 0 || states[0].id != m.id) &&
			!hyphenated(d.text, st.toks, m.i) && !(m.j < len(st.toks) && hyphenated(d.text, st.toks, m.j)) && // not "the EU-Japan summit"
			m.i != remit {
			states = append(states, m)
		}
	}
	if id := d.stateHeldBy(r.holders[0].id, false); id != "" && len(states) > 0 {
		return id, true, 0.6 // "President Kaunda of Zambia …; Zimbabwe's Prime Minister attended, and President Kaunda was host": Zambia's
	}
	if len(states) == 1 {
		return states[0].id, true, 0.6
	}
	if e := d.demonymIn(st, r); len(states) == 0 && e != nil {
		return d.ensure(e), true, 0.5 // "Côté britannique, c'est la ministre de la Justice, X"
	}
	if len(states) == 0 && labelled {
		return d.label.id, false, 0.6 // "Grèce. Le Premier ministre Constantin Mitsotakis a signé": the paragraph's label names it
	}
	if len(states) == 0 && !head && d.x.Lang.HomeState != "" && r.t.Office != "monarch" {
		// "le Premier ministre Jean Castex" in French: France's, when
		// the text names no other state ("La ministre de l'Économie
		// numérique, Cina Lawson" in a story about Lomé is not); a
		// republic's press names no king of its own (« le roi Hassan II »)
		if e := d.x.Ref.State(d.x.Lang.HomeState); e != nil && !d.otherStateNamed(e.ID()) && !d.otherCapital(st, e.ID()) {
			return d.ensure(e), true, 0.5
		}
	}
	return "", false, 0
}

// remitAt returns where the remit that a preposition of remit gives
// the office r right after its title starts ("the Secretary of State for
// India", « secrétaire d'État pour l'Inde »), its article skipped: a
// state there is one the office deals with, not the one it serves; or
// -1.
func (d *docState) remitAt(st *sent, r *role) int {
	p := r.j + d.x.Lang.Remits.MatchAt(st.toks, r.j)
	if p == r.j && (r.j == 0 || d.x.Lang.Remits.MatchAt(st.toks, r.j-1) != 1) {
		return -1 // no remit; a title may end with its preposition ("Secretary of State for")
	}
	return p + d.x.Lang.Frames.article.at(st.toks, p)
}

// paraLabel is the state that a paragraph opens with as its label, a
// sentence of its name alone: a roundup's entry.
type paraLabel struct {
	para int
	id   pledgegraph.EntityID
}

// noteRead remembers the sentence st, read, for those after it: as the
// sentence before, and the state it names alone, with a full stop or a
// colon perhaps ("Grèce.", "NAURU:"), as the label of its paragraph.
func (d *docState) noteRead(st *sent) {
	d.prevSent = st
	if len(st.ms) != 1 || st.ms[0].kind != pledgegraph.KindState || st.ms[0].i != 0 || st.ms[0].id == "" {
		return
	}
	if e := st.ms[0].j; e == len(st.toks) || e+1 == len(st.toks) && (st.toks[e].Text == "." || st.toks[e].Text == ":") {
		d.label = paraLabel{para: st.s.Para, id: st.ms[0].id}
	}
}

// stateHeldBy returns the state whose office the text said before that
// the person p holds, with the state named unless inferred allows an
// office whose state the rules inferred; or "".
func (d *docState) stateHeldBy(p pledgegraph.EntityID, inferred bool) pledgegraph.EntityID {
	for _, id := range d.forder {
		if f := d.facts[id]; f.Predicate == pledgegraph.HoldsRole && f.Subject == p && (inferred || !f.Inferred) && f.Object.IsKind(pledgegraph.KindState) {
			return f.Object
		}
	}
	return ""
}

// employerAfter returns the company or body named right after the body b
// of an office and a preposition of office ("at", "chez") that b is a
// unit of ("Trustworthy Computing Security at Microsoft"), or nil.
func (d *docState) employerAfter(st *sent, b *mention) *mention {
	q := b.j
	if q+1 >= len(st.toks) || !d.x.Lang.OfficePreps[st.toks[q].Fold] || d.x.Lang.ownerPrep(st.toks[q].Fold) || b.entry != nil {
		return nil
	}
	if m := d.mentionAt(st, q+1+d.x.Lang.Frames.article.at(st.toks, q+1)); m != nil && m.isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization) {
		return m
	}
	return nil
}

// sharedOffice reports whether the office o comes right before r, its
// holders coordinated to r ("South Korean Defence Minister Kim Yong-hyun
// and Foreign Minister Cho Tae-yul"): what qualifies o qualifies r too.
func (d *docState) sharedOffice(st *sent, o, r *role) bool {
	if o.start > r.start || len(o.holders) == 0 || r.start < 1 {
		return false
	}
	h := o.holders[len(o.holders)-1]
	and := false
	for q := h.j; q < r.start; q++ { // ", et le ministre"
		switch {
		case st.toks[q].Text == ",":
		case d.x.Lang.And.MatchAt(st.toks, q) == 1:
			and = true
		case d.x.Lang.Frames.article.at(st.toks, q) == 1:
		default:
			return false
		}
	}
	return and
}

// locative reports whether the state m says where something happens, not
// whose office it is: after a city and a comma ("in Vilnius, Lithuania",
// "à Vilnius, en Lituanie")
// or after a place's preposition ("signed in Lithuania").
func (d *docState) locative(st *sent, m *mention) bool {
	i := d.x.Lang.Frames.articleStart(st.toks, m.i)
	if i >= 3 && !st.toks[i-1].Cap && d.x.Lang.is(wsStop, &st.toks[i-1]) && st.toks[i-2].Text == "," {
		i-- // "à Vilnius, en Lituanie"
	}
	if i >= 2 && st.toks[i-1].Text == "," {
		for _, c := range st.ms {
			if c.j == i-1 && c.kind == pledgegraph.KindPlace {
				return true
			}
		}
	}
	return d.x.Lang.venueBefore(st.toks, i)
}

// otherStateNamed reports whether the text so far names a state other
// than home.
func (d *docState) otherStateNamed(home pledgegraph.EntityID) bool {
	for _, m := range d.ments {
		if e := d.ents[m.Entity]; e != nil && e.Kind == pledgegraph.KindState && e.ID != home {
			return true
		}
	}
	return false
}

// otherCapital reports whether the sentence st names a place that
// stands for a state other than home, its capital or seat of government
// ("Stockholm a envoyé une délégation conduite par M. Lundeberg,
// président du conseil": Sweden's, not France's).
func (d *docState) otherCapital(st *sent, home pledgegraph.EntityID) bool {
	for _, m := range st.ms {
		if m.kind != pledgegraph.KindPlace {
			continue
		}
		for _, e := range m.cands {
			if s := d.x.Ref.State(e.Key); e.Metonym && s != nil && s.ID() != home {
				return true // the reference data's other reading of the name
			}
		}
	}
	return false
}

// demonymIn returns the state that the one adjective of nationality of
// the sentence names, or nil when it names none or several; one inside
// another office is that office's, unless the two are coordinated (see
// sharedOffice).
func (d *docState) demonymIn(st *sent, r *role) *Entry {
	var found *Entry
	for q := range st.toks {
		if inMention(st, q) || slices.ContainsFunc(st.roles, func(o *role) bool { return o != r && o.start <= q && q < o.end && !d.sharedOffice(st, o, r) }) {
			continue // "President Donald Tusk and Japanese Prime Minister Shinzo Abe": another office's
		}
		if e, n := d.x.Ref.Demonym(st.toks, q); e != nil && n > 0 {
			p := q + n
			if p+1 < len(st.toks) && !st.toks[p].Cap && !st.toks[p].Punct {
				p++ // "the Polish group Asseco"
			}
			if m := d.mentionAt(st, p); m != nil && m.isKind(pledgegraph.KindCompany, pledgegraph.KindOrganization) {
				continue // "le groupe polonais Asseco": the company's nationality
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}
