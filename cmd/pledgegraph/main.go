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
//	pledgegraph completion bash|zsh|fish
//	pledgegraph version
//
// Flags may come anywhere on the line, before or after the arguments, as
// --flag value or --flag=value; --log-format json makes every command log
// JSON lines. Every flag may also be given as an environment variable:
// PLEDGEGRAPH_ADDR, PLEDGEGRAPH_DB, PLEDGEGRAPH_DATA and others (see
// pledgegraph --help). A flag on the command line wins.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ownsProcess = true
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// ownsProcess, set by main, has run make each command's logger the
// default logger too, which the packages that are given no logger (the
// loader, the store) write to, so that --log-format holds for their lines
// as well. Tests leave it unset: the default logger is shared by every run
// of a test binary.
var ownsProcess bool

// exitUsage is the exit status for a command line that cannot be run.
const exitUsage = 2

// run runs the command line args and returns the process's exit status:
// 0 when it succeeds, 1 when the command fails, exitUsage when the
// command line cannot be run as given.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCommand(stdout, stderr)
	root.SetArgs(longFlags(root, args))
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return 0
	}
	if cmd == nil {
		cmd = root
	}
	var failed failure
	if errors.As(err, &failed) {
		fmt.Fprintf(stderr, "%s: %v\n", cmd.CommandPath(), failed.err)
		return 1
	}
	// anything else is a command line that cannot be run: a usageError
	// from a command, or cobra's own (arguments of completion, say)
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(stderr, "%s: %s\nRun '%s --help' for usage.\n", cmd.CommandPath(), msg, cmd.CommandPath())
	}
	return exitUsage
}

// usageError is a command line that cannot be run as given. An empty
// message means the usage has been printed already.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// failure is an error of a command that ran: its exit status is 1, where
// errors before a command runs (flags, arguments) are usage errors.
type failure struct{ err error }

func (e failure) Error() string { return e.err.Error() }

func (e failure) Unwrap() error { return e.err }

// logFormatKey is the context key of the log format (see withLogFormat).
type logFormatKey struct{}

// withLogFormat returns ctx carrying the format of the logs, "text" or
// "json", for newLogger.
func withLogFormat(ctx context.Context, format string) context.Context {
	return context.WithValue(ctx, logFormatKey{}, format)
}

// newLogger returns the logger commands write progress to: text on
// standard error, JSON lines when --log-format json is in ctx, at info
// level unless PLEDGEGRAPH_LOG_LEVEL says debug, warn or error.
func newLogger(ctx context.Context, w io.Writer) *slog.Logger {
	var level slog.Level
	if v := os.Getenv("PLEDGEGRAPH_LOG_LEVEL"); v != "" {
		if err := level.UnmarshalText([]byte(v)); err != nil {
			level = slog.LevelInfo
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	if f, _ := ctx.Value(logFormatKey{}).(string); f == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// logFormat reads --log-format, or $PLEDGEGRAPH_LOG_FORMAT when the
// flag is not given, and checks it.
func logFormat(cmd *cobra.Command) (string, error) {
	f := cmd.Flags().Lookup("log-format")
	if f == nil {
		return "text", nil
	}
	switch v := f.Value.String(); {
	case v == "text", v == "json":
		return v, nil
	case f.Changed:
		return "", usageError{fmt.Sprintf("--log-format %q: want text or json", v)}
	default:
		return "", usageError{fmt.Sprintf("$PLEDGEGRAPH_LOG_FORMAT=%q: want text or json", v)}
	}
}
