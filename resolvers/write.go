package resolvers

import (
	"context"

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

// announce publishes a change with the graph's totals after it.
func (r *Resolver) announce(ctx context.Context, kind model.ChangeKind, doc pledgegraph.DocumentID) {
	if r.Changes == nil {
		return
	}
	g := &model.GraphChange{Kind: kind, Document: string(doc)}
	r.fillTotals(ctx, g)
	r.Changes.publish(g)
}

// fillTotals sets g's totals to the graph's, when r can read them.
func (r *Resolver) fillTotals(ctx context.Context, g *model.GraphChange) {
	if t, err := r.Documents.Totals(ctx); err == nil {
		g.Documents, g.Entities, g.Facts = t.Documents, t.Entities, t.Facts.Facts()
	}
}
