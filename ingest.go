package pledgegraph

import (
	"context"
	"fmt"
	"strings"
)

// DocumentInput is a document a client sends to be ingested. Title,
// Source, Published and Lang override what extraction would guess; a zero
// value leaves the guess.
type DocumentInput struct {
	Name      DocumentID
	Text      string
	Title     string
	Source    string
	Published Date
	Lang      Lang
}

// IngestStatus says what ingesting a document did to the store.
type IngestStatus string

// Ingest statuses.
const (
	IngestCreated   IngestStatus = "CREATED"   // a new document
	IngestReplaced  IngestStatus = "REPLACED"  // a new text in place of the stored one
	IngestUnchanged IngestStatus = "UNCHANGED" // the same text again: nothing done
)

// Ingestion is what ingesting a document gave.
type Ingestion struct {
	Document *Document
	Status   IngestStatus
	Entities []EntityID
	Facts    []FactID // stated and inferred facts, reference facts aside
	Warnings []string
}

// IngestService adds and removes documents while the graph is served.
type IngestService interface {
	// IngestDocument extracts a document and stores it, in place of the
	// stored version of the same name if its text differs. Returns
	// EINVALID on a bad name or text.
	IngestDocument(ctx context.Context, in DocumentInput) (*Ingestion, error)

	// RemoveDocument removes a document and what only it says. Returns
	// ENOTFOUND.
	RemoveDocument(ctx context.Context, id DocumentID) (*Removal, error)
}

// IngestStore is what an Ingester needs of a store: to find a stored
// document, and to store one in place of the stored version.
type IngestStore interface {
	// FindDocumentByID returns one document. Returns ENOTFOUND.
	FindDocumentByID(ctx context.Context, id DocumentID) (*Document, error)

	DocumentRemover
}

// Ingester is the IngestService over a store. It decides what ingesting a
// document does (CREATED, REPLACED or UNCHANGED) and reports it; reading a
// text and extracting it are the functions it is given (package loader),
// so that the decision stays in the domain while the packages that read,
// extract and store meet only where the program is wired.
type Ingester struct {
	// Store holds the documents.
	Store IngestStore
	// NewDocument makes a document of a name and text, checked and
	// normalised as a file's would be (loader.NewDocument). Ingester
	// reports its errors as EINVALID.
	NewDocument func(id DocumentID, source string, raw []byte) (*Document, error)
	// Extract reads the entities and facts of a document (loader.Extract).
	Extract func(*Document) *Extraction
}

var _ IngestService = (*Ingester)(nil)

// IngestDocument checks the name and text, extracts the document and
// stores it in place of the stored version of the same name. Returns
// EINVALID on a bad name or text.
func (g *Ingester) IngestDocument(ctx context.Context, in DocumentInput) (*Ingestion, error) {
	doc, err := g.inputDocument(in)
	if err != nil {
		return nil, err
	}
	_, err = g.Store.FindDocumentByID(ctx, doc.ID)
	existed := err == nil
	if err != nil && ErrorCode(err) != ENOTFOUND {
		return nil, fmt.Errorf("ingest %s: %w", doc.ID, err)
	}
	x := g.Extract(doc)
	replaced, err := g.Store.ReplaceExtraction(ctx, x)
	if err != nil {
		return nil, err
	}
	stored, err := g.Store.FindDocumentByID(ctx, doc.ID)
	if err != nil {
		return nil, fmt.Errorf("read back document %s: %w", doc.ID, err)
	}
	out := &Ingestion{Document: stored, Status: IngestCreated, Warnings: x.Warnings}
	switch {
	case replaced:
		out.Status = IngestReplaced
	case existed:
		out.Status = IngestUnchanged
	}
	for _, e := range x.Entities {
		out.Entities = append(out.Entities, e.ID)
	}
	for _, f := range x.Facts {
		if !f.Reference {
			out.Facts = append(out.Facts, NewFactID(f.Subject, f.Predicate, f.Object, f.Negated))
		}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	return out, nil
}

// RemoveDocument removes a document and what only it says from the
// store. Returns ENOTFOUND.
func (g *Ingester) RemoveDocument(ctx context.Context, id DocumentID) (*Removal, error) {
	return g.Store.RemoveDocument(ctx, id)
}

// inputDocument makes a document of what a client sent: the text is
// checked and normalised as a file's would be, and the fields the client
// gives override what is guessed. Returns EINVALID.
func (g *Ingester) inputDocument(in DocumentInput) (*Document, error) {
	name := strings.TrimSpace(string(in.Name))
	if err := DocumentID(name).Validate(); err != nil {
		return nil, err
	}
	doc, err := g.NewDocument(DocumentID(name), name, []byte(in.Text))
	if err != nil {
		return nil, Errorf(EINVALID, "document %s: %v", name, err)
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
