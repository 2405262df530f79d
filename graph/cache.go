package graph

import (
	"slices"
	"sync"

	"github.com/cayleygraph/quad"

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
// It also holds an index of facts by subject, by object and by predicate:
// the IDs of the facts whose subject (object) is an entity, or whose
// predicate is one, which the supporters of an initiative, neighbourhoods
// and paths start from. Reading one from the store scans one quad per
// document that states each fact; a write drops the entries of its facts'
// subjects, objects and predicates, a removal drops the whole index.
type objectCache struct {
	mu       sync.Mutex
	enabled  bool
	entities map[pledgegraph.EntityID]*pledgegraph.Entity
	facts    map[pledgegraph.FactID]*factRecord
	docs     map[pledgegraph.DocumentID]*pledgegraph.Document
	index    map[factKey][]pledgegraph.FactID
	// names maps a folded name to the entity FindEntityByName chose for
	// it; nameKeys maps an entity to the folded names whose candidates it
	// is among, so that a write touching it drops them.
	names    map[string]pledgegraph.EntityID
	nameKeys map[pledgegraph.EntityID][]string
}

// entityNamed returns the entity chosen for a folded name, if known.
func (c *objectCache) entityNamed(folded string) (pledgegraph.EntityID, bool) {
	if !c.enabled {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.names[folded]
	return id, ok
}

// putEntityNamed keeps the entity chosen for a folded name among the
// candidates that bear it.
func (c *objectCache) putEntityNamed(folded string, best pledgegraph.EntityID, candidates []pledgegraph.EntityID) {
	if !c.enabled {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.names == nil || len(c.names) >= maxObjects {
		c.names = map[string]pledgegraph.EntityID{}
		c.nameKeys = map[pledgegraph.EntityID][]string{}
	}
	c.names[folded] = best
	for _, id := range candidates {
		c.nameKeys[id] = append(c.nameKeys[id], folded)
	}
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

// factKey is an entry of the index of facts: the facts whose subject
// (dir quad.Subject), object (quad.Object) or predicate (quad.Predicate)
// is v.
type factKey struct {
	dir quad.Direction
	v   string
}

// indexed returns the IDs of the facts of an index entry, and whether the
// index holds it.
func (c *objectCache) indexed(k factKey) ([]pledgegraph.FactID, bool) {
	if !c.enabled {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	ids, ok := c.index[k]
	return slices.Clone(ids), ok
}

func (c *objectCache) putIndexed(k factKey, facts []pledgegraph.FactID) {
	if !c.enabled {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.index == nil || len(c.index) >= maxObjects {
		c.index = map[factKey][]pledgegraph.FactID{}
	}
	c.index[k] = slices.Clone(facts)
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
		for _, k := range c.nameKeys[e.ID] {
			delete(c.names, k)
		}
		delete(c.nameKeys, e.ID)
		delete(c.names, pledgegraph.Fold(e.Name))
		for _, a := range e.Aliases {
			delete(c.names, pledgegraph.Fold(a))
		}
	}
	for _, f := range x.Facts {
		delete(c.facts, pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
		delete(c.index, factKey{quad.Subject, string(f.Subject)})
		delete(c.index, factKey{quad.Object, string(f.Object)})
		delete(c.index, factKey{quad.Predicate, string(f.Predicate)})
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
