package pledgegraph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// walkFacts is a small graph: Macron holds a role in France, France and
// Microsoft support the Paris Call, Germany supports it and the Christchurch
// Call, the United States refuses the Paris Call, and the EU is part of
// itself (a loop).
var walkFacts = []*pledgegraph.Fact{
	{ID: "f-role", Subject: "person/macron", Predicate: pledgegraph.HoldsRole, Object: "state/fr"},
	{ID: "f-fr", Subject: "state/fr", Predicate: pledgegraph.Supports, Object: "initiative/pc"},
	{ID: "f-ms", Subject: "company/ms", Predicate: pledgegraph.Supports, Object: "initiative/pc"},
	{ID: "f-de", Subject: "state/de", Predicate: pledgegraph.Supports, Object: "initiative/pc"},
	{ID: "f-de-cc", Subject: "state/de", Predicate: pledgegraph.Supports, Object: "initiative/cc"},
	{ID: "f-fr-cc", Subject: "state/fr", Predicate: pledgegraph.Supports, Object: "initiative/cc"},
	{ID: "f-us", Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: true},
	{ID: "f-loop", Subject: "organization/eu", Predicate: pledgegraph.PartOf, Object: "organization/eu"},
}

// walkSteps reads walkFacts as a store would for a walk: the facts of the
// frontier by subject, then by object, negated ones left out.
func walkSteps(_ context.Context, from []pledgegraph.EntityID) (map[pledgegraph.EntityID][]pledgegraph.Step, error) {
	var out, in []*pledgegraph.Fact
	for _, f := range walkFacts {
		if !f.Negated {
			out = append(out, f)
			in = append(in, f)
		}
	}
	return pledgegraph.Steps(from, out, in), nil
}

func TestSteps(t *testing.T) {
	tests := []struct {
		name string
		from []pledgegraph.EntityID
		want string
	}{
		{"subject and object", []pledgegraph.EntityID{"state/fr"}, "state/fr: f-fr→initiative/pc f-fr-cc→initiative/cc f-role→person/macron"},
		{"object only", []pledgegraph.EntityID{"initiative/cc"}, "initiative/cc: f-de-cc→state/de f-fr-cc→state/fr"},
		{"a loop leads once", []pledgegraph.EntityID{"organization/eu"}, "organization/eu: f-loop→organization/eu"},
		{"two entities", []pledgegraph.EntityID{"company/ms", "person/macron"}, "company/ms: f-ms→initiative/pc; person/macron: f-role→state/fr"},
		{"nothing", []pledgegraph.EntityID{"state/atlantis"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps, _ := walkSteps(t.Context(), tt.from)
			var got []string
			for _, id := range tt.from {
				if len(steps[id]) == 0 {
					continue
				}
				var s []string
				for _, st := range steps[id] {
					s = append(s, fmt.Sprintf("%s→%s", st.Fact.ID, st.To))
				}
				got = append(got, fmt.Sprintf("%s: %s", id, strings.Join(s, " ")))
			}
			if s := strings.Join(got, "; "); s != tt.want {
				t.Errorf("Steps(%v) = %s, want %s", tt.from, s, tt.want)
			}
		})
	}
}

func TestWalkNeighbors(t *testing.T) {
	failing := func(context.Context, []pledgegraph.EntityID) (map[pledgegraph.EntityID][]pledgegraph.Step, error) {
		return nil, errors.New("store down")
	}
	tests := []struct {
		name  string
		walk  pledgegraph.Walk
		start pledgegraph.EntityID
		depth int
		want  string
		err   string
	}{
		{"one step", pledgegraph.Walk{Steps: walkSteps}, "state/fr", 1,
			"1 initiative/cc [f-fr-cc]; 1 initiative/pc [f-fr]; 1 person/macron [f-role]", ""},
		{"two steps: every link from one step closer, ordered by ID", pledgegraph.Walk{Steps: walkSteps}, "company/ms", 2,
			"1 initiative/pc [f-ms]; 2 state/de [f-de]; 2 state/fr [f-fr]", ""},
		{"three steps", pledgegraph.Walk{Steps: walkSteps}, "company/ms", 3,
			"1 initiative/pc [f-ms]; 2 state/de [f-de]; 2 state/fr [f-fr]; 3 initiative/cc [f-de-cc f-fr-cc]; 3 person/macron [f-role]", ""},
		{"a refusal links nothing", pledgegraph.Walk{Steps: walkSteps}, "state/us", 3, "", ""},
		{"a loop reaches no one", pledgegraph.Walk{Steps: walkSteps}, "organization/eu", 2, "", ""},
		{"within the bound", pledgegraph.Walk{Steps: walkSteps, MaxFrontier: 3}, "initiative/pc", 1,
			"1 company/ms [f-ms]; 1 state/de [f-de]; 1 state/fr [f-fr]", ""},
		{"past the bound", pledgegraph.Walk{Steps: walkSteps, MaxFrontier: 2}, "initiative/pc", 1,
			"", "pledgegraph: invalid: 3 entities at distance 1: ask for a smaller depth or fewer predicates"},
		{"the store fails", pledgegraph.Walk{Steps: failing}, "state/fr", 1, "", "store down"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns, err := tt.walk.Neighbors(t.Context(), tt.start, tt.depth)
			if fmt.Sprint(err) != tt.err && !(err == nil && tt.err == "") {
				t.Fatalf("Neighbors(%s, %d) error = %v, want %q", tt.start, tt.depth, err, tt.err)
			}
			var got []string
			for _, n := range ns {
				var ids []pledgegraph.FactID
				for _, f := range n.Facts {
					ids = append(ids, f.ID)
				}
				got = append(got, fmt.Sprintf("%d %s %v", n.Distance, n.Entity, ids))
			}
			if s := strings.Join(got, "; "); s != tt.want {
				t.Errorf("Neighbors(%s, %d) = %s, want %s", tt.start, tt.depth, s, tt.want)
			}
		})
	}
}

func TestWalkPaths(t *testing.T) {
	w := pledgegraph.Walk{Steps: walkSteps}
	tests := []struct {
		name  string
		a, b  pledgegraph.EntityID
		depth int
		limit int
		want  string
	}{
		{"to itself", "state/fr", "state/fr", 4, 10, "[]"},
		{"one fact, either direction", "initiative/pc", "state/fr", 4, 10, "[f-fr→state/fr]"},
		{"the shortest only", "person/macron", "initiative/pc", 4, 10, "[f-role→state/fr f-fr→initiative/pc]"},
		{"every shortest chain, ordered from the end back", "state/de", "state/fr", 4, 10,
			"[f-de-cc→initiative/cc f-fr-cc→state/fr] [f-de→initiative/pc f-fr→state/fr]"},
		{"at most limit", "state/de", "state/fr", 4, 1, "[f-de-cc→initiative/cc f-fr-cc→state/fr]"},
		{"farther than depth", "person/macron", "company/ms", 2, 10, ""},
		{"within depth", "person/macron", "company/ms", 3, 10, "[f-role→state/fr f-fr→initiative/pc f-ms→company/ms]"},
		{"a refusal links nothing", "state/us", "initiative/pc", 4, 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chains, err := w.Paths(t.Context(), tt.a, tt.b, tt.depth, tt.limit)
			if err != nil || chains == nil {
				t.Fatalf("Paths(%s, %s) = %v, %v", tt.a, tt.b, chains, err)
			}
			var got []string
			for _, c := range chains {
				var s []string
				for _, st := range c {
					s = append(s, fmt.Sprintf("%s→%s", st.Fact.ID, st.To))
				}
				got = append(got, "["+strings.Join(s, " ")+"]")
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("Paths(%s, %s, %d) = %s, want %s", tt.a, tt.b, tt.depth, s, tt.want)
			}
		})
	}
}
