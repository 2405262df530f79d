package extract

import (
	"github.com/pledgegraph/pledgegraph"
)

// Offices the text names without their holder, resolved to the holder the
// text named before or to the one the terms of office give.

// officeHolders gives an office the text names without its holder ("the
// French President", "la présidente de la Commission européenne", "le
// chef de l'État") a holder: the one the document named with that office
// before, else the one the terms of office give at the sentence's date
// (see officeDate). The holder's mention covers the title.
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
		} else if at := d.officeDate(st); at.IsZero() {
			continue
		} else if m.entry = d.x.Ref.Holder(r.t.Office, key, at); m.entry == nil {
			continue
		}
		r.holders, r.office = []*mention{m}, true
		st.ms = append(st.ms, m)
		added = true
	}
	if added {
		sortMentions(st.ms)
	}
}

// officeDate returns the date at which an office the sentence names is
// held: the sentence's, else the publication's, else the last full date
// the text gave.
func (d *docState) officeDate(st *sent) pledgegraph.Date {
	for _, at := range []pledgegraph.Date{st.date, d.doc.Published, d.yearCtx} {
		if !at.IsZero() {
			return at
		}
	}
	return pledgegraph.Date{}
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
