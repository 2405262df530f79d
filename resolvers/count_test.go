package resolvers_test

import (
	"context"
	"fmt"
	"maps"
	"sync"

	"github.com/pledgegraph/pledgegraph"
)

// counter stands in front of a store's read services and counts the calls
// made to each method, so that tests can bound the store calls a request
// costs (the dataloaders batch reads). Once fail is set, every call
// returns it instead of reading, as a failing store would.
type counter struct {
	s     services
	mu    sync.Mutex
	calls map[string]int
	// loaded counts the reads of each entity, by ID or by name
	loaded map[pledgegraph.EntityID]int
	err    error
}

var (
	_ services                     = (*counter)(nil)
	_ pledgegraph.StanceFactFinder = (*counter)(nil)
	_ pledgegraph.EntityIDFinder   = (*counter)(nil)
)

// count returns a counter of the calls made to s.
func count(s services) *counter {
	return &counter{s: s, calls: map[string]int{}, loaded: map[pledgegraph.EntityID]int{}}
}

// call counts a call of method and returns the error it must fail with.
func (c *counter) call(ctx context.Context, method string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
	if err := ctx.Err(); err != nil {
		return err
	}
	return c.err
}

// total returns the number of calls made to all methods.
func (c *counter) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, k := range c.calls {
		n += k
	}
	return n
}

// counts returns the number of calls made to each method.
func (c *counter) counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.calls)
}

// load counts reads of the entities es (nil ones aside).
func (c *counter) load(es ...*pledgegraph.Entity) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range es {
		if e != nil {
			c.loaded[e.ID]++
		}
	}
}

// entities returns the number of reads of each entity.
func (c *counter) entities() map[pledgegraph.EntityID]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.loaded)
}

// fail makes every later call return err.
func (c *counter) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.err = err
}

func (c *counter) FindEntityByID(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	if err := c.call(ctx, "FindEntityByID"); err != nil {
		return nil, err
	}
	e, err := c.s.FindEntityByID(ctx, id)
	c.load(e)
	return e, err
}

func (c *counter) FindEntityByName(ctx context.Context, name string) (*pledgegraph.Entity, error) {
	if err := c.call(ctx, "FindEntityByName"); err != nil {
		return nil, err
	}
	e, err := c.s.FindEntityByName(ctx, name)
	c.load(e)
	return e, err
}

func (c *counter) FindEntities(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	if err := c.call(ctx, "FindEntities"); err != nil {
		return nil, 0, err
	}
	es, n, err := c.s.FindEntities(ctx, filter)
	c.load(es...)
	return es, n, err
}

func (c *counter) EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	if err := c.call(ctx, "EntitiesByIDs"); err != nil {
		return nil, err
	}
	es, err := c.s.EntitiesByIDs(ctx, ids)
	c.load(es...)
	return es, err
}

func (c *counter) FindFactByID(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	if err := c.call(ctx, "FindFactByID"); err != nil {
		return nil, err
	}
	return c.s.FindFactByID(ctx, id)
}

func (c *counter) FindFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	if err := c.call(ctx, "FindFacts"); err != nil {
		return nil, err
	}
	return c.s.FindFacts(ctx, filter)
}

// FindStanceFacts reads through the store's own when it has one, and
// fails otherwise.
func (c *counter) FindStanceFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	if err := c.call(ctx, "FindStanceFacts"); err != nil {
		return nil, err
	}
	sf, ok := c.s.(pledgegraph.StanceFactFinder)
	if !ok {
		return nil, fmt.Errorf("the store has no FindStanceFacts")
	}
	return sf.FindStanceFacts(ctx, filter)
}

// FindEntityIDByName finds through the store's own when it has one, and
// fails otherwise. It reads no entity.
func (c *counter) FindEntityIDByName(ctx context.Context, name string) (pledgegraph.EntityID, error) {
	if err := c.call(ctx, "FindEntityIDByName"); err != nil {
		return "", err
	}
	f, ok := c.s.(pledgegraph.EntityIDFinder)
	if !ok {
		return "", fmt.Errorf("the store has no FindEntityIDByName")
	}
	return f.FindEntityIDByName(ctx, name)
}

func (c *counter) FactsByIDs(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error) {
	if err := c.call(ctx, "FactsByIDs"); err != nil {
		return nil, err
	}
	return c.s.FactsByIDs(ctx, ids)
}

func (c *counter) FindCounts(ctx context.Context, initiative pledgegraph.EntityID) ([]*pledgegraph.Count, error) {
	if err := c.call(ctx, "FindCounts"); err != nil {
		return nil, err
	}
	return c.s.FindCounts(ctx, initiative)
}

func (c *counter) FindDocumentByID(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	if err := c.call(ctx, "FindDocumentByID"); err != nil {
		return nil, err
	}
	return c.s.FindDocumentByID(ctx, id)
}

func (c *counter) FindDocuments(ctx context.Context, filter pledgegraph.DocumentFilter) ([]*pledgegraph.Document, int, error) {
	if err := c.call(ctx, "FindDocuments"); err != nil {
		return nil, 0, err
	}
	return c.s.FindDocuments(ctx, filter)
}

func (c *counter) DocumentsByIDs(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
	if err := c.call(ctx, "DocumentsByIDs"); err != nil {
		return nil, err
	}
	return c.s.DocumentsByIDs(ctx, ids)
}

func (c *counter) DocumentMentions(ctx context.Context, id pledgegraph.DocumentID) ([]pledgegraph.Mention, error) {
	if err := c.call(ctx, "DocumentMentions"); err != nil {
		return nil, err
	}
	return c.s.DocumentMentions(ctx, id)
}

func (c *counter) Totals(ctx context.Context) (*pledgegraph.Totals, error) {
	if err := c.call(ctx, "Totals"); err != nil {
		return nil, err
	}
	return c.s.Totals(ctx)
}
