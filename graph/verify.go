package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/pledgegraph/pledgegraph"
)

// Check is what Verify found wrong with one document, or with the store
// outside any document when Document is empty.
type Check struct {
	Document pledgegraph.DocumentID
	Problem  string
}

// Verification sums up a Verify run.
type Verification struct {
	Documents int     // documents checked
	Quads     int     // quads read, all of them
	Damaged   []Check // what could not be read, by document
}

// Verify reads everything the store holds, in one read view: every
// document with its quads (through the label index), its record and its
// facts (through the indexes the queries use), then the counts the store
// keeps (compared with a count of what it holds: see Totals), then every
// quad of the store, and reports what it could not read or what differs. progress, when not nil, is
// called after each document. A store whose files are damaged reports
// the documents it cannot read whole; Verify itself fails only when the
// store cannot be read at all.
func (s *Store) Verify(ctx context.Context, progress func(done, total int)) (*Verification, error) {
	ctx, release, err := s.View(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: verify: %w", err)
	}
	defer release()
	v := &Verification{}
	ids, err := s.documentIDs(ctx)
	if err != nil {
		v.Damaged = append(v.Damaged, Check{Problem: "the list of documents cannot be read: " + err.Error()})
	}
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		before := s.damaged.Load()
		err := s.verifyDocument(ctx, id)
		if err == nil {
			err = s.damagedSince(before)
		}
		if err != nil {
			v.Damaged = append(v.Damaged, Check{Document: id, Problem: err.Error()})
		}
		v.Documents++
		if progress != nil {
			progress(i+1, len(ids))
		}
	}
	if problem, err := s.verifyCounts(ctx); err != nil {
		v.Damaged = append(v.Damaged, Check{Problem: "counting what the store holds: " + err.Error()})
	} else if problem != "" {
		v.Damaged = append(v.Damaged, Check{Problem: problem})
	}
	before := s.damaged.Load()
	n, err := s.readAllQuads(ctx)
	v.Quads = n
	if err == nil {
		err = s.damagedSince(before)
	}
	if err != nil {
		v.Damaged = append(v.Damaged, Check{Problem: "reading every quad: " + err.Error()})
	}
	return v, nil
}

// verifyDocument reads one document the ways the queries do.
func (s *Store) verifyDocument(ctx context.Context, id pledgegraph.DocumentID) error {
	quads, err := s.documentQuads(ctx, id)
	if err != nil {
		return fmt.Errorf("its quads: %w", err)
	}
	for _, q := range quads {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return fmt.Errorf("a quad of it cannot be read whole")
		}
	}
	hashes, err := s.objects(ctx, documentIRI(id), predHash)
	if err != nil {
		return fmt.Errorf("its record: %w", err)
	}
	if len(hashes) != 1 {
		return fmt.Errorf("its record has %d hashes, want 1", len(hashes))
	}
	if _, err := s.loadDocument(ctx, id); err != nil {
		return fmt.Errorf("its record: %w", err)
	}
	if _, err := s.FindFacts(ctx, pledgegraph.FactFilter{Document: id, IncludeReference: true}); err != nil {
		return fmt.Errorf("its facts: %w", err)
	}
	return nil
}

// readAllQuads reads every quad of the store with its values and returns
// how many there were.
func (s *Store) readAllQuads(ctx context.Context) (int, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		r := it.Result()
		for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
			if s.value(ctx, s.qs.QuadDirection(r, d)) == nil {
				return n, fmt.Errorf("a quad's %s cannot be read", d)
			}
		}
		n++
	}
	if err := it.Err(); err != nil {
		if corrupted(err) {
			s.damage(err)
		}
		return n, err
	}
	return n, ctx.Err()
}

// VerifyFiles reads every block of a LevelDB store's files, checksums
// checked, before the store is opened (spec is "leveldb:PATH"; other
// stores have no files of their own to check, and it returns nil). A
// block no query happens to read (an index entry of a quad no question
// asks about) is damaged all the same: it returns an ECORRUPT error
// naming the file.
func VerifyFiles(spec string) error {
	path, ok := strings.CutPrefix(spec, "leveldb:")
	if !ok {
		return nil
	}
	db, err := leveldb.OpenFile(path, &opt.Options{ReadOnly: true, ErrorIfMissing: true, Strict: opt.StrictAll})
	if err != nil {
		if corrupted(err) {
			return pledgegraph.Errorf(pledgegraph.ECORRUPT, "opening %s: %v", path, err)
		}
		return fmt.Errorf("graph: verify files of %s: %w", path, err)
	}
	defer db.Close()
	it := db.NewIterator(nil, &opt.ReadOptions{Strict: opt.StrictAll})
	defer it.Release()
	for it.Next() {
	}
	if err := it.Error(); err != nil {
		if corrupted(err) {
			return pledgegraph.Errorf(pledgegraph.ECORRUPT, "reading %s: %v", path, err)
		}
		return fmt.Errorf("graph: verify files of %s: %w", path, err)
	}
	return nil
}

// Salvage returns the documents of the store whose record can be read
// whole (their text matches the hash stored with it), the names of the
// others, and how many documents more the store counted than its list
// of documents names (their entry in the list cannot be read: lost
// without a name; -1 when the store's count cannot be read either): what
// a store rebuilt from the documents can keep, and what it loses. It
// fails only when the list of documents cannot be read at all.
func (s *Store) Salvage(ctx context.Context) (kept []*pledgegraph.Document, lost []pledgegraph.DocumentID, unnamed int, err error) {
	ctx, release, err := s.View(ctx)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("graph: salvage: %w", err)
	}
	defer release()
	ids, err := s.documentIDs(ctx)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("graph: salvage: the list of documents: %w", err)
	}
	unnamed = -1
	if t, _, ok, err := s.storedTotals(ctx); err == nil && ok {
		unnamed = max(0, t.Documents-len(ids))
	}
	for _, id := range ids {
		before := s.damaged.Load()
		d, err := s.readDocument(ctx, id)
		if err != nil || d == nil || s.damagedSince(before) != nil || d.Hash != withHash(pledgegraph.Document{Text: d.Text}).Hash {
			lost = append(lost, id)
			continue
		}
		kept = append(kept, d)
	}
	return kept, lost, unnamed, nil
}
