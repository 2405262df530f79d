package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// lists handles what a sentence announces: the principles of an
// initiative ("les signataires s'engagent à : • …" or inline "s'engagent
// à protéger X, à prévenir Y"), or the parts of an event ("se compose de
// trois évènements : • …"). It returns how many following list items it
// consumed.
func (d *docState) lists(sents []Sentence, k int, st *sent) int {
	lang := d.x.Lang
	s := &sents[k]
	if s.Item && !s.ItemMore {
		return 0
	}
	toks := st.toks
	commit, compose := -1, -1
	for i := range toks {
		if n := max(lang.commitAt(toks, i), lang.CommitNouns.MatchAt(toks, i)); n > 0 && commit < 0 && !inMention(st, i) {
			commit = i + n // not the head of a name: "L'Engagement de Dublin"
		}
		if n := lang.Compose.MatchAt(toks, i); n > 0 && compose < 0 {
			compose = i
		}
	}
	var items []int
	for q := k + 1; !s.ItemMore && q < len(sents) && sents[q].Item; q++ {
		if !sents[q].ItemMore {
			items = append(items, q) // an item's head; after a sentence inside an item, the items are its list's, not its own
		}
	}
	if compose >= 0 && len(items) > 0 {
		var whole *mention
		for _, m := range st.ms {
			if m.kind == pledgegraph.KindEvent && m.i < compose {
				whole = m
			}
		}
		if whole != nil {
			d.composeWhole, d.composeUntil = whole.id, items[len(items)-1]
		}
		return 0
	}
	if commit < 0 && d.announces(toks, sents, items) {
		commit = len(toks) // "the alliance will:", then the items
	}
	if commit < 0 {
		return 0
	}
	var spans [][2]int
	if len(items) == 0 {
		spans = d.commitItems(st)
	}
	obj := d.commitOwner(st, commit, spans)
	if obj == "" {
		return 0
	}
	if len(items) > 0 {
		for _, q := range items {
			it := &sents[q]
			a := lang.itemStart(it.Tokens, 0, len(it.Tokens))
			b := lang.itemCut(it.Tokens, a, len(it.Tokens))
			for b > a+1 && (it.Tokens[b-1].Punct && !isQuote(it.Tokens[b-1].Text) || lang.And.MatchAt(it.Tokens, b-1) == 1) {
				b-- // "…; and", "…, et"
			}
			text := it.Text
			if a > 0 || b < len(it.Tokens) {
				text = d.text[it.Tokens[a].Start:it.Tokens[b-1].End]
			}
			_, label := labelCut(it.Text)
			d.principle(obj, it, text, label || a > 0) // "— l'équité"
		}
		return len(items)
	}
	for _, sp := range spans {
		d.principle(obj, s, d.text[toks[sp[0]].Start:toks[sp[1]-1].End], st.listed)
	}
	return 0
}

// announces reports whether a sentence that ends with a colon
// announces list items that read as commitments: at least two, most of
// them opening on a lowercase word ("- foster an AI hardware
// ecosystem;", "- la transparence : …"), on a label and a colon
// ("Openness: Keep the internet …") or on a clause ("• Both sides pull
// back two kilometers …"), where a list of names ("- Kenya", "- Kenya,
// represented by …", "- Jane Doe") opens on capitals, and so does a
// roundup whose labels name places or actors ("NAURU: The host
// government …", "KIRIBATI: …").
func (d *docState) announces(toks []Token, sents []Sentence, items []int) bool {
	if len(items) < 2 || len(toks) == 0 || toks[len(toks)-1].Text != ":" {
		return false
	}
	lower := 0
	for _, q := range items {
		if t := sents[q].Tokens; len(t) > 0 && (unicode.IsLower(firstRune(t[0].Text)) || labelled(sents[q].Text) && !d.namedLabel(sents[q].Text) || clauseItem(t)) {
			lower++
		}
	}
	return 2*lower > len(items)
}

// namedLabel reports whether the label before an item's colon is a name
// the reference data knows, an article aside ("NAURU:", "THE UNITED
// STATES:", « LE SÉNÉGAL : »).
func (d *docState) namedLabel(item string) bool {
	label, _ := labelCut(item)
	label = strings.TrimSpace(label)
	if first, rest, ok := strings.Cut(label, " "); ok && d.x.Lang.Stop[pledgegraph.Fold(first)] {
		label = rest
	}
	return d.x.Ref.Lookup(label) != nil
}

// clauseItem reports whether a list item's words read as a clause, not
// a name: a capital, then a lowercase word, and four words at least
// ("Both sides pull back …", "Free movement of goods …").
func clauseItem(t []Token) bool {
	words := 0
	for _, tok := range t {
		if !tok.Punct {
			words++
		}
	}
	return words >= 4 && len(t) > 1 && !t[0].Punct && !t[1].Punct && unicode.IsLower(firstRune(t[1].Text))
}

// commitOwner returns the initiative whose commitments a sentence lists
// after the cue that ends at token commit (spans: the commitments read
// inline): the one the sentence names before them, else its topic.
func (d *docState) commitOwner(st *sent, commit int, spans [][2]int) pledgegraph.EntityID {
	lang, toks := d.x.Lang, st.toks
	first := len(toks) // where the commitments start
	if len(spans) > 0 {
		first = spans[0][0]
	}
	// after a cue that ends with the mark of an infinitive, coordinated
	// infinitives ("à X, à Y") are all commitments, the first too: a name
	// in it is its object ("s'y engagent à ratifier la Convention de
	// Malabo, à …"), not whose they are ("pledges to support the Charter of
	// Trust in its work to …")
	bound := first
	q := commit
	for n := lang.CommitGap.MatchAt(toks, q); n > 0; n = lang.CommitGap.MatchAt(toks, q) {
		q += n // "s'y engagent notamment à"
	}
	if commit > 0 && lang.InfMark.MatchAt(toks, commit-1) == 1 || lang.InfMark.MatchAt(toks, q) == 1 {
		for _, sp := range spans {
			if sp[0] >= 2 && lang.InfMark.MatchAt(toks, sp[0]-1) == 1 && toks[sp[0]-2].Text == "," {
				bound = commit
				break
			}
		}
	}
	if m := d.relativeOwner(st, commit); m != nil {
		return m.id
	}
	for _, m := range st.ms {
		if m.initiative() && m.i < bound {
			return m.id // not "s'engagent à ratifier la Convention de Malabo": a commitment's object
		}
	}
	return d.topic()
}

// relativeOwner returns the initiative named last before a relative
// pronoun that opens the clause of the commitment cue ending at token
// commit, within a few words of it: "must apply the partnership's
// Workplace Code of Conduct, first issued in April 1997, under which
// they commit to", "la charte, par laquelle ils s'engagent à"; or nil.
func (d *docState) relativeOwner(st *sent, commit int) *mention {
	var last *mention
	for _, m := range st.ms {
		if m.initiative() && m.j < commit {
			last = m
		}
	}
	if last == nil {
		return nil
	}
	for q := max(last.j, commit-6); q < commit; q++ {
		if d.x.Lang.RelPron[st.toks[q].Fold] {
			return last
		}
	}
	return nil
}

// commitItems returns the spans of the commitments that the sentence
// lists after one of its cues, the first whose list yields any: "nine
// core principles that …, among them commitments to X and to Y". A cue
// whose list is all about principles ("s'engagent à respecter un certain
// nombre de principes visant à …") ends the search.
func (d *docState) commitItems(st *sent) [][2]int {
	lang := d.x.Lang
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		n, nouns := lang.commitAt(toks, i), false
		if n == 0 {
			n = lang.CommitNouns.MatchAt(toks, i)
			nouns = n > 0
		}
		if n == 0 || inMention(st, i) || lang.commitAt(toks, i+n) > 0 {
			continue // "agreed to principles aimed at …": the next cue says
		}
		if nouns && !d.colonAfter(st, i+n) {
			if spans := d.nounItems(st, i, i+n); len(spans) > 0 {
				return spans
			}
			continue // "prévoit de signer": a plan, not a commitment
		}
		spans, listed := d.itemsAfter(st, i+n, lang.CommitList.MatchAt(toks, i) == n)
		if len(spans) > 0 || listed && !d.colonCueAfter(st, i+n) {
			return d.recued(st, spans)
		}
		i += n - 1
	}
	return nil
}

// nounItems returns the spans of the commitments a text lists as the
// object of a cue of provision at toks[cue:commit], nouns with their
// articles, when the text is the cue's subject, named right before it:
// « la convention prévoit aussi la libre circulation des personnes, la
// création d'une banque commune et … », "the treaty provides for a
// common external tariff"; else nil, and nil when the cue is denied.
func (d *docState) nounItems(st *sent, cue, commit int) [][2]int {
	lang, toks := d.x.Lang, st.toks
	commit = lang.pastCommitGap(toks, commit) // "prévoit aussi"
	if commit >= len(toks) || !lang.is(wsArticles, &toks[commit]) || !slices.ContainsFunc(st.ms, func(m *mention) bool {
		return m.initiative() && m.j <= cue && m.j >= cue-2
	}) {
		return nil
	}
	if lang.Frames.negationIn(toks, max(cue-2, 0), cue) {
		return nil // "the treaty does not provide for the creation of …": not one of its commitments
	}
	var spans [][2]int
	for _, pt := range d.nounParts(toks, commit, d.listEnd(st, commit, true)) {
		if a, b := d.itemSpan(st, pt[0], pt[1]); b > a {
			spans = append(spans, [2]int{a, b})
		}
	}
	return spans
}

// nounParts splits toks[start:end], nouns with their articles, into
// list items at semicolons, and at commas and coordinations, before an
// article; a semicolon before another word ends the list. A
// coordination before the article of a complement two to four words
// back joins complements of one item (« la libre circulation des
// personnes et des biens »); an aside between commas that opens on
// another word belongs to its item (« la suppression, d'ici à 2001, des
// droits »); a comma before another word with no comma after it ends the
// list (« des élections en juillet, proscrit l'établissement … »).
func (d *docState) nounParts(toks []Token, start, end int) [][2]int {
	lang := d.x.Lang
	var parts [][2]int
	from, aside := start, false
	for q := start; q < end; q++ {
		comma, and := toks[q].Text == ",", lang.And.MatchAt(toks, q)
		semi := toks[q].Text == ";"
		if !comma && !semi && and == 0 {
			continue
		}
		r := q + max(and, 1)
		if comma || semi {
			r += lang.And.MatchAt(toks, r) // ", et la"
		}
		art := r < end && lang.is(wsArticles, &toks[r])
		switch {
		case semi && !art:
			return append(parts, [2]int{from, q}) // "…; it took four years": a clause of its own
		case semi:
			parts, from, aside = append(parts, [2]int{from, q}), r, false
		case comma && aside:
			aside = false // "…, d'ici à 2001, des droits": the item goes on
		case art && (comma || !sameArticleBack(toks, q, r, from)):
			parts, from = append(parts, [2]int{from, q}), r
		case comma && !slices.ContainsFunc(toks[r:end], func(t Token) bool { return t.Text == "," }):
			return append(parts, [2]int{from, q})
		case comma:
			aside = true
		}
		q = r - 1
	}
	return append(parts, [2]int{from, end})
}

// sameArticleBack reports whether the article at toks[r], after a
// coordination at toks[q], is a word two to four tokens before it,
// inside the item from toks[from]: complements of one noun ("des
// personnes et des biens").
func sameArticleBack(toks []Token, q, r, from int) bool {
	for k := q - 4; k <= q-2; k++ {
		if k >= from && toks[k].Fold == toks[r].Fold {
			return true
		}
	}
	return false
}

// colonAfter reports whether a colon stands at toks[q], past the words
// of CommitGap: "prévoit notamment :" lists as other cues do.
func (d *docState) colonAfter(st *sent, q int) bool {
	q = d.x.Lang.pastCommitGap(st.toks, q)
	return q < len(st.toks) && st.toks[q].Text == ":"
}

// recued returns the spans with those that open on a cue of their own,
// a pronoun or a word before it at most, replaced by the commitments
// listed after that cue: "s'y engagent à maintenir le statu quo ; elles
// conviennent ensuite de ne pas intervenir … et de se concerter …",
// "commit to X; they also agree to Y and to Z".
func (d *docState) recued(st *sent, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		var sub [][2]int
		for q := sp[0]; q < sp[1] && q <= sp[0]+2 && sub == nil; q++ {
			if n := d.x.Lang.commitAt(st.toks, q); n > 0 && q+n < sp[1] {
				sub, _ = d.itemsAfter(st, q+n, false)
				sub = slices.DeleteFunc(sub, func(s [2]int) bool { return s[1] > sp[1] })
			}
		}
		if len(sub) == 0 {
			sub = [][2]int{sp}
		}
		out = append(out, sub...)
	}
	return out
}

// colonCueAfter reports whether a cue that names principles and a colon
// after it follow toks[p]: "s'engagent à ce que … respectent une série
// de principes : A, B" lists after the later cue.
func (d *docState) colonCueAfter(st *sent, p int) bool {
	lang := d.x.Lang
	for q := p; q < len(st.toks); q++ {
		if n := lang.CommitList.MatchAt(st.toks, q); n > 0 {
			return q+n < len(st.toks) && st.toks[q+n].Text == ":"
		}
	}
	return false
}

// itemsAfter returns the spans of the commitments listed after a cue
// that ends at toks[commit], and whether a list stood there; named tells
// that the cue names principles.
func (d *docState) itemsAfter(st *sent, commit int, named bool) ([][2]int, bool) {
	parts, single := d.colonItems(st, commit, named), true
	if parts == nil {
		parts, single = d.inlineItems(st, commit, named)
		single = single || named && len(parts) == 1
	}
	var spans [][2]int
	for _, pt := range parts {
		if a, b := d.itemSpan(st, pt[0], pt[1]); b > a {
			spans = append(spans, [2]int{a, b})
		}
	}
	// one commitment inline and unquoted is the aim as often as a
	// principle, but not after "principles aimed at"
	if len(spans) < 2 && !single {
		return nil, len(parts) > 0
	}
	return spans, len(parts) > 0
}

// principle records one commitment of an initiative. Its name has eight
// letters at least, four when short is set: an item named by its label
// ("Access: Promote universal access …") or listed after a word of
// listing ("seven principles, namely notice, choice, …").
func (d *docState) principle(obj pledgegraph.EntityID, s *Sentence, text string, short bool) {
	name := d.x.Lang.principleName(text)
	if n := utf8.RuneCountInString(name); n < 4 || n < 8 && !short {
		return
	}
	id := pledgegraph.NewEntityID(pledgegraph.KindPrinciple, name)
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = &pledgegraph.Entity{ID: id, Kind: pledgegraph.KindPrinciple, Name: name}
		d.order = append(d.order, id)
	}
	start := strings.Index(d.text[s.Start:s.End], strings.TrimSpace(text))
	ev := pledgegraph.Evidence{Document: d.doc.ID, Sentence: s.Text, Quote: s.Text, Start: s.Start, End: s.End}
	if start >= 0 {
		ev.Start = s.Start + start
		ev.End = ev.Start + len(strings.TrimSpace(text))
		ev.Quote = d.text[ev.Start:ev.End]
	}
	d.ments = append(d.ments, pledgegraph.Mention{Entity: id, Doc: d.doc.ID, Start: ev.Start, End: ev.End})
	d.addFact(pledgegraph.Fact{Subject: obj, Predicate: pledgegraph.HasPrinciple, Object: id, Confidence: 0.8, Evidence: []pledgegraph.Evidence{ev}})
}

// principleName trims a list item into a principle's name: no leading
// mark of the infinitive ("de", "d'", "to"), no quotation marks, cut
// before a quotation that follows a comma, no final reference in
// brackets ("(Article IX)"), no final punctuation, first letter
// capitalised, at most 30 words.
func (l *Language) principleName(text string) string {
	t := strings.TrimSpace(text)
	low := strings.ToLower(t)
	for _, w := range l.DropMarks {
		if strings.HasPrefix(low, w+"'") || strings.HasPrefix(low, w+" ") {
			t = t[len(w)+1:]
			break
		}
	}
	for _, q := range []string{", \"", ", «", ", “"} {
		if i := strings.Index(t, q); i > 0 {
			t = t[:i]
		}
	}
	if label, ok := labelCut(t); ok {
		t = label // "la responsabilité : les États encadrent …": the principle is named first
	}
	for _, dash := range []string{" – ", " — "} {
		if i := strings.Index(t, dash); i > 0 {
			t = t[:i] // "mobiliser des mécanismes de financement – il salue …": an aside
		}
	}
	t = strings.NewReplacer("« ", "", " »", "", "«", "", "»", "", "\"", "", "“", "", "”", "").Replace(t)
	t = strings.Join(strings.Fields(t), " ")
	t = strings.TrimRight(t, " ;,.:")
	if i := strings.LastIndex(t, " ("); i > 0 && articleRef(t[i+2:]) {
		t = t[:i] // "… on a ban on chemical weapons (Article IX)": where the text says it
	}
	if w := strings.Fields(t); len(w) > 30 {
		t = strings.Join(w[:30], " ")
	}
	return upperFirst(t)
}

// articleRef reports whether s, what follows an opening bracket at the
// end of a commitment, refers to where the text states it: three words
// at most, the last a number or a Roman numeral ("Article IX)", "art.
// 3"), not an acronym ("PIIEC)").
func articleRef(s string) bool {
	w := strings.Fields(strings.TrimRight(s, ")"))
	if len(w) == 0 || len(w) > 3 || strings.Count(s, ")") > 1 {
		return false
	}
	return strings.Trim(w[len(w)-1], "0123456789IVXLC") == ""
}

// labelCut returns the label that names a commitment before a colon
// when at least three words follow it: of five words at most ("la
// responsabilité : les États encadrent …", "Openness: Keep the internet
// an open network …"), or of twelve at most with more words after it
// ("Suppression des obstacles à la participation des individus à la
// société de l'information : les États devraient favoriser …").
func labelCut(t string) (string, bool) {
	label, rest, ok := strings.Cut(t, ":")
	n, r := len(strings.Fields(label)), len(strings.Fields(rest))
	return label, ok && r >= 3 && (n <= 5 || n <= 12 && r > n)
}
