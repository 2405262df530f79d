package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// Bounds on reading and storing any text load accepts, whatever it
// holds: the figures bench's hostile texts are measured against.
const (
	hostileMaxTime = 30 * time.Second
	hostileMaxRSS  = 300 << 20
)

// hostileTexts returns texts of nearly loader.MaxDocumentBytes built to
// cost the most: one sentence naming a signing said over and over, and
// the sentences of generated documents shuffled into one paragraph.
func hostileTexts(seed uint64) map[string]string {
	size := loader.MaxDocumentBytes - 64<<10
	one := "La France et l'Allemagne ont signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace le 12 novembre 2018. "
	var sents []string
	for _, g := range gen.Generate(50, seed) {
		for _, s := range strings.SplitAfter(g.Text, ". ") {
			sents = append(sents, strings.ReplaceAll(s, "\n", " "))
		}
	}
	r := rand.New(rand.NewPCG(seed, 2))
	var mixed strings.Builder
	for mixed.Len() < size {
		mixed.WriteString(sents[r.IntN(len(sents))])
	}
	return map[string]string{
		"one sentence repeated":            strings.Repeat(one, size/len(one)),
		"generated sentences in one block": mixed.String()[:size-512],
	}
}

// hostile measures reading, extracting and storing each hostile text in
// a fresh LevelDB store: time, and the process's peak resident memory
// (reset before each text where Linux allows it).
func (b *bench) hostile(ctx context.Context) error {
	texts := hostileTexts(b.seed)
	for _, name := range []string{"one sentence repeated", "generated sentences in one block"} {
		b.note("hostile text: %s", name)
		runtime.GC()
		resetPeakRSS()
		dir, err := os.MkdirTemp("", "pledgegraph-bench-")
		if err != nil {
			return err
		}
		start := time.Now()
		quads, err := storeOne(ctx, dir, []byte(texts[name]))
		took := time.Since(start)
		os.RemoveAll(dir)
		if err != nil {
			return fmt.Errorf("bench: hostile text (%s): %w", name, err)
		}
		rss := peakRSS()
		verdict := "within"
		if took > hostileMaxTime || rss > hostileMaxRSS {
			verdict = "OVER"
		}
		b.printf("hostile text (%s, %s): read, extracted and stored in %.1f s, %d quads, peak RSS %s (%s the bounds: %s, %s)",
			name, humanBytes(int64(len(texts[name]))), took.Seconds(), quads, humanBytes(rss), verdict, hostileMaxTime, humanBytes(hostileMaxRSS))
	}
	return nil
}

// storeOne reads raw as a document and stores what it says in a new
// LevelDB store in dir, returning the store's number of quads.
func storeOne(ctx context.Context, dir string, raw []byte) (int64, error) {
	doc, err := loader.NewDocument("hostile.txt", "hostile.txt", raw)
	if err != nil {
		return 0, err
	}
	store, err := graph.Open(ctx, "leveldb:"+dir)
	if err != nil {
		return 0, err
	}
	defer store.Close()
	if err := store.WriteExtraction(ctx, loader.Extract(doc)); err != nil {
		return 0, err
	}
	return store.Quads(ctx)
}

// resetPeakRSS resets the process's peak resident set size, on Linux.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS returns the process's peak resident set size in bytes (VmHWM),
// or 0 where /proc does not say.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
