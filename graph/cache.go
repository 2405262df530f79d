package graph

import (
	"slices"
	"sync"

	"github.com/pledgegraph/pledgegraph"
)

// maxObjects bounds each map of the object cache; a full map is emptied.
const maxObjects = 1 << 16

// objectCache keeps merged entities and facts of a store that only this
// process writes (memory and LevelDB: a LevelDB store is locked by its
// opener). Reading a merged entity or fact scans one quad per document
// that states it, so popular entities and facts are worth keeping.
// WriteExtraction drops what it touches, under the write lock, so readers
// (who hold the read lock from load to put) never see a stale object.
// PostgreSQL stores may have other writers and are not cached.
type objectCache struct {
	mu       sync.Mutex
	enabled  bool
	entities map[pledgegraph.EntityID]*pledgegraph.Entity
	facts    map[pledgegraph.FactID]*factRecord
}

func (c *objectCache) entity(id pledgegraph.EntityID) *pledgegraph.Entity {
	if !c.enabled {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return cloneEntity(c.entities[id])
}

func (c *objectCache) putEntity(e *pledgegraph.Entity) {
	if !c.enabled || e == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entities == nil || len(c.entities) >= maxObjects {
		c.entities = map[pledgegraph.EntityID]*pledgegraph.Entity{}
	}
	c.entities[e.ID] = cloneEntity(e)
}

func (c *objectCache) fact(id pledgegraph.FactID) *factRecord {
	if !c.enabled {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return cloneFact(c.facts[id])
}

func (c *objectCache) putFact(r *factRecord) {
	if !c.enabled || r == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.facts == nil || len(c.facts) >= maxObjects {
		c.facts = map[pledgegraph.FactID]*factRecord{}
	}
	c.facts[r.fact.ID] = cloneFact(r)
}

// forget drops the entities and facts an extraction touches.
func (c *objectCache) forget(x *pledgegraph.Extraction) {
	if !c.enabled {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range x.Entities {
		delete(c.entities, e.ID)
	}
	for _, f := range x.Facts {
		delete(c.facts, pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
	}
}

func cloneEntity(e *pledgegraph.Entity) *pledgegraph.Entity {
	if e == nil {
		return nil
	}
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	return &c
}

// cloneFact copies a record's fact; the document set is never modified
// after loading and is shared.
func cloneFact(r *factRecord) *factRecord {
	if r == nil {
		return nil
	}
	f := *r.fact
	f.Evidence = slices.Clone(r.fact.Evidence)
	f.DerivedFrom = slices.Clone(r.fact.DerivedFrom)
	return &factRecord{fact: &f, docs: r.docs}
}
