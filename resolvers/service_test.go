package resolvers_test

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/mock"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

func TestServiceErrors(t *testing.T) {
	store := fixture(t)
	entities := &mock.EntityService{
		FindEntityByIDFn: store.FindEntityByID,
		FindEntityByNameFn: func(_ context.Context, name string) (*pledgegraph.Entity, error) {
			return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "name %q is too long", name)
		},
		FindEntitiesFn: store.FindEntities,
		EntitiesByIDsFn: func(context.Context, []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
			return nil, nil // a broken batch read: no value for any key
		},
	}
	r := &resolvers.Resolver{Entities: entities, Facts: store, Documents: store, Logger: discardLogger()}
	c := client.New(resolvers.NewServer(r, resolvers.ServerOptions{}))
	tests := []struct {
		name, query, code, message string
	}{
		{"application errors keep their code and message", `{ entity(name: "USA") { id } }`,
			pledgegraph.EINVALID, `name "USA" is too long`},
		{"a broken batch read is internal", `{ fact(id: "` + string(usSupports.ID) + `") { subject { name } } }`,
			pledgegraph.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs, _ := queryErrors(t, c, tt.query)
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(errs), errs)
			}
			if errs[0].Message != tt.message || errs[0].Extensions["code"] != tt.code {
				t.Errorf("got %q (code %v), want %q (code %s)", errs[0].Message, errs[0].Extensions["code"], tt.message, tt.code)
			}
		})
	}
}
