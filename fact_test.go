package pledgegraph_test

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestFactFilterMatch(t *testing.T) {
	yes, no := true, false
	f := &pledgegraph.Fact{
		Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc",
		Negated: true, Since: pledgegraph.MustDate("2018-11-12"),
		Evidence: []pledgegraph.Evidence{{Document: "a.txt"}},
	}
	ref := &pledgegraph.Fact{Subject: "state/fr", Predicate: pledgegraph.MemberOf, Object: "organization/ue", Reference: true}
	tests := []struct {
		name   string
		filter pledgegraph.FactFilter
		fact   *pledgegraph.Fact
		want   bool
	}{
		{"empty filter", pledgegraph.FactFilter{}, f, true},
		{"nil fact", pledgegraph.FactFilter{}, nil, false},
		{"subject", pledgegraph.FactFilter{Subjects: []pledgegraph.EntityID{"state/fr", "state/us"}}, f, true},
		{"other subject", pledgegraph.FactFilter{Subjects: []pledgegraph.EntityID{"state/fr"}}, f, false},
		{"object", pledgegraph.FactFilter{Objects: []pledgegraph.EntityID{"initiative/pc"}}, f, true},
		{"other predicate", pledgegraph.FactFilter{Predicates: []pledgegraph.Predicate{pledgegraph.Launched}}, f, false},
		{"negated", pledgegraph.FactFilter{Negated: &yes}, f, true},
		{"positive only", pledgegraph.FactFilter{Negated: &no}, f, false},
		{"stated only", pledgegraph.FactFilter{Inferred: &no}, f, true},
		{"inferred only", pledgegraph.FactFilter{Inferred: &yes}, f, false},
		{"document", pledgegraph.FactFilter{Document: "a.txt"}, f, true},
		{"other document", pledgegraph.FactFilter{Document: "b.txt"}, f, false},
		{"as of after", pledgegraph.FactFilter{AsOf: pledgegraph.MustDate("2019")}, f, true},
		{"as of before", pledgegraph.FactFilter{AsOf: pledgegraph.MustDate("2018-10")}, f, false},
		{"reference left out", pledgegraph.FactFilter{}, ref, false},
		{"reference asked for", pledgegraph.FactFilter{IncludeReference: true}, ref, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.filter.Match(tt.fact); got != tt.want {
				t.Errorf("%+v.Match = %v, want %v", tt.filter, got, tt.want)
			}
		})
	}
}

func TestEvidenceDocuments(t *testing.T) {
	facts := []*pledgegraph.Fact{
		{Evidence: []pledgegraph.Evidence{{Document: "b.txt"}, {Document: "a.txt"}}},
		nil,
		{Evidence: []pledgegraph.Evidence{{Document: "b.txt"}}},
	}
	got := pledgegraph.EvidenceDocuments(facts)
	if len(got) != 2 || got[0] != "a.txt" || got[1] != "b.txt" {
		t.Errorf("EvidenceDocuments = %v, want [a.txt b.txt]", got)
	}
}
