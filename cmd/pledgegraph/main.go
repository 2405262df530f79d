// Command pledgegraph reads news documents about multi-stakeholder
// cyberspace initiatives, keeps what they say as a graph of entities and
// facts with provenance, and serves that graph over GraphQL.
//
// Usage:
//
//	pledgegraph serve   [--addr 127.0.0.1:8080] [--db SPEC] [--data DIR] [--write-token T]
//	pledgegraph load    [--db SPEC] [--data DIR] [--jobs N] [--replace] PATH... | -
//	pledgegraph remove  [--db SPEC] [--data DIR] NAME...
//	pledgegraph list    [--db SPEC] [--data DIR]
//	pledgegraph export  [--db SPEC] [--data DIR] [--format nquads|csv|graphml|jsonld] [--out FILE]
//	pledgegraph import  [--db SPEC] [--data DIR] FILE.nq
//	pledgegraph extract [--json] PATH...
//	pledgegraph eval    [--misses] [--json] DIR
//	pledgegraph version
//
// Every flag may also be given as an environment variable: PLEDGEGRAPH_ADDR,
// PLEDGEGRAPH_DB, PLEDGEGRAPH_DATA and others (see each command's -h). A
// flag on the command line wins.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `pledgegraph — who supported which cyberspace initiative, since when, and which document says so

Usage:
  pledgegraph serve   [flags]          serve the graph over GraphQL (loads the built-in corpus into an empty store)
  pledgegraph load    [flags] PATH...  extract .txt, .md and .html files, folders or - (standard input) and store what they say
  pledgegraph remove  [flags] NAME...  remove documents and what only they say
  pledgegraph list    [flags]          list the stored documents
  pledgegraph verify  [flags]          read everything the store holds and name the damaged documents
  pledgegraph export  [flags]          write the graph as N-Quads, CSV, GraphML or JSON-LD
  pledgegraph import  [flags] FILE.nq  load an N-Quads export into an empty store
  pledgegraph extract [flags] PATH...  print what the documents say, without storing anything
  pledgegraph eval    [flags] DIR      score extraction against gold annotations (DIR/docs, DIR/gold)
  pledgegraph gen     [flags]          write synthetic documents with their gold (DIR/docs, DIR/gold)
  pledgegraph bench   [flags]          measure extraction, ingestion and queries on generated documents
  pledgegraph version                  print the version, the revision it was built from and the Go version

Run 'pledgegraph COMMAND -h' for the flags of a command.
`

// exitUsage is the exit status for a command line that cannot be run.
const exitUsage = 2

// run runs the command line args and returns the process's exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var cmd func(context.Context, []string, io.Writer, io.Writer) error
	switch args[0] {
	case "serve":
		cmd = runServe
	case "load":
		cmd = runLoad
	case "remove":
		cmd = runRemove
	case "list":
		cmd = runList
	case "verify":
		cmd = runVerify
	case "export":
		cmd = runExport
	case "import":
		cmd = runImport
	case "extract":
		cmd = runExtract
	case "eval":
		cmd = runEval
	case "gen":
		cmd = runGen
	case "bench":
		cmd = runBench
	case "version", "--version", "-version":
		cmd = runVersion
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "pledgegraph: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	err := cmd(ctx, args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		if err.Error() != "" { // flag errors are printed by the flag package
			fmt.Fprintf(stderr, "pledgegraph %s: %v\n", args[0], err)
		}
		return exitUsage
	}
	fmt.Fprintf(stderr, "pledgegraph %s: %v\n", args[0], err)
	return 1
}

// usageError is a command line that cannot be run as given.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// newLogger returns the logger commands write progress to: text on
// standard error, at info level unless PLEDGEGRAPH_LOG_LEVEL says debug,
// warn or error.
func newLogger(w io.Writer) *slog.Logger {
	var level slog.Level
	if v := os.Getenv("PLEDGEGRAPH_LOG_LEVEL"); v != "" {
		if err := level.UnmarshalText([]byte(v)); err != nil {
			level = slog.LevelInfo
		}
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
