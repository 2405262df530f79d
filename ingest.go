package pledgegraph

import "context"

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
