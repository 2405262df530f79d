package resolvers

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pledgegraph/pledgegraph/resolvers/generated"
)

// TestWriteResponse checks that writeResponse writes what json.Marshal
// writes, whether or not it writes the data as it is.
func TestWriteResponse(t *testing.T) {
	yes := true
	for _, tt := range []struct {
		name    string
		resp    graphql.Response
		compact bool // json.Marshal writes the data as it is
	}{
		{"a list of ids", graphql.Response{Data: json.RawMessage(`{"supporters":[{"subject":{"id":"state/fr"}},{"subject":{"id":"state/de"}}]}`)}, true},
		{"escapes and non-ASCII in strings", graphql.Response{Data: json.RawMessage(`{"q":"« l\"Appel » \\ d’Emmanuel","n":null}`)}, true},
		{"space in a string", graphql.Response{Data: json.RawMessage(`{"name":"Paris Call"}`)}, true},
		{"space between values", graphql.Response{Data: json.RawMessage(`{"a": 1, "b":[1, 2]}`)}, false},
		{"a newline between values", graphql.Response{Data: json.RawMessage("{\"a\":1\n}")}, false},
		{"characters json.Marshal escapes", graphql.Response{Data: json.RawMessage(`{"q":"a < b & c > d"}`)}, false},
		{"U+2028", graphql.Response{Data: json.RawMessage("{\"q\":\"a\u2028b\u2029\"}")}, false},
		{"null data", graphql.Response{}, false},
		{"errors", graphql.Response{Data: json.RawMessage(`{"a":1}`), Errors: gqlerror.List{{Message: "wrong"}}}, true},
		{"extensions", graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"seq": 3}}, true},
		{"hasNext", graphql.Response{Data: json.RawMessage(`{"a":1}`), HasNext: &yes}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(&tt.resp)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			writeResponse(&got, &tt.resp)
			if got.String() != string(want) {
				t.Errorf("writeResponse wrote\n%s\nwant (json.Marshal)\n%s", got.String(), want)
			}
			if tt.resp.Data != nil && compactJSON(tt.resp.Data) != tt.compact {
				t.Errorf("compactJSON = %v, want %v", !tt.compact, tt.compact)
			}
		})
	}
}

// TestPostTransportAnswersAsPOST checks that postTransport answers as
// gqlgen's POST transport does: same status, content type and body, for
// answers it writes itself and for those it leaves to gqlgen.
func TestPostTransportAnswersAsPOST(t *testing.T) {
	server := func(post graphql.Transport) http.Handler {
		srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}))
		srv.AddTransport(post)
		return srv
	}
	ours, gqlgen := server(postTransport{}), server(transport.POST{})
	for _, tt := range []struct {
		name, accept, body string
		limit              int64 // bytes of the body that can be read, when not 0
	}{
		{"typename", "", `{"query":"{ __typename }"}`, 0},
		{"introspection", "application/json", `{"query":"{ __schema { queryType { name } } }"}`, 0},
		{"variables and an operation name", "", `{"query":"query Q($d: Boolean!) { __typename @include(if: $d) }","operationName":"Q","variables":{"d":true}}`, 0},
		{"graphql-response+json", "application/graphql-response+json", `{"query":"{ __typename }"}`, 0},
		{"a syntax error", "", `{"query":"{ __typename "}`, 0},
		{"an unknown field", "", `{"query":"{ nope }"}`, 0},
		{"a missing variable", "", `{"query":"query($d: Boolean!) { __typename @include(if: $d) }"}`, 0},
		{"a body that is not JSON", "", `{"query":`, 0},
		{"an empty body", "", ``, 0},
		{"a body too long", "", `{"query":"{ __typename }"}`, 10},
	} {
		t.Run(tt.name, func(t *testing.T) {
			answer := func(h http.Handler) *httptest.ResponseRecorder {
				req := httptest.NewRequestWithContext(t.Context(), http.MethodPost, "/query", strings.NewReader(tt.body))
				if tt.limit > 0 {
					req.Body = http.MaxBytesReader(httptest.NewRecorder(), req.Body, tt.limit)
				}
				req.Header.Set("Content-Type", "application/json")
				if tt.accept != "" {
					req.Header.Set("Accept", tt.accept)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				return w
			}
			got, want := answer(ours), answer(gqlgen)
			if tt.body == "" && got.Code == http.StatusOK {
				t.Errorf("an empty body answered with status 200")
			}
			if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") || got.Body.String() != want.Body.String() {
				t.Errorf("answer %d %s %s\nwant (gqlgen's POST) %d %s %s", got.Code, got.Header().Get("Content-Type"), got.Body, want.Code, want.Header().Get("Content-Type"), want.Body)
			}
		})
	}
}
