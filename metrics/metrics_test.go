package metrics

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func TestRegistry(t *testing.T) {
	r := NewRegistry()
	c := r.NewCounter("requests_total", "Requests.", "path", "code")
	c.Add(1, "/query", "200")
	c.Add(2, "/query", "200")
	c.Add(1, "/query", "400")
	h := r.NewHistogram("duration_seconds", "Durations.", []float64{0.01, 0.1}, "operation")
	h.Observe(0.005, "Supporters")
	h.Observe(0.05, "Supporters")
	h.Observe(1, "Supporters")
	r.GaugeFunc("documents", "Documents.", "", func() map[string]float64 { return map[string]float64{"": 5} })
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# TYPE requests_total counter\n",
		`requests_total{code="200",path="/query"} 3` + "\n",
		`requests_total{code="400",path="/query"} 1` + "\n",
		"# TYPE duration_seconds histogram\n",
		`duration_seconds_bucket{operation="Supporters",le="0.01"} 1` + "\n",
		`duration_seconds_bucket{operation="Supporters",le="0.1"} 2` + "\n",
		`duration_seconds_bucket{operation="Supporters",le="+Inf"} 3` + "\n",
		`duration_seconds_count{operation="Supporters"} 3` + "\n",
		"documents 5\n",
		"# TYPE go_goroutines gauge\n",
		"# TYPE process_resident_memory_bytes gauge\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("missing %q in\n%s", want, b.String())
		}
	}
}

func TestSeriesBound(t *testing.T) {
	r := NewRegistry()
	c := r.NewCounter("ops_total", "Operations.", "operation")
	for i := 0; i < MaxSeries+50; i++ {
		c.Add(1, "op"+strings.Repeat("x", i))
	}
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "ops_total{"); n != MaxSeries+1 {
		t.Errorf("%d series, want %d (the bound and other)", n, MaxSeries+1)
	}
	if !strings.Contains(b.String(), `ops_total{operation="other"} 50`+"\n") {
		t.Errorf("no other series counting 50 in\n%s", b.String())
	}
}

// countingCollector gives one gauge whose value is the number of times it
// was collected.
type countingCollector struct {
	desc *prometheus.Desc
	n    int
}

func (c *countingCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *countingCollector) Collect(ch chan<- prometheus.Metric) {
	c.n++
	ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(c.n))
}

func TestCachedCollector(t *testing.T) {
	now := time.Unix(1000, 0)
	inner := &countingCollector{desc: prometheus.NewDesc("collected", "Collections.", nil, nil)}
	c := &cachedCollector{c: inner, maxAge: time.Second, now: func() time.Time { return now }}
	reg := prometheus.NewRegistry()
	reg.MustRegister(c)
	tests := []struct {
		name    string
		advance time.Duration
		want    float64
	}{
		{"first scrape collects", 0, 1},
		{"a scrape soon after reuses", 300 * time.Millisecond, 1},
		{"still within the age", 699 * time.Millisecond, 1},
		{"at the age, collects again", time.Millisecond, 2},
		{"long after, collects again", time.Hour, 3},
	}
	for _, tc := range tests {
		now = now.Add(tc.advance)
		fams, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		if got := fams[0].GetMetric()[0].GetGauge().GetValue(); got != tc.want {
			t.Errorf("%s: value %v, want %v", tc.name, got, tc.want)
		}
	}
}
