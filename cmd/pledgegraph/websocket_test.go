package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pledgegraph/pledgegraph/graph"
)

// TestWebSocket speaks graphql-transport-ws, as GraphiQL does: a
// subscription to graphChanged receives the change a mutation sent over
// the same WebSocket makes (the write token shown in connection_init), a
// wrong token is refused, and a page of another origin cannot connect.
func TestWebSocket(t *testing.T) {
	base := startServe(t, "--db", "memory", "--seed=false", "--write-token", testToken)
	wsURL := "ws" + strings.TrimPrefix(base, "http") + "/query"
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()

	dial := func(h http.Header, payload map[string]any) (*websocket.Conn, map[string]any) {
		c, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.CloseNow() })
		if err := wsjson.Write(ctx, c, map[string]any{"type": "connection_init", "payload": payload}); err != nil {
			t.Fatal(err)
		}
		var ack map[string]any
		if err := wsjson.Read(ctx, c, &ack); err != nil {
			return c, map[string]any{"error": err.Error()}
		}
		return c, ack
	}

	c, ack := dial(nil, map[string]any{"Authorization": "Bearer " + testToken})
	if ack["type"] != "connection_ack" {
		t.Fatalf("connection_init answered %v, want connection_ack", ack)
	}
	send := func(id, query string, vars map[string]any) {
		t.Helper()
		msg := map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}}
		if err := wsjson.Write(ctx, c, msg); err != nil {
			t.Fatal(err)
		}
	}
	// after: 0 (before the first change of this server) sends the change
	// even if the mutation, on the same WebSocket, runs first
	send("1", "subscription { graphChanged(after: 0) { seq kind document } }", nil)
	text := "Le 12 novembre 2018, la France a signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace."
	send("2", ingestMutation, map[string]any{"in": map[string]any{"name": "ws.txt", "text": text}})
	got := map[string]string{}
	for len(got) < 2 {
		var m struct {
			ID      string
			Type    string
			Payload json.RawMessage
		}
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatalf("reading the WebSocket: %v (got %v)", err, got)
		}
		if m.Type == "next" {
			got[m.ID] = string(m.Payload)
		}
	}
	if !strings.Contains(got["2"], `"status":"CREATED"`) {
		t.Errorf("the mutation over the WebSocket answered %s", got["2"])
	}
	if !strings.Contains(got["1"], `"seq":1,"kind":"DOCUMENT_ADDED","document":"ws.txt"`) {
		t.Errorf("the subscription received %s, want the new document", got["1"])
	}

	if _, ack := dial(nil, map[string]any{"Authorization": "Bearer wrong-token-wrong-token"}); ack["type"] == "connection_ack" {
		t.Errorf("a wrong token was acknowledged")
	}
	_, resp, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   http.Header{"Origin": {"http://elsewhere.example"}},
	})
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("a WebSocket from another origin: %v %v, want 403", resp, err)
	}
}

// TestLogLimiter checks that wrong tokens sent in a loop give one log
// line per interval, each counting what happened since the last.
func TestLogLimiter(t *testing.T) {
	var buf strings.Builder
	l := &logLimiter{log: slog.New(slog.NewTextHandler(&buf, nil)), every: 200 * time.Millisecond, msg: "requests sent a wrong write token"}
	for range 100 {
		l.warn(t.Context())
	}
	if got := strings.Count(buf.String(), "wrong write token"); got != 1 || !strings.Contains(buf.String(), "count=1") {
		t.Fatalf("100 warnings at once logged:\n%s\nwant one line, count=1", buf.String())
	}
	time.Sleep(250 * time.Millisecond)
	l.warn(t.Context())
	if got := strings.Count(buf.String(), "wrong write token"); got != 2 || !strings.Contains(buf.String(), "count=100") {
		t.Errorf("after the interval the log holds:\n%s\nwant a second line with count=100", buf.String())
	}
}

// accessLogQueries are GraphQL requests to /query and the operation
// name their access-log lines carry: what the body or URL names, the one
// operation of a query that names it, none for an anonymous query. The
// second of two equal requests is answered from the answer cache.
var accessLogQueries = []struct {
	method, query, body, operation string
	cached                         bool
}{
	{http.MethodPost, "", `{"query":"query Totals { stats { documents } }"}`, "Totals", false},
	{http.MethodPost, "", `{"query":"query Totals { stats { documents } }"}`, "Totals", true},
	{http.MethodPost, "", `{"query":"query A { stats { documents } } query B { stats { entities } }","operationName":"B"}`, "B", false},
	{http.MethodGet, "?query=query+Named+%7B+stats+%7B+facts+%7D+%7D", "", "Named", false},
	{http.MethodPost, "", `{"query":"{ stats { documents } }"}`, "", false},
}

// sendAccessLogQueries sends accessLogQueries to base.
func sendAccessLogQueries(t *testing.T, base string) {
	t.Helper()
	for _, q := range accessLogQueries {
		req, err := http.NewRequestWithContext(t.Context(), q.method, base+"/query"+q.query, strings.NewReader(q.body))
		if err != nil {
			t.Fatal(err)
		}
		if q.body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
			t.Fatalf("%s /query%s %s: %d %s", q.method, q.query, q.body, resp.StatusCode, raw)
		}
		if hit := resp.Header.Get("X-Cache") == "hit"; hit != q.cached {
			t.Fatalf("%s /query%s %s: X-Cache %q, want a hit: %v", q.method, q.query, q.body, resp.Header.Get("X-Cache"), q.cached)
		}
	}
}

// TestAccessLogJSON checks that serve --log-format json leaves one JSON
// object a request with method, path, status, duration, bytes and the
// name of the GraphQL operation.
func TestAccessLogJSON(t *testing.T) {
	errs := &syncWriter{w: &bytes.Buffer{}}
	base, failed := tryServeLog(t, errs, "--db", "memory", "--seed=false", "--log-format", "json")
	if failed != "" {
		t.Fatalf("serve exited before answering: %s", failed)
	}
	sendAccessLogQueries(t, base)
	type line struct {
		Msg, Method, Path, Operation string
		Status                       int
		Duration, Bytes              *int64
	}
	var queries []line
	for l := range strings.Lines(errs.String()) {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("serve --log-format json wrote a line that is not JSON: %q", l)
		}
		if v.Msg == "request" && v.Path == "/query" {
			queries = append(queries, v)
		}
	}
	if len(queries) != len(accessLogQueries) {
		t.Fatalf("%d access-log lines for %d requests to /query:\n%s", len(queries), len(accessLogQueries), errs.String())
	}
	for i, q := range accessLogQueries {
		got := queries[i]
		if got.Method != q.method || got.Status != http.StatusOK || got.Duration == nil || *got.Duration <= 0 ||
			got.Bytes == nil || *got.Bytes <= 0 || got.Operation != q.operation {
			t.Errorf("access log of %s /query%s %s = %+v, want method %s, status 200, duration, bytes and operation %q",
				q.method, q.query, q.body, got, q.method, q.operation)
		}
	}
}

// TestAccessLog checks that every request leaves one log line with its
// method, path, status, duration and size, and the name of its GraphQL
// operation.
func TestAccessLog(t *testing.T) {
	store, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	buf := &syncWriter{w: &bytes.Buffer{}}
	srv := httptest.NewServer(newHandler(store, slog.New(slog.NewTextHandler(buf, nil)), handlerOptions{}))
	defer srv.Close()
	for _, p := range []string{"/healthz", "/nowhere"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	sendAccessLogQueries(t, srv.URL)
	log := buf.String()
	for _, want := range []string{"method=GET path=/healthz status=200", "bytes=3", "path=/nowhere status=404", "duration=",
		"method=POST path=/query status=200", "operation=Totals", "operation=B", "operation=Named"} {
		if !strings.Contains(log, want) {
			t.Errorf("the access log lacks %q:\n%s", want, log)
		}
	}
	if n, want := strings.Count(log, "msg=request"), 2+len(accessLogQueries); n != want {
		t.Errorf("%d access log lines for %d requests:\n%s", n, want, log)
	}
	if n := strings.Count(log, "operation="); n != len(accessLogQueries)-1 {
		t.Errorf("%d access log lines name an operation, want %d (all but the anonymous query):\n%s", n, len(accessLogQueries)-1, log)
	}
}
