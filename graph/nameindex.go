package graph

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// The name index.
//
// FindEntityByName starts from a folded name. In Cayley's layout the
// entities that bear one are the subjects of its folded-name quads, one
// per document that names each of them so: finding them reads one quad
// per such document, thousands for a country at 10,000 documents. So the
// store keeps, beside its quads and with its counts (tally.go), one key
// per folded name, "name/FOLDED", whose value lists the entities that
// bear it with the number of documents that give it to each ("N ID" a
// line, by ID). A write reads the keys of the names it writes, adds its
// documents, and rewrites them in its transaction; a removal takes its
// documents away, and drops an entity at zero (the key at none). A name
// is then found with one read of one key, whatever the size of the
// store.

// nameCountKey is the key of a folded name in the name index.
func nameCountKey(folded string) string { return "name/" + folded }

// nameTally is an entry of the name index: for each entity that bears a
// folded name, the number of documents that give it.
type nameTally map[pledgegraph.EntityID]int

// String encodes t as the index holds it: "N ID" a line, by ID, entities
// with no document left out; "" when none is left.
func (t nameTally) String() string {
	var b strings.Builder
	for _, id := range slices.Sorted(maps.Keys(t)) {
		if t[id] > 0 {
			b.WriteString(strconv.Itoa(t[id]))
			b.WriteByte(' ')
			b.WriteString(string(id))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// parseNameTally decodes what String writes.
func parseNameTally(s string) (nameTally, bool) {
	t := nameTally{}
	for line := range strings.Lines(s) {
		n, id, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		c, err := strconv.Atoi(n)
		if !ok || err != nil || c <= 0 || id == "" {
			return nil, false
		}
		t[pledgegraph.EntityID(id)] = c
	}
	return t, true
}

// name returns the tally of a folded name in c, made if needed.
func (c *counts) name(folded string) nameTally {
	t := c.names[folded]
	if t == nil {
		t = nameTally{}
		c.names[folded] = t
	}
	return t
}

// addName counts a folded-name quad q (sign 1 written, -1 deleted).
func (c *counts) addName(q quad.Quad, sign int) {
	if id, ok := entityID(q.Subject); ok {
		if folded := str(q.Object); folded != "" {
			c.name(folded)[id] += sign
		}
	}
}

// loadNameTallies puts into st the stored entries of the names delta
// touches, from held; it returns false if one cannot be read.
func (st *tallyState) loadNameTallies(delta *counts) bool {
	for folded := range delta.names {
		v, kept := st.held[nameCountKey(folded)]
		if !kept {
			continue
		}
		t, ok := parseNameTally(v)
		if !ok {
			return false
		}
		st.counts.names[folded] = t
	}
	return true
}

// applyNames adds the names of delta to st, and sets in want the entries
// that change (every entry after a recount).
func (st *tallyState) applyNames(delta *counts, want map[string]string) {
	for folded, d := range delta.names {
		now := maps.Clone(st.counts.names[folded])
		if now == nil {
			now = nameTally{}
		}
		for id, n := range d {
			if now[id] += n; now[id] <= 0 {
				delete(now, id)
			}
		}
		st.counts.names[folded] = now
		want[nameCountKey(folded)] = now.String()
	}
	if !st.recounted {
		return
	}
	for folded, t := range st.counts.names {
		if _, ok := want[nameCountKey(folded)]; !ok && len(t) > 0 {
			want[nameCountKey(folded)] = t.String()
		}
	}
}

// recountNames counts the folded-name quads of the entity nodes (which
// recount's scan of the entities found) into c, reading each entity's
// quads: one scan per entity node.
func (s *Store) recountNames(ctx context.Context, c *counts, nodes []cgraph.Ref) error {
	for _, n := range nodes {
		id, ok := entityID(s.value(ctx, n))
		if !ok {
			continue
		}
		err := s.eachRef(ctx, quad.Subject, n, func(q refQuad) {
			if s.iri(ctx, q.P) == predFolded {
				if folded := str(s.value(ctx, q.O)); folded != "" {
					c.name(folded)[id]++
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// indexedEntitiesNamed returns the entities the name index lists for a
// folded name, by ID, and whether the store keeps the index (its counts
// are those of this version); the caller reads the quads otherwise.
func (s *Store) indexedEntitiesNamed(ctx context.Context, folded string) ([]pledgegraph.EntityID, bool, error) {
	if _, _, ok, err := s.storedTotals(ctx); err != nil || !ok {
		return nil, false, err
	}
	got, err := s.counts.get(ctx, []string{nameCountKey(folded)})
	if err != nil {
		return nil, false, err
	}
	t, ok := parseNameTally(got[nameCountKey(folded)])
	if !ok {
		return nil, false, nil
	}
	return slices.Sorted(maps.Keys(t)), true, nil
}
