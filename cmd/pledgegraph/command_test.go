package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestLoadFlagsAnywhere checks that flags after the paths count: the
// stdlib's flag package stopped at the first path and took --replace
// for a file name.
func TestLoadFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	db := "leveldb:" + filepath.Join(dir, "store")
	write := func(text string) {
		if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("La Belgique a signé l'Appel de Paris le 3 mars 2019.\n")
	cli(t, 0, "load", doc, "--db", db, "--progress=false")
	write("La Suède a signé l'Appel de Paris le 4 mars 2019.\n")
	if out := cli(t, 1, "load", doc, "--db", db); !strings.Contains(out, "FAIL a.txt") {
		t.Errorf("a changed text without --replace: %q, want FAIL a.txt", out)
	}
	cli(t, 0, "load", doc, "--replace", "--db", db)
	if out := cli(t, 0, "export", "--format=csv", "--db", db); !strings.Contains(out, "Suède") || strings.Contains(out, "Belgique") {
		t.Errorf("after load FILE --replace --db DB the store holds:\n%s\nwant the new text only", out)
	}
}

// TestHelpEnvironment checks that the root help names every PLEDGEGRAPH_
// variable the code reads, each on a line of its own, and that the help
// of a command shows the variables of its flags.
func TestHelpEnvironment(t *testing.T) {
	help := cli(t, 0, "--help")
	_, env, ok := strings.Cut(help, "\nEnvironment")
	if !ok {
		t.Fatalf("pledgegraph --help has no Environment section:\n%s", help)
	}
	for _, name := range readEnvNames(t) {
		n := 0
		for line := range strings.Lines(env) {
			if strings.HasPrefix(strings.TrimSpace(line), name+" ") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("the Environment section has %d lines for %s, want 1:\n%s", n, name, env)
		}
	}
	for _, tt := range []struct{ cmd, want string }{
		{"serve", "[$PLEDGEGRAPH_ADDR]"},
		{"load", "[$PLEDGEGRAPH_DATA]"},
		{"bench", "[$PLEDGEGRAPH_TEST_POSTGRES]"},
		{"list", "[$PLEDGEGRAPH_LOG_FORMAT]"},
	} {
		if help := cli(t, 0, tt.cmd, "--help"); !strings.Contains(help, tt.want) {
			t.Errorf("pledgegraph %s --help lacks %s:\n%s", tt.cmd, tt.want, help)
		}
	}
}

// readEnvNames returns the PLEDGEGRAPH_ variables the module's code (not
// its tests, nor internal/testenv, which only they use) names.
func readEnvNames(t *testing.T) []string {
	t.Helper()
	re := regexp.MustCompile(`PLEDGEGRAPH_[A-Z_]+`)
	var names []string
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "../..",
			d.IsDir() && path == filepath.Join("..", "..", "internal", "testenv"):
			return filepath.SkipDir
		case d.IsDir() || filepath.Ext(path) != ".go" || strings.HasSuffix(path, "_test.go"):
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllString(string(src), -1) {
			if !slices.Contains(names, m) {
				names = append(names, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 5 {
		t.Fatalf("found only %v in the code", names)
	}
	return names
}

// TestComplete checks the answers of cobra's __complete command, which
// the shell scripts of pledgegraph completion call.
func TestComplete(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"command", []string{"lo"}, []string{"load"}},
		{"commands", []string{"e"}, []string{"export", "extract", "eval"}},
		{"flag", []string{"load", "--re"}, []string{"--replace"}},
		{"flag after a path", []string{"load", "a.txt", "--ba"}, []string{"--batch"}},
		{"global flag", []string{"list", "--log"}, []string{"--log-format"}},
		{"log format", []string{"serve", "--log-format", ""}, []string{"text", "json"}},
		{"export format", []string{"export", "--format", ""}, []string{"nquads", "csv", "graphml", "jsonld"}},
		{"shells", []string{"completion", ""}, []string{"bash", "zsh", "fish", "powershell"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := cli(t, 0, append([]string{"__complete"}, tt.args...)...)
			var got []string
			for line := range strings.Lines(out) {
				word, _, _ := strings.Cut(strings.TrimSpace(line), "\t")
				if word != "" && !strings.HasPrefix(word, ":") {
					got = append(got, word)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pledgegraph __complete %s = %q, want %q", strings.Join(tt.args, " "), got, tt.want)
			}
		})
	}
}

// TestCompletionBash sources the script of pledgegraph completion bash in
// bash and completes command lines with it, as a user pressing Tab would.
// The pledgegraph it calls is this test binary (see TestHelperProcess).
func TestCompletionBash(t *testing.T) {
	script := cli(t, 0, "completion", "bash")
	if !strings.Contains(script, "__start_pledgegraph") {
		t.Fatalf("completion bash lacks __start_pledgegraph:\n%.500s", script)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	self := helperCommand(t)
	wrapper := "#!/bin/sh\nGO_WANT_HELPER_PROCESS=1 exec " + shellQuote(self.Path) + " -test.run='^TestHelperProcess$' -- \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "pledgegraph"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "completion.bash"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	// _get_comp_words_by_ref comes with the bash-completion package, and
	// compopt works only while bash completes: stand-ins for both
	const complete = `source "$1"
_get_comp_words_by_ref() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
compopt() { :; }
COMP_WORDS=(pledgegraph "${@:2}"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
__start_pledgegraph
printf '%s\n' "${COMPREPLY[@]}"
`
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"lo"}, "load"},
		{[]string{"load", "--re"}, "--replace"},
		{[]string{"export", "--format", "gr"}, "graphml"},
	} {
		cmd := exec.CommandContext(t.Context(), bash, append([]string{"-c", complete, "bash", filepath.Join(dir, "completion.bash")}, tt.words...)...)
		cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("completing pledgegraph %s: %v\n%s", strings.Join(tt.words, " "), err, stderr.String())
		}
		if got := strings.Fields(string(out)); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("completing pledgegraph %s offers %q, want %q\n%s", strings.Join(tt.words, " "), got, tt.want, stderr.String())
		}
	}
}

// TestHelperProcess is pledgegraph itself, main and all, when
// GO_WANT_HELPER_PROCESS is set: the arguments after -- are its command
// line. TestCompletionBash runs the test binary as the program its
// completion script calls.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("GO_WANT_HELPER_PROCESS") != "1" {
		return
	}
	i := slices.Index(os.Args, "--")
	if i < 0 {
		t.Fatal("no -- before the command line")
	}
	os.Args = append([]string{"pledgegraph"}, os.Args[i+1:]...)
	main()
}

// helperCommand returns the command that runs pledgegraph, main and all,
// with args (see TestHelperProcess).
func helperCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), self, append([]string{"-test.run=^TestHelperProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "GO_WANT_HELPER_PROCESS=1")
	return cmd
}

// TestLogFormatProcess checks that --log-format json holds for the lines
// that the packages given no logger write (the loader's, here), in the
// real process.
func TestLogFormatProcess(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	db := "leveldb:" + filepath.Join(dir, "store")
	for i, text := range []string{"La Belgique a signé l'Appel de Paris.\n", "La Suède a signé l'Appel de Paris.\n"} {
		if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := helperCommand(t, "load", doc, "--db", db, "--log-format", "json")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		if i == 0 {
			if err != nil {
				t.Fatalf("first load: %v\n%s", err, stderr.String())
			}
			continue
		}
		// the changed text is refused: the loader logs it, load says FAIL
		if err == nil {
			t.Fatalf("load of a changed text succeeded:\n%s", stderr.String())
		}
		found := false
		for line := range strings.Lines(stderr.String()) {
			if strings.HasPrefix(line, "FAIL ") || strings.HasPrefix(line, "pledgegraph load: ") {
				continue
			}
			var v struct{ Msg string }
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Errorf("a log line is not JSON: %q", line)
			}
			found = found || v.Msg == "loader: write failed"
		}
		if !found {
			t.Errorf("no JSON line from the loader:\n%s", stderr.String())
		}
	}
}

// shellQuote quotes s for sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// TestLogFormat checks that --log-format json, or PLEDGEGRAPH_LOG_FORMAT,
// turns every log line of a command into a JSON object.
func TestLogFormat(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(doc, []byte("La Belgique a signé l'Appel de Paris le 3 mars 2019.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  string
		args []string
		json bool
	}{
		{"text by default", "", []string{"load", doc, "--db", "memory"}, false},
		{"flag", "", []string{"load", "--log-format", "json", doc, "--db", "memory"}, true},
		{"flag after the command's", "", []string{"load", doc, "--db", "memory", "--log-format=json"}, true},
		{"environment", "json", []string{"load", doc, "--db", "memory"}, true},
		{"flag over environment", "json", []string{"load", doc, "--db", "memory", "--log-format", "text"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PLEDGEGRAPH_LOG_FORMAT", tt.env)
			var stdout, stderr bytes.Buffer
			if code := run(t.Context(), tt.args, &stdout, &stderr); code != 0 {
				t.Fatalf("pledgegraph %s: exit %d: %s", strings.Join(tt.args, " "), code, stderr.String())
			}
			logs := 0
			sc := bufio.NewScanner(&stderr)
			for sc.Scan() {
				line := sc.Text()
				var v struct{ Level, Msg string }
				isJSON := json.Unmarshal([]byte(line), &v) == nil && v.Level != "" && v.Msg != ""
				switch {
				case isJSON != tt.json:
					t.Errorf("log line %q: JSON %v, want %v", line, isJSON, tt.json)
				case strings.Contains(line, "level=") || isJSON:
					logs++
				}
			}
			if logs == 0 {
				t.Errorf("no log lines: %q", stderr.String())
			}
		})
	}
	t.Setenv("PLEDGEGRAPH_LOG_FORMAT", "xml")
	if out := cli(t, exitUsage, "list", "--db", "memory"); !strings.Contains(out, "$PLEDGEGRAPH_LOG_FORMAT") {
		t.Errorf("PLEDGEGRAPH_LOG_FORMAT=xml: %q, want an error naming the variable", out)
	}
}
