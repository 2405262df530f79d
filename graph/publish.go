package graph

import (
	"context"
	"log/slog"

	"github.com/pledgegraph/pledgegraph"
)

// refreshGen is the generation of the reads publish makes to refresh the
// caches: they read the generation about to be published, which the
// object cache does not hold yet, so they neither take from it nor put in
// it (pieces of evidence excepted: publish refreshes nothing after a
// replacement, the only write that changes them).
const refreshGen = anyGen - 1

// maxRefresh bounds the objects one publication reads again.
const maxRefresh = 256

// publish makes what a LevelDB store committed (c, when a commit set
// dirty) the state new views read: it reads again, from a snapshot of it, the
// cached objects the commits changed (the writer pays for them, not the
// next readers), then, in one step under the lock views take theirs
// under, moves the caches to the next generation with those objects in
// them and publishes the new state. Views taken before go on reading the
// previous one, from their snapshot. The caller holds lockWrite; elsewhere than on
// LevelDB, publish does nothing.
func (s *Store) publish(c change) {
	if s.snap == nil || !s.dirty {
		return
	}
	s.dirty = false
	c = c.withTouches()
	sn, err := s.snap.db.GetSnapshot()
	if err != nil {
		slog.Error("graph: cannot publish a write", "err", err)
		return
	}
	fresh := s.refresh(s.snap.pin(context.Background(), sn), c)
	s.snap.mu.Lock()
	s.advance(c)
	s.memo.install(fresh)
	s.snap.publish()
	s.snap.mu.Unlock()
	sn.Release()
}

// refreshed are objects read again for the generation being published.
type refreshed struct {
	entities []*pledgegraph.Entity
	facts    []*factRecord
	outlines []*pledgegraph.Fact
	docs     []*pledgegraph.Document
	index    map[factKey][]pledgegraph.FactID
	names    []refreshedName
}

// refreshedName is the entity a folded name finds, among candidates.
type refreshedName struct {
	folded     string
	best       pledgegraph.EntityID
	candidates []pledgegraph.EntityID
}

// refresh reads again, in ctx (pinned to the snapshot to publish), the
// objects of the cache that c changes, up to maxRefresh of them. What
// cannot be read is left out: readers will read it.
func (s *Store) refresh(ctx context.Context, c change) refreshed {
	var r refreshed
	if c.replaced {
		return r
	}
	hot := s.memo.hot(c, maxRefresh)
	ctx = context.WithValue(ctx, viewKey{s}, &view{gen: refreshGen})
	for _, id := range hot.ents {
		if e, err := s.readEntity(ctx, id); err == nil && e != nil {
			r.entities = append(r.entities, e)
		}
	}
	for _, id := range hot.facts {
		if f, err := s.readFact(ctx, id); err == nil && f != nil {
			r.facts = append(r.facts, f)
		}
	}
	for _, id := range hot.outlines {
		if f, err := s.readOutline(ctx, id); err == nil && f != nil {
			r.outlines = append(r.outlines, f)
		}
	}
	for _, id := range hot.docs {
		if d, err := s.readDocument(ctx, id); err == nil && d != nil {
			r.docs = append(r.docs, d)
		}
	}
	for _, k := range hot.keys {
		if ids, err := s.readIndexed(ctx, k); err == nil {
			if r.index == nil {
				r.index = map[factKey][]pledgegraph.FactID{}
			}
			r.index[k] = ids
		}
	}
	for _, folded := range hot.names {
		if best, ids, err := s.entityNamed(ctx, folded); err == nil {
			r.names = append(r.names, refreshedName{folded, best, ids})
		}
	}
	return r
}

// hot returns what c touches that the cache holds, n objects at most.
func (o *objectCache) hot(c change, n int) touches {
	var h touches
	if !o.enabled {
		return h
	}
	t := c.touches()
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range t.ents {
		t.names = append(t.names, o.nameKeys[e]...)
	}
	seen := map[dropKey]bool{}
	take := func(k dropKey, held bool) bool {
		if !held || seen[k] || len(seen) >= n {
			return false
		}
		seen[k] = true
		return true
	}
	for _, id := range t.ents {
		if take(dropKey{kind: 'e', s: string(id)}, o.entities.has(id)) {
			h.ents = append(h.ents, id)
		}
	}
	for _, id := range t.facts {
		k := dropKey{kind: 'f', s: string(id)}
		if take(k, o.facts.has(id)) { // its outline derives from it
			h.facts = append(h.facts, id)
		} else if take(k, o.outlines.has(id)) {
			h.outlines = append(h.outlines, id)
		}
	}
	for _, id := range t.docs {
		if take(dropKey{kind: 'd', s: string(id)}, o.docs.has(id)) {
			h.docs = append(h.docs, id)
		}
	}
	for _, k := range t.keys {
		if take(indexKey(k), o.index.has(k)) {
			h.keys = append(h.keys, k)
		}
	}
	for _, k := range t.names {
		if take(dropKey{kind: 'n', s: k}, o.names.has(k)) {
			h.names = append(h.names, k)
		}
	}
	return h
}

// install puts objects read for generation o.gen in the cache. The
// caller has just advanced o to that generation.
func (o *objectCache) install(r refreshed) {
	if !o.enabled {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range r.entities {
		o.entities.put(e.ID, cloneEntity(e))
	}
	for _, f := range r.facts {
		o.facts.put(f.fact.ID, cloneFact(f))
	}
	for _, f := range r.outlines {
		o.outlines.put(f.ID, cloneOutline(f))
	}
	for _, d := range r.docs {
		cp := *d
		o.docs.put(d.ID, &cp)
	}
	for k, ids := range r.index {
		o.index.put(k, ids)
	}
	for _, n := range r.names {
		if o.nameKeys == nil || len(o.nameKeys) >= 4*maxObjects {
			o.names.purge()
			o.nameKeys = map[pledgegraph.EntityID][]string{}
		}
		o.names.put(n.folded, n.best)
		for _, id := range n.candidates {
			o.nameKeys[id] = append(o.nameKeys[id], n.folded)
		}
	}
}
