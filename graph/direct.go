package graph

import (
	"context"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// Quads returns how many quads the store holds (Cayley's estimate when an
// exact count would be slow).
func (s *Store) Quads(ctx context.Context) (int64, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return 0, err
	}
	defer unlock()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("graph: count quads: %w", err)
	}
	return st.Quads.Size, nil
}

// BaselineRun is what Baseline measured.
type BaselineRun struct {
	Quads    int           // the quads written
	Took     time.Duration // the time the writes took
	Settings string        // the store's WriteSettings
}

// Baseline writes the quads of xs into a fresh store of spec with Cayley
// alone, perTx documents per transaction (ApplyDeltas) as WriteExtractions
// does, without the checks and lookups the store makes: the rate the
// store's own writes are measured against; opts open the store as the
// measured writes' was opened, and the run says how it writes (compare
// it with the measured store's WriteSettings). Building the quads is not
// timed.
func Baseline(ctx context.Context, spec string, xs []*pledgegraph.Extraction, perTx int, opts ...Option) (BaselineRun, error) {
	perTx = max(perTx, 1)
	var batches [][]cgraph.Delta
	n := 0
	for i, x := range xs {
		quads, err := buildQuads(x, withHash(x.Document))
		if err != nil {
			return BaselineRun{}, err
		}
		if i%perTx == 0 {
			batches = append(batches, nil)
		}
		for _, q := range quads {
			batches[len(batches)-1] = append(batches[len(batches)-1], cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		n += len(quads)
	}
	s, err := Open(ctx, spec, opts...)
	if err != nil {
		return BaselineRun{}, err
	}
	defer s.Close()
	start := time.Now()
	for _, deltas := range batches {
		if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return BaselineRun{}, fmt.Errorf("graph: baseline: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return BaselineRun{}, err
		}
	}
	return BaselineRun{Quads: n, Took: time.Since(start), Settings: s.WriteSettings()}, nil
}

// DirectEntityIDByName finds the entity one of whose names folds like
// name with Cayley's path API alone, the way FindEntityByName does without
// merging the entity: the floor the API is measured against.
func (s *Store) DirectEntityIDByName(ctx context.Context, name string) (pledgegraph.EntityID, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return "", err
	}
	defer unlock()
	p := path.StartPath(s.qs, quad.String(pledgegraph.Fold(name))).In(predFolded)
	var id pledgegraph.EntityID
	err = p.Iterate(ctx).Limit(1).EachValue(s.qs, func(v quad.Value) {
		id, _ = entityID(v)
	})
	return id, err
}

// DirectSupporters returns the subjects of the positive supports facts
// toward an initiative known since asOf or before (or undated), with
// Cayley alone, written as CAYLEY.md advises for key-value stores: from
// the initiative, the distinct facts (In, then Unique: a fact stated by
// several documents has one quad per document) that have it as object
// and supports as predicate; then each fact's own quads once, by subject,
// for its subject, since and polarity. It is the traversal under the
// supporters query, without stance rules, evidence or entities.
func (s *Store) DirectSupporters(ctx context.Context, initiative pledgegraph.EntityID, asOf pledgegraph.Date) ([]pledgegraph.EntityID, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	facts, err := path.StartPath(s.qs, entityIRI(initiative)).In(predObject).Unique().
		Has(predPredicate, quad.String(pledgegraph.Supports)).Iterate(ctx).All()
	if err != nil {
		return nil, err
	}
	seen := map[pledgegraph.EntityID]bool{}
	var out []pledgegraph.EntityID
	for _, f := range facts {
		var subject pledgegraph.EntityID
		var since pledgegraph.Date
		negated := false
		it := s.qs.QuadIterator(quad.Subject, f)
		for it.Next(ctx) {
			r := it.Result()
			switch s.qs.NameOf(s.qs.QuadDirection(r, quad.Predicate)) {
			case predSubject:
				if subject == "" {
					subject, _ = entityID(s.qs.NameOf(s.qs.QuadDirection(r, quad.Object)))
				}
			case predSince: // the earliest, as the store merges them
				if d := date(s.qs.NameOf(s.qs.QuadDirection(r, quad.Object))); since.IsZero() || !d.IsZero() && d.Compare(since) < 0 {
					since = d
				}
			case predNegated:
				negated = true
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
		if negated || subject == "" || !asOf.IsZero() && !since.IsZero() && asOf.Compare(since) < 0 {
			continue
		}
		if !seen[subject] {
			seen[subject] = true
			out = append(out, subject)
		}
	}
	return out, nil
}
