package extract

import (
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// colonItems reads the list that follows a colon after a commitment cue:
// "reposent sur un socle de valeurs : les valeurs démocratiques, les
// droits humains et la transparence", "Two principles guide the
// Coalition's work: fostering …, and applying …", "on y trouve
// notamment l'accès de tous à Internet, le respect de la vie privée".
// After a noun that names principles a verb may stand for the colon
// ("its principles include X, Y and Z"). It returns the items' token
// ranges, or nil when no colon follows within 15 tokens.
func (d *docState) colonItems(st *sent, commit int, named bool) [][2]int {
	toks := st.toks
	colon := -1
	for q := commit; q < len(toks) && q <= commit+15; q++ {
		if toks[q].Text == ":" {
			colon = q
			break
		}
		if n := d.x.Lang.ListVerb.MatchAt(toks, q); n > 0 && named && q <= commit+7 {
			colon = q + n - 1
			break
		}
	}
	// "a déclaré : « … »": speech, not a list
	if colon < 0 || colon+1 >= len(toks) || isQuote(toks[colon+1].Text) {
		return nil
	}
	start := colon + 1
	for r := start; r < len(toks) && r <= colon+5; r++ {
		if n := d.x.Lang.ListIntro.MatchAt(toks, r); n > 0 {
			start = r + n
			break
		}
	}
	end := d.listEnd(st, start, true)
	if d.actionAt(toks, start) {
		// "trois axes : développer des méthodes …, promouvoir une IA
		// frugale, économe en énergie, et mobiliser l'IA": each item is an
		// action, and a comma before no verb goes on with the item
		return d.splitItems(toks, start, end, func(r int) bool { return d.actionAt(toks, r) })
	}
	return d.splitItems(toks, start, end, func(int) bool { return true })
}

// actionAt reports whether toks[q] is a lower-case verb of action
// opening a list item: it has one of the language's action endings
// ("développer", "promouvoir", "fostering").
func (d *docState) actionAt(toks []Token, q int) bool {
	if n := d.x.Lang.Frames.reflexive.at(toks, q); n > 0 {
		q += n // "s'abstenir d'opérations offensives"
	}
	// the ending with its accents: "entré" is no infinitive
	return q < len(toks) && !toks[q].Cap && !toks[q].Punct && hasEnding(toks[q].Text, d.x.Lang.ActionEndings)
}

// inlineItems reads the commitments after a cue and the mark of an
// infinitive: "s'engagent à protéger X, à prévenir Y", "pledged to act
// against X and to shield Y", "to protect X; increase Y; and work
// together to Z", "promettent de « défendre … »", "the commitments the
// Initiative has made to resilience, cooperation, and disruption". It
// returns the items' token ranges, or nil, and whether the one item is
// a quotation. After a noun that names principles, "de" is no mark
// ("principes communs de sécurisation").
func (d *docState) inlineItems(st *sent, commit int, noun bool) ([][2]int, bool) {
	lang := d.x.Lang
	toks := st.toks
	mark := func(q int) bool {
		return lang.InfMark.MatchAt(toks, q) > 0 && !(noun && lang.Genitive[toks[q].Fold])
	}
	if noun {
		if parts := d.introducedItems(st, commit); parts != nil {
			return parts, false
		}
	}
	p := commit - 1 // "commit to", "promettent de": the cue may end with the mark
	for p < len(toks) && p <= commit+6 && !mark(p) && !toks[p].Punct && lang.And.MatchAt(toks, p) == 0 {
		p++
	}
	if p >= len(toks) || !mark(p) {
		return nil, false
	}
	start := p + lang.InfMark.MatchAt(toks, p)
	if start < len(toks) && isQuote(toks[start].Text) {
		// a quoted commitment: the quotation
		for q := start + 1; q < len(toks); q++ {
			if isQuote(toks[q].Text) {
				return [][2]int{{start + 1, q}}, true
			}
		}
		return nil, false
	}
	verbs := d.actionAt(toks, start)
	end := d.listEnd(st, start, !verbs)
	// "à X, à Y et à Z": a separator before the mark of an infinitive,
	// the one the first item has ("à s'abstenir de provoquer,
	// d'encourager ou de favoriser …" is one item)
	first := toks[p].Fold
	parts := d.splitItems(toks, start, end, func(q int) bool { return mark(q) && sameMark(lang, toks[q].Fold, first) })
	if len(parts) == 1 && verbs {
		// "commit to developing X, assessing Y and supporting Z"
		parts = d.splitItems(toks, start, end, func(q int) bool { return d.actionAt(toks, q) })
	}
	if len(parts) == 1 {
		// "to resilience, cooperation, and disruption": short nouns
		short := d.splitItems(toks, start, end, func(int) bool { return true })
		if len(short) > 2 && maxLen(short) <= 3 {
			parts = short
		}
	}
	// "to support the Paris Call in its work to protect X": the
	// commitment comes after the initiative
	head := &parts[0]
	for _, m := range st.ms {
		if m.initiative() && m.i >= head[0] && m.j < head[1] {
			for q := m.j; q < head[1]; q++ {
				if k := lang.InfMark.MatchAt(toks, q); k > 0 {
					head[0] = q + k
					break
				}
			}
		}
	}
	return parts, false
}

// sameMark reports whether two marks of an infinitive are one word, its
// elided form standing for it ("d'encourager" after "de provoquer").
func sameMark(lang *Language, a, b string) bool {
	return a == b || lang.Elisions[a] && strings.HasPrefix(b, a) || lang.Elisions[b] && strings.HasPrefix(a, b)
}

// introducedItems reads the items a word of listing introduces after a
// noun that names principles: "sept principes, à savoir la
// notification, le choix, …", "principles such as transparency and
// accountability". It returns nil unless two items or more follow.
func (d *docState) introducedItems(st *sent, commit int) [][2]int {
	toks, lang := st.toks, d.x.Lang
	q := commit
	if q < len(toks) && toks[q].Text == "," {
		q++
	}
	n := lang.ListIntro.MatchAt(toks, q)
	if n == 0 {
		return nil
	}
	start := q + n
	if start < len(toks) && toks[start].Text == ":" {
		start++
	}
	end := d.listEnd(st, start, false)
	if and := finalAnd(toks, start, end, lang); and > 0 {
		for r := and + 1; r < end; r++ {
			if toks[r].Text == "," {
				end = r // "…, l'accès et l'application, pouvait recevoir": the last item ends at the comma after it
				break
			}
		}
	}
	parts := d.splitItems(toks, start, end, func(int) bool { return true })
	if len(parts) < 2 || maxLen(parts) > 12 {
		return nil
	}
	st.listed = true
	return parts
}

// finalAnd returns the coordination that opens the last item of a list
// in toks[start:end]: the first after a comma, else the first; or -1.
func finalAnd(toks []Token, start, end int, lang *Language) int {
	first, comma := -1, false
	for q := start + 1; q < end; q++ {
		if toks[q].Text == "," {
			comma = true
		} else if lang.And.MatchAt(toks, q) > 0 {
			if comma {
				return q
			}
			if first < 0 {
				first = q
			}
		}
	}
	return first
}

// splitItems splits toks[start:end] into list items at semicolons, and at
// commas and coordinations that next(q) accepts for the token q after
// them; where commas part the items, a coordination parts only the last
// two ("dignité humaine et autonomie individuelle, transparence,
// fiabilité et innovation sûre"). Separators are left out of the items.
func (d *docState) splitItems(toks []Token, start, end int, next func(int) bool) [][2]int {
	lang := d.x.Lang
	var parts [][2]int
	from := start
	lastSep := start - 1 // the last comma or semicolon: "A et B, C et D, E et F" has three items
	semis := false       // items parted by semicolons hold commas: "la croissance, en favorisant … ; l'inclusion, …"
	for q := start; q < end; q++ {
		if toks[q].Text == "," || toks[q].Text == ";" {
			lastSep = q
		}
		semis = semis || toks[q].Text == ";"
	}
	aside := false // between two dashes: "réduire la fracture – un chantier ancien, selon le texte – et"
	for q := start; q < end; q++ {
		if (toks[q].Text == "–" || toks[q].Text == "—") && !d.bulletDash(toks, q) {
			aside = !aside
		}
		if aside {
			continue
		}
		semi := toks[q].Text == ";"
		and := lang.And.MatchAt(toks, q) > 0 && (q > lastSep || q > start && toks[q-1].Text == ",")
		if and && q > start && toks[q-1].Text != "," && lang.is(wsArticles, &toks[start]) && q+1 < end && !lang.is(wsArticles, &toks[q+1]) && !toks[q+1].Cap {
			and = false // items with their article: "une architecture ouverte et distribuée" is one
		}
		if semis && !semi && !(and && toks[q-1].Text == ";") {
			continue
		}
		if !semi && toks[q].Text != "," && !and {
			continue
		}
		r := q
		for r < end && (toks[r].Text == "," || toks[r].Text == ";" || lang.And.MatchAt(toks, r) > 0) {
			r += max(1, lang.And.MatchAt(toks, r))
		}
		if r < end && (semi || next(r)) && r > from {
			parts = append(parts, [2]int{from, q})
			from = r
		}
		q = r - 1
	}
	return append(parts, [2]int{from, end})
}

// bulletDash reports whether the dash at toks[q] opens a line, a
// bullet's, not an aside: "objectifs communs :\n— la croissance ;\n— …".
func (d *docState) bulletDash(toks []Token, q int) bool {
	return q == 0 || strings.Contains(d.text[toks[q-1].End:toks[q].Start], "\n")
}

// listEnd returns where a list of commitments that starts at toks[start]
// ends: at the end of the sentence, before "tels que", "such as", "by
// way of" when examples is set (items that open on verb forms keep
// theirs: "developing tools such as X, assessing Y"), a relative clause after a comma (", which rests on …"), a
// new clause after a comma (", the Call gives …") or a reporting verb
// after one (", a annoncé la Commission").
func (d *docState) listEnd(st *sent, start int, examples bool) int {
	lang := d.x.Lang
	toks := st.toks
	end := len(toks)
	for end > start && toks[end-1].Punct && !isQuote(toks[end-1].Text) {
		end--
	}
	aside := false // between two dashes, a comma ends nothing
	for q := start; q < end; q++ {
		if (toks[q].Text == "–" || toks[q].Text == "—") && !d.bulletDash(toks, q) {
			aside = !aside
		}
		if aside {
			continue
		}
		if examples && lang.ItemEnd.MatchAt(toks, q) > 0 {
			return q
		}
		if toks[q].Text == "," && q+1 < end && (lang.is(wsRelPron, &toks[q+1]) && lang.And.MatchAt(toks, q+1) == 0 || mentionAt(st.ms, q+1) || toks[q+1].Text == "[" ||
			lang.is(wsNameArticles, &toks[q+1]) && mentionAt(st.ms, q+2) ||
			lang.Reporting.MatchAt(toks, q+1) > 0 || lang.Frames.report.at(toks, q+1) > 0) {
			return q
		}
	}
	return end
}

// itemStart returns where the words of a commitment listed in toks[a:b]
// begin, after the words that only introduce it: "et", "à", "notamment",
// an article, a bullet's dash ("— la croissance").
func (l *Language) itemStart(toks []Token, a, b int) int {
	for a < b {
		n := max(l.And.MatchAt(toks, a), l.InfMark.MatchAt(toks, a), l.ListIntro.MatchAt(toks, a), l.ItemLead.MatchAt(toks, a))
		if l.is(wsArticles, &toks[a]) && a+1 < b || isDash(toks[a].Text) && a+1 < b {
			n = 1
		}
		if n == 0 {
			break
		}
		a += n
	}
	return a
}

// itemSpan trims a list item to its commitment: no leading coordination,
// article or mark of an infinitive ("et de maintenir", "the right to
// privacy", "l'accès"), no final punctuation. It returns an empty span
// for an item that names an initiative, states support ("a déjà reçu
// l'appui de") or speaks of principles.
func (d *docState) itemSpan(st *sent, a, b int) (int, int) {
	lang := d.x.Lang
	toks := st.toks
	a = lang.itemStart(toks, a, b)
	b = lang.itemCut(toks, a, b)
	for b > a && toks[b-1].Punct && !isQuote(toks[b-1].Text) {
		b--
	}
	for q := a; q < b; q++ {
		if lang.PrincipleNo.MatchAt(toks, q) > 0 {
			return 0, 0
		}
	}
	for _, m := range st.ms {
		if m.i >= a && m.j <= b && m.kind == pledgegraph.KindInitiative || m.i == a && m.j == b && m.actor() {
			return 0, 0 // an initiative, or an actor alone: a list of who, not of what
		}
	}
	if len(d.triggers(toks[a:b], pledgegraph.Supports)) > 0 && !d.actionAt(toks, a) {
		return 0, 0 // not "a déjà reçu l'appui de", but "soutenir les médias locaux"
	}
	return a, b
}

// itemCut returns where the name of the commitment in toks[a:b] ends:
// at the first comma before a word that elaborates on it ("la
// transparence et l'explicabilité, afin que chacun puisse …", "human
// oversight, with …") or at a dash, else at b.
func (l *Language) itemCut(toks []Token, a, b int) int {
	for q := a + 1; q+1 < b; q++ {
		if toks[q].Text == "," && (l.ItemCut.MatchAt(toks, q+1) > 0 || l.gerundAt(toks, q+1) || l.participleAgent(toks, q+1) > 0) || toks[q].Text == "–" || toks[q].Text == "—" {
			return q // or at a dash that opens an aside: "réduire la fracture – un chantier ancien –"
		}
	}
	return b
}

// participleAgent returns the token after the agent's mark of a past
// participle at toks[q], one of the frame table or one in lower case with
// a participle's ending ("financé par", "represented by", "mis en place
// par"), or 0.
func (l *Language) participleAgent(toks []Token, q int) int {
	if q >= len(toks) {
		return 0
	}
	_, n := l.Frames.parts.match(toks, q)
	if n == 0 && !toks[q].Cap && hasEnding(toks[q].Fold, l.PartCut) {
		n = 1
	}
	if a := l.Frames.agent.at(toks, q+n); n > 0 && a > 0 {
		return q + n + a
	}
	return 0
}

// gerundAt reports whether a gerund opens at toks[q]: the language's
// mark of it and a word with the ending the mark calls for ("en
// favorisant").
func (l *Language) gerundAt(toks []Token, q int) bool {
	end, ok := l.GerundCut[toks[q].Fold]
	return ok && q+1 < len(toks) && strings.HasSuffix(toks[q+1].Fold, end)
}

// mentionAt reports whether a mention starts at token i.
func mentionAt(ms []*mention, i int) bool {
	for _, m := range ms {
		if m.i == i {
			return true
		}
	}
	return false
}

// maxLen returns the length in tokens of the longest span.
func maxLen(spans [][2]int) int {
	n := 0
	for _, s := range spans {
		n = max(n, s[1]-s[0])
	}
	return n
}

// closingQuote returns the quote that closes the title opened by the
// quote at toks[p], at most max words on, with no punctuation between but
// what stands in titles (a colon, a comma, a hyphen, an apostrophe); or p
// when there is none or nothing is quoted.
func closingQuote(toks []Token, p, max int) int {
	for e := p + 1; e < len(toks) && e <= p+max+1; e++ {
		switch t := toks[e].Text; {
		case isQuote(t):
			if e == p+1 {
				return p
			}
			return e
		case toks[e].Punct && t != ":" && t != "," && t != "-" && t != "'" && t != "’":
			return p
		}
	}
	return p
}

// commasOrQuotes reports whether ts holds nothing but commas and
// quotation marks.
func commasOrQuotes(ts []Token) bool {
	for _, t := range ts {
		if t.Text != "," && !isQuote(t.Text) {
			return false
		}
	}
	return true
}

// isQuote reports whether a punctuation token is a quotation mark.
func isQuote(t string) bool {
	switch t {
	case "\"", "«", "»", "“", "”", "„":
		return true
	}
	return false
}
