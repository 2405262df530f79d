package export

import (
	"context"
	"fmt"
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// cacheSize bounds the number of looked-up entities a namer remembers, so
// that memory stays flat however large the graph.
const cacheSize = 4096

// namer knows the entities facts point to: those of the page being
// written, and those it looked up, a subject's objects in one batch, when
// the source has a batch read. Without one it knows only the page.
type namer struct {
	batch entityBatcher // nil when the source has no batch read
	page  map[pledgegraph.EntityID]string
	cache map[pledgegraph.EntityID]lookedUp
}

// lookedUp is what a lookup found about one entity ID.
type lookedUp struct {
	name  string
	found bool
}

// newNamer returns a namer that looks entities up in src if src has a
// batch read.
func newNamer(src Source) *namer {
	b, _ := src.(entityBatcher)
	return &namer{
		batch: b,
		page:  make(map[pledgegraph.EntityID]string, pageSize),
		cache: make(map[pledgegraph.EntityID]lookedUp),
	}
}

// setPage makes the entities of page known, in place of the last page's.
func (n *namer) setPage(page []*pledgegraph.Entity) {
	clear(n.page)
	for _, e := range page {
		n.page[e.ID] = e.Name
	}
}

// lookup fetches, in one call, the objects of facts that are neither on
// the page nor in the cache. It does nothing if the source cannot.
func (n *namer) lookup(ctx context.Context, facts []*pledgegraph.Fact) error {
	if n.batch == nil {
		return nil
	}
	var ids []pledgegraph.EntityID
	for _, f := range facts {
		if _, ok := n.page[f.Object]; ok {
			continue
		}
		if _, ok := n.cache[f.Object]; ok {
			continue
		}
		ids = append(ids, f.Object)
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	ents, err := n.batch.EntitiesByIDs(ctx, ids)
	if err != nil {
		return fmt.Errorf("export: find %d entities by id: %w", len(ids), err)
	}
	if len(n.cache)+len(ids) > cacheSize {
		clear(n.cache)
	}
	for i, id := range ids {
		var l lookedUp
		if i < len(ents) && ents[i] != nil {
			l = lookedUp{name: ents[i].Name, found: true}
		}
		n.cache[id] = l
	}
	return nil
}

// name returns the name of entity id, or "" when it is not known.
func (n *namer) name(id pledgegraph.EntityID) string {
	if s, ok := n.page[id]; ok {
		return s
	}
	return n.cache[id].name
}

// missing reports whether id is known not to be a stored entity: it is
// not on the page, and a lookup found nothing.
func (n *namer) missing(id pledgegraph.EntityID) bool {
	if _, ok := n.page[id]; ok {
		return false
	}
	l, ok := n.cache[id]
	return ok && !l.found
}
