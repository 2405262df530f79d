package graph

// DropCaches empties what the store keeps in memory of what it has read:
// merged entities, facts (whole, and their outlines), documents and
// pieces of evidence, the index of facts by subject, object and
// predicate, the entities chosen for names, and node values and
// references. The reads after it go to the store, as the first reads
// after a start do, and find the same answers; LevelDB's own block cache
// and the system's page cache stay warm. pledgegraph bench calls it
// before each cold run, to measure what the first question after a
// start costs. It is safe to call at any time, beside reads and writes.
func (s *Store) DropCaches() {
	o := &s.memo
	o.mu.Lock()
	o.evidence.purge()
	o.entities.purge()
	o.facts.purge()
	o.outlines.purge()
	o.docs.purge()
	o.index.purge()
	o.names.purge()
	o.nameKeys = nil
	o.mu.Unlock()
	s.cache.mu.Lock()
	s.cache.values, s.cache.refs = nil, nil
	s.cache.mu.Unlock()
}
