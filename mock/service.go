// Package mock provides function-field test doubles of the pledgegraph
// read services, EntityService, FactService and DocumentService, whose
// methods call the fields of the same names: a test scripts one answer or
// one failure (a store that is down, a broken batch read) where the real
// store cannot give it. Tests that need a store with data use the memory
// store of package graph (graph.Open(ctx, "memory")), which the
// conformance suite in graph/storetest checks; a second implementation
// here would drift from it.
package mock

import (
	"context"

	"github.com/pledgegraph/pledgegraph"
)

// Compile-time checks that the function-field mocks implement the services.
var (
	_ pledgegraph.EntityService   = (*EntityService)(nil)
	_ pledgegraph.FactService     = (*FactService)(nil)
	_ pledgegraph.DocumentService = (*DocumentService)(nil)
)

// EntityService is an EntityService whose methods call the function fields
// of the same names, for tests that script one answer or one failure. A
// method whose field is nil panics.
type EntityService struct {
	FindEntityByIDFn   func(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error)
	FindEntityByNameFn func(ctx context.Context, name string) (*pledgegraph.Entity, error)
	FindEntitiesFn     func(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error)
	EntitiesByIDsFn    func(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error)
}

// FindEntityByID calls FindEntityByIDFn.
func (s *EntityService) FindEntityByID(ctx context.Context, id pledgegraph.EntityID) (*pledgegraph.Entity, error) {
	return s.FindEntityByIDFn(ctx, id)
}

// FindEntityByName calls FindEntityByNameFn.
func (s *EntityService) FindEntityByName(ctx context.Context, name string) (*pledgegraph.Entity, error) {
	return s.FindEntityByNameFn(ctx, name)
}

// FindEntities calls FindEntitiesFn.
func (s *EntityService) FindEntities(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	return s.FindEntitiesFn(ctx, filter)
}

// EntitiesByIDs calls EntitiesByIDsFn.
func (s *EntityService) EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	return s.EntitiesByIDsFn(ctx, ids)
}

// FactService is a FactService whose methods call the function fields of
// the same names. A method whose field is nil panics.
type FactService struct {
	FindFactByIDFn func(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error)
	FindFactsFn    func(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error)
	FactsByIDsFn   func(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error)
	FindCountsFn   func(ctx context.Context, initiative pledgegraph.EntityID) ([]*pledgegraph.Count, error)
}

// FindFactByID calls FindFactByIDFn.
func (s *FactService) FindFactByID(ctx context.Context, id pledgegraph.FactID) (*pledgegraph.Fact, error) {
	return s.FindFactByIDFn(ctx, id)
}

// FindFacts calls FindFactsFn.
func (s *FactService) FindFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	return s.FindFactsFn(ctx, filter)
}

// FactsByIDs calls FactsByIDsFn.
func (s *FactService) FactsByIDs(ctx context.Context, ids []pledgegraph.FactID) ([]*pledgegraph.Fact, error) {
	return s.FactsByIDsFn(ctx, ids)
}

// FindCounts calls FindCountsFn.
func (s *FactService) FindCounts(ctx context.Context, initiative pledgegraph.EntityID) ([]*pledgegraph.Count, error) {
	return s.FindCountsFn(ctx, initiative)
}

// DocumentService is a DocumentService whose methods call the function
// fields of the same names. A method whose field is nil panics.
type DocumentService struct {
	FindDocumentByIDFn func(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error)
	FindDocumentsFn    func(ctx context.Context, filter pledgegraph.DocumentFilter) ([]*pledgegraph.Document, int, error)
	DocumentsByIDsFn   func(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error)
	DocumentMentionsFn func(ctx context.Context, id pledgegraph.DocumentID) ([]pledgegraph.Mention, error)
	TotalsFn           func(ctx context.Context) (*pledgegraph.Totals, error)
}

// Totals calls TotalsFn.
func (s *DocumentService) Totals(ctx context.Context) (*pledgegraph.Totals, error) {
	return s.TotalsFn(ctx)
}

// DocumentMentions calls DocumentMentionsFn.
func (s *DocumentService) DocumentMentions(ctx context.Context, id pledgegraph.DocumentID) ([]pledgegraph.Mention, error) {
	return s.DocumentMentionsFn(ctx, id)
}

// FindDocumentByID calls FindDocumentByIDFn.
func (s *DocumentService) FindDocumentByID(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Document, error) {
	return s.FindDocumentByIDFn(ctx, id)
}

// FindDocuments calls FindDocumentsFn.
func (s *DocumentService) FindDocuments(ctx context.Context, filter pledgegraph.DocumentFilter) ([]*pledgegraph.Document, int, error) {
	return s.FindDocumentsFn(ctx, filter)
}

// DocumentsByIDs calls DocumentsByIDsFn.
func (s *DocumentService) DocumentsByIDs(ctx context.Context, ids []pledgegraph.DocumentID) ([]*pledgegraph.Document, error) {
	return s.DocumentsByIDsFn(ctx, ids)
}
