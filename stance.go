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

// DatingDocuments returns the documents whose publication dates
// EffectiveDate reads for facts: those that state the facts without a
// date of their own, sorted and without repeats. A dated fact needs none,
// and a popular initiative's dated facts are stated in ever more
// documents as a store grows.
func DatingDocuments(facts []*Fact) []DocumentID {
	undated := make([]*Fact, 0, len(facts))
	for _, f := range facts {
		if f != nil && f.Since.IsZero() {
			undated = append(undated, f)
		}
	}
	return EvidenceDocuments(undated)
}

// StanceOutline returns a copy of f with what the stance rules read of it
// (EffectiveDate, Stance, Supporters, Decliners, DatingDocuments): every
// field but Evidence, which is nil for a fact with a date of its own and
// holds, for one without, one piece of evidence per document that states
// it, with nothing but its Document, in the order of the documents. The
// rules decide on outlines as on whole facts. It returns nil for nil.
func StanceOutline(f *Fact) *Fact {
	if f == nil {
		return nil
	}
	o := *f
	o.Evidence = nil
	o.DerivedFrom = slices.Clone(f.DerivedFrom)
	if f.Since.IsZero() {
		for _, d := range EvidenceDocuments([]*Fact{f}) {
			o.Evidence = append(o.Evidence, Evidence{Document: d})
		}
	}
	return &o
}

// Holds reports whether a fact whose effective date is eff (see
// EffectiveDate) holds as of asOf: every fact holds now (a zero asOf); as
// of a date, only a fact with an effective date that started by then.
func Holds(eff, asOf Date) bool {
	if asOf.IsZero() {
		return true
	}
	return !eff.IsZero() && eff.StartedBy(asOf)
}

// Stance decides the stance, as of asOf, of one actor toward one
// initiative from the supports facts between them (both polarities). It
// returns the value and the facts it rests on, oldest first.
//
// The rules, in order:
//   - A fact holds from its effective date (see EffectiveDate): the date
//     the text gives it, else the publication date of the earliest
//     document that states it.
//   - For a dated asOf, a fact counts when its effective date started by
//     asOf (see Date.StartedBy); a fact with no effective date never
//     counts.
//   - A zero asOf means "now": every fact counts, those with no effective
//     date being the oldest.
//   - Of the facts that count, the latest one decides: the United States
//     declined in 2018 and supports since 2021-11. At equal dates a fact
//     the text dates beats one dated by publication, and support beats
//     refusal.
//   - With no fact, the stance is UNKNOWN.
//
// Supporters, Decliners, the history of a stance and the timeline of an
// initiative place facts in time by the same rule (see Holds).
func Stance(facts []*Fact, asOf Date, published PublishedFunc) (StanceValue, []*Fact) {
	type cand struct {
		f   *Fact
		eff Date
	}
	var now []cand
	for _, f := range facts {
		if f == nil || f.Predicate != Supports {
			continue
		}
		if eff := EffectiveDate(f, published); Holds(eff, asOf) {
			now = append(now, cand{f, eff})
		}
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

// StanceChange is a change of an actor's stance toward an initiative:
// from Date on, the stance is Value, brought by Facts.
type StanceChange struct {
	Date  Date // the effective date of Facts (see EffectiveDate); zero when they have none
	Value StanceValue
	Facts []*Fact
}

// StanceHistory returns the changes of stance that one actor's supports
// facts toward one initiative make, oldest first: one each time Stance,
// given the facts up to a date, gives a new value. Facts with no effective
// date come last, apart, since they count for no dated question (see
// Holds); a change they alone bring has a zero Date.
func StanceHistory(facts []*Fact, published PublishedFunc) []*StanceChange {
	type dated struct {
		f *Fact
		d Date
	}
	var ds []dated
	for _, f := range facts {
		ds = append(ds, dated{f, EffectiveDate(f, published)})
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return a.d.Compare(b.d) }) // zero dates last
	out := []*StanceChange{}
	last := StanceUnknown
	for i := 0; i < len(ds); {
		j := i
		for j < len(ds) && ds[j].d == ds[i].d {
			j++
		}
		var upTo []*Fact
		for _, x := range ds[:j] {
			upTo = append(upTo, x.f)
		}
		v, _ := Stance(upTo, Date{}, published)
		if v != last {
			var brought []*Fact
			for _, x := range ds[i:j] {
				brought = append(brought, x.f)
			}
			out = append(out, &StanceChange{Date: ds[i].d, Value: v, Facts: brought})
			last = v
		}
		i = j
	}
	return out
}
