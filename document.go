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
}
