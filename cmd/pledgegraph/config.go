package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
)

// storeFlags are the flags that say where the graph is kept.
type storeFlags struct {
	db   string
	data string
}

// register adds --db and --data to fs, with defaults from the environment.
func (s *storeFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&s.db, "db", os.Getenv("PLEDGEGRAPH_DB"),
		"store: memory | leveldb:PATH | postgres://USER:PASS@HOST/DB (default: leveldb in the data directory) [$PLEDGEGRAPH_DB]")
	fs.StringVar(&s.data, "data", envOr("PLEDGEGRAPH_DATA", defaultDataDir()),
		"data directory, created on first start [$PLEDGEGRAPH_DATA]")
}

// spec returns the store spec for graph.Open: --db, or LevelDB in the
// data directory.
func (s *storeFlags) spec() (string, error) {
	switch {
	case s.db == "":
		if s.data == "" {
			return "", usageError{"no data directory: give --data or --db"}
		}
		return "leveldb:" + filepath.Join(s.data, "store"), nil
	case s.db == "memory", strings.HasPrefix(s.db, "leveldb:"),
		strings.HasPrefix(s.db, "postgres://"), strings.HasPrefix(s.db, "postgresql://"):
		return s.db, nil
	}
	return "", usageError{fmt.Sprintf("--db %q: want memory, leveldb:PATH or postgres://…", s.db)}
}

// defaultDataDir is $XDG_DATA_HOME/pledgegraph, or ~/.local/share/pledgegraph.
func defaultDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "pledgegraph")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "pledgegraph")
	}
	return "pledgegraph-data"
}

// envBool reads a boolean environment variable (1, t, true, 0, f, false…),
// def when it is unset.
func envBool(name string, def bool) (bool, error) {
	v := os.Getenv(name)
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return def, fmt.Errorf("$%s=%q: want true or false", name, v)
	}
	return b, nil
}

// envInt reads an integer environment variable, def when it is unset.
func envInt(name string, def int) (int, error) {
	v := os.Getenv(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return def, fmt.Errorf("$%s=%q: want a whole number", name, v)
	}
	return n, nil
}

// envOr returns the environment variable name, or def when it is unset.
func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
