package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/pledgegraph/pledgegraph/eval"
)

// Evaluate extracts the documents of dir/docs and scores them against the
// gold annotations of dir/gold (one JSON file per document, in the
// extraction guidelines' format), as the guidelines' scorer does. A gold
// document whose text is missing scores as all missed; a document that
// cannot be read is an error, since the figures would be wrong.
func Evaluate(dir string, opts Options) (eval.Summary, error) {
	gold, err := eval.Load(filepath.Join(dir, "gold"))
	if err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: read gold: %w", dir, err)
	}
	if len(gold) == 0 {
		return eval.Summary{}, fmt.Errorf("evaluate %s: no gold annotations in %s", dir, filepath.Join(dir, "gold"))
	}
	docsDir := filepath.Join(dir, "docs")
	if _, err := os.Stat(docsDir); err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	docs, err := ReadPaths([]string{docsDir})
	if err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	system := make([]eval.Document, 0, len(docs))
	for _, d := range docs {
		system = append(system, eval.FromExtraction(ExtractWithOptions(d, opts)))
	}
	return eval.Score(gold, system), nil
}

// SweepPoint is the evaluation of one confidence threshold.
type SweepPoint struct {
	MinConfidence float64
	Summary       eval.Summary
}

// Sweep evaluates dir (see Evaluate) once for each threshold of
// MinConfidence from 0 to 1 in steps of 0.05, the other options as in
// opts, and returns the points in that order with the index of the one
// with the best fact F1 (the lowest threshold among equals).
func Sweep(dir string, opts Options) ([]SweepPoint, int, error) {
	var out []SweepPoint
	best := 0
	for k := 0; k <= 20; k++ {
		opts.MinConfidence = float64(k) / 20
		s, err := Evaluate(dir, opts)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, SweepPoint{MinConfidence: opts.MinConfidence, Summary: s})
		if s.FactF1 > out[best].Summary.FactF1 {
			best = len(out) - 1
		}
	}
	return slices.Clip(out), best, nil
}
