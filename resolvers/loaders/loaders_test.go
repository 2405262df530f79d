package loaders_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/mock"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
)

func TestEntityFactsBatch(t *testing.T) {
	f := func(s pledgegraph.EntityID, p pledgegraph.Predicate, o pledgegraph.EntityID, negated bool, since string) pledgegraph.Fact {
		return pledgegraph.Fact{ID: pledgegraph.NewFactID(s, p, o, negated), Subject: s, Predicate: p, Object: o, Negated: negated, Since: pledgegraph.MustDate(since)}
	}
	store := mock.New(nil, []pledgegraph.Fact{
		f("state/us", pledgegraph.Supports, "initiative/pc", true, ""),
		f("state/us", pledgegraph.Supports, "initiative/pc", false, "2021-11"),
		f("state/fr", pledgegraph.Supports, "initiative/pc", false, "2018-11-12"),
		f("person/macron", pledgegraph.Launched, "initiative/pc", false, "2018-11-12"),
		f("initiative/pc", pledgegraph.PresentedAt, "event/forum", false, "2018-11-12"),
	}, nil, nil)
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
	l := loaders.New(store, store, store, loaders.WithWait(50*time.Millisecond))
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
	if n := store.Calls("FindFacts"); n > 2 {
		t.Errorf("got %d FindFacts calls for one batch with mixed arguments, want at most 2", n)
	}
	// The facts read are in the fact loader now.
	before := store.Calls("")
	if _, err := l.Fact.Load(t.Context(), got[0][0].ID); err != nil {
		t.Fatal(err)
	}
	if store.Calls("") != before {
		t.Errorf("got a store call for a fact already read, want none")
	}
}

func TestMiddleware(t *testing.T) {
	store := mock.New(nil, nil, nil, nil)
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
