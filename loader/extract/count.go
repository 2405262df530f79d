package extract

import (
	"strconv"

	"github.com/pledgegraph/pledgegraph"
)

// countsIn finds reported numbers of supporters in a sentence about
// support: "359 entités", "près de 400 soutiens", "une cinquantaine
// d'États", "plus de 1200 acteurs, dont 80 Etats", "plus de 100 000
// personnes". A number that qualifies another ("personnes de 130 pays")
// is no count.
func (d *docState) countsIn(st *sent, supp []trig) {
	lang := d.x.Lang
	toks := st.toks
	about, negated := false, false
	for _, t := range supp {
		// "trois grands États ne sont pas signataires" counts no supporters
		if t.t.Negative != d.negated(toks, t.i, t.j) {
			negated = true
		} else if t.t.Predicate == pledgegraph.Supports {
			about = true
		}
	}
	for _, t := range toks {
		if w, ok := lang.CountNouns[t.Fold]; ok && w == pledgegraph.CountSupporters && t.Fold != "personnes" && t.Fold != "people" && t.Fold != "acteurs" && t.Fold != "actors" {
			about = about || !negated
		}
	}
	prevEnd, prevApprox := 0, false
	for i := 0; i < len(toks); i++ {
		value, j, approx := 0, i, false
		if toks[i].Number && len(toks[i].Text) <= 7 {
			v, _ := strconv.Atoi(toks[i].Text)
			j = i + 1
			for {
				// thousands: "100 000", "1,200", "1.200"
				if j < len(toks) && toks[j].Number && len(toks[j].Text) == 3 && d.text[toks[j-1].End:toks[j].Start] == " " {
					v = v*1000 + atoiSafe(toks[j].Text)
					j++
					continue
				}
				if j+1 < len(toks) && (toks[j].Text == "," || toks[j].Text == ".") && toks[j].Start == toks[j-1].End &&
					toks[j+1].Number && len(toks[j+1].Text) == 3 && toks[j+1].Start == toks[j].End {
					v = v*1000 + atoiSafe(toks[j+1].Text)
					j += 2
					continue
				}
				break
			}
			value = v
		} else if v, ok := lang.ApproxNum[toks[i].Fold]; ok {
			value, j, approx = v, i+1, true
		} else if v, n := lang.numberWords(toks, i); n > 0 {
			value, j = v, i+n
		} else {
			continue
		}
		// a date or a year is no count
		if j < len(toks) {
			if _, ok := lang.Months[toks[j].Fold]; ok {
				i = j
				continue
			}
		}
		for b := i - 1; b >= 0 && b >= i-4; b-- {
			if n := lang.Approx.MatchAt(toks, b); n > 0 && b+n == i {
				approx = true
				break
			}
		}
		if !approx && i >= 2 && (toks[i-1].Fold == "de" || toks[i-1].Fold == "d" || toks[i-1].Fold == "of" || toks[i-1].Fold == "from") && !toks[i-2].Punct {
			i = j - 1
			continue
		}
		// "its 27 member states", "ses 28 États membres": a group's size
		if i > 0 && possessives[toks[i-1].Fold] {
			i = j - 1
			continue
		}
		// "more than 80 states, 700 companies and 350 organizations": the
		// approximation goes on along the list
		if !approx && prevEnd > 0 && prevApprox && i-prevEnd <= 2 {
			glued := true
			for q := prevEnd; q < i; q++ {
				glued = glued && (toks[q].Text == "," || toks[q].Fold == "et" || toks[q].Fold == "and")
			}
			approx = glued
		}
		// the count noun: right after, or after "de"/"d'" and one adjective
		p := j
		if p < len(toks) && (toks[p].Fold == "d" || toks[p].Fold == "de") {
			p++
		}
		what, ok := pledgegraph.CountWhat(""), false
		start := p
		reach := 3
		if p < len(toks) && (toks[p].Fold == "of" || toks[p].Fold == "des" || toks[p].Fold == "parmi") {
			reach = 7 // "eight of the world's largest technology companies"
		}
		for q := p; q < len(toks) && q <= p+reach; q++ {
			if w, found := lang.CountNouns[toks[q].Fold]; found {
				what, ok, p = w, true, q
				break
			}
			if toks[q].Punct && !(reach > 3 && toks[q].Text == "'") || toks[q].Cap && !toks[q].Upper {
				break
			}
		}
		if !ok {
			i = j - 1
			continue
		}
		if w, n := lang.countQual(toks, start, p); w != "" {
			what = w
			p += n
		}
		if p+1 < len(toks) && (toks[p+1].Fold == "membres" || toks[p+1].Fold == "members") || p > start && (toks[p-1].Fold == "member" || toks[p-1].Fold == "membres") {
			i = p // "28 États membres": a group's size, not its supporters
			continue
		}
		prevEnd, prevApprox = p+1, approx
		if !about {
			i = p
			continue
		}
		// the initiative: the nearest one named
		var obj pledgegraph.EntityID
		best := 1 << 30
		for _, m := range st.ms {
			if !m.initiative() {
				continue
			}
			// the initiative before (the sentence's subject) is preferred
			dist := i - m.j
			if m.i >= p {
				dist = 2*(m.i-p) + 1
			}
			if dist >= 0 && dist < best {
				obj, best = m.id, dist
			}
		}
		if obj == "" {
			obj = d.cur
		}
		if obj == "" {
			i = p
			continue
		}
		date := st.date
		if date.IsZero() {
			date = d.doc.Published
		} else if about && date.Day > 0 {
			// "Thirty-four companies on Tuesday signed the accord": the
			// day of the event the article reports
			if e, ok := d.countEvents[obj]; !ok || st.s.Start < e.at {
				d.countEvents[obj] = dated{date, st.s.Start}
			}
		}
		c := pledgegraph.Count{Initiative: obj, What: what, Value: value, Approx: approx, Date: date, Evidence: d.evidence(st.s, i, p+1)[0]}
		dup := false
		for _, o := range d.counts {
			if o.Initiative == c.Initiative && o.What == c.What && o.Value == c.Value && o.Approx == c.Approx {
				dup = true
			}
		}
		if !dup && value > 0 {
			d.counts = append(d.counts, c)
		}
		i = p
	}
}

// possessives are the determiners that make a number a group's own size.
var possessives = map[string]bool{"its": true, "their": true, "our": true, "ses": true, "leurs": true, "nos": true, "son": true}

// numberWords reads a number written in words at toks[i] ("huit",
// "trente-quatre", "quatre-vingt-dix", "thirty-four", "two hundred"):
// its value and length in tokens, or 0 tokens. "un", "one" are left out:
// they are articles as often as numbers.
func (l *Language) numberWords(toks []Token, i int) (int, int) {
	v, cur, j := 0, 0, i
	for j < len(toks) {
		w, ok := l.Numbers[toks[j].Fold]
		if !ok {
			if (toks[j].Fold == "et" || toks[j].Fold == "and") && j > i && j+1 < len(toks) {
				if _, next := l.Numbers[toks[j+1].Fold]; next {
					j++
					continue
				}
			}
			break
		}
		switch {
		case w == 1000:
			v += max(cur, 1) * 1000
			cur = 0
		case w == 100:
			cur = max(cur, 1) * 100
		case w == 20 && cur%100 == 4: // quatre-vingt
			cur = cur - 4 + 80
		default:
			cur += w
		}
		j++
	}
	if v+cur < 2 {
		return 0, 0
	}
	return v + cur, j - i
}

// countQual returns what the count noun at toks[noun] counts when a
// qualifier says it ("acteurs de la société civile", "civil society
// organizations") and the number of tokens the qualifier takes after
// the noun; "" when none does.
func (l *Language) countQual(toks []Token, from, noun int) (pledgegraph.CountWhat, int) {
	for _, q := range l.CountQuals {
		if q.Before {
			if b := noun - len(q.Phrase); b >= from && matchPhrase(toks, b, q.Phrase) {
				return q.What, 0
			}
		} else if matchPhrase(toks, noun+1, q.Phrase) {
			return q.What, len(q.Phrase)
		}
	}
	return "", 0
}
