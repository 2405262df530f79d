package graph

import (
	"context"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// refQuad is a quad as the references of its four directions. Reads work
// on references and resolve only the values they need (see Store.value):
// resolving a whole quad costs four lookups on key-value stores.
type refQuad struct {
	S, P, O, L cgraph.Ref
}

// each calls fn for every quad whose direction dir holds v. Scans by
// subject and by object use the indexes of every backend; scans by label
// use the label index of LevelDB stores and memstore's.
func (s *Store) each(ctx context.Context, dir quad.Direction, v quad.Value, fn func(refQuad)) error {
	ref := s.ref(ctx, v)
	if ref == nil {
		return nil
	}
	return s.eachRef(ctx, dir, ref, fn)
}

// eachRef is each from a node reference.
func (s *Store) eachRef(ctx context.Context, dir quad.Direction, ref cgraph.Ref, fn func(refQuad)) error {
	it := s.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		fn(refQuad{
			S: s.qs.QuadDirection(r, quad.Subject),
			P: s.qs.QuadDirection(r, quad.Predicate),
			O: s.qs.QuadDirection(r, quad.Object),
			L: s.qs.QuadDirection(r, quad.Label),
		})
	}
	if err := it.Err(); err != nil {
		if corrupted(err) {
			s.damage(err)
			return pledgegraph.Errorf(pledgegraph.ECORRUPT, "reading the store: %v", err)
		}
		return err
	}
	return ctx.Err()
}

// maxCached bounds the value cache; it is emptied when full.
const maxCached = 1 << 18

// maxCachedLen is the longest string value the cache keeps (texts and
// sentences are read once and not worth keeping).
const maxCachedLen = 200

// valueCache maps node references to values and IRIs to references. A
// reference names the same value for the life of a store (key-value
// stores and memstore never reuse node IDs; SQL references are hashes),
// so values are kept across writes. An IRI keeps its reference as long as
// quads use it, and a node deleted and written again gets a new one: a
// commit that deletes quads drops the references, and references read in
// one generation are kept and used only in it (as the object cache's).
type valueCache struct {
	mu     sync.Mutex
	gen    uint64
	values map[any]quad.Value
	refs   map[quad.IRI]cgraph.Ref
}

// advance moves c to generation gen; deleted drops the references.
func (c *valueCache) advance(gen uint64, deleted bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen = gen
	if deleted {
		c.refs = nil
	}
}

// noNode reports whether ref names no node (the label of a quad without
// one): nil, or on PostgreSQL an empty hash.
func noNode(ref cgraph.Ref) bool {
	if h, ok := ref.(csql.NodeHash); ok {
		return !h.Valid()
	}
	return ref == nil
}

// value returns the value ref names in the state ctx reads, or nil.
func (s *Store) value(ctx context.Context, ref cgraph.Ref) quad.Value {
	if noNode(ref) {
		return nil
	}
	key := ref.Key()
	s.cache.mu.Lock()
	v, ok := s.cache.values[key]
	s.cache.mu.Unlock()
	if ok {
		return v
	}
	var err error
	if s.pg != nil {
		v, err = s.pg.value(ctx, ref)
	} else {
		var vs []quad.Value
		vs, err = cgraph.ValuesOf(ctx, s.qs, []cgraph.Ref{ref})
		if err == nil && len(vs) == 1 {
			v = vs[0]
		}
	}
	if v == nil {
		// a reference read from an index always names a value: the
		// store could not read it
		if err == nil {
			err = fmt.Errorf("the value of node %v cannot be read", key)
		}
		s.damage(err)
		return nil
	}
	if str, ok := v.(quad.String); ok && len(str) > maxCachedLen {
		return v
	}
	s.cache.mu.Lock()
	if s.cache.values == nil || len(s.cache.values) >= maxCached {
		s.cache.values = map[any]quad.Value{}
	}
	s.cache.values[key] = v
	s.cache.mu.Unlock()
	return v
}

// iri returns the IRI ref names, or "".
func (s *Store) iri(ctx context.Context, ref cgraph.Ref) quad.IRI {
	v, _ := s.value(ctx, ref).(quad.IRI)
	return v
}

// ref returns the reference of v in the state ctx reads, or nil if the
// store does not hold v there. IRIs' references are cached.
func (s *Store) ref(ctx context.Context, v quad.Value) cgraph.Ref {
	g := s.viewGen(ctx)
	i, isIRI := v.(quad.IRI)
	if isIRI {
		s.cache.mu.Lock()
		r, ok := s.cache.refs[i]
		ok = ok && (g == anyGen || g == s.cache.gen)
		s.cache.mu.Unlock()
		if ok {
			return r
		}
	}
	r := s.lookup(ctx, v)
	if r == nil || !isIRI {
		return r
	}
	s.cache.mu.Lock()
	if g == anyGen || g == s.cache.gen {
		if s.cache.refs == nil || len(s.cache.refs) >= maxCached {
			s.cache.refs = map[quad.IRI]cgraph.Ref{}
		}
		s.cache.refs[i] = r
	}
	s.cache.mu.Unlock()
	return r
}

// lookup returns the reference of v in the state ctx reads, or nil.
func (s *Store) lookup(ctx context.Context, v quad.Value) cgraph.Ref {
	if s.kv == nil {
		return s.qs.ValueOf(v)
	}
	r, err := lookupRef(ctx, s.kv, v)
	if err != nil {
		if corrupted(err) {
			s.damage(err)
		}
		return nil
	}
	return r
}

// objects returns the objects of the quads (subject, pred, *), one per quad.
func (s *Store) objects(ctx context.Context, subject quad.Value, pred quad.IRI) ([]quad.Value, error) {
	var out []quad.Value
	err := s.each(ctx, quad.Subject, subject, func(q refQuad) {
		if s.iri(ctx, q.P) == pred {
			out = append(out, s.value(ctx, q.O))
		}
	})
	return out, err
}

// subjects returns the distinct subjects of the quads (*, pred, object),
// in the order first seen (Cayley's In followed by Unique).
func (s *Store) subjects(ctx context.Context, pred quad.IRI, object quad.Value) ([]cgraph.Ref, error) {
	var out []cgraph.Ref
	seen := map[any]bool{}
	err := s.each(ctx, quad.Object, object, func(q refQuad) {
		if s.iri(ctx, q.P) == pred && !seen[q.S.Key()] {
			seen[q.S.Key()] = true
			out = append(out, q.S)
		}
	})
	return out, err
}
