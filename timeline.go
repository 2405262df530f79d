package pledgegraph

import (
	"cmp"
	"slices"
)

// TimelineKind says what an event of an initiative's timeline is.
type TimelineKind string

// Kinds of timeline events.
const (
	TimelineLaunch       TimelineKind = "LAUNCH"       // the initiative was launched
	TimelinePresentation TimelineKind = "PRESENTATION" // it was presented at an event
	TimelineSupport      TimelineKind = "SUPPORT"      // an actor joined or supports it
	TimelineDecline      TimelineKind = "DECLINE"      // an actor declined or refused it
	TimelineCount        TimelineKind = "COUNT"        // a document reports a number of supporters
)

// TimelineEvent is one event of an initiative's timeline: a fact about it
// or a count of its supporters a document reports.
type TimelineEvent struct {
	// Date is when it happened: the fact's effective date (see
	// EffectiveDate) or the count's date; zero when unknown.
	Date  Date
	Kind  TimelineKind
	Fact  *Fact  // the fact it rests on; nil for a count
	Count *Count // the reported count; nil for a fact
}

// Timeline returns the events of an initiative, in the order of
// TimelineEvent.Compare: facts is its launched and supports facts (both
// polarities) and the presented_at facts of which it is the subject,
// counts the counts documents report of its supporters.
func Timeline(facts []*Fact, counts []*Count, published PublishedFunc) []*TimelineEvent {
	out := []*TimelineEvent{}
	for _, f := range facts {
		ev := &TimelineEvent{Fact: f, Date: EffectiveDate(f, published)}
		switch {
		case f.Predicate == Launched:
			ev.Kind = TimelineLaunch
		case f.Predicate == PresentedAt:
			ev.Kind = TimelinePresentation
		case f.Negated:
			ev.Kind = TimelineDecline
		default:
			ev.Kind = TimelineSupport
		}
		out = append(out, ev)
	}
	for _, c := range counts {
		out = append(out, &TimelineEvent{Kind: TimelineCount, Count: c, Date: c.Date})
	}
	slices.SortStableFunc(out, (*TimelineEvent).Compare)
	return out
}

// Compare orders a timeline: by date, undated last; at one date
// launches, presentations, stances, then counts. Stances at one date
// come in the order the stance rules weigh them (see Stance): those dated
// by publication before those the text dates, refusals before support,
// then by actor and fact, so that replaying the timeline up to a date,
// the last event of each actor gives its stance as of that date. Counts
// at one date come by what they count, then value.
func (e *TimelineEvent) Compare(o *TimelineEvent) int {
	if c := e.Date.Compare(o.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(e.rank(), o.rank()); c != 0 {
		return c
	}
	if e.Fact != nil && o.Fact != nil {
		return cmp.Or(
			cmp.Compare(b2i(!e.Fact.Since.IsZero()), b2i(!o.Fact.Since.IsZero())),
			cmp.Compare(b2i(!e.Fact.Negated), b2i(!o.Fact.Negated)),
			cmp.Compare(e.Fact.Subject, o.Fact.Subject),
			cmp.Compare(e.Fact.ID, o.Fact.ID))
	}
	if e.Count != nil && o.Count != nil {
		return cmp.Or(cmp.Compare(e.Count.What, o.Count.What), cmp.Compare(e.Count.Value, o.Count.Value))
	}
	return 0
}

// rank orders the kinds of timeline events at one date.
func (e *TimelineEvent) rank() int {
	switch e.Kind {
	case TimelineLaunch:
		return 0
	case TimelinePresentation:
		return 1
	case TimelineCount:
		return 3
	}
	return 2 // support and decline, weighed as the stance rules do
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
