package pledgegraph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// TestIngesterRefuses checks what Ingester refuses before it reads the
// store: a bad name, and a text NewDocument refuses, both EINVALID.
func TestIngesterRefuses(t *testing.T) {
	g := &pledgegraph.Ingester{
		NewDocument: func(id pledgegraph.DocumentID, source string, raw []byte) (*pledgegraph.Document, error) {
			if strings.TrimSpace(string(raw)) == "" {
				return nil, errors.New("no text")
			}
			return &pledgegraph.Document{ID: id, Source: source, Text: string(raw)}, nil
		},
	}
	tests := []struct {
		name string
		in   pledgegraph.DocumentInput
		want string
	}{
		{"no name", pledgegraph.DocumentInput{Name: "  ", Text: "x"}, "the document needs a name"},
		{"path", pledgegraph.DocumentInput{Name: "a/b.txt", Text: "x"}, "document name a/b.txt: a name may not contain path separators"},
		{"control character", pledgegraph.DocumentInput{Name: "a\x1b.txt", Text: "x"}, `document name "a\x1b.txt": a name may not contain control characters`},
		{"text refused", pledgegraph.DocumentInput{Name: " empty.txt ", Text: "  "}, "document empty.txt: no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.IngestDocument(t.Context(), tt.in)
			if got != nil || pledgegraph.ErrorCode(err) != pledgegraph.EINVALID || pledgegraph.ErrorMessage(err) != tt.want {
				t.Errorf("IngestDocument(%+v) = %v, %v (code %s), want EINVALID %q", tt.in, got, err, pledgegraph.ErrorCode(err), tt.want)
			}
		})
	}
}
