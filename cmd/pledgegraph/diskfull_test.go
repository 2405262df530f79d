package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// TestDiskFull loads more documents than a 20 MB file system holds into a
// LevelDB store on it: load must end by itself with a clear error, and
// every document it reported stored must be there, whole, once the store
// is opened again. It mounts a tmpfs, which needs root: elsewhere it is
// skipped.
func TestDiskFull(t *testing.T) {
	testenv.SkipUnlessLong(t, "loads 700 documents into a 20 MB file system")
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	docs := t.TempDir()
	for _, g := range gen.Generate(700, 3) {
		if err := os.WriteFile(filepath.Join(docs, g.Name), []byte(g.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := "leveldb:" + filepath.Join(mnt, "store")

	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go func() { done <- run(ctx, []string{"load", "--db", db, docs}, &out, &errOut) }()
	var code int
	select {
	case code = <-done:
	case <-time.After(3 * time.Minute):
		cancel()
		<-done
		t.Fatalf("load did not end within 3 minutes on a full disk")
	}
	if code != 1 || !strings.Contains(errOut.String(), "store_full") {
		t.Fatalf("load on a full disk: exit %d, want 1 with store_full:\n%s", code, lastLines(errOut.String(), 3))
	}
	var acked []string
	for _, l := range strings.Split(out.String(), "\n") {
		if name, ok := strings.CutPrefix(l, "ok   "); ok {
			name, _, _ = strings.Cut(name, ":")
			acked = append(acked, name)
		}
	}
	if len(acked) == 0 || len(acked) == 700 {
		t.Fatalf("%d of 700 documents stored: the disk should take some, not all", len(acked))
	}

	out.Reset()
	errOut.Reset()
	if code := run(t.Context(), []string{"verify", "--db", db}, &out, &errOut); code != 0 {
		t.Errorf("verify after a full disk: exit %d\n%s", code, lastLines(out.String(), 3))
	}
	out.Reset()
	if code := run(t.Context(), []string{"list", "--db", db}, &out, &errOut); code != 0 {
		t.Fatalf("list: exit %d", code)
	}
	var listed []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		name, _, _ := strings.Cut(l, "\t")
		listed = append(listed, name)
	}
	slices.Sort(acked)
	slices.Sort(listed)
	if !slices.Equal(acked, listed) {
		t.Errorf("%d documents reported stored, %d listed after reopening", len(acked), len(listed))
	}
	t.Logf("%d of 700 documents stored before the disk was full", len(acked))
}
