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

// step is one fact of a walk: the fact and the entity it leads to.
type step struct {
	fact *pledgegraph.Fact
	to   pledgegraph.EntityID
}

// expand reads, in two store queries, the facts with one end in from that
// a walk may follow (not negated, of the predicates asked, started by
// asOf), and returns for each entity of from where they lead.
func (r *Resolver) expand(ctx context.Context, from []pledgegraph.EntityID, predicates []pledgegraph.Predicate, asOf pledgegraph.Date) (map[pledgegraph.EntityID][]step, error) {
	no := false
	out := map[pledgegraph.EntityID][]step{}
	in := map[pledgegraph.EntityID]bool{}
	for _, id := range from {
		in[id] = true
	}
	for _, filter := range []pledgegraph.FactFilter{
		{Subjects: from, Predicates: predicates, Negated: &no},
		{Objects: from, Predicates: predicates, Negated: &no},
	} {
		facts, err := r.Facts.FindFacts(ctx, filter)
		if err != nil {
			return nil, fmt.Errorf("facts of %d entities: %w", len(from), err)
		}
		r.primeFacts(ctx, facts)
		if facts, err = r.holding(ctx, facts, asOf); err != nil {
			return nil, fmt.Errorf("facts of %d entities: %w", len(from), err)
		}
		for _, f := range facts {
			if len(filter.Subjects) > 0 && in[f.Subject] {
				out[f.Subject] = append(out[f.Subject], step{f, f.Object})
			}
			if len(filter.Objects) > 0 && in[f.Object] && f.Subject != f.Object {
				out[f.Object] = append(out[f.Object], step{f, f.Subject})
			}
		}
	}
	return out, nil
}

// neighbors walks up to depth facts from e, breadth first.
func (r *Resolver) neighbors(ctx context.Context, e *pledgegraph.Entity, depth int, predicates []pledgegraph.Predicate, asOf pledgegraph.Date) ([]*model.Neighbor, error) {
	dist := map[pledgegraph.EntityID]int{e.ID: 0}
	links := map[pledgegraph.EntityID][]*pledgegraph.Fact{}
	frontier := []pledgegraph.EntityID{e.ID}
	var order []pledgegraph.EntityID
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		steps, err := r.expand(ctx, frontier, predicates, asOf)
		if err != nil {
			return nil, err
		}
		var next []pledgegraph.EntityID
		for _, from := range frontier {
			for _, s := range steps[from] {
				if prev, seen := dist[s.to]; seen && prev < d {
					continue
				}
				if _, seen := dist[s.to]; !seen {
					dist[s.to] = d
					next = append(next, s.to)
				}
				if !slices.ContainsFunc(links[s.to], func(f *pledgegraph.Fact) bool { return f.ID == s.fact.ID }) {
					links[s.to] = append(links[s.to], s.fact)
				}
			}
		}
		if len(next) > maxFrontier {
			return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "%d entities at distance %d: ask for a smaller depth or fewer predicates", len(next), d)
		}
		order = append(order, next...)
		frontier = next
	}
	ents, err := r.primeEntities(ctx, order)
	if err != nil {
		return nil, fmt.Errorf("neighbors of %s: %w", e.ID, err)
	}
	out := []*model.Neighbor{}
	for i, id := range order {
		if ents[i] == nil {
			continue
		}
		fs := links[id]
		slices.SortFunc(fs, func(a, b *pledgegraph.Fact) int { return cmp.Compare(a.ID, b.ID) })
		out = append(out, &model.Neighbor{Entity: ents[i], Distance: dist[id], Facts: fs})
	}
	slices.SortStableFunc(out, func(a, b *model.Neighbor) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(a.Entity.ID, b.Entity.ID))
	})
	return out, nil
}

// paths returns the shortest chains of at most depth facts from a to b,
// at most maxPaths of them, found breadth first from a.
func (r *Resolver) paths(ctx context.Context, a, b *pledgegraph.Entity, depth int, predicates []pledgegraph.Predicate) ([]*model.Path, error) {
	if a.ID == b.ID {
		return []*model.Path{{Entities: []*pledgegraph.Entity{a}, Facts: []*pledgegraph.Fact{}, Length: 0}}, nil
	}
	dist := map[pledgegraph.EntityID]int{a.ID: 0}
	parents := map[pledgegraph.EntityID][]step{} // entity → (fact, entity one step closer to a)
	frontier := []pledgegraph.EntityID{a.ID}
	found := false
	for d := 1; d <= depth && len(frontier) > 0 && !found; d++ {
		steps, err := r.expand(ctx, frontier, predicates, pledgegraph.Date{})
		if err != nil {
			return nil, err
		}
		var next []pledgegraph.EntityID
		for _, from := range frontier {
			for _, s := range steps[from] {
				if prev, seen := dist[s.to]; seen && prev < d {
					continue
				}
				if _, seen := dist[s.to]; !seen {
					dist[s.to] = d
					next = append(next, s.to)
				}
				parents[s.to] = append(parents[s.to], step{s.fact, from})
			}
		}
		if len(next) > maxFrontier {
			return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "%d entities at distance %d: ask for a smaller maxDepth or fewer predicates", len(next), d)
		}
		found = dist[b.ID] == d && d > 0
		frontier = next
	}
	if _, ok := dist[b.ID]; !ok {
		return []*model.Path{}, nil
	}
	// back from b to a along the parents, shortest chains only
	var chains [][]step
	var walk func(at pledgegraph.EntityID, acc []step)
	walk = func(at pledgegraph.EntityID, acc []step) {
		if len(chains) >= maxPaths {
			return
		}
		if at == a.ID {
			c := slices.Clone(acc)
			slices.Reverse(c)
			chains = append(chains, c)
			return
		}
		ps := slices.Clone(parents[at])
		slices.SortFunc(ps, func(x, y step) int { return cmp.Or(cmp.Compare(x.to, y.to), cmp.Compare(x.fact.ID, y.fact.ID)) })
		for _, p := range ps {
			walk(p.to, append(acc, step{p.fact, at}))
		}
	}
	walk(b.ID, nil)
	var ids []pledgegraph.EntityID
	for _, c := range chains {
		for _, s := range c {
			ids = append(ids, s.to)
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
			e := byID[s.to]
			ok = ok && e != nil
			p.Entities = append(p.Entities, e)
			p.Facts = append(p.Facts, s.fact)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out, nil
}

// stanceHistory returns the changes of stance that an actor's supports
// facts toward one initiative make, oldest first.
func stanceHistory(facts []*pledgegraph.Fact, published pledgegraph.PublishedFunc) []*model.StanceChange {
	type dated struct {
		f *pledgegraph.Fact
		d pledgegraph.Date
	}
	var ds []dated
	for _, f := range facts {
		ds = append(ds, dated{f, pledgegraph.EffectiveDate(f, published)})
	}
	// facts with no date come last, apart: they count for no dated
	// question (see pledgegraph.Holds)
	slices.SortStableFunc(ds, func(a, b dated) int { return a.d.Compare(b.d) })
	out := []*model.StanceChange{}
	last := pledgegraph.StanceUnknown
	for i := 0; i < len(ds); {
		j := i
		for j < len(ds) && ds[j].d == ds[i].d {
			j++
		}
		var upTo []*pledgegraph.Fact
		for _, x := range ds[:j] {
			upTo = append(upTo, x.f)
		}
		v, _ := pledgegraph.Stance(upTo, pledgegraph.Date{}, published)
		if v != last {
			var brought []*pledgegraph.Fact
			for _, x := range ds[i:j] {
				brought = append(brought, x.f)
			}
			c := &model.StanceChange{Value: v, Facts: brought}
			if !ds[i].d.IsZero() {
				d := ds[i].d
				c.Date = &d
			}
			out = append(out, c)
			last = v
		}
		i = j
	}
	return out
}

// timeline returns the dated events of an initiative, oldest first and
// undated last.
func (r *Resolver) timeline(ctx context.Context, initiative string) ([]*model.TimelineEvent, error) {
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
	out := []*model.TimelineEvent{}
	for _, f := range facts {
		ev := &model.TimelineEvent{Fact: f}
		switch {
		case f.Predicate == pledgegraph.Launched:
			ev.Kind = model.TimelineKindLaunch
		case f.Predicate == pledgegraph.PresentedAt:
			ev.Kind = model.TimelineKindPresentation
		case f.Negated:
			ev.Kind = model.TimelineKindDecline
		default:
			ev.Kind = model.TimelineKindSupport
		}
		if d := pledgegraph.EffectiveDate(f, published); !d.IsZero() {
			ev.Date = &d
		}
		out = append(out, ev)
	}
	for _, c := range counts {
		ev := &model.TimelineEvent{Kind: model.TimelineKindCount, Count: c}
		if !c.Date.IsZero() {
			d := c.Date
			ev.Date = &d
		}
		out = append(out, ev)
	}
	slices.SortStableFunc(out, compareEvents)
	return out, nil
}

// compareEvents orders a timeline: by date, undated last; at one date
// launches, presentations, stances, then counts. Stances at one date
// come in the order the stance rules weigh them (see pledgegraph.Stance):
// those dated by publication before those the text dates, refusals
// before support, so that replaying the timeline up to a date, the last
// event of each actor gives its stance as of that date.
func compareEvents(a, b *model.TimelineEvent) int {
	switch {
	case a.Date == nil && b.Date != nil:
		return 1
	case a.Date != nil && b.Date == nil:
		return -1
	case a.Date != nil && b.Date != nil:
		if c := a.Date.Compare(*b.Date); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(eventRank(a), eventRank(b)); c != 0 {
		return c
	}
	if a.Fact != nil && b.Fact != nil {
		return cmp.Or(
			cmp.Compare(b2i(!a.Fact.Since.IsZero()), b2i(!b.Fact.Since.IsZero())),
			cmp.Compare(b2i(!a.Fact.Negated), b2i(!b.Fact.Negated)),
			cmp.Compare(a.Fact.Subject, b.Fact.Subject),
			cmp.Compare(a.Fact.ID, b.Fact.ID))
	}
	if a.Count != nil && b.Count != nil {
		return cmp.Or(cmp.Compare(a.Count.What, b.Count.What), cmp.Compare(a.Count.Value, b.Count.Value))
	}
	return 0
}

// eventRank orders the kinds of timeline events at one date.
func eventRank(e *model.TimelineEvent) int {
	switch e.Kind {
	case model.TimelineKindLaunch:
		return 0
	case model.TimelineKindPresentation:
		return 1
	case model.TimelineKindCount:
		return 3
	}
	return 2 // support and decline, weighed as the stance rules do
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
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
	_, facts, published, err := r.initiativeFacts(ctx, string(c.Initiative))
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
