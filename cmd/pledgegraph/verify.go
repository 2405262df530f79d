package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// verifyCommand declares the flags of verify on fs and returns what
// reads everything a store holds and names the documents it
// cannot read whole; with --repair it rebuilds a damaged LevelDB store
// from the documents it can read. Its exit status is 1 when anything is
// damaged (and not repaired).
func verifyCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	repair := fs.Bool("repair", false, "rebuild a damaged LevelDB store from the texts of the documents it can read, drop the others and say which; the damaged store is kept beside it")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() > 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
		}
		log := newLogger(ctx, stderr)
		spec, err := sf.spec()
		if err != nil {
			return err
		}
		damaged, err := verifyStore(ctx, spec, &sf, log, stdout)
		if err != nil || damaged == 0 {
			return err
		}
		if !*repair {
			return fmt.Errorf("the store is damaged: %d of what it holds cannot be read whole (pledgegraph verify --repair rebuilds it from its documents)", damaged)
		}
		return repairStore(ctx, spec, &sf, log, stdout)
	}
}

// verifyStore checks the files of the store (every block, on LevelDB),
// then what it holds, prints a line for each damage and a summary, and
// returns how many damages it found.
func verifyStore(ctx context.Context, spec string, sf *storeFlags, log *slog.Logger, stdout io.Writer) (int, error) {
	damaged := 0
	filesErr := graph.VerifyFiles(spec)
	switch {
	case pledgegraph.ErrorCode(filesErr) == pledgegraph.ECORRUPT:
		fmt.Fprintf(stdout, "DAMAGED (the store's files): %v\n", filesErr)
		damaged++
	case filesErr != nil:
		return 0, fmt.Errorf("verify: %w", filesErr)
	}
	store, err := openExisting(ctx, sf, log)
	if pledgegraph.ErrorCode(err) == pledgegraph.ECORRUPT {
		fmt.Fprintf(stdout, "DAMAGED (what opening the store reads): %v\n", err)
		return damaged + 1, nil
	} else if err != nil {
		return 0, err
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
		return 0, fmt.Errorf("verify: %w", err)
	}
	for _, c := range v.Damaged {
		name := string(c.Document)
		if name == "" {
			name = "(outside any document)"
		}
		fmt.Fprintf(stdout, "DAMAGED %s: %s\n", name, c.Problem)
	}
	fmt.Fprintf(stdout, "verified %d documents and %d quads: %d damaged\n", v.Documents, v.Quads, len(v.Damaged))
	return damaged + len(v.Damaged), nil
}

// repairStore rebuilds a damaged LevelDB store: the documents whose
// record reads whole are extracted again into a fresh store, which takes
// the damaged one's place; the damaged one is kept beside it.
func repairStore(ctx context.Context, spec string, sf *storeFlags, log *slog.Logger, stdout io.Writer) error {
	path, ok := strings.CutPrefix(spec, "leveldb:")
	if !ok {
		return fmt.Errorf("the store is damaged, and --repair rebuilds LevelDB stores only: load the documents again into a fresh store")
	}
	store, err := openExisting(ctx, sf, log)
	if err != nil {
		return fmt.Errorf("repair: the store cannot be opened (%w): load the documents again into a fresh store", err)
	}
	kept, lost, unnamed, err := store.Salvage(ctx)
	store.Close()
	if err != nil {
		return fmt.Errorf("repair: %w: load the documents again into a fresh store", err)
	}
	fresh := path + ".repairing"
	os.RemoveAll(fresh)
	rebuilt, err := graph.Open(ctx, "leveldb:"+fresh, bulkOptions(len(kept))...)
	if err != nil {
		return fmt.Errorf("repair: %w", err)
	}
	log.Info("repair: rebuilding the store from its documents", "documents", len(kept), "dropped", len(lost)+max(unnamed, 0))
	sum, lerr := loader.LoadWith(ctx, rebuilt, kept, loader.LoadOptions{Jobs: runtime.NumCPU(), Batch: defaultBatch}, nil)
	if cerr := rebuilt.Close(); lerr == nil {
		lerr = cerr
	}
	if lerr != nil || sum.Failed > 0 {
		os.RemoveAll(fresh)
		return fmt.Errorf("repair: rebuilding failed, the damaged store is left as it was: %d documents failed: %v", sum.Failed, lerr)
	}
	aside := fmt.Sprintf("%s.damaged-%s", path, time.Now().UTC().Format("20060102T150405"))
	if err := os.Rename(path, aside); err != nil {
		return fmt.Errorf("repair: %w", err)
	}
	if err := os.Rename(fresh, path); err != nil {
		return fmt.Errorf("repair: %w (the rebuilt store is %s, the damaged one %s)", err, fresh, aside)
	}
	for _, id := range lost {
		fmt.Fprintf(stdout, "DROPPED %s: its record cannot be read whole\n", id)
	}
	switch {
	case unnamed > 0:
		fmt.Fprintf(stdout, "DROPPED %d more: the store counted them, but their names cannot be read\n", unnamed)
	case unnamed < 0:
		fmt.Fprintf(stdout, "the store's count of its documents cannot be read: documents whose names cannot be read either are lost unlisted\n")
	}
	fmt.Fprintf(stdout, "repaired: %d documents rebuilt from their texts, %d dropped; the damaged store is kept in %s\n", len(kept), len(lost)+max(unnamed, 0), aside)
	return nil
}
