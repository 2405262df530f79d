package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

const testToken = "a-test-write-token-0123"

// mutate posts a GraphQL request with the write token (when token is set).
func mutate(t *testing.T, url, token, query string, vars map[string]any, data any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r gqlResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	if data != nil && len(r.Data) > 0 && string(r.Data) != "null" {
		if err := json.Unmarshal(r.Data, data); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

const ingestMutation = `mutation($in: IngestDocumentInput!) {
	ingestDocument(input: $in) { status document { name title published } facts { id predicate subject { name } } warnings }
}`

type ingestAnswer struct {
	IngestDocument struct {
		Status   string
		Document struct{ Name, Title, Published string }
		Facts    []struct {
			ID, Predicate string
			Subject       struct{ Name string }
		}
		Warnings []string
	}
}

// TestIngest adds, replaces and removes documents through the API of the
// real server, and checks the write token and the change stream.
func TestIngest(t *testing.T) {
	for _, backend := range []string{"memory", "leveldb", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			db := "memory"
			switch backend {
			case "leveldb":
				db = "leveldb:" + t.TempDir() + "/store"
			case "postgres":
				db = testPostgres(t)
			}
			testIngest(t, db)
		})
	}
}

func testIngest(t *testing.T, db string) {
	base := startServe(t, "--db", db, "--seed=false", "--write-token", testToken)
	url := base + "/query"
	text := "Le 12 novembre 2018, la France et Microsoft ont signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace."
	in := map[string]any{"in": map[string]any{"name": "appel.txt", "text": text, "title": "L'appel", "source": "https://example.org/a"}}

	// the change stream: the answer's headers come once the subscription
	// is registered, so that every change made after is sent
	events := make(chan string, 10)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	body := `{"query": "subscription { graphChanged { seq kind document documents facts } }"}`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("subscribe: status %d", resp.StatusCode)
	}
	go func() {
		sc := bufio.NewScanner(resp.Body)
		id := ""
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "id: "); ok {
				id = v
			}
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				events <- id + " " + data
			}
		}
	}()

	t.Run("no token", func(t *testing.T) {
		r := mutate(t, url, "", ingestMutation, in, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "unauthorized" {
			t.Errorf("got %+v, want unauthorized", r.Errors)
		}
		r = mutate(t, url, "wrong-token-wrong-token", ingestMutation, in, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "unauthorized" {
			t.Errorf("wrong token: got %+v, want unauthorized", r.Errors)
		}
	})
	t.Run("create, again, replace", func(t *testing.T) {
		var a ingestAnswer
		if r := mutate(t, url, testToken, ingestMutation, in, &a); len(r.Errors) > 0 {
			t.Fatalf("ingest: %+v", r.Errors)
		}
		if a.IngestDocument.Status != "CREATED" || a.IngestDocument.Document.Title != "L'appel" || len(a.IngestDocument.Facts) < 2 {
			t.Errorf("first ingest: %+v", a.IngestDocument)
		}
		mutate(t, url, testToken, ingestMutation, in, &a)
		if a.IngestDocument.Status != "UNCHANGED" {
			t.Errorf("same text: %s, want UNCHANGED", a.IngestDocument.Status)
		}
		in2 := map[string]any{"in": map[string]any{"name": "appel.txt", "text": strings.Replace(text, "Microsoft", "Orange", 1), "published": "2018-11-13"}}
		mutate(t, url, testToken, ingestMutation, in2, &a)
		if a.IngestDocument.Status != "REPLACED" || a.IngestDocument.Document.Published != "2018-11-13" {
			t.Errorf("new text: %+v, want REPLACED", a.IngestDocument)
		}
		var q struct {
			Entity *struct{ Name string }
		}
		post(t, url, `{ entity(name: "Microsoft") { name } }`, &q)
		if q.Entity != nil {
			t.Errorf("Microsoft is still there after the replacement")
		}
		post(t, url, `{ entity(name: "Orange") { name } }`, &q)
		if q.Entity == nil {
			t.Errorf("Orange is missing after the replacement")
		}
	})
	t.Run("bad input", func(t *testing.T) {
		for _, tt := range []struct{ name, text string }{
			{"../etc/passwd", "x y z"}, {"a/b.txt", "x y z"}, {"empty.txt", "   "}, {"", "text"},
			{"two\nlines.txt", "La France a signé."}, {"\x1b[2Jclear.txt", "La France a signé."}, {strings.Repeat("n", 300), "La France a signé."},
			{"binary.txt", "\x89PNG\r\n\x1a\n\x00\x00"}, {"huge.txt", strings.Repeat("La France a signé l'appel. ", 12<<20/28)},
		} {
			r := mutate(t, url, testToken, ingestMutation, map[string]any{"in": map[string]any{"name": tt.name, "text": tt.text}}, nil)
			if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "invalid" {
				t.Errorf("name %q text %.40q: %+v, want invalid", tt.name, tt.text, r.Errors)
			}
		}
	})
	t.Run("remove", func(t *testing.T) {
		var a struct {
			RemoveDocument struct {
				Document        string
				RemovedFacts    []string
				RemovedEntities []string
			}
		}
		if r := mutate(t, url, testToken, `mutation { removeDocument(name: "appel.txt") { document removedFacts removedEntities } }`, nil, &a); len(r.Errors) > 0 {
			t.Fatalf("remove: %+v", r.Errors)
		}
		if len(a.RemoveDocument.RemovedFacts) == 0 || len(a.RemoveDocument.RemovedEntities) == 0 {
			t.Errorf("removal: %+v", a.RemoveDocument)
		}
		r := mutate(t, url, testToken, `mutation { removeDocument(name: "appel.txt") { document } }`, nil, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "not_found" {
			t.Errorf("removing it again: %+v, want not_found", r.Errors)
		}
		var q struct{ Documents struct{ TotalCount int } }
		post(t, url, `{ documents { totalCount } }`, &q)
		if q.Documents.TotalCount != 0 {
			t.Errorf("%d documents left", q.Documents.TotalCount)
		}
	})
	t.Run("changes", func(t *testing.T) {
		var got []string
		timeout := time.After(5 * time.Second)
		for len(got) < 3 {
			select {
			case e := <-events:
				id, data, _ := strings.Cut(e, " ")
				var ev struct {
					Data struct {
						GraphChanged struct {
							Seq  int
							Kind string
						}
					} `json:"data"`
				}
				json.Unmarshal([]byte(data), &ev)
				if g := ev.Data.GraphChanged; g.Kind != "" {
					got = append(got, fmt.Sprintf("%s:%d:%s", id, g.Seq, g.Kind))
				}
			case <-timeout:
				t.Fatalf("got changes %v, want three", got)
			}
		}
		if want := "1:1:DOCUMENT_ADDED 2:2:DOCUMENT_REPLACED 3:3:DOCUMENT_REMOVED"; strings.Join(got, " ") != want {
			t.Errorf("changes (id:seq:kind) %v, want %s", got, want)
		}
	})
}

// failingFinds is a store whose document lookups fail as an unreachable
// store's do.
type failingFinds struct{ *graph.Store }

func (failingFinds) FindDocumentByID(context.Context, pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	return nil, pledgegraph.Errorf(pledgegraph.EUNAVAILABLE, "store unreachable")
}

// TestIngester runs the ingest decision on the memory store with the real
// extraction: a new name is CREATED, the same text again UNCHANGED, a new
// text REPLACED, with what the client gives overriding what is guessed.
func TestIngester(t *testing.T) {
	store, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	g := &pledgegraph.Ingester{Store: store, NewDocument: loader.NewDocument, Extract: loader.Extract}
	const text = "Le 12 novembre 2018, la France et Microsoft ont signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace."
	tests := []struct {
		name      string
		in        pledgegraph.DocumentInput
		status    pledgegraph.IngestStatus
		title     string // given, else the first line
		published string
		lang      pledgegraph.Lang
		facts     int // at least
	}{
		{"new", pledgegraph.DocumentInput{Name: " appel.txt ", Text: text, Title: "L'appel", Source: "https://example.org/a"},
			pledgegraph.IngestCreated, "L'appel", "", pledgegraph.French, 2},
		{"same text", pledgegraph.DocumentInput{Name: "appel.txt", Text: text, Title: "L'appel", Source: "https://example.org/a"},
			pledgegraph.IngestUnchanged, "L'appel", "", pledgegraph.French, 2},
		{"new text", pledgegraph.DocumentInput{Name: "appel.txt", Text: strings.Replace(text, "Microsoft", "Orange", 1), Published: pledgegraph.MustDate("2018-11-13")},
			pledgegraph.IngestReplaced, strings.Replace(text, "Microsoft", "Orange", 1), "2018-11-13", pledgegraph.French, 2},
		{"another document, language given", pledgegraph.DocumentInput{Name: "other.txt", Text: "Quelques mots sans rien.", Lang: "de"},
			pledgegraph.IngestCreated, "Quelques mots sans rien.", "", "de", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.IngestDocument(t.Context(), tt.in)
			if err != nil {
				t.Fatalf("IngestDocument: %v", err)
			}
			d := got.Document
			if got.Status != tt.status || d.ID != pledgegraph.DocumentID(strings.TrimSpace(string(tt.in.Name))) || d.Title != tt.title ||
				d.Published.String() != tt.published || d.Lang != tt.lang || len(got.Facts) < tt.facts || got.Warnings == nil {
				t.Errorf("IngestDocument(%s) = %s %s %q published %q lang %s, %d facts, warnings %v; want %s %q published %q lang %s, %d facts at least",
					tt.in.Name, got.Status, d.ID, d.Title, d.Published, d.Lang, len(got.Facts), got.Warnings, tt.status, tt.title, tt.published, tt.lang, tt.facts)
			}
			for _, id := range got.Facts {
				if _, err := store.FindFactByID(t.Context(), id); err != nil {
					t.Errorf("fact %s reported but not stored: %v", id, err)
				}
			}
		})
	}
	t.Run("unreachable store", func(t *testing.T) {
		g := &pledgegraph.Ingester{Store: failingFinds{store}, NewDocument: loader.NewDocument, Extract: loader.Extract}
		_, err := g.IngestDocument(t.Context(), pledgegraph.DocumentInput{Name: "x.txt", Text: text})
		if pledgegraph.ErrorCode(err) != pledgegraph.EUNAVAILABLE || !strings.HasPrefix(err.Error(), "ingest x.txt: ") {
			t.Errorf("IngestDocument = %v, want unavailable, with the document named", err)
		}
	})
	t.Run("binary text", func(t *testing.T) {
		_, err := g.IngestDocument(t.Context(), pledgegraph.DocumentInput{Name: "b.txt", Text: "\x89PNG\x00"})
		if pledgegraph.ErrorCode(err) != pledgegraph.EINVALID || !strings.HasPrefix(pledgegraph.ErrorMessage(err), "document b.txt: ") {
			t.Errorf("IngestDocument = %v, want EINVALID about b.txt", err)
		}
	})
	t.Run("remove", func(t *testing.T) {
		r, err := g.RemoveDocument(t.Context(), "appel.txt")
		if err != nil || r.Document != "appel.txt" || len(r.Facts) == 0 {
			t.Errorf("RemoveDocument = %+v, %v", r, err)
		}
		if _, err := g.RemoveDocument(t.Context(), "appel.txt"); pledgegraph.ErrorCode(err) != pledgegraph.ENOTFOUND {
			t.Errorf("RemoveDocument again = %v, want ENOTFOUND", err)
		}
	})
}

// TestReadOnly checks that a server started without a write token refuses
// mutations.
func TestReadOnly(t *testing.T) {
	base := startServe(t, "--db", "memory", "--seed=false")
	r := mutate(t, base+"/query", testToken, `mutation { removeDocument(name: "x.txt") { document } }`, nil, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "unauthorized" || !strings.Contains(r.Errors[0].Message, "read-only") {
		t.Errorf("got %+v, want a read-only refusal", r.Errors)
	}
}

// TestLoadRemoveList loads files of each format into a LevelDB store, then
// lists and removes them with the CLI.
func TestLoadRemoveList(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":  "La France a signé l'Appel de Paris le 12 novembre 2018.",
		"b.md":   "---\ntitle: Note\npublished: 2019-01-02\n---\n# Une note\n\nMicrosoft a signé [l'Appel de Paris](https://example.org).\n",
		"c.html": "<html><head><title>Page</title><script>x()</script></head><body><p>Google a rejoint l'Appel de Paris.</p></body></html>",
	}
	var paths []string
	for name, text := range files {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	data := t.TempDir()
	var out, errb bytes.Buffer
	if code := run(t.Context(), append([]string{"load", "--data", data, "--progress=false", "--jobs", "2"}, paths...), &out, &errb); code != 0 {
		t.Fatalf("load: %d\n%s%s", code, out.String(), errb.String())
	}
	out.Reset()
	if code := run(t.Context(), []string{"list", "--data", data}, &out, &errb); code != 0 {
		t.Fatalf("list: %d %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{"a.txt\t-\tfr", "b.md\t2019-01-02\tfr\tNote", "c.html\t-\tfr\tPage"} {
		if !strings.Contains(got, want) {
			t.Errorf("list misses %q:\n%s", want, got)
		}
	}
	out.Reset()
	if code := run(t.Context(), []string{"remove", "--data", data, "b.md", "nope.txt"}, &out, &errb); code == 0 {
		t.Errorf("remove of an unknown name succeeded:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "removed b.md") || !strings.Contains(errb.String(), "FAIL nope.txt") || strings.Contains(out.String(), "FAIL") {
		t.Errorf("remove said:\n%s\non standard error:\n%s", out.String(), errb.String())
	}
	out.Reset()
	run(t.Context(), []string{"list", "--data", data}, &out, &errb)
	if strings.Contains(out.String(), "b.md") {
		t.Errorf("b.md still listed:\n%s", out.String())
	}
}
