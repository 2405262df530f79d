package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// loadDocument reads one document, or returns nil if there is none.
func (s *Store) loadDocument(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	if d := s.memo.document(s.viewGen(ctx), id); d != nil {
		return d, nil
	}
	d, err := s.readDocument(ctx, id)
	s.memo.putDocument(s.viewGen(ctx), d)
	return d, err
}

// readDocument is loadDocument without the cache.
func (s *Store) readDocument(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	d := &pledgegraph.Document{ID: id}
	found := false
	err := s.each(ctx, quad.Subject, documentIRI(id), func(q refQuad) {
		switch s.iri(ctx, q.P) {
		case predType:
			found = true
		case predTitle:
			d.Title = str(s.value(ctx, q.O))
		case predPublished:
			d.Published = date(s.value(ctx, q.O))
		case predLanguage:
			d.Lang = pledgegraph.Lang(str(s.value(ctx, q.O)))
		case predSource:
			d.Source = str(s.value(ctx, q.O))
		case predText:
			d.Text = str(s.value(ctx, q.O))
		case predHash:
			d.Hash = str(s.value(ctx, q.O))
		}
	})
	if err != nil || !found {
		return nil, err
	}
	return d, nil
}

// DocumentMentions returns the places where a document's text names
// entities, in text order; empty for a document stored by a version that
// did not keep them. Returns ENOTFOUND for an unknown document.
func (s *Store) DocumentMentions(ctx context.Context, id pledgegraph.DocumentID) ([]pledgegraph.Mention, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: mentions of %s: %w", id, err)
	}
	defer unlock()
	// one scan of the document's quads, resolving neither its text nor
	// its other fields
	found := false
	var out []pledgegraph.Mention
	err = s.each(ctx, quad.Subject, documentIRI(id), func(q refQuad) {
		switch s.iri(ctx, q.P) {
		case predType:
			found = true
		case predMentions:
			out = append(out, decodeMentions(id, str(s.value(ctx, q.O)))...)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("graph: mentions of %s: %w", id, err)
	}
	if !found {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "document %s not found", id)
	}
	return out, nil
}

// encodeMentions writes mentions as predMentions holds them: a line
// "START END ENTITY" each, sorted by start; "" for none.
func encodeMentions(ms []pledgegraph.Mention) string {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b pledgegraph.Mention) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%d %d %s\n", m.Start, m.End, m.Entity)
	}
	return b.String()
}

// decodeMentions reads what encodeMentions wrote, skipping lines it
// cannot read.
func decodeMentions(doc pledgegraph.DocumentID, s string) []pledgegraph.Mention {
	var out []pledgegraph.Mention
	for line := range strings.Lines(s) {
		f := strings.SplitN(strings.TrimSuffix(line, "\n"), " ", 3)
		if len(f) != 3 || f[2] == "" {
			continue
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || start < 0 || end < start {
			continue
		}
		out = append(out, pledgegraph.Mention{Entity: pledgegraph.EntityID(f[2]), Doc: doc, Start: start, End: end})
	}
	return out
}

// FindDocumentByID returns one document. Returns ENOTFOUND.
func (s *Store) FindDocumentByID(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find document %s: %w", id, err)
	}
	defer unlock()
	d, err := s.loadDocument(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: find document %s: %w", id, err)
	} else if d == nil {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "document %s not found", id)
	}
	return d, nil
}

// documentIDs returns the IDs of every stored document, sorted.
func (s *Store) documentIDs(ctx context.Context) ([]pledgegraph.DocumentID, error) {
	nodes, err := s.subjects(ctx, predType, typeDocument)
	if err != nil {
		return nil, err
	}
	ids := make([]pledgegraph.DocumentID, 0, len(nodes))
	for _, n := range nodes {
		if id, ok := documentID(s.value(ctx, n)); ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b pledgegraph.DocumentID) int { return strings.Compare(string(a), string(b)) })
	return ids, nil
}

// FindDocuments returns a page of documents ordered by ID, and the total
// number of documents.
func (s *Store) FindDocuments(ctx context.Context, filter pledgegraph.DocumentFilter) ([]*pledgegraph.Document, int, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find documents: %w", err)
	}
	defer unlock()
	ids, err := s.documentIDs(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find documents: %w", err)
	}
	sel := page(ids, filter.Offset, filter.Limit)
	out := make([]*pledgegraph.Document, 0, len(sel))
	for _, id := range sel {
		d, err := s.loadDocument(ctx, id)
		if err != nil {
			return nil, 0, fmt.Errorf("graph: find documents: %s: %w", id, err)
		}
		if d != nil {
			out = append(out, d)
		}
	}
	return out, len(ids), nil
}

// DocumentsByIDs returns the documents in the order of ids, with nil where
// one does not exist.
func (s *Store) DocumentsByIDs(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: documents by ids: %w", err)
	}
	defer unlock()
	out := make([]*pledgegraph.Document, len(ids))
	for i, id := range ids {
		d, err := s.loadDocument(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("graph: documents by ids: %s: %w", id, err)
		}
		out[i] = d
	}
	return out, nil
}

// Stats returns the numbers of documents, entities and facts stored
// (see pledgegraph.FactCounts), facts counted as they read: a fact is
// inferred, or from reference data, when every document that states it
// says so (see readFact).
func (s *Store) Stats(ctx context.Context) (documents, entities int, facts pledgegraph.FactCounts, err error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return 0, 0, facts, fmt.Errorf("graph: stats: %w", err)
	}
	defer unlock()
	var n [2]int
	for i, t := range []quad.IRI{typeDocument, typeEntity} {
		nodes, err := s.subjects(ctx, predType, t)
		if err != nil {
			return 0, 0, facts, fmt.Errorf("graph: stats: %w", err)
		}
		n[i] = len(nodes)
	}
	if facts, err = s.factCounts(ctx); err != nil {
		return 0, 0, facts, fmt.Errorf("graph: stats: %w", err)
	}
	return n[0], n[1], facts, nil
}

// factCounts counts the stored facts as Stats does, in two scans: the
// flags (inferred, reference) with the documents that give them, and the
// type quads of facts, one per fact and document that states it. A
// document that states a fact without a flag clears it.
func (s *Store) factCounts(ctx context.Context) (pledgegraph.FactCounts, error) {
	type flags struct{ inferred, reference map[any]bool } // the labels that give each flag
	flagged := map[any]*flags{}
	err := s.each(ctx, quad.Object, quad.Bool(true), func(q refQuad) {
		p := s.iri(ctx, q.P)
		if p != predInferred && p != predReference {
			return
		}
		f := flagged[q.S.Key()]
		if f == nil {
			f = &flags{map[any]bool{}, map[any]bool{}}
			flagged[q.S.Key()] = f
		}
		if p == predInferred {
			f.inferred[q.L.Key()] = true
		} else {
			f.reference[q.L.Key()] = true
		}
	})
	if err != nil {
		return pledgegraph.FactCounts{}, err
	}
	seen := map[any]bool{}
	err = s.each(ctx, quad.Object, typeFact, func(q refQuad) {
		if s.iri(ctx, q.P) != predType {
			return
		}
		seen[q.S.Key()] = true
		if f := flagged[q.S.Key()]; f != nil {
			if !f.inferred[q.L.Key()] {
				clear(f.inferred)
			}
			if !f.reference[q.L.Key()] {
				clear(f.reference)
			}
		}
	})
	if err != nil {
		return pledgegraph.FactCounts{}, err
	}
	var c pledgegraph.FactCounts
	for k, f := range flagged {
		switch {
		case !seen[k]:
		case len(f.reference) > 0:
			c.Reference++
		case len(f.inferred) > 0:
			c.Inferred++
		}
	}
	c.Stated = len(seen) - c.Inferred - c.Reference
	return c, nil
}

// Empty reports whether the store holds no quad at all.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return false, fmt.Errorf("graph: empty: %w", err)
	}
	defer unlock()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	if it.Next(ctx) {
		return false, nil
	}
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("graph: empty: %w", err)
	}
	return true, nil
}
