package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// subscribeSSE posts a graphChanged subscription that accepts
// text/event-stream and returns the answer once its headers are in.
func subscribeSSE(t *testing.T, url string) *http.Response {
	t.Helper()
	body := `{"query": "subscription { graphChanged { seq kind } }"}`
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestSubscriptionLimit starts the server with --max-subscriptions 1:
// a second subscription is refused with code unavailable, over
// Server-Sent Events with status 503 and over a WebSocket with that
// error, and /metrics counts the refusal over Server-Sent Events (gqlgen
// answers the WebSocket one without the response middleware that counts).
func TestSubscriptionLimit(t *testing.T) {
	base := startServe(t, "--db", "memory", "--seed=false", "--max-subscriptions", "1")
	url := base + "/query"
	if resp := subscribeSSE(t, url); resp.StatusCode != http.StatusOK {
		t.Fatalf("the first subscription: status %d", resp.StatusCode)
	}

	t.Run("SSE", func(t *testing.T) {
		resp := subscribeSSE(t, url)
		var r gqlResponse
		b, _ := io.ReadAll(resp.Body)
		json.Unmarshal(b, &r)
		if resp.StatusCode != http.StatusServiceUnavailable || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "unavailable" {
			t.Errorf("a second subscription: %d %s, want 503 with code unavailable", resp.StatusCode, b)
		}
	})
	t.Run("WebSocket", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		defer cancel()
		c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err != nil {
			t.Fatal(err)
		}
		defer c.CloseNow()
		wsjson.Write(ctx, c, map[string]any{"type": "connection_init"})
		wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": "subscription { graphChanged { seq } }"}})
		for {
			var m struct {
				Type    string
				Payload json.RawMessage
			}
			if err := wsjson.Read(ctx, c, &m); err != nil {
				t.Fatalf("no refusal: %v", err)
			}
			if m.Type == "next" || m.Type == "error" {
				if !strings.Contains(string(m.Payload), `"code":"unavailable"`) {
					t.Errorf("a second subscription over a WebSocket: %s %s, want code unavailable", m.Type, m.Payload)
				}
				return
			}
		}
	})
	t.Run("metrics", func(t *testing.T) {
		resp, err := http.Get(base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{`pledgegraph_graphql_errors_total{code="unavailable"} 1`, `pledgegraph_http_requests_total{code="503",path="/query"} 1`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("/metrics lacks %q", want)
			}
		}
	})
}

// TestMaxSubscriptionsFlag checks that --max-subscriptions 0 is refused.
func TestMaxSubscriptionsFlag(t *testing.T) {
	_, failed := tryServe(t, "--db", "memory", "--seed=false", "--max-subscriptions", "0")
	if !strings.Contains(failed, "exit 2") || !strings.Contains(failed, "--max-subscriptions") {
		t.Errorf("--max-subscriptions 0: %q, want a usage error", failed)
	}
}
