package main

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/corpus"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
	"github.com/pledgegraph/pledgegraph/loader"
)

// TestCrashSafety starts the real binary loading a large batch into a
// LevelDB store, kills it with SIGKILL at random moments, and checks after
// each kill that every stored document is whole (all the facts its
// extraction gives, each with its evidence) and that no document stored
// before the kill was lost.
func TestCrashSafety(t *testing.T) {
	testenv.SkipUnlessLong(t, "kills a loader 20 times")
	bin := filepath.Join(t.TempDir(), "pledgegraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// the batch: the built-in documents, each many times under other names
	batch := t.TempDir()
	names, _ := fs.Glob(corpus.FS, "*.txt")
	want := map[pledgegraph.DocumentID][]pledgegraph.FactID{}
	for i := 0; i < 60; i++ {
		for _, n := range names {
			raw, _ := fs.ReadFile(corpus.FS, n)
			name := fmt.Sprintf("%03d_%s", i, n)
			text := append(raw, []byte(fmt.Sprintf("\nCopie %d.\n", i))...)
			if err := os.WriteFile(filepath.Join(batch, name), text, 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := loader.ReadDocument(pledgegraph.DocumentID(name), name, text)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range loader.Extract(doc).Facts {
				if !f.Reference {
					want[doc.ID] = append(want[doc.ID], pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
				}
			}
		}
	}
	data := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var stored []pledgegraph.DocumentID
	kills := 0
	for round := 0; round < 40 && kills < 20; round++ {
		cmd := exec.Command(bin, "load", "--data", data, "--progress=false", batch)
		cmd.Stdout, cmd.Stderr = nil, nil
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(100+rng.IntN(900)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		case err := <-done:
			if err != nil {
				t.Fatalf("load ended with %v before it was killed", err)
			}
		}
		now := check(t, data, want)
		for _, id := range stored {
			if !slices.Contains(now, id) {
				t.Fatalf("after kill %d: document %s, stored before, is lost", kills, id)
			}
		}
		t.Logf("round %d: %d documents whole", round, len(now))
		stored = now
		if len(stored) == len(want) {
			break // all loaded: kill no more
		}
	}
	if kills < 20 && len(stored) < len(want) {
		t.Errorf("only %d kills", kills)
	}
}

// check opens the store, checks that every document in it is whole and
// returns their names.
func check(t *testing.T, data string, want map[pledgegraph.DocumentID][]pledgegraph.FactID) []pledgegraph.DocumentID {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "leveldb:"+filepath.Join(data, "store"))
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	docs, _, err := s.FindDocuments(ctx, pledgegraph.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []pledgegraph.DocumentID
	for _, d := range docs {
		ids = append(ids, d.ID)
		facts, err := s.FindFacts(ctx, pledgegraph.FactFilter{Document: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		got := map[pledgegraph.FactID]bool{}
		for _, f := range facts {
			got[f.ID] = true
		}
		for _, id := range want[d.ID] {
			if !got[id] {
				t.Fatalf("document %s is stored without its fact %s", d.ID, id)
			}
		}
		if d.Text == "" || d.Hash == "" {
			t.Fatalf("document %s is stored without its text", d.ID)
		}
	}
	return ids
}
