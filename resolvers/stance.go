package resolvers

import (
	"context"
	"fmt"

	"github.com/pledgegraph/pledgegraph"
)

// supportsFacts returns the supports facts (both polarities) toward the
// initiative an argument names, with the publication dates of their
// documents, as the stance rules want them. Returns ENOTFOUND.
func (r *Resolver) supportsFacts(ctx context.Context, initiative string) ([]*pledgegraph.Fact, pledgegraph.PublishedFunc, error) {
	init, err := r.resolveEntity(ctx, initiative, "initiative")
	if err != nil {
		return nil, nil, err
	}
	facts, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{
		Objects:    []pledgegraph.EntityID{init.ID},
		Predicates: []pledgegraph.Predicate{pledgegraph.Supports},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("supports facts toward %s: %w", init.ID, err)
	}
	published, err := r.published(ctx, facts)
	if err != nil {
		return nil, nil, fmt.Errorf("supports facts toward %s: %w", init.ID, err)
	}
	r.primeFacts(ctx, facts)
	return facts, published, nil
}

// ofKind returns the facts whose subject is of kind k (all of them when k
// is nil), reading the subjects in one batch.
func (r *Resolver) ofKind(ctx context.Context, facts []*pledgegraph.Fact, k *pledgegraph.Kind) ([]*pledgegraph.Fact, error) {
	if k == nil {
		return orEmpty(facts), nil
	}
	ids := make([]pledgegraph.EntityID, len(facts))
	for i, f := range facts {
		ids[i] = f.Subject
	}
	subjects, err := r.loaders(ctx).Entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("subjects of %d facts: %w", len(facts), err)
	}
	out := []*pledgegraph.Fact{}
	for i, f := range facts {
		if subjects[i] != nil && subjects[i].Kind == *k {
			out = append(out, f)
		}
	}
	return out, nil
}
