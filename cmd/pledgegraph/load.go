package main

import (
	"context"
	"fmt"
	"io"

	"github.com/pledgegraph/pledgegraph/loader"
)

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", "load [flags] PATH...", stderr)
	var sf storeFlags
	sf.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no PATH: give .txt files or folders to load"}
	}
	log := newLogger(stderr)

	// Read everything first: a file that cannot be read is reported and
	// the others are still loaded.
	docs, readErr := loader.ReadPaths(fs.Args())
	failed := 0
	for _, e := range docErrors(readErr) {
		fmt.Fprintf(stdout, "FAIL %s: %v\n", e.Path, e.Err)
		failed++
	}

	if sf.db == "memory" {
		log.Warn("--db memory keeps nothing once load ends: use it to check documents, not to store them")
	}
	store, err := openStore(ctx, &sf, log)
	if err != nil {
		return err
	}
	defer store.Close()

	sum, err := loader.Load(ctx, store, docs, func(r loader.Report) {
		if r.Err != nil {
			fmt.Fprintf(stdout, "FAIL %s: %v\n", r.Doc, r.Err)
			return
		}
		fmt.Fprintf(stdout, "ok   %s: %d entities, %d facts, %d counts, %d warnings\n",
			r.Doc, r.Entities, r.Facts, r.Counts, len(r.Warnings))
		for _, w := range r.Warnings {
			fmt.Fprintf(stdout, "     warning: %s\n", w)
		}
	})
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted after %d documents: %w", sum.Documents, ctx.Err())
	}
	_ = err // each failure was reported above
	failed += sum.Failed
	fmt.Fprintf(stdout, "loaded %d of %d documents: %d entities, %d facts", sum.Documents, sum.Documents+failed, sum.Entities, sum.Facts)
	if failed > 0 {
		fmt.Fprintf(stdout, "; %d failed\n", failed)
		return fmt.Errorf("%d of %d documents could not be loaded", failed, sum.Documents+failed)
	}
	fmt.Fprintln(stdout)
	return nil
}
