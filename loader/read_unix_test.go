//go:build unix

package loader

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileHostile checks that ReadFile refuses, by name and at once,
// what is not a regular text file of a sane size, without reading it: a
// FIFO (reading one blocks until a writer comes), a link to /dev/zero
// (endless), a sparse file of 12 MB, a link loop and a directory named
// like a document.
func TestReadFileHostile(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	if err := syscall.Mkfifo(at("pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", at("zero.txt")); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(at("sparse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(12 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Symlink(at("loop-b.txt"), at("loop-a.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(at("loop-a.txt"), at("loop-b.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(at("folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want error // nil: any error
	}{
		{"pipe.txt", ErrNotFile},
		{"zero.txt", ErrNotFile},
		{"sparse.txt", ErrTooLarge},
		{"loop-a.txt", nil},
		{"folder.txt", ErrNotFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := ReadFile(at(tt.name))
				done <- err
			}()
			select {
			case err := <-done:
				var de *DocError
				if err == nil || !errors.As(err, &de) || (tt.want != nil && !errors.Is(err, tt.want)) {
					t.Errorf("ReadFile(%s) = %v, want a *DocError for %v", tt.name, err, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("ReadFile(%s) still reads after 10 s", tt.name)
			}
		})
	}
}
