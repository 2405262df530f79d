package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/generated"
)

// The types an Entity (a Fact) satisfies in fragments' type conditions:
// itself, its interfaces and the unions it is in, read from the schema.
var (
	entityTypes = satisfies("Entity")
	factTypes   = satisfies("Fact")
)

// satisfies returns the name of a type of the schema with those of the
// interfaces and unions it belongs to.
func satisfies(name string) []string {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	out := []string{name}
	for _, d := range s.GetImplements(s.Types[name]) {
		out = append(out, d.Name)
	}
	return out
}

// idOnly reports whether a selection of an Entity asks for nothing but
// its id and __typename (fragments expanded, @skip and @include
// applied): an entity whose ID is known then needs no read.
func idOnly(op *graphql.OperationContext, sel ast.SelectionSet) bool {
	for _, f := range graphql.CollectFields(op, sel, entityTypes) {
		if f.Name != "id" && f.Name != "__typename" {
			return false
		}
	}
	return true
}

// fieldAsksIDOnly reports whether the field being resolved in ctx, whose
// value is an Entity or a list of them, asks for nothing of them but
// their id (see idOnly). It is false outside a GraphQL field.
func fieldAsksIDOnly(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	return idOnly(graphql.GetOperationContext(ctx), fc.Field.Selections)
}

// subjectsAsked reports whether the field being resolved in ctx, whose
// value is a list of facts, asks of their subjects more than their id
// (see idOnly). It is true outside a GraphQL field.
func subjectsAsked(ctx context.Context) bool {
	return factFieldAsked(ctx, func(op *graphql.OperationContext, f graphql.CollectedField) bool {
		return f.Name == "subject" && !idOnly(op, f.Selections)
	})
}

// evidenceAsked reports whether the field being resolved in ctx, whose
// value is a list of facts, asks for their evidence. It is true outside
// a GraphQL field.
func evidenceAsked(ctx context.Context) bool {
	return factFieldAsked(ctx, func(_ *graphql.OperationContext, f graphql.CollectedField) bool {
		return f.Name == "evidence"
	})
}

// factFieldAsked reports whether asked is true of one of the fields the
// field being resolved in ctx, whose value is a fact or a list of them,
// selects of them (fragments expanded, @skip and @include applied). It
// is true outside a GraphQL field.
func factFieldAsked(ctx context.Context, asked func(*graphql.OperationContext, graphql.CollectedField) bool) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return true
	}
	op := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, factTypes) {
		if asked(op, f) {
			return true
		}
	}
	return false
}

// idEntities returns, for ids, entities that hold their ID alone: what
// a selection that asks for the id alone reads of them (see idOnly). A
// stored fact's subject and object are stored entities, so that the
// answer is the one a read would give. The entities are allocated
// together: one allocation for a list of supporters rather than one each.
func idEntities(ids []pledgegraph.EntityID) []*pledgegraph.Entity {
	es := make([]pledgegraph.Entity, len(ids))
	out := make([]*pledgegraph.Entity, len(ids))
	for i, id := range ids {
		es[i].ID = id
		out[i] = &es[i]
	}
	return out
}
