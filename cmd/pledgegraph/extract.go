package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph/eval"
	"github.com/pledgegraph/pledgegraph/loader"
)

// extractCommand declares the flags of extract on fs and returns what
// prints what documents say, without storing anything.
func extractCommand(fs *pflag.FlagSet) runFunc {
	asJSON := fs.Bool("json", false, "print the extraction guidelines' JSON format: {\"documents\": [...]}")
	minConf := fs.Float64("min-confidence", loader.DefaultMinConfidence, "leave out facts whose confidence is below this, in [0, 1]")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if *minConf < 0 || *minConf > 1 {
			return usageError{fmt.Sprintf("--min-confidence %v: want a number from 0 to 1", *minConf)}
		}
		opts := loader.DefaultOptions()
		opts.MinConfidence = *minConf
		if fs.NArg() == 0 {
			return usageError{"no PATH: give .txt files or folders to extract"}
		}
		docs, readErr := loader.ReadPaths(fs.Args())
		for _, e := range docErrors(readErr) {
			fmt.Fprintf(stderr, "pledgegraph extract: %s: %v\n", e.Path, e.Err)
		}
		printReadWarnings(stderr, "pledgegraph extract: warning: ", docs)
		out := struct {
			Documents []eval.Document `json:"documents"`
		}{Documents: []eval.Document{}}
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			x := loader.ExtractWithOptions(d, opts)
			if *asJSON {
				out.Documents = append(out.Documents, eval.FromExtraction(x))
				continue
			}
			printExtraction(stdout, x)
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(out); err != nil {
				return fmt.Errorf("write json: %w", err)
			}
		}
		if readErr != nil {
			return fmt.Errorf("%d files could not be read", len(docErrors(readErr)))
		}
		return nil
	}
}
