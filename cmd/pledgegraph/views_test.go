package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// TestReadsDuringWrites has readers list documents with their facts and
// evidence, the whole query uncached, while a writer removes and adds
// documents again and again: every answer must show each document whole
// (all its facts) or not at all, and no evidence may name a document that
// is gone (an error).
func TestReadsDuringWrites(t *testing.T) {
	for _, backend := range []string{"leveldb", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			db := "leveldb:" + filepath.Join(t.TempDir(), "store")
			if backend == "postgres" {
				db = testPostgres(t)
			}
			testReadsDuringWrites(t, startServe(t, "--db", db, "--seed=false", "--write-token", testToken))
		})
	}
}

const listQuery = `{ documents(first: 100) { nodes { name factCount facts { id evidence { document { name } } } } } }`

type listAnswer struct {
	Documents struct {
		Nodes []struct {
			Name      string
			FactCount int
			Facts     []struct {
				Evidence []struct{ Document struct{ Name string } }
			}
		}
	}
}

func testReadsDuringWrites(t *testing.T, base string) {
	ndocs, cycles := 12, 24
	switch {
	case raceOn:
		ndocs, cycles = 6, 8
	case !testenv.Long(): // the long run (PLEDGEGRAPH_LONG_TESTS=1) does all the cycles
		ndocs, cycles = 6, 6
	}
	docs := gen.Generate(ndocs, 11)
	for _, g := range docs {
		ask(t, base, ingestMutation, map[string]any{"in": map[string]any{"name": g.Name, "text": g.Text}}, nil)
	}
	var whole listAnswer
	ask(t, base, listQuery, nil, &whole)
	want := map[string]int{}
	for _, d := range whole.Documents.Nodes {
		if d.FactCount == 0 {
			t.Fatalf("%s has no fact: the check needs documents with facts", d.Name)
		}
		want[d.Name] = d.FactCount
	}
	var stop atomic.Bool
	var reads, bad atomic.Int64
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				var a listAnswer
				if err := uncached(base, listQuery, &a); err != nil {
					if bad.Add(1) <= 5 {
						t.Error(err)
					}
					continue
				}
				reads.Add(1)
				for _, d := range a.Documents.Nodes {
					if d.FactCount != want[d.Name] || len(d.Facts) != want[d.Name] {
						if bad.Add(1) <= 5 {
							t.Errorf("%s seen with %d facts (%d listed), whole it has %d", d.Name, d.FactCount, len(d.Facts), want[d.Name])
						}
					}
				}
			}
		}()
	}
	for i := range cycles {
		g := docs[i%len(docs)]
		r := mutate(t, base+"/query", testToken, fmt.Sprintf(`mutation { removeDocument(name: %q) { document } }`, g.Name), nil, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("remove %s: %s", g.Name, r.Errors[0].Message)
		}
		ask(t, base, ingestMutation, map[string]any{"in": map[string]any{"name": g.Name, "text": g.Text}}, nil)
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d answers read during %d writes, %d wrong", reads.Load(), 2*cycles, bad.Load())
	if reads.Load() < 10 {
		t.Errorf("only %d answers read during the writes", reads.Load())
	}
}

// uncached asks a query past the answer cache and decodes its data; an
// error in the answer is returned.
func uncached(base, query string, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cache-Control", "no-cache")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("answer error: %s", r.Errors[0].Message)
	}
	return json.Unmarshal(r.Data, out)
}
