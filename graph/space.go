package graph

import (
	"io/fs"
	"path/filepath"
	"strconv"

	"github.com/pledgegraph/pledgegraph"
)

// A LevelDB store keeps free space on its disk: LevelDB writes a
// compaction's new files before it deletes the old ones, and a
// compaction that finds the disk full is retried for ever while writes
// wait. A write is refused (EFULL) unless the disk has, after it,
// minFree plus a tenth of the store's size free.
const (
	minFree      = 8 << 20
	bytesPerQuad = 100 // on disk, with its indexes and journal (about 60 measured)
)

// roomFor returns an EFULL error when the disk of a LevelDB store has not
// the room to write n more quads and still compact its files; nil for
// other stores, and when the free space cannot be told.
func (s *Store) roomFor(n int) error {
	if s.dir == "" {
		return nil
	}
	free, ok := freeSpace(s.dir)
	if !ok {
		return nil
	}
	need := minFree + DirSize(s.dir)/10 + int64(n)*bytesPerQuad
	if free < need {
		return pledgegraph.Errorf(pledgegraph.EFULL, "%s free on the disk of %s, and the write needs %s (room for LevelDB to compact its files after it): free some space or move the store",
			mib(free), s.dir, mib(need))
	}
	return nil
}

// DirSize returns the bytes of the files under dir: a LevelDB store's
// size on disk.
func DirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// mib writes a number of bytes in MiB.
func mib(n int64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB" }
