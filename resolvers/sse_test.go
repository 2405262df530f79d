package resolvers_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pledgegraph/pledgegraph/resolvers"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

const changesQuery = `subscription { graphChanged { seq kind document } }`

// sseServer serves the fixture over HTTP, with a broker of copts, and
// returns its URL and the broker. The server closes when the test ends.
func sseServer(t *testing.T, copts resolvers.ChangesOptions, opts resolvers.ServerOptions) (string, *resolvers.Changes) {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = discardLogger()
	}
	store := fixture(t)
	changes := resolvers.NewChanges(copts)
	r := &resolvers.Resolver{Entities: store, Facts: store, Documents: store, Changes: changes}
	srv := httptest.NewServer(resolvers.NewServer(r, opts))
	t.Cleanup(srv.Close)
	return srv.URL, changes
}

// publish publishes n changes named doc-SEQ.
func publish(changes *resolvers.Changes, n int) {
	for range n {
		changes.Publish(&model.GraphChange{Kind: model.ChangeKindDocumentAdded, Document: fmt.Sprintf("doc-%d", changes.Last()+1)})
	}
}

// sseRequest returns a POST of query that accepts text/event-stream.
func sseRequest(ctx context.Context, url, query string, header http.Header) *http.Request {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	return req
}

// sseStream reads the messages of a text/event-stream.
type sseStream struct {
	sc    *bufio.Scanner
	close func()
}

// sseMessage is a message of a stream: an event, or a comment.
type sseMessage struct {
	event, id, data string
	comment         string // the text of a comment line, "" for the one that opens a stream
	isComment       bool
}

// openSSE posts a subscription and returns its stream once the answer's
// headers are in: the subscription is then registered, so that every
// change published after is sent. It fails the test unless the status is
// 200. The stream closes when the test ends.
func openSSE(t *testing.T, client *http.Client, url, query string, header http.Header) *sseStream {
	t.Helper()
	s, err := dialSSE(t.Context(), client, url, query, header)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.close)
	return s
}

// dialSSE is openSSE for any goroutine: it returns an error rather than
// fail the test, and the caller closes the stream.
func dialSSE(ctx context.Context, client *http.Client, url, query string, header http.Header) (*sseStream, error) {
	ctx, cancel := context.WithCancel(ctx)
	resp, err := client.Do(sseRequest(ctx, url, query, header))
	if err != nil {
		cancel()
		return nil, fmt.Errorf("subscribe: %w", err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		b, _ := io.ReadAll(resp.Body)
		cancel()
		return nil, fmt.Errorf("subscribe: status %d, %s: %s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 4<<10), 1<<20)
	return &sseStream{sc: sc, close: func() { cancel(); resp.Body.Close() }}, nil
}

// next returns the next message of the stream.
func (s *sseStream) next() (sseMessage, error) {
	var m sseMessage
	lines := 0
	for s.sc.Scan() {
		line := s.sc.Text()
		if line == "" {
			if lines > 0 {
				return m, nil
			}
			continue
		}
		lines++
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "":
			m.isComment, m.comment = true, value
		case "event":
			m.event = value
		case "id":
			m.id = value
		case "data":
			m.data = value
		}
	}
	if err := s.sc.Err(); err != nil {
		return m, err
	}
	return m, io.EOF
}

// nextEvent returns the next event of the stream, skipping comments.
func (s *sseStream) nextEvent() (sseMessage, error) {
	for {
		m, err := s.next()
		if err != nil || !m.isComment {
			return m, err
		}
	}
}

// change decodes the graphChanged of an event.
func change(t *testing.T, m sseMessage) model.GraphChange {
	t.Helper()
	var resp struct {
		Data struct {
			GraphChanged model.GraphChange `json:"graphChanged"`
		} `json:"data"`
		Errors []gqlError `json:"errors"`
	}
	if err := json.Unmarshal([]byte(m.data), &resp); err != nil || len(resp.Errors) > 0 {
		t.Fatalf("event %q: %v %+v", m.data, err, resp.Errors)
	}
	return resp.Data.GraphChanged
}

// TestSSEEvents checks the events of graphChanged over Server-Sent
// Events: each has its seq as its id, a client resumes with
// Last-Event-ID or after, and a silent stream gets keep-alive comments.
func TestSSEEvents(t *testing.T) {
	url, changes := sseServer(t, resolvers.ChangesOptions{}, resolvers.ServerOptions{SSE: resolvers.SSEOptions{KeepAlive: 100 * time.Millisecond}})
	s := openSSE(t, http.DefaultClient, url, changesQuery, nil)
	publish(changes, 3)
	for want := 1; want <= 3; want++ {
		m, err := s.nextEvent()
		if err != nil {
			t.Fatal(err)
		}
		if g := change(t, m); m.event != "next" || m.id != strconv.Itoa(want) || g.Seq != want || g.Document != fmt.Sprintf("doc-%d", want) {
			t.Errorf("event %q id %q: %+v, want change %d", m.event, m.id, g, want)
		}
	}
	t.Run("keep-alive", func(t *testing.T) {
		start := time.Now()
		m, err := s.next()
		if err != nil || !m.isComment || m.comment != "keep-alive" {
			t.Errorf("after a silence: %+v %v, want the comment keep-alive", m, err)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("the keep-alive came after %v, want about 100ms", took)
		}
	})
	t.Run("resume", func(t *testing.T) {
		tests := []struct {
			name, lastEventID, after string
			want                     string // seqs sent before change 4
		}{
			{"Last-Event-ID", "1", "", "2 3"},
			{"Last-Event-ID at the latest", "3", "", ""},
			{"Last-Event-ID out of the backlog", "0", "", "R1 2 3"},
			{"after wins over Last-Event-ID", "1", "2", "3"},
			{"Last-Event-ID not a seq", "abc", "", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				url, changes := sseServer(t, resolvers.ChangesOptions{Backlog: 2}, resolvers.ServerOptions{})
				publish(changes, 3)
				q := changesQuery
				if tt.after != "" {
					q = `subscription { graphChanged(after: ` + tt.after + `) { seq kind document } }`
				}
				s := openSSE(t, http.DefaultClient, url, q, http.Header{"Last-Event-Id": {tt.lastEventID}})
				read := func() string {
					m, err := s.nextEvent()
					if err != nil {
						t.Fatal(err)
					}
					g := change(t, m)
					if m.id != strconv.Itoa(g.Seq) {
						t.Errorf("event id %q for change %d", m.id, g.Seq)
					}
					return map[bool]string{true: "R"}[g.Kind == model.ChangeKindResync] + m.id
				}
				var got []string
				for range strings.Fields(tt.want) {
					got = append(got, read())
				}
				if strings.Join(got, " ") != tt.want {
					t.Errorf("resumed with %v, want %q", got, tt.want)
				}
				publish(changes, 1)
				if next := read(); next != "4" {
					t.Errorf("then %s, want 4", next)
				}
			})
		}
	})
	t.Run("query", func(t *testing.T) {
		s := openSSE(t, http.DefaultClient, url, `{ documents { totalCount } }`, nil)
		m, err := s.nextEvent()
		if err != nil || m.event != "next" || m.id != "" || !strings.Contains(m.data, `"totalCount":3`) {
			t.Errorf("a query over SSE: %+v %v, want its answer with no id", m, err)
		}
		if m, err := s.nextEvent(); err != nil || m.event != "complete" {
			t.Errorf("then %+v %v, want complete", m, err)
		}
	})
}

// syncBuffer is a buffer that goroutines write to at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// stalledClient subscribes over a bare TCP connection with a small
// receive buffer, reads the answer's headers, and then reads no more.
func stalledClient(t *testing.T, url string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.(*net.TCPConn).SetReadBuffer(4096)
	req := sseRequest(t.Context(), url, changesQuery, nil)
	if err := req.Write(conn); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReaderSize(conn, 16), req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("stalled client: %v %v", resp, err)
	}
	return conn
}

// TestSSEDropsStalledClient checks that a client that stops reading is
// dropped within the write deadline once the socket buffers are full,
// and its subscription ends, while a client that reads gets everything.
func TestSSEDropsStalledClient(t *testing.T) {
	const timeout = 300 * time.Millisecond
	logs := &syncBuffer{}
	url, changes := sseServer(t, resolvers.ChangesOptions{Backlog: 64}, resolvers.ServerOptions{
		Logger: slog.New(slog.NewTextHandler(logs, nil)),
		SSE:    resolvers.SSEOptions{WriteTimeout: timeout},
	})
	reader := openSSE(t, http.DefaultClient, url, changesQuery, nil)
	stalledClient(t, url)
	if n := changes.Subscriptions(); n != 2 {
		t.Fatalf("%d subscriptions, want 2", n)
	}

	// 200 changes of 64 KiB: more than the socket buffers of the stalled
	// client hold
	const n = 200
	got := make(chan []string, 1)
	go func() {
		var seqs []string
		for {
			m, err := reader.nextEvent()
			if err != nil {
				break
			}
			g := change(t, m)
			seqs = append(seqs, fmt.Sprintf("%s%d", map[bool]string{true: "R"}[g.Kind == model.ChangeKindResync], g.Seq))
			if g.Seq == n {
				break
			}
		}
		got <- seqs
	}()
	big := strings.Repeat("x", 64<<10)
	for range n {
		changes.Publish(&model.GraphChange{Kind: model.ChangeKindDocumentAdded, Document: big})
	}
	published := time.Now()
	for changes.Subscriptions() > 1 {
		if time.Since(published) > timeout+5*time.Second {
			t.Fatalf("the stalled client is still subscribed %v after the last change", time.Since(published))
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("the stalled client was dropped %v after the last change was published (write deadline %v)", time.Since(published).Round(time.Millisecond), timeout)
	// the subscription ends before its transport logs why: wait for the line
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(logs.String(), "dropped a client that stopped reading") && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "dropped a client that stopped reading") {
		t.Errorf("nothing logged of the drop:\n%s", logs)
	}
	seqs := <-got
	checkSeqs(t, seqs, 0, n)
}

// checkSeqs checks that a subscriber that started after seq from received
// every change up to last in order, or a RESYNC ("R12") and every change
// after it.
func checkSeqs(t *testing.T, seqs []string, from, last int) {
	t.Helper()
	prev := from
	for _, s := range seqs {
		seq, _ := strconv.Atoi(strings.TrimPrefix(s, "R"))
		if strings.HasPrefix(s, "R") && seq > prev || seq == prev+1 {
			prev = seq
			continue
		}
		t.Fatalf("received %s after %d: %v", s, prev, seqs)
	}
	if prev != last {
		t.Errorf("the reading client got up to %d, want %d", prev, last)
	}
}

// TestSSELimit checks the limit on subscriptions: over it, Server-Sent
// Events answer 503 with code unavailable, and the WebSocket transport
// refuses the subscription with that error; queries still pass, and a
// subscription that ends frees its place.
func TestSSELimit(t *testing.T) {
	url, changes := sseServer(t, resolvers.ChangesOptions{MaxSubscriptions: 2}, resolvers.ServerOptions{WebSocket: &resolvers.WebSocketOptions{}})
	first := openSSE(t, http.DefaultClient, url, changesQuery, nil)
	openSSE(t, http.DefaultClient, url, changesQuery, nil)

	t.Run("SSE", func(t *testing.T) {
		resp, err := http.DefaultClient.Do(sseRequest(t.Context(), url, changesQuery, nil))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct{ Errors []gqlError }
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusServiceUnavailable || len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != "unavailable" {
			t.Errorf("over the limit: %d %+v, want 503 with code unavailable", resp.StatusCode, body.Errors)
		}
	})
	t.Run("WebSocket", func(t *testing.T) {
		msgs := wsSubscribe(t, "ws"+strings.TrimPrefix(url, "http"), changesQuery)
		if len(msgs) == 0 || !strings.Contains(msgs[0], `"code":"unavailable"`) || !strings.Contains(msgs[len(msgs)-1], `"complete"`) {
			t.Errorf("over the limit the WebSocket sent %v, want an error with code unavailable, then complete", msgs)
		}
	})
	t.Run("query", func(t *testing.T) {
		s := openSSE(t, http.DefaultClient, url, `{ documents { totalCount } }`, nil)
		if m, err := s.nextEvent(); err != nil || !strings.Contains(m.data, "totalCount") {
			t.Errorf("a query over SSE at the limit: %+v %v", m, err)
		}
	})
	t.Run("freed", func(t *testing.T) {
		first.close()
		deadline := time.Now().Add(5 * time.Second)
		for changes.Subscriptions() > 1 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		openSSE(t, http.DefaultClient, url, changesQuery, nil)
	})
}

// wsSubscribe subscribes over graphql-transport-ws and returns the
// messages received until the subscription ends (complete or error).
func wsSubscribe(t *testing.T, url, query string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	for _, msg := range []map[string]any{
		{"type": "connection_init"},
		{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query}},
	} {
		if err := wsjson.Write(ctx, c, msg); err != nil {
			t.Fatal(err)
		}
	}
	var msgs []string
	for {
		var m json.RawMessage
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatalf("read: %v (got %v)", err, msgs)
		}
		s := string(m)
		if strings.Contains(s, `"connection_ack"`) || strings.Contains(s, `"ping"`) || strings.Contains(s, `"pong"`) {
			continue
		}
		msgs = append(msgs, s)
		if strings.Contains(s, `"complete"`) || strings.Contains(s, `"type":"error"`) {
			return msgs
		}
	}
}

// TestWebSocketDropsDeadClient checks that a graphql-transport-ws client
// that stops reading (so answers no ping) is dropped with its
// subscription within twice the ping interval.
func TestWebSocketDropsDeadClient(t *testing.T) {
	url, changes := sseServer(t, resolvers.ChangesOptions{}, resolvers.ServerOptions{WebSocket: &resolvers.WebSocketOptions{PingInterval: 200 * time.Millisecond}})
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	for _, msg := range []map[string]any{
		{"type": "connection_init"},
		{"id": "1", "type": "subscribe", "payload": map[string]any{"query": changesQuery}},
	} {
		if err := wsjson.Write(ctx, c, msg); err != nil {
			t.Fatal(err)
		}
	}
	// the client reads nothing from now on
	for changes.Subscriptions() == 0 && ctx.Err() == nil {
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	for changes.Subscriptions() > 0 && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if ctx.Err() != nil {
		t.Fatalf("a client that answers no ping still holds its subscription after %v", time.Since(start))
	}
	t.Logf("dropped %v after the subscription started (ping every 200ms)", time.Since(start).Round(time.Millisecond))
}
