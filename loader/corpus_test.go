package loader

import (
	"io/fs"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/corpus"
	"github.com/pledgegraph/pledgegraph/eval"
)

// minimum figures the extraction must reach on the embedded corpus.
var floor = map[string]float64{
	"entity_f1":  0.90,
	"fact_f1":    0.85,
	"negated_r":  0.90,
	"date_acc":   0.80,
	"inferred_r": 0.80,
	"count_f1":   0.80,
}

// TestCorpus extracts the embedded corpus, scores it against
// testdata/eval/gold like score.py does, and fails when a figure drops
// below its floor.
func TestCorpus(t *testing.T) {
	gold, err := eval.Load("../testdata/eval/gold")
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(corpus.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sys []eval.Document
	for _, n := range names {
		raw, err := fs.ReadFile(corpus.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := NewDocument(pledgegraph.DocumentID(n), "corpus/"+n, raw)
		if err != nil {
			t.Fatalf("NewDocument(%s): %v", n, err)
		}
		sys = append(sys, eval.FromExtraction(Extract(doc)))
	}
	s := eval.Score(gold, sys)
	t.Logf("%s", s)
	for _, d := range s.Docs {
		t.Logf("%s: facts tp=%d fp=%d fn=%d", d.Document, d.Facts.TP, d.Facts.FP, d.Facts.FN)
		for _, f := range d.FalseNeg {
			t.Logf("    FN  %s", f)
		}
		for _, f := range d.FalsePos {
			t.Logf("    FP  %s", f)
		}
	}
	got := map[string]float64{
		"entity_f1": s.EntityF1, "fact_f1": s.FactF1, "negated_r": s.NegatedR,
		"date_acc": s.DateAcc, "inferred_r": s.InferredR, "count_f1": s.CountF1,
	}
	for k, min := range floor {
		if got[k] < min {
			t.Errorf("%s = %v, want at least %v", k, got[k], min)
		}
	}
}
