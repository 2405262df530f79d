package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph/eval"

	"github.com/pledgegraph/pledgegraph/loader"
)

// evalCommand declares the flags of eval on fs and returns what scores
// extraction against gold annotations.
func evalCommand(fs *pflag.FlagSet) runFunc {
	sweep := fs.Bool("sweep", false, "score each --min-confidence from 0 to 1 in steps of 0.05 and show the best")
	misses := fs.Bool("misses", false, "list each document's missed (FN) and extra (FP) facts, and those with a wrong date (DATE)")
	asJSON := fs.Bool("json", false, "print the summary as JSON, as the guidelines' scorer does with --json")
	rules := fs.Bool("rules", false, "print each extraction rule's facts, how many the gold has, and its precision")
	minConf := fs.Float64("min-confidence", loader.DefaultMinConfidence, "leave out facts whose confidence is below this, in [0, 1]")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() != 1 && !(*rules && fs.NArg() > 0) {
			return usageError{"want one DIR holding docs/ and gold/ (several with --rules)"}
		}
		if *minConf < 0 || *minConf > 1 {
			return usageError{fmt.Sprintf("--min-confidence %v: want a number from 0 to 1", *minConf)}
		}
		opts := loader.DefaultOptions()
		opts.MinConfidence = *minConf
		if *sweep {
			points, best, err := eval.Sweep(fs.Arg(0), extractionAt(opts))
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
		if *rules {
			all := map[string]eval.Tally{}
			for _, dir := range fs.Args() {
				s, err := eval.Evaluate(dir, extraction(opts))
				if err != nil {
					return err
				}
				for r, t := range s.Rules {
					all[r] = all[r].Plus(t)
				}
			}
			printRules(stdout, fs.Args(), all)
			return nil
		}
		s, err := eval.Evaluate(fs.Arg(0), extraction(opts))
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
}

// printRules prints one line per extraction rule, most facts first, as
// tab-separated fields: the rule, its facts, how many of them the gold
// holds (stated or inferred) and how many it does not, and its precision.
// The extraction reads this table from loader/extract/data/rules.tsv to
// rate its facts.
func printRules(w io.Writer, dirs []string, rules map[string]eval.Tally) {
	names := slices.Collect(maps.Keys(rules))
	slices.SortFunc(names, func(a, b string) int {
		ta, tb := rules[a], rules[b]
		return cmp.Or(cmp.Compare(tb.TP+tb.FP, ta.TP+ta.FP), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "# Precision of each extraction rule, measured by pledgegraph eval --rules on %s\n", strings.Join(dirs, ", "))
	fmt.Fprintf(w, "# rule\tfacts\ttp\tfp\tprecision\n")
	for _, n := range names {
		t := rules[n]
		p, _, _ := t.PRF()
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.3f\n", n, t.TP+t.FP, t.TP, t.FP, p)
	}
}
