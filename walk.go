package pledgegraph

import (
	"cmp"
	"context"
	"slices"
)

// Step is one fact a walk of the graph follows, and the entity it leads
// to.
type Step struct {
	Fact *Fact
	To   EntityID
}

// StepsFunc returns, for each entity of from, the steps a walk may take
// from it: it reads the facts of a whole frontier from the store, keeps
// those the walk may follow, and hands them to Steps.
type StepsFunc func(ctx context.Context, from []EntityID) (map[EntityID][]Step, error)

// Steps returns where facts lead from the entities of from, in either
// direction: out holds facts read by their subjects, each leading from
// its subject to its object; in holds facts read by their objects, each
// leading from its object to its subject (a fact that links an entity to
// itself leads there once, through out). A fact whose end is not in from
// leads nowhere.
func Steps(from []EntityID, out, in []*Fact) map[EntityID][]Step {
	at := make(map[EntityID]bool, len(from))
	for _, id := range from {
		at[id] = true
	}
	steps := map[EntityID][]Step{}
	for _, f := range out {
		if at[f.Subject] {
			steps[f.Subject] = append(steps[f.Subject], Step{f, f.Object})
		}
	}
	for _, f := range in {
		if at[f.Object] && f.Subject != f.Object {
			steps[f.Object] = append(steps[f.Object], Step{f, f.Subject})
		}
	}
	return steps
}

// Walk is a breadth-first walk of the graph: each step reads the facts of
// a whole frontier at once.
type Walk struct {
	// Steps reads where facts lead from a frontier.
	Steps StepsFunc
	// MaxFrontier bounds the entities one step may reach; 0 means no
	// bound. A step that reaches more fails with EINVALID: the question
	// is too broad to answer.
	MaxFrontier int
}

// Neighbor is an entity a walk reached from where it started.
type Neighbor struct {
	Entity   EntityID
	Distance int     // how many facts away from the start
	Facts    []*Fact // the facts linking it to the entities one step closer, ordered by ID
}

// Neighbors walks up to depth facts from start and returns the entities
// it reaches, start aside, ordered by distance then ID.
func (w Walk) Neighbors(ctx context.Context, start EntityID, depth int) ([]Neighbor, error) {
	dist := map[EntityID]int{start: 0}
	links := map[EntityID][]*Fact{}
	frontier := []EntityID{start}
	var order []EntityID
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		steps, err := w.Steps(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var next []EntityID
		for _, from := range frontier {
			for _, s := range steps[from] {
				prev, seen := dist[s.To]
				if seen && prev < d {
					continue
				}
				if !seen {
					dist[s.To] = d
					next = append(next, s.To)
				}
				if !slices.ContainsFunc(links[s.To], func(f *Fact) bool { return f.ID == s.Fact.ID }) {
					links[s.To] = append(links[s.To], s.Fact)
				}
			}
		}
		if err := w.check(next, d); err != nil {
			return nil, err
		}
		order = append(order, next...)
		frontier = next
	}
	out := make([]Neighbor, 0, len(order))
	for _, id := range order {
		fs := links[id]
		slices.SortFunc(fs, func(a, b *Fact) int { return cmp.Compare(a.ID, b.ID) })
		out = append(out, Neighbor{Entity: id, Distance: dist[id], Facts: fs})
	}
	slices.SortFunc(out, func(a, b Neighbor) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(a.Entity, b.Entity))
	})
	return out, nil
}

// Paths returns the shortest chains of at most depth facts from a to b,
// at most limit of them. They are ordered from b back: by the entity one
// step before b, then the fact that leads from it to b, then likewise one
// step further back. A chain is its steps from a: chain[i].To is the
// entity chain[i].Fact leads to. The chain from an entity to itself is
// empty; there are none when b is more than depth facts away.
func (w Walk) Paths(ctx context.Context, a, b EntityID, depth, limit int) ([][]Step, error) {
	if a == b {
		return [][]Step{{}}, nil
	}
	dist := map[EntityID]int{a: 0}
	parents := map[EntityID][]Step{} // entity → (fact, entity one step closer to a)
	frontier := []EntityID{a}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		steps, err := w.Steps(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var next []EntityID
		for _, from := range frontier {
			for _, s := range steps[from] {
				prev, seen := dist[s.To]
				if seen && prev < d {
					continue
				}
				if !seen {
					dist[s.To] = d
					next = append(next, s.To)
				}
				parents[s.To] = append(parents[s.To], Step{s.Fact, from})
			}
		}
		if err := w.check(next, d); err != nil {
			return nil, err
		}
		if dist[b] == d {
			break
		}
		frontier = next
	}
	chains := [][]Step{}
	if _, ok := dist[b]; !ok {
		return chains, nil
	}
	// back from b to a along the parents
	var back func(at EntityID, acc []Step)
	back = func(at EntityID, acc []Step) {
		if len(chains) >= limit {
			return
		}
		if at == a {
			c := slices.Clone(acc)
			slices.Reverse(c)
			chains = append(chains, c)
			return
		}
		ps := slices.Clone(parents[at])
		slices.SortFunc(ps, func(x, y Step) int { return cmp.Or(cmp.Compare(x.To, y.To), cmp.Compare(x.Fact.ID, y.Fact.ID)) })
		for _, p := range ps {
			back(p.To, append(acc, Step{p.Fact, at}))
		}
	}
	back(b, nil)
	return chains, nil
}

// check fails when a step reached more entities than the walk allows.
func (w Walk) check(reached []EntityID, d int) error {
	if w.MaxFrontier > 0 && len(reached) > w.MaxFrontier {
		return Errorf(EINVALID, "%d entities at distance %d: ask for a smaller depth or fewer predicates", len(reached), d)
	}
	return nil
}
