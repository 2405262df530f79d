package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

func str(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return ""
}

func date(v quad.Value) pledgegraph.Date {
	d, err := pledgegraph.ParseDate(str(v))
	if err != nil {
		return pledgegraph.Date{}
	}
	return d
}

func integer(v quad.Value) int {
	if n, ok := v.(quad.Int); ok {
		return int(n)
	}
	return 0
}

func (s *Store) label(ctx context.Context, q refQuad) pledgegraph.DocumentID {
	id, _ := documentID(s.value(ctx, q.L))
	return id
}

// Entities.

// loadEntity reads one entity, merging what every document says of it:
// the name most documents give (the others become aliases), the union of
// aliases, the earliest start and latest end. It returns nil if there is
// no such entity.
func (s *Store) loadEntity(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	if e := s.memo.entity(s.viewGen(ctx), id); e != nil {
		return e, nil
	}
	e, err := s.readEntity(ctx, id)
	s.memo.putEntity(s.viewGen(ctx), e)
	return e, err
}

// readEntity is loadEntity without the cache.
func (s *Store) readEntity(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	var (
		found   bool
		names   = map[string]int{}
		kinds   = map[string]int{}
		aliases = map[string]bool{}
		e       = &pledgegraph.Entity{ID: id}
	)
	err := s.each(ctx, quad.Subject, entityIRI(id), func(q refQuad) {
		switch s.iri(ctx, q.P) {
		case predType:
			found = true
		case predName:
			names[str(s.value(ctx, q.O))]++
		case predKind:
			kinds[str(s.value(ctx, q.O))]++
		case predAlias:
			aliases[str(s.value(ctx, q.O))] = true
		case predStart:
			if d := date(s.value(ctx, q.O)); !d.IsZero() && (e.Start.IsZero() || d.Compare(e.Start) < 0) {
				e.Start = d
			}
		case predEnd:
			if d := date(s.value(ctx, q.O)); !d.IsZero() && (e.End.IsZero() || d.Last().After(e.End.Last())) {
				e.End = d
			}
		}
	})
	if err != nil || !found {
		return nil, err
	}
	e.Name = mostFrequent(names)
	e.Kind = pledgegraph.Kind(mostFrequent(kinds))
	for n := range names {
		aliases[n] = true
	}
	delete(aliases, e.Name)
	delete(aliases, "")
	for a := range aliases {
		e.Aliases = append(e.Aliases, a)
	}
	slices.Sort(e.Aliases)
	return e, nil
}

// mostFrequent returns the key with the highest count, the smallest such
// key on a tie, or "".
func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// FindEntityByID returns one entity, merged over the documents that
// mention it. Returns ENOTFOUND.
func (s *Store) FindEntityByID(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find entity %s: %w", id, err)
	}
	defer unlock()
	e, err := s.loadEntity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: find entity %s: %w", id, err)
	} else if e == nil {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "entity %s not found", id)
	}
	return e, nil
}

// FindEntityByName returns the entity one of whose names or aliases
// folds to Fold(name), in one scan of the folded-name node. When several
// entities share the name, the one with the most facts wins (then the
// smallest ID). Returns ENOTFOUND.
func (s *Store) FindEntityByName(ctx context.Context, name string) (*pledgegraph.Entity, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: find entity named %q: %w", name, err)
	}
	defer unlock()
	id, err := s.entityIDNamed(ctx, name)
	if err != nil {
		return nil, err
	}
	e, err := s.loadEntity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("graph: find entity named %q: %w", name, err)
	} else if e == nil {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no entity named %q", name)
	}
	return e, nil
}

// FindEntityIDByName returns the ID of the entity FindEntityByName
// returns, without reading the entity (which costs one scan of what
// every document naming it says of it). Returns ENOTFOUND.
func (s *Store) FindEntityIDByName(ctx context.Context, name string) (pledgegraph.EntityID, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return "", fmt.Errorf("graph: find entity named %q: %w", name, err)
	}
	defer unlock()
	return s.entityIDNamed(ctx, name)
}

// entityIDNamed returns the ID of the entity FindEntityByName chooses for
// name, through the object cache. The caller holds the read lock.
// Returns ENOTFOUND.
func (s *Store) entityIDNamed(ctx context.Context, name string) (pledgegraph.EntityID, error) {
	folded := pledgegraph.Fold(name)
	if folded == "" {
		return "", pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no entity named %q", name)
	}
	best, ok := s.memo.entityNamed(s.viewGen(ctx), folded)
	if !ok {
		var ids []pledgegraph.EntityID
		var err error
		if best, ids, err = s.entityNamed(ctx, folded); err != nil {
			return "", fmt.Errorf("graph: find entity named %q: %w", name, err)
		}
		s.memo.putEntityNamed(s.viewGen(ctx), folded, best, ids)
	}
	if best == "" {
		return "", pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no entity named %q", name)
	}
	return best, nil
}

// entityNamed returns the entity FindEntityByName chooses among those a
// name folds like (the one with the most facts, then the smallest ID), or
// "", and all of them: listed by the name index (nameindex.go), or,
// in a store that keeps none, found by their folded-name quads.
func (s *Store) entityNamed(ctx context.Context, folded string) (pledgegraph.EntityID, []pledgegraph.EntityID, error) {
	ids, indexed, err := s.indexedEntitiesNamed(ctx, folded)
	if err != nil {
		return "", nil, err
	}
	if !indexed {
		nodes, err := s.subjects(ctx, predFolded, quad.String(folded))
		if err != nil {
			return "", nil, err
		}
		for _, n := range nodes {
			if id, ok := entityID(s.value(ctx, n)); ok {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return "", nil, nil
	}
	slices.Sort(ids)
	best, most := ids[0], -1
	if len(ids) > 1 {
		for _, id := range ids {
			n, err := s.countFacts(ctx, id)
			if err != nil {
				return "", nil, err
			}
			if n > most {
				best, most = id, n
			}
		}
	}
	return best, ids, nil
}

// countFacts returns the number of facts an entity is the subject or
// object of.
func (s *Store) countFacts(ctx context.Context, id pledgegraph.EntityID) (int, error) {
	seen := map[any]bool{}
	err := s.each(ctx, quad.Object, entityIRI(id), func(q refQuad) {
		if p := s.iri(ctx, q.P); p == predSubject || p == predObject {
			seen[q.S.Key()] = true
		}
	})
	return len(seen), err
}

// FindEntities returns a page of entities ordered by folded name, and the
// total number that match. It reads every entity of the selected kinds
// (or every entity): Search is a substring match on folded names and
// aliases.
func (s *Store) FindEntities(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find entities: %w", err)
	}
	defer unlock()
	var nodes []cgraph.Ref
	if len(filter.Kinds) > 0 {
		seen := map[any]bool{}
		for _, k := range filter.Kinds {
			ns, err := s.subjects(ctx, predKind, quad.String(k))
			if err != nil {
				return nil, 0, fmt.Errorf("graph: find entities: %w", err)
			}
			for _, n := range ns {
				if !seen[n.Key()] {
					seen[n.Key()] = true
					nodes = append(nodes, n)
				}
			}
		}
	} else {
		var err error
		if nodes, err = s.subjects(ctx, predType, typeEntity); err != nil {
			return nil, 0, fmt.Errorf("graph: find entities: %w", err)
		}
	}
	search := pledgegraph.Fold(filter.Search)
	var out []*pledgegraph.Entity
	for _, n := range nodes {
		id, ok := entityID(s.value(ctx, n))
		if !ok {
			continue
		}
		e, err := s.loadEntity(ctx, id)
		if err != nil {
			return nil, 0, fmt.Errorf("graph: find entities: %w", err)
		}
		if e == nil || (len(filter.Kinds) > 0 && !slices.Contains(filter.Kinds, e.Kind)) {
			continue
		}
		if search != "" && !matches(e, search) {
			continue
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *pledgegraph.Entity) int {
		return cmp.Or(
			strings.Compare(pledgegraph.Fold(a.Name), pledgegraph.Fold(b.Name)),
			strings.Compare(a.Name, b.Name),
			strings.Compare(string(a.ID), string(b.ID)))
	})
	total := len(out)
	return page(out, filter.Offset, filter.Limit), total, nil
}

func matches(e *pledgegraph.Entity, folded string) bool {
	if strings.Contains(pledgegraph.Fold(e.Name), folded) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.Contains(pledgegraph.Fold(a), folded) {
			return true
		}
	}
	return false
}

// page returns the part of list that offset and limit select (limit 0:
// no limit).
func page[T any](list []T, offset, limit int) []T {
	offset = max(offset, 0)
	if offset >= len(list) {
		return []T{}
	}
	list = list[offset:]
	if limit > 0 && limit < len(list) {
		list = list[:limit]
	}
	return list
}

// EntitiesByIDs returns the entities in the order of ids, with nil where
// one does not exist.
func (s *Store) EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: entities by ids: %w", err)
	}
	defer unlock()
	out := make([]*pledgegraph.Entity, len(ids))
	for i, id := range ids {
		e, err := s.loadEntity(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("graph: entities by ids: %s: %w", id, err)
		}
		out[i] = e
	}
	return out, nil
}
