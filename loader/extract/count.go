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
	about := len(supp) > 0
	for _, t := range toks {
		if w, ok := lang.CountNouns[t.Fold]; ok && w == pledgegraph.CountSupporters && t.Fold != "personnes" && t.Fold != "people" && t.Fold != "acteurs" && t.Fold != "actors" {
			about = true
		}
	}
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
		// the count noun: right after, or after "de"/"d'" and one adjective
		p := j
		if p < len(toks) && (toks[p].Fold == "d" || toks[p].Fold == "de") {
			p++
		}
		what, ok := pledgegraph.CountWhat(""), false
		for q := p; q < len(toks) && q <= p+1; q++ {
			if w, found := lang.CountNouns[toks[q].Fold]; found {
				what, ok, p = w, true, q
				break
			}
			if toks[q].Punct || toks[q].Cap {
				break
			}
		}
		if !ok {
			i = j - 1
			continue
		}
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
