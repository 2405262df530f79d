package graph

import (
	"slices"
	"sync"

	"github.com/cayleygraph/quad"
	"github.com/hashicorp/golang-lru/v2/simplelru"

	"github.com/pledgegraph/pledgegraph"
)

// maxObjects bounds each part of the object cache, which drops the
// least recently used object to make room for a new one.
const maxObjects = 1 << 16

// lru is a part of the object cache: at most size objects (maxObjects
// when 0), the least recently used dropped first. Its zero value is
// empty and made at the first put. The cache's mutex guards it.
type lru[K comparable, V any] struct {
	size  int
	cache *simplelru.LRU[K, V]
}

func (l *lru[K, V]) get(k K) (V, bool) {
	if l.cache == nil {
		var zero V
		return zero, false
	}
	return l.cache.Get(k)
}

// has reports whether l holds k, without making it recently used.
func (l *lru[K, V]) has(k K) bool { return l.cache != nil && l.cache.Contains(k) }

func (l *lru[K, V]) put(k K, v V) {
	if l.cache == nil {
		n := l.size
		if n <= 0 {
			n = maxObjects
		}
		l.cache, _ = simplelru.NewLRU[K, V](n, nil) // fails only for a size < 1
	}
	l.cache.Add(k, v)
}

func (l *lru[K, V]) remove(k K) {
	if l.cache != nil {
		l.cache.Remove(k)
	}
}

func (l *lru[K, V]) purge() {
	if l.cache != nil {
		l.cache.Purge()
	}
}

// objectCache keeps merged entities and facts of a store that only this
// process writes (memory and LevelDB: a LevelDB store is locked by its
// opener). Reading a merged entity or fact scans one quad per document
// that states it, so popular entities and facts are worth keeping.
// Each commit drops what it touches, and records it (see lockAt), so
// that no view ever reads an object of another generation than its own.
// PostgreSQL stores may have other writers and are not cached.
//
// It also holds an index of facts by subject, by object and by predicate:
// the IDs of the facts whose subject (object) is an entity, or whose
// predicate is one, which the supporters of an initiative, neighbourhoods
// and paths start from. Reading one from the store scans one quad per
// document that states each fact; a write or a removal drops the entries
// of its facts' subjects, objects and predicates.
type objectCache struct {
	mu      sync.Mutex
	enabled bool
	gen     uint64 // the store's generation, as of the last commit
	// Validity: an object read in generation g is put, and an object
	// held is taken by a reader of generation g, only if nothing
	// changed it since g: dropped holds the generation of the last commit
	// that changed each key (floor for the keys it no longer holds),
	// evCleared that of the last replacement (which may change pieces of
	// evidence in place).
	dropped   map[dropKey]uint64
	floor     uint64
	evCleared uint64
	evidence  lru[any, pledgegraph.Evidence] // 4 × maxObjects: a fact has several
	entities  lru[pledgegraph.EntityID, *pledgegraph.Entity]
	facts     lru[pledgegraph.FactID, *factRecord]
	// outlines are facts without their evidence but the documents of
	// the undated ones (pledgegraph.StanceOutline), read as such; an
	// outline is also derived from a whole fact of facts
	outlines lru[pledgegraph.FactID, *pledgegraph.Fact]
	docs     lru[pledgegraph.DocumentID, *pledgegraph.Document]
	index    lru[factKey, []pledgegraph.FactID]
	// names maps a folded name to the entity FindEntityByName chose for
	// it; nameKeys maps an entity to the folded names whose candidates it
	// is among, so that a write touching it drops them (emptied with
	// names when it grows past four times maxObjects).
	names    lru[string, pledgegraph.EntityID]
	nameKeys map[pledgegraph.EntityID][]string
}

// entityNamed returns the entity chosen for a folded name, if known.
func (c *objectCache) entityNamed(g uint64, folded string) (pledgegraph.EntityID, bool) {
	if !c.lockAt(g, dropKey{kind: 'n', s: folded}) {
		return "", false
	}
	defer c.mu.Unlock()
	return c.names.get(folded)
}

// putEntityNamed keeps the entity chosen for a folded name among the
// candidates that bear it.
func (c *objectCache) putEntityNamed(g uint64, folded string, best pledgegraph.EntityID, candidates []pledgegraph.EntityID) {
	if !c.lockAt(g, dropKey{kind: 'n', s: folded}) {
		return
	}
	defer c.mu.Unlock()
	if c.nameKeys == nil || len(c.nameKeys) >= 4*maxObjects {
		c.names.purge()
		c.nameKeys = map[pledgegraph.EntityID][]string{}
	}
	c.names.put(folded, best)
	for _, id := range candidates {
		c.nameKeys[id] = append(c.nameKeys[id], folded)
	}
}

func (c *objectCache) document(g uint64, id pledgegraph.DocumentID) *pledgegraph.Document {
	if !c.lockAt(g, dropKey{kind: 'd', s: string(id)}) {
		return nil
	}
	defer c.mu.Unlock()
	if d, _ := c.docs.get(id); d != nil {
		cp := *d
		return &cp
	}
	return nil
}

func (c *objectCache) putDocument(g uint64, d *pledgegraph.Document) {
	if d == nil || !c.lockAt(g, dropKey{kind: 'd', s: string(d.ID)}) {
		return
	}
	defer c.mu.Unlock()
	cp := *d
	c.docs.put(d.ID, &cp)
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
func (c *objectCache) indexed(g uint64, k factKey) ([]pledgegraph.FactID, bool) {
	if !c.lockAt(g, indexKey(k)) {
		return nil, false
	}
	defer c.mu.Unlock()
	ids, ok := c.index.get(k)
	return slices.Clone(ids), ok
}

func (c *objectCache) putIndexed(g uint64, k factKey, facts []pledgegraph.FactID) {
	if !c.lockAt(g, indexKey(k)) {
		return
	}
	defer c.mu.Unlock()
	c.index.put(k, slices.Clone(facts))
}

func (c *objectCache) entity(g uint64, id pledgegraph.EntityID) *pledgegraph.Entity {
	if !c.lockAt(g, dropKey{kind: 'e', s: string(id)}) {
		return nil
	}
	defer c.mu.Unlock()
	e, _ := c.entities.get(id)
	return cloneEntity(e)
}

func (c *objectCache) putEntity(g uint64, e *pledgegraph.Entity) {
	if e == nil || !c.lockAt(g, dropKey{kind: 'e', s: string(e.ID)}) {
		return
	}
	defer c.mu.Unlock()
	c.entities.put(e.ID, cloneEntity(e))
}

func (c *objectCache) fact(g uint64, id pledgegraph.FactID) *factRecord {
	if !c.lockAt(g, dropKey{kind: 'f', s: string(id)}) {
		return nil
	}
	defer c.mu.Unlock()
	r, _ := c.facts.get(id)
	return cloneFact(r)
}

func (c *objectCache) putFact(g uint64, r *factRecord) {
	if r == nil || !c.lockAt(g, dropKey{kind: 'f', s: string(r.fact.ID)}) {
		return
	}
	defer c.mu.Unlock()
	c.facts.put(r.fact.ID, cloneFact(r))
}

// outline returns the outline of a fact (pledgegraph.StanceOutline), kept
// as such or derived from the whole fact.
func (c *objectCache) outline(g uint64, id pledgegraph.FactID) *pledgegraph.Fact {
	if !c.lockAt(g, dropKey{kind: 'f', s: string(id)}) {
		return nil
	}
	defer c.mu.Unlock()
	if f, ok := c.outlines.get(id); ok {
		return cloneOutline(f)
	}
	if r, ok := c.facts.get(id); ok {
		return pledgegraph.StanceOutline(r.fact)
	}
	return nil
}

func (c *objectCache) putOutline(g uint64, f *pledgegraph.Fact) {
	if f == nil || !c.lockAt(g, dropKey{kind: 'f', s: string(f.ID)}) {
		return
	}
	defer c.mu.Unlock()
	c.outlines.put(f.ID, cloneOutline(f))
}

// dropKey names what a commit may change in the object cache.
type dropKey struct {
	kind byte // 'e' entity, 'f' fact, 'd' document, 'i' index, 'n' name
	s    string
	dir  quad.Direction
}

func indexKey(k factKey) dropKey { return dropKey{kind: 'i', s: k.v, dir: k.dir} }

// lockAt locks c and returns true if what c holds under k is what a
// reader of generation g reads (anyGen: a writer, who reads the store as
// it is; never for refreshGen); else it returns false, unlocked.
func (c *objectCache) lockAt(g uint64, k dropKey) bool {
	if !c.enabled || g == refreshGen {
		return false
	}
	c.mu.Lock()
	if g == anyGen || g >= max(c.floor, c.dropped[k]) {
		return true
	}
	c.mu.Unlock()
	return false
}

// drop records that the commit of generation c.gen changes k.
func (c *objectCache) drop(k dropKey) {
	if len(c.dropped) >= maxObjects {
		c.dropped, c.floor = nil, c.gen
	}
	if c.dropped == nil {
		c.dropped = map[dropKey]uint64{}
	}
	c.dropped[k] = c.gen
}

// pieceOfEvidence returns the evidence node key holds, if c holds it for
// a reader of generation g.
func (c *objectCache) pieceOfEvidence(g uint64, key any) (pledgegraph.Evidence, bool) {
	if !c.enabled {
		return pledgegraph.Evidence{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if g != anyGen && g < c.evCleared {
		return pledgegraph.Evidence{}, false
	}
	return c.evidence.get(key)
}

// putPieceOfEvidence keeps the evidence node key holds, read in
// generation g. A node keeps its fields as long as it exists (its ID is
// never reused), unless a replacement of its document changes them.
func (c *objectCache) putPieceOfEvidence(g uint64, key any, ev pledgegraph.Evidence) {
	if !c.enabled {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if g != anyGen && g < c.evCleared {
		return
	}
	c.evidence.put(key, ev)
}

// touches are the keys of the object cache a change touches: the
// entities, facts, documents and index entries of what it writes and
// deletes, and the folded names of the entities it writes (the names
// whose candidates include an entity touched are in nameKeys).
type touches struct {
	ents  []pledgegraph.EntityID
	facts []pledgegraph.FactID
	docs  []pledgegraph.DocumentID
	keys  []factKey
	names []string
	// outlines are the facts held as outlines alone (set by hot only:
	// a change touches a fact's outline with the fact)
	outlines []pledgegraph.FactID
}

// touches returns what c touches.
func (c change) touches() touches {
	if c.touched != nil {
		t := *c.touched
		t.names = slices.Clip(t.names) // callers append to it
		return t
	}
	t := touches{ents: slices.Clone(c.ents), facts: slices.Clone(c.facts), docs: slices.Clone(c.docs), keys: slices.Clone(c.keys)}
	for _, x := range c.written {
		t.docs = append(t.docs, x.Document.ID)
		for _, e := range x.Entities {
			t.ents = append(t.ents, e.ID)
			t.names = append(t.names, pledgegraph.Fold(e.Name))
			for _, a := range e.Aliases {
				t.names = append(t.names, pledgegraph.Fold(a))
			}
		}
		for _, f := range x.Facts {
			t.facts = append(t.facts, pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
			t.keys = append(t.keys, factKey{quad.Subject, string(f.Subject)}, factKey{quad.Object, string(f.Object)}, factKey{quad.Predicate, string(f.Predicate)})
		}
	}
	return t
}

// withTouches returns c with what it touches computed once, for the
// several readers of it a publication has.
func (c change) withTouches() change {
	t := c.touches()
	c.touched = &t
	return c
}

// advance moves c to generation gen, dropping what ch touches.
func (c *objectCache) advance(gen uint64, ch change) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen = gen
	if ch.replaced {
		c.evidence.purge()
		c.evCleared = gen
	}
	t := ch.touches()
	for _, e := range t.ents {
		c.entities.remove(e)
		c.drop(dropKey{kind: 'e', s: string(e)})
		t.names = append(t.names, c.nameKeys[e]...)
		delete(c.nameKeys, e)
	}
	for _, k := range t.names {
		c.names.remove(k)
		c.drop(dropKey{kind: 'n', s: k})
	}
	for _, f := range t.facts {
		c.facts.remove(f)
		c.outlines.remove(f)
		c.drop(dropKey{kind: 'f', s: string(f)})
	}
	for _, k := range t.keys {
		c.index.remove(k)
		c.drop(indexKey(k))
	}
	for _, d := range t.docs {
		c.docs.remove(d)
		c.drop(dropKey{kind: 'd', s: string(d)})
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

// cloneOutline copies a fact's outline, whose pieces of evidence hold
// their documents alone.
func cloneOutline(f *pledgegraph.Fact) *pledgegraph.Fact {
	o := *f
	o.Evidence = slices.Clone(f.Evidence)
	o.DerivedFrom = slices.Clone(f.DerivedFrom)
	return &o
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
