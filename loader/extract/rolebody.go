package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// The body whose office a title names: before it, after it, in it, or
// named before and referred to.

// bodyKinds are the kinds whose offices people hold.
var bodyKinds = []pledgegraph.Kind{pledgegraph.KindState, pledgegraph.KindOrganization, pledgegraph.KindCompany, pledgegraph.KindSubnationalGovernment}

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
	if h := d.hostTail(st, r.j); h > r.j {
		r.end = h // "Japan's ambassador to the United States": no body of the office
	} else if e, end := d.demonymAfter(st, r.j); e != nil {
		if stateOffice && r.body == nil && r.entry == nil {
			r.entry, r.named = e, true
		} else if stateOffice && r.body != nil && r.body.kind == pledgegraph.KindState && r.body.entry != e {
			// "en France du Premier ministre indien": the nationality after
			// the title wins over a state before it
			r.body, r.entry, r.named, r.start = nil, e, true, r.i
		}
		r.end = end
	} else if m, end := d.bodyAfter(st, r.j); m != nil && !(r.body != nil && m.entry == nil && r.j < len(st.toks) && !d.x.Lang.ownerPrep(st.toks[r.j].Fold)) {
		r.body, r.entry, r.named, r.end = m, nil, true, end
		d.headBody(m)
	} else if m != nil {
		r.end = end // "the UN High Commissioner for Human Rights": a remit after the title, the body before it
	} else {
		// "secrétaire d'État chargé de la transition numérique, Cédric O"
		r.end = end
		if e := d.portfolio(st.toks, r.at, r.at+len(r.t.Phrase), st.ms); e > r.end {
			r.end = e
		}
	}
	r.end = d.hostTail(st, d.remitTail(st.toks, r.end, st.ms)) // "l'ambassadeur du Brésil auprès des Nations unies"
	if r.body == nil && r.entry == nil {
		d.bodyAfterRemit(st, r) // "président des affaires mondiales d'Alphabet": a company's, even for a word of state offices
	}
	if r.entry == nil && (r.body == nil || r.body.entry == nil) {
		d.bodyAfterComma(st, r)
	}
	if r.body == nil && r.entry == nil {
		d.roleRef(st, r, stateOffice)
	}
	if r.t.Implicit == "local" && r.body != nil && r.body.entry == nil && r.body.isKind(pledgegraph.KindOrganization) {
		r.body.kind = pledgegraph.KindSubnationalGovernment // "la maire de Barcelone": the city's government
	}
	if r.body == nil && r.entry == nil && r.ref == nil {
		if e := d.x.Ref.body(r.t.Implicit); e != nil {
			// "président de la République" implies France's; "European
			// Commissioner" names its body
			r.entry, r.named = e, e.Kind != pledgegraph.KindState
		}
	}
}

// hostTail returns the end of the place or body where an office is held
// when a preposition of hosting at toks[p] names it ("to the United
// States", "auprès des Nations unies"), marking it used: no actor of the
// sentence. It returns p otherwise.
func (d *docState) hostTail(st *sent, p int) int {
	n := d.x.Lang.HostPreps.MatchAt(st.toks, p)
	if n == 0 {
		return p
	}
	q := p + n
	q += d.x.Lang.Frames.article.at(st.toks, q)
	for _, m := range st.ms {
		if m.i == q {
			m.used = true
			return m.j
		}
	}
	return p
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

// bodyAfterRemit takes for the office's body the one named after a
// preposition of office that follows a remit in lower-case words:
// "responsable de la sécurité chez Orange", "adviser on cyber policy at
// Microsoft", "professeur de philosophie à l'Université de Montréal".
func (d *docState) bodyAfterRemit(st *sent, r *role) {
	toks, lang := st.toks, d.x.Lang
	for q := r.j; q < len(toks) && q < r.j+8; q++ {
		t := &toks[q]
		if t.Punct || t.Cap || covered(st.ms, q) {
			return
		}
		if q > r.j && lang.OfficePreps[t.Fold] {
			if m, end := d.bodyAfter(st, q); m != nil && m.kind != pledgegraph.KindState {
				r.body, r.named, r.end = m, true, end
				return
			}
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
	for q := p + 1; q < len(toks) && q-p <= 10; q++ {
		if toks[q].Text == "," {
			return q
		}
		if toks[q].Punct || slices.ContainsFunc(ms, func(m *mention) bool { return q >= m.i && q < m.j && !m.initiative() }) {
			break // but "chargé du Pacte vert, Frans Timmermans": a remit over a text
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
// président", "la France et son Premier ministre"; the last state for a
// possessive before a minister's office with its portfolio: « la
// Hongrie, qui n'appartient pas à la Petite Entente, … Son ministre des
// affaires étrangères », not "Its secretary").
func (d *docState) refBody(st *sent, r *role) pledgegraph.EntityID {
	kinds := []pledgegraph.Kind{r.ref.Kind}
	if r.ref.Kind == "" {
		kinds = bodyKinds
		if r.t != nil && r.t.Implicit == "state" && (r.t.Office != "" || r.j > r.at+len(r.t.Phrase)) {
			if id := d.lastOfKind(st.toks[r.refAt].Start, pledgegraph.KindState); id != "" {
				return id
			}
		}
	}
	start := st.toks[r.refAt].Start
	if n := len(r.ref.Phrase); n > 0 {
		if id := d.lastHeaded(start, r.ref.Phrase[n-1], kinds...); id != "" || r.ref.Headed {
			return id // "le centre": the last body named a centre, not the alliance named after it
		}
	}
	return d.lastOfKind(start, kinds...)
}

// lastHeaded returns the last body of one of kinds named before the
// offset start whose name opens with the word w ("la Cour": the "Cour de
// justice", not the "Haute Cour" named after it), else whose name has
// it; or "".
func (d *docState) lastHeaded(start int, w string, kinds ...pledgegraph.Kind) pledgegraph.EntityID {
	of := func(e *pledgegraph.Entity) bool { return slices.Contains(kinds, e.Kind) }
	if id := d.lastNamedWhere(start, func(e *pledgegraph.Entity) bool { return of(e) && strings.HasPrefix(d.fold(e.Name)+" ", w+" ") }); id != "" {
		return id
	}
	return d.lastNamedWhere(start, func(e *pledgegraph.Entity) bool { return of(e) && d.hasWord(e.Name, w) })
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
		// "l'Argentine du président Javier Milei": the state's own office
		if m.kind == pledgegraph.KindState && d.ownedBy(toks, m.j, i) {
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
		for q < len(toks) && d.x.Lang.is(wsNameArticles, &toks[q]) && bodyAt(ms, q) == nil {
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
