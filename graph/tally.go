package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// The stored counts.
//
// A store keeps its totals (pledgegraph.Totals) so that reading them is
// one lookup rather than a scan of every fact. They are not quads but
// keys beside them (countstore.go: LevelDB keys, a PostgreSQL table, a
// map in memory), written by the commit that writes the quads they count:
// in the LevelDB transaction of Cayley's ApplyDeltas, in its SQL
// transaction, or in memory under the lock readers wait for. A commit is
// whole or absent after a crash on LevelDB and PostgreSQL (see
// CAYLEY.md), so the totals are exact after a crash or a restart.
//
// The totals count entities and facts as they read, merged over the
// documents that state them: an entity's kind is the one most of its
// documents give, and a fact is inferred (reference) only when every
// document that states it says so. A write cannot tell from its own
// quads how it changes them, and reading every document that states a
// popular entity would cost what the totals save. So the store also
// keeps, for each entity and each fact, what its documents say of it (a
// tally: "DOCS KIND=N ..." under "entity/ID", "DOCS INFERRED REFERENCE"
// under the fact's ID). A write reads those of the entities and facts it
// touches, adds what its document says (or takes away what a removed one
// said), and rewrites the ones that change with the totals (under
// "totals", in JSON).
//
// A store written by a version that kept no counts has none: Open counts
// them once by scanning the store and stores them (and a write that finds
// none in a store that holds quads does the same first). Verify counts
// again and compares.

// tallyVersion is the version of the stored totals' layout: totals of
// another version are counted again. Version 2 added the fact index
// (factindex.go) and its counts: a store of version 1 is counted again
// once, which writes its index. Version 3 added the name index
// (nameindex.go), written the same way.
const tallyVersion = 3

// entityTally is what the documents listing an entity say of it: how many
// list it (its type quads) and how many give each kind (its kind quads).
// The entity exists while docs > 0.
type entityTally struct {
	docs  int
	kinds map[pledgegraph.Kind]int
}

// kind returns the kind the entity reads with: the one most documents
// give, the smallest on a tie (as readEntity merges), or "".
func (t *entityTally) kind() pledgegraph.Kind {
	best, n := pledgegraph.Kind(""), 0
	for k, c := range t.kinds {
		if c > n || (c == n && c > 0 && k < best) {
			best, n = k, c
		}
	}
	return best
}

// String encodes t as its tally quad holds it: "DOCS KIND=N ...", kinds
// in order.
func (t *entityTally) String() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(t.docs))
	for _, k := range slices.Sorted(maps.Keys(t.kinds)) {
		if t.kinds[k] > 0 {
			fmt.Fprintf(&b, " %s=%d", k, t.kinds[k])
		}
	}
	return b.String()
}

// parseEntityTally decodes what String writes.
func parseEntityTally(s string) (*entityTally, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil, false
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n < 0 {
		return nil, false
	}
	t := &entityTally{docs: n, kinds: map[pledgegraph.Kind]int{}}
	for _, kv := range f[1:] {
		k, v, ok := strings.Cut(kv, "=")
		c, err := strconv.Atoi(v)
		if !ok || err != nil || c < 0 {
			return nil, false
		}
		t.kinds[pledgegraph.Kind(k)] = c
	}
	return t, true
}

// factTally is what the documents stating a fact say of it: how many
// state it (its type quads), how many of them infer it and how many take
// it from reference data. Its predicate and polarity, which the totals
// need, are the fact's own: they are read with the quads that change it,
// not stored in the tally.
type factTally struct {
	docs, inferred, reference int
	predicate                 pledgegraph.Predicate
	negated                   bool
}

// factClass is how the totals count a fact.
type factClass int

const (
	classNone factClass = iota // no document states it
	classStated
	classInferred
	classReference
)

// class returns how t's fact reads: reference (inferred) when every
// document that states it says so, as readFact merges.
func (t *factTally) class() factClass {
	switch {
	case t.docs <= 0:
		return classNone
	case t.reference >= t.docs:
		return classReference
	case t.inferred >= t.docs:
		return classInferred
	}
	return classStated
}

// String encodes t's counts as its tally quad holds them.
func (t *factTally) String() string {
	return strconv.Itoa(t.docs) + " " + strconv.Itoa(t.inferred) + " " + strconv.Itoa(t.reference)
}

// parseFactTally decodes what String writes.
func parseFactTally(s string) (*factTally, bool) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return nil, false
	}
	var n [3]int
	for i := range f {
		var err error
		if n[i], err = strconv.Atoi(f[i]); err != nil || n[i] < 0 {
			return nil, false
		}
	}
	return &factTally{docs: n[0], inferred: n[1], reference: n[2]}, true
}

// counts are what documents' quads say, entity by entity and fact by
// fact, with their documents and pieces of evidence: what a write adds
// (or a removal takes away), or what the whole store holds.
type counts struct {
	documents int
	evidence  int
	entities  map[pledgegraph.EntityID]*entityTally
	facts     map[pledgegraph.FactID]*factTally
	names     map[string]nameTally // by folded name (nameindex.go)
}

func newCounts() *counts {
	return &counts{entities: map[pledgegraph.EntityID]*entityTally{}, facts: map[pledgegraph.FactID]*factTally{}, names: map[string]nameTally{}}
}

func (c *counts) entity(id pledgegraph.EntityID) *entityTally {
	t := c.entities[id]
	if t == nil {
		t = &entityTally{kinds: map[pledgegraph.Kind]int{}}
		c.entities[id] = t
	}
	return t
}

func (c *counts) fact(id pledgegraph.FactID) *factTally {
	t := c.facts[id]
	if t == nil {
		t = &factTally{}
		c.facts[id] = t
	}
	return t
}

// add counts quads of documents (buildQuads' or documentQuads'), sign 1
// for quads written, -1 for quads deleted.
func (c *counts) add(quads []quad.Quad, sign int) {
	for _, q := range quads {
		switch q.Predicate {
		case predType:
			switch q.Object {
			case typeDocument:
				c.documents += sign
			case typeEntity:
				if id, ok := entityID(q.Subject); ok {
					c.entity(id).docs += sign
				}
			case typeFact:
				if id, ok := factID(q.Subject); ok {
					c.fact(id).docs += sign
				}
			}
		case predKind:
			if id, ok := entityID(q.Subject); ok {
				c.entity(id).kinds[pledgegraph.Kind(str(q.Object))] += sign
			}
		case predFolded:
			c.addName(q, sign)
		case predPredicate:
			if id, ok := factID(q.Subject); ok {
				c.fact(id).predicate = pledgegraph.Predicate(str(q.Object))
			}
		case predNegated, predInferred, predReference:
			id, ok := factID(q.Subject)
			if !ok || q.Object != quad.Value(quad.Bool(true)) {
				continue
			}
			t := c.fact(id)
			switch q.Predicate {
			case predNegated:
				t.negated = true
			case predInferred:
				t.inferred += sign
			default:
				t.reference += sign
			}
		case predFact:
			if iri, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(iri), prefixEvidence) {
				c.evidence += sign
			}
		}
	}
}

// totals are the store's totals as their tally quad holds them (JSON).
type totals struct {
	Version    int            `json:"version"`
	Documents  int            `json:"documents"`
	Entities   int            `json:"entities"`
	Kinds      map[string]int `json:"kinds,omitempty"`
	Stated     int            `json:"stated"`
	Inferred   int            `json:"inferred"`
	Reference  int            `json:"reference"`
	Predicates map[string]int `json:"predicates,omitempty"`
	Negated    int            `json:"negated"`
	Evidence   int            `json:"evidence"`
	// Index counts the entries of the fact index by predicate and value
	// ("supports s", "supports sn": see indexEntry), so that a page of
	// facts knows how many facts match its filter in all.
	Index map[string]int `json:"index,omitempty"`
}

func newTotals() totals {
	return totals{Version: tallyVersion, Kinds: map[string]int{}, Predicates: map[string]int{}, Index: map[string]int{}}
}

// clone returns a copy of t that does not share its maps.
func (t totals) clone() totals {
	t.Kinds, t.Predicates, t.Index = maps.Clone(t.Kinds), maps.Clone(t.Predicates), maps.Clone(t.Index)
	if t.Kinds == nil {
		t.Kinds = map[string]int{}
	}
	if t.Predicates == nil {
		t.Predicates = map[string]int{}
	}
	if t.Index == nil {
		t.Index = map[string]int{}
	}
	return t
}

// bump adds n to m[k], dropping the key at zero.
func bump(m map[string]int, k string, n int) {
	if m[k] += n; m[k] == 0 {
		delete(m, k)
	}
}

// entity counts (sign 1) or uncounts (-1) an entity whose tally is e.
func (t *totals) entity(e *entityTally, sign int) {
	if e == nil || e.docs <= 0 {
		return
	}
	t.Entities += sign
	if k := e.kind(); k != "" {
		bump(t.Kinds, string(k), sign)
	}
}

// fact counts (sign 1) or uncounts (-1) a fact whose tally is f.
func (t *totals) fact(f *factTally, sign int) {
	if v := f.indexValue(); v != "" && f.predicate != "" {
		bump(t.Index, indexCountKey(f.predicate, v), sign)
	}
	switch f.class() {
	case classNone:
		return
	case classReference:
		t.Reference += sign
		return
	case classInferred:
		t.Inferred += sign
	default:
		t.Stated += sign
	}
	if f.predicate != "" {
		bump(t.Predicates, string(f.predicate), sign)
	}
	if f.negated {
		t.Negated += sign
	}
}

// public returns t as the root package gives totals.
func (t totals) public() *pledgegraph.Totals {
	out := &pledgegraph.Totals{
		Documents:        t.Documents,
		Entities:         t.Entities,
		EntitiesByKind:   map[pledgegraph.Kind]int{},
		Facts:            pledgegraph.FactCounts{Stated: t.Stated, Inferred: t.Inferred, Reference: t.Reference},
		FactsByPredicate: map[pledgegraph.Predicate]int{},
		Negated:          t.Negated,
		Evidence:         t.Evidence,
	}
	for k, n := range t.Kinds {
		if n > 0 {
			out.EntitiesByKind[pledgegraph.Kind(k)] = n
		}
	}
	for p, n := range t.Predicates {
		if n > 0 {
			out.FactsByPredicate[pledgegraph.Predicate(p)] = n
		}
	}
	return out
}

// totals returns the totals of c, the counts of a whole store.
func (c *counts) totals() totals {
	t := newTotals()
	t.Documents, t.Evidence = c.documents, c.evidence
	for _, e := range c.entities {
		t.entity(e, 1)
	}
	for _, f := range c.facts {
		t.fact(f, 1)
	}
	return t
}

func encodeTotals(t totals) string {
	b, _ := json.Marshal(t) // a struct of ints and maps of ints: cannot fail
	return string(b)
}

func parseTotals(s string) (totals, bool) {
	var t totals
	if err := json.Unmarshal([]byte(s), &t); err != nil || t.Version != tallyVersion {
		return totals{}, false
	}
	return t.clone(), true
}

// The keys of the counts (see countStore).
const totalsKey = "totals"

func entityCountKey(id pledgegraph.EntityID) string { return "entity/" + string(id) }

func factCountKey(id pledgegraph.FactID) string { return string(id) } // "fact/HEX"

// tallyState is the stored counts a write starts from: the totals, the
// tallies of the entities and facts it touches (of all of them after a
// recount), and the quads holding them now.
type tallyState struct {
	totals    totals
	counts    *counts
	held      map[string]string // key → its value now
	recounted bool              // counted by scanning the store
	took      time.Duration     // what the recount took
}

// gone is what a change of the counts made go: the entities and facts no
// document lists any more.
type gone struct {
	entities map[pledgegraph.EntityID]bool
	facts    map[pledgegraph.FactID]bool
}

// tallyChange is what a change of the counts writes (a value per key,
// "" to delete the key), and what went.
type tallyChange struct {
	writes map[string]string
	gone   gone
}

// apply adds delta to st and returns the counts that change: those of
// the entities and facts delta touches and the totals (every key after
// a recount).
func (st *tallyState) apply(delta *counts) tallyChange {
	ch := tallyChange{gone: gone{entities: map[pledgegraph.EntityID]bool{}, facts: map[pledgegraph.FactID]bool{}}}
	t := st.totals.clone()
	t.Documents += delta.documents
	t.Evidence += delta.evidence
	want := map[string]string{} // key → its value now, "" for none
	for id, d := range delta.entities {
		old := st.counts.entities[id]
		if old == nil {
			old = &entityTally{kinds: map[pledgegraph.Kind]int{}}
		}
		now := &entityTally{docs: max(old.docs+d.docs, 0), kinds: maps.Clone(old.kinds)}
		for k, n := range d.kinds {
			if now.kinds[k] += n; now.kinds[k] <= 0 || now.docs == 0 {
				delete(now.kinds, k)
			}
		}
		t.entity(old, -1)
		t.entity(now, 1)
		st.counts.entities[id] = now
		want[entityCountKey(id)] = ""
		if now.docs > 0 {
			want[entityCountKey(id)] = now.String()
		} else if old.docs > 0 {
			ch.gone.entities[id] = true
		}
	}
	for id, d := range delta.facts {
		old := st.counts.facts[id]
		if old == nil {
			old = &factTally{}
		}
		if d.predicate != "" {
			old.predicate = d.predicate
		}
		old.negated = old.negated || d.negated
		now := &factTally{
			docs: max(old.docs+d.docs, 0), inferred: max(old.inferred+d.inferred, 0), reference: max(old.reference+d.reference, 0),
			predicate: old.predicate, negated: old.negated,
		}
		if now.docs == 0 {
			now.inferred, now.reference = 0, 0
		}
		t.fact(old, -1)
		t.fact(now, 1)
		st.counts.facts[id] = now
		want[factCountKey(id)] = ""
		if now.predicate != "" {
			want[factIndexKey(now.predicate, id)] = now.indexValue()
		}
		if now.docs > 0 {
			want[factCountKey(id)] = now.String()
		} else if old.docs > 0 {
			ch.gone.facts[id] = true
		}
	}
	st.applyNames(delta, want)
	if st.recounted {
		// every key: those of what the scan found, and those held
		for id, e := range st.counts.entities {
			if _, ok := want[entityCountKey(id)]; !ok && e.docs > 0 {
				want[entityCountKey(id)] = e.String()
			}
		}
		for id, f := range st.counts.facts {
			if _, ok := want[factCountKey(id)]; !ok && f.docs > 0 {
				want[factCountKey(id)] = f.String()
			}
			if k := factIndexKey(f.predicate, id); f.predicate != "" && f.docs > 0 {
				if _, ok := want[k]; !ok {
					want[k] = f.indexValue()
				}
			}
		}
		for k := range st.held {
			if _, ok := want[k]; !ok {
				want[k] = ""
			}
		}
	}
	want[totalsKey] = encodeTotals(t)
	st.totals = t
	ch.writes = map[string]string{}
	for k, v := range want {
		if held, ok := st.held[k]; v == held && (ok || v == "") {
			continue
		}
		ch.writes[k] = v
		st.held[k] = v
		if v == "" {
			delete(st.held, k)
		}
	}
	return ch
}

// storedTotals returns the totals the store keeps, whether it keeps
// some (a value under totalsKey, readable or not), and whether they can
// be read.
func (s *Store) storedTotals(ctx context.Context) (t totals, held string, readable bool, err error) {
	got, err := s.counts.get(ctx, []string{totalsKey})
	if err != nil {
		return totals{}, "", false, err
	}
	held = got[totalsKey]
	t, readable = parseTotals(held)
	return t, held, readable, nil
}

// loadTallies reads the stored counts a change of delta starts from: the
// totals and the tallies of what delta touches. A store that holds quads
// but no totals (written by a version that kept none), or a tally it
// cannot read, is counted again by scanning it (see recount). The caller
// holds lockWrite.
func (s *Store) loadTallies(ctx context.Context, delta *counts) (*tallyState, error) {
	keys := []string{totalsKey}
	for id := range delta.entities {
		keys = append(keys, entityCountKey(id))
	}
	for id, f := range delta.facts {
		keys = append(keys, factCountKey(id))
		if f.predicate != "" {
			keys = append(keys, factIndexKey(f.predicate, id))
		}
	}
	for folded := range delta.names {
		keys = append(keys, nameCountKey(folded))
	}
	held, err := s.counts.get(ctx, keys)
	if err != nil {
		return nil, err
	}
	t, ok := parseTotals(held[totalsKey])
	if !ok {
		if _, kept := held[totalsKey]; !kept {
			empty, err := s.empty(ctx)
			if err != nil {
				return nil, err
			}
			if empty {
				return &tallyState{totals: newTotals(), counts: newCounts(), held: held}, nil
			}
		}
		return s.recountState(ctx)
	}
	st := &tallyState{totals: t, counts: newCounts(), held: held}
	for id := range delta.entities {
		v, kept := held[entityCountKey(id)]
		if !kept {
			continue
		}
		e, ok := parseEntityTally(v)
		if !ok {
			return s.recountState(ctx)
		}
		st.counts.entities[id] = e
	}
	for id := range delta.facts {
		v, kept := held[factCountKey(id)]
		if !kept {
			continue
		}
		f, ok := parseFactTally(v)
		if !ok {
			return s.recountState(ctx)
		}
		st.counts.facts[id] = f
	}
	if !st.loadNameTallies(delta) {
		return s.recountState(ctx)
	}
	return st, nil
}

// tallies returns how a write (or a removal) whose quads count delta
// changes the stored counts. The caller holds lockWrite, and writes the
// quads it returns in the transaction of the write.
func (s *Store) tallies(ctx context.Context, delta *counts) (tallyChange, error) {
	st, err := s.loadTallies(ctx, delta)
	if err != nil {
		return tallyChange{}, fmt.Errorf("the stored counts: %w", err)
	}
	ch := st.apply(delta)
	if st.recounted {
		slog.Info("graph: the store held no counts of what it holds nor an index of its facts (written by an earlier version): counted them, stored them with this write, and the index",
			"documents", st.totals.Documents, "took", st.took.Round(time.Millisecond))
	}
	return ch, nil
}

// recountState counts the store by scanning it, and reads every count it
// keeps: the state that replaces them.
func (s *Store) recountState(ctx context.Context) (*tallyState, error) {
	start := time.Now()
	c, err := s.recount(ctx)
	if err != nil {
		return nil, err
	}
	held, err := s.counts.all(ctx)
	if err != nil {
		return nil, err
	}
	return &tallyState{totals: c.totals(), counts: c, held: held, recounted: true, took: time.Since(start)}, nil
}

// recount counts what the store holds by scanning it: the type quads of
// documents, entities and facts, the kinds, the predicates, the flags
// (true), and the evidence of each fact. It reads every fact and entity
// once per document that states it: seconds on a large store.
func (s *Store) recount(ctx context.Context) (*counts, error) {
	c := newCounts()
	docs, err := s.subjects(ctx, predType, typeDocument)
	if err != nil {
		return nil, err
	}
	c.documents = len(docs)
	entityNodes := map[any]bool{}
	var entities []cgraph.Ref // one per entity, for the name index
	err = s.each(ctx, quad.Object, typeEntity, func(q refQuad) {
		if s.iri(ctx, q.P) == predType {
			if id, ok := entityID(s.value(ctx, q.S)); ok {
				c.entity(id).docs++
				if !entityNodes[q.S.Key()] {
					entityNodes[q.S.Key()] = true
					entities = append(entities, q.S)
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for _, k := range pledgegraph.Kinds {
		err := s.each(ctx, quad.Object, quad.String(k), func(q refQuad) {
			if s.iri(ctx, q.P) == predKind {
				if id, ok := entityID(s.value(ctx, q.S)); ok {
					c.entity(id).kinds[k]++
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	factNodes := map[any]bool{}
	var nodes []cgraph.Ref // one per fact
	err = s.each(ctx, quad.Object, typeFact, func(q refQuad) {
		if s.iri(ctx, q.P) != predType {
			return
		}
		if id, ok := factID(s.value(ctx, q.S)); ok {
			c.fact(id).docs++
			if !factNodes[q.S.Key()] {
				factNodes[q.S.Key()] = true
				nodes = append(nodes, q.S)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	err = s.each(ctx, quad.Object, quad.Bool(true), func(q refQuad) {
		p := s.iri(ctx, q.P)
		if p != predNegated && p != predInferred && p != predReference {
			return
		}
		id, ok := factID(s.value(ctx, q.S))
		if !ok {
			return
		}
		switch f := c.fact(id); p {
		case predNegated:
			f.negated = true
		case predInferred:
			f.inferred++
		default:
			f.reference++
		}
	})
	if err != nil {
		return nil, err
	}
	for _, p := range pledgegraph.Predicates {
		err := s.each(ctx, quad.Object, quad.String(p), func(q refQuad) {
			if s.iri(ctx, q.P) == predPredicate {
				if id, ok := factID(s.value(ctx, q.S)); ok {
					c.fact(id).predicate = p
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, n := range nodes {
		err := s.eachRef(ctx, quad.Object, n, func(q refQuad) {
			if s.iri(ctx, q.P) != predFact {
				return
			}
			if iri, ok := s.value(ctx, q.S).(quad.IRI); ok && strings.HasPrefix(string(iri), prefixEvidence) {
				c.evidence++
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if err := s.recountNames(ctx, c, entities); err != nil {
		return nil, err
	}
	return c, nil
}

// Totals returns what the store holds (see pledgegraph.Totals), read from
// the counts it keeps: one lookup. A store that holds none (one written by
// an earlier version whose counts could not be stored when it was
// opened) is counted by scanning it.
func (s *Store) Totals(ctx context.Context) (*pledgegraph.Totals, error) {
	ctx, unlock, err := s.rlock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: totals: %w", err)
	}
	defer unlock()
	t, held, ok, err := s.storedTotals(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: totals: %w", err)
	}
	if ok {
		return t.public(), nil
	}
	if held == "" {
		empty, err := s.empty(ctx)
		if err != nil {
			return nil, fmt.Errorf("graph: totals: %w", err)
		}
		if empty {
			return newTotals().public(), nil
		}
	}
	c, err := s.recount(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: totals: %w", err)
	}
	return c.totals().public(), nil
}

// RecountTotals counts the totals again by scanning what the store holds
// (seconds on a large store), in one read view, without the counts it
// keeps: what Totals returns when those are right. Verify compares them.
func (s *Store) RecountTotals(ctx context.Context) (*pledgegraph.Totals, error) {
	ctx, release, err := s.View(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: count totals: %w", err)
	}
	defer release()
	c, err := s.recount(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: count totals: %w", err)
	}
	return c.totals().public(), nil
}

// countIfNeeded stores the counts of a store that holds quads but no
// counts (one written by an earlier version), counted by scanning it, and
// logs that it did; force counts and stores them again whatever the store
// holds (after an import).
func (s *Store) countIfNeeded(ctx context.Context, force bool) error {
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	var st *tallyState
	if force {
		st, err = s.recountState(ctx)
	} else {
		st, err = s.loadTallies(ctx, newCounts())
	}
	if err != nil || !st.recounted {
		return err
	}
	ch := st.apply(newCounts())
	if err := s.applyDeltas(nil, cgraph.IgnoreOpts{}, change{counts: ch.writes}); err != nil {
		return err
	}
	if !force {
		slog.Info("graph: the store held no counts of what it holds nor an index of its facts (written by an earlier version): counted them and stored them, and the index",
			"documents", st.totals.Documents, "entities", st.totals.Entities, "facts", st.totals.Stated+st.totals.Inferred,
			"took", st.took.Round(time.Millisecond))
	}
	return nil
}

// verifyCounts compares the counts the store keeps with a count of what
// it holds, and describes how they differ ("" when they agree).
func (s *Store) verifyCounts(ctx context.Context) (string, error) {
	stored, held, ok, err := s.storedTotals(ctx)
	if err != nil {
		return "", err
	}
	st, err := s.recountState(ctx)
	if err != nil {
		return "", err
	}
	counted := st.totals
	switch {
	case !ok && held != "":
		return "the totals the store keeps cannot be read", nil
	case !ok:
		if empty, err := s.empty(ctx); err != nil || empty {
			return "", err
		}
		return "the store keeps no counts of what it holds (storing them when it was opened failed: see its log)", nil
	}
	wrong, wrongIndex := 0, 0
	for k := range st.apply(newCounts()).writes {
		switch {
		case strings.HasPrefix(k, orderedPrefix):
			wrongIndex++
		case k != totalsKey:
			wrong++
		}
	}
	var diffs []string
	diff := func(what string, a, b int) {
		if a != b {
			diffs = append(diffs, fmt.Sprintf("%s %d stored, %d counted", what, a, b))
		}
	}
	diff("documents", stored.Documents, counted.Documents)
	diff("entities", stored.Entities, counted.Entities)
	for _, k := range pledgegraph.Kinds {
		diff("entities of kind "+string(k), stored.Kinds[string(k)], counted.Kinds[string(k)])
	}
	diff("facts stated", stored.Stated, counted.Stated)
	diff("facts inferred", stored.Inferred, counted.Inferred)
	diff("reference facts", stored.Reference, counted.Reference)
	for _, p := range pledgegraph.Predicates {
		diff("facts of predicate "+string(p), stored.Predicates[string(p)], counted.Predicates[string(p)])
	}
	diff("negated facts", stored.Negated, counted.Negated)
	diff("pieces of evidence", stored.Evidence, counted.Evidence)
	for _, k := range slices.Sorted(maps.Keys(mergeKeys(stored.Index, counted.Index))) {
		diff("fact index entries "+k, stored.Index[k], counted.Index[k])
	}
	if wrong > 0 {
		diffs = append(diffs, fmt.Sprintf("%d tallies of entities, facts or names differ from a count", wrong))
	}
	if wrongIndex > 0 {
		diffs = append(diffs, fmt.Sprintf("%d entries of the fact index differ from a count", wrongIndex))
	}
	if len(diffs) == 0 {
		return "", nil
	}
	return "the counts the store keeps differ from a count of what it holds: " + strings.Join(diffs, "; "), nil
}
