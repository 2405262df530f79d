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
//
// It also holds an index of facts by object: for an entity, the IDs of the
// facts whose object it is, which the supporters of an initiative start
// from. Reading it from the store scans one quad per document that states
// each fact; a write drops the entries of its facts' objects, a removal
// drops the whole index.
type objectCache struct {
	mu       sync.Mutex
	enabled  bool
	entities map[pledgegraph.EntityID]*pledgegraph.Entity
	facts    map[pledgegraph.FactID]*factRecord
	docs     map[pledgegraph.DocumentID]*pledgegraph.Document
	byObject map[pledgegraph.EntityID][]pledgegraph.FactID
}

func (c *objectCache) document(id pledgegraph.DocumentID) *pledgegraph.Document {
	if !c.enabled {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := c.docs[id]; d != nil {
		cp := *d
		return &cp
	}
	return nil
}

func (c *objectCache) putDocument(d *pledgegraph.Document) {
	if !c.enabled || d == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.docs == nil || len(c.docs) >= maxObjects {
		c.docs = map[pledgegraph.DocumentID]*pledgegraph.Document{}
	}
	cp := *d
	c.docs[d.ID] = &cp
}

// factsByObject returns the IDs of the facts whose object is id, and
// whether the index holds them.
func (c *objectCache) factsByObject(id pledgegraph.EntityID) ([]pledgegraph.FactID, bool) {
	if !c.enabled {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	ids, ok := c.byObject[id]
	return slices.Clone(ids), ok
}

func (c *objectCache) putFactsByObject(id pledgegraph.EntityID, facts []pledgegraph.FactID) {
	if !c.enabled {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byObject == nil || len(c.byObject) >= maxObjects {
		c.byObject = map[pledgegraph.EntityID][]pledgegraph.FactID{}
	}
	c.byObject[id] = slices.Clone(facts)
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
		delete(c.byObject, f.Object)
	}
	delete(c.docs, x.Document.ID)
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
