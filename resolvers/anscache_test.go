package resolvers_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph/resolvers"
)

// TestAnswerCache runs requests through the cache in front of a handler
// that counts what it answers: which requests are answered from the cache
// (X-Cache: hit, the handler not called), which afresh and not kept, and
// what a new generation of the store does.
func TestAnswerCache(t *testing.T) {
	gen, exclusive := uint64(1), true
	calls := 0
	var replayed []string
	c := resolvers.NewAnswerCache(resolvers.AnswerCacheOptions{
		Generation: func() (uint64, bool) { return gen, exclusive },
		Operation:  func(context.Context) string { return "Q" },
		Replayed:   func(_ context.Context, op string) { replayed = append(replayed, op) },
	})
	h := c.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.Contains(string(body), "fail"):
			w.Write([]byte(`{"errors":[{"message":"no"}]}`))
		case strings.Contains(string(body), "refuse"):
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"data":null}`))
		default:
			fmt.Fprintf(w, `{"data":{"n":%d}}`, calls)
		}
	}))
	type request struct {
		method, body string
		header       map[string]string
		write        bool // with the write token
	}
	ask := func(q request) (xcache, body string) {
		req := httptest.NewRequestWithContext(t.Context(), q.method, "/query", strings.NewReader(q.body))
		for k, v := range q.header {
			req.Header.Set(k, v)
		}
		if q.write {
			req = req.WithContext(resolvers.WithWriteAccess(req.Context()))
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Header().Get("X-Cache"), rec.Body.String()
	}
	question := request{method: http.MethodPost, body: `{"query":"{ n }"}`, header: map[string]string{"Content-Type": "application/json"}}
	tests := []struct {
		name     string
		before   func()
		req      request
		xcache   string
		answered bool // by the handler
	}{
		{"first time", nil, question, "miss", true},
		{"again", nil, question, "hit", false},
		{"other Accept", nil, request{http.MethodPost, question.body, map[string]string{"Content-Type": "application/json", "Accept": "application/graphql-response+json"}, false}, "miss", true},
		{"other Content-Type", nil, request{http.MethodPost, question.body, nil, false}, "miss", true},
		{"no-cache", nil, request{http.MethodPost, question.body, map[string]string{"Content-Type": "application/json", "Cache-Control": "no-cache"}, false}, "", true},
		{"with the write token", nil, request{question.method, question.body, question.header, true}, "", true},
		{"event stream", nil, request{http.MethodPost, question.body, map[string]string{"Content-Type": "application/json", "Accept": "text/event-stream"}, false}, "", true},
		{"other method", nil, request{http.MethodPut, question.body, question.header, false}, "", true},
		{"errors are not kept", nil, request{http.MethodPost, `{"query":"fail"}`, question.header, false}, "miss", true},
		{"errors again", nil, request{http.MethodPost, `{"query":"fail"}`, question.header, false}, "miss", true},
		{"status 400 is not kept", nil, request{http.MethodPost, `{"query":"refuse"}`, question.header, false}, "miss", true},
		{"status 400 again", nil, request{http.MethodPost, `{"query":"refuse"}`, question.header, false}, "miss", true},
		{"after a write", func() { gen++ }, question, "miss", true},
		{"again after the write", nil, question, "hit", false},
		{"a store others write", func() { exclusive = false }, question, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			before := calls
			xcache, body := ask(tt.req)
			if xcache != tt.xcache || (calls > before) != tt.answered {
				t.Errorf("X-Cache %q, answered by the handler: %v (%s); want %q, %v", xcache, calls > before, body, tt.xcache, tt.answered)
			}
		})
	}
	if strings.Join(replayed, " ") != "Q Q" {
		t.Errorf("Replayed told %q, want the operation of each hit", replayed)
	}
}
