// Package loaders holds the per-request dataloaders of the GraphQL API.
// They gather the entity, fact and document reads that resolvers make
// concurrently while answering one request into one batch call of the
// services (EntitiesByIDs, FactsByIDs, DocumentsByIDs, FindFacts), and
// cache the results for the rest of the request, so that a list of facts
// with their subjects, objects and documents costs a bounded number of
// store calls instead of one per item.
package loaders

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/pledgegraph/pledgegraph"
)

// DefaultWait is how long a loader waits for more keys after the first one
// before it calls the store. Every level of an answer that goes through a
// loader pays it, so it is short: the siblings of a list reach their
// loaders within a millisecond on an idle machine, and a batch split in two
// on a loaded one costs a second store call, not a wrong answer.
// Resolvers that know all the keys at once (supporters, stances) read them
// in one call and prime the loaders instead of waiting.
const DefaultWait = 2 * time.Millisecond

// Loaders are the dataloaders of one request. Build them with New for each
// request (Middleware does) and find them with For.
type Loaders struct {
	// Entity reads entities by ID; a missing entity loads as nil.
	Entity *dataloadgen.Loader[pledgegraph.EntityID, *pledgegraph.Entity]
	// Fact reads facts by ID; a missing fact loads as nil.
	Fact *dataloadgen.Loader[pledgegraph.FactID, *pledgegraph.Fact]
	// Document reads documents by ID; a missing document loads as nil.
	Document *dataloadgen.Loader[pledgegraph.DocumentID, *pledgegraph.Document]
	// EntityFacts reads the facts an entity takes part in (see FactsKey):
	// a batch costs at most two FindFacts calls, one over all its entities
	// as subjects and one as objects, whatever the arguments of its keys.
	EntityFacts *dataloadgen.Loader[FactsKey, []*pledgegraph.Fact]
	// DocumentFacts reads the facts a document states. The services have
	// no batch read for it: a batch makes one FindFacts call per document,
	// and the cache shares them between the fields that need them.
	DocumentFacts *dataloadgen.Loader[pledgegraph.DocumentID, []*pledgegraph.Fact]
}

// FactsKey asks for the facts an entity takes part in. Its fields other
// than Entity are the arguments of Entity.facts.
type FactsKey struct {
	Entity         pledgegraph.EntityID
	Predicate      pledgegraph.Predicate // "" for every predicate
	Direction      pledgegraph.Direction // Outgoing, Incoming or Both
	AsOf           pledgegraph.Date      // zero for no bound
	IncludeNegated bool
}

// Option configures New.
type Option func(*config)

type config struct {
	wait time.Duration
}

// WithWait sets how long loaders wait for more keys before they call the
// store (DefaultWait when not given). Longer waits batch more under load
// and add latency.
func WithWait(d time.Duration) Option {
	return func(c *config) { c.wait = d }
}

// New returns fresh loaders over the services. Loaders cache what they
// read, so use one set per request.
func New(entities pledgegraph.EntityService, facts pledgegraph.FactService, documents pledgegraph.DocumentService, opts ...Option) *Loaders {
	c := config{wait: DefaultWait}
	for _, o := range opts {
		o(&c)
	}
	wait := dataloadgen.WithWait(c.wait)
	l := &Loaders{}
	l.Entity = dataloadgen.NewLoader(func(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, []error) {
		v, err := entities.EntitiesByIDs(ctx, ids)
		if err != nil {
			return nil, []error{fmt.Errorf("load %d entities: %w", len(ids), err)}
		}
		return checkLen(v, len(ids), "entities")
	}, wait)
	l.Fact = dataloadgen.NewLoader(func(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, []error) {
		v, err := facts.FactsByIDs(ctx, ids)
		if err != nil {
			return nil, []error{fmt.Errorf("load %d facts: %w", len(ids), err)}
		}
		return checkLen(v, len(ids), "facts")
	}, wait)
	l.Document = dataloadgen.NewLoader(func(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, []error) {
		v, err := documents.DocumentsByIDs(ctx, ids)
		if err != nil {
			return nil, []error{fmt.Errorf("load %d documents: %w", len(ids), err)}
		}
		return checkLen(v, len(ids), "documents")
	}, wait)
	l.EntityFacts = dataloadgen.NewLoader(func(ctx context.Context, keys []FactsKey) ([][]*pledgegraph.Fact, []error) {
		v, err := entityFacts(ctx, facts, keys)
		if err != nil {
			return nil, []error{err}
		}
		for _, fs := range v {
			for _, f := range fs {
				l.Fact.Prime(f.ID, f)
			}
		}
		return v, nil
	}, wait)
	l.DocumentFacts = dataloadgen.NewLoader(func(ctx context.Context, ids []pledgegraph.DocumentID) ([][]*pledgegraph.Fact, []error) {
		out := make([][]*pledgegraph.Fact, len(ids))
		errs := make([]error, len(ids))
		for i, id := range ids {
			fs, err := facts.FindFacts(ctx, pledgegraph.FactFilter{Document: id})
			if err != nil {
				errs[i] = fmt.Errorf("load facts of document %s: %w", id, err)
				continue
			}
			for _, f := range fs {
				l.Fact.Prime(f.ID, f)
			}
			out[i] = fs
		}
		return out, errs
	}, wait)
	return l
}

// checkLen turns a batch answer of the wrong length (a broken service)
// into an error rather than misplaced values.
func checkLen[T any](v []T, n int, what string) ([]T, []error) {
	if len(v) != n {
		return nil, []error{fmt.Errorf("load %s: %d values for %d keys", what, len(v), n)}
	}
	return v, nil
}

// entityFacts answers a batch of FactsKey with at most two FindFacts
// calls: one over all the entities asked for as subjects, one over those
// asked for as objects. The arguments all keys share (predicate, date,
// polarity) go into the filters; the facts are then split per key, and
// filtered for the arguments that differ.
func entityFacts(ctx context.Context, svc pledgegraph.FactService, keys []FactsKey) ([][]*pledgegraph.Fact, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	base := commonFilter(keys)
	var subjects, objects []pledgegraph.EntityID
	for _, k := range keys {
		if k.Direction != pledgegraph.Incoming {
			subjects = append(subjects, k.Entity)
		}
		if k.Direction != pledgegraph.Outgoing {
			objects = append(objects, k.Entity)
		}
	}
	bySubject := map[pledgegraph.EntityID][]*pledgegraph.Fact{}
	byObject := map[pledgegraph.EntityID][]*pledgegraph.Fact{}
	if len(subjects) > 0 {
		filter := base
		filter.Subjects = uniq(subjects)
		fs, err := svc.FindFacts(ctx, filter)
		if err != nil {
			return nil, fmt.Errorf("load facts of %d subjects: %w", len(filter.Subjects), err)
		}
		for _, f := range fs {
			bySubject[f.Subject] = append(bySubject[f.Subject], f)
		}
	}
	if len(objects) > 0 {
		filter := base
		filter.Objects = uniq(objects)
		fs, err := svc.FindFacts(ctx, filter)
		if err != nil {
			return nil, fmt.Errorf("load facts of %d objects: %w", len(filter.Objects), err)
		}
		for _, f := range fs {
			byObject[f.Object] = append(byObject[f.Object], f)
		}
	}
	out := make([][]*pledgegraph.Fact, len(keys))
	for i, k := range keys {
		var fs []*pledgegraph.Fact
		switch k.Direction {
		case pledgegraph.Outgoing:
			fs = bySubject[k.Entity]
		case pledgegraph.Incoming:
			fs = byObject[k.Entity]
		default:
			fs = merge(bySubject[k.Entity], byObject[k.Entity])
		}
		out[i] = []*pledgegraph.Fact{}
		for _, f := range fs {
			if k.matches(f) {
				out[i] = append(out[i], f)
			}
		}
	}
	return out, nil
}

// commonFilter returns the filter of the arguments all keys share.
func commonFilter(keys []FactsKey) pledgegraph.FactFilter {
	first := keys[0]
	samePredicate, sameAsOf, allStated := true, true, true
	for _, k := range keys {
		samePredicate = samePredicate && k.Predicate == first.Predicate
		sameAsOf = sameAsOf && k.AsOf == first.AsOf
		allStated = allStated && !k.IncludeNegated
	}
	var f pledgegraph.FactFilter
	if samePredicate && first.Predicate != "" {
		f.Predicates = []pledgegraph.Predicate{first.Predicate}
	}
	if sameAsOf {
		f.AsOf = first.AsOf
	}
	if allStated {
		negated := false
		f.Negated = &negated
	}
	return f
}

// matches reports whether f passes the arguments of k other than its
// entity and direction, as FactFilter would.
func (k FactsKey) matches(f *pledgegraph.Fact) bool {
	return (k.Predicate == "" || f.Predicate == k.Predicate) &&
		(k.IncludeNegated || !f.Negated) &&
		f.Since.StartedBy(k.AsOf)
}

// uniq returns ids sorted without duplicates.
func uniq[T ~string](ids []T) []T {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return slices.Compact(ids)
}

// merge returns the facts of a and b ordered by ID, each once (a fact whose
// subject and object are the same entity is in both).
func merge(a, b []*pledgegraph.Fact) []*pledgegraph.Fact {
	out := make([]*pledgegraph.Fact, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.SortStableFunc(out, func(x, y *pledgegraph.Fact) int {
		switch {
		case x.ID < y.ID:
			return -1
		case x.ID > y.ID:
			return 1
		}
		return 0
	})
	return slices.CompactFunc(out, func(x, y *pledgegraph.Fact) bool { return x.ID == y.ID })
}

// ctxKey is the private type of the context key loaders are stored under.
type ctxKey struct{}

// With returns a copy of ctx that carries l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the loaders ctx carries, or nil when it carries none.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	return l
}

// Middleware gives every request that reaches next fresh loaders over the
// services. resolvers.NewServer also installs loaders for each operation
// that arrives without them, so wrapping is optional; with it, the
// operations of one HTTP request (a batch) share their loaders.
func Middleware(entities pledgegraph.EntityService, facts pledgegraph.FactService, documents pledgegraph.DocumentService, next http.Handler, opts ...Option) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := New(entities, facts, documents, opts...)
		next.ServeHTTP(w, r.WithContext(With(r.Context(), l)))
	})
}
