package loaders_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/mock"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
)

// memoryStore returns an empty memory store, closed when the test ends.
func memoryStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// counted returns the batch reads the loaders make of s, counting the
// calls to each; the other methods are left out, so that a call to one
// fails the test with a panic.
func counted(s *graph.Store) (*mock.EntityService, *mock.FactService, *mock.DocumentService, func(method string) int) {
	var mu sync.Mutex
	calls := map[string]int{}
	called := func(method string) {
		mu.Lock()
		defer mu.Unlock()
		calls[method]++
	}
	count := func(method string) int {
		mu.Lock()
		defer mu.Unlock()
		if method != "" {
			return calls[method]
		}
		n := 0
		for _, c := range calls {
			n += c
		}
		return n
	}
	entities := &mock.EntityService{EntitiesByIDsFn: func(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
		called("EntitiesByIDs")
		return s.EntitiesByIDs(ctx, ids)
	}}
	facts := &mock.FactService{
		FindFactsFn: func(ctx context.Context, f pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
			called("FindFacts")
			return s.FindFacts(ctx, f)
		},
		FactsByIDsFn: func(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error) {
			called("FactsByIDs")
			return s.FactsByIDs(ctx, ids)
		},
	}
	documents := &mock.DocumentService{DocumentsByIDsFn: func(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
		called("DocumentsByIDs")
		return s.DocumentsByIDs(ctx, ids)
	}}
	return entities, facts, documents, count
}

// factsStore returns a memory store of five facts about the Paris Call,
// stated by one document.
func factsStore(t *testing.T) *graph.Store {
	const doc = pledgegraph.DocumentID("pc.txt")
	f := func(s pledgegraph.EntityID, p pledgegraph.Predicate, o pledgegraph.EntityID, negated bool, since string) pledgegraph.Fact {
		quote := fmt.Sprintf("%s %s %s", s, p, o)
		return pledgegraph.Fact{ID: pledgegraph.NewFactID(s, p, o, negated), Subject: s, Predicate: p, Object: o, Negated: negated, Since: pledgegraph.MustDate(since),
			Evidence: []pledgegraph.Evidence{{Document: doc, Quote: quote, End: len(quote)}}}
	}
	x := &pledgegraph.Extraction{Document: pledgegraph.Document{ID: doc, Text: "The Paris Call."}}
	for _, id := range []pledgegraph.EntityID{"state/us", "state/fr", "person/macron", "initiative/pc", "event/forum"} {
		x.Entities = append(x.Entities, pledgegraph.Entity{ID: id, Name: string(id), Kind: pledgegraph.KindOfID(id)})
	}
	x.Facts = []pledgegraph.Fact{
		f("state/us", pledgegraph.Supports, "initiative/pc", true, ""),
		f("state/us", pledgegraph.Supports, "initiative/pc", false, "2021-11"),
		f("state/fr", pledgegraph.Supports, "initiative/pc", false, "2018-11-12"),
		f("person/macron", pledgegraph.Launched, "initiative/pc", false, "2018-11-12"),
		f("initiative/pc", pledgegraph.PresentedAt, "event/forum", false, "2018-11-12"),
	}
	s := memoryStore(t)
	if err := s.WriteExtraction(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEntityFactsBatch(t *testing.T) {
	s := factsStore(t)
	entities, facts, documents, calls := counted(s)
	tests := []struct {
		name string
		key  loaders.FactsKey
		want int
	}{
		{"out", loaders.FactsKey{Entity: "state/us", Direction: pledgegraph.Outgoing, IncludeNegated: true}, 2},
		{"out stated", loaders.FactsKey{Entity: "state/us", Direction: pledgegraph.Outgoing}, 1},
		{"out as of 2019", loaders.FactsKey{Entity: "state/us", Direction: pledgegraph.Outgoing, AsOf: pledgegraph.MustDate("2019"), IncludeNegated: true}, 1},
		{"in launched", loaders.FactsKey{Entity: "initiative/pc", Direction: pledgegraph.Incoming, Predicate: pledgegraph.Launched, IncludeNegated: true}, 1},
		{"both", loaders.FactsKey{Entity: "initiative/pc", Direction: pledgegraph.Both, IncludeNegated: true}, 5},
		{"none", loaders.FactsKey{Entity: "state/xx", Direction: pledgegraph.Both, IncludeNegated: true}, 0},
	}
	l := loaders.New(entities, facts, documents, loaders.WithWait(50*time.Millisecond))
	got := make([][]*pledgegraph.Fact, len(tests))
	var wg sync.WaitGroup
	for i, tt := range tests {
		wg.Go(func() {
			fs, err := l.EntityFacts.Load(t.Context(), tt.key)
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			got[i] = fs
		})
	}
	wg.Wait()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(got[i]) != tt.want {
				t.Errorf("got %d facts, want %d", len(got[i]), tt.want)
			}
			if got[i] == nil {
				t.Errorf("got nil, want a list")
			}
			if !slices.IsSortedFunc(got[i], func(a, b *pledgegraph.Fact) int {
				if a.ID < b.ID {
					return -1
				}
				return 1
			}) {
				t.Errorf("got facts out of ID order")
			}
		})
	}
	if n := calls("FindFacts"); n > 2 {
		t.Errorf("got %d FindFacts calls for one batch with mixed arguments, want at most 2", n)
	}
	// The facts read are in the fact loader now.
	before := calls("")
	if _, err := l.Fact.Load(t.Context(), got[0][0].ID); err != nil {
		t.Fatal(err)
	}
	if calls("") != before {
		t.Errorf("got a store call for a fact already read, want none")
	}
}

func TestMiddleware(t *testing.T) {
	store := memoryStore(t)
	var got *loaders.Loaders
	h := loaders.Middleware(store, store, store, http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		got = loaders.For(r.Context())
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", nil))
	if got == nil {
		t.Errorf("got no loaders in the request context, want some")
	}
	if l := loaders.For(t.Context()); l != nil {
		t.Errorf("For(a context without loaders) = %v, want nil", l)
	}
}
