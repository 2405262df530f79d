package resolvers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/mock"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

// TestHTTPHandler checks the status and body of answers to requests that
// fail before execution, for each media type a client may accept.
func TestHTTPHandler(t *testing.T) {
	store := fixture(t)
	h := resolvers.HTTPHandler(resolvers.NewServer(&resolvers.Resolver{Entities: store, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{}))
	tests := []struct {
		name, accept, query string
		status              int
		data                bool // whether the answer has a data entry
	}{
		{"parse error, json", "application/json", `{ entity(`, http.StatusOK, true},
		{"parse error, graphql-response", "application/graphql-response+json", `{ entity(`, http.StatusBadRequest, false},
		{"validation error, json", "application/json", `{ nope }`, http.StatusOK, true},
		{"validation error, graphql-response", "application/graphql-response+json", `{ nope }`, http.StatusBadRequest, false},
		{"limit, graphql-response", "application/graphql-response+json", "{" + strings.Repeat(" __typename", 500) + " }", http.StatusBadRequest, false},
		{"no Accept", "", `{ nope }`, http.StatusOK, true},
		{"success, graphql-response", "application/graphql-response+json", `{ entity(name: "USA") { id } }`, http.StatusOK, true},
		{"resolver error, graphql-response", "application/graphql-response+json", `{ stance(entity: "nobody", initiative: "Paris Call") { value } }`, http.StatusOK, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"query": tt.query})
			req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			if tt.accept != "" {
				req.Header.Set("Accept", tt.accept)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			var m map[string]json.RawMessage
			if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil {
				t.Fatalf("answer %s: %v", w.Body, err)
			}
			_, hasData := m["data"]
			if w.Code != tt.status || hasData != tt.data {
				t.Errorf("got %d with data %v (%s), want %d with data %v", w.Code, hasData, w.Body, tt.status, tt.data)
			}
		})
	}
}

// TestHTTPHandlerDecodeError checks that a body that is not JSON is
// answered with where it goes wrong and a short excerpt, never with the
// whole body.
func TestHTTPHandlerDecodeError(t *testing.T) {
	store := fixture(t)
	h := resolvers.HTTPHandler(resolvers.NewServer(&resolvers.Resolver{Entities: store, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{}))
	tests := []struct {
		name, body, want string
	}{
		{"not a value", `{"query": "{ stats { documents } }", "variables": ` + strings.Repeat("x", 900_000) + `}`, "at byte 51, near"},
		{"cut short", `{"query": "{ stats { documents } }"`, "unexpected end of JSON input"},
		{"not an object", `[1, 2]`, "not a GraphQL request"},
		{"not UTF-8", "{\"query\": \"mutation { ingestDocument(input: {name: \\\"a.txt\\\", text: \\\"caf\xe9\\\"}) { status } }\"}", "not UTF-8 (byte 73)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			var m struct {
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil || len(m.Errors) != 1 {
				t.Fatalf("answer %.300s: %v", w.Body, err)
			}
			if w.Code != http.StatusBadRequest || !strings.Contains(m.Errors[0].Message, tt.want) || m.Errors[0].Extensions["code"] != "invalid" {
				t.Errorf("got %d %+v, want 400, code invalid and a message with %q", w.Code, m.Errors[0], tt.want)
			}
			if w.Body.Len() > 300 {
				t.Errorf("the answer has %d bytes: it quotes more than an excerpt", w.Body.Len())
			}
		})
	}
}

// TestHTTPHandlerUnavailable checks that an answer whose store cannot be
// reached has status 503 and says when to try again.
func TestHTTPHandlerUnavailable(t *testing.T) {
	store := fixture(t)
	down := &mock.EntityService{FindEntityByNameFn: func(context.Context, string) (*pledgegraph.Entity, error) {
		return nil, fmt.Errorf("graph: read: %w", pledgegraph.Errorf(pledgegraph.EUNAVAILABLE, "the store's server cannot be reached; try again later"))
	}}
	h := resolvers.HTTPHandler(resolvers.NewServer(&resolvers.Resolver{Entities: down, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{}))
	for _, accept := range []string{"application/json", "application/graphql-response+json"} {
		req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", strings.NewReader(`{"query": "{ entity(name: \"USA\") { id } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), `"code":"unavailable"`) {
			t.Errorf("%s: got %d, Retry-After %q, %s; want 503 with Retry-After and code unavailable", accept, w.Code, w.Header().Get("Retry-After"), w.Body)
		}
	}
}
