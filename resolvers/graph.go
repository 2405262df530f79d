package resolvers

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
	"github.com/pledgegraph/pledgegraph/resolvers/node"
)

// Bounds of the graph walks: each step reads the facts of a whole
// frontier in two store queries, and the frontier is capped.
const (
	maxNeighborDepth = 3
	maxPathDepth     = 6
	maxPaths         = 10
	maxFrontier      = 5000 // entities one step of a walk may reach
)

// node returns the entity, fact or document an ID names, or nil.
func (r *Resolver) node(ctx context.Context, id string) (node.Node, error) {
	l := r.loaders(ctx)
	switch {
	case strings.HasPrefix(id, "fact/"):
		f, err := l.Fact.Load(ctx, pledgegraph.FactID(id))
		if err != nil || f == nil {
			return nil, err
		}
		return f, nil
	case pledgegraph.KindOfID(pledgegraph.EntityID(id)).Valid():
		e, err := l.Entity.Load(ctx, pledgegraph.EntityID(id))
		if err != nil || e == nil {
			return nil, err
		}
		return e, nil
	}
	d, err := l.Document.Load(ctx, pledgegraph.DocumentID(id))
	if err != nil || d == nil {
		return nil, err
	}
	return d, nil
}

// walk returns the walk of the graph that follows the facts a question
// asks for: not negated, of the predicates asked (all when nil), holding
// as of asOf (all when zero). Each step reads the facts of a whole
// frontier in two store queries.
func (r *Resolver) walk(predicates []pledgegraph.Predicate, asOf pledgegraph.Date) pledgegraph.Walk {
	return pledgegraph.Walk{MaxFrontier: maxFrontier, Steps: func(ctx context.Context, from []pledgegraph.EntityID) (map[pledgegraph.EntityID][]pledgegraph.Step, error) {
		no := false
		var read [2][]*pledgegraph.Fact
		for i, filter := range []pledgegraph.FactFilter{
			{Subjects: from, Predicates: predicates, Negated: &no},
			{Objects: from, Predicates: predicates, Negated: &no},
		} {
			facts, err := r.Facts.FindFacts(ctx, filter)
			if err != nil {
				return nil, fmt.Errorf("facts of %d entities: %w", len(from), err)
			}
			r.primeFacts(ctx, facts)
			if read[i], err = r.holding(ctx, facts, asOf); err != nil {
				return nil, fmt.Errorf("facts of %d entities: %w", len(from), err)
			}
		}
		return pledgegraph.Steps(from, read[0], read[1]), nil
	}}
}

// neighbors returns the entities within depth facts of e (see
// pledgegraph.Walk.Neighbors), read in one batch.
func (r *Resolver) neighbors(ctx context.Context, e *pledgegraph.Entity, depth int, predicates []pledgegraph.Predicate, asOf pledgegraph.Date) ([]*model.Neighbor, error) {
	ns, err := r.walk(predicates, asOf).Neighbors(ctx, e.ID, depth)
	if err != nil {
		return nil, err
	}
	ids := make([]pledgegraph.EntityID, len(ns))
	for i, n := range ns {
		ids[i] = n.Entity
	}
	ents, err := r.primeEntities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("neighbors of %s: %w", e.ID, err)
	}
	out := []*model.Neighbor{}
	for i, n := range ns {
		if ents[i] != nil {
			out = append(out, &model.Neighbor{Entity: ents[i], Distance: n.Distance, Facts: n.Facts})
		}
	}
	return out, nil
}

// paths returns the shortest chains of at most depth facts from a to b
// (see pledgegraph.Walk.Paths), at most maxPaths of them, with their
// entities read in one batch.
func (r *Resolver) paths(ctx context.Context, a, b *pledgegraph.Entity, depth int, predicates []pledgegraph.Predicate) ([]*model.Path, error) {
	chains, err := r.walk(predicates, pledgegraph.Date{}).Paths(ctx, a.ID, b.ID, depth, maxPaths)
	if err != nil {
		return nil, err
	}
	var ids []pledgegraph.EntityID
	for _, c := range chains {
		for _, s := range c {
			ids = append(ids, s.To)
		}
	}
	ents, err := r.primeEntities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("paths from %s to %s: %w", a.ID, b.ID, err)
	}
	byID := map[pledgegraph.EntityID]*pledgegraph.Entity{a.ID: a}
	for _, e := range ents {
		if e != nil {
			byID[e.ID] = e
		}
	}
	out := []*model.Path{}
	for _, c := range chains {
		p := &model.Path{Entities: []*pledgegraph.Entity{a}, Facts: []*pledgegraph.Fact{}, Length: len(c)}
		ok := true
		for _, s := range c {
			e := byID[s.To]
			ok = ok && e != nil
			p.Entities = append(p.Entities, e)
			p.Facts = append(p.Facts, s.Fact)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out, nil
}

// timeline returns the dated events of an initiative (see
// pledgegraph.Timeline), oldest first and undated last.
func (r *Resolver) timeline(ctx context.Context, initiative string) ([]*pledgegraph.TimelineEvent, error) {
	init, err := r.resolveEntity(ctx, initiative, "initiative")
	if err != nil {
		return nil, err
	}
	toward, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{Objects: []pledgegraph.EntityID{init.ID},
		Predicates: []pledgegraph.Predicate{pledgegraph.Supports, pledgegraph.Launched}})
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", init.ID, err)
	}
	presented, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{Subjects: []pledgegraph.EntityID{init.ID},
		Predicates: []pledgegraph.Predicate{pledgegraph.PresentedAt}})
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", init.ID, err)
	}
	counts, err := r.Facts.FindCounts(ctx, init.ID)
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", init.ID, err)
	}
	facts := append(toward, presented...)
	r.primeFacts(ctx, facts)
	published, err := r.published(ctx, facts)
	if err != nil {
		return nil, err
	}
	return pledgegraph.Timeline(facts, counts, published), nil
}

// countKinds are the entity kinds each CountWhat counts; nil: any actor.
var countKinds = map[pledgegraph.CountWhat][]pledgegraph.Kind{
	pledgegraph.CountStates:        {pledgegraph.KindState},
	pledgegraph.CountCompanies:     {pledgegraph.KindCompany},
	pledgegraph.CountOrganizations: {pledgegraph.KindOrganization},
}

// knownSupporters counts the supporters the graph knows, at a count's
// date, of the kind it counts.
func (r *Resolver) knownSupporters(ctx context.Context, c *pledgegraph.Count) (int, error) {
	_, facts, published, err := r.initiativeFacts(ctx, string(c.Initiative), false)
	if err != nil {
		return 0, err
	}
	sup := pledgegraph.Supporters(facts, c.Date, published)
	kinds := countKinds[c.What]
	if kinds == nil {
		return len(sup), nil
	}
	ids := make([]pledgegraph.EntityID, len(sup))
	for i, f := range sup {
		ids[i] = f.Subject
	}
	ents, err := r.primeEntities(ctx, ids)
	if err != nil {
		return 0, fmt.Errorf("supporters of %s: %w", c.Initiative, err)
	}
	n := 0
	for _, e := range ents {
		if e != nil && slices.Contains(kinds, e.Kind) {
			n++
		}
	}
	return n, nil
}

// countByType counts the subjects of facts per kind, in the order of
// pledgegraph.Kinds, kinds with none left out.
func (r *Resolver) countByType(ctx context.Context, facts []*pledgegraph.Fact) ([]*model.TypeCount, error) {
	ids := make([]pledgegraph.EntityID, len(facts))
	for i, f := range facts {
		ids[i] = f.Subject
	}
	ents, err := r.primeEntities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("subjects of %d facts: %w", len(facts), err)
	}
	n := map[pledgegraph.Kind]int{}
	for _, e := range ents {
		if e != nil {
			n[e.Kind]++
		}
	}
	out := []*model.TypeCount{}
	for _, k := range pledgegraph.Kinds {
		if n[k] > 0 {
			out = append(out, &model.TypeCount{Type: k, Count: n[k]})
		}
	}
	return out, nil
}

// stats returns the totals of the graph, as the store keeps them: one
// read, whatever the size of the graph (factsByDocument, which reads every
// fact, has a resolver of its own).
func (r *Resolver) stats(ctx context.Context) (*model.Stats, error) {
	t, err := r.Documents.Totals(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	s := &model.Stats{
		Documents: t.Documents, Entities: t.Entities,
		Facts: t.Facts.Facts(), FactsStated: t.Facts.Stated, FactsInferred: t.Facts.Inferred, FactsReference: t.Facts.Reference,
		FactsNegated: t.Negated, Evidence: t.Evidence,
		EntitiesByType: []*model.TypeCount{}, FactsByPredicate: []*model.PredicateCount{},
	}
	for _, k := range pledgegraph.Kinds {
		if n := t.EntitiesByKind[k]; n > 0 {
			s.EntitiesByType = append(s.EntitiesByType, &model.TypeCount{Type: k, Count: n})
		}
	}
	for _, p := range pledgegraph.Predicates {
		if n := t.FactsByPredicate[p]; n > 0 {
			s.FactsByPredicate = append(s.FactsByPredicate, &model.PredicateCount{Predicate: p, Count: n})
		}
	}
	return s, nil
}

// factsByDocument counts the facts (stated and inferred) each document
// gives evidence of, documents in name order. It reads every fact.
func (r *Resolver) factsByDocument(ctx context.Context) ([]*model.DocumentCount, error) {
	all, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{})
	if err != nil {
		return nil, fmt.Errorf("facts by document: %w", err)
	}
	byDoc := map[pledgegraph.DocumentID]int{}
	for _, f := range all {
		for _, id := range pledgegraph.EvidenceDocuments([]*pledgegraph.Fact{f}) {
			byDoc[id]++
		}
	}
	docIDs := slices.Sorted(maps.Keys(byDoc))
	docs, err := r.primeDocuments(ctx, docIDs)
	if err != nil {
		return nil, fmt.Errorf("facts by document: %w", err)
	}
	out := []*model.DocumentCount{}
	for i, d := range docs {
		if d != nil {
			out = append(out, &model.DocumentCount{Document: d, Count: byDoc[docIDs[i]]})
		}
	}
	return out, nil
}

// initiativeSupport counts the supporters of every initiative as of asOf,
// per type. It reads the initiatives, then the supports facts toward all
// of them in one query.
func (r *Resolver) initiativeSupport(ctx context.Context, asOf pledgegraph.Date) ([]*model.InitiativeSupport, error) {
	inits, _, err := r.Entities.FindEntities(ctx, pledgegraph.EntityFilter{Kinds: []pledgegraph.Kind{pledgegraph.KindInitiative}})
	if err != nil {
		return nil, fmt.Errorf("initiatives: %w", err)
	}
	ids := make([]pledgegraph.EntityID, len(inits))
	for i, e := range inits {
		ids[i] = e.ID
	}
	out := []*model.InitiativeSupport{}
	if len(ids) == 0 {
		return out, nil
	}
	facts, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{Objects: ids, Predicates: []pledgegraph.Predicate{pledgegraph.Supports}})
	if err != nil {
		return nil, fmt.Errorf("supports facts of %d initiatives: %w", len(ids), err)
	}
	published, err := r.published(ctx, facts)
	if err != nil {
		return nil, err
	}
	toward := map[pledgegraph.EntityID][]*pledgegraph.Fact{}
	for _, f := range facts {
		toward[f.Object] = append(toward[f.Object], f)
	}
	slices.SortFunc(inits, func(a, b *pledgegraph.Entity) int { return cmp.Compare(sortName(a), sortName(b)) })
	for _, e := range inits {
		sup := pledgegraph.Supporters(toward[e.ID], asOf, published)
		byType, err := r.countByType(ctx, sup)
		if err != nil {
			return nil, err
		}
		out = append(out, &model.InitiativeSupport{Initiative: e, Supporters: len(sup), ByType: byType})
	}
	return out, nil
}
