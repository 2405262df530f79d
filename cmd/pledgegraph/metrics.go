package main

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/metrics"
)

// serverMetrics are the metrics of the HTTP API.
type serverMetrics struct {
	reg        *metrics.Registry
	requests   *metrics.Counter
	operations *metrics.Counter
	errors     *metrics.Counter
	latency    *metrics.Histogram
}

// newMetrics registers the API's metrics, and gauges of the store's size
// read from store at each scrape.
func newMetrics(store *graph.Store) *serverMetrics {
	reg := metrics.NewRegistry()
	m := &serverMetrics{
		reg:        reg,
		requests:   reg.NewCounter("pledgegraph_http_requests_total", "HTTP requests by path and status code.", "path", "code"),
		operations: reg.NewCounter("pledgegraph_graphql_operations_total", "GraphQL operations by name and result (ok or error).", "operation", "result"),
		errors:     reg.NewCounter("pledgegraph_graphql_errors_total", "GraphQL errors by code.", "code"),
		latency: reg.NewHistogram("pledgegraph_graphql_operation_duration_seconds", "Time from a request's start to its answer, by operation name.",
			[]float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}, "operation"),
	}
	reg.GaugeFunc("pledgegraph_store_size", "What the store holds: documents, entities, facts (stated and inferred, as the stats query counts them) and, of the facts, those stated, those inferred, those negated, the reference memberships counted apart, and the pieces of evidence; read from the totals the store keeps.", "kind", func() map[string]float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		t, err := store.Totals(ctx)
		if err != nil {
			return nil
		}
		f := t.Facts
		return map[string]float64{"documents": float64(t.Documents), "entities": float64(t.Entities), "facts": float64(f.Facts()),
			"facts_stated": float64(f.Stated), "facts_inferred": float64(f.Inferred), "facts_reference": float64(f.Reference),
			"facts_negated": float64(t.Negated), "evidence": float64(t.Evidence)}
	})
	return m
}

// operation records an answered GraphQL operation.
func (m *serverMetrics) operation(name string, took time.Duration, errs gqlerror.List) {
	if name == "" {
		name = "anonymous"
	}
	result := "ok"
	if len(errs) > 0 {
		result = "error"
	}
	m.operations.Add(1, name, result)
	m.latency.Observe(took.Seconds(), name)
	for _, e := range errs {
		code, _ := e.Extensions["code"].(string)
		if code == "" {
			code = "unknown"
		}
		m.errors.Add(1, code)
	}
}

// ServeHTTP writes the metrics in the Prometheus text format.
func (m *serverMetrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.reg.WriteTo(w)
}

// countRequests counts the requests h answers, by path and status code
// (paths other than the API's own are counted as "other"), and logs a
// line for each: method, path, status, duration, bytes written, client,
// and the GraphQL operation when it has a name (see noteOperation).
func (m *serverMetrics) countRequests(log *slog.Logger, h http.Handler) http.Handler {
	known := map[string]bool{"/query": true, "/": true, "/healthz": true, "/readyz": true, "/metrics": true, "/export": true, "/explore": true}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		r = r.WithContext(withAccessNote(r.Context(), &accessNote{}))
		h.ServeHTTP(sw, r)
		path := r.URL.Path
		if !known[path] {
			path = "other"
		}
		m.requests.Add(1, path, strconv.Itoa(sw.status))
		attrs := []slog.Attr{
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", sw.status),
			slog.Duration("duration", time.Since(start)), slog.Int64("bytes", sw.bytes), slog.String("remote", r.RemoteAddr),
		}
		if op := notedOperation(r.Context()); op != "" {
			attrs = append(attrs, slog.String("operation", op))
		}
		log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	})
}

// statusWriter remembers the status code of an answer.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush sends what was written so far, for streams.
func (w *statusWriter) Flush() {
	w.FlushError()
}

// FlushError is Flush that says when the client could not be written
// to, so that http.ResponseController.Flush reports it to the streams
// that write through w.
func (w *statusWriter) FlushError() error {
	w.wrote = true
	return http.NewResponseController(w.ResponseWriter).Flush()
}
