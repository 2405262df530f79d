package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
)

// expandedAcronyms makes a known name that opens a longer one spelled by
// the acronym in brackets after it that longer name: in "la Commission
// européenne pour l'efficacité de la justice (CEPEJ)" the body is the
// CEPEJ, not the European Commission. The acronym's letters are the
// initials of the name's words, glue words ("de", "la", "of") skipped.
func (sc *mentionScan) expandedAcronyms() {
	toks := sc.toks
	for e := 2; e+2 < len(toks); e++ {
		if toks[e].Text != "(" || toks[e+2].Text != ")" || !acronym(toks[e+1]) {
			continue
		}
		b := sc.acronymStart(e, toks[e+1].Text)
		if b < 0 || slices.ContainsFunc(toks[b:e], func(t Token) bool { return sc.lang.EventHeads[t.Fold] }) {
			continue // "the ASEAN Ministerial Conference on Cybersecurity (AMCC)": a meeting, named by the event rules
		}
		k := slices.IndexFunc(sc.ms, func(m *mention) bool { return m.i == b && m.j < e && m.entry != nil })
		if k < 0 {
			sc.placeEndsName(b, e)
			continue
		}
		if slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.i > b && m.i < e }) {
			continue // only a known name cut short
		}
		old := sc.ms[k]
		if old.entry.Kind != pledgegraph.KindOrganization && old.entry.Kind != pledgegraph.KindCompany {
			continue
		}
		sc.ms = slices.Delete(sc.ms, k, k+1)
		sc.add(&mention{i: b, j: e, kind: old.entry.Kind, name: sc.text(b, e)})
	}
}

// placeEndsName makes the name [b, e) that an acronym spells, whose last
// words are a state or a place the text knows, an organisation's:
// "la Bibliothèque nationale de France (BnF)", "the Bank of Japan (BoJ)"
// name a body, not France or Japan. The name opens with a capital, and
// no other mention stands inside it.
func (sc *mentionScan) placeEndsName(b, e int) {
	if !sc.toks[b].Cap || sc.isTaken(b) {
		return
	}
	k := slices.IndexFunc(sc.ms, func(m *mention) bool { return m.i > b && m.j == e })
	if k < 0 || slices.ContainsFunc(sc.ms, func(m *mention) bool { return m.i >= b && m.i < sc.ms[k].i }) {
		return
	}
	if m := sc.ms[k]; m.kind != pledgegraph.KindState && m.kind != pledgegraph.KindPlace {
		return
	}
	for q := sc.ms[k].i; q < e; q++ {
		sc.taken[q] = false
	}
	sc.ms = slices.Delete(sc.ms, k, k+1)
	sc.add(&mention{i: b, j: e, kind: pledgegraph.KindOrganization, name: sc.text(b, e), guess: true})
}

// acronymStart returns where the name that the acronym acr spells, ending
// before token e, starts: its words' initials, right to left, glue words
// between them skipped, and up to two lower-case words before its last
// ("Organisation pour la mise en valeur du fleuve Sénégal (OMVS)"); or
// -1.
func (sc *mentionScan) acronymStart(e int, acr string) int {
	return acronymStart(sc.lang, sc.toks, e, acr)
}

// acronymStart returns where the name that the acronym acr spells, ending
// before toks[e], starts, or -1 (see mentionScan.acronymStart).
func acronymStart(lang *Language, toks []Token, e int, acr string) int {
	letters := []rune(strings.ToLower(acr))
	q, skips := e-1, 0
	for k := len(letters) - 1; k >= 0; k-- {
		for q >= 0 && (toks[q].Punct || lang.glue(toks[q]) && firstLower(toks[q].Fold) != letters[k] ||
			skips < 2 && k < len(letters)-1 && !toks[q].Cap && firstLower(toks[q].Fold) != letters[k]) {
			if !toks[q].Punct && !lang.glue(toks[q]) && !lang.Stop[toks[q].Fold] {
				skips++ // "pour la mise en valeur du fleuve Sénégal (OMVS)": a lower-case word the acronym leaves out
			}
			q--
		}
		if q < 0 || firstLower(toks[q].Fold) != letters[k] {
			return -1
		}
		if k > 0 {
			q--
		}
	}
	if !toks[q].Cap || e-q < 2 {
		return -1 // a name of one word spells no acronym
	}
	return q
}

// firstLower returns the first letter of the folded word w, or 0 when
// w does not start with a letter.
func firstLower(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsLetter(r) {
		return 0
	}
	return unicode.ToLower(r)
}
