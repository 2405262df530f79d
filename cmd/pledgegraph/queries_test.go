package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden answers of testdata/queries")

// TestQueries asks the real server, loaded with the built-in corpus, the
// questions of ../../testdata/queries (one .graphql file each, the
// questions an analyst writes) and compares each answer with the golden
// .json beside it. With -update the answers are rewritten.
func TestQueries(t *testing.T) {
	files, err := filepath.Glob("../../testdata/queries/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries: %v", err)
	}
	base := startServe(t, "--db", "memory")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".graphql")
		t.Run(name, func(t *testing.T) {
			q, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := json.Marshal(map[string]string{"query": string(q)})
			resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatalf("answer %s: %v", raw, err)
			}
			got, _ := json.MarshalIndent(v, "", "  ")
			got = append(got, '\n')
			golden := strings.TrimSuffix(file, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./cmd/pledgegraph -run TestQueries -update writes it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("answer differs from %s:\n%s", golden, got)
			}
			if bytes.Contains(got, []byte(`"errors"`)) {
				t.Errorf("the answer has errors: %s", got)
			}
		})
	}
}
