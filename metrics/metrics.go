// Package metrics keeps counters, gauges and histograms and writes them in
// the Prometheus text exposition format, for a /metrics endpoint. It is
// small on purpose: labels are given as values in a fixed order, and the
// number of label sets a metric keeps is bounded, so that a client that
// sends many operation names cannot grow the server's memory.
package metrics

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// MaxSeries bounds the label sets of one metric; values beyond it are
// counted under the label value "other".
const MaxSeries = 200

// Registry holds metrics and writes them.
type Registry struct {
	mu      sync.Mutex
	metrics []metric
	gauges  []gaugeFunc
}

// metric is a counter or a histogram.
type metric interface {
	write(w io.Writer)
}

// gaugeFunc is a gauge whose values are read when the registry is written.
type gaugeFunc struct {
	name, help string
	read       func() map[string]float64 // label value → value
	label      string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{} }

// Counter is a monotonic count per label set.
type Counter struct {
	name, help string
	labels     []string
	mu         sync.Mutex
	values     map[string]float64
}

// NewCounter registers a counter with the label names given.
func (r *Registry) NewCounter(name, help string, labels ...string) *Counter {
	c := &Counter{name: name, help: help, labels: labels, values: map[string]float64{}}
	r.mu.Lock()
	r.metrics = append(r.metrics, c)
	r.mu.Unlock()
	return c
}

// Add adds v to the count of the label values given, in the order of the
// label names.
func (c *Counter) Add(v float64, labelValues ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.values[seriesKey(c.values, labelValues)] += v
}

func (c *Counter) write(w io.Writer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n", c.name, c.help, c.name)
	for _, k := range sortedKeys(c.values) {
		fmt.Fprintf(w, "%s%s %s\n", c.name, labelString(c.labels, k, "", ""), formatFloat(c.values[k]))
	}
}

// Histogram counts observations in buckets per label set.
type Histogram struct {
	name, help string
	labels     []string
	bounds     []float64
	mu         sync.Mutex
	series     map[string]*histSeries
}

type histSeries struct {
	counts []uint64 // per bucket, not cumulative
	count  uint64
	sum    float64
}

// NewHistogram registers a histogram with the upper bounds of its buckets
// (ascending) and the label names given.
func (r *Registry) NewHistogram(name, help string, bounds []float64, labels ...string) *Histogram {
	h := &Histogram{name: name, help: help, labels: labels, bounds: slices.Clone(bounds), series: map[string]*histSeries{}}
	r.mu.Lock()
	r.metrics = append(r.metrics, h)
	r.mu.Unlock()
	return h
}

// Observe records v for the label values given.
func (h *Histogram) Observe(v float64, labelValues ...string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	k := seriesKey(h.series, labelValues)
	s := h.series[k]
	if s == nil {
		s = &histSeries{counts: make([]uint64, len(h.bounds))}
		h.series[k] = s
	}
	if i, _ := slices.BinarySearch(h.bounds, v); i < len(h.bounds) {
		s.counts[i]++
	}
	s.count++
	s.sum += v
}

func (h *Histogram) write(w io.Writer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", h.name, h.help, h.name)
	keys := make([]string, 0, len(h.series))
	for k := range h.series {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := h.series[k]
		var cum uint64
		for i, b := range h.bounds {
			cum += s.counts[i]
			fmt.Fprintf(w, "%s_bucket%s %d\n", h.name, labelString(h.labels, k, "le", formatFloat(b)), cum)
		}
		fmt.Fprintf(w, "%s_bucket%s %d\n", h.name, labelString(h.labels, k, "le", "+Inf"), s.count)
		fmt.Fprintf(w, "%s_sum%s %s\n", h.name, labelString(h.labels, k, "", ""), formatFloat(s.sum))
		fmt.Fprintf(w, "%s_count%s %d\n", h.name, labelString(h.labels, k, "", ""), s.count)
	}
}

// GaugeFunc registers a gauge read when the registry is written: read
// returns a value per value of the one label named label ("" for a gauge
// without labels, whose value is under the key "").
func (r *Registry) GaugeFunc(name, help, label string, read func() map[string]float64) {
	r.mu.Lock()
	r.gauges = append(r.gauges, gaugeFunc{name: name, help: help, read: read, label: label})
	r.mu.Unlock()
}

// WriteTo writes every metric in the Prometheus text format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	ms := slices.Clone(r.metrics)
	gs := slices.Clone(r.gauges)
	r.mu.Unlock()
	cw := &countWriter{w: w}
	for _, m := range ms {
		m.write(cw)
	}
	for _, g := range gs {
		vals := g.read()
		if vals == nil {
			continue
		}
		fmt.Fprintf(cw, "# HELP %s %s\n# TYPE %s gauge\n", g.name, g.help, g.name)
		for _, k := range sortedKeys(vals) {
			labels := ""
			if g.label != "" {
				labels = "{" + g.label + "=" + strconv.Quote(k) + "}"
			}
			fmt.Fprintf(cw, "%s%s %s\n", g.name, labels, formatFloat(vals[k]))
		}
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// seriesKey joins label values into a map key, replacing them with
// "other" once the map holds MaxSeries series.
func seriesKey[V any](m map[string]V, values []string) string {
	k := strings.Join(values, "\x00")
	if _, ok := m[k]; ok || len(m) < MaxSeries {
		return k
	}
	other := make([]string, len(values))
	for i := range other {
		other[i] = "other"
	}
	return strings.Join(other, "\x00")
}

// labelString formats the labels of a series, with an extra label when
// extraName is set.
func labelString(names []string, key, extraName, extraValue string) string {
	var parts []string
	if len(names) > 0 {
		values := strings.Split(key, "\x00")
		for i, n := range names {
			v := ""
			if i < len(values) {
				v = values[i]
			}
			parts = append(parts, n+"="+strconv.Quote(v))
		}
	}
	if extraName != "" {
		parts = append(parts, extraName+"="+strconv.Quote(extraValue))
	}
	if len(parts) == 0 {
		return ""
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
