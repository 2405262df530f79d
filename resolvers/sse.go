package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Defaults of SSEOptions.
const (
	// DefaultSSEKeepAlive is how long a stream stays silent before it
	// gets a keep-alive comment: less than the idle timeouts of common
	// proxies (60 s).
	DefaultSSEKeepAlive = 15 * time.Second
	// DefaultSSEWriteTimeout is how long a write to a client may take
	// before the client is dropped.
	DefaultSSEWriteTimeout = 10 * time.Second
)

// SSEOptions configure the Server-Sent Events transport.
type SSEOptions struct {
	// KeepAlive is how long a stream with nothing to send waits before
	// it sends a comment (": keep-alive"), so that proxies keep it open
	// and a client that is gone is noticed; 0 means DefaultSSEKeepAlive,
	// a negative value none.
	KeepAlive time.Duration
	// WriteTimeout bounds each write to a client: a client that does not
	// read what it is sent within it is dropped, and its subscription
	// ends. 0 means DefaultSSEWriteTimeout, a negative value no bound.
	WriteTimeout time.Duration
}

// withDefaults returns o with its zero fields set to the defaults.
func (o SSEOptions) withDefaults() SSEOptions {
	if o.KeepAlive == 0 {
		o.KeepAlive = DefaultSSEKeepAlive
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = DefaultSSEWriteTimeout
	}
	return o
}

// sseTransport answers a POST that accepts text/event-stream with a
// stream of Server-Sent Events, as gqlgen's transport.SSE does (an event
// "next" per answer, then "complete"), and adds what long-lived streams
// need: the seq of each change as the event's id, the Last-Event-ID
// header read as graphChanged's after, keep-alive comments, a deadline
// on every write, and the broker's limit on subscriptions, answered with
// status 503 before the stream starts.
type sseTransport struct {
	changes *Changes // nil: no limit
	opts    SSEOptions
	log     *slog.Logger
}

var _ graphql.Transport = sseTransport{}

// Supports takes a POST of JSON that accepts text/event-stream.
func (sseTransport) Supports(r *http.Request) bool {
	if !strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
		return false
	}
	media, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && r.Method == http.MethodPost && media == "application/json"
}

// Do answers the request with a stream of events.
func (t sseTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "application/json")
	ctx, rc, opErr, ok := t.prepare(w, r, exec)
	if !ok {
		return
	}
	if s, _ := ctx.Value(slotKey{}).(*slot); s != nil {
		defer s.release()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	id := &eventID{}
	ctx = context.WithValue(ctx, eventIDKey{}, id)
	var responses graphql.ResponseHandler
	if opErr != nil {
		responses = graphql.OneShot(exec.DispatchError(ctx, opErr))
	} else {
		// a subscription is registered with its broker once this returns,
		// before the client sees the headers
		responses, ctx = exec.DispatchOperation(ctx, rc)
	}
	out := &sseWriter{w: w, rc: http.NewResponseController(w), timeout: t.opts.WriteTimeout}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	if err := out.write(":\n\n"); err != nil {
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		stream(ctx, responses, id, out)
	}()
	t.keepAlive(ctx, out, done)
	cancel()
	<-done
	switch err := out.failure(); {
	case errors.Is(err, os.ErrDeadlineExceeded):
		t.log.InfoContext(ctx, "sse: dropped a client that stopped reading", "remote", r.RemoteAddr, "timeout", t.opts.WriteTimeout)
	case err != nil:
		t.log.DebugContext(ctx, "sse: client gone", "remote", r.RemoteAddr, "error", err)
	}
}

// prepare reads the request and makes its operation's context, which
// carries the client's Last-Event-ID and, for a subscription, the slot
// reserved for it (the caller releases it). A request that cannot be
// read, or a subscription over the broker's limit, is answered here, and
// ok is false. An operation that cannot run comes with opErr.
func (t sseTransport) prepare(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) (_ context.Context, _ *graphql.OperationContext, opErr gqlerror.List, ok bool) {
	ctx := r.Context()
	params, err := readParams(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("json request body could not be decoded: %v", err)}))
		return nil, nil, nil, false
	}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	ctx = graphql.WithOperationContext(ctx, rc)
	if opErr == nil && rc.Operation.Operation == ast.Subscription && t.changes != nil {
		s, err := t.changes.reserve()
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			writeJSON(w, exec.DispatchError(ctx, gqlerror.List{gqlerror.WrapIfUnwrapped(err)}))
			return nil, nil, nil, false
		}
		ctx = withSlot(ctx, s)
	}
	if seq, err := strconv.Atoi(strings.TrimSpace(r.Header.Get("Last-Event-ID"))); err == nil && seq >= 0 {
		ctx = context.WithValue(ctx, lastEventIDKey{}, seq)
	}
	return ctx, rc, opErr, true
}

// readParams reads the GraphQL request of r's JSON body.
func readParams(r *http.Request) (*graphql.RawParams, error) {
	start := graphql.Now()
	params := &graphql.RawParams{}
	dec := json.NewDecoder(r.Body)
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		return nil, err
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	return params, nil
}

// stream writes the answers of responses as events, with their ids,
// then "complete"; it stops when ctx ends or a write fails. Each answer
// is written before the next is asked for: gqlgen reuses its buffer.
func stream(ctx context.Context, responses graphql.ResponseHandler, id *eventID, out *sseWriter) {
	for {
		id.seq = -1
		resp := responses(ctx)
		if resp == nil {
			break
		}
		e, err := encodeEvent(resp, id.seq)
		if err == nil {
			err = out.write(e)
		}
		if err != nil {
			return
		}
	}
	if ctx.Err() == nil {
		out.write("event: complete\n\n")
	}
}

// encodeEvent returns the event "next" of an answer, with seq as its id
// unless seq is negative. The data of an answer without errors or
// extensions (every change event) is written as gqlgen made it, valid
// JSON on one line, rather than encoded again.
func encodeEvent(resp *graphql.Response, seq int) (string, error) {
	var sb strings.Builder
	sb.Grow(len(resp.Data) + 48)
	sb.WriteString("event: next\n")
	if seq >= 0 {
		sb.WriteString("id: ")
		sb.WriteString(strconv.Itoa(seq))
		sb.WriteString("\n")
	}
	sb.WriteString("data: ")
	if len(resp.Errors) == 0 && len(resp.Extensions) == 0 && len(resp.Label) == 0 && len(resp.Path) == 0 &&
		resp.HasNext == nil && len(resp.Data) > 0 && !bytes.ContainsAny(resp.Data, "\r\n") {
		sb.WriteString(`{"data":`)
		sb.Write(resp.Data)
		sb.WriteString("}")
	} else {
		b, err := json.Marshal(resp)
		if err != nil {
			return "", fmt.Errorf("sse: encode answer: %w", err)
		}
		sb.Write(b)
	}
	sb.WriteString("\n\n")
	return sb.String(), nil
}

// keepAlive writes a comment after every silence of t.opts.KeepAlive
// until done is closed, ctx ends or a write fails.
func (t sseTransport) keepAlive(ctx context.Context, out *sseWriter, done <-chan struct{}) {
	every := t.opts.KeepAlive
	if every <= 0 {
		select {
		case <-done:
		case <-ctx.Done():
		}
		return
	}
	timer := time.NewTimer(every)
	defer timer.Stop()
	for {
		select {
		case <-done:
			return
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		if quiet := out.quiet(); quiet < every {
			timer.Reset(every - quiet)
			continue
		}
		if out.write(": keep-alive\n\n") != nil {
			return
		}
		timer.Reset(every)
	}
}

// sseWriter writes a stream, for one goroutine at a time, each write
// flushed within its deadline. After a failed write it writes nothing.
type sseWriter struct {
	w       io.Writer
	rc      *http.ResponseController
	timeout time.Duration

	mu   sync.Mutex
	last time.Time // of the last write
	err  error     // of the first failed write
}

// write sends s to the client at once.
func (o *sseWriter) write(s string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return o.err
	}
	o.last = time.Now()
	if o.timeout > 0 {
		if err := o.rc.SetWriteDeadline(o.last.Add(o.timeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			o.err = fmt.Errorf("sse: set write deadline: %w", err)
			return o.err
		}
	}
	if _, err := io.WriteString(o.w, s); err != nil {
		o.err = fmt.Errorf("sse: write: %w", err)
	} else if err := o.rc.Flush(); err != nil {
		o.err = fmt.Errorf("sse: flush: %w", err)
	}
	return o.err
}

// quiet returns how long ago the last write was.
func (o *sseWriter) quiet() time.Duration {
	o.mu.Lock()
	defer o.mu.Unlock()
	return time.Since(o.last)
}

// failure returns the error of the write that failed, or nil.
func (o *sseWriter) failure() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// writeJSON writes an answer that is not a stream.
func writeJSON(w io.Writer, resp *graphql.Response) {
	b, err := json.Marshal(resp)
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error"}]}`)
	}
	w.Write(b)
}

// eventID is where the event of the answer being made writes its seq,
// for the stream that sends it (-1: none). The goroutine that asks for
// the answer reads it after.
type eventID struct{ seq int }

// eventIDKey carries an SSE stream's *eventID.
type eventIDKey struct{}

// eventIDs is a response middleware: it gives the SSE stream an answer
// is for the seq of the change the answer tells of.
func eventIDs(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if id, ok := ctx.Value(eventIDKey{}).(*eventID); ok {
		if seq, ok := eventSeq(ctx); ok {
			id.seq = seq
		}
	}
	return resp
}

// lastEventIDKey carries the Last-Event-ID of an SSE request.
type lastEventIDKey struct{}

// lastEventID returns the seq a reconnecting SSE client sent as
// Last-Event-ID, or nil.
func lastEventID(ctx context.Context) *int {
	if seq, ok := ctx.Value(lastEventIDKey{}).(int); ok {
		return &seq
	}
	return nil
}
