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

// Empty reports whether the store holds no quad at all (the counts it
// keeps of them aside).
func (s *Store) Empty(ctx context.Context) (bool, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return false, fmt.Errorf("graph: empty: %w", err)
	}
	defer unlock()
	empty, err := s.empty(ctx)
	if err != nil {
		return false, fmt.Errorf("graph: empty: %w", err)
	}
	return empty, nil
}

// empty reports whether the store holds no quad.
func (s *Store) empty(ctx context.Context) (bool, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	if it.Next(ctx) {
		return false, nil
	}
	return true, it.Err()
}
