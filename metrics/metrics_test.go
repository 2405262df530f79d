package metrics

import (
	"strings"
	"testing"
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
