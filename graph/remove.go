package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

var _ pledgegraph.DocumentRemover = (*Store)(nil)

// documentQuads returns every quad labelled with a document: all it
// brought to the graph (see buildQuads). The caller holds the write lock.
func (s *Store) documentQuads(ctx context.Context, id pledgegraph.DocumentID) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.each(ctx, quad.Label, documentIRI(id), func(q refQuad) {
		out = append(out, quad.Quad{Subject: s.value(ctx, q.S), Predicate: s.value(ctx, q.P), Object: s.value(ctx, q.O), Label: s.value(ctx, q.L)})
	})
	return out, err
}

// touched returns the entities and facts a document's quads describe.
func touched(quads []quad.Quad) (ents []pledgegraph.EntityID, facts []pledgegraph.FactID) {
	for _, q := range quads {
		if q.Predicate != predType {
			continue
		}
		iri, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		switch q.Object {
		case typeEntity:
			ents = append(ents, pledgegraph.EntityID(strings.TrimPrefix(string(iri), prefixEntity)))
		case typeFact:
			facts = append(facts, pledgegraph.FactID(strings.TrimPrefix(string(iri), nsPG)))
		}
	}
	return ents, facts
}

// RemoveDocument deletes a document's quads in one transaction (one
// ApplyDeltas), with the store's totals changed to count it out (see
// tally.go): the facts only it stated go, the facts others state too
// keep their other evidence, and entities no other document mentions go.
// What went and what stays is what the stored counts of its entities and
// facts say once it is out. Returns ENOTFOUND.
func (s *Store) RemoveDocument(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Removal, error) {
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: remove document %s: %w", id, err)
	}
	defer unlock()
	hashes, err := s.objects(ctx, documentIRI(id), predHash)
	if err != nil {
		return nil, fmt.Errorf("graph: remove document %s: %w", id, err)
	}
	if len(hashes) == 0 {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no document named %q", id)
	}
	old, err := s.documentQuads(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: remove document %s: %w", id, err)
	}
	delta := newCounts()
	delta.add(old, -1)
	tc, err := s.tallies(ctx, delta)
	if err != nil {
		return nil, fmt.Errorf("graph: remove document %s: %w", id, err)
	}
	c := deleted(old)
	c.counts = tc.writes
	if err := s.apply(old, nil, c); err != nil {
		return nil, fmt.Errorf("graph: remove document %s: %w", id, err)
	}
	r := &pledgegraph.Removal{Document: id}
	for _, f := range c.facts {
		if tc.gone.facts[f] {
			r.Facts = append(r.Facts, f)
		} else {
			r.FactsKept = append(r.FactsKept, f)
		}
	}
	for _, e := range c.ents {
		if tc.gone.entities[e] {
			r.Entities = append(r.Entities, e)
		}
	}
	slices.Sort(r.Facts)
	slices.Sort(r.FactsKept)
	slices.Sort(r.Entities)
	return r, nil
}

// ReplaceExtraction stores x in place of the stored version of its
// document in one transaction: the quads of the old version that the new
// one does not have are deleted, the new ones added, and the store's
// totals changed to count the new version instead of the old. Same hash: nothing
// to do. Returns EINVALID on a malformed extraction.
func (s *Store) ReplaceExtraction(ctx context.Context, x *pledgegraph.Extraction) (bool, error) {
	if x == nil {
		return false, pledgegraph.Errorf(pledgegraph.EINVALID, "nil extraction")
	}
	doc := withHash(x.Document)
	quads, err := buildQuads(x, doc)
	if err != nil {
		return false, err
	}
	if err := s.roomFor(len(quads)); err != nil {
		return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
	}
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
	}
	defer unlock()
	hashes, err := s.objects(ctx, documentIRI(doc.ID), predHash)
	if err != nil {
		return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
	}
	if slices.Contains(hashes, quad.Value(quad.String(doc.Hash))) {
		return false, nil
	}
	var old []quad.Quad
	if len(hashes) > 0 {
		if old, err = s.documentQuads(ctx, doc.ID); err != nil {
			return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
		}
	}
	keep := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		keep[q] = true
	}
	had := make(map[quad.Quad]bool, len(old))
	var del []quad.Quad
	for _, q := range old {
		had[q] = true
		if !keep[q] {
			del = append(del, q)
		}
	}
	var add []quad.Quad
	for _, q := range quads {
		if !had[q] {
			add = append(add, q)
		}
	}
	delta := newCounts()
	delta.add(quads, 1)
	delta.add(old, -1)
	tc, err := s.tallies(ctx, delta)
	if err != nil {
		return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
	}
	c := deleted(old)
	c.written, c.replaced, c.counts = []*pledgegraph.Extraction{x}, len(old) > 0, tc.writes
	if err := s.apply(del, add, c); err != nil {
		return false, fmt.Errorf("graph: replace document %s: %w", doc.ID, err)
	}
	return len(hashes) > 0, nil
}

// Ballast quads keep node counts up while a replacement runs (see apply).
// Their objects are IRIs of their own (<pg:ballast/N>), which no deleted
// quad uses: an integer could be one a removed document's offsets use.
const (
	predBallast  = quad.IRI("pg:ballast")
	labelBallast = quad.IRI("pg:ballast")
)

// apply deletes del and adds add, atomically for a crash. Cayley's
// key-value backends (v0.7.7) count the quads that use each node, net over
// a transaction, and write an added quad without the directions whose
// node's net count is negative: a node that the deleted quads use more
// often than the added ones (the document's node when a new version is
// shorter) would be cut out of the new quads. So the
// transaction that deletes and adds also adds "ballast" quads that use
// each such node an added quad uses, and a second transaction deletes
// them. A crash between the two leaves only
// ballast, which no reader looks at and sweepBallast removes on open.
// c is what the first transaction changes, for the caches, with the
// counts it writes (see applyDeltas); the second changes nothing a
// reader sees.
func (s *Store) apply(del, add []quad.Quad, c change) error {
	if len(del) == 0 && len(add) == 0 && len(c.counts) == 0 {
		return nil
	}
	var ballast []quad.Quad
	if len(del) > 0 {
		// a write that only adds leaves every node it names referenced:
		// no ballast
		ballast = ballastFor(del, add)
	}
	deltas := make([]cgraph.Delta, 0, len(del)+len(add)+len(ballast))
	for _, q := range add {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	for _, q := range ballast {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	for _, q := range del {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	err := s.applyDeltas(deltas, opts, c)
	if err == nil && len(ballast) > 0 {
		drop := make([]cgraph.Delta, len(ballast))
		for i, q := range ballast {
			drop[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
		}
		err = s.applyDeltas(drop, opts, change{deleted: true})
	}
	return err
}

// sweepBallast deletes the ballast a crash in the middle of apply left.
func (s *Store) sweepBallast(ctx context.Context) error {
	var left []quad.Quad
	err := s.each(ctx, quad.Label, labelBallast, func(q refQuad) {
		left = append(left, quad.Quad{Subject: s.value(ctx, q.S), Predicate: s.value(ctx, q.P), Object: s.value(ctx, q.O), Label: s.value(ctx, q.L)})
	})
	if err != nil || len(left) == 0 {
		return err
	}
	drop := make([]cgraph.Delta, len(left))
	for i, q := range left {
		drop[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	return s.applyDeltas(drop, cgraph.IgnoreOpts{IgnoreMissing: true}, change{deleted: true})
}

// ballastFor returns the ballast quads of a write that deletes del and
// adds add: one per reference a node of add loses, so that no node of add
// is left without references (and removed by Cayley) in the middle of
// the transaction.
func ballastFor(del, add []quad.Quad) []quad.Quad {
	net := map[quad.Value]int{}
	for _, q := range add {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil {
				net[v]++
			}
		}
	}
	for _, q := range del {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v != nil {
				net[v]--
			}
		}
	}
	var ballast []quad.Quad
	for _, q := range add {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			for n := net[v]; n < 0; n++ {
				ballast = append(ballast, quad.Quad{Subject: v, Predicate: predBallast, Object: quad.IRI(predBallast + "/" + quad.IRI(itoa(-n-1))), Label: labelBallast})
			}
			net[v] = max(net[v], 0) // once per node
		}
	}
	return ballast
}
