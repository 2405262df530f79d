package main

import (
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/resolvers"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
)

// maxBodyBytes bounds a request body; GraphQL queries are small.
const maxBodyBytes = 1 << 20

// newHandler returns the HTTP API: GraphQL at /query, GraphiQL at /, and a
// health check at /healthz.
func newHandler(store *graph.Store, log *slog.Logger) http.Handler {
	r := &resolvers.Resolver{
		Entities:  store,
		Facts:     store,
		Documents: store,
		Logger:    log,
	}
	gql := resolvers.NewServer(r, resolvers.ServerOptions{Logger: log})
	mux := http.NewServeMux()
	mux.Handle("/query", http.MaxBytesHandler(resolvers.HTTPHandler(loaders.Middleware(store, store, store, gql)), maxBodyBytes))
	mux.Handle("GET /{$}", playground.Handler("pledgegraph", "/query"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	return mux
}
