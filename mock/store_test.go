package mock_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/mock"
)

func newStore() *mock.Store {
	pc := pledgegraph.EntityID("initiative/paris-call")
	support := func(s pledgegraph.EntityID, negated bool, since string, doc pledgegraph.DocumentID) pledgegraph.Fact {
		return pledgegraph.Fact{
			ID: pledgegraph.NewFactID(s, pledgegraph.Supports, pc, negated), Subject: s, Predicate: pledgegraph.Supports, Object: pc,
			Negated: negated, Since: pledgegraph.MustDate(since), Evidence: []pledgegraph.Evidence{{Document: doc}},
		}
	}
	ref := pledgegraph.Fact{ID: "fact/ref", Subject: "state/de", Predicate: pledgegraph.MemberOf, Object: "organization/eu", Reference: true}
	return mock.New(
		[]pledgegraph.Entity{
			{ID: pc, Name: "Appel de Paris", Kind: pledgegraph.KindInitiative, Aliases: []string{"Paris Call"}},
			{ID: "state/us", Name: "États-Unis", Kind: pledgegraph.KindState, Aliases: []string{"USA"}},
			{ID: "state/fr", Name: "France", Kind: pledgegraph.KindState},
			{ID: "state/de", Name: "Allemagne", Kind: pledgegraph.KindState},
			{ID: "place/paris", Name: "Paris", Kind: pledgegraph.KindPlace, Aliases: []string{"Paris Call"}},
		},
		[]pledgegraph.Fact{
			support("state/us", true, "", "a.txt"),
			support("state/us", false, "2021-11", "b.txt"),
			support("state/fr", false, "2018-11-12", "a.txt"),
			ref,
		},
		[]pledgegraph.Document{{ID: "b.txt"}, {ID: "a.txt"}},
		[]pledgegraph.Count{
			{Initiative: pc, Value: 80},
			{Initiative: pc, Value: 370, Date: pledgegraph.MustDate("2018-11")},
		},
	)
}

func TestFindEntityByName(t *testing.T) {
	s := newStore()
	tests := []struct {
		name, want string
	}{
		{"usa", "state/us"},
		{"Etats-Unis", "state/us"},
		{"les États-Unis", "state/us"},
		{"Paris Call", "initiative/paris-call"}, // the one with the most facts
		{"Atlantide", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := s.FindEntityByName(t.Context(), tt.name)
			switch {
			case tt.want == "" && pledgegraph.ErrorCode(err) != pledgegraph.ENOTFOUND:
				t.Errorf("got %v, %v; want not_found", e, err)
			case tt.want != "" && (err != nil || string(e.ID) != tt.want):
				t.Errorf("got %v, %v; want %s", e, err, tt.want)
			}
		})
	}
}

func TestFindEntities(t *testing.T) {
	s := newStore()
	got, total, err := s.FindEntities(t.Context(), pledgegraph.EntityFilter{Kinds: []pledgegraph.Kind{pledgegraph.KindState}, Offset: 1, Limit: 1})
	if err != nil || total != 3 || len(got) != 1 || got[0].ID != "state/fr" {
		t.Errorf("got %v, %d, %v; want [state/fr] of 3", got, total, err)
	}
	got, total, _ = s.FindEntities(t.Context(), pledgegraph.EntityFilter{Search: "etats"})
	if total != 1 || got[0].ID != "state/us" {
		t.Errorf("got %v, want [state/us]", got)
	}
	got, _, _ = s.FindEntities(t.Context(), pledgegraph.EntityFilter{Offset: 10})
	if got == nil || len(got) != 0 {
		t.Errorf("got %v, want an empty page", got)
	}
}

func TestFindFacts(t *testing.T) {
	s := newStore()
	no := false
	tests := []struct {
		name   string
		filter pledgegraph.FactFilter
		want   int
	}{
		{"all but reference", pledgegraph.FactFilter{}, 3},
		{"with reference", pledgegraph.FactFilter{IncludeReference: true}, 4},
		{"subjects", pledgegraph.FactFilter{Subjects: []pledgegraph.EntityID{"state/us"}}, 2},
		{"stated only", pledgegraph.FactFilter{Subjects: []pledgegraph.EntityID{"state/us"}, Negated: &no}, 1},
		{"as of 2019 keeps undated", pledgegraph.FactFilter{AsOf: pledgegraph.MustDate("2019")}, 2},
		{"document", pledgegraph.FactFilter{Document: "a.txt"}, 2},
		{"predicate", pledgegraph.FactFilter{Predicates: []pledgegraph.Predicate{pledgegraph.Launched}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FindFacts(t.Context(), tt.filter)
			if err != nil || len(got) != tt.want {
				t.Errorf("got %d facts, %v; want %d", len(got), err, tt.want)
			}
			if !slices.IsSortedFunc(got, func(a, b *pledgegraph.Fact) int {
				if a.ID < b.ID {
					return -1
				}
				return 1
			}) {
				t.Errorf("got facts out of ID order")
			}
		})
	}
}

func TestBatchReads(t *testing.T) {
	s := newStore()
	docs, err := s.DocumentsByIDs(t.Context(), []pledgegraph.DocumentID{"b.txt", "missing", "a.txt"})
	if err != nil || docs[0].ID != "b.txt" || docs[1] != nil || docs[2].ID != "a.txt" {
		t.Errorf("got %v, %v; want b.txt, nil, a.txt", docs, err)
	}
	ents, _ := s.EntitiesByIDs(t.Context(), []pledgegraph.EntityID{"state/fr", "state/xx"})
	if ents[0].ID != "state/fr" || ents[1] != nil {
		t.Errorf("got %v, want state/fr, nil", ents)
	}
	if _, err := s.FindFactByID(t.Context(), "fact/none"); pledgegraph.ErrorCode(err) != pledgegraph.ENOTFOUND {
		t.Errorf("got %v, want not_found", err)
	}
	counts, _ := s.FindCounts(t.Context(), "initiative/paris-call")
	if len(counts) != 2 || counts[0].Value != 370 || counts[1].Value != 80 {
		t.Errorf("got %v, want 370 then the undated 80", counts)
	}
}

func TestCallsAndFail(t *testing.T) {
	s := newStore()
	s.FindFacts(t.Context(), pledgegraph.FactFilter{})
	s.FindFacts(t.Context(), pledgegraph.FactFilter{})
	s.EntitiesByIDs(t.Context(), nil)
	if got := s.Calls("FindFacts"); got != 2 {
		t.Errorf("got %d FindFacts calls, want 2", got)
	}
	if got := s.Calls(""); got != 3 {
		t.Errorf("got %d calls, want 3", got)
	}
	s.ResetCalls()
	if got := s.Calls(""); got != 0 {
		t.Errorf("got %d calls after reset, want 0", got)
	}
	boom := errors.New("boom")
	s.Fail(boom)
	if _, err := s.FindDocumentByID(t.Context(), "a.txt"); !errors.Is(err, boom) {
		t.Errorf("got %v, want boom", err)
	}
}
