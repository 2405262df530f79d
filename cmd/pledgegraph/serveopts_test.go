package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestServeOptions checks CORS, the readiness check, the introspection
// switch and automatic persisted queries on the real server.
func TestServeOptions(t *testing.T) {
	base := startServe(t, "--db", "memory", "--seed=false", "--introspection=false", "--cors-origins", "https://dash.example.org")

	t.Run("CORS preflight", func(t *testing.T) {
		for _, tt := range []struct {
			origin string
			allow  string
		}{{"https://dash.example.org", "https://dash.example.org"}, {"https://evil.example.com", ""}} {
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodOptions, base+"/query", nil)
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.allow {
				t.Errorf("origin %s: Access-Control-Allow-Origin %q, want %q", tt.origin, got, tt.allow)
			}
		}
	})
	t.Run("readyz", func(t *testing.T) {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(b)) != "ready" {
			t.Errorf("readyz: %d %q", resp.StatusCode, b)
		}
	})
	t.Run("introspection off", func(t *testing.T) {
		if r := post(t, base+"/query", `{ __schema { queryType { name } } }`, nil); len(r.Errors) == 0 {
			t.Errorf("introspection answered with --introspection=false")
		}
	})
	t.Run("persisted queries", func(t *testing.T) {
		q := `{ documents { totalCount } }`
		sum := sha256.Sum256([]byte(q))
		ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
		get := func(withQuery bool) gqlResponse {
			v := url.Values{"extensions": {ext}}
			if withQuery {
				v.Set("query", q)
			}
			resp, err := http.Get(base + "/query?" + v.Encode())
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var r gqlResponse
			if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
				t.Fatal(err)
			}
			return r
		}
		if r := get(false); len(r.Errors) != 1 || r.Errors[0].Message != "PersistedQueryNotFound" {
			t.Errorf("unknown hash: %+v, want PersistedQueryNotFound", r.Errors)
		}
		if r := get(true); len(r.Errors) != 0 {
			t.Errorf("query with its hash: %+v", r.Errors)
		}
		if r := get(false); len(r.Errors) != 0 || !strings.Contains(string(r.Data), "totalCount") {
			t.Errorf("known hash: %s %+v", r.Data, r.Errors)
		}
	})
}

// TestMetrics checks that /metrics counts requests, operations and errors
// by name and gives the store's size.
func TestMetrics(t *testing.T) {
	base := startServe(t, "--db", "memory")
	post(t, base+"/query", `query Supporters { supporters(initiative: "Paris Call") { id } }`, nil)
	post(t, base+"/query", `query Broken { nope }`, nil)
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`pledgegraph_graphql_operations_total{operation="Supporters",result="ok"} 1`,
		`pledgegraph_graphql_operations_total{operation="anonymous",result="error"} 1`,
		`pledgegraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1`,
		`pledgegraph_graphql_operation_duration_seconds_count{operation="Supporters"} 1`,
		`pledgegraph_http_requests_total{code="200",path="/query"} 2`,
		"# TYPE go_goroutines gauge", "# TYPE process_resident_memory_bytes gauge",
		`pledgegraph_store_size{kind="documents"} 5`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("missing %q in\n%s", want, b)
		}
	}
	// one count of facts: the stats query and /metrics agree
	r := post(t, base+"/query", `{ stats { facts factsStated factsInferred factsReference } }`, nil)
	var got struct {
		Stats struct{ Facts, FactsStated, FactsInferred, FactsReference int }
	}
	if err := json.Unmarshal(r.Data, &got); err != nil {
		t.Fatal(err)
	}
	st := got.Stats
	if st.Facts == 0 || st.Facts != st.FactsStated+st.FactsInferred || st.FactsInferred == 0 || st.FactsReference == 0 {
		t.Errorf("stats = %+v: want facts = stated + inferred, each counted", st)
	}
	for kind, n := range map[string]int{"facts": st.Facts, "facts_stated": st.FactsStated, "facts_inferred": st.FactsInferred, "facts_reference": st.FactsReference} {
		if want := fmt.Sprintf(`pledgegraph_store_size{kind=%q} %d`, kind, n); !strings.Contains(string(b), want) {
			t.Errorf("missing %q (as the stats query counts) in\n%s", want, b)
		}
	}
}
