package resolvers_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph/resolvers"
)

// TestHTTPHandler checks the status and body of answers to requests that
// fail before execution, for each media type a client may accept.
func TestHTTPHandler(t *testing.T) {
	store := fixture()
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
