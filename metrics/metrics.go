// Package metrics keeps the server's counters, histograms and gauges in a
// Prometheus registry (client_golang), with the Go runtime's and the
// process's own metrics, and writes them in the Prometheus text
// exposition format for a /metrics endpoint. Labels are given as values
// in a fixed order, and the number of label sets a metric keeps is
// bounded, so that a client that sends many operation names cannot grow
// the server's memory.
package metrics

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/common/expfmt"
)

// MaxSeries bounds the label sets of one metric; values beyond it are
// counted under the label value "other".
const MaxSeries = 200

// Registry holds metrics and writes them.
type Registry struct {
	reg *prometheus.Registry
}

// ProcessMaxAge is how old the process's metrics (process_*) may be when a
// scrape writes them: reading them takes eight files of /proc, which cost
// 0.1 to 0.2 ms each on some virtual machines, so a scrape reuses the
// values read less than this long ago (Prometheus scrapes every 15 s by
// default).
const ProcessMaxAge = time.Second

// NewRegistry returns a registry holding the Go runtime's metrics (go_*)
// and the process's (process_*, at most ProcessMaxAge old).
func NewRegistry() *Registry {
	reg := prometheus.NewRegistry()
	proc := &cachedCollector{c: collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}), maxAge: ProcessMaxAge, now: time.Now}
	reg.MustRegister(collectors.NewGoCollector(), proc)
	return &Registry{reg: reg}
}

// cachedCollector collects the metrics of c at most once every maxAge,
// and gives the metrics it kept in between.
type cachedCollector struct {
	c      prometheus.Collector
	maxAge time.Duration
	now    func() time.Time

	mu   sync.Mutex
	at   time.Time
	kept []prometheus.Metric
}

func (c *cachedCollector) Describe(ch chan<- *prometheus.Desc) { c.c.Describe(ch) }

func (c *cachedCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	if now := c.now(); c.kept == nil || now.Sub(c.at) >= c.maxAge {
		in := make(chan prometheus.Metric)
		go func() {
			c.c.Collect(in)
			close(in)
		}()
		fresh := make([]prometheus.Metric, 0, len(c.kept)) // a scrape may still read the last ones
		for m := range in {
			fresh = append(fresh, m)
		}
		c.kept, c.at = fresh, now
	}
	kept := c.kept
	c.mu.Unlock()
	for _, m := range kept {
		ch <- m
	}
}

// series bounds the label sets of one metric (see MaxSeries).
type series struct {
	mu   sync.Mutex
	seen map[string]bool
}

// values returns the label values to count under: those given, or
// "other" for each once the metric holds MaxSeries label sets.
func (s *series) values(vs []string) []string {
	key := strings.Join(vs, "\x00")
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[key] {
		return vs
	}
	if len(s.seen) >= MaxSeries {
		other := make([]string, len(vs))
		for i := range other {
			other[i] = "other"
		}
		return other
	}
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	s.seen[key] = true
	return vs
}

// Counter is a monotonic count per label set.
type Counter struct {
	vec *prometheus.CounterVec
	series
}

// NewCounter registers a counter with the label names given.
func (r *Registry) NewCounter(name, help string, labels ...string) *Counter {
	c := &Counter{vec: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)}
	r.reg.MustRegister(c.vec)
	return c
}

// Add adds v to the count of the label values given, in the order of the
// label names.
func (c *Counter) Add(v float64, labelValues ...string) {
	c.vec.WithLabelValues(c.values(labelValues)...).Add(v)
}

// Histogram counts observations in buckets per label set.
type Histogram struct {
	vec *prometheus.HistogramVec
	series
}

// NewHistogram registers a histogram with the upper bounds of its buckets
// (ascending) and the label names given.
func (r *Registry) NewHistogram(name, help string, bounds []float64, labels ...string) *Histogram {
	h := &Histogram{vec: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: bounds}, labels)}
	r.reg.MustRegister(h.vec)
	return h
}

// Observe records v for the label values given.
func (h *Histogram) Observe(v float64, labelValues ...string) {
	h.vec.WithLabelValues(h.values(labelValues)...).Observe(v)
}

// GaugeFunc registers a gauge read when the registry is written: read
// returns a value per value of the one label named label ("" for a gauge
// without labels, whose value is under the key "").
func (r *Registry) GaugeFunc(name, help, label string, read func() map[string]float64) {
	var labels []string
	if label != "" {
		labels = []string{label}
	}
	r.reg.MustRegister(&gaugeFunc{desc: prometheus.NewDesc(name, help, labels, nil), labeled: label != "", read: read})
}

// gaugeFunc is a collector whose values read calls for at each scrape.
type gaugeFunc struct {
	desc    *prometheus.Desc
	labeled bool
	read    func() map[string]float64
}

func (g *gaugeFunc) Describe(ch chan<- *prometheus.Desc) { ch <- g.desc }

func (g *gaugeFunc) Collect(ch chan<- prometheus.Metric) {
	for k, v := range g.read() {
		if g.labeled {
			ch <- prometheus.MustNewConstMetric(g.desc, prometheus.GaugeValue, v, k)
		} else {
			ch <- prometheus.MustNewConstMetric(g.desc, prometheus.GaugeValue, v)
		}
	}
}

// WriteTo writes every metric in the Prometheus text format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	families, err := r.reg.Gather()
	if err != nil {
		return 0, fmt.Errorf("metrics: gather: %w", err)
	}
	cw := &countWriter{w: w}
	enc := expfmt.NewEncoder(cw, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, f := range families {
		if err := enc.Encode(f); err != nil {
			return cw.n, fmt.Errorf("metrics: write %s: %w", f.GetName(), err)
		}
	}
	return cw.n, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
