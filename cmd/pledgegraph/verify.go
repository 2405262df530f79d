package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
)

// runVerify reads everything a store holds and names the documents it
// cannot read whole. Its exit status is 1 when any is damaged.
func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("verify", "verify [flags]\n\nRead every document of the store, with its quads, record and facts, then every quad,\nand name what cannot be read. Exit status 1 when anything is damaged.", stderr)
	var sf storeFlags
	sf.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	log := newLogger(stderr)
	// the files first, every block of them: what no query reads too
	spec, err := sf.spec()
	if err != nil {
		return err
	}
	filesErr := graph.VerifyFiles(spec)
	switch {
	case pledgegraph.ErrorCode(filesErr) == pledgegraph.ECORRUPT:
		fmt.Fprintf(stdout, "DAMAGED (the store's files): %v\n", filesErr)
	case filesErr != nil:
		return fmt.Errorf("verify: %w", filesErr)
	}
	store, err := openStore(ctx, &sf, log)
	if err != nil {
		return err
	}
	defer store.Close()
	shown := time.Now()
	v, err := store.Verify(ctx, func(done, total int) {
		if time.Since(shown) >= 10*time.Second {
			shown = time.Now()
			log.Info("verifying", "documents", done, "of", total)
		}
	})
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	for _, c := range v.Damaged {
		name := string(c.Document)
		if name == "" {
			name = "(outside any document)"
		}
		fmt.Fprintf(stdout, "DAMAGED %s: %s\n", name, c.Problem)
	}
	fmt.Fprintf(stdout, "verified %d documents and %d quads: %d damaged\n", v.Documents, v.Quads, len(v.Damaged))
	if filesErr != nil && len(v.Damaged) == 0 {
		return fmt.Errorf("the store's files are damaged where no document reads: %w", filesErr)
	}
	if len(v.Damaged) > 0 {
		return fmt.Errorf("the store is damaged: %d of what it holds cannot be read whole", len(v.Damaged))
	}
	return nil
}
