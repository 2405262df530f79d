package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
	"github.com/pledgegraph/pledgegraph/loader"
)

// TestScribbledStore damages a LevelDB store's largest table (64 bytes
// overwritten at 10%, 50% or 90% of it) and checks that the damage is
// never answered as if the store were whole: verify names damaged
// documents and exits non-zero, list either fails or lists every
// document, and a query either fails with store_corrupt or answers in
// full; then that verify --repair leaves a store that verifies whole.
func TestScribbledStore(t *testing.T) {
	testenv.SkipUnlessLong(t, "damages a store of 200 documents three times, then verifies, serves and repairs each")
	if raceOn {
		// each step reads the whole store: the race detector slows it
		// past the package's time, and the run without it checks the same
		t.Skip("damaged store: run without the race detector")
	}
	ctx := t.Context()
	src := filepath.Join(t.TempDir(), "store")
	s, err := graph.Open(ctx, "leveldb:"+src)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*pledgegraph.Document
	for _, g := range gen.Generate(200, 5) {
		d, err := loader.NewDocument(pledgegraph.DocumentID(g.Name), g.Name, []byte(g.Text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if sum, err := loader.LoadWith(ctx, s, docs, loader.LoadOptions{Jobs: 2, Batch: defaultBatch}, nil); err != nil || sum.Failed > 0 {
		t.Fatalf("load: %v, %d failed", err, sum.Failed)
	}
	s.Close()
	for _, at := range []float64{0.1, 0.5, 0.9} {
		t.Run(fmt.Sprintf("%.0f%%", at*100), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store")
			copyDir(t, src, dir)
			scribble(t, dir, at)
			db := "leveldb:" + dir

			var out, errOut bytes.Buffer
			code := run(ctx, []string{"verify", "--db", db}, &out, &errOut)
			t.Logf("verify: exit %d\n%s%s", code, lastLines(out.String(), 4), lastLines(errOut.String(), 2))
			if code == 0 {
				t.Errorf("verify exits 0 on a damaged store")
			}
			if code == 1 && !strings.Contains(out.String(), "DAMAGED") && !strings.Contains(errOut.String(), "corrupt") {
				t.Errorf("verify names no damage")
			}

			out.Reset()
			errOut.Reset()
			code = run(ctx, []string{"list", "--db", db}, &out, &errOut)
			if listed := strings.Count(out.String(), "\n"); code == 0 && listed != len(docs) {
				t.Errorf("list exits 0 listing %d of %d documents", listed, len(docs))
			}

			// the repair, once the server below has stopped (cleanups run
			// last registered first)
			t.Cleanup(func() { checkRepair(t, db, len(docs)) })
			base, failed := tryServe(t, "--db", db, "--seed=false")
			if failed != "" {
				// the damage is in what opening the store reads: serve
				// must say so, not start as if whole
				if !strings.Contains(failed, "store_corrupt") {
					t.Errorf("serve refused a damaged store without saying store_corrupt: %s", lastLines(failed, 2))
				}
				return
			}
			var a struct {
				Documents struct {
					TotalCount int
					Nodes      []struct{ FactCount int }
				}
			}
			r := post(t, base+"/query", `{ documents(first: 100) { totalCount nodes { factCount } } }`, &a)
			switch {
			case len(r.Errors) > 0:
				if code := r.Errors[0].Extensions["code"]; code != "store_corrupt" {
					t.Errorf("query error code %v, want store_corrupt: %s", code, r.Errors[0].Message)
				}
				if resp, err := http.Get(base + "/readyz"); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
					t.Errorf("readyz after damage: %v %v, want 503", resp.StatusCode, err)
				}
			case a.Documents.TotalCount != len(docs) || len(a.Documents.Nodes) != 100:
				t.Errorf("query answered as if whole with %d documents, %d on the page", a.Documents.TotalCount, len(a.Documents.Nodes))
			}
		})
	}
}

// checkRepair runs verify --repair on a damaged store (once the server
// on it has stopped) and checks that the store it leaves verifies whole,
// holds every document not reported dropped, and that the damaged one
// is kept beside it.
func checkRepair(t *testing.T, db string, total int) {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"verify", "--repair", "--db", db}, &out, &errOut); code != 0 {
		if strings.Contains(errOut.String(), "cannot be opened") || strings.Contains(errOut.String(), "the list of documents") {
			// damage in what opening reads, or in the list of documents
			// (where the damage lands depends on the files' layout, which
			// varies from run to run): nothing to salvage through the
			// store, and the repair says so
			t.Logf("repair: %s", lastLines(errOut.String(), 1))
			return
		}
		t.Errorf("verify --repair: exit %d\n%s%s", code, lastLines(out.String(), 3), lastLines(errOut.String(), 2))
		return
	}
	var rebuilt, dropped int
	last := lastLines(out.String(), 1)
	t.Logf("repair: %s", last)
	if _, err := fmt.Sscanf(last, "repaired: %d documents rebuilt from their texts, %d dropped", &rebuilt, &dropped); err != nil {
		t.Errorf("repair summary %q: %v", last, err)
	}
	if rebuilt+dropped != total && !strings.Contains(out.String(), "count of its documents cannot be read") {
		t.Errorf("repair: %d rebuilt and %d dropped of %d documents: some are unaccounted for", rebuilt, dropped, total)
	}
	out.Reset()
	if code := run(context.Background(), []string{"verify", "--db", db}, &out, &errOut); code != 0 {
		t.Errorf("verify after repair: exit %d\n%s", code, lastLines(out.String(), 3))
	}
	out.Reset()
	if code := run(context.Background(), []string{"list", "--db", db}, &out, &errOut); code != 0 || strings.Count(out.String(), "\n") != rebuilt {
		t.Errorf("list after repair: exit %d, %d documents, want %d", code, strings.Count(out.String(), "\n"), rebuilt)
	}
	if aside, _ := filepath.Glob(strings.TrimPrefix(db, "leveldb:") + ".damaged-*"); len(aside) != 1 {
		t.Errorf("the damaged store is not kept beside the repaired one: %v", aside)
	}
}

// copyDir copies the files of src into a new dir.
func copyDir(t *testing.T, src, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scribble overwrites 64 bytes at the fraction at of the largest table
// of a LevelDB directory.
func scribble(t *testing.T, dir string, at float64) {
	t.Helper()
	tables, _ := filepath.Glob(filepath.Join(dir, "*.ldb"))
	if len(tables) == 0 {
		t.Fatalf("no table in %s", dir)
	}
	largest, size := "", int64(0)
	for _, p := range tables {
		if info, err := os.Stat(p); err == nil && info.Size() > size {
			largest, size = p, info.Size()
		}
	}
	f, err := os.OpenFile(largest, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := bytes.Repeat([]byte{0x5a}, 64)
	if _, err := f.WriteAt(junk, int64(float64(size)*at)); err != nil {
		t.Fatal(err)
	}
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n") + "\n"
}
