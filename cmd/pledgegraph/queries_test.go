package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden answers of testdata/queries")

// TestQueries asks the real server, loaded with the built-in corpus, the
// questions of ../../testdata/queries (one .graphql file each, the
// questions an analyst writes) and compares each answer with the golden
// .json beside it. With -update the answers are rewritten.
//
// The questions are asked of a server on each backend: memory, LevelDB,
// and PostgreSQL when PLEDGEGRAPH_TEST_POSTGRES names a database whose
// user may create databases. The answers must be the same.
func TestQueries(t *testing.T) {
	for _, backend := range []string{"memory", "leveldb", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			db := "memory"
			switch backend {
			case "leveldb":
				db = "leveldb:" + filepath.Join(t.TempDir(), "store")
			case "postgres":
				db = testPostgres(t)
			}
			askQueries(t, startServe(t, "--db", db), backend == "memory")
		})
	}
}

// askQueries asks the questions of testdata/queries at base and compares
// the answers with the golden ones, which it rewrites with -update when
// may is set.
func askQueries(t *testing.T, base string, mayUpdate bool) {
	files, err := filepath.Glob("../../testdata/queries/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries: %v", err)
	}
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
			if *update && mayUpdate {
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

// testPostgres returns the URL of a fresh database on the server that
// PLEDGEGRAPH_TEST_POSTGRES names, dropped when the test ends, or skips the
// test when it is not set.
func testPostgres(t *testing.T) string {
	admin := testenv.Postgres(t)
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	name := fmt.Sprintf("pledgegraph_cmd_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := db.ExecContext(t.Context(), "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
