package pledgegraph_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestTimeline(t *testing.T) {
	d := pledgegraph.MustDate
	pub := func(id pledgegraph.DocumentID) pledgegraph.Date {
		if id == "2018.txt" {
			return d("2018-11-12")
		}
		return pledgegraph.Date{}
	}
	ev := []pledgegraph.Evidence{{Document: "2018.txt"}}
	fact := func(id, subject string, p pledgegraph.Predicate, negated bool, since string, evidence []pledgegraph.Evidence) *pledgegraph.Fact {
		f := &pledgegraph.Fact{ID: pledgegraph.FactID(id), Subject: pledgegraph.EntityID(subject), Predicate: p, Object: "initiative/pc", Negated: negated, Evidence: evidence}
		if p == pledgegraph.PresentedAt {
			f.Subject, f.Object = "initiative/pc", pledgegraph.EntityID(subject)
		}
		if since != "" {
			f.Since = d(since)
		}
		return f
	}
	launch := fact("launch", "person/macron", pledgegraph.Launched, false, "2018-11-12", nil)
	forum := fact("forum", "event/forum", pledgegraph.PresentedAt, false, "", ev)
	frYes := fact("fr-yes", "state/fr", pledgegraph.Supports, false, "", ev)            // by publication
	usNo := fact("us-no", "state/us", pledgegraph.Supports, true, "", ev)               // by publication
	deYes := fact("de-yes", "state/de", pledgegraph.Supports, false, "2018-11-12", nil) // by the text
	usYes := fact("us-yes", "state/us", pledgegraph.Supports, false, "2021-11", nil)
	cnNo := fact("cn-no", "state/cn", pledgegraph.Supports, true, "", nil) // no date
	count := func(what pledgegraph.CountWhat, n int, date string) *pledgegraph.Count {
		c := &pledgegraph.Count{Initiative: "initiative/pc", What: what, Value: n}
		if date != "" {
			c.Date = d(date)
		}
		return c
	}
	tests := []struct {
		name   string
		facts  []*pledgegraph.Fact
		counts []*pledgegraph.Count
		want   string
	}{
		{"nothing", nil, nil, ""},
		{"by date, undated last", []*pledgegraph.Fact{cnNo, usYes, frYes}, nil,
			"2018-11-12 SUPPORT fr-yes; 2021-11 SUPPORT us-yes; - DECLINE cn-no"},
		{"at one date: launch, presentation, stances, counts", []*pledgegraph.Fact{frYes, forum, launch}, []*pledgegraph.Count{count(pledgegraph.CountSupporters, 370, "2018-11-12")},
			"2018-11-12 LAUNCH launch; 2018-11-12 PRESENTATION forum; 2018-11-12 SUPPORT fr-yes; 2018-11-12 COUNT supporters 370"},
		{"stances at one date: by publication before the text's date, refusals before support, then by actor",
			[]*pledgegraph.Fact{deYes, frYes, usNo}, nil,
			"2018-11-12 DECLINE us-no; 2018-11-12 SUPPORT fr-yes; 2018-11-12 SUPPORT de-yes"},
		{"counts at one date by what they count, then value, an undated one last", nil,
			[]*pledgegraph.Count{count(pledgegraph.CountSupporters, 2, ""), count(pledgegraph.CountSupporters, 9, "2019"), count(pledgegraph.CountStates, 5, "2019"), count(pledgegraph.CountStates, 4, "2019")},
			"2019 COUNT states 4; 2019 COUNT states 5; 2019 COUNT supporters 9; - COUNT supporters 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range pledgegraph.Timeline(tt.facts, tt.counts, pub) {
				date := e.Date.String()
				if date == "" {
					date = "-"
				}
				switch {
				case e.Fact != nil:
					got = append(got, fmt.Sprintf("%s %s %s", date, e.Kind, e.Fact.ID))
				case e.Count != nil:
					got = append(got, fmt.Sprintf("%s %s %s %d", date, e.Kind, e.Count.What, e.Count.Value))
				}
			}
			if s := strings.Join(got, "; "); s != tt.want {
				t.Errorf("Timeline =\n%s\nwant\n%s", s, tt.want)
			}
		})
	}
}
