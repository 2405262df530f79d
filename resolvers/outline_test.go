package resolvers_test

import (
	"encoding/json"
	"testing"

	"github.com/pledgegraph/pledgegraph/resolvers"
)

// readsOnly hides every method of a store but its read services: a store
// without FindStanceFacts, which the resolvers then read whole facts
// from.
type readsOnly struct{ services }

// TestStanceOutlines checks that the questions of the stance rules read
// the facts' outlines (FindStanceFacts) when the answer asks for no
// evidence of them, whole facts otherwise, and that the answers are
// those of a store that has no outlines to give.
func TestStanceOutlines(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		outlines bool
	}{
		{"supporters", `{ supporters(initiative: "Paris Call", asOf: "2019-01-01") { id subject { id name } object { id } predicate negated since inferred confidence derivedFrom { id evidence { quote } } } }`, true},
		{"supporters now, by type", `{ supporters(initiative: "initiative/paris-call", type: State) { id since } }`, true},
		{"decliners", `{ decliners(initiative: "Paris Call", asOf: "2019-01-01") { id subject { name } } }`, true},
		{"supporters by type", `{ stats { supportersByType(initiative: "Paris Call", asOf: "2022-01-01") { type count } } }`, true},
		{"known supporters of the counts", `{ reportedCounts(initiative: "Paris Call") { value knownSupporters } }`, true},
		{"entities that support", `{ entities(filter: {supports: "Paris Call", supportsAsOf: "2019-01-01"}) { nodes { id } } }`, true},
		{"supporters with their evidence", `{ supporters(initiative: "Paris Call") { id evidence { quote document { name published } } } }`, false},
		{"evidence in a fragment", `{ decliners(initiative: "Paris Call", asOf: "2019-01-01") { id ...E } } fragment E on Fact { evidence { quote } }`, false},
		{"stances", `{ stances(initiative: "Paris Call") { value facts { id } } }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := fixture(t)
			counted := count(store)
			errs, got := queryErrors(t, newClient(counted, resolvers.ServerOptions{}), tt.query)
			if len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			calls := counted.counts()
			if read := calls["FindStanceFacts"] > 0; read != tt.outlines || tt.outlines && calls["FindFacts"] > 0 {
				t.Errorf("store calls %v, want outlines read: %v (and then no FindFacts)", calls, tt.outlines)
			}
			errs, want := queryErrors(t, newClient(readsOnly{store}, resolvers.ServerOptions{}), tt.query)
			if len(errs) > 0 {
				t.Fatalf("without outlines: got errors %+v", errs)
			}
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			if string(g) != string(w) {
				t.Errorf("answer\n%s\nwant (read from whole facts)\n%s", g, w)
			}
		})
	}
}
