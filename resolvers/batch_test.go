package resolvers_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

// manySupporters returns a store where n companies support the Paris Call,
// as ten documents tell.
func manySupporters(t *testing.T, n int) *graph.Store {
	entities := []pledgegraph.Entity{fixtureEntities[0]}
	var facts []pledgegraph.Fact
	var docs []pledgegraph.Document
	for i := range 10 {
		docs = append(docs, pledgegraph.Document{
			ID:        pledgegraph.DocumentID(fmt.Sprintf("%03d_liste.txt", i)),
			Published: pledgegraph.Date{Year: 2018 + i%3, Month: 11, Day: 12},
		})
	}
	for i := range n {
		id := pledgegraph.EntityID(fmt.Sprintf("company/c%03d", i))
		entities = append(entities, pledgegraph.Entity{ID: id, Name: fmt.Sprintf("Company %03d", i), Kind: pledgegraph.KindCompany})
		facts = append(facts, fact(id, pledgegraph.Supports, parisCall, false, "", docs[i%10].ID, "a signé"))
	}
	return storeOf(t, extractions(entities, facts, docs, nil, nil))
}

func TestBatching(t *testing.T) {
	const n = 100
	tests := []struct {
		name     string
		query    string
		count    func(data map[string]any) int
		maxCalls int
	}{
		{
			"supporters with subject, object and evidence",
			`{ supporters(initiative: "Paris Call", type: Company) {
				subject { name } object { name } derivedFrom { id }
				evidence { quote document { name published } }
			} }`,
			func(data map[string]any) int { return len(data["supporters"].([]any)) },
			6,
		},
		{
			"a page of 100 facts with subject, object and evidence",
			`{ facts(filter: {object: "Paris Call", predicates: [SUPPORTS]}, first: 100) { edges { node {
				subject { name } object { name }
				evidence { quote document { name published } }
			} } } }`,
			func(data map[string]any) int { return len(data["facts"].(map[string]any)["edges"].([]any)) },
			6,
		},
		{
			"a page of entities with their facts",
			`{ entities(type: Company, first: 100) { edges { node {
				name
				facts(direction: BOTH) { nodes { subject { name } object { name } evidence { document { name published } } } }
			} } } }`,
			func(data map[string]any) int { return len(data["entities"].(map[string]any)["edges"].([]any)) },
			6,
		},
		{
			"a page of entities with two kinds of facts",
			`{ entities(type: Company, first: 100) { edges { node {
				out: facts(direction: OUT, includeNegated: false) { nodes { object { name } } }
				supports: facts(predicate: SUPPORTS, asOf: "2020") { totalCount edges { node { evidence { document { name } } } } }
				mentionedIn { name }
			} } } }`,
			func(data map[string]any) int { return len(data["entities"].(map[string]any)["edges"].([]any)) },
			6,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each mostly waits for its loaders: wait together
			store := count(manySupporters(t, n))
			// A long wait keeps each level in one batch even on a loaded
			// machine under -race (100ms was not enough on 2 busy
			// cores), so that the bound holds: the test counts calls,
			// it does not time them.
			c := newClient(store, resolvers.ServerOptions{LoaderWait: time.Second})
			errs, data := queryErrors(t, c, tt.query)
			if len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			if got := tt.count(data.(map[string]any)); got != n {
				t.Errorf("got %d items, want %d", got, n)
			}
			if got := store.total(); got > tt.maxCalls {
				t.Errorf("got %d store calls %v, want at most %d", got, store.counts(), tt.maxCalls)
			} else {
				t.Logf("%d store calls %v", got, store.counts())
			}
		})
	}
}
