// Package node holds the Go side of the GraphQL Node interface, so that
// the domain's types (Entity, Fact, Document) can stand for it without
// knowing of GraphQL.
package node

// Node is any value the GraphQL schema's Node interface stands for: a
// *pledgegraph.Entity, a *pledgegraph.Fact or a *pledgegraph.Document.
// The executable schema tells them apart by their Go type.
type Node interface{}
