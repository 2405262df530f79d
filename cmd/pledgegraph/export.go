package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph/export"
	"github.com/pledgegraph/pledgegraph/graph"
)

// exportFormats are the formats export writes, the first the default.
var exportFormats = []string{"nquads", string(export.CSV), string(export.GraphML), string(export.JSONLD)}

// checkFormat returns a usage error for a format export does not write.
func checkFormat(f string) error {
	if !slices.Contains(exportFormats, f) {
		return usageError{fmt.Sprintf("--format: unknown format %q (want %s)", f, strings.Join(exportFormats, ", "))}
	}
	return nil
}

// exportCommand declares the flags of export on fs and returns what
// writes the store's graph in a standard format.
func exportCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	format := fs.String("format", "nquads", "nquads (the store's quads, for import or another triple store), csv (one row per fact and quote), graphml (Gephi, yEd) or jsonld")
	out := fs.String("out", "", "file to write, replaced only when the export is whole (default: standard output)")
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() > 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
		}
		if err := checkFormat(*format); err != nil {
			return err
		}
		log := newLogger(ctx, stderr)
		store, err := openExisting(ctx, &sf, log)
		if err != nil {
			return err
		}
		defer store.Close()
		if *out == "" {
			what, err := writeExport(ctx, store, *format, stdout)
			if err != nil {
				return err
			}
			log.Info("export written", "format", *format, "wrote", what)
			return nil
		}
		return exportToFile(ctx, store, *format, *out, log)
	}
}

// exportToFile writes the export into a temporary file beside path and
// renames it to path once whole, so that a failed export leaves no part
// of a file.
func exportToFile(ctx context.Context, store *graph.Store, format, path string, log *slog.Logger) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	what, err := writeExport(ctx, store, format, f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	log.Info("export written", "format", format, "file", path, "wrote", what)
	return nil
}

// writeExport writes the store in a format to w, reading one state of it,
// and says what it wrote.
func writeExport(ctx context.Context, store *graph.Store, format string, w io.Writer) (string, error) {
	if format == "nquads" {
		n, err := store.ExportNQuads(ctx, w)
		return fmt.Sprintf("%d quads", n), err
	}
	ctx, release, err := store.View(ctx)
	if err != nil {
		return "", err
	}
	st, err := export.Write(ctx, store, export.Format(format), w)
	if rerr := release(); err == nil {
		err = rerr // damaged: the export is not whole
	}
	return fmt.Sprintf("%d entities, %d facts", st.Entities, st.Facts), err
}

// contentType returns the MIME type and file extension of an export
// format.
func contentType(format string) (string, string) {
	if format == "nquads" {
		return "application/n-quads", ".nq"
	}
	f := export.Format(format)
	return f.ContentType(), f.Ext()
}

// exportHandler serves GET /export?format=F (nquads by default): the
// graph, streamed as it is read from one state of the store. A failure
// once the answer has begun cuts the answer short (the client sees an
// incomplete response, never a complete-looking one) and is logged.
func exportHandler(store *graph.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		format := r.URL.Query().Get("format")
		if format == "" {
			format = "nquads"
		}
		if err := checkFormat(format); err != nil {
			http.Error(w, strings.TrimPrefix(err.Error(), "--format: "), http.StatusBadRequest)
			return
		}
		typ, ext := contentType(format)
		w.Header().Set("Content-Type", typ)
		w.Header().Set("Content-Disposition", `attachment; filename="pledgegraph`+ext+`"`)
		// a whole graph may take longer than the server's write timeout
		http.NewResponseController(w).SetWriteDeadline(time.Time{})
		what, err := writeExport(r.Context(), store, format, w)
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				log.ErrorContext(r.Context(), "export failed", "format", format, "error", err)
			}
			panic(http.ErrAbortHandler)
		}
		log.InfoContext(r.Context(), "export served", "format", format, "wrote", what)
	})
}

// importCommand declares the flags of import on fs and returns what loads
// an N-Quads export into an empty store.
func importCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if fs.NArg() != 1 {
			return usageError{"want one N-Quads file (written by pledgegraph export)"}
		}
		path := fs.Arg(0)
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
			return usageError{fmt.Sprintf("%s: not a regular file (import reads its file twice)", path)}
		}
		log := newLogger(ctx, stderr)
		store, err := openStore(ctx, &sf, log)
		if err != nil {
			return err
		}
		defer store.Close()
		n, err := store.ImportNQuads(ctx, f, func(done, total int64) {
			log.Info("importing", "quads", done, "of", total)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d quads imported from %s\n", n, path)
		return nil
	}
}
