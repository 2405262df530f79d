package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// benchSupportersDocs is the size of the corpus of BenchmarkSupporters:
// the smaller of bench's, where the ratio of GraphQL to the direct path
// is the largest. PLEDGEGRAPH_BENCH_DOCS sets another (50000 for the
// issue's large corpus).
const benchSupportersDocs = 1000

// benchDocs returns the size of the corpus of the store benchmarks:
// PLEDGEGRAPH_BENCH_DOCS when it holds a positive number, else
// benchSupportersDocs.
func benchDocs(b *testing.B) int {
	v := os.Getenv("PLEDGEGRAPH_BENCH_DOCS")
	if v == "" {
		return benchSupportersDocs
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("PLEDGEGRAPH_BENCH_DOCS=%q: want a number of documents", v)
	}
	return n
}

// BenchmarkSupporters answers bench's warm baseline question, the
// supporters of the initiative with the most of them as of a date, on a
// LevelDB store of generated documents, in-process: through the HTTP
// handler serve uses (answer cache off), without the network and, as
// bench asks, over a loopback connection (graphql-http), and through the
// direct Go path. It reports p50 and p99 of each besides the mean, so
// that a profile (-cpuprofile, -memprofile, with -bench
// Supporters/graphql) shows where GraphQL's extra time goes.
func BenchmarkSupporters(b *testing.B) {
	ctx := b.Context()
	store, gdocs := benchStore(b)
	top, _ := topInitiative(gdocs)
	init, err := store.FindEntityByName(ctx, top)
	if err != nil {
		b.Fatal(err)
	}
	asOf := pledgegraph.Date{Year: 2030, Month: 1, Day: 1}
	h := newHandler(store, slog.New(slog.DiscardHandler), handlerOptions{})
	query := fmt.Sprintf(`{"query":%q}`, fmt.Sprintf(`{ supporters(initiative: %q, asOf: "2030-01-01") { subject { id } } }`, string(init.ID)))
	graphql := handlerAnswers(b, h, query)
	direct := func() ([]byte, error) { return directSupporters(ctx, store, init.ID, asOf) }
	sameAnswers(b, graphql, direct)
	b.Run("graphql", func(b *testing.B) { benchPercentiles(b, graphql, nil) })
	b.Run("graphql-http", func(b *testing.B) { benchHTTP(b, h, query, nil) })
	b.Run("direct", func(b *testing.B) { benchPercentiles(b, direct, nil) })
}

// BenchmarkEntityByAlias answers bench's baseline question entity by
// alias, { entity(name: "Allemagne") { id } }, on the store of
// BenchmarkSupporters, the ways BenchmarkSupporters does, warm and cold
// (the store's caches emptied before each run, untimed, as bench's cold
// line does). http-floor is the floor of a GraphQL run over loopback:
// the same request and answer through a handler that reads nothing.
func BenchmarkEntityByAlias(b *testing.B) {
	ctx := b.Context()
	store, _ := benchStore(b)
	h := newHandler(store, slog.New(slog.DiscardHandler), handlerOptions{})
	const name = "Allemagne"
	query := fmt.Sprintf(`{"query":%q}`, fmt.Sprintf(`{ entity(name: %q) { id } }`, name))
	graphql := handlerAnswers(b, h, query)
	direct := func() ([]byte, error) { return directEntityByName(ctx, store, name) }
	sameAnswers(b, graphql, direct)
	// the floor of a run over loopback: a handler that writes the same
	// answer without reading anything
	answer, err := graphql()
	if err != nil {
		b.Fatal(err)
	}
	answer = bytes.Clone(answer)
	floor := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(answer)
	})
	b.Run("http-floor", func(b *testing.B) { benchHTTP(b, floor, query, nil) })
	for _, cold := range []bool{false, true} {
		var before func()
		suffix := ""
		if cold {
			before, suffix = store.DropCaches, "-cold"
		}
		b.Run("graphql"+suffix, func(b *testing.B) { benchPercentiles(b, graphql, before) })
		b.Run("graphql-http"+suffix, func(b *testing.B) { benchHTTP(b, h, query, before) })
		b.Run("direct"+suffix, func(b *testing.B) { benchPercentiles(b, direct, before) })
	}
}

// benchStore returns a LevelDB store holding benchDocs generated
// documents, loaded as load loads them, and the documents.
func benchStore(b *testing.B) (*graph.Store, []gen.Document) {
	ctx := b.Context()
	gdocs := gen.Generate(benchDocs(b), 1)
	store, err := graph.Open(ctx, "leveldb:"+b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	docs := make([]*pledgegraph.Document, len(gdocs))
	for i, g := range gdocs {
		if docs[i], err = loader.NewDocument(pledgegraph.DocumentID(g.Name), g.Name, []byte(g.Text)); err != nil {
			b.Fatal(err)
		}
	}
	sum, _ := loader.LoadWith(ctx, store, docs, loader.LoadOptions{Jobs: runtime.NumCPU(), Batch: defaultBatch}, nil)
	if sum.Failed > 0 {
		b.Fatalf("%d of %d documents failed to load", sum.Failed, len(docs))
	}
	return store, gdocs
}

// handlerAnswers returns what posts query (a JSON request body) to h,
// without the network and the answer cache, and returns the answer.
func handlerAnswers(b *testing.B, h http.Handler, query string) func() ([]byte, error) {
	ctx := b.Context()
	return func() ([]byte, error) {
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/query", strings.NewReader(query))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Cache-Control", "no-cache")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			return nil, fmt.Errorf("status %d: %.200s", w.Code, w.Body.Bytes())
		}
		return w.Body.Bytes(), nil
	}
}

// sameAnswers fails b unless GraphQL's answer's data is the direct
// path's JSON byte for byte.
func sameAnswers(b *testing.B, graphql, direct func() ([]byte, error)) {
	raw, err := graphql()
	if err != nil {
		b.Fatal(err)
	}
	data, err := graphqlData(raw)
	if err != nil {
		b.Fatal(err)
	}
	want, err := direct()
	if err != nil {
		b.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		b.Fatalf("GraphQL's answer differs from the direct path's:\nGraphQL:   %.300s\ndirect Go: %.300s", data, want)
	}
}

// benchHTTP posts query to h served on a loopback port, as bench does,
// b.N times, and reports p50 and p99 in microseconds.
func benchHTTP(b *testing.B, h http.Handler, query string, before func()) {
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}}
	bn := &bench{}
	q, _ := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(query, `{"query":`), "}"))
	benchPercentiles(b, func() ([]byte, error) { return bn.ask(b.Context(), client, srv.URL+"/query", q, true) }, before)
}

// benchPercentiles runs answer b.N times and reports the p50 and p99 of
// its runs in microseconds, besides the mean; before, when not nil, runs
// before each, untimed.
func benchPercentiles(b *testing.B, answer func() ([]byte, error), before func()) {
	b.ReportAllocs()
	ds := make([]time.Duration, 0, b.N)
	for b.Loop() {
		if before != nil {
			b.StopTimer()
			before()
			b.StartTimer()
		}
		start := time.Now()
		if _, err := answer(); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	at := func(p int) float64 { return float64(ds[(len(ds)-1)*p/100].Nanoseconds()) / 1e3 }
	b.ReportMetric(at(50), "p50-µs")
	b.ReportMetric(at(99), "p99-µs")
}
