package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
	"github.com/pledgegraph/pledgegraph/resolvers"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
	"github.com/pledgegraph/pledgegraph/web"
)

// maxBodyBytes bounds a request body; GraphQL queries are small. A
// request with the write token may carry a document as long as a file
// may be, and its JSON escapes (maxWriteBodyBytes).
const (
	maxBodyBytes      = 1 << 20
	maxWriteBodyBytes = loader.MaxDocumentBytes*5/4 + 1<<20
)

// handlerOptions are the serve flags that shape the HTTP API.
type handlerOptions struct {
	introspection bool
	// writeToken, when set, lets requests that show it as a bearer token
	// run mutations; without it the server is read-only.
	writeToken string
	// corsOrigins are the origins allowed to query from a browser; "*"
	// alone allows any. Empty: no cross-origin access.
	corsOrigins []string
	// maxSubscriptions bounds the subscriptions open at once, over
	// Server-Sent Events and WebSockets together: 0 means
	// resolvers.DefaultMaxSubscriptions, a negative value no limit.
	maxSubscriptions int
}

// newHandler returns the HTTP API: GraphQL at /query, GraphiQL at /, the
// explorer at /explore, the
// graph in standard formats at /export, health checks at /healthz (the
// process answers) and /readyz (the store answers too), and Prometheus
// metrics at /metrics.
func newHandler(store *graph.Store, log *slog.Logger, opts handlerOptions) http.Handler {
	r := &resolvers.Resolver{
		Entities:  store,
		Facts:     store,
		Documents: store,
		Changes:   resolvers.NewChanges(resolvers.ChangesOptions{MaxSubscriptions: opts.maxSubscriptions}),
		Logger:    log,
	}
	if opts.writeToken != "" {
		r.Ingest = &pledgegraph.Ingester{Store: store, NewDocument: loader.NewDocument, Extract: loader.Extract}
	}
	m := newMetrics(store)
	wrongToken := &logLimiter{log: log, every: 10 * time.Second, msg: "requests sent a wrong write token"}
	gql := resolvers.NewServer(r, resolvers.ServerOptions{
		Logger: log, DisableIntrospection: !opts.introspection, ReadView: store.View,
		OnOperation: func(ctx context.Context, name string, took time.Duration, errs gqlerror.List) {
			m.operation(name, took, errs)
			noteOperation(ctx, name)
		},
		WebSocket: webSocketOptions(opts, wrongToken),
	})
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m)
	api := resolvers.HTTPHandler(loaders.Middleware(store, store, store, gql))
	answers := resolvers.NewAnswerCache(resolvers.AnswerCacheOptions{Generation: store.Generation, Operation: notedOperation, Replayed: noteOperation})
	mux.Handle("/query", cors(opts.corsOrigins, authorize(opts.writeToken, wrongToken, limitBody(answers.Wrap(streams(api, gql)), maxBodyBytes))))
	mux.Handle("GET /{$}", web.GraphiQL())
	mux.Handle("GET /static/", web.Static())
	mux.Handle("GET /explore", web.Explorer())
	mux.Handle("GET /explore/", web.Explorer())
	mux.Handle("GET /export", cors(opts.corsOrigins, exportHandler(store, log)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if _, err := store.Totals(ctx); err != nil {
			log.WarnContext(ctx, "readyz: store not ready", "error", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte("store not ready\n"))
			return
		}
		if _, err := store.Damage(); err != nil {
			log.WarnContext(ctx, "readyz: store damaged", "error", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "store damaged: %v\n", err)
			return
		}
		w.Write([]byte("ready\n"))
	})
	return m.countRequests(log, mux)
}

// authorize marks requests that show the write token (Authorization:
// Bearer TOKEN) as allowed to write. The comparison takes the same time
// whatever the token sent, and tokens are never logged. A wrong token is
// logged (without it) and the request goes on, read-only.
func authorize(token string, wrong *logLimiter, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch bearer(token, r.Header.Get("Authorization")) {
		case tokenRight:
			r = r.WithContext(resolvers.WithWriteAccess(r.Context()))
		case tokenWrong:
			wrong.warn(r.Context(), "remote", r.RemoteAddr)
		}
		h.ServeHTTP(w, r)
	})
}

// logLimiter logs one warning per interval at most, with the number of
// occurrences since the last line: a client sending wrong tokens in a
// loop cannot flood the log.
type logLimiter struct {
	log   *slog.Logger
	every time.Duration
	msg   string

	mu     sync.Mutex
	last   time.Time
	missed int
}

// warn counts one occurrence and logs it, with those not logged since,
// unless a line was written less than l.every ago.
func (l *logLimiter) warn(ctx context.Context, args ...any) {
	l.mu.Lock()
	now := time.Now()
	if !l.last.IsZero() && now.Sub(l.last) < l.every {
		l.missed++
		l.mu.Unlock()
		return
	}
	n := l.missed + 1
	l.last, l.missed = now, 0
	l.mu.Unlock()
	l.log.WarnContext(ctx, l.msg, append(args, "count", n)...) // n: since the last line
}

// What an Authorization value shows of the write token.
const (
	tokenNone = iota
	tokenRight
	tokenWrong
)

// bearer says whether auth ("Bearer TOKEN") shows token (never, when
// token is empty). The comparison takes the same time whatever it shows.
func bearer(token, auth string) int {
	got, ok := strings.CutPrefix(auth, "Bearer ")
	if token == "" || !ok {
		return tokenNone
	}
	want := sha256.Sum256([]byte(token))
	sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
	if subtle.ConstantTimeCompare(sum[:], want[:]) == 1 {
		return tokenRight
	}
	return tokenWrong
}

// webSocketOptions are the rules of WebSocket connections: the origins of
// --cors-origins besides the server's own, and the write token shown in
// the connection_init payload ({"Authorization": "Bearer TOKEN"}, as
// browsers cannot set headers on a WebSocket); a wrong token refuses the
// connection.
func webSocketOptions(opts handlerOptions, wrong *logLimiter) *resolvers.WebSocketOptions {
	ws := &resolvers.WebSocketOptions{}
	for _, o := range opts.corsOrigins {
		if o == "*" {
			ws.AnyOrigin = true
		} else if u, err := url.Parse(o); err == nil && u.Host != "" {
			ws.OriginPatterns = append(ws.OriginPatterns, u.Host)
		}
	}
	ws.Init = func(ctx context.Context, payload map[string]any) (context.Context, error) {
		auth, _ := payload["Authorization"].(string)
		if auth == "" {
			auth, _ = payload["authorization"].(string)
		}
		switch bearer(opts.writeToken, auth) {
		case tokenRight:
			return resolvers.WithWriteAccess(ctx), nil
		case tokenWrong:
			wrong.warn(ctx, "transport", "websocket")
			return ctx, errors.New("wrong write token")
		}
		return ctx, nil
	}
	return ws
}

// streams sends subscriptions (Accept: text/event-stream, or a WebSocket
// upgrade) straight to the GraphQL server, without the answer rewriting
// of HTTPHandler, and lifts the server's read and write deadlines for
// them: a stream lasts as long as its client. The SSE transport then
// bounds each of its writes (resolvers.SSEOptions.WriteTimeout).
func streams(api, gql http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.Header.Get("Accept"), "text/event-stream") || r.Header.Get("Upgrade") != "" {
			rc := http.NewResponseController(w)
			rc.SetWriteDeadline(time.Time{})
			rc.SetReadDeadline(time.Time{}) // a WebSocket reads for as long as it lives
			gql.ServeHTTP(w, r)
			return
		}
		api.ServeHTTP(w, r)
	})
}

// limitBody reads a request's body, at most n bytes (maxWriteBodyBytes
// with the write token), before h sees it: a larger body is answered at
// once with status 413 and a GraphQL error.
func limitBody(h http.Handler, n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			h.ServeHTTP(w, r)
			return
		}
		n := n
		if resolvers.HasWriteAccess(r.Context()) {
			n = max(n, maxWriteBodyBytes)
		}
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, n))
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			fmt.Fprintf(w, `{"errors":[{"message":"the request body is larger than %d bytes","extensions":{"code":"LIMIT_EXCEEDED"}}]}`+"\n", n)
			return
		case err != nil:
			http.Error(w, "could not read the request body", http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		h.ServeHTTP(w, r)
	})
}

// parseOrigins reads the --cors-origins flag: origins such as
// https://dash.example.org separated by commas, or *.
func parseOrigins(s string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(s, ",") {
		o = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(o), "/"))
		if o == "" {
			continue
		}
		if o != "*" {
			u, err := url.Parse(o)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" {
				return nil, fmt.Errorf("--cors-origins: %q is not an origin such as https://dash.example.org", o)
			}
		}
		out = append(out, o)
	}
	return out, nil
}

// cors lets browser pages of the allowed origins query h: it answers
// preflight requests and marks answers to them as readable. Requests from
// other origins pass without those headers, so browsers keep their
// answers from the page.
func cors(origins []string, h http.Handler) http.Handler {
	if len(origins) == 0 {
		return h
	}
	allowed := func(o string) bool {
		return o != "" && (slices.Contains(origins, "*") || slices.Contains(origins, o))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowed(origin) {
			w.Header().Add("Vary", "Origin")
			if slices.Contains(origins, "*") {
				w.Header().Set("Access-Control-Allow-Origin", "*")
			} else {
				w.Header().Set("Access-Control-Allow-Origin", origin)
			}
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
				w.Header().Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}
