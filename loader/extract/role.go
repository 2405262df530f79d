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

// bodyKinds are the kinds whose offices people hold.
var bodyKinds = []pledgegraph.Kind{pledgegraph.KindState, pledgegraph.KindOrganization, pledgegraph.KindCompany, pledgegraph.KindSubnationalGovernment}

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
		if n := len(out); len(r.holders) == 0 && n > 0 && out[n-1].end+1 == r.start && !toks[r.start-1].Punct && glue(toks[r.start-1]) {
			// "Brad Smith, chief legal officer et président de Microsoft"
			r.holders = out[n-1].holders
		}
		out = append(out, r)
		i = max(i, r.end-1)
	}
	return append(out, d.leadRoles(st)...)
}

// qualify extends a title over the words that qualify it: "Founding
// Director", "secrétaire général adjoint", "alors Première ministre".
func (d *docState) qualify(st *sent, r *role) {
	mods := d.x.Lang.TitleMods
	for moved := true; moved; {
		moved = false
		for b := r.i - 1; b >= max(0, r.i-3); b-- {
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

// roleBody finds the body whose office the title names: before it
// ("Microsoft President", "Germany's foreign minister", "French
// President"), after it ("chief executive of Nordsoft", "le président
// français", "Minister of Justice of Croatia"), or in the title itself
// ("président de la République", "European Commissioner"). A body after
// the title wins over one before it ("GFCE co-chair of India"). A
// nationality names the state only for a state's office: "une Secrétaire
// générale américaine" heads no American body.
func (d *docState) roleBody(st *sent, r *role) {
	stateOffice := r.t.stateOffice(d.x.Ref)
	if m := d.bodyBefore(st, r.i); m != nil {
		r.body, r.named, r.start = m, true, m.i
	} else if e, n := d.demonymBefore(st, r.i); e != nil && stateOffice {
		r.entry, r.named, r.start = e, true, r.i-n
	}
	if e, end := d.demonymAfter(st, r.j); e != nil {
		if stateOffice && r.body == nil && r.entry == nil {
			r.entry, r.named = e, true
		}
		r.end = end
	} else if m, end := d.bodyAfter(st, r.j); m != nil {
		r.body, r.entry, r.named, r.end = m, nil, true, end
		d.headBody(m)
	} else {
		// "secrétaire d'État chargé de la transition numérique, Cédric O"
		r.end = end
		if e := d.portfolio(st.toks, r.at, r.at+len(r.t.Phrase), st.ms); e > r.end {
			r.end = e
		}
	}
	r.end = d.remitTail(st.toks, r.end, st.ms)
	if r.entry == nil && (r.body == nil || r.body.entry == nil) {
		d.bodyAfterComma(st, r)
	}
	if r.body == nil && r.entry == nil {
		d.roleRef(st, r, stateOffice)
	}
	if r.body == nil && r.entry == nil && r.ref == nil {
		if e := d.x.Ref.body(r.t.Implicit); e != nil {
			// "président de la République" implies France's; "European
			// Commissioner" names its body
			r.entry, r.named = e, e.Kind != pledgegraph.KindState
		}
	}
}

// headBody makes a body named by its head word alone ("coprésidents de
// la Commission", "director of the Agency") the body of that head the
// document named in full before: the last organisation or company whose
// name holds the word.
func (d *docState) headBody(m *mention) {
	if m.entry != nil || m.id != "" || m.j-m.i != 1 || d.x.Lang.NameKinds[pledgegraph.Fold(m.name)] == "" {
		return
	}
	head := pledgegraph.Fold(m.name)
	for k := len(d.order) - 1; k >= 0; k-- {
		e := d.ents[d.order[k]]
		words := strings.Fields(pledgegraph.Fold(e.Name))
		if (e.Kind == pledgegraph.KindOrganization || e.Kind == pledgegraph.KindCompany) && len(words) > 1 && slices.Contains(words, head) {
			m.id, m.kind = e.ID, e.Kind
			return
		}
	}
}

// remitTail returns the comma that closes an office's remit after toks[p]
// ("chargée des valeurs", "for values", "of public policy"): a few words
// after a preposition of office or a word of remit, no name among them;
// or p.
func (d *docState) remitTail(toks []Token, p int, ms []*mention) int {
	lang := d.x.Lang
	if p >= len(toks) || !lang.OfficePreps[toks[p].Fold] && lang.Remits.MatchAt(toks, p) == 0 {
		return p
	}
	for q := p + 1; q < len(toks) && q-p <= 6; q++ {
		if toks[q].Text == "," {
			return q
		}
		if toks[q].Punct || covered(ms, q) {
			break
		}
	}
	return p
}

// bodyAfterComma takes for the office's body an organisation named alone
// after a comma that closes the office, in the way of a signature: "Ms.
// Carmen Gonsalves, Head of Taskforce International Cyber Policies,
// Ministry of Foreign Affairs" (the unit's body, at the end of the
// sentence); "X, CEO, Nordsoft".
func (d *docState) bodyAfterComma(st *sent, r *role) {
	toks := st.toks
	if r.end+1 >= len(toks) || toks[r.end].Text != "," {
		return
	}
	m := bodyAt(st.ms, r.end+1)
	if m == nil || m.kind == pledgegraph.KindState || m.j < len(toks) && !toks[m.j].Punct {
		return
	}
	if r.body != nil && m.j < len(toks) && toks[m.j].Text == "," {
		return // "Eva Lind, CEO of Nordsoft, Microsoft, Google and IBM": a list goes on
	}
	r.body, r.named, r.end = m, true, m.j
}

// roleRef finds a reference to a body named before that stands for the
// office's body: "the company's chief executive", "its CEO", "son PDG",
// "le directeur général de l'entreprise".
func (d *docState) roleRef(st *sent, r *role, stateOffice bool) {
	toks := st.toks
	end := r.i
	if d.clitic(toks, r.i-1) {
		end-- // "the company's chief executive"
	}
	// a state's office takes a possessive ("la France et son Premier
	// ministre") or a state ("the country's president"), not "l'entreprise"
	ok := func(c *KindCue) bool {
		return c != nil && (c.Kind == "" || stateOffice == (c.Kind == pledgegraph.KindState))
	}
	if c, b := d.bodyRefEnding(toks, end); ok(c) && (end == r.i || b+len(c.Phrase) == end) {
		r.ref, r.refAt, r.start = c, b, min(r.start, b)
		return
	}
	if r.j < len(toks) && d.x.Lang.OfficePreps[toks[r.j].Fold] {
		if c := d.bodyRefAt(toks, r.j+1); ok(c) {
			r.ref, r.refAt, r.end = c, r.j+1, r.j+1+len(c.Phrase)
		}
	}
}

// bodyRefEnding returns the reference to a body that ends at toks[i] or
// at the comma before it, and where it starts.
func (d *docState) bodyRefEnding(toks []Token, i int) (*KindCue, int) {
	if i > 0 && toks[i-1].Text == "," {
		i--
	}
	for b := max(0, i-4); b < i; b++ {
		if c := d.bodyRefAt(toks, b); c != nil && b+len(c.Phrase) == i {
			return c, b
		}
	}
	return nil, 0
}

// bodyRefAt returns the reference to a body named before that starts at
// toks[q], written in lower case ("l'entreprise", not "l'Agence de
// cybersécurité") and followed by no name ("l'association Cyberveille"),
// or nil.
func (d *docState) bodyRefAt(toks []Token, q int) *KindCue {
	for k := range d.x.Lang.BodyRefs {
		c := &d.x.Lang.BodyRefs[k]
		if !matchPhrase(toks, q, c.Phrase) {
			continue
		}
		lower := true
		for _, t := range toks[q : q+len(c.Phrase)] {
			lower = lower && !t.Cap
		}
		if e := q + len(c.Phrase); e < len(toks) && toks[e].Cap && d.titleAt(toks, e) == 0 {
			continue // "l'association Cyberveille": a name follows, no reference
		}
		if lower || q == 0 {
			return c
		}
	}
	return nil
}

// refBody returns the body a reference stands for: the last one of its
// kind named before it (any body for a possessive: "Acme et son
// président", "la France et son Premier ministre").
func (d *docState) refBody(st *sent, r *role) pledgegraph.EntityID {
	at := st.toks[r.refAt].Start
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		e := d.ents[m.Entity]
		if m.Start >= at || e == nil {
			continue
		}
		if e.Kind == r.ref.Kind || r.ref.Kind == "" && slices.Contains(bodyKinds, e.Kind) {
			return e.ID
		}
	}
	return ""
}

// bodyBefore returns the body named right before a title: "Microsoft
// President", "New Zealand Prime Minister", "Germany's foreign minister",
// "Google chief executive", "the EU's internal market commissioner".
func (d *docState) bodyBefore(st *sent, i int) *mention {
	toks := st.toks
	for _, m := range st.ms {
		if !m.isKind(bodyKinds...) || m.anaphora {
			continue
		}
		// a known name, or a body's, may precede a title in lower case:
		// "Microsoft president Brad Smith", "Acme Corp chief executive"
		if m.j == i && i < len(toks) && (toks[i].Cap || m.entry != nil || m.kind != pledgegraph.KindState) || d.clitic(toks, m.j) && lowerRun(toks, m.j+1, i) {
			return m
		}
	}
	return nil
}

// lowerRun reports whether toks[i:j] are at most two lower-case words:
// the remit between a possessive and its office ("the EU's internal
// market commissioner").
func lowerRun(toks []Token, i, j int) bool {
	if j < i || j-i > 2 {
		return false
	}
	for _, t := range toks[i:j] {
		if t.Cap || t.Punct {
			return false
		}
	}
	return true
}

// clitic reports whether toks[k] is one letter glued to the word before
// it by an apostrophe: the possessive of "Germany's".
func (d *docState) clitic(toks []Token, k int) bool {
	return k > 0 && k < len(toks) && len(toks[k].Text) == 1 && !toks[k].Punct &&
		toks[k].Start == toks[k-1].End+1 && d.text[toks[k-1].End] == '\''
}

// bodyAt returns the mention of a body that starts at toks[q], or nil.
func bodyAt(ms []*mention, q int) *mention {
	for _, m := range ms {
		if m.i == q && m.isKind(bodyKinds...) && !m.anaphora {
			return m
		}
	}
	return nil
}

// covered reports whether toks[q] belongs to one of the mentions.
func covered(ms []*mention, q int) bool {
	for _, m := range ms {
		if q >= m.i && q < m.j {
			return true
		}
	}
	return false
}

// bodyAfter returns the body named after a title from toks[p] (see
// complement), the last of adjacent names ("of the U.S. Federal
// Communications Commission"), and the end of what it read.
func (d *docState) bodyAfter(st *sent, p int) (*mention, int) {
	m, end := d.complement(st.toks, p, st.ms)
	if m == nil {
		return nil, end
	}
	for n := bodyAt(st.ms, m.j); n != nil; n = bodyAt(st.ms, m.j) {
		m = n
	}
	return m, m.j
}

// complement follows what comes after a title from toks[p] to the body it
// names among the mentions ms: "of Nordsoft"; "of Justice and Public
// Administration of Croatia", "des Affaires étrangères des Pays-Bas"
// (through a remit); "du Premier ministre de Nouvelle-Zélande" (through
// another office). It returns the body's mention, or nil, and the end of
// what it read: the body's, or the remit's when no body follows
// ("ministre des Solidarités et de la Santé, Olivier Véran").
func (d *docState) complement(toks []Token, p int, ms []*mention) (*mention, int) {
	for hops := 0; hops < 4 && p < len(toks) && d.x.Lang.OfficePreps[toks[p].Fold]; hops++ {
		q := p + 1
		for q < len(toks) && nameArticles[toks[q].Fold] && bodyAt(ms, q) == nil {
			q++ // "of the Netherlands": the article may belong to the name
		}
		if m := bodyAt(ms, q); m != nil {
			return m, m.j
		}
		if m := bodyAt(ms, q+1); m != nil && q < len(toks) && !toks[q].Cap && !toks[q].Punct {
			return m, m.j // "de l'association Cyberveille", "of the nonprofit Access Now"
		}
		if t, n := d.titleMatch(toks, q); t != nil {
			p = q + n
			continue
		}
		e := d.remit(toks, q, ms)
		if e == q {
			break
		}
		p = e
	}
	return nil, p
}

// remit returns the end of an office's remit from toks[q]: capitalised
// words and the few lower-case words between them ("Justice and Public
// Administration", "Affaires étrangères", "Digital Affairs"), up to a
// name, a punctuation mark or a preposition of office; or q when a word
// that types names opens it.
func (d *docState) remit(toks []Token, q int, ms []*mention) int {
	if q >= len(toks) || !toks[q].Cap || toks[q].Punct || covered(ms, q) || d.x.Lang.NameKinds[toks[q].Fold] != "" {
		return q // "directeur général de l'Agence de cybersécurité": a body's name, no remit
	}
	e, lower := q, 0
	for e < len(toks) && e-q < 8 && !toks[e].Punct && !covered(ms, e) && !d.x.Lang.OfficePreps[toks[e].Fold] {
		if toks[e].Cap {
			lower = 0
		} else if lower++; lower > 2 {
			break
		}
		e++
	}
	return e
}

// officeObject reads, while names are being found, the complement of a
// title from toks[p]: a body already named, possibly after a remit or
// another office, whose name goes on when it is a state's ("of the U.S.
// Federal Communications Commission"); else an unknown name after a
// preposition of office, which becomes the body ("chief executive of
// Nordsoft", "présidente de l'Alliance estonienne pour la
// cybersécurité"). It returns the end of the complement, or p.
func (d *docState) officeObject(toks []Token, t *Title, p int, ms []*mention, taken func(int) bool, add func(*mention)) int {
	m, end := d.complement(toks, p, ms)
	if m != nil {
		if f := d.orgName(toks, end, taken); m.kind == pledgegraph.KindState && f > end && !d.isDemonym(toks, end) {
			add(&mention{i: end, j: f, kind: pledgegraph.KindOrganization, name: tokText(d.text, toks, end, f)})
			return f
		}
		return end
	}
	last := p // the last preposition of the remits
	for q := p + 1; q < end; q++ {
		if d.x.Lang.OfficePreps[toks[q].Fold] {
			last = q
		}
	}
	switch {
	case end > p && end < len(toks) && d.x.Lang.OfficePreps[toks[end].Fold]:
		p = end // "directeur de la Stratégie de X": X is the body, not the remit
	case last > p && toks[last-1].Cap:
		p = last // "director of Strategy of Brightline"
	case last > p:
		return end // "directeur de la Stratégie et de l'Innovation"
	}
	if p >= len(toks) || !d.x.Lang.OfficePreps[toks[p].Fold] {
		return p
	}
	if c := d.bodyRefAt(toks, p+1); c != nil {
		return p + 1 + len(c.Phrase) // "le PDG de l'entreprise, X"
	}
	q := p + 1
	for q < len(toks) && nameArticles[toks[q].Fold] {
		q++
	}
	if _, n := d.titleMatch(toks, q); n > 0 {
		return p
	}
	e := d.orgName(toks, q, taken)
	if e == q {
		return p
	}
	kind := pledgegraph.KindOrganization
	if k := d.holderKind(toks, q, e); k != pledgegraph.KindPerson {
		kind = k // "directeur général de l'Agence de cybersécurité"
	} else if t != nil && t.Implicit == "company" {
		kind = pledgegraph.KindCompany
	}
	add(&mention{i: q, j: e, kind: kind, name: tokText(d.text, toks, q, e)})
	return e
}

// demonymAfter returns the state of a lower-case adjective of
// nationality right after a title ("le président français", "ministre
// polonais du numérique", "l'ambassadeur français pour le numérique")
// and the end of the office's complement: up to a name or a punctuation
// mark, a few words at most.
func (d *docState) demonymAfter(st *sent, p int) (*Entry, int) {
	toks := st.toks
	e, n := d.x.Ref.Demonym(toks, p)
	if e == nil || toks[p].Cap || inMention(st, p) {
		return nil, p
	}
	end := p + n
	for end < len(toks) && end-p < 9 && !toks[end].Punct && !inMention(st, end) {
		if _, n := d.titleMatch(toks, end); n > 0 {
			break
		}
		end++
	}
	if end-p >= 9 || end < len(toks) && !toks[end].Punct && !d.personStarts(st, end) {
		end = p + n // what follows is no complement of the office
	}
	return e, end
}

// personStarts reports whether a person's name starts at toks[q].
func (d *docState) personStarts(st *sent, q int) bool {
	return personAt(st, q, d.x.Lang) != nil
}

// skipHonorific returns where the name after an honorific at toks[q]
// starts ("Mr. Ajay Sawhney"), or q.
func skipHonorific(toks []Token, q int, lang *Language) int {
	for k := 0; k < 2 && q < len(toks) && lang.Honorifics[toks[q].Fold]; k++ {
		q++
		if q < len(toks) && toks[q].Text == "." {
			q++
		}
	}
	return q
}

// personAt returns the person named from toks[q], after an honorific
// ("Mr. Ajay Sawhney"), or nil.
func personAt(st *sent, q int, lang *Language) *mention {
	q = skipHonorific(st.toks, q, lang)
	for _, m := range st.ms {
		if m.i == q && m.kind == pledgegraph.KindPerson {
			return m
		}
	}
	return nil
}

// apposedNames types as people's, while names are being found, the names
// before a title in apposition: "Kamala Harris, la vice-présidente",
// "Tomasz Wrona, the Polish digital minister"; and the names coordinated
// before them ("Michael Chertoff et Latha Reddy, coprésidents").
func (d *docState) apposedNames(toks []Token, i int, ms mentions, taken func(int) bool, add func(*mention)) {
	lang := d.x.Lang
	q := i - 1
	for q >= 0 && (nameArticles[toks[q].Fold] || lang.TitleMods.MatchAt(toks, q) > 0 || toks[q].Cap && !taken(q) && d.isDemonym(toks, q)) {
		q--
	}
	for k := 0; k < 3 && q > 1; k++ {
		if k == 0 && toks[q].Text != "," || k > 0 && (toks[q].Punct || !glue(toks[q])) {
			return
		}
		end := q
		if taken(end - 1) {
			var m *mention
			for _, x := range ms {
				if x.j == end && x.kind == pledgegraph.KindPerson {
					m = x
				}
			}
			if m == nil {
				return
			}
			q = m.i - 1
			continue
		}
		b := end - 1
		for b > 0 && end-b < 3 && toks[b-1].Cap && !toks[b-1].Punct && !taken(b-1) && !lang.Stop[toks[b-1].Fold] &&
			(b > 1 || lang.Reporting.MatchAt(toks, 0) == 0) { // "Selon Marc Aubry, président"
			b--
		}
		if e := capSpan(toks, b, taken, lang, 4); e != end || e-b < 2 {
			return
		}
		add(&mention{i: b, j: end, kind: pledgegraph.KindPerson, name: tokText(d.text, toks, b, end)})
		q = b - 1
	}
}

// orgBeforeTitle types as a body, while names are being found, the
// unknown capitalised name right before a capitalised title or in the
// possessive before any: "Pitt Cyber Founding Director David Hickton",
// "Nordsoft CEO Eva Lind", "Siemen's CEO Joe Kaeser". A company's
// office makes it a company's name; a state's office makes none.
func (d *docState) orgBeforeTitle(toks []Token, i int, taken func(int) bool, add func(*mention)) {
	t, _ := d.titleMatch(toks, i)
	lang := d.x.Lang
	for b := i - 1; b >= max(0, i-3); b-- {
		if lang.TitleMods.MatchAt(toks, b) == i-b {
			i = b
		}
	}
	if t == nil || t.stateOffice(d.x.Ref) {
		return // "Kenyan President": a nationality the reference data lacks, more likely than a body
	}
	possessive := d.clitic(toks, i-1) // "Nordsoft's chief executive Eva Lind"
	if possessive {
		i--
	}
	if i < 1 || !toks[i].Cap && !possessive || taken(i-1) || !toks[i-1].Cap || toks[i-1].Punct || d.isDemonym(toks, i-1) {
		return
	}
	b := i - 1
	for b > 0 && i-b < 3 && toks[b-1].Cap && !toks[b-1].Punct && !taken(b-1) && !lang.Stop[toks[b-1].Fold] && !d.isDemonym(toks, b-1) {
		b--
	}
	if b == 0 && i-b == 1 || capSpan(toks, b, func(q int) bool { return q >= i || taken(q) }, lang, 3) != i {
		return // one word opening the sentence may be any word
	}
	kind := pledgegraph.KindOrganization
	if t.Implicit == "company" {
		kind = pledgegraph.KindCompany
	}
	add(&mention{i: b, j: i, kind: kind, name: tokText(d.text, toks, b, i)})
}

// holderKind returns the kind of the name toks[i:j] after an office: a
// person's, unless a word that types names begins or ends it ("Ministry
// of Foreign Affairs", "Agence nationale").
func (d *docState) holderKind(toks []Token, i, j int) pledgegraph.Kind {
	for _, w := range []string{toks[i].Fold, toks[j-1].Fold} {
		if k := d.x.Lang.NameKinds[w]; k != "" {
			return k
		}
	}
	return pledgegraph.KindPerson
}

// bodyName returns the end of a body's name typed by its head word at
// toks[i:e], with its complement up to a punctuation mark, a few words at
// most ("Ministère des Affaires numériques,"); or e.
func bodyName(toks []Token, i, e int, taken func(int) bool) int {
	j := e
	for j < len(toks) && j-i < 10 && !toks[j].Punct && !taken(j) {
		j++
	}
	if j < len(toks) && !toks[j].Punct {
		return e
	}
	return j
}

// founderName reports whether the one-word name of a company or an
// organisation at toks[i] is a person's surname after a first name:
// "Eugène Kaspersky, CEO de Kaspersky", "Michael Dell".
func (d *docState) founderName(toks []Token, i, n int, e *Entry, taken func(int) bool) bool {
	if n != 1 || i == 0 || taken(i-1) || e.Kind != pledgegraph.KindCompany && e.Kind != pledgegraph.KindOrganization {
		return false
	}
	prev := toks[i-1]
	return prev.Cap && !prev.Punct && prev.End+1 == toks[i].Start && d.x.Ref.FirstName(prev.Text)
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
	for _, q := range []int{r.j, r.end} {
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
	if hs := d.appositionBefore(st, r.start); len(hs) > 0 {
		r.holders = hs
		return
	}
	if r.end < len(toks) && toks[r.end].Text == "," {
		if m := personAt(st, r.end+1, lang); m != nil {
			r.holders = []*mention{m}
		}
	}
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
		} else if nameArticles[toks[b].Fold] || toks[b].Cap && !inMention(st, b) && d.isDemonym(toks, b) {
			b--
		} else {
			break
		}
	}
	if b < 1 || toks[b].Text != "," {
		return nil
	}
	var out []*mention
	for end := b; ; {
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
		if h.i < 2 || toks[h.i-1].Punct || !glue(toks[h.i-1]) {
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
			body := mentionEndingAt(st, i, bodyKinds...)
			var holder *mention
			for _, m := range st.ms {
				if m.kind == pledgegraph.KindPerson && m.i >= i+n && m.i <= i+n+8 && !sentenceBreak(toks, i+n, m.i) {
					holder = m
					break
				}
			}
			if holder == nil {
				continue
			}
			r := &role{i: i, j: i + n, end: holder.j, body: body, named: true, holders: []*mention{holder}}
			if body != nil {
				r.start = body.i
			} else if r.ref, r.refAt = d.bodyRefEnding(toks, i); r.ref != nil {
				r.start = r.refAt // "le réseau social que dirige Elon Musk"
			} else {
				continue
			}
			out = append(out, r)
		}
		if n := lang.LeadsRef.MatchAt(toks, i); n > 0 {
			// "Marina Kaljurand, qui l'a présidée": the body named before
			if holder := mentionEndingAt(st, i, pledgegraph.KindPerson); holder != nil {
				out = append(out, &role{i: i, j: i + n, start: holder.i, end: i + n, named: true, holders: []*mention{holder}, ref: &KindCue{}, refAt: i})
			}
		}
		if n := lang.Leads.MatchAt(toks, i); n > 0 {
			holder := mentionEndingAt(st, i, pledgegraph.KindPerson)
			q := i + n
			for q < len(toks) && nameArticles[toks[q].Fold] {
				q++
			}
			if body := bodyAt(st.ms, q); body != nil && holder != nil {
				out = append(out, &role{i: i, j: i + n, start: holder.i, end: body.j, body: body, named: true, holders: []*mention{holder}})
			}
		}
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

// officeHolders gives an office the text names without its holder ("the
// French President", "la présidente de la Commission européenne", "le
// chef de l'État") a holder: the one the document named with that office
// before, else the one the terms of office give at the sentence's date,
// the publication's, or the last the text gave. The holder's mention covers the title.
func (d *docState) officeHolders(st *sent, roles []*role) {
	added := false
	for _, r := range roles {
		if r.t == nil || r.t.Office == "" || len(r.holders) > 0 || r.ref != nil || inMention(st, r.i) || d.past(st.toks, r) {
			continue
		}
		key := r.bodyKey()
		m := &mention{i: r.i, j: r.j, kind: pledgegraph.KindPerson}
		if id := d.offices[r.t.Office+"|"+key]; id != "" {
			// the holder the text named before; without a body, of any body
			m.id = id
		} else if key == "" || r.body != nil && r.body.entry == nil {
			continue
		} else {
			at := st.date
			if at.IsZero() {
				at = d.doc.Published
			}
			if at.IsZero() {
				at = d.yearCtx // the last full date the text gave
			}
			if at.IsZero() {
				continue
			}
			if m.entry = d.x.Ref.Holder(r.t.Office, key, at); m.entry == nil {
				continue
			}
		}
		r.holders, r.office = []*mention{m}, true
		st.ms = append(st.ms, m)
		added = true
	}
	if added {
		sortMentions(st.ms)
	}
}

// past reports whether a word before the office or among its qualifiers
// says it was held before ("the former French President", "l'ancien
// Premier ministre").
func (d *docState) past(toks []Token, r *role) bool {
	for q := max(0, r.start-3); q < r.at; q++ {
		if d.x.Lang.PastMods.MatchAt(toks, q) > 0 {
			return true
		}
	}
	return false
}

// bodyKey returns the reference key of the office's body, the name of a
// body the reference data does not know, or "" when the text names none.
func (r *role) bodyKey() string {
	switch {
	case r.body != nil && r.body.entry != nil:
		return r.body.entry.Key
	case r.body != nil:
		return "name:" + pledgegraph.Fold(r.body.name)
	case r.entry != nil:
		return r.entry.Key
	}
	return ""
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

// roleBodyID returns the entity whose office it is, whether the text
// leaves it out, and the confidence. When the text does not name it, the
// reference data says for well-known people ("Vice President Kamala
// Harris"); for a state's office, the one state the sentence names does
// for others, and in French, France.
func (d *docState) roleBodyID(st *sent, r *role) (pledgegraph.EntityID, bool, float64) {
	switch {
	case r.body != nil:
		r.body.used = true
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
	}
	// "président", "president" head any body: only a capitalised title
	// before the name is the state's ("Vice President Jane Doe said the
	// United States …"), not "Ana Lopez, présidente de séance"
	head := r.t.Implicit == "head" && st.toks[r.at].Cap && r.holders[0].i == r.j
	if r.t.Implicit != "state" && !head {
		return "", false, 0
	}
	var states []*mention
	for _, m := range st.ms {
		if m.kind == pledgegraph.KindState && !m.anaphora && (len(states) == 0 || states[0].id != m.id) {
			states = append(states, m)
		}
	}
	if len(states) == 1 {
		return states[0].id, true, 0.6
	}
	if len(states) == 0 && !head && d.x.Lang.Code == pledgegraph.French {
		// "le Premier ministre Jean Castex" in French: France's
		if e := d.x.Ref.State("FR"); e != nil {
			return d.ensure(e), true, 0.5
		}
	}
	return "", false, 0
}
