package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// defaultBatch is how many documents load writes per transaction: Cayley's
// key-value stores write 64 documents in one transaction about eight
// times faster than one at a time (BENCHMARKS.md).
const defaultBatch = 64

// bulkDocs is the number of documents from which a load into an empty
// LevelDB store opens it with Cayley's bloom filters on (see
// graph.ForBulkLoad): 10,000 documents load 1.4 to 2.1 times as fast with
// them, 1,000 a little slower, and the filters take 0.6 to 1.1 GB of
// memory (BENCHMARKS.md).
const bulkDocs = 5000

// bulkOptions returns the options of a store about to take n documents.
func bulkOptions(n int) []graph.Option {
	if n >= bulkDocs {
		return []graph.Option{graph.ForBulkLoad()}
	}
	return nil
}

// loadCommand declares the flags of load on fs and returns what reads,
// extracts and stores the documents the arguments name.
func loadCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	jobs := fs.Int("jobs", runtime.NumCPU(), "documents extracted at once")
	batch := fs.Int("batch", defaultBatch, "documents written per transaction (with --replace: 1); after a crash each document is stored whole or not at all")
	replace := fs.Bool("replace", false, "store a changed text in place of the stored document of the same name (default: refuse it)")
	progress := fs.Bool("progress", false, "show a progress bar instead of a line per document (default: on terminals)")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if !fs.Changed("progress") {
			*progress = isTerminal(stdout)
		}
		if fs.NArg() == 0 {
			return usageError{"no PATH: give files, folders or - (standard input) to load"}
		}
		if *jobs < 1 {
			return usageError{fmt.Sprintf("--jobs %d: want 1 or more", *jobs)}
		}
		if *batch < 1 {
			return usageError{fmt.Sprintf("--batch %d: want 1 or more", *batch)}
		}
		log := newLogger(ctx, stderr)

		// Read everything first: a file that cannot be read is reported and
		// the others are still loaded.
		docs, readErr, err := readPaths(ctx, fs.Args())
		if err != nil {
			return err
		}
		failed, readWarnings, docWarnings := reportRead(stderr, docs, readErr)

		if sf.db == "memory" {
			log.Warn("--db memory keeps nothing once load ends: use it to check documents, not to store them")
		}
		store, err := openStore(ctx, &sf, log, bulkOptions(len(docs))...)
		if err != nil {
			return err
		}
		defer store.Close()

		var bar *progressbar.ProgressBar
		if *progress && len(docs) > 0 {
			bar = progressbar.NewOptions(len(docs),
				progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("loading"),
				progressbar.OptionShowCount(),
				progressbar.OptionSetItsString("docs"),
				progressbar.OptionShowIts(),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionThrottle(100_000_000))
		}
		stored, last := 0, ""
		sum, _ := loader.LoadWith(ctx, store, docs, loader.LoadOptions{Jobs: *jobs, Batch: *batch, Replace: *replace}, func(r loader.Report) {
			if bar != nil {
				bar.Add(1)
			}
			if r.Err != nil && ctx.Err() != nil && errors.Is(r.Err, ctx.Err()) {
				return // not written: the summary says where the load stopped
			}
			if r.Err == nil {
				stored, last = stored+1, string(r.Doc)
			}
			if r.Err != nil {
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(stderr, "FAIL %s: %v\n", pledgegraph.Quote(string(r.Doc)), r.Err)
				return
			}
			if bar != nil {
				return
			}
			fmt.Fprintf(stdout, "ok   %s: %d entities, %d facts, %d counts, %d warnings\n",
				pledgegraph.Quote(string(r.Doc)), r.Entities, r.Facts, r.Counts, len(r.Warnings)+docWarnings[r.Doc])
			for _, w := range r.Warnings {
				fmt.Fprintf(stderr, "WARN %s: %s\n", pledgegraph.Quote(string(r.Doc)), w)
			}
		})
		if bar != nil {
			bar.Finish()
		}
		if ctx.Err() != nil {
			fmt.Fprintf(stdout, "interrupted: %d of %d documents stored", stored, len(docs))
			if last != "" {
				fmt.Fprintf(stdout, " (the last: %s)", pledgegraph.Quote(last))
			}
			fmt.Fprintln(stdout, "; the others were not written: load the same paths again to go on (stored texts are left as they are)")
			return fmt.Errorf("interrupted: %w", ctx.Err())
		}
		failed += sum.Failed
		fmt.Fprintf(stdout, "loaded %d of %d documents, %d warnings", sum.Documents-sum.Failed, sum.Documents+failed-sum.Failed, sum.Warnings+readWarnings)
		if t, err := store.Totals(ctx); err == nil {
			// the totals of the store, counted as the stats query counts them
			f := t.Facts
			fmt.Fprintf(stdout, "; the store holds %d documents, %d entities, %d facts (%d stated, %d inferred) and %d reference memberships",
				t.Documents, t.Entities, f.Facts(), f.Stated, f.Inferred, f.Reference)
		}
		if failed > 0 {
			fmt.Fprintf(stdout, "; %d failed\n", failed)
			return fmt.Errorf("%d of %d documents could not be loaded", failed, sum.Documents+failed-sum.Failed)
		}
		fmt.Fprintln(stdout)
		return nil
	}
}

// readPaths is loader.ReadPaths, given up when ctx ends (a signal while
// standard input is being read): it returns ctx's error then.
func readPaths(ctx context.Context, paths []string) ([]*pledgegraph.Document, error, error) {
	type read struct {
		docs []*pledgegraph.Document
		err  error
	}
	done := make(chan read, 1)
	go func() {
		docs, err := loader.ReadPaths(paths)
		done <- read{docs, err}
	}()
	select {
	case r := <-done:
		return r.docs, r.err, nil
	case <-ctx.Done():
		return nil, nil, fmt.Errorf("interrupted while reading the documents: %w", ctx.Err())
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// removeCommand declares the flags of remove on fs and returns what
// removes the documents the arguments name.
func removeCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() == 0 {
			return usageError{"no NAME: give the names of the documents to remove (see pledgegraph list)"}
		}
		log := newLogger(ctx, stderr)
		store, err := openExisting(ctx, &sf, log)
		if err != nil {
			return err
		}
		defer store.Close()
		failed := 0
		for _, name := range fs.Args() {
			r, err := store.RemoveDocument(ctx, pledgegraph.DocumentID(name))
			if err != nil {
				fmt.Fprintf(stderr, "FAIL %s: %v\n", pledgegraph.Quote(name), err)
				failed++
				continue
			}
			fmt.Fprintf(stdout, "removed %s: %d facts and %d entities went with it, %d facts stay with other evidence\n",
				name, len(r.Facts), len(r.Entities), len(r.FactsKept))
		}
		if failed > 0 {
			return fmt.Errorf("%d of %d documents could not be removed", failed, fs.NArg())
		}
		return nil
	}
}

// listCommand declares the flags of list on fs and returns what lists the
// stored documents.
func listCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() > 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
		}
		log := newLogger(ctx, stderr)
		store, err := openExisting(ctx, &sf, log)
		if err != nil {
			return err
		}
		defer store.Close()
		ctx, release, err := store.View(ctx) // one state of the store for the whole listing
		if err != nil {
			return fmt.Errorf("list documents: %w", err)
		}
		docs, n, err := store.FindDocuments(ctx, pledgegraph.DocumentFilter{})
		if rerr := release(); err == nil && rerr != nil {
			err = rerr // damaged: the list would not be whole
		}
		if err != nil {
			return fmt.Errorf("list documents: %w", err)
		}
		for _, d := range docs {
			pub := d.Published.String()
			if pub == "" {
				pub = "-"
			}
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", pledgegraph.Quote(string(d.ID)), pub, d.Lang, pledgegraph.Quote(d.Title))
		}
		fmt.Fprintf(stderr, "%d documents\n", n)
		return nil
	}
}

// reportRead writes on w a line for each file that could not be read
// ("FAIL path: reason") and for each warning about what reading the
// others could not take as it was written ("WARN path: what"; see
// pledgegraph.Document.Warnings). It returns how many files failed, how
// many warnings it wrote and how many each document had.
func reportRead(w io.Writer, docs []*pledgegraph.Document, readErr error) (failed, warnings int, perDoc map[pledgegraph.DocumentID]int) {
	for _, e := range docErrors(readErr) {
		if e.Offset >= 0 {
			fmt.Fprintf(w, "FAIL %s: offset %d: %v\n", pledgegraph.Quote(e.Path), e.Offset, e.Err)
		} else {
			fmt.Fprintf(w, "FAIL %s: %v\n", pledgegraph.Quote(e.Path), e.Err)
		}
		failed++
	}
	perDoc = map[pledgegraph.DocumentID]int{}
	for _, d := range docs {
		perDoc[d.ID] = len(d.Warnings)
	}
	return failed, printReadWarnings(w, "WARN ", docs), perDoc
}

// printReadWarnings writes on w, a line each after prefix, the warnings
// of reading docs, and returns how many it wrote. A warning is not a
// failure: the documents are still loaded.
func printReadWarnings(w io.Writer, prefix string, docs []*pledgegraph.Document) int {
	n := 0
	for _, d := range docs {
		for _, msg := range d.Warnings {
			fmt.Fprintf(w, "%s%s: %s\n", prefix, pledgegraph.Quote(d.Source), msg)
			n++
		}
	}
	return n
}
