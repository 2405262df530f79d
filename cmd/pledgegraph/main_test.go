package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph/gen"
)

// gqlResponse is a GraphQL answer over HTTP.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// post sends a GraphQL query to url and decodes the answer into data.
func post(t *testing.T, url, query string, data any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r gqlResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("decode answer %s: %v", raw, err)
	}
	if data != nil && len(r.Data) > 0 && string(r.Data) != "null" {
		if err := json.Unmarshal(r.Data, data); err != nil {
			t.Fatalf("decode data %s: %v", r.Data, err)
		}
	}
	return r
}

// startServe runs `pledgegraph serve` with args on a free port and returns
// its base URL; the server stops when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	base, failed := tryServe(t, args...)
	if failed != "" {
		t.Fatalf("serve exited before answering: %s", failed)
	}
	return base
}

// tryServe is startServe for a server that may refuse to start: it
// returns the base URL, or what serve printed when it exited first.
func tryServe(t *testing.T, args ...string) (base, failed string) {
	t.Helper()
	return tryServeLog(t, &syncWriter{w: &bytes.Buffer{}}, args...)
}

// tryServeLog is tryServe writing what serve prints on standard error
// (its log) to errs.
func tryServeLog(t *testing.T, errs *syncWriter, args ...string) (base, failed string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	ready := &readyWriter{w: errs, want: "serving GraphQL", ready: make(chan struct{})}
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), io.Discard, ready)
	}()
	exited := false
	t.Cleanup(func() {
		cancel()
		if exited {
			return
		}
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited with %d", code)
			}
		case <-time.After(15 * time.Second):
			t.Errorf("serve did not stop within 15s")
		}
	})
	// serve logs "serving GraphQL" once it listens: from then on it
	// answers
	select {
	case <-ready.ready:
		return "http://" + addr, ""
	case code := <-done:
		exited = true
		return "", fmt.Sprintf("exit %d: %s", code, errs.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not start serving within 60s")
		return "", ""
	}
}

// readyWriter passes what serve logs on to w, and closes ready once the
// log says want.
type readyWriter struct {
	w     io.Writer
	want  string
	ready chan struct{}

	mu   sync.Mutex
	tail string // the end of what was written, for a want split across writes
	seen bool
}

func (r *readyWriter) Write(p []byte) (int, error) {
	r.mu.Lock()
	if !r.seen {
		text := r.tail + string(p)
		if strings.Contains(text, r.want) {
			r.seen = true
			close(r.ready)
		}
		r.tail = text[max(0, len(text)-len(r.want)):]
	}
	r.mu.Unlock()
	return r.w.Write(p)
}

// TestServeFresh starts the real service as a new user would (here on an
// empty LevelDB store in a temporary data directory) and asks it the
// acceptance questions over HTTP.
func TestServeFresh(t *testing.T) {
	base := startServe(t, "--data", t.TempDir())
	query := base + "/query"

	t.Run("stance of the United States over time", func(t *testing.T) {
		var got struct {
			Before struct{ Value string } `json:"before"`
			After  struct {
				Value string
				Facts []struct {
					Since    *string
					Evidence []struct{ Quote string }
				}
			} `json:"after"`
		}
		r := post(t, query, `{
			before: stance(entity: "États-Unis", initiative: "Appel de Paris", asOf: "2019-01-01") { value }
			after: stance(entity: "USA", initiative: "Paris Call", asOf: "2022-01-01") { value facts { since evidence { quote } } }
		}`, &got)
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %+v", r.Errors)
		}
		if got.Before.Value != "DECLINED" {
			t.Errorf("stance as of 2019-01-01 = %q, want DECLINED", got.Before.Value)
		}
		if got.After.Value != "SUPPORTS" {
			t.Errorf("stance as of 2022-01-01 = %q, want SUPPORTS", got.After.Value)
		}
		if len(got.After.Facts) == 0 || len(got.After.Facts[0].Evidence) == 0 || got.After.Facts[0].Evidence[0].Quote == "" {
			t.Errorf("stance as of 2022 has no quoted evidence: %+v", got.After.Facts)
		}
	})

	t.Run("supporters of the Paris Call with evidence", func(t *testing.T) {
		var got struct {
			Supporters []struct {
				Subject  struct{ Name, Type string }
				Negated  bool
				Evidence []struct {
					Quote    string
					Document struct{ Name string }
				}
			}
		}
		r := post(t, query, `{ supporters(initiative: "Appel de Paris") {
			subject { name type } negated evidence { quote document { name } } } }`, &got)
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %+v", r.Errors)
		}
		names := map[string]bool{}
		for _, s := range got.Supporters {
			names[s.Subject.Name] = true
			if s.Negated {
				t.Errorf("supporter %s comes with a negated fact", s.Subject.Name)
			}
			if len(s.Evidence) == 0 || s.Evidence[0].Quote == "" || s.Evidence[0].Document.Name == "" {
				t.Errorf("supporter %s has no quoted evidence: %+v", s.Subject.Name, s.Evidence)
			}
		}
		for _, want := range []string{"Microsoft", "Cisco", "États-Unis"} {
			if !names[want] {
				t.Errorf("supporters lack %s; got %v", want, names)
			}
		}
		for _, not := range []string{"Apple", "Chine", "Russie"} {
			if names[not] {
				t.Errorf("supporters include %s, which the documents say did not support", not)
			}
		}
	})

	t.Run("entity by alias", func(t *testing.T) {
		for _, alias := range []string{"Etats-Unis", "USA", "United States", "les États-Unis"} {
			var got struct {
				Entity *struct{ ID, Name, Type string }
			}
			r := post(t, query, fmt.Sprintf(`{ entity(name: %q) { id name type } }`, alias), &got)
			if len(r.Errors) > 0 {
				t.Fatalf("entity(name: %q) errors: %+v", alias, r.Errors)
			}
			if got.Entity == nil || got.Entity.ID != "state/us" || got.Entity.Type != "State" {
				t.Errorf("entity(name: %q) = %+v, want state/us", alias, got.Entity)
			}
		}
	})

	t.Run("GraphiQL at the root", func(t *testing.T) {
		resp, err := http.Get(base + "/")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		page, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "graphiql") {
			t.Errorf("GET / = %d, want the GraphiQL page", resp.StatusCode)
		}
	})
}

// TestLoadBadFiles loads a folder where some files are bad: each bad file
// is named with a clear error and the others are stored.
func TestLoadBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("La Belgique a signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace le 3 mars 2019.\n"))
	write("latin1.txt", []byte("La Su\xe8de a sign\xe9 l'appel.\n"))
	write("empty.txt", nil)
	write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	write("huge.txt", bytes.Repeat([]byte("La France a signé l'appel. "), 50<<20/27+1))
	write("oneline.txt", bytes.Repeat([]byte("la Suède soutient l'appel et "), 1<<20/29))
	write("bullets.md", []byte("- la Norvège\n- l'Islande\n"))
	write("baddate.md", []byte("---\npublished: le 3 mars\n---\nLe Danemark a signé l'appel.\n"))
	write("named.txt", []byte("---\nname: a/b.txt\n---\nLe Portugal a signé l'appel.\n"))
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("sub/good.txt", []byte("Un autre texte sous le même nom.\n"))
	write("german.txt", []byte("Deutschland hat den Pariser Aufruf unterzeichnet, sagte die Regierung am Montag.\n"))
	write("blank.txt", []byte(" \n\t\n  \n"))
	write("utf16.txt", []byte("\xff\xfeL\x00a\x00 \x00F\x00"))
	write("crlf.txt", []byte("L'Irlande a signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.\r\nC'était en 2019.\r\n"))
	write("up.txt", []byte("---\nname: ../etc/passwd\n---\nLe Chili a signé l'appel.\n"))
	write("deep.html", []byte("<!doctype html><html><body>"+strings.Repeat("<div>", 10000)+"<p>La Croatie a signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.</p>"+strings.Repeat("</div>", 10000)+"</body></html>"))
	write("line\nbreak.txt", []byte("La Grèce a signé l'appel.\n"))
	bad := []string{"loop.txt", "fifo.txt", "zero.txt"}
	if err := os.Symlink("loop.txt", filepath.Join(dir, "loop.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	write("broken.html", []byte("<html><body><p>La Finlande a signé l'Appel de Paris le 4 avril 2019.</p></div><nav>menu"))
	write("badyaml.md", []byte("---\ntitle: [unclosed\n---\nLe Chili a signé l'appel.\n"))
	db := "leveldb:" + filepath.Join(t.TempDir(), "store")

	var stdout, stderr bytes.Buffer
	code := run(t.Context(), []string{"load", "--db", db, "--progress=false", dir}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("load exit status = %d, want 1 (some files failed); stderr: %s", code, stderr.String())
	}
	// diagnostics on stderr, what was stored on stdout
	out, diag := stdout.String(), stderr.String()
	for _, want := range []string{
		"FAIL " + filepath.Join(dir, "latin1.txt"), "UTF-8", "empty.txt", "binary.txt: offset 8: a binary file", "latin1.txt: offset 5: not valid UTF-8",
		"huge.txt", "larger than 10 MB", "baddate.md", "front matter: published", "named.txt", "path separators",
		filepath.Join(dir, "sub", "good.txt"), "comes earlier in the batch",
		"blank.txt", "utf16.txt", "up.txt: front matter: document name ../etc/passwd", `line\nbreak.txt": `, "a name may not contain control characters",
		"WARN german.txt: language \"und\" not supported",
		"FAIL " + filepath.Join(dir, "badyaml.md") + ": front matter: line 2: invalid YAML",
		"WARN " + filepath.Join(dir, "broken.html") + ": html: <nav> at line 1 is never closed",
	} {
		if !strings.Contains(diag, want) {
			t.Errorf("load's standard error lacks %q:\n%s", want, diag)
		}
	}
	for _, want := range []string{
		"ok   good.txt", "ok   oneline.txt", "ok   bullets.md", "ok   german.txt", "ok   crlf.txt", "ok   deep.html",
		"ok   broken.html", "loaded 7 of 22 documents",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("load's standard output lacks %q:\n%s", want, out)
		}
	}
	for _, name := range bad {
		if !strings.Contains(diag, "FAIL "+filepath.Join(dir, name)) {
			t.Errorf("load's standard error does not name %s:\n%s", name, diag)
		}
	}
	if strings.Contains(out, "FAIL") || strings.Contains(out, "WARN") {
		t.Errorf("load's standard output holds diagnostics:\n%s", out)
	}

	// The good document is in the store: a second load of it is a no-op
	// that still succeeds.
	stdout.Reset()
	if code := run(t.Context(), []string{"load", "--db", db, filepath.Join(dir, "good.txt")}, &stdout, &stderr); code != 0 {
		t.Errorf("reloading the good file: exit %d; %s%s", code, stdout.String(), stderr.String())
	}
}

// TestExtractJSON checks that extract --json prints the guidelines' format.
func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	text := "Le 4 mars 2019, la Belgique et la société Proximus ont signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.\n"
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), []string{"extract", "--json", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("extract exit %d: %s", code, stderr.String())
	}
	var got struct {
		Documents []struct {
			Document string
			Facts    []struct {
				S, P, O string
				Negated bool
				Date    *string
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("extract --json output is not JSON: %v\n%s", err, stdout.String())
	}
	if len(got.Documents) != 1 || got.Documents[0].Document != "doc.txt" {
		t.Fatalf("documents = %+v, want one named doc.txt", got.Documents)
	}
	found := false
	for _, f := range got.Documents[0].Facts {
		if f.S == "Belgique" && f.P == "supports" && !f.Negated {
			found = true
			if f.Date == nil || *f.Date != "2019-03-04" {
				t.Errorf("Belgique supports: date = %v, want 2019-03-04", f.Date)
			}
		}
	}
	if !found {
		t.Errorf("no fact Belgique supports …; got %+v", got.Documents[0].Facts)
	}
}

// TestEnv checks that environment variables set the defaults of flags.
func TestEnv(t *testing.T) {
	t.Setenv("PLEDGEGRAPH_SEED", "maybe")
	var out bytes.Buffer
	if code := run(t.Context(), []string{"serve", "--db", "memory"}, &out, &out); code != exitUsage || !strings.Contains(out.String(), "PLEDGEGRAPH_SEED") {
		t.Errorf("serve with PLEDGEGRAPH_SEED=maybe: exit %d, output %q; want %d naming the variable", code, out.String(), exitUsage)
	}
	t.Setenv("PLEDGEGRAPH_SEED", "")
	t.Setenv("PLEDGEGRAPH_DB", "mysql://x")
	out.Reset()
	if code := run(t.Context(), []string{"load", "a.txt"}, &out, &out); code != exitUsage || !strings.Contains(out.String(), "mysql://x") {
		t.Errorf("load with PLEDGEGRAPH_DB=mysql://x: exit %d, output %q; want %d naming the spec", code, out.String(), exitUsage)
	}
}

// TestUsage checks the answers to command lines that cannot run.
func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no command", nil, exitUsage, "Usage:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"load without paths", []string{"load", "--db", "memory"}, exitUsage, "no PATH"},
		{"bad db", []string{"load", "--db", "mysql://x", "a.txt"}, exitUsage, "--db"},
		{"unknown flag", []string{"serve", "--nope"}, exitUsage, "unknown flag: --nope"},
		{"unknown single-dash flag", []string{"serve", "-nope"}, exitUsage, "unknown flag: -nope"},
		{"hint", []string{"serve", "--nope"}, exitUsage, "Run 'pledgegraph serve --help' for usage."},
		{"bad value", []string{"load", "--jobs", "x", "a.txt"}, exitUsage, `--jobs "x": want a whole number`},
		{"bad boolean", []string{"load", "--replace=maybe", "a.txt"}, exitUsage, `--replace "maybe": want true or false`},
		{"missing value", []string{"load", "a.txt", "--jobs"}, exitUsage, "flag needs an argument: --jobs"},
		{"flags after the paths", []string{"load", "a.txt", "--db", "mysql://x"}, exitUsage, `--db "mysql://x"`},
		{"single-dash long flag", []string{"load", "-db", "mysql://x", "a.txt"}, exitUsage, `--db "mysql://x"`},
		{"single-dash long flag with =", []string{"load", "a.txt", "-db=mysql://x"}, exitUsage, `--db "mysql://x"`},
		{"-- ends the flags", []string{"extract", "--", "--json"}, 1, "--json"},
		{"bad log format", []string{"list", "--log-format", "xml"}, exitUsage, `--log-format "xml": want text or json`},
		{"unknown command suggests", []string{"lod"}, exitUsage, "did you mean load?"},
		{"help of a command", []string{"load", "--help"}, 0, "[$PLEDGEGRAPH_DB]"},
		{"-h", []string{"load", "-h"}, 0, "--replace"},
		{"-help", []string{"load", "-help"}, 0, "--replace"},
		{"help command", []string{"help", "serve"}, 0, "[$PLEDGEGRAPH_WRITE_TOKEN]"},
		{"bad confidence", []string{"extract", "--min-confidence", "2", "a.txt"}, exitUsage, "--min-confidence"},
		{"help", []string{"help"}, 0, ""},
		{"version", []string{"version"}, 0, "pledgegraph "},
		{"--version", []string{"--version"}, 0, ", go1."},
		{"-version", []string{"-version"}, 0, ", go1."},
		{"version with an argument", []string{"version", "x"}, exitUsage, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(t.Context(), tt.args, &out, &out); code != tt.code {
				t.Errorf("run(%q) = %d, want %d; output: %s", tt.args, code, tt.code, out.String())
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("run(%q) output lacks %q: %s", tt.args, tt.want, out.String())
			}
		})
	}
}

// TestReadersCreateNothing checks that the commands that read a store
// refuse one that does not exist, and create nothing.
func TestReadersCreateNothing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	for _, args := range [][]string{
		{"list", "--data", missing},
		{"remove", "--data", missing, "a.txt"},
		{"verify", "--db", "leveldb:" + missing},
		{"export", "--db", "leveldb:" + missing},
	} {
		var out bytes.Buffer
		code := run(t.Context(), args, &out, &out)
		if said := out.String(); code != 1 || !strings.Contains(said, "no store at") && !strings.Contains(said, "no such file") {
			t.Errorf("pledgegraph %s: exit %d, %q; want 1 and no store", strings.Join(args, " "), code, out.String())
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Fatalf("pledgegraph %s created %s", strings.Join(args, " "), missing)
		}
	}
}

// cancelAfter is a writer that cancels a context once it has been
// written n lines.
type cancelAfter struct {
	bytes.Buffer
	n      int
	cancel context.CancelFunc
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	if w.n -= bytes.Count(p, []byte("\n")); w.n <= 0 {
		w.cancel()
	}
	return w.Buffer.Write(p)
}

// TestLoadInterrupted checks that a load stopped by a signal keeps what
// it wrote, says where it stopped on standard output, names no document
// as failed, and that loading the same paths again goes on from there.
func TestLoadInterrupted(t *testing.T) {
	dir := t.TempDir()
	for _, g := range gen.Generate(100, 11) {
		if err := os.WriteFile(filepath.Join(dir, g.Name), []byte(g.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := "leveldb:" + filepath.Join(t.TempDir(), "store")
	ctx, cancel := context.WithCancel(t.Context())
	stdout := &cancelAfter{n: 35, cancel: cancel}
	var stderr bytes.Buffer
	if code := run(ctx, []string{"load", "--db", db, "--progress=false", "--batch", "16", dir}, stdout, &stderr); code != 1 {
		t.Errorf("interrupted load: exit %d, want 1", code)
	}
	out := stdout.String()
	if !strings.Contains(out, "interrupted: ") || !strings.Contains(out, "documents stored (the last: ") || strings.Contains(stderr.String(), "FAIL") {
		t.Errorf("interrupted load said:\n%s\n%s", out, stderr.String())
	}
	stored := strings.Count(out, "ok   ")
	var list bytes.Buffer
	if code := run(t.Context(), []string{"list", "--db", db}, &list, &stderr); code != 0 || strings.Count(list.String(), "\n") != stored {
		t.Errorf("list after the interruption: exit %d, %d documents; load reported %d stored", code, strings.Count(list.String(), "\n"), stored)
	}
	stdout2 := &cancelAfter{n: 1 << 30, cancel: func() {}}
	if code := run(t.Context(), []string{"load", "--db", db, "--progress=false", dir}, stdout2, &stderr); code != 0 || !strings.Contains(stdout2.String(), "the store holds 100 documents") {
		t.Errorf("loading again: exit %d\n%s", code, stdout2.String())
	}
}
