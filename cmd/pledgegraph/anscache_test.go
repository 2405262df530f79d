package main

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph/graph"
)

// TestServeAnswerCache asks the server the same question before and after
// writes, to check how serve wires the answer cache (resolvers.AnswerCache)
// to the store's generation and the write token: a repeated question is
// answered from the cache, a write makes the next answer fresh and right,
// and mutations and no-cache requests never come from it.
func TestServeAnswerCache(t *testing.T) {
	store, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(newHandler(store, slog.New(slog.NewTextHandler(io.Discard, nil)), handlerOptions{writeToken: testToken}))
	defer srv.Close()
	url := srv.URL + "/query"
	ask := func(body, token, cacheControl string) (string, string) {
		t.Helper()
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if cacheControl != "" {
			req.Header.Set("Cache-Control", cacheControl)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		return resp.Header.Get("X-Cache"), string(raw)
	}
	ingest := func(name, text string) {
		t.Helper()
		var a ingestAnswer
		r := mutate(t, url, testToken, ingestMutation, map[string]any{"in": map[string]any{"name": name, "text": text, "published": "2019-05-02"}}, &a)
		if len(r.Errors) > 0 {
			t.Fatalf("ingest %s: %v", name, r.Errors)
		}
	}
	const question = `{"query":"{ supporters(initiative: \"Appel de Paris\") { subject { name } } }"}`
	ingest("norvege.txt", "Le 2 mai 2019, la Norvège a rejoint l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.")

	first, body1 := ask(question, "", "")
	again, body2 := ask(question, "", "")
	if first != "miss" || again != "hit" || body1 != body2 {
		t.Fatalf("asked twice: %s then %s, answers equal: %v", first, again, body1 == body2)
	}
	if !strings.Contains(body1, "Norvège") {
		t.Fatalf("answer %s", body1)
	}
	// the same body without its Content-Type is refused, not answered
	// from the cache
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, url, strings.NewReader(question))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode < 400 || resp.StatusCode > 499 || resp.Header.Get("X-Cache") == "hit" {
		t.Errorf("POST without Content-Type: status %d, X-Cache %q", resp.StatusCode, resp.Header.Get("X-Cache"))
	}
	if c, _ := ask(question, "", "no-cache"); c != "" && c != "miss" {
		t.Errorf("Cache-Control: no-cache answered with X-Cache %q", c)
	}

	ingest("suede.txt", "Le 3 mai 2019, la Suède a rejoint l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.")
	after, body3 := ask(question, "", "")
	if after != "miss" || !strings.Contains(body3, "Suède") {
		t.Errorf("after a write: X-Cache %q, answer %s", after, body3)
	}

	// a mutation without the token fails and is never kept
	mutation := `{"query":"mutation { removeDocument(name: \"suede.txt\") { removedFacts } }"}`
	for range 2 {
		if c, body := ask(mutation, "", ""); c == "hit" || !bytes.Contains([]byte(body), []byte("errors")) {
			t.Errorf("a refused mutation: X-Cache %q, answer %s", c, body)
		}
	}
	// the same mutation with the token runs, and the question changes
	if c, body := ask(mutation, testToken, ""); c == "hit" || strings.Contains(body, "errors") {
		t.Errorf("a mutation with the token: X-Cache %q, answer %s", c, body)
	}
	if c, body := ask(question, "", ""); c != "miss" || strings.Contains(body, "Suède") {
		t.Errorf("after a removal: X-Cache %q, answer %s", c, body)
	}
}
