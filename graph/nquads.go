package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/pledgegraph/pledgegraph"
)

// ExportNQuads writes every quad the store holds to w in N-Quads, as
// Cayley's quad/nquads writes them: the label of a quad is the node of
// the document that states it (see voc.go). The counts the store keeps of
// itself (tally.go), which are not quads, are not written: an import
// counts them again. It reads one state of the
// store (a view), one quad at a time, and returns how many it wrote. A
// store whose files are damaged fails the export with ECORRUPT.
func (s *Store) ExportNQuads(ctx context.Context, w io.Writer) (n int64, err error) {
	ctx, release, err := s.View(ctx)
	if err != nil {
		return 0, fmt.Errorf("graph: export: %w", err)
	}
	defer func() {
		if rerr := release(); err == nil && rerr != nil {
			err = rerr
		}
	}()
	enc := nquads.NewWriter(w)
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.quadAt(ctx, it.Result())
		if err != nil {
			return n, err
		}
		if err := enc.WriteQuad(q); err != nil {
			return n, fmt.Errorf("graph: export: %w", err)
		}
		n++
	}
	if err := it.Err(); err != nil {
		if corrupted(err) {
			s.damage(err)
			return n, pledgegraph.Errorf(pledgegraph.ECORRUPT, "export: reading the store: %v", err)
		}
		return n, fmt.Errorf("graph: export: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return n, fmt.Errorf("graph: export: %w", err)
	}
	if err := enc.Close(); err != nil {
		return n, fmt.Errorf("graph: export: %w", err)
	}
	return n, nil
}

// quadAt returns the quad r names, read in the state ctx reads.
func (s *Store) quadAt(ctx context.Context, r cgraph.Ref) (quad.Quad, error) {
	var q quad.Quad
	for _, d := range quad.Directions {
		ref := s.qs.QuadDirection(r, d)
		if noNode(ref) {
			continue // a quad without a label
		}
		v := s.value(ctx, ref)
		if v == nil {
			_, err := s.Damage()
			return q, fmt.Errorf("graph: export: %w", err)
		}
		q.Set(d, v)
	}
	return q, nil
}

// importBatch is the number of quads an import writes in one transaction.
const importBatch = 20000

// ImportNQuads writes the quads of an N-Quads stream (an ExportNQuads
// output) into the store, which must be empty. It reads r twice: first
// to check every line, so that a malformed file writes nothing (the error
// names the line), then to write, in transactions of importBatch quads.
// progress, if not nil, is called after each transaction with the number
// of quads written so far and the total. It returns the number of quads
// written; an error after the first transaction leaves a store that holds
// part of the file (the error says how much). Once the quads are written,
// the store counts them (see Totals) and stores the counts.
func (s *Store) ImportNQuads(ctx context.Context, r io.ReadSeeker, progress func(done, total int64)) (int64, error) {
	empty, err := s.Empty(ctx)
	if err != nil {
		return 0, err
	}
	if !empty {
		return 0, pledgegraph.Errorf(pledgegraph.ECONFLICT, "import: the store is not empty (import into a new store)")
	}
	total, err := eachQuad(ctx, r, nil)
	if err != nil {
		return 0, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("graph: import: %w", err)
	}
	var written int64
	batch := make([]quad.Quad, 0, importBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.importQuads(ctx, batch); err != nil {
			return fmt.Errorf("graph: import: after %d of %d quads written: %w", written, total, err)
		}
		written += int64(len(batch))
		batch = batch[:0]
		if progress != nil {
			progress(written, total)
		}
		return nil
	}
	_, err = eachQuad(ctx, r, func(q quad.Quad) error {
		batch = append(batch, q)
		if len(batch) < importBatch {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		if err = s.countIfNeeded(ctx, true); err != nil {
			err = fmt.Errorf("graph: import: count what was imported: %w", err)
		}
	}
	return written, err
}

// importQuads writes quads in one transaction.
func (s *Store) importQuads(ctx context.Context, quads []quad.Quad) error {
	if err := s.roomFor(len(quads)); err != nil {
		return err
	}
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	c := described(quads) // for the caches
	c.replaced = true
	return s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}, c)
}

// eachQuad reads N-Quads from r and calls fn (if not nil) for each quad;
// it returns the number of quads, or an error naming the first line that
// is not a quad.
func eachQuad(ctx context.Context, r io.Reader, fn func(quad.Quad) error) (int64, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var n int64
	var line []byte
	for lineNo := 1; ; lineNo++ {
		line = line[:0]
		for {
			l, more, err := br.ReadLine()
			if errors.Is(err, io.EOF) && len(line) == 0 {
				return n, nil
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return n, fmt.Errorf("graph: import: line %d: %w", lineNo, err)
			}
			line = append(line, l...)
			if !more || err != nil {
				break
			}
		}
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		q, err := nquads.Parse(string(t))
		if err == nil && !q.IsValid() {
			err = errors.New("not a whole quad")
		}
		if err != nil {
			return n, pledgegraph.Errorf(pledgegraph.EINVALID, "import: line %d: %v", lineNo, err)
		}
		n++
		if fn != nil {
			if err := fn(q); err != nil {
				return n, err
			}
		}
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return n, fmt.Errorf("graph: import: %w", err)
			}
		}
	}
}
