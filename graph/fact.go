package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// factRecord is a fact as read, with the documents that state it.
type factRecord struct {
	fact *pledgegraph.Fact
	docs map[pledgegraph.DocumentID]bool
}

// loadFact reads one fact, merging what every document says of it: the
// earliest since, the highest confidence, inferred (reference) only if
// every document says so, all evidence and all facts it derives from. It
// costs one scan by subject for the fact, one by object for its evidence
// and one by subject per piece of evidence. It returns nil if there is no
// such fact.
func (s *Store) loadFact(ctx context.Context, id pledgegraph.FactID) (*factRecord, error) {
	if r := s.memo.fact(s.viewGen(ctx), id); r != nil {
		return r, nil
	}
	r, err := s.readFact(ctx, id)
	s.memo.putFact(s.viewGen(ctx), r)
	return r, err
}

// readFact is loadFact without the cache.
func (s *Store) readFact(ctx context.Context, id pledgegraph.FactID) (*factRecord, error) {
	r, err := s.readFactQuads(ctx, id)
	if err != nil || r == nil {
		return nil, err
	}
	evs, err := s.subjects(ctx, predFact, factIRI(id))
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		ev, err := s.loadEvidence(ctx, e)
		if err != nil {
			return nil, err
		}
		r.fact.Evidence = append(r.fact.Evidence, ev)
	}
	slices.SortFunc(r.fact.Evidence, compareEvidence)
	return r, nil
}

// readFactQuads reads a fact's own quads (one scan by subject), merged as
// loadFact merges them: the fact without its evidence. It returns nil if
// there is no such fact.
func (s *Store) readFactQuads(ctx context.Context, id pledgegraph.FactID) (*factRecord, error) {
	n := factIRI(id)
	f := &pledgegraph.Fact{ID: id}
	docs := map[pledgegraph.DocumentID]bool{}
	inferred := map[pledgegraph.DocumentID]bool{}
	reference := map[pledgegraph.DocumentID]bool{}
	derived := map[pledgegraph.FactID]bool{}
	found := false
	err := s.each(ctx, quad.Subject, n, func(q refQuad) {
		switch s.iri(ctx, q.P) {
		case predSubject:
			found = true
			f.Subject, _ = entityID(s.value(ctx, q.O))
			docs[s.label(ctx, q)] = true
		case predPredicate:
			f.Predicate = pledgegraph.Predicate(str(s.value(ctx, q.O)))
		case predObject:
			f.Object, _ = entityID(s.value(ctx, q.O))
		case predNegated:
			f.Negated = true
		case predInferred:
			inferred[s.label(ctx, q)] = true
		case predReference:
			reference[s.label(ctx, q)] = true
		case predSince:
			if d := date(s.value(ctx, q.O)); !d.IsZero() && (f.Since.IsZero() || d.Compare(f.Since) < 0) {
				f.Since = d
			}
		case predConfidence:
			if c, ok := s.value(ctx, q.O).(quad.Float); ok && float64(c) > f.Confidence {
				f.Confidence = float64(c)
			}
		case predDerivedFrom:
			if from, ok := factID(s.value(ctx, q.O)); ok {
				derived[from] = true
			}
		}
	})
	if err != nil || !found {
		return nil, err
	}
	f.Inferred = len(inferred) > 0 && covers(inferred, docs)
	f.Reference = len(reference) > 0 && covers(reference, docs)
	for from := range derived {
		f.DerivedFrom = append(f.DerivedFrom, from)
	}
	slices.Sort(f.DerivedFrom)
	return &factRecord{fact: f, docs: docs}, nil
}

// loadOutline returns a fact's outline (pledgegraph.StanceOutline): from
// the cache, which derives it from the whole fact when it holds that,
// else from the fact's own quads and, for an undated fact, the documents
// of its pieces of evidence, not the rest of them. It returns nil if
// there is no such fact.
func (s *Store) loadOutline(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	if f := s.memo.outline(s.viewGen(ctx), id); f != nil {
		return f, nil
	}
	f, err := s.readOutline(ctx, id)
	s.memo.putOutline(s.viewGen(ctx), f)
	return f, err
}

// readOutline is loadOutline without the cache.
func (s *Store) readOutline(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	r, err := s.readFactQuads(ctx, id)
	if err != nil || r == nil {
		return nil, err
	}
	f := r.fact
	if !f.Since.IsZero() {
		return f, nil
	}
	evs, err := s.subjects(ctx, predFact, factIRI(id))
	if err != nil {
		return nil, err
	}
	var docs []pledgegraph.DocumentID
	for _, e := range evs {
		d, err := s.evidenceDocument(ctx, e)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	slices.Sort(docs)
	for _, d := range slices.Compact(docs) {
		f.Evidence = append(f.Evidence, pledgegraph.Evidence{Document: d})
	}
	return f, nil
}

// evidenceDocument returns the document of an evidence node: from the
// cache of pieces of evidence, else from the node's quads, resolving the
// value of its document alone.
func (s *Store) evidenceDocument(ctx context.Context, n cgraph.Ref) (pledgegraph.DocumentID, error) {
	if ev, ok := s.memo.pieceOfEvidence(s.viewGen(ctx), n.Key()); ok {
		return ev.Document, nil
	}
	var doc pledgegraph.DocumentID
	err := s.eachRef(ctx, quad.Subject, n, func(q refQuad) {
		if s.iri(ctx, q.P) == predDocument {
			doc, _ = documentID(s.value(ctx, q.O))
		}
	})
	return doc, err
}

func covers(set, docs map[pledgegraph.DocumentID]bool) bool {
	for d := range docs {
		if !set[d] {
			return false
		}
	}
	return true
}

func compareEvidence(a, b pledgegraph.Evidence) int {
	return cmp.Or(
		strings.Compare(string(a.Document), string(b.Document)),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End))
}

// loadEvidence reads the evidence fields of an evidence or count node.
func (s *Store) loadEvidence(ctx context.Context, n cgraph.Ref) (pledgegraph.Evidence, error) {
	g := s.viewGen(ctx)
	if ev, ok := s.memo.pieceOfEvidence(g, n.Key()); ok {
		return ev, nil
	}
	var ev pledgegraph.Evidence
	err := s.eachRef(ctx, quad.Subject, n, func(q refQuad) {
		switch s.iri(ctx, q.P) {
		case predDocument:
			ev.Document, _ = documentID(s.value(ctx, q.O))
		case predSentence:
			ev.Sentence = str(s.value(ctx, q.O))
		case predQuote:
			ev.Quote = str(s.value(ctx, q.O))
		case predRule:
			ev.Rule = str(s.value(ctx, q.O))
		case predOffset:
			ev.Start = integer(s.value(ctx, q.O))
		case predOffsetTo:
			ev.End = integer(s.value(ctx, q.O))
		case predRepeats:
			ev.Repeats = integer(s.value(ctx, q.O))
		}
	})
	if err == nil {
		s.memo.putPieceOfEvidence(g, n.Key(), ev)
	}
	return ev, err
}

// FindFactByID returns one fact with all its evidence. Returns ENOTFOUND.
func (s *Store) FindFactByID(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find fact %s: %w", id, err)
	}
	defer unlock()
	r, err := s.loadFact(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: find fact %s: %w", id, err)
	} else if r == nil {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "fact %s not found", id)
	}
	return r.fact, nil
}

// FactsByIDs returns the facts in the order of ids, with nil where one
// does not exist.
func (s *Store) FactsByIDs(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: facts by ids: %w", err)
	}
	defer unlock()
	out := make([]*pledgegraph.Fact, len(ids))
	for i, id := range ids {
		r, err := s.loadFact(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("graph: facts by ids: %s: %w", id, err)
		}
		if r != nil {
			out[i] = r.fact
		}
	}
	return out, nil
}

// FindFacts returns the facts matching filter, each with all its
// evidence, ordered by ID. It starts from the subjects or objects of the
// filter when it has some (scans by object), else from the document's
// quads (by label), else from the predicates, else from every fact.
func (s *Store) FindFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	return s.findFacts(ctx, filter, func(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
		r, err := s.loadFact(ctx, id)
		if r == nil || err != nil {
			return nil, err
		}
		return r.fact, nil
	})
}

// FindStanceFacts returns the outlines (pledgegraph.StanceOutline) of the
// facts FindFacts returns for filter, in the same order. An outline not
// cached costs the fact's own quads and, for an undated fact, the
// document of each piece of its evidence; a filter on a document reads
// the facts whole (it matches their evidence).
func (s *Store) FindStanceFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	if filter.Document != "" {
		facts, err := s.FindFacts(ctx, filter)
		for i, f := range facts {
			facts[i] = pledgegraph.StanceOutline(f)
		}
		return facts, err
	}
	return s.findFacts(ctx, filter, s.loadOutline)
}

// findFacts returns the facts matching filter, as load reads each
// candidate (nil: no such fact), ordered by ID, in one read view.
func (s *Store) findFacts(ctx context.Context, filter pledgegraph.FactFilter, load func(context.Context, pledgegraph.FactID) (*pledgegraph.Fact, error)) ([]*pledgegraph.Fact, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find facts: %w", err)
	}
	defer unlock()
	ids, err := s.factCandidates(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("graph: find facts: %w", err)
	}
	out := []*pledgegraph.Fact{}
	for _, id := range ids {
		f, err := load(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("graph: find facts: %s: %w", id, err)
		}
		if f != nil && filter.Match(f) {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b *pledgegraph.Fact) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out, nil
}

// factCandidates returns the IDs of the facts that may match filter,
// without duplicates.
func (s *Store) factCandidates(ctx context.Context, filter pledgegraph.FactFilter) ([]pledgegraph.FactID, error) {
	var nodes []cgraph.Ref
	add := func(ns []cgraph.Ref, err error) error {
		nodes = append(nodes, ns...)
		return err
	}
	var keys []factKey
	switch {
	case len(filter.Subjects) > 0:
		for _, id := range filter.Subjects {
			keys = append(keys, factKey{quad.Subject, string(id)})
		}
	case len(filter.Objects) > 0:
		for _, id := range filter.Objects {
			keys = append(keys, factKey{quad.Object, string(id)})
		}
	case filter.Document != "":
		err := s.each(ctx, quad.Label, documentIRI(filter.Document), func(q refQuad) {
			if s.iri(ctx, q.P) == predType && s.iri(ctx, q.O) == typeFact {
				nodes = append(nodes, q.S)
			}
		})
		if err != nil {
			return nil, err
		}
	case len(filter.Predicates) > 0:
		for _, p := range filter.Predicates {
			keys = append(keys, factKey{quad.Predicate, string(p)})
		}
	default:
		if err := add(s.subjects(ctx, predType, typeFact)); err != nil {
			return nil, err
		}
	}
	if len(keys) > 0 {
		var ids []pledgegraph.FactID
		for _, k := range keys {
			facts, err := s.indexedFacts(ctx, k)
			if err != nil {
				return nil, err
			}
			ids = append(ids, facts...)
		}
		return uniqueFacts(ids), nil
	}
	seen := map[pledgegraph.FactID]bool{}
	var ids []pledgegraph.FactID
	for _, n := range nodes {
		if id, ok := factID(s.value(ctx, n)); ok && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// indexedFacts returns the IDs of the facts an index entry names, from the
// index of facts when it holds them, else from the store: the subjects of
// the quads (fact, subject|object|predicate, v).
func (s *Store) indexedFacts(ctx context.Context, k factKey) ([]pledgegraph.FactID, error) {
	if ids, ok := s.memo.indexed(s.viewGen(ctx), k); ok {
		return ids, nil
	}
	ids, err := s.readIndexed(ctx, k)
	if err != nil {
		return nil, err
	}
	s.memo.putIndexed(s.viewGen(ctx), k, ids)
	return ids, nil
}

// readIndexed is indexedFacts without the cache.
func (s *Store) readIndexed(ctx context.Context, k factKey) ([]pledgegraph.FactID, error) {
	var nodes []cgraph.Ref
	var err error
	switch k.dir {
	case quad.Subject:
		nodes, err = s.subjects(ctx, predSubject, entityIRI(pledgegraph.EntityID(k.v)))
	case quad.Object:
		nodes, err = s.subjects(ctx, predObject, entityIRI(pledgegraph.EntityID(k.v)))
	default:
		nodes, err = s.subjects(ctx, predPredicate, quad.String(k.v))
	}
	if err != nil {
		return nil, err
	}
	ids := make([]pledgegraph.FactID, 0, len(nodes))
	for _, n := range nodes {
		if f, ok := factID(s.value(ctx, n)); ok {
			ids = append(ids, f)
		}
	}
	return ids, nil
}

// uniqueFacts returns ids without repeats, in the order first seen.
func uniqueFacts(ids []pledgegraph.FactID) []pledgegraph.FactID {
	seen := make(map[pledgegraph.FactID]bool, len(ids))
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// FindCounts returns the counts reported for an initiative, ordered by
// date (undated last), then by document and offset.
func (s *Store) FindCounts(ctx context.Context, initiative pledgegraph.EntityID) ([]*pledgegraph.Count, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find counts of %s: %w", initiative, err)
	}
	defer unlock()
	nodes, err := s.subjects(ctx, predInitiative, entityIRI(initiative))
	if err != nil {
		return nil, fmt.Errorf("graph: find counts of %s: %w", initiative, err)
	}
	out := []*pledgegraph.Count{}
	for _, n := range nodes {
		c := &pledgegraph.Count{Initiative: initiative}
		err := s.eachRef(ctx, quad.Subject, n, func(q refQuad) {
			switch s.iri(ctx, q.P) {
			case predWhat:
				c.What = pledgegraph.CountWhat(str(s.value(ctx, q.O)))
			case predValue:
				c.Value = integer(s.value(ctx, q.O))
			case predApprox:
				c.Approx = true
			case predDate:
				c.Date = date(s.value(ctx, q.O))
			}
		})
		if err == nil {
			c.Evidence, err = s.loadEvidence(ctx, n)
		}
		if err != nil {
			return nil, fmt.Errorf("graph: find counts of %s: %w", initiative, err)
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *pledgegraph.Count) int {
		return cmp.Or(a.Date.Compare(b.Date), compareEvidence(a.Evidence, b.Evidence))
	})
	return out, nil
}
