package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/corpus"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

// serveCommand declares the flags of serve on fs and returns what serves
// the graph over HTTP until ctx ends. An environment variable that sets a
// flag's default wrongly is a usage error of serve, not of the commands
// that do not read it.
func serveCommand(fs *pflag.FlagSet) runFunc {
	var sf storeFlags
	sf.register(fs)
	addr := fs.String("addr", envOr("PLEDGEGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on [$PLEDGEGRAPH_ADDR]")
	seedDefault, seedErr := envBool("PLEDGEGRAPH_SEED", true)
	seed := fs.Bool("seed", seedDefault, "load the built-in corpus when the store is empty [$PLEDGEGRAPH_SEED]")
	var hopts handlerOptions
	checkHandler := hopts.register(fs)
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if seedErr != nil {
			return usageError{seedErr.Error()}
		}
		if err := checkHandler(); err != nil {
			return usageError{err.Error()}
		}
		if fs.NArg() > 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
		}
		log := newLogger(ctx, stderr)

		store, err := openStore(ctx, &sf, log)
		if err != nil {
			return err
		}
		defer store.Close()

		if *seed {
			if err := seedStore(ctx, store, log); err != nil {
				return err
			}
		}
		totals, err := store.Totals(ctx)
		switch {
		case pledgegraph.ErrorCode(err) == pledgegraph.ECORRUPT:
			// served all the same: answers that read the damage fail with
			// store_corrupt, and /readyz answers 503
			log.Error("the store is damaged: run pledgegraph verify", "error", err)
		case err != nil:
			return fmt.Errorf("read store statistics: %w", err)
		default:
			f := totals.Facts
			log.Info("store ready", "documents", totals.Documents, "entities", totals.Entities, "facts", f.Facts(),
				"facts_stated", f.Stated, "facts_inferred", f.Inferred, "facts_reference", f.Reference)
			if _, err := store.Damage(); err != nil {
				log.Error("the store is damaged: run pledgegraph verify", "error", err)
			}
		}

		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w", *addr, err)
		}
		srv := &http.Server{
			Handler:           newHandler(store, log, hopts),
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       30 * time.Second,
			WriteTimeout:      60 * time.Second,
			IdleTimeout:       120 * time.Second,
			ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		}
		log.Info("serving GraphQL", "query", "http://"+ln.Addr().String()+"/query", "graphiql", "http://"+ln.Addr().String()+"/")
		errc := make(chan error, 1)
		go func() { errc <- srv.Serve(ln) }()
		select {
		case err := <-errc:
			return fmt.Errorf("serve: %w", err)
		case <-ctx.Done():
		}
		log.Info("shutting down")
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("shut down: %w", err)
		}
		return nil
	}
}

// register adds the flags of the HTTP API to fs, with defaults from the
// environment; check, called once fs is parsed, reads and checks what
// they say (and the environment variables).
func (o *handlerOptions) register(fs *pflag.FlagSet) (check func() error) {
	introDefault, introErr := envBool("PLEDGEGRAPH_INTROSPECTION", true)
	maxSubsDefault, maxSubsErr := envInt("PLEDGEGRAPH_MAX_SUBSCRIPTIONS", resolvers.DefaultMaxSubscriptions)
	fs.BoolVar(&o.introspection, "introspection", introDefault, "answer __schema and __type queries [$PLEDGEGRAPH_INTROSPECTION]")
	fs.StringVar(&o.writeToken, "write-token", os.Getenv("PLEDGEGRAPH_WRITE_TOKEN"),
		"token that mutations must send as Authorization: Bearer TOKEN; none: the server is read-only [$PLEDGEGRAPH_WRITE_TOKEN]")
	cors := fs.String("cors-origins", os.Getenv("PLEDGEGRAPH_CORS_ORIGINS"),
		"origins whose browser pages may query the API, separated by commas, or * for any (default: none) [$PLEDGEGRAPH_CORS_ORIGINS]")
	fs.IntVar(&o.maxSubscriptions, "max-subscriptions", maxSubsDefault,
		"subscriptions open at once, over Server-Sent Events and WebSockets together; more are refused with code unavailable (status 503 over Server-Sent Events); -1: no limit [$PLEDGEGRAPH_MAX_SUBSCRIPTIONS]")
	return func() error {
		if err := cmp.Or(introErr, maxSubsErr); err != nil {
			return err
		}
		var err error
		if o.corsOrigins, err = parseOrigins(*cors); err != nil {
			return err
		}
		if t := o.writeToken; t != "" && len(t) < 16 {
			return errors.New("--write-token: use at least 16 characters")
		}
		if o.maxSubscriptions == 0 {
			return errors.New("--max-subscriptions: use at least 1, or -1 for no limit")
		}
		return nil
	}
}

// openStore opens the store the flags name, creating the data directory
// of the default LevelDB store on first start.
func openStore(ctx context.Context, sf *storeFlags, log *slog.Logger, opts ...graph.Option) (*graph.Store, error) {
	spec, err := sf.spec()
	if err != nil {
		return nil, err
	}
	if path, ok := strings.CutPrefix(spec, "leveldb:"); ok {
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
	}
	log.Info("opening store", "db", redact(spec))
	store, err := graph.Open(ctx, spec, opts...)
	if err != nil {
		return nil, err
	}
	return store, nil
}

// openExisting opens the store sf names for a command that reads it
// (list, remove, verify, export): unlike openStore it creates nothing, and
// a LevelDB store that does not exist is an error that says so.
func openExisting(ctx context.Context, sf *storeFlags, log *slog.Logger) (*graph.Store, error) {
	spec, err := sf.spec()
	if err != nil {
		return nil, err
	}
	if path, ok := strings.CutPrefix(spec, "leveldb:"); ok {
		if _, err := os.Stat(filepath.Join(path, "CURRENT")); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s (serve, load and import create one; --data or --db names another)", path)
		}
	}
	return openStore(ctx, sf, log)
}

// redact hides the password of a database URL, for logs.
func redact(spec string) string {
	i := strings.Index(spec, "://")
	if i < 0 {
		return spec
	}
	at := strings.LastIndex(spec, "@")
	colon := strings.Index(spec[i+3:], ":")
	if at < 0 || colon < 0 || i+3+colon > at {
		return spec
	}
	return spec[:i+3+colon+1] + "xxxxx" + spec[at:]
}

// seedStore loads the built-in corpus into an empty store, so that a
// fresh start answers queries.
func seedStore(ctx context.Context, store *graph.Store, log *slog.Logger) error {
	empty, err := store.Empty(ctx)
	if err != nil {
		return fmt.Errorf("check whether the store is empty: %w", err)
	}
	if !empty {
		return nil
	}
	docs, err := readCorpus()
	if err != nil {
		return err
	}
	log.Info("empty store: loading the built-in corpus", "documents", len(docs))
	sum, err := loader.Load(ctx, store, docs, nil)
	if err != nil {
		return fmt.Errorf("load built-in corpus: %w", err)
	}
	log.Info("built-in corpus loaded", "documents", sum.Documents, "counts", sum.Counts)
	return nil
}

// readCorpus reads the built-in documents.
func readCorpus() ([]*pledgegraph.Document, error) {
	names, err := fs.Glob(corpus.FS, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("list built-in corpus: %w", err)
	}
	var docs []*pledgegraph.Document
	for _, name := range names {
		raw, err := fs.ReadFile(corpus.FS, name)
		if err != nil {
			return nil, fmt.Errorf("read built-in document %s: %w", name, err)
		}
		d, err := loader.ReadDocument(pledgegraph.DocumentID(name), "corpus/"+name, raw)
		if err != nil {
			return nil, fmt.Errorf("read built-in document %s: %w", name, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}
