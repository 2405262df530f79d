package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
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
// is the largest.
const benchSupportersDocs = 1000

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
	gdocs := gen.Generate(benchSupportersDocs, 1)
	store, err := graph.Open(ctx, "leveldb:"+b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
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
	top, _ := topInitiative(gdocs)
	init, err := store.FindEntityByName(ctx, top)
	if err != nil {
		b.Fatal(err)
	}
	asOf := pledgegraph.Date{Year: 2030, Month: 1, Day: 1}
	h := newHandler(store, slog.New(slog.DiscardHandler), handlerOptions{})
	query := fmt.Sprintf(`{"query":%q}`, fmt.Sprintf(`{ supporters(initiative: %q, asOf: "2030-01-01") { subject { id } } }`, string(init.ID)))
	graphql := func() ([]byte, error) {
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
	direct := func() ([]byte, error) { return directSupporters(ctx, store, init.ID, asOf) }
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
	b.Run("graphql", func(b *testing.B) { benchPercentiles(b, graphql) })
	b.Run("graphql-http", func(b *testing.B) { benchHTTP(b, h, query) })
	b.Run("direct", func(b *testing.B) { benchPercentiles(b, direct) })
}

// benchHTTP posts query to h served on a loopback port, as bench does,
// b.N times, and reports p50 and p99 in microseconds.
func benchHTTP(b *testing.B, h http.Handler, query string) {
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}}
	bn := &bench{}
	q, _ := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(query, `{"query":`), "}"))
	benchPercentiles(b, func() ([]byte, error) { return bn.ask(b.Context(), client, srv.URL+"/query", q, true) })
}

// benchPercentiles runs answer b.N times and reports the p50 and p99 of
// its runs in microseconds, besides the mean.
func benchPercentiles(b *testing.B, answer func() ([]byte, error)) {
	b.ReportAllocs()
	ds := make([]time.Duration, 0, b.N)
	for b.Loop() {
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
