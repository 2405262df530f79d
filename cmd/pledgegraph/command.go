package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func init() {
	// help lists the commands in the order of commands, from serving to
	// measuring, rather than alphabetically
	cobra.EnableCommandSorting = false
}

// runFunc runs a command once its flags are parsed: args are the
// arguments left after the flags, as fs.Args() of the command's flag set
// says.
type runFunc func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// command is one of pledgegraph's commands.
type command struct {
	// use is the command's name and arguments, as its usage line shows.
	use string
	// short is the line the list of commands shows; long, when set, is
	// added to it in the command's help.
	short, long string
	// setup declares the command's flags on fs, with their defaults from
	// the environment, and returns what runs the command.
	setup func(fs *pflag.FlagSet) runFunc
	// noFiles says that the command's arguments are not files: shell
	// completion offers none.
	noFiles bool
	// values are the values shell completion offers for some flags.
	values map[string][]string
}

// commands are pledgegraph's commands, in the order help lists them.
var commands = []command{
	{use: "serve [flags]", short: "serve the graph over GraphQL (loads the built-in corpus into an empty store)",
		setup: serveCommand, noFiles: true},
	{use: "load [flags] PATH...", short: "extract .txt, .md and .html files, folders or - (standard input) and store what they say",
		long: "PATH is a .txt, .md or .html file, a folder (read recursively) or - for standard input.", setup: loadCommand},
	{use: "remove [flags] NAME...", short: "remove documents and what only they say",
		long: "NAME is a stored document's name (see list).", setup: removeCommand},
	{use: "list [flags]", short: "list the stored documents", setup: listCommand, noFiles: true},
	{use: "verify [flags]", short: "read everything the store holds and name the damaged documents",
		long: "Read every document of the store, with its quads, record and facts, then every quad,\n" +
			"and name what cannot be read. Exit status 1 when anything is damaged.",
		setup: verifyCommand, noFiles: true},
	{use: "export [flags]", short: "write the graph as N-Quads, CSV, GraphML or JSON-LD",
		setup: exportCommand, noFiles: true, values: map[string][]string{"format": exportFormats}},
	{use: "import [flags] FILE.nq", short: "load an N-Quads export into an empty store", setup: importCommand},
	{use: "extract [flags] PATH...", short: "print what the documents say, without storing anything", setup: extractCommand},
	{use: "eval [flags] DIR | eval --rules [flags] DIR...", short: "score extraction against gold annotations (DIR/docs, DIR/gold)",
		long: "DIR holds docs/*.txt and gold/*.json (the extraction guidelines' format).", setup: evalCommand},
	{use: "gen --docs N [--seed S] --out DIR [flags]", short: "write synthetic documents with their gold (DIR/docs, DIR/gold)",
		long:  "Writes DIR/docs/*.txt and their gold DIR/gold/*.json: pledgegraph eval DIR scores them.",
		setup: genCommand, noFiles: true},
	{use: "bench [flags]", short: "measure extraction, ingestion and queries on generated documents",
		long:  "Measures extraction, ingestion and queries on generated documents (see gen) and prints a line per figure.",
		setup: benchCommand, noFiles: true},
	{use: "version", short: "print the version, the revision it was built from and the Go version",
		setup: func(*pflag.FlagSet) runFunc { return runVersion }, noFiles: true},
}

// newRootCommand returns the command line: pledgegraph and its commands,
// with cobra's help and completion commands, writing on stdout and
// stderr.
func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "pledgegraph",
		Short: "who supported which cyberspace initiative, since when, and which document says so",
		Long: "pledgegraph — who supported which cyberspace initiative, since when, and which document says so\n\n" +
			"Flags go before or after the arguments, as --flag value or --flag=value (--flag=false for a boolean).",
		Version: versionLine(),
		// run prints errors, and no usage after them
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(cmd, args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.ErrOrStderr())
			if err := cmd.Help(); err != nil {
				return err
			}
			return usageError{} // no command
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetUsageTemplate(usageTemplate)
	root.SetFlagErrorFunc(flagError)
	root.PersistentFlags().String("log-format", envOr("PLEDGEGRAPH_LOG_FORMAT", "text"),
		"text, or json for a JSON object a line [$PLEDGEGRAPH_LOG_FORMAT]")
	completeValues(root, map[string][]string{"log-format": {"text", "json"}})
	for _, c := range commands {
		root.AddCommand(c.cobra())
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd() // after SetOut: it writes there
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = "print the help of a command"
		case "completion":
			c.Short = "print a script that completes command lines in bash, zsh, fish or powershell"
		}
	}
	return root
}

// cobra returns c as a cobra command. Its errors, but for usage errors,
// are failures (exit status 1).
func (c command) cobra() *cobra.Command {
	cmd := &cobra.Command{Use: c.use, Short: c.short, Long: c.short}
	if c.long != "" {
		cmd.Long += "\n\n" + c.long
	}
	run := c.setup(cmd.Flags())
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		format, err := logFormat(cmd)
		if err != nil {
			return err
		}
		ctx := withLogFormat(cmd.Context(), format)
		if ownsProcess {
			slog.SetDefault(newLogger(ctx, cmd.ErrOrStderr()))
		}
		err = run(ctx, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		if err != nil && !errors.As(err, new(usageError)) {
			return failure{err}
		}
		return err
	}
	if c.noFiles {
		cmd.ValidArgsFunction = cobra.NoFileCompletions
	}
	completeValues(cmd, c.values)
	return cmd
}

// completeValues has shell completion offer values for the flags of cmd
// they name.
func completeValues(cmd *cobra.Command, values map[string][]string) {
	for name, v := range values {
		err := cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(v, cobra.ShellCompDirectiveNoFileComp))
		if err != nil {
			panic(fmt.Sprintf("complete --%s: %v", name, err)) // a flag the command does not have
		}
	}
}

// unknownCommand is the usage error for a command pledgegraph does not
// have, with the commands it may stand for.
func unknownCommand(root *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if s := root.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(s, " or "))
	}
	return usageError{msg}
}

// flagError turns an error of the flag parser into a usage error, saying
// what a flag wants in place of a value it cannot read.
func flagError(_ *cobra.Command, err error) error {
	var invalid *pflag.InvalidValueError
	var unknown *pflag.NotExistError
	switch {
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		return usageError{fmt.Sprintf("--%s %q: want %s", f.Name, invalid.GetValue(), valueKind(f.Value.Type(), err))}
	case errors.As(err, &unknown) && len(unknown.GetSpecifiedShortnames()) > 1:
		return usageError{"unknown flag: -" + unknown.GetSpecifiedShortnames()}
	}
	return usageError{err.Error()}
}

// valueKind describes the values of a flag of type typ, for errors.
func valueKind(typ string, err error) string {
	switch typ {
	case "bool":
		return "true or false"
	case "int", "int64":
		return "a whole number"
	case "uint64":
		return "a whole number, 0 or more"
	case "float64":
		return "a number"
	case "duration":
		return "a duration such as 90s, 5m or 1h30m"
	}
	return fmt.Sprintf("a %s (%v)", typ, errors.Unwrap(err))
}

// longFlags returns args with the long flags of root's commands written
// with one dash (-db, -db=x, as the flag package of earlier versions
// took them) written with two, up to a "--" that ends the flags.
func longFlags(root *cobra.Command, args []string) []string {
	names := map[string]bool{"help": true, "version": true}
	add := func(f *pflag.Flag) { names[f.Name] = true }
	root.PersistentFlags().VisitAll(add)
	for _, c := range root.Commands() {
		c.Flags().VisitAll(add)
	}
	out := make([]string, 0, len(args))
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		if strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && len(name) > 1 && names[name] {
			a = "-" + a
		}
		out = append(out, a)
	}
	return out
}

// usageTemplate is the help of every command: cobra's, with the
// environment variables in pledgegraph's own.
var usageTemplate = `Usage:{{if .HasAvailableSubCommands}}
  {{.CommandPath}} COMMAND [flags] [arguments]{{else if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if not .HasParent}}

Environment (a flag on the command line wins):
` + environmentHelp() + `{{end}}{{if .HasAvailableSubCommands}}

Run '{{.CommandPath}} COMMAND --help' for the flags of a command.{{end}}
`

// environment lists the variables pledgegraph reads, with what they set.
var environment = []struct{ name, help string }{
	{"PLEDGEGRAPH_DATA", "--data: the data directory (default $XDG_DATA_HOME/pledgegraph or ~/.local/share/pledgegraph)"},
	{"PLEDGEGRAPH_DB", "--db: the store, memory, leveldb:PATH or postgres://USER:PASS@HOST/DB"},
	{"PLEDGEGRAPH_LOG_FORMAT", "--log-format: logs as text or json"},
	{"PLEDGEGRAPH_LOG_LEVEL", "what is logged: debug, info (the default), warn or error"},
	{"PLEDGEGRAPH_ADDR", "serve --addr: the address to listen on"},
	{"PLEDGEGRAPH_SEED", "serve --seed: load the built-in corpus into an empty store (true or false)"},
	{"PLEDGEGRAPH_WRITE_TOKEN", "serve --write-token: the token that mutations must send"},
	{"PLEDGEGRAPH_CORS_ORIGINS", "serve --cors-origins: origins whose pages may query the API"},
	{"PLEDGEGRAPH_INTROSPECTION", "serve --introspection: answer __schema and __type queries (true or false)"},
	{"PLEDGEGRAPH_MAX_SUBSCRIPTIONS", "serve --max-subscriptions: subscriptions open at once"},
	{"PLEDGEGRAPH_TEST_POSTGRES", "bench --postgres: a PostgreSQL server to measure on"},
}

// environmentHelp is the list of environment variables help shows, one a
// line.
func environmentHelp() string {
	width := 0
	for _, e := range environment {
		width = max(width, len(e.name))
	}
	var b strings.Builder
	for i, e := range environment {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "  %-*s  %s", width, e.name, e.help)
	}
	return b.String()
}
