package resolvers_test

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

// idOnlyQueries ask for entities reached through facts (Fact.subject,
// Fact.object, the lists of supporters and decliners) by their id alone,
// each beside the same query asking for their names too, which reads
// them. named are the entities the arguments name, which the resolvers
// read to find them.
var idOnlyQueries = []struct {
	name, query, withNames string
	vars, namesVars        []client.Option // of query, of withNames
	named                  []pledgegraph.EntityID
}{
	{
		name:      "supporters",
		query:     `{ supporters(initiative: "initiative/paris-call") { subject { id } } }`,
		withNames: `{ supporters(initiative: "initiative/paris-call") { subject { id name } } }`,
		named:     []pledgegraph.EntityID{parisCall},
	},
	{
		name:      "supporters as of a date, subject and object, __typename",
		query:     `{ supporters(initiative: "Paris Call", asOf: "2019-01-01") { id subject { __typename id } object { id } } }`,
		withNames: `{ supporters(initiative: "Paris Call", asOf: "2019-01-01") { id subject { __typename id name } object { id name } } }`,
		named:     []pledgegraph.EntityID{parisCall},
	},
	{
		name:      "decliners",
		query:     `{ decliners(initiative: "initiative/paris-call", asOf: "2019-01-01") { subject { id } } }`,
		withNames: `{ decliners(initiative: "initiative/paris-call", asOf: "2019-01-01") { subject { id name } } }`,
		named:     []pledgegraph.EntityID{parisCall},
	},
	{
		name:      "fragments on Entity and Node, a skipped field",
		query:     `{ supporters(initiative: "initiative/paris-call") { ...F subject { ... on Node { id } name @skip(if: true) } } } fragment F on Fact { subject { ... on Entity { id } } }`,
		withNames: `{ supporters(initiative: "initiative/paris-call") { ...F subject { ... on Node { id } name @skip(if: false) } } } fragment F on Fact { subject { ... on Entity { id } } }`,
		named:     []pledgegraph.EntityID{parisCall},
	},
	{
		name:      "a field skipped by a variable",
		query:     `query($more: Boolean!) { supporters(initiative: "initiative/paris-call") { subject { id name @include(if: $more) } } }`,
		withNames: `query($more: Boolean!) { supporters(initiative: "initiative/paris-call") { subject { id name @include(if: $more) } } }`,
		vars:      []client.Option{client.Var("more", false)},
		namesVars: []client.Option{client.Var("more", true)},
		named:     []pledgegraph.EntityID{parisCall},
	},
	{
		name:      "a page of facts",
		query:     `{ facts(filter: {predicates: [SUPPORTS, LAUNCHED]}, first: 100) { nodes { subject { id } object { id } } } }`,
		withNames: `{ facts(filter: {predicates: [SUPPORTS, LAUNCHED]}, first: 100) { nodes { subject { id name } object { id name } } } }`,
	},
	{
		name:      "entities by name, one missing",
		query:     `{ a: entity(name: "Germany") { id } b: entity(name: "les États-Unis") { __typename ... on Node { id } } c: entity(name: "Atlantis") { id } }`,
		withNames: `{ a: entity(name: "Germany") { id name } b: entity(name: "les États-Unis") { __typename ... on Node { id } name } c: entity(name: "Atlantis") { id name } }`,
	},
	{
		name:      "a fact by its ID",
		query:     `{ node(id: "` + string(usSupports.ID) + `") { ... on Fact { subject { id } object { id } } } }`,
		withNames: `{ node(id: "` + string(usSupports.ID) + `") { ... on Fact { subject { id name } object { id name } } } }`,
	},
}

// TestIDOnlyReadsNoEntity checks that an entity reached through a fact
// and asked for its id alone is not read from the store, and that the
// same query asking for more reads it.
func TestIDOnlyReadsNoEntity(t *testing.T) {
	for _, tt := range idOnlyQueries {
		t.Run(tt.name, func(t *testing.T) {
			store := count(fixture(t))
			c := newClient(store, resolvers.ServerOptions{})
			if errs, _ := queryErrors(t, c, tt.query, tt.vars...); len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			loaded := store.entities()
			for _, id := range tt.named {
				delete(loaded, id)
			}
			if len(loaded) > 0 {
				t.Errorf("read entities %v, want none but those the arguments name %v (store calls %v)", loaded, tt.named, store.counts())
			}

			// the control: asking for names reads the entities
			store = count(fixture(t))
			c = newClient(store, resolvers.ServerOptions{})
			if errs, _ := queryErrors(t, c, tt.withNames, tt.namesVars...); len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			loaded = store.entities()
			for _, id := range tt.named {
				delete(loaded, id)
			}
			if len(loaded) == 0 {
				t.Errorf("asking for names read no entity but those the arguments name (store calls %v)", store.counts())
			}
		})
	}
}

// TestIDOnlyAnswers checks that an answer that asks for entities' ids
// alone is the answer that reads them, names left out.
func TestIDOnlyAnswers(t *testing.T) {
	store := fixture(t)
	c := newClient(store, resolvers.ServerOptions{})
	for _, tt := range idOnlyQueries {
		t.Run(tt.name, func(t *testing.T) {
			errs, got := queryErrors(t, c, tt.query, tt.vars...)
			if len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			errs, want := queryErrors(t, c, tt.withNames, tt.namesVars...)
			if len(errs) > 0 {
				t.Fatalf("got errors %+v", errs)
			}
			want = withoutKey(want, "name")
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			if string(g) != string(w) {
				t.Errorf("answer\n%s\nwant (the answer that reads the entities, names left out)\n%s", g, w)
			}
			if n := countKey(got, "id"); n < 2 {
				t.Errorf("answer %s has %d ids, want several", g, n)
			}
		})
	}

	// the answer as written, byte for byte
	h := resolvers.NewServer(&resolvers.Resolver{Entities: store, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{})
	req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query",
		strings.NewReader(`{"query": "{ supporters(initiative: \"initiative/paris-call\", asOf: \"2019-01-01\") { subject { __typename id } object { id } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	const want = `{"data":{"supporters":[` +
		`{"subject":{"__typename":"Entity","id":"company/microsoft"},"object":{"id":"initiative/paris-call"}},` +
		`{"subject":{"__typename":"Entity","id":"organization/eu"},"object":{"id":"initiative/paris-call"}},` +
		`{"subject":{"__typename":"Entity","id":"state/de"},"object":{"id":"initiative/paris-call"}},` +
		`{"subject":{"__typename":"Entity","id":"state/fr"},"object":{"id":"initiative/paris-call"}}]}}`
	if got := w.Body.String(); got != want {
		t.Errorf("answer\n%s\nwant\n%s", got, want)
	}
}

// TestEntityByNameIDOnlyBesideWhole checks that an entity found by name
// and asked for its id alone, which is not read, does not stand for the
// whole entity in another field of the same request that asks for more.
func TestEntityByNameIDOnlyBesideWhole(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	for _, q := range []string{
		`{ a: entity(name: "Germany") { id } b: entity(name: "Allemagne") { id name aliases } c: entity(id: "state/de") { name } }`,
		`{ c: entity(id: "state/de") { name } b: entity(name: "Allemagne") { id name aliases } a: entity(name: "Germany") { id } }`,
	} {
		errs, got := queryErrors(t, c, q)
		if len(errs) > 0 {
			t.Fatalf("got errors %+v", errs)
		}
		g, _ := json.Marshal(got)
		for _, want := range []string{`"a":{"id":"state/de"}`, `"b":{"aliases":["Germany"],"id":"state/de","name":"Allemagne"}`, `"c":{"name":"Allemagne"}`} {
			if !strings.Contains(string(g), want) {
				t.Errorf("%s: answer %s, want %s in it", q, g, want)
			}
		}
	}
}

// withoutKey returns v, decoded JSON, without the members named key of
// its objects, at every depth.
func withoutKey(v any, key string) any {
	switch v := v.(type) {
	case map[string]any:
		out := maps.Clone(v)
		delete(out, key)
		for k, x := range out {
			out[k] = withoutKey(x, key)
		}
		return out
	case []any:
		out := slices.Clone(v)
		for i, x := range out {
			out[i] = withoutKey(x, key)
		}
		return out
	}
	return v
}

// countKey returns the number of members named key in v, decoded JSON.
func countKey(v any, key string) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == key {
				n++
			}
			n += countKey(x, key)
		}
	case []any:
		for _, x := range v {
			n += countKey(x, key)
		}
	}
	return n
}

// TestPlainFactListsAsWritten checks, byte for byte, that lists of facts
// asked for the ids of their subjects and objects alone (which are
// written in one pass) are written as the same lists asked for one more
// field of the fact, negated, written field by field, are once negated
// is taken out: the same fields in the same order, aliases, __typename
// and fragments included.
func TestPlainFactListsAsWritten(t *testing.T) {
	store := fixture(t)
	h := resolvers.NewServer(&resolvers.Resolver{Entities: store, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{})
	negated := regexp.MustCompile(`,"negated":(true|false)\}`)
	for _, tt := range []struct{ name, list, sel string }{
		{"subject id", `supporters(initiative: "initiative/paris-call")`, `subject { id }`},
		{"aliases and __typename", `supporters(initiative: "initiative/paris-call", asOf: "2019-01-01")`, `t: __typename o: object { id } s: subject { __typename id } s2: subject { id }`},
		{"a field asked twice, fragments", `decliners(initiative: "initiative/paris-call", asOf: "2019-01-01")`, `subject { id } ...F subject { ... on Node { id } } fragment F on Fact { object { ... on Entity { id __typename } } }`},
		{"no supporters", `supporters(initiative: "initiative/paris-call", asOf: "1990-01-01")`, `subject { id }`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			post := func(q string) string {
				body, _ := json.Marshal(map[string]string{"query": q})
				req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", strings.NewReader(string(body)))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				return w.Body.String()
			}
			sel, frag, _ := strings.Cut(tt.sel, " fragment ")
			if frag != "" {
				frag = " fragment " + frag
			}
			got := post(`{ ` + tt.list + ` { ` + sel + ` } }` + frag)
			want := negated.ReplaceAllString(post(`{ `+tt.list+` { `+sel+` negated } }`+frag), "}")
			if got != want || !strings.HasPrefix(got, `{"data":`) {
				t.Errorf("answer\n%s\nwant (written field by field)\n%s", got, want)
			}
		})
	}
}
