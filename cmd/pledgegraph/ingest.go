package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/loader"
)

// ingester adds and removes documents of a store: the mutations' service.
type ingester struct {
	store *graph.Store
}

var _ pledgegraph.IngestService = (*ingester)(nil)

// IngestDocument checks the name and text, extracts the document and
// stores it in place of the stored version of the same name.
func (g *ingester) IngestDocument(ctx context.Context, in pledgegraph.DocumentInput) (*pledgegraph.Ingestion, error) {
	doc, err := newInputDocument(in)
	if err != nil {
		return nil, err
	}
	_, err = g.store.FindDocumentByID(ctx, doc.ID)
	existed := err == nil
	if err != nil && pledgegraph.ErrorCode(err) != pledgegraph.ENOTFOUND {
		return nil, fmt.Errorf("ingest %s: %w", doc.ID, err)
	}
	x := loader.Extract(doc)
	replaced, err := g.store.ReplaceExtraction(ctx, x)
	if err != nil {
		return nil, err
	}
	stored, err := g.store.FindDocumentByID(ctx, doc.ID)
	if err != nil {
		return nil, fmt.Errorf("read back document %s: %w", doc.ID, err)
	}
	out := &pledgegraph.Ingestion{Document: stored, Status: pledgegraph.IngestCreated, Warnings: x.Warnings}
	switch {
	case replaced:
		out.Status = pledgegraph.IngestReplaced
	case existed:
		out.Status = pledgegraph.IngestUnchanged
	}
	for _, e := range x.Entities {
		out.Entities = append(out.Entities, e.ID)
	}
	for _, f := range x.Facts {
		if !f.Reference {
			out.Facts = append(out.Facts, pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
		}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	return out, nil
}

// RemoveDocument removes a document from the store.
func (g *ingester) RemoveDocument(ctx context.Context, id pledgegraph.DocumentID) (*pledgegraph.Removal, error) {
	return g.store.RemoveDocument(ctx, id)
}

// newInputDocument makes a document of what a client sent: the text is
// checked and normalised as a file's would be, and the fields the client
// gives override what is guessed. Returns EINVALID.
func newInputDocument(in pledgegraph.DocumentInput) (*pledgegraph.Document, error) {
	name := strings.TrimSpace(string(in.Name))
	if err := pledgegraph.DocumentID(name).Validate(); err != nil {
		return nil, err
	}
	doc, err := loader.NewDocument(pledgegraph.DocumentID(name), name, []byte(in.Text))
	if err != nil {
		return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "document %s: %v", name, err)
	}
	if in.Title != "" {
		doc.Title = in.Title
	}
	if in.Source != "" {
		doc.Source = in.Source
	}
	if !in.Published.IsZero() {
		doc.Published = in.Published
	}
	if in.Lang != "" {
		doc.Lang = in.Lang
	}
	return doc, nil
}

// docID is a document name given on the command line.
func docID(name string) pledgegraph.DocumentID { return pledgegraph.DocumentID(name) }

// docFilterAll selects every stored document.
var docFilterAll = pledgegraph.DocumentFilter{}
