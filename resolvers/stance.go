package resolvers

import (
	"context"
	"fmt"
	"slices"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// supportsFacts returns the supports facts (both polarities) toward the
// initiative an argument names, with the publication dates of their
// documents, as the stance rules want them: their outlines
// (pledgegraph.StanceOutline), read through the store's
// pledgegraph.StanceFactFinder when it has one, unless whole is true.
// Returns ENOTFOUND.
func (r *Resolver) supportsFacts(ctx context.Context, initiative string, whole bool) ([]*pledgegraph.Fact, pledgegraph.PublishedFunc, error) {
	_, facts, published, err := r.initiativeFacts(ctx, initiative, whole)
	return facts, published, err
}

// initiativeFacts is supportsFacts that also returns the initiative.
// Whole facts are put into the request's fact loader; outlines are not.
func (r *Resolver) initiativeFacts(ctx context.Context, initiative string, whole bool) (*pledgegraph.Entity, []*pledgegraph.Fact, pledgegraph.PublishedFunc, error) {
	init, err := r.resolveEntity(ctx, initiative, "initiative")
	if err != nil {
		return nil, nil, nil, err
	}
	find := r.Facts.FindFacts
	if sf, ok := r.Facts.(pledgegraph.StanceFactFinder); ok && !whole {
		find = sf.FindStanceFacts
	} else {
		whole = true
	}
	facts, err := find(ctx, pledgegraph.FactFilter{
		Objects:    []pledgegraph.EntityID{init.ID},
		Predicates: []pledgegraph.Predicate{pledgegraph.Supports},
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("supports facts toward %s: %w", init.ID, err)
	}
	published, err := r.published(ctx, facts)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("supports facts toward %s: %w", init.ID, err)
	}
	if whole {
		r.primeFacts(ctx, facts)
	}
	return init, facts, published, nil
}

// ofKind returns the facts whose subject is of kind k (all of them when k
// is nil). The subjects are read in one batch and put into the request's
// entity loader, so that the subject fields of the answer cost nothing;
// they are not read when k is nil and the answer asks for nothing of them
// but their id.
func (r *Resolver) ofKind(ctx context.Context, facts []*pledgegraph.Fact, k *pledgegraph.Kind) ([]*pledgegraph.Fact, error) {
	if k == nil && !subjectsAsked(ctx) {
		return orEmpty(facts), nil
	}
	ids := make([]pledgegraph.EntityID, len(facts))
	for i, f := range facts {
		ids[i] = f.Subject
	}
	subjects, err := r.primeEntities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("subjects of %d facts: %w", len(facts), err)
	}
	if k == nil {
		return orEmpty(facts), nil
	}
	out := []*pledgegraph.Fact{}
	for i, f := range facts {
		if subjects[i] != nil && subjects[i].Kind == *k {
			out = append(out, f)
		}
	}
	return out, nil
}

// bySubject groups supports facts by subject, subjects in ID order.
func bySubject(facts []*pledgegraph.Fact) ([]pledgegraph.EntityID, map[pledgegraph.EntityID][]*pledgegraph.Fact) {
	m := map[pledgegraph.EntityID][]*pledgegraph.Fact{}
	var subjects []pledgegraph.EntityID
	for _, f := range facts {
		if f == nil || f.Predicate != pledgegraph.Supports {
			continue
		}
		if _, ok := m[f.Subject]; !ok {
			subjects = append(subjects, f.Subject)
		}
		m[f.Subject] = append(m[f.Subject], f)
	}
	slices.Sort(subjects)
	return subjects, m
}

// stances returns the stance as of asOf of every subject of the supports
// facts toward init, in subject ID order, keeping subjects of kind k (all
// when nil). Subjects are read in one batch.
func (r *Resolver) stances(ctx context.Context, init *pledgegraph.Entity, facts []*pledgegraph.Fact, asOf pledgegraph.Date, published pledgegraph.PublishedFunc, k *pledgegraph.Kind) ([]*model.Stance, error) {
	subjects, grouped := bySubject(facts)
	actors, err := r.primeEntities(ctx, subjects)
	if err != nil {
		return nil, fmt.Errorf("actors of %s: %w", init.ID, err)
	}
	out := []*model.Stance{}
	for i, s := range subjects {
		a := actors[i]
		if a == nil || (k != nil && a.Kind != *k) {
			continue
		}
		v, fs := pledgegraph.Stance(grouped[s], asOf, published)
		out = append(out, &model.Stance{Actor: a, Initiative: init, Value: v, Facts: orEmpty(fs)})
	}
	return out, nil
}
