package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// The fact index.
//
// A page of facts is read in the order of their IDs (the order FindFacts
// returns and the GraphQL API pages). Cayley's layout gives the facts of
// a predicate only as the subjects of one quad per document that states
// one, in no order: a page would read and sort every fact of the
// predicate. So the store keeps an index of its facts beside its quads,
// one key per fact, "index/fact/PREDICATE/FACT-ID", in the count store
// (countstore.go: LevelDB keys, a PostgreSQL table ordered byte by byte,
// a sorted list in memory), whose value says how the fact reads: "s" stated,
// "i" inferred, "r" from reference data, followed by "n" when negated. It
// is written with the counts (tally.go), by the commit that writes the
// quads, and the totals count its entries by predicate and value, so
// that a page knows how many facts match in all. A page reads the keys
// after its cursor, in order, and only the facts it returns.
//
// A store written by a version without the index is counted again when
// it is opened (the stored totals' version changed), which writes the
// index; verify compares it with a count of the store.

// factIndexPrefix starts the keys of the fact index.
const factIndexPrefix = orderedPrefix + "fact/"

// factIndexKey is the key of fact id, of predicate p, in the index.
func factIndexKey(p pledgegraph.Predicate, id pledgegraph.FactID) string {
	return factIndexPrefix + string(p) + "/" + string(id)
}

// indexCountKey is the key under which the totals count the index
// entries of predicate p whose value is v.
func indexCountKey(p pledgegraph.Predicate, v string) string { return string(p) + " " + v }

// indexValue is the value of t's fact in the index: how it reads
// (see factTally.class) and whether it is negated; "" for a fact no
// document states, which has no entry.
func (t *factTally) indexValue() string {
	var v string
	switch t.class() {
	case classNone:
		return ""
	case classReference:
		v = "r"
	case classInferred:
		v = "i"
	default:
		v = "s"
	}
	if t.negated {
		v += "n"
	}
	return v
}

// indexValues returns the index values of the facts filter keeps by
// their class and polarity.
func indexValues(filter pledgegraph.FactFilter) []string {
	var out []string
	for _, class := range []string{"s", "i", "r"} {
		switch {
		case class == "r" && !filter.IncludeReference,
			filter.Inferred != nil && *filter.Inferred != (class == "i"):
			continue
		}
		for _, neg := range []string{"", "n"} {
			if filter.Negated == nil || *filter.Negated == (neg == "n") {
				out = append(out, class+neg)
			}
		}
	}
	return out
}

// mergeKeys returns a set of the keys of a and b.
func mergeKeys(a, b map[string]int) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// FindFactPage returns the facts matching filter whose IDs come after
// after ("" for the first page), at most limit of them, ordered by ID,
// and how many match in all. A filter of predicates, polarity, class and
// reference facts only (no subjects, objects, document or date) is read
// through the fact index: the page costs the keys it reads and its own
// facts, whatever the size of the store. Any other filter, or a store
// whose counts cannot be read, is answered by FindFacts, then cut.
func (s *Store) FindFactPage(ctx context.Context, filter pledgegraph.FactFilter, after pledgegraph.FactID, limit int) ([]*pledgegraph.Fact, int, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find a page of facts: %w", err)
	}
	defer unlock()
	limit = max(limit, 1)
	var t totals
	ok := len(filter.Subjects) == 0 && len(filter.Objects) == 0 && filter.Document == "" && filter.AsOf.IsZero()
	if ok {
		if t, _, ok, err = s.storedTotals(ctx); err != nil {
			return nil, 0, fmt.Errorf("graph: find a page of facts: %w", err)
		}
	}
	if !ok {
		facts, err := s.FindFacts(ctx, filter)
		if err != nil {
			return nil, 0, err
		}
		i, _ := slices.BinarySearchFunc(facts, after, func(f *pledgegraph.Fact, id pledgegraph.FactID) int {
			return strings.Compare(string(f.ID), string(id))
		})
		if i < len(facts) && facts[i].ID == after {
			i++
		}
		return page(facts, i, limit), len(facts), nil
	}
	preds := slices.Clone(filter.Predicates)
	if len(preds) == 0 {
		preds = slices.Clone(pledgegraph.Predicates)
	}
	slices.Sort(preds)
	preds = slices.Compact(preds)
	values := indexValues(filter)
	total := 0
	var ids []pledgegraph.FactID
	for _, p := range preds {
		for _, v := range values {
			total += t.Index[indexCountKey(p, v)]
		}
		got, err := s.indexPage(ctx, p, values, after, limit)
		if err != nil {
			return nil, 0, fmt.Errorf("graph: find a page of facts: %w", err)
		}
		ids = append(ids, got...)
	}
	slices.Sort(ids)
	ids = ids[:min(len(ids), limit)]
	out := make([]*pledgegraph.Fact, 0, len(ids))
	for _, id := range ids {
		r, err := s.loadFact(ctx, id)
		if err != nil {
			return nil, 0, fmt.Errorf("graph: find a page of facts: %s: %w", id, err)
		}
		if r == nil {
			return nil, 0, pledgegraph.Errorf(pledgegraph.ECORRUPT, "the index of facts names fact %s, which the store does not hold: run pledgegraph verify", id)
		}
		out = append(out, r.fact)
	}
	return out, total, nil
}

// indexPage returns the first limit facts of predicate p after after in
// the index whose values are among values, in order.
func (s *Store) indexPage(ctx context.Context, p pledgegraph.Predicate, values []string, after pledgegraph.FactID, limit int) ([]pledgegraph.FactID, error) {
	prefix := factIndexKey(p, "")
	from, to := factIndexKey(p, after), prefix[:len(prefix)-1]+"0" // '0' follows '/'
	var out []pledgegraph.FactID
	for len(out) < limit {
		kvs, err := s.counts.scan(ctx, from, to, limit)
		if err != nil {
			return nil, err
		}
		for _, kv := range kvs {
			if len(out) < limit && slices.Contains(values, kv.value) {
				out = append(out, pledgegraph.FactID(strings.TrimPrefix(kv.key, prefix)))
			}
		}
		if len(kvs) < limit {
			break
		}
		from = kvs[len(kvs)-1].key
	}
	return out, nil
}
