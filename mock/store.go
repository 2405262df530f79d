// Package mock provides test doubles of the pledgegraph services, for
// tests of code that reads through them (the GraphQL resolvers) without a
// real store: Store, an in-memory implementation over slices that honours
// the contracts of the interfaces (ordering, filters, error codes) and
// counts its calls, so tests can check that reads are batched; and
// EntityService, FactService and DocumentService, whose methods call
// function fields, to script one answer or one failure.
package mock

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/pledgegraph/pledgegraph"
)

// Store holds entities, facts, documents and counts in memory and
// implements EntityService, FactService and DocumentService. It is safe
// for concurrent use. Build one with New; do not change it afterwards
// except through Fail.
type Store struct {
	entities  []*pledgegraph.Entity
	facts     []*pledgegraph.Fact
	documents []*pledgegraph.Document
	counts    []*pledgegraph.Count
	mentions  []pledgegraph.Mention

	mu    sync.Mutex
	calls map[string]int
	err   error
}

// Compile-time checks that Store implements the services.
var (
	_ pledgegraph.EntityService   = (*Store)(nil)
	_ pledgegraph.FactService     = (*Store)(nil)
	_ pledgegraph.DocumentService = (*Store)(nil)
)

// New returns a Store over copies of the given values. Entities are kept
// ordered by name, facts and documents by ID.
func New(entities []pledgegraph.Entity, facts []pledgegraph.Fact, documents []pledgegraph.Document, counts []pledgegraph.Count) *Store {
	s := &Store{calls: map[string]int{}}
	for _, e := range entities {
		s.entities = append(s.entities, &e)
	}
	for _, f := range facts {
		s.facts = append(s.facts, &f)
	}
	for _, d := range documents {
		s.documents = append(s.documents, &d)
	}
	for _, c := range counts {
		s.counts = append(s.counts, &c)
	}
	slices.SortStableFunc(s.entities, func(a, b *pledgegraph.Entity) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(s.facts, func(a, b *pledgegraph.Fact) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(s.documents, func(a, b *pledgegraph.Document) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(s.counts, func(a, b *pledgegraph.Count) int { return a.Date.Compare(b.Date) })
	return s
}

// Fail makes every later call return err (nil restores normal answers),
// to test how callers handle a failing store.
func (s *Store) Fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.err = err
}

// Calls returns how many times the method of that name ("FindFacts",
// "EntitiesByIDs"…) was called, or with "" the calls to all methods.
func (s *Store) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if method != "" {
		return s.calls[method]
	}
	n := 0
	for _, c := range s.calls {
		n += c
	}
	return n
}

// CallCounts returns a copy of the number of calls per method.
func (s *Store) CallCounts() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := make(map[string]int, len(s.calls))
	for k, v := range s.calls {
		m[k] = v
	}
	return m
}

// ResetCalls sets every call count back to zero.
func (s *Store) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.calls)
}

// call counts a call to method and returns the error set by Fail.
func (s *Store) call(ctx context.Context, method string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[method]++
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.err
}

// clone copies v so callers cannot change what the store holds.
func clone[T any](v *T) *T {
	c := *v
	return &c
}

// FindEntityByID returns one entity. Returns ENOTFOUND.
func (s *Store) FindEntityByID(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	if err := s.call(ctx, "FindEntityByID"); err != nil {
		return nil, err
	}
	for _, e := range s.entities {
		if e.ID == id {
			return clone(e), nil
		}
	}
	return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "entity %s not found", id)
}

// FindEntityByName returns the entity one of whose names folds like name;
// of several, the one with the most facts. Returns ENOTFOUND.
func (s *Store) FindEntityByName(ctx context.Context, name string) (*pledgegraph.Entity, error) {
	if err := s.call(ctx, "FindEntityByName"); err != nil {
		return nil, err
	}
	want := pledgegraph.Fold(name)
	var best *pledgegraph.Entity
	bestFacts := -1
	for _, e := range s.entities {
		if want == "" || !slices.ContainsFunc(names(e), func(n string) bool { return pledgegraph.Fold(n) == want }) {
			continue
		}
		n := 0
		for _, f := range s.facts {
			if f.Subject == e.ID || f.Object == e.ID {
				n++
			}
		}
		if n > bestFacts {
			best, bestFacts = e, n
		}
	}
	if best == nil {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no entity named %q", name)
	}
	return clone(best), nil
}

// names returns an entity's name and aliases.
func names(e *pledgegraph.Entity) []string {
	return append([]string{e.Name}, e.Aliases...)
}

// FindEntities returns a page of entities ordered by name, and the total
// number that match the filter.
func (s *Store) FindEntities(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	if err := s.call(ctx, "FindEntities"); err != nil {
		return nil, 0, err
	}
	search := pledgegraph.Fold(filter.Search)
	var match []*pledgegraph.Entity
	for _, e := range s.entities {
		if len(filter.Kinds) > 0 && !slices.Contains(filter.Kinds, e.Kind) {
			continue
		}
		if search != "" && !slices.ContainsFunc(names(e), func(n string) bool { return strings.Contains(pledgegraph.Fold(n), search) }) {
			continue
		}
		match = append(match, clone(e))
	}
	return page(match, filter.Offset, filter.Limit), len(match), nil
}

// page returns the part of v that offset and limit (0: no limit) select.
func page[T any](v []T, offset, limit int) []T {
	if offset < 0 {
		offset = 0
	}
	if offset >= len(v) {
		return []T{}
	}
	v = v[offset:]
	if limit > 0 && limit < len(v) {
		v = v[:limit]
	}
	return v
}

// EntitiesByIDs returns the entities in the order of ids, nil where one
// does not exist.
func (s *Store) EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	if err := s.call(ctx, "EntitiesByIDs"); err != nil {
		return nil, err
	}
	out := make([]*pledgegraph.Entity, len(ids))
	for i, id := range ids {
		for _, e := range s.entities {
			if e.ID == id {
				out[i] = clone(e)
				break
			}
		}
	}
	return out, nil
}

// FindFactByID returns one fact. Returns ENOTFOUND.
func (s *Store) FindFactByID(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	if err := s.call(ctx, "FindFactByID"); err != nil {
		return nil, err
	}
	for _, f := range s.facts {
		if f.ID == id {
			return clone(f), nil
		}
	}
	return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "fact %s not found", id)
}

// FindFacts returns the facts matching filter, ordered by ID.
func (s *Store) FindFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	if err := s.call(ctx, "FindFacts"); err != nil {
		return nil, err
	}
	out := []*pledgegraph.Fact{}
	for _, f := range s.facts {
		if filter.Match(f) {
			out = append(out, clone(f))
		}
	}
	return out, nil
}

// FactsByIDs returns the facts in the order of ids, nil where one does not
// exist.
func (s *Store) FactsByIDs(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error) {
	if err := s.call(ctx, "FactsByIDs"); err != nil {
		return nil, err
	}
	out := make([]*pledgegraph.Fact, len(ids))
	for i, id := range ids {
		for _, f := range s.facts {
			if f.ID == id {
				out[i] = clone(f)
				break
			}
		}
	}
	return out, nil
}

// FindCounts returns the counts reported for an initiative, ordered by
// date (undated last).
func (s *Store) FindCounts(ctx context.Context, initiative pledgegraph.EntityID) ([]*pledgegraph.Count, error) {
	if err := s.call(ctx, "FindCounts"); err != nil {
		return nil, err
	}
	out := []*pledgegraph.Count{}
	for _, c := range s.counts {
		if c.Initiative == initiative {
			out = append(out, clone(c))
		}
	}
	return out, nil
}

// FindDocumentByID returns one document. Returns ENOTFOUND.
func (s *Store) FindDocumentByID(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	if err := s.call(ctx, "FindDocumentByID"); err != nil {
		return nil, err
	}
	for _, d := range s.documents {
		if d.ID == id {
			return clone(d), nil
		}
	}
	return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "document %s not found", id)
}

// FindDocuments returns a page of documents ordered by ID, and the total.
func (s *Store) FindDocuments(ctx context.Context, filter pledgegraph.DocumentFilter) ([]*pledgegraph.Document, int, error) {
	if err := s.call(ctx, "FindDocuments"); err != nil {
		return nil, 0, err
	}
	all := make([]*pledgegraph.Document, len(s.documents))
	for i, d := range s.documents {
		all[i] = clone(d)
	}
	return page(all, filter.Offset, filter.Limit), len(all), nil
}

// WithMentions adds copies of mentions to the store and returns it.
func (s *Store) WithMentions(mentions []pledgegraph.Mention) *Store {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mentions = append(s.mentions, mentions...)
	return s
}

// DocumentMentions returns the mentions of a document in text order, or
// ENOTFOUND.
func (s *Store) DocumentMentions(ctx context.Context, id pledgegraph.DocumentID) ([]pledgegraph.Mention, error) {
	if err := s.call(ctx, "DocumentMentions"); err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(s.documents, func(d *pledgegraph.Document) bool { return d.ID == id }) {
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "document %s not found", id)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []pledgegraph.Mention
	for _, m := range s.mentions {
		if m.Doc == id {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b pledgegraph.Mention) int { return a.Start - b.Start })
	return out, nil
}

// DocumentsByIDs returns the documents in the order of ids, nil where one
// does not exist.
func (s *Store) DocumentsByIDs(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
	if err := s.call(ctx, "DocumentsByIDs"); err != nil {
		return nil, err
	}
	out := make([]*pledgegraph.Document, len(ids))
	for i, id := range ids {
		for _, d := range s.documents {
			if d.ID == id {
				out[i] = clone(d)
				break
			}
		}
	}
	return out, nil
}
