// Package resolvers is the GraphQL API of pledgegraph: the resolvers of the
// schema in schema/*.graphqls, the error presenter and the HTTP handler
// that serves them (NewServer). Resolvers call the pledgegraph service
// interfaces only; batch reads go through the per-request dataloaders of
// package loaders.
package resolvers

//go:generate go tool gqlgen generate
//go:generate go run ./internal/seqlists generated

import (
	"context"
	"log/slog"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
)

// Resolver is the root resolver: it holds the services every resolver
// reads from. Set all three services; Logger is optional.
//
// The query resolver has methods named Entities and Documents, which hide
// the fields of the same names: resolvers write r.Resolver.Entities.
type Resolver struct {
	Entities  pledgegraph.EntityService
	Facts     pledgegraph.FactService
	Documents pledgegraph.DocumentService
	// Ingest adds and removes documents for the mutations; nil makes the
	// server read-only. Mutations also need WithWriteAccess on the request.
	Ingest pledgegraph.IngestService
	// Changes tells graphChanged subscribers what the mutations did; nil
	// when nobody subscribes (see NewChanges).
	Changes *Changes
	// Logger receives internal errors when ServerOptions.Logger is nil;
	// nil means slog.Default.
	Logger *slog.Logger
}

// logger returns the resolver's logger or slog.Default.
func (r *Resolver) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.Default()
}

// loaders returns the request's dataloaders, or fresh ones (which batch
// only within this call) when the context carries none.
func (r *Resolver) loaders(ctx context.Context) *loaders.Loaders {
	if l := loaders.For(ctx); l != nil {
		return l
	}
	return loaders.New(r.Entities, r.Facts, r.Documents)
}
