package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// TestBench runs bench on a small corpus and checks it prints every figure
// the benchmarks report, on every backend at hand.
func TestBench(t *testing.T) {
	testenv.SkipUnlessLong(t, "runs bench on every backend")
	args := []string{"bench", "--docs", "40", "--runs", "100", "--backends", "memory,leveldb,postgres"}
	backends := []string{"memory", "leveldb"}
	if u := os.Getenv(testenv.PostgresEnv); u != "" {
		args = append(args, "--postgres", u)
		backends = append(backends, "postgres")
	} else {
		args = append(args, "--postgres", "")
	}
	var out, errb bytes.Buffer
	if code := run(t.Context(), args, &out, &errb); code != 0 {
		t.Fatalf("bench: exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	want := []string{
		`docs=40 extract: [0-9.]+ MB/s, [0-9]+ docs/s, [0-9]+ allocs/doc \(one goroutine, one core\)`,
		`docs=40 leveldb baseline entity by alias, warm: +GraphQL uncached \(100 runs\) p50 \S+ p99 \S+; direct Go \(100 runs\) p50 \S+ p99 \S+; Cayley path API \(100 runs\) p50 \S+ p99 \S+; GraphQL / direct Go p99 [0-9.]+×`,
		`docs=40 leveldb baseline entity by alias, cold: +GraphQL uncached \(100 runs\) p50 \S+ p99 \S+; direct Go \(100 runs\) p50 \S+ p99 \S+; Cayley path API \(100 runs\) p50 \S+ p99 \S+; GraphQL / Cayley p50 [0-9.]+×`,
		`docs=40 leveldb baseline supporters asOf \([0-9]+ supporters\), warm: +GraphQL uncached .*; GraphQL / direct Go p99 [0-9.]+×`,
		`docs=40 leveldb baseline supporters asOf \([0-9]+ supporters\), cold: +GraphQL uncached .*; GraphQL / Cayley p50 [0-9.]+×`,
		`docs=40 leveldb query entity by alias: +HTTP p50 \S+ p95 \S+ p99 \S+; uncached p50 \S+ p95 \S+ p99 \S+`,
		`docs=40 leveldb query supporters asOf \([0-9]+ supporters\): +HTTP p50 .*`,
		`docs=40 leveldb query stance: +HTTP p50 .*`,
		`docs=40 leveldb query 2-hop neighbourhood: +HTTP p50 .*`,
		`docs=40 leveldb query path, 3 hops: +HTTP p50 .*`,
		`docs=40 leveldb query 100 facts with evidence: +HTTP p50 .*`,
		`docs=40 leveldb query stats: +HTTP p50 .*`,
		`docs=40 leveldb scrape /metrics: +HTTP p50 \S+ p95 \S+ p99 \S+`,
		`docs=40 leveldb 16 clients, supporters \(answer cache\): [0-9]+ requests/s`,
		`docs=40 leveldb 16 clients, supporters \(uncached\): [0-9]+ requests/s`,
	}
	for _, b := range backends {
		want = append(want, `docs=40 ingest `+b+`: [0-9]+ docs/s, [0-9]+ quads/s, [0-9]+ quads \([0-9.]+ per fact stated, [0-9]+ distinct facts\), \S+( [kMG]B)? on disk; Cayley alone, same quads and transactions: [0-9]+ quads/s; ingest at [0-9]+% of it \(medians of 3 paired rounds; both `+b+`[^)]*\)`)
		for r, first := range []string{"ingest", "Cayley", "ingest"} {
			want = append(want, fmt.Sprintf(`docs=40 ingest %s round %d of 3 \(%s first\): ingest [0-9]+ quads/s in \S+, Cayley alone [0-9]+ quads/s in \S+; ingest at [0-9]+%% of it`, b, r+1, first))
		}
	}
	for _, w := range want {
		if !regexp.MustCompile(`(?m)^` + w + `$`).MatchString(out.String()) {
			t.Errorf("no line matches %s in:\n%s", w, out.String())
		}
	}
	// the run says on stderr what it is doing
	for _, w := range []string{"docs=40: extraction alone", "docs=40: ingest into leveldb", "docs=40: Cayley alone writing the same quads into leveldb", "docs=40: baseline supporters asOf", "docs=40: query supporters asOf", "docs=40: /metrics scrape", "docs=40: 16 clients"} {
		if !strings.Contains(errb.String(), " bench: "+w) {
			t.Errorf("stderr does not say %q:\n%s", w, errb.String())
		}
	}
	if strings.Contains(out.String(), "NaN") || strings.Contains(out.String(), "Inf") {
		t.Errorf("a figure is not a number:\n%s", out.String())
	}
}

// TestBenchIngestOnly runs bench --ingest-only on a tiny corpus: the
// extraction and ingest lines, with a line per paired round, the
// rounds alternating which goes first, and nothing else.
func TestBenchIngestOnly(t *testing.T) {
	args := []string{"bench", "--ingest-only", "--docs", "10", "--rounds", "2", "--backends", "memory,leveldb", "--postgres", ""}
	var out, errb bytes.Buffer
	if code := run(t.Context(), args, &out, &errb); code != 0 {
		t.Fatalf("bench: exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	settings := map[string]string{"memory": "memory", "leveldb": "leveldb, synced writes, Cayley's bloom filters off"}
	var want []string
	for _, b := range []string{"memory", "leveldb"} {
		want = append(want,
			`docs=10 ingest `+b+` round 1 of 2 \(ingest first\): ingest [0-9]+ quads/s in \S+, Cayley alone [0-9]+ quads/s in \S+; ingest at [0-9]+% of it`,
			`docs=10 ingest `+b+` round 2 of 2 \(Cayley first\): ingest [0-9]+ quads/s in \S+, Cayley alone [0-9]+ quads/s in \S+; ingest at [0-9]+% of it`,
			`docs=10 ingest `+b+`: [0-9]+ docs/s, [0-9]+ quads/s, .*; ingest at [0-9]+% of it \(medians of 2 paired rounds; both `+regexp.QuoteMeta(settings[b])+`\)`)
	}
	for _, w := range want {
		if !regexp.MustCompile(`(?m)^` + w + `$`).MatchString(out.String()) {
			t.Errorf("no line matches %s in:\n%s", w, out.String())
		}
	}
	for l := range strings.Lines(out.String()) {
		if !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "docs=10 extract:") && !strings.HasPrefix(l, "docs=10 ingest ") {
			t.Errorf("bench --ingest-only printed %q", l)
		}
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{2}, 2},
		{[]float64{3, 1, 2}, 2},
		{[]float64{0.9, 1.2}, 1.05},
		{[]float64{5, 1, 4, 2}, 3},
	}
	for _, tt := range tests {
		if got := median(tt.xs); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}
