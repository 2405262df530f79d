package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph/gen"
)

// genCommand declares the flags of gen on fs and returns what writes
// synthetic documents with their gold.
func genCommand(fs *pflag.FlagSet) runFunc {
	n := fs.Int("docs", 1000, "how many documents")
	seed := fs.Uint64("seed", 1, "the seed: the same seed writes the same documents")
	out := fs.String("out", "", "the folder to write into (created)")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if *out == "" || *n < 1 || fs.NArg() > 0 {
			return usageError{"give --out DIR and --docs N (1 or more)"}
		}
		for _, d := range []string{"docs", "gold"} {
			if err := os.MkdirAll(filepath.Join(*out, d), 0o755); err != nil {
				return fmt.Errorf("gen: %w", err)
			}
		}
		for _, d := range gen.Generate(*n, *seed) {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(*out, "docs", d.Name), []byte(d.Text), 0o644); err != nil {
				return fmt.Errorf("gen: %w", err)
			}
			b, err := json.MarshalIndent(d.Gold, "", " ")
			if err != nil {
				return fmt.Errorf("gen: %s: %w", d.Name, err)
			}
			gold := filepath.Join(*out, "gold", strings.TrimSuffix(d.Name, ".txt")+".json")
			if err := os.WriteFile(gold, append(b, '\n'), 0o644); err != nil {
				return fmt.Errorf("gen: %w", err)
			}
		}
		fmt.Fprintf(stdout, "wrote %d documents and their gold into %s\n", *n, *out)
		return nil
	}
}
