package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// benchCommand declares the flags of bench on fs and returns what
// measures extraction, ingestion and queries on generated documents.
func benchCommand(fs *pflag.FlagSet) runFunc {
	sizes := fs.String("docs", "1000,10000", "corpus sizes, separated by commas")
	large := fs.Bool("large", false, "add a corpus of 50,000 documents")
	runs := fs.Int("runs", 1000, "runs of each query for the latency percentiles")
	directTime := fs.Duration("direct-time", 2*time.Minute, "time after which the cold runs of the baselines and the warm runs of Cayley's path API stop (20 runs at least; 0: all --runs)")
	pg := fs.String("postgres", os.Getenv("PLEDGEGRAPH_TEST_POSTGRES"), "URL of a PostgreSQL server whose user may create databases; none: PostgreSQL is left out [$PLEDGEGRAPH_TEST_POSTGRES]")
	seed := fs.Uint64("seed", 1, "seed of the generated documents")
	backendList := fs.String("backends", "memory,leveldb,postgres", "backends to measure ingestion on, separated by commas (queries run on leveldb, reads during writes on leveldb and postgres; postgres needs --postgres)")
	hostile := fs.Bool("hostile", true, "first measure reading, extracting and storing two texts of nearly 10 MB built to cost the most (time and peak memory)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof reads it)")
	rounds := fs.Int("rounds", 3, "paired rounds of ingestion and Cayley alone writing the same quads, per corpus and backend (the ingest line gives their medians)")
	ingestOnly := fs.Bool("ingest-only", false, "measure extraction and ingestion only: no hostile texts, baselines, queries, reads during writes")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				return fmt.Errorf("bench: %w", err)
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return fmt.Errorf("bench: %w", err)
			}
			defer pprof.StopCPUProfile()
		}
		var ns []int
		for _, f := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 10 {
				return usageError{fmt.Sprintf("--docs %q: want numbers of documents (at least 10) separated by commas", *sizes)}
			}
			ns = append(ns, n)
		}
		if *large {
			ns = append(ns, 50000)
		}
		if *runs < 100 {
			return usageError{"--runs: want at least 100"}
		}
		if *rounds < 1 {
			return usageError{fmt.Sprintf("--rounds %d: want 1 or more", *rounds)}
		}
		b := &bench{out: stdout, status: stderr, runs: *runs, rounds: *rounds, ingestOnly: *ingestOnly, directTime: *directTime, pg: *pg, seed: *seed, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		for _, name := range strings.Split(*backendList, ",") {
			switch name = strings.TrimSpace(name); name {
			case "memory", "leveldb":
				b.backends = append(b.backends, name)
			case "postgres":
				if *pg != "" {
					b.backends = append(b.backends, name)
				}
			default:
				return usageError{fmt.Sprintf("--backends: unknown backend %q (want memory, leveldb or postgres)", name)}
			}
		}
		fmt.Fprintf(stdout, "# pledgegraph bench: %s, %d CPUs, Go %s\n", runtime.GOOS+"/"+runtime.GOARCH, runtime.NumCPU(), runtime.Version())
		if *hostile && !*ingestOnly {
			if err := b.hostile(ctx); err != nil {
				return err
			}
		}
		for _, n := range ns {
			if err := b.corpus(ctx, n); err != nil {
				return err
			}
		}
		return nil
	}
}

// bench runs the measures and prints their figures.
type bench struct {
	out      io.Writer
	status   io.Writer // where the run says what it is doing
	backends []string
	runs     int
	rounds   int // paired rounds of ingestion against Cayley alone
	// ingestOnly: extraction and ingestion only
	ingestOnly bool
	// directTime bounds the cold runs of the baselines and the warm runs
	// of a traversal through Cayley's path API (0: no bound)
	directTime time.Duration
	pg         string
	seed       uint64
	log        *slog.Logger
}

func (b *bench) printf(format string, args ...any) { fmt.Fprintf(b.out, format+"\n", args...) }

// note says on the status writer what the run is doing, with the time
// of day: a run on 50,000 documents takes an hour.
func (b *bench) note(format string, args ...any) {
	fmt.Fprintf(b.status, "%s bench: "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// corpus measures everything on n generated documents.
func (b *bench) corpus(ctx context.Context, n int) error {
	b.note("docs=%d: generating the documents", n)
	gdocs := gen.Generate(n, b.seed)
	docs := make([]*pledgegraph.Document, 0, n)
	bytes := 0
	for _, g := range gdocs {
		d, err := loader.NewDocument(pledgegraph.DocumentID(g.Name), g.Name, []byte(g.Text))
		if err != nil {
			return fmt.Errorf("bench: %s: %w", g.Name, err)
		}
		docs = append(docs, d)
		bytes += len(d.Text)
	}
	// extraction alone, on one goroutine, then on one per CPU; the
	// results are dropped as load drops them once written (keeping them
	// all would charge extraction with marking a heap that grows)
	b.note("docs=%d: extraction alone (%s of text)", n, humanBytes(int64(bytes)))
	// One core: the collector shares it with the extraction.
	var m0, m1 runtime.MemStats
	cpus := runtime.GOMAXPROCS(1)
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	for _, d := range docs {
		loader.Extract(d)
	}
	took := time.Since(start)
	runtime.ReadMemStats(&m1)
	runtime.GOMAXPROCS(cpus)
	b.printf("docs=%d extract: %.1f MB/s, %.0f docs/s, %d allocs/doc (one goroutine, one core)",
		n, float64(bytes)/1e6/took.Seconds(), float64(n)/took.Seconds(), (m1.Mallocs-m0.Mallocs)/uint64(n))
	if cpus > 1 {
		var next atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for range cpus {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := int(next.Add(1)) - 1; i < len(docs); i = int(next.Add(1)) - 1 {
					loader.Extract(docs[i])
				}
			}()
		}
		wg.Wait()
		took := time.Since(start)
		b.printf("docs=%d extract: %.1f MB/s, %.0f docs/s (%d goroutines)", n, float64(bytes)/1e6/took.Seconds(), float64(n)/took.Seconds(), cpus)
	}

	var xs []*pledgegraph.Extraction // for the baselines, extracted once
	for _, backend := range b.backends {
		if xs == nil {
			xs = make([]*pledgegraph.Extraction, len(docs))
			for i, d := range docs {
				xs[i] = loader.Extract(d)
			}
		}
		if err := b.ingestRounds(ctx, n, backend, docs, gdocs, xs); err != nil {
			return err
		}
	}
	return nil
}

// ingestRun is what one ingestion measured.
type ingestRun struct {
	took     time.Duration
	sum      loader.Summary
	quads    int64
	facts    int
	onDisk   string
	settings string
}

// ingestRounds measures load's ingestion into a fresh store of a backend
// against Cayley alone writing the same quads in the same transactions
// into another fresh store opened with the same options, b.rounds times,
// the two in turn first (the machine's load weighs on both alike), and
// prints each round's pair and the medians. The queries, unless b.ingestOnly, run on the
// store of the first round's ingestion, between its measure and
// Cayley's.
func (b *bench) ingestRounds(ctx context.Context, n int, backend string, docs []*pledgegraph.Document, gdocs []gen.Document, xs []*pledgegraph.Extraction) error {
	var ratios, qpss, bqpss, dpss []float64
	var last ingestRun
	var written int
	for r := range b.rounds {
		var run ingestRun
		var base graph.BaselineRun
		var err error
		cayleyFirst := r%2 == 1
		if cayleyFirst {
			if base, err = b.cayleyAlone(ctx, n, backend, xs); err != nil {
				return err
			}
		}
		if run, err = b.ingest(ctx, n, backend, docs, gdocs, r == 0 && !b.ingestOnly); err != nil {
			return err
		}
		if !cayleyFirst {
			if base, err = b.cayleyAlone(ctx, n, backend, xs); err != nil {
				return err
			}
		}
		if base.Settings != run.settings {
			return fmt.Errorf("bench: ingest into %s wrote with %q, Cayley alone with %q: not the same options", backend, run.settings, base.Settings)
		}
		first := "ingest first"
		if cayleyFirst {
			first = "Cayley first"
		}
		written, last = base.Quads, run
		qps := float64(written) / run.took.Seconds()
		bqps := float64(written) / base.Took.Seconds()
		ratios, qpss, bqpss = append(ratios, qps/bqps), append(qpss, qps), append(bqpss, bqps)
		dpss = append(dpss, float64(run.sum.Documents)/run.took.Seconds())
		b.printf("docs=%d ingest %s round %d of %d (%s): ingest %.0f quads/s in %v, Cayley alone %.0f quads/s in %v; ingest at %.0f%% of it",
			n, backend, r+1, b.rounds, first, qps, run.took.Round(time.Millisecond), bqps, base.Took.Round(time.Millisecond), 100*qps/bqps)
	}
	b.printf("docs=%d ingest %s: %.0f docs/s, %.0f quads/s, %d quads (%.1f per fact stated, %d distinct facts), %s on disk; Cayley alone, same quads and transactions: %.0f quads/s; ingest at %.0f%% of it (medians of %d paired rounds; both %s)",
		n, backend, median(dpss), median(qpss), last.quads, float64(written)/float64(max(last.sum.Facts, 1)), last.facts, last.onDisk, median(bqpss), 100*median(ratios), b.rounds, last.settings)
	return nil
}

// median returns the median of xs (the mean of the middle two when their
// number is even).
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// ingest measures load's path into a fresh store of a backend, opened as
// load opens it: extraction on every CPU, writes of defaultBatch
// documents per transaction. With queries, the queries (on LevelDB) and
// the reads during writes (LevelDB and PostgreSQL) then run on the store.
func (b *bench) ingest(ctx context.Context, n int, backend string, docs []*pledgegraph.Document, gdocs []gen.Document, queries bool) (ingestRun, error) {
	spec, size, cleanup, err := b.fresh(ctx, backend, n)
	if err != nil {
		return ingestRun{}, err
	}
	defer cleanup()
	store, err := graph.Open(ctx, spec, bulkOptions(n)...) // as load opens it
	if err != nil {
		return ingestRun{}, err
	}
	defer func() { store.Close() }()
	run := ingestRun{settings: store.WriteSettings()}
	b.note("docs=%d: ingest into %s", n, backend)
	start := time.Now()
	done, shown := 0, start
	sum, _ := loader.LoadWith(ctx, store, docs, loader.LoadOptions{Jobs: runtime.NumCPU(), Batch: defaultBatch}, func(loader.Report) {
		if done++; time.Since(shown) >= 30*time.Second {
			shown = time.Now()
			b.note("docs=%d: ingest into %s: %d of %d documents written", n, backend, done, n)
		}
	})
	run.took, run.sum = time.Since(start), sum
	if ctx.Err() != nil || sum.Failed > 0 {
		return run, fmt.Errorf("bench: ingest into %s: %d of %d documents failed: %v", backend, sum.Failed, n, ctx.Err())
	}
	quads, qerr := store.Quads(ctx)
	totals, serr := store.Totals(ctx)
	if qerr != nil || serr != nil {
		return run, fmt.Errorf("bench: %v %v", qerr, serr)
	}
	run.quads, run.facts = quads, totals.Facts.Facts()
	// the queries on LevelDB; reads during writes on LevelDB and
	// PostgreSQL, on the store opened as serve opens it (a store loaded
	// with Cayley's bloom filters holds them until closed)
	if queries && backend != "memory" {
		if len(bulkOptions(n)) > 0 {
			store.Close()
			reopened, err := graph.Open(ctx, spec)
			if err != nil {
				return run, err
			}
			store = reopened
		}
		if err := b.queries(ctx, n, backend, store, gdocs); err != nil {
			return run, err
		}
	}
	// the store goes before the baseline is written: two stores of
	// 50,000 documents do not fit in memory together
	run.onDisk = size()
	return run, nil
}

// cayleyAlone measures Cayley alone writing the quads of xs into a fresh
// store of a backend, defaultBatch documents per transaction, the store
// opened with the options load's has: what the store itself can do.
func (b *bench) cayleyAlone(ctx context.Context, n int, backend string, xs []*pledgegraph.Extraction) (graph.BaselineRun, error) {
	spec, _, cleanup, err := b.fresh(ctx, backend, n)
	if err != nil {
		return graph.BaselineRun{}, err
	}
	defer cleanup()
	b.note("docs=%d: Cayley alone writing the same quads into %s", n, backend)
	return graph.Baseline(ctx, spec, xs, defaultBatch, bulkOptions(n)...)
}

// fresh returns the spec of an empty store of a backend, a function that
// says its size on disk, and one that removes it.
func (b *bench) fresh(ctx context.Context, backend string, n int) (string, func() string, func(), error) {
	switch backend {
	case "memory":
		return "memory", func() string { return "-" }, func() {}, nil
	case "leveldb":
		dir, err := os.MkdirTemp("", "pledgegraph-bench-")
		if err != nil {
			return "", nil, nil, err
		}
		return "leveldb:" + dir, func() string { return humanBytes(graph.DirSize(dir)) }, func() { os.RemoveAll(dir) }, nil
	}
	db, err := sql.Open("postgres", b.pg)
	if err != nil {
		return "", nil, nil, err
	}
	name := fmt.Sprintf("pledgegraph_bench_%d_%d", n, time.Now().UnixNano())
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, nil, fmt.Errorf("bench: create database: %w", err)
	}
	u, err := url.Parse(b.pg)
	if err != nil {
		db.Close()
		return "", nil, nil, err
	}
	u.Path = "/" + name
	size := func() string {
		var s int64
		if err := db.QueryRowContext(ctx, "SELECT pg_database_size($1)", name).Scan(&s); err != nil {
			return "?"
		}
		return humanBytes(s)
	}
	return u.String(), size, func() {
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		db.Close()
	}, nil
}

// queries measures the latency of the API's queries over HTTP, and of the
// same traversals through Cayley's path API, and the throughput of 16
// clients.
func (b *bench) queries(ctx context.Context, n int, backend string, store *graph.Store, gdocs []gen.Document) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: newHandler(store, b.log, handlerOptions{introspection: true})}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String() + "/query"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}}

	top, most := topInitiative(gdocs)
	// a minister who launched an initiative; a company and a state that
	// signed it; another initiative the state signed in another document:
	// company → initiative ← state → other initiative is a path of 3
	var person, company, other, supporter string
	type signer struct {
		doc  int
		init string
	}
	signed := map[string][]signer{} // state → what it signed, where
	for k, g := range gdocs {
		for _, f := range g.Gold.Facts {
			if f.P == "supports" && !f.Negated && !f.Inferred {
				signed[f.S] = append(signed[f.S], signer{k, f.O})
			}
			if f.P == "supports" && f.O == top && !f.Negated && supporter == "" {
				supporter = f.S
			}
		}
	}
	for k, g := range gdocs {
		kinds := map[string]string{}
		for _, e := range g.Gold.Entities {
			kinds[e.Name] = e.Type
		}
		var launched, p, c, st string
		for _, f := range g.Gold.Facts {
			if f.P == "launched" {
				p, launched = f.S, f.O
			}
		}
		for _, f := range g.Gold.Facts {
			if f.O != launched || f.P != "supports" || f.Negated || f.Inferred {
				continue
			}
			switch kinds[f.S] {
			case "Company":
				c = f.S
			case "State":
				st = f.S
			}
		}
		for _, sg := range signed[st] {
			if sg.doc != k && sg.init != launched && sg.init != top && p != "" && c != "" {
				person, company, other = p, c, sg.init
				break
			}
		}
		if person != "" {
			break
		}
	}
	if person == "" || supporter == "" {
		return fmt.Errorf("bench: the generated documents lack a launch, a company and a state that signed twice")
	}
	topID, err := store.FindEntityByName(ctx, top)
	if err != nil {
		return fmt.Errorf("bench: %s: %w", top, err)
	}
	asOf := pledgegraph.Date{Year: 2030, Month: 1, Day: 1}
	aliases := []string{"Germany", "Allemagne", "Brazil", "Brésil", "Norway", "Sweden", "Japan", "Canada", "Italie", "États-Unis"}
	queries := []struct {
		name  string
		query func(i int) string
	}{
		{"entity by alias", func(i int) string { return fmt.Sprintf(`{ entity(name: %q) { id } }`, aliases[i%len(aliases)]) }},
		{fmt.Sprintf("supporters asOf (%d supporters)", most), func(int) string {
			return fmt.Sprintf(`{ supporters(initiative: %q, asOf: "2030-01-01") { subject { id } } }`, string(topID.ID))
		}},
		{"stance", func(int) string {
			return fmt.Sprintf(`{ stance(entity: %q, initiative: %q, asOf: "2030-01-01") { value } }`, supporter, string(topID.ID))
		}},
		{"2-hop neighbourhood", func(int) string {
			return fmt.Sprintf(`{ entity(name: %q) { neighbors(depth: 2) { entity { id } } } }`, person)
		}},
		{"path, 3 hops", func(int) string {
			return fmt.Sprintf(`{ path(from: %q, to: %q, maxDepth: 3) { length } }`, company, other)
		}},
		{"100 facts with evidence", func(int) string {
			return `{ facts(filter: {predicates: [SUPPORTS]}, first: 100) { nodes { id evidence { quote document { name } } } } }`
		}},
		{"stats", func(int) string {
			return `{ stats { documents entities facts factsStated factsInferred factsReference factsNegated evidence entitiesByType { type count } factsByPredicate { predicate count } } }`
		}},
	}
	if backend == "leveldb" {
		// the fair baselines of entity by alias and supporters, warm and
		// cold, before the queries below fill the caches again
		ask := func(q string) ([]byte, error) { return b.ask(ctx, client, base, q, true) }
		err := b.baselines(ctx, n, backend, store, ask, []baseline{
			{
				name:  queries[0].name,
				query: queries[0].query,
				direct: func(ctx context.Context, i int) ([]byte, error) {
					return directEntityByName(ctx, store, aliases[i%len(aliases)])
				},
				cayley: func(ctx context.Context, i int) ([]pledgegraph.EntityID, error) {
					id, err := store.DirectEntityIDByName(ctx, aliases[i%len(aliases)])
					if id == "" {
						return nil, err
					}
					return []pledgegraph.EntityID{id}, err
				},
				want: func(_ context.Context, _ int, direct []byte) ([]pledgegraph.EntityID, error) { return idsOf(direct) },
			},
			{
				name:  queries[1].name,
				query: queries[1].query,
				direct: func(ctx context.Context, _ int) ([]byte, error) {
					return directSupporters(ctx, store, topID.ID, asOf)
				},
				cayley: func(ctx context.Context, _ int) ([]pledgegraph.EntityID, error) {
					return store.DirectSupporters(ctx, topID.ID, asOf)
				},
				want: func(ctx context.Context, _ int, direct []byte) ([]pledgegraph.EntityID, error) {
					return supportersKnown(ctx, store, topID.ID, asOf, direct)
				},
			},
		})
		if err != nil {
			return err
		}
	}
	// measure times b.runs runs
	measure := func(run func(i int) error) ([]time.Duration, error) {
		ds := make([]time.Duration, 0, b.runs)
		for i := range b.runs {
			start := time.Now()
			if err := run(i); err != nil {
				return nil, err
			}
			ds = append(ds, time.Since(start))
		}
		return ds, nil
	}
	timed := queries // each query alone, on LevelDB; elsewhere only reads during writes
	if backend != "leveldb" {
		timed = nil
	}
	for _, q := range timed {
		b.note("docs=%d: query %s, %d runs cached, %d uncached", n, q.name, b.runs, b.runs)
		// warm up (the first read of a name or an entity fills the
		// caches), and check the query answers without errors
		for i := range 20 {
			if _, err := b.ask(ctx, client, base, q.query(i), false); err != nil {
				return fmt.Errorf("bench: %s: %w", q.name, err)
			}
		}
		cached, err := measure(func(i int) error { _, err := b.ask(ctx, client, base, q.query(i), false); return err })
		if err != nil {
			return fmt.Errorf("bench: %s: %w", q.name, err)
		}
		fresh, err := measure(func(i int) error { _, err := b.ask(ctx, client, base, q.query(i), true); return err })
		if err != nil {
			return fmt.Errorf("bench: %s: %w", q.name, err)
		}
		c50, c95, c99 := percentiles(cached)
		p50, p95, p99 := percentiles(fresh)
		b.printf("docs=%d %s query %-36s HTTP p50 %v p95 %v p99 %v; uncached p50 %v p95 %v p99 %v", n, backend, q.name+":", c50, c95, c99, p50, p95, p99)
	}
	if backend == "leveldb" {
		// a Prometheus scrape reads the totals the stats query reads, and
		// has no answer cache: each one is whole
		metricsURL := "http://" + ln.Addr().String() + "/metrics"
		b.note("docs=%d: /metrics scrape, %d runs", n, b.runs)
		for range 20 { // warm up, and check the scrape gives the store's size
			if err := b.scrape(ctx, client, metricsURL, n); err != nil {
				return fmt.Errorf("bench: /metrics: %w", err)
			}
		}
		ds, err := measure(func(int) error { return b.scrape(ctx, client, metricsURL, -1) })
		if err != nil {
			return fmt.Errorf("bench: /metrics: %w", err)
		}
		p50, p95, p99 := percentiles(ds)
		b.printf("docs=%d %s %-42s HTTP p50 %v p95 %v p99 %v", n, backend, "scrape /metrics:", p50, p95, p99)
	}
	if err := b.duringWrites(ctx, n, backend, store, func(i int) error {
		q := queries[[]int{0, 2, 5}[i%3]] // entity by alias, stance, 100 facts with evidence
		_, err := b.ask(ctx, client, base, q.query(i), true)
		return err
	}); err != nil {
		return err
	}
	if backend != "leveldb" {
		return nil
	}
	// throughput of 16 clients asking for the supporters
	b.note("docs=%d: 16 clients", n)
	for _, fresh := range []bool{false, true} {
		var done atomic.Int64
		stop := time.Now().Add(3 * time.Second)
		var wg sync.WaitGroup
		for range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(stop) {
					if _, err := b.ask(ctx, client, base, queries[1].query(0), fresh); err == nil {
						done.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		what := "answer cache"
		if fresh {
			what = "uncached"
		}
		b.printf("docs=%d %s 16 clients, supporters (%s): %.0f requests/s", n, backend, what, float64(done.Load())/3)
	}
	return nil
}

// minWrites is the number of writes the reads during writes span at
// least.
const minWrites = 40

// duringWrites measures the latency of uncached reads (read runs one)
// without writes, then while a writer adds and removes documents of its
// own again and again, as load and the mutations do, for --runs reads
// and minWrites writes at least: each answer is computed in one read
// view (on LevelDB a snapshot, which writes do not wait for).
func (b *bench) duringWrites(ctx context.Context, n int, backend string, store *graph.Store, read func(i int) error) error {
	b.note("docs=%d: reads without and during writes, %d runs each (and %d writes at least)", n, b.runs, minWrites)
	var writes atomic.Int64
	// runs reads --runs times, and goes on until the writer has made
	// minWrites writes (a write is slower than a read: the reads must
	// span many of them)
	runs := func(minWrites int64) ([]time.Duration, error) {
		ds := make([]time.Duration, 0, b.runs)
		for i := 0; i < b.runs || writes.Load() < minWrites; i++ {
			start := time.Now()
			if err := read(i); err != nil {
				return nil, fmt.Errorf("bench: read during writes: %w", err)
			}
			ds = append(ds, time.Since(start))
		}
		return ds, nil
	}
	quiet, err := runs(0)
	if err != nil {
		return err
	}
	var xs []*pledgegraph.Extraction
	for _, g := range gen.Generate(20, b.seed+1) {
		d, err := loader.NewDocument(pledgegraph.DocumentID("writer_"+g.Name), g.Name, []byte(g.Text))
		if err != nil {
			return fmt.Errorf("bench: %s: %w", g.Name, err)
		}
		xs = append(xs, loader.Extract(d))
	}
	wctx, stop := context.WithCancel(ctx)
	var werr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; wctx.Err() == nil; i++ {
			x := xs[i%len(xs)]
			err := store.WriteExtraction(wctx, x)
			if err == nil {
				_, err = store.RemoveDocument(wctx, x.Document.ID)
			}
			if err != nil {
				if wctx.Err() == nil { // not the end of the reads
					werr = err
				}
				return
			}
			writes.Add(2)
		}
	}()
	began := time.Now()
	busy, err := runs(minWrites)
	took := time.Since(began)
	stop()
	<-done
	if err != nil {
		return err
	}
	if werr != nil {
		return fmt.Errorf("bench: writer: %w", werr)
	}
	_, _, q99 := percentiles(quiet)
	b50, _, b99 := percentiles(busy)
	q50, _, _ := percentiles(quiet)
	b.printf("docs=%d %s reads during writes (uncached: entity by alias, stance, 100 facts): p50 %v, p99 %v without writes; p50 %v, p99 %v during %d writes (%d reads in %v); p99 %.1f× without",
		n, backend, q50, q99, b50, b99, writes.Load(), len(busy), took.Round(time.Millisecond), float64(b99)/float64(max(q99, 1)))
	return nil
}

// topInitiative returns the name of the initiative with the most
// distinct supporters in the generated documents' gold facts, and their
// number: the initiative of the supporters questions.
func topInitiative(gdocs []gen.Document) (string, int) {
	inits := map[string]map[string]bool{}
	for _, g := range gdocs {
		for _, f := range g.Gold.Facts {
			if f.P == "supports" && !f.Negated {
				if inits[f.O] == nil {
					inits[f.O] = map[string]bool{}
				}
				inits[f.O][f.S] = true
			}
		}
	}
	top, most := "", 0
	for k, v := range inits {
		if len(v) > most || len(v) == most && k < top {
			top, most = k, len(v)
		}
	}
	return top, most
}

// ask posts a query and returns the answer; it fails on an HTTP or
// GraphQL error. fresh asks the server not to answer from its answer
// cache (Cache-Control: no-cache).
func (b *bench) ask(ctx context.Context, c *http.Client, url, q string, fresh bool) ([]byte, error) {
	body, _ := json.Marshal(map[string]string{"query": q})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if fresh {
		req.Header.Set("Cache-Control", "no-cache")
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
		return nil, fmt.Errorf("status %d: %.200s", resp.StatusCode, raw)
	}
	return raw, nil
}

// scrape gets the server's metrics, as Prometheus does, and reads the
// answer whole; it fails on a status other than 200. With docs ≥ 0 it
// also fails unless the answer gives the store's number of documents as
// docs.
func (b *bench) scrape(ctx context.Context, c *http.Client, url string, docs int) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, raw)
	}
	if docs < 0 {
		return nil
	}
	const line = `pledgegraph_store_size{kind="documents"} `
	for l := range strings.Lines(string(raw)) {
		if v, ok := strings.CutPrefix(l, line); ok {
			if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil || f != float64(docs) {
				return fmt.Errorf("the answer gives %q documents, want %d", strings.TrimSpace(v), docs)
			}
			return nil
		}
	}
	return fmt.Errorf("no line %q in the answer", line+"N")
}

func percentiles(ds []time.Duration) (p50, p95, p99 time.Duration) {
	slices.Sort(ds)
	at := func(p float64) time.Duration {
		return ds[min(len(ds)-1, int(p*float64(len(ds))))].Round(time.Microsecond)
	}
	return at(0.50), at(0.95), at(0.99)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
}
