package resolvers

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// DefaultBacklog is how many changes a broker keeps when
// ChangesOptions.Backlog is zero: a subscriber may fall that far behind,
// or a client resume that far back, without missing any.
const DefaultBacklog = 1024

// DefaultMaxSubscriptions bounds the graphChanged subscriptions open at
// once when ChangesOptions.MaxSubscriptions is zero: each holds a
// connection, a few goroutines and their buffers.
const DefaultMaxSubscriptions = 1000

// ChangesOptions configure NewChanges.
type ChangesOptions struct {
	// Backlog is how many of the latest changes are kept for subscribers
	// that are behind and clients that resume; 0 means DefaultBacklog.
	Backlog int
	// MaxSubscriptions bounds the graphChanged subscriptions open at
	// once, over every transport: more are refused with code
	// pledgegraph.EUNAVAILABLE. 0 means DefaultMaxSubscriptions, a
	// negative value no limit.
	MaxSubscriptions int
}

// Changes passes the changes mutations make to graphChanged subscribers.
// Every change gets a sequence number, one more than the one before, and
// goes into a bounded log of the latest changes. Each subscriber follows
// that log from its own cursor, in a goroutine of its own, so that the
// publisher never waits for a subscriber; one that falls out of the log
// receives a RESYNC change that says so, then goes on from the oldest
// change kept. Nothing is dropped without a word.
type Changes struct {
	mu   sync.RWMutex
	log  []*model.GraphChange // change seq is at log[seq%len(log)]
	last int                  // seq of the latest change; 0 before the first
	gone *model.GraphChange   // the latest change dropped from log
	wake chan struct{}        // closed, and replaced, at every publish

	max  int // subscriptions allowed at once; negative: no limit
	open int // subscriptions open, guarded by mu
}

// NewChanges returns a broker with no change and no subscriber.
func NewChanges(opts ChangesOptions) *Changes {
	n := opts.Backlog
	if n <= 0 {
		n = DefaultBacklog
	}
	limit := opts.MaxSubscriptions
	if limit == 0 {
		limit = DefaultMaxSubscriptions
	}
	return &Changes{log: make([]*model.GraphChange, n), wake: make(chan struct{}), max: limit}
}

// Subscriptions returns how many subscriptions are open (or reserved by
// a transport about to open one).
func (c *Changes) Subscriptions() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.open
}

// Last returns the seq of the latest change published, 0 before the
// first.
func (c *Changes) Last() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.last
}

// publish numbers a copy of g and adds it to the log, waking the
// subscribers. It never waits for them.
func (c *Changes) publish(g *model.GraphChange) {
	if c == nil {
		return
	}
	change := *g
	c.mu.Lock()
	c.last++
	change.Seq = c.last
	i := c.last % len(c.log)
	if old := c.log[i]; old != nil {
		c.gone = old
	}
	c.log[i] = &change
	close(c.wake)
	c.wake = make(chan struct{})
	c.mu.Unlock()
}

// next returns the change after cursor: the one logged, or a RESYNC
// when it has left the log or when cursor is ahead of the latest change
// (a client of an earlier server process). With nothing to read yet it
// returns nil and a channel closed at the next publish. A RESYNC whose
// totals are not known (none was published yet) comes with known false.
func (c *Changes) next(cursor int) (g *model.GraphChange, known bool, wake <-chan struct{}) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	switch n := len(c.log); {
	case cursor == c.last:
		return nil, false, c.wake
	case cursor > c.last:
		return resync(c.last, c.log[c.last%n]), c.last > 0, nil
	case cursor < c.last-n:
		return resync(c.gone.Seq, c.gone), true, nil
	default:
		return c.log[(cursor+1)%n], true, nil
	}
}

// resync returns the RESYNC change of seq, with the totals of the change
// at seq when there is one.
func resync(seq int, at *model.GraphChange) *model.GraphChange {
	g := &model.GraphChange{Seq: seq, Kind: model.ChangeKindResync}
	if at != nil && at.Seq == seq {
		g.Documents, g.Entities, g.Facts = at.Documents, at.Entities, at.Facts
	}
	return g
}

// slot is a place among the subscriptions a broker allows.
type slot struct {
	c    *Changes
	once sync.Once
}

// reserve takes a slot, or fails with EUNAVAILABLE when the limit is
// reached.
func (c *Changes) reserve() (*slot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.max >= 0 && c.open >= c.max {
		return nil, pledgegraph.Errorf(pledgegraph.EUNAVAILABLE,
			"the server has as many subscriptions open as it allows (%d): try again later", c.max)
	}
	c.open++
	return &slot{c: c}, nil
}

// release gives the slot back; calls after the first do nothing.
func (s *slot) release() {
	s.once.Do(func() {
		s.c.mu.Lock()
		s.c.open--
		s.c.mu.Unlock()
	})
}

// slotKey carries a slot a transport reserved for the subscription of
// its request.
type slotKey struct{}

// withSlot returns ctx carrying s, for the subscription that takes it.
func withSlot(ctx context.Context, s *slot) context.Context {
	return context.WithValue(ctx, slotKey{}, s)
}

// seqKey carries the seq of the change an event sends.
type seqKey struct{}

// eventSeq returns the seq of the change whose event ctx belongs to.
func eventSeq(ctx context.Context) (int, bool) {
	seq, ok := ctx.Value(seqKey{}).(int)
	return seq, ok
}

// subscribe returns the events of the changes after the seq after (or
// after the latest change when after is nil), until ctx ends. It takes
// the slot a transport reserved in ctx, or one of its own, and fails
// with EUNAVAILABLE when none is left. fill, when set, gives the totals
// of a RESYNC the broker does not know them for.
func (c *Changes) subscribe(ctx context.Context, after *int, fill func(context.Context, *model.GraphChange)) (<-chan graphql.Event[*model.GraphChange], error) {
	if after != nil && *after < 0 {
		return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "after: %d is no seq (they start at 1; 0 stands for before the first)", *after)
	}
	s, _ := ctx.Value(slotKey{}).(*slot)
	if s == nil || s.c != c {
		var err error
		if s, err = c.reserve(); err != nil {
			return nil, err
		}
	}
	cursor := c.Last()
	if after != nil {
		cursor = *after
	}
	ch := make(chan graphql.Event[*model.GraphChange])
	go c.follow(ctx, cursor, s, fill, ch)
	return ch, nil
}

// follow sends ch the changes after cursor as they come, and gives s
// back when ctx ends.
func (c *Changes) follow(ctx context.Context, cursor int, s *slot, fill func(context.Context, *model.GraphChange), ch chan<- graphql.Event[*model.GraphChange]) {
	defer close(ch)
	defer s.release()
	for {
		g, known, wake := c.next(cursor)
		if g == nil {
			select {
			case <-wake:
				continue
			case <-ctx.Done():
				return
			}
		}
		if !known && fill != nil {
			fill(ctx, g) // g is a RESYNC of its own
		}
		select {
		case ch <- graphql.Event[*model.GraphChange]{Context: context.WithValue(ctx, seqKey{}, g.Seq), Value: g}:
			cursor = g.Seq
		case <-ctx.Done():
			return
		}
	}
}
