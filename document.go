package pledgegraph

import "context"

// DocumentID names a document uniquely in a store: its file name by
// default ("004_0c2bb72f90a89fc6.txt"). It is never a path.
type DocumentID string

// Document is a source text with what is known of where and when it was
// published. Every fact's evidence points to one.
type Document struct {
	ID        DocumentID
	Title     string
	Published Date   // zero when nothing says
	Lang      Lang   // "fr", "en", or another code for stored-only documents
	Source    string // where it came from: a URL, a publication, a file path
	Text      string // the normalised text offsets refer to
	Hash      string // hex SHA-256 of Text, to tell a changed version apart

	// Warnings say what reading the document's file could not take as
	// it was written: markup repaired, text dropped. They are reported
	// when the file is read, and never stored.
	Warnings []string
}

// DocumentFilter selects documents. Zero fields select everything.
type DocumentFilter struct {
	Offset int
	Limit  int // 0 means no limit
}

// DocumentService finds stored documents.
type DocumentService interface {
	// FindDocumentByID returns one document. Returns ENOTFOUND.
	FindDocumentByID(ctx context.Context, id DocumentID) (*Document, error)

	// FindDocuments returns a page of documents ordered by ID, and the total
	// number that match the filter.
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*Document, int, error)

	// DocumentsByIDs returns the documents in the order of ids, with nil
	// where one does not exist. It is the batch read behind dataloaders.
	DocumentsByIDs(ctx context.Context, ids []DocumentID) ([]*Document, error)

	// DocumentMentions returns the places where a document's text names
	// entities, in text order: empty for a document stored by a version
	// that did not keep them. Returns ENOTFOUND for an unknown document.
	DocumentMentions(ctx context.Context, id DocumentID) ([]Mention, error)

	// Totals returns what the graph holds (see Totals). A store keeps
	// them as it is written, so the call costs no scan of the graph.
	Totals(ctx context.Context) (*Totals, error)
}

// Removal says what removing a document took from the graph.
type Removal struct {
	Document DocumentID
	// Facts are the facts that went with it: the document was their only
	// evidence.
	Facts []FactID
	// FactsKept are the facts it stated that other documents state too:
	// they stay, without its evidence.
	FactsKept []FactID
	// Entities are the entities that went with it: no other document
	// mentions them.
	Entities []EntityID
}

// DocumentRemover removes and replaces stored documents.
type DocumentRemover interface {
	// RemoveDocument deletes a document and what only it says, at once:
	// readers see the graph with or without all of it. Returns ENOTFOUND.
	RemoveDocument(ctx context.Context, id DocumentID) (*Removal, error)

	// ReplaceExtraction stores x in place of the stored document of the
	// same ID, at once. It does nothing when the stored text has the same
	// hash, and stores x as WriteExtraction does when none is stored. It
	// reports whether an older version was replaced.
	ReplaceExtraction(ctx context.Context, x *Extraction) (replaced bool, err error)
}
