package resolvers

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"github.com/pledgegraph/pledgegraph"
)

// resolveEntity finds the entity an argument names: by ID when it looks
// like one ("initiative/paris-call"), else by any of its names. what names
// the role of the entity in the not-found error ("no initiative named
// X"). Returns ENOTFOUND.
func (r *Resolver) resolveEntity(ctx context.Context, s, what string) (*pledgegraph.Entity, error) {
	l := r.loaders(ctx)
	if strings.Contains(s, "/") {
		// read at once, not after the loader's wait: this starts a request
		es, err := r.primeEntities(ctx, []pledgegraph.EntityID{pledgegraph.EntityID(s)})
		if err != nil {
			return nil, fmt.Errorf("find %s %q: %w", what, s, err)
		}
		if es[0] != nil {
			return es[0], nil
		}
	}
	e, err := r.Entities.FindEntityByName(ctx, s)
	switch {
	case pledgegraph.ErrorCode(err) == pledgegraph.ENOTFOUND:
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "no %s named %q", what, s)
	case err != nil:
		return nil, fmt.Errorf("find %s %q: %w", what, s, err)
	}
	l.Entity.Prime(e.ID, e)
	return e, nil
}

// entityNamed returns the entity FindEntityByName returns for name, and
// true. When the field being resolved asks for nothing of it but its id
// (see idOnly) and the store is a pledgegraph.EntityIDFinder, it returns
// an entity that holds its ID alone, not read, and false: such an entity
// is the answer's, not one to put into the request's loader. Returns
// ENOTFOUND.
func (r *Resolver) entityNamed(ctx context.Context, name string) (*pledgegraph.Entity, bool, error) {
	if f, ok := r.Entities.(pledgegraph.EntityIDFinder); ok && fieldAsksIDOnly(ctx) {
		id, err := f.FindEntityIDByName(ctx, name)
		if err != nil {
			return nil, false, err
		}
		return &pledgegraph.Entity{ID: id}, false, nil
	}
	e, err := r.Entities.FindEntityByName(ctx, name)
	return e, true, err
}

// published returns the publication dates of the documents the stance
// rules read for the facts (pledgegraph.DatingDocuments), read in one
// batch, as the rules want them.
func (r *Resolver) published(ctx context.Context, facts []*pledgegraph.Fact) (pledgegraph.PublishedFunc, error) {
	ids := pledgegraph.DatingDocuments(facts)
	docs, err := r.primeDocuments(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read documents of %d facts: %w", len(facts), err)
	}
	return publishedIn(docs), nil
}

// publishedIn returns the publication dates of docs (nil where a document
// is gone), zero for any other document.
func publishedIn(docs []*pledgegraph.Document) pledgegraph.PublishedFunc {
	dates := make(map[pledgegraph.DocumentID]pledgegraph.Date, len(docs))
	for _, d := range docs {
		if d != nil {
			dates[d.ID] = d.Published
		}
	}
	return func(id pledgegraph.DocumentID) pledgegraph.Date { return dates[id] }
}

// holding returns the facts of facts that hold as of asOf by the one time
// rule (pledgegraph.Holds): from their own date, else from the
// publication of their earliest document; all of them when asOf is zero.
func (r *Resolver) holding(ctx context.Context, facts []*pledgegraph.Fact, asOf pledgegraph.Date) ([]*pledgegraph.Fact, error) {
	if asOf.IsZero() {
		return facts, nil
	}
	// through the request's document loader, unlike published: the facts
	// of each entity of a page ask at once, and are read in one batch
	docs, err := r.loaders(ctx).Document.LoadAll(ctx, pledgegraph.EvidenceDocuments(facts))
	if err != nil {
		return nil, fmt.Errorf("read documents of %d facts: %w", len(facts), err)
	}
	published := publishedIn(docs)
	out := make([]*pledgegraph.Fact, 0, len(facts))
	for _, f := range facts {
		if pledgegraph.Holds(pledgegraph.EffectiveDate(f, published), asOf) {
			out = append(out, f)
		}
	}
	return out, nil
}

// primeFacts puts facts read whole into the request's fact loader, so that
// derivedFrom and later reads of them cost nothing.
func (r *Resolver) primeFacts(ctx context.Context, facts []*pledgegraph.Fact) {
	l := r.loaders(ctx)
	for _, f := range facts {
		l.Fact.Prime(f.ID, f)
	}
}

// dateArg returns the value of an optional Date argument, zero when null.
func dateArg(d *pledgegraph.Date) pledgegraph.Date {
	if d == nil {
		return pledgegraph.Date{}
	}
	return *d
}

// orEmpty returns v, or an empty slice for nil, for non-null lists.
func orEmpty[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

// entity returns the entity an ID names, through the request's loader, for
// fields that cannot be null. Returns ENOTFOUND.
func (r *Resolver) entity(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	e, err := r.loaders(ctx).Entity.Load(ctx, id)
	switch {
	case err != nil:
		return nil, fmt.Errorf("entity %s: %w", id, err)
	case e == nil:
		return nil, pledgegraph.Errorf(pledgegraph.ENOTFOUND, "entity %s not found", id)
	}
	return e, nil
}

// primeEntities reads entities in one call of the service, at once rather
// than after the loaders' wait, and puts them into the request's entity
// loader. It returns them in the order of ids, nil where one is missing.
func (r *Resolver) primeEntities(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	return prime(ctx, ids, r.Entities.EntitiesByIDs, r.loaders(ctx).Entity, "entities")
}

// primeDocuments is primeEntities for documents.
func (r *Resolver) primeDocuments(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
	return prime(ctx, ids, r.Documents.DocumentsByIDs, r.loaders(ctx).Document, "documents")
}

// prime reads the values of ids with one call of read and puts them into
// loader.
func prime[K comparable, V any](ctx context.Context, ids []K, read func(context.Context, []K) ([]*V, error), loader *dataloadgen.Loader[K, *V], what string) ([]*V, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	vs, err := read(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(vs) != len(ids) {
		return nil, fmt.Errorf("%d %s for %d ids", len(vs), what, len(ids))
	}
	for i, v := range vs {
		if v != nil {
			loader.Prime(ids[i], v)
		}
	}
	return vs, nil
}

// entitiesOf returns the entities id names for each of facts, through the
// request's loader, in one batch: the batch resolvers of Fact.subject and
// Fact.object. A missing entity is an ENOTFOUND error for its fact alone.
// When the field asks for their id alone, nothing is read: the ID is the
// fact's, and a stored fact's entities are stored.
func (r *Resolver) entitiesOf(ctx context.Context, facts []*pledgegraph.Fact, id func(*pledgegraph.Fact) pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	ids := make([]pledgegraph.EntityID, len(facts))
	for i, f := range facts {
		ids[i] = id(f)
	}
	if fieldAsksIDOnly(ctx) {
		return idEntities(ids), nil
	}
	es, err := r.loaders(ctx).Entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("entities of %d facts: %w", len(ids), err)
	}
	return es, missing(ids, es, "entity")
}

// missing returns, for the results of a batch resolver, nil when every
// value was found, else the errors of each parent: ENOTFOUND for those
// whose value is nil (what names a kind of value).
func missing[K ~string, V any](ids []K, vs []*V, what string) error {
	var errs graphql.BatchErrorList
	for i, v := range vs {
		if v == nil {
			if errs == nil {
				errs = make(graphql.BatchErrorList, len(vs))
			}
			errs[i] = pledgegraph.Errorf(pledgegraph.ENOTFOUND, "%s %s not found", what, ids[i])
		}
	}
	if errs == nil {
		return nil
	}
	return errs
}

// preloadEvidenceDocuments asks loader, once per list of facts being
// written, for the documents of all their pieces of evidence, without
// waiting: the first fact's pieces of evidence then wait for one batch
// that holds them all, and the next find theirs read.
func preloadEvidenceDocuments(ctx context.Context, loader *dataloadgen.Loader[pledgegraph.DocumentID, *pledgegraph.Document]) {
	g := graphql.GetBatchParentGroup(ctx, "Fact")
	if g == nil {
		return
	}
	facts, ok := g.Parents.([]*pledgegraph.Fact)
	if !ok {
		return
	}
	// a key no field alias can be
	g.GetFieldResult("evidence documents", func() (any, error) {
		loader.LoadAllThunk(ctx, pledgegraph.EvidenceDocuments(facts))
		return nil, nil
	})
}
