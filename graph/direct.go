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
	if err := s.rlock(ctx); err != nil {
		return 0, err
	}
	defer s.mu.RUnlock()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("graph: count quads: %w", err)
	}
	return st.Quads.Size, nil
}

// Baseline writes n plain quads into a fresh store of spec, batch quads
// per transaction, with Cayley alone: the rate the store's own writes are
// measured against. It returns the time the writes took.
func Baseline(ctx context.Context, spec string, n, batch int) (time.Duration, error) {
	s, err := Open(ctx, spec)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	batch = max(batch, 1)
	start := time.Now()
	for i := 0; i < n; i += batch {
		deltas := make([]cgraph.Delta, 0, batch)
		for j := i; j < min(i+batch, n); j++ {
			q := quad.Quad{
				Subject:   quad.IRI(fmt.Sprintf("b:s%d", j/8)),
				Predicate: quad.IRI(fmt.Sprintf("b:p%d", j%16)),
				Object:    quad.String(fmt.Sprintf("value %d", j)),
				Label:     quad.IRI(fmt.Sprintf("b:doc%d", i/batch)),
			}
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return 0, fmt.Errorf("graph: baseline: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

// DirectEntityIDByName finds the entity one of whose names folds like
// name with Cayley's path API alone, the way FindEntityByName does without
// merging the entity: the floor the API is measured against.
func (s *Store) DirectEntityIDByName(ctx context.Context, name string) (pledgegraph.EntityID, error) {
	if err := s.rlock(ctx); err != nil {
		return "", err
	}
	defer s.mu.RUnlock()
	p := path.StartPath(s.qs, quad.String(pledgegraph.Fold(name))).In(predFolded)
	var id pledgegraph.EntityID
	err := p.Iterate(ctx).Limit(1).EachValue(s.qs, func(v quad.Value) {
		id, _ = entityID(v)
	})
	return id, err
}

// DirectSupporters returns the subjects of the positive supports facts
// toward an initiative with Cayley's path API alone: the traversal under
// the supporters query, without stance rules, evidence or entities.
func (s *Store) DirectSupporters(ctx context.Context, initiative pledgegraph.EntityID) ([]pledgegraph.EntityID, error) {
	if err := s.rlock(ctx); err != nil {
		return nil, err
	}
	defer s.mu.RUnlock()
	facts := path.StartPath(s.qs, entityIRI(initiative)).In(predObject).
		Has(predPredicate, quad.String(pledgegraph.Supports)).Unique()
	subjects := facts.Out(predSubject).Unique()
	var out []pledgegraph.EntityID
	err := subjects.Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		if id, ok := entityID(v); ok {
			out = append(out, id)
		}
	})
	return out, err
}
