package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/pledgegraph/pledgegraph/loader"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval [--misses] [--json] [--sweep] DIR\n\nDIR holds docs/*.txt and gold/*.json (the extraction guidelines' format).", stderr)
	sweep := fs.Bool("sweep", false, "score each --min-confidence from 0 to 1 in steps of 0.05 and show the best")
	misses := fs.Bool("misses", false, "list each document's missed (FN) and extra (FP) facts, and those with a wrong date (DATE)")
	asJSON := fs.Bool("json", false, "print the summary as JSON, as the guidelines' scorer does with --json")
	minConf := fs.Float64("min-confidence", loader.DefaultMinConfidence, "leave out facts whose confidence is below this, in [0, 1]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"want one DIR holding docs/ and gold/"}
	}
	if *minConf < 0 || *minConf > 1 {
		return usageError{fmt.Sprintf("--min-confidence %v: want a number from 0 to 1", *minConf)}
	}
	opts := loader.DefaultOptions()
	opts.MinConfidence = *minConf
	if *sweep {
		points, best, err := loader.Sweep(fs.Arg(0), opts)
		if err != nil {
			return err
		}
		for k, p := range points {
			mark := ""
			if k == best {
				mark = "  <- best fact_f1"
			}
			fmt.Fprintf(stdout, "min_confidence=%.2f fact_p=%.3f fact_r=%.3f fact_f1=%.3f inferred_r=%.3f%s\n",
				p.MinConfidence, p.Summary.FactP, p.Summary.FactR, p.Summary.FactF1, p.Summary.InferredR, mark)
		}
		return nil
	}
	s, err := loader.Evaluate(fs.Arg(0), opts)
	if err != nil {
		return err
	}
	if *asJSON {
		b, err := json.Marshal(s)
		if err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return nil
	}
	for _, d := range s.Docs {
		note := ""
		if d.Missing {
			note = "  (no document text)"
		}
		fmt.Fprintf(stdout, "== %s%s\n", d.Document, note)
		if *misses {
			for _, f := range d.FalseNeg {
				fmt.Fprintf(stdout, "    FN  %s\n", f)
			}
			for _, f := range d.FalsePos {
				fmt.Fprintf(stdout, "    FP  %s\n", f)
			}
			for _, f := range d.BadDates {
				fmt.Fprintf(stdout, "    DATE  %s\n", f)
			}
			for _, c := range d.CountMisses {
				fmt.Fprintf(stdout, "    COUNT %s\n", c)
			}
		}
		fmt.Fprintf(stdout, "   entities tp=%d fp=%d fn=%d  facts tp=%d fp=%d fn=%d  inferred tp=%d fn=%d  counts tp=%d fp=%d fn=%d\n",
			d.Entities.TP, d.Entities.FP, d.Entities.FN, d.Facts.TP, d.Facts.FP, d.Facts.FN,
			d.Inferred.TP, d.Inferred.FN, d.Counts.TP, d.Counts.FP, d.Counts.FN)
	}
	fmt.Fprintln(stdout, s)
	return nil
}
