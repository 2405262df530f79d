package pledgegraph

import (
	"slices"
	"sort"
	"strings"
)

// StanceValue is an actor's position toward an initiative at a date.
type StanceValue string

// Stance values.
const (
	StanceSupports StanceValue = "SUPPORTS"
	StanceDeclined StanceValue = "DECLINED"
	StanceUnknown  StanceValue = "UNKNOWN"
)

// PublishedFunc returns the publication date of a document, zero when
// unknown. Stance rules use it to place undated facts in time.
type PublishedFunc func(DocumentID) Date

// EffectiveDate returns when a fact is known to have held: its Since when
// the text dates it, else the earliest publication date of the documents
// that state it, else the zero Date.
func EffectiveDate(f *Fact, published PublishedFunc) Date {
	if !f.Since.IsZero() {
		return f.Since
	}
	var d Date
	if published == nil {
		return d
	}
	for _, e := range f.Evidence {
		if p := published(e.Document); !p.IsZero() && (d.IsZero() || p.Compare(d) < 0) {
			d = p
		}
	}
	return d
}

// Stance decides the stance, as of asOf, of one actor toward one
// initiative from the supports facts between them (both polarities). It
// returns the value and the facts it rests on, oldest first.
//
// The rules, in order:
//   - A dated fact counts when it started by asOf (see Date.StartedBy).
//   - An undated fact counts when the documents stating it were published
//     by asOf, or their date is unknown; an undated fact published after
//     asOf counts only when nothing else does (an article of 2021 listing
//     a supporter is the best we know of its stance in 2019).
//   - Of the facts that count, the latest one decides, undated facts of
//     unknown publication being the oldest: the United States declined in
//     2018 and supports since 2021-11. At equal dates a fact the text
//     dates beats one dated by publication, and support beats refusal.
//   - With no fact, the stance is UNKNOWN.
//
// A zero asOf means "now": every fact counts.
func Stance(facts []*Fact, asOf Date, published PublishedFunc) (StanceValue, []*Fact) {
	type cand struct {
		f   *Fact
		eff Date
	}
	var now, later []cand
	for _, f := range facts {
		if f == nil || f.Predicate != Supports {
			continue
		}
		eff := EffectiveDate(f, published)
		switch {
		case !f.Since.IsZero():
			if f.Since.StartedBy(asOf) {
				now = append(now, cand{f, eff})
			}
		case eff.IsZero() || eff.StartedBy(asOf):
			now = append(now, cand{f, eff})
		default:
			later = append(later, cand{f, eff})
		}
	}
	if len(now) == 0 {
		now = later
	}
	if len(now) == 0 {
		return StanceUnknown, nil
	}
	// Oldest first; unknown dates oldest of all.
	sort.SliceStable(now, func(i, j int) bool {
		a, b := now[i], now[j]
		if a.eff.IsZero() != b.eff.IsZero() {
			return a.eff.IsZero()
		}
		if c := a.eff.Compare(b.eff); c != 0 {
			return c < 0
		}
		if da, db := !a.f.Since.IsZero(), !b.f.Since.IsZero(); da != db {
			return db // the text-dated one is "later": it wins
		}
		if a.f.Negated != b.f.Negated {
			return a.f.Negated // support wins at equal dates
		}
		return a.f.ID < b.f.ID
	})
	last := now[len(now)-1].f
	value := StanceSupports
	if last.Negated {
		value = StanceDeclined
	}
	var out []*Fact
	for _, c := range now {
		if c.f.Negated == last.Negated {
			out = append(out, c.f)
		}
	}
	return value, out
}

// Supporters returns, of the supports facts toward one initiative (both
// polarities, any subjects), the positive facts of the actors whose
// Stance as of asOf is SUPPORTS, ordered by subject then ID.
func Supporters(facts []*Fact, asOf Date, published PublishedFunc) []*Fact {
	return withStance(facts, asOf, published, StanceSupports)
}

// Decliners is the counterpart of Supporters: the negated facts of the
// actors whose Stance as of asOf is DECLINED, ordered by subject then ID.
func Decliners(facts []*Fact, asOf Date, published PublishedFunc) []*Fact {
	return withStance(facts, asOf, published, StanceDeclined)
}

// withStance returns the facts Stance rests on for each actor whose stance
// as of asOf is want, ordered by subject then ID.
func withStance(facts []*Fact, asOf Date, published PublishedFunc, want StanceValue) []*Fact {
	bySubject := map[EntityID][]*Fact{}
	var subjects []EntityID
	for _, f := range facts {
		if f == nil || f.Predicate != Supports {
			continue
		}
		if _, ok := bySubject[f.Subject]; !ok {
			subjects = append(subjects, f.Subject)
		}
		bySubject[f.Subject] = append(bySubject[f.Subject], f)
	}
	slices.Sort(subjects)
	out := []*Fact{}
	for _, s := range subjects {
		v, fs := Stance(bySubject[s], asOf, published)
		if v != want {
			continue
		}
		fs = slices.Clone(fs)
		slices.SortFunc(fs, func(a, b *Fact) int { return strings.Compare(string(a.ID), string(b.ID)) })
		out = append(out, fs...)
	}
	return out
}
