package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// System says what an extraction system makes of the documents of a
// folder, a Document each, in the guidelines' format.
type System func(docsDir string) ([]Document, error)

// Evaluate runs sys on dir/docs and scores what it says against the gold
// annotations of dir/gold (one JSON file per document), as the
// guidelines' scorer does. A gold document whose text is missing scores
// as all missed; a document sys cannot read is an error, since the
// figures would be wrong.
func Evaluate(dir string, sys System) (Summary, error) {
	gold, err := Load(filepath.Join(dir, "gold"))
	if err != nil {
		return Summary{}, fmt.Errorf("evaluate %s: read gold: %w", dir, err)
	}
	if len(gold) == 0 {
		return Summary{}, fmt.Errorf("evaluate %s: no gold annotations in %s", dir, filepath.Join(dir, "gold"))
	}
	docsDir := filepath.Join(dir, "docs")
	if _, err := os.Stat(docsDir); err != nil {
		return Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	system, err := sys(docsDir)
	if err != nil {
		return Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	return Score(gold, system), nil
}

// SweepPoint is the evaluation of one confidence threshold.
type SweepPoint struct {
	MinConfidence float64
	Summary       Summary
}

// Sweep evaluates dir (see Evaluate) with the system sys returns for
// each minimum confidence from 0 to 1 in steps of 0.05, and returns the
// points in that order with the index of the one with the best fact F1
// (the lowest threshold among equals).
func Sweep(dir string, sys func(minConfidence float64) System) ([]SweepPoint, int, error) {
	var out []SweepPoint
	best := 0
	for k := 0; k <= 20; k++ {
		c := float64(k) / 20
		s, err := Evaluate(dir, sys(c))
		if err != nil {
			return nil, 0, err
		}
		out = append(out, SweepPoint{MinConfidence: c, Summary: s})
		if s.FactF1 > out[best].Summary.FactF1 {
			best = len(out) - 1
		}
	}
	return slices.Clip(out), best, nil
}
