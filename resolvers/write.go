package resolvers

import (
	"context"
	"sync"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// writeKey marks a request allowed to write.
type writeKey struct{}

// WithWriteAccess returns ctx marked as allowed to run mutations. The HTTP
// layer calls it for a request that shows the server's write token.
func WithWriteAccess(ctx context.Context) context.Context {
	return context.WithValue(ctx, writeKey{}, true)
}

// HasWriteAccess reports whether ctx was marked by WithWriteAccess.
func HasWriteAccess(ctx context.Context) bool {
	ok, _ := ctx.Value(writeKey{}).(bool)
	return ok
}

// canWrite returns why ctx may not write, or nil.
func (r *Resolver) canWrite(ctx context.Context) error {
	if r.Ingest == nil {
		return pledgegraph.Errorf(pledgegraph.EUNAUTHORIZED, "this server is read-only: start it with a write token (--write-token) to add or remove documents")
	}
	if !HasWriteAccess(ctx) {
		return pledgegraph.Errorf(pledgegraph.EUNAUTHORIZED, "writing needs the server's write token: send the header Authorization: Bearer TOKEN")
	}
	return nil
}

// Changes passes the changes mutations make to graphChanged subscribers.
// A subscriber that does not keep up loses changes rather than slow the
// writers down.
type Changes struct {
	mu   sync.Mutex
	subs map[chan *model.GraphChange]struct{}
}

// NewChanges returns a broker with no subscriber.
func NewChanges() *Changes {
	return &Changes{subs: map[chan *model.GraphChange]struct{}{}}
}

// subscribe returns a channel of the changes to come, closed when ctx
// ends.
func (c *Changes) subscribe(ctx context.Context) <-chan *model.GraphChange {
	ch := make(chan *model.GraphChange, 16)
	c.mu.Lock()
	c.subs[ch] = struct{}{}
	c.mu.Unlock()
	go func() {
		<-ctx.Done()
		c.mu.Lock()
		delete(c.subs, ch)
		close(ch)
		c.mu.Unlock()
	}()
	return ch
}

// publish sends a change to every subscriber that has room for it.
func (c *Changes) publish(g *model.GraphChange) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for ch := range c.subs {
		select {
		case ch <- g:
		default:
		}
	}
}

// announce publishes a change with the graph's totals after it.
func (r *Resolver) announce(ctx context.Context, kind model.ChangeKind, doc pledgegraph.DocumentID) {
	if r.Changes == nil {
		return
	}
	g := &model.GraphChange{Kind: kind, Document: string(doc)}
	if r.Totals != nil {
		if d, e, f, err := r.Totals(ctx); err == nil {
			g.Documents, g.Entities, g.Facts = d, e, f.Facts()
		}
	}
	r.Changes.publish(g)
}
