package graph

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestLayout pins the quad layout: the quads of the fixture's first
// extraction, in N-Quads, are testdata/extraction1.nq (run with -update
// after a deliberate change of the layout).
func TestLayout(t *testing.T) {
	x := extraction1()
	doc := x.Document
	doc.Hash = "0123456789abcdef"
	quads, err := buildQuads(x, doc)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(quads); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "extraction1.nq")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("quads of extraction1 differ from %s (run go test -update to accept):\n%s", golden, buf.Bytes())
	}
	t.Logf("%d quads for %d entities, %d facts, %d counts", len(quads), len(x.Entities), len(x.Facts), len(x.Counts))

	// Every quad carries the document's node as its label.
	for _, q := range quads {
		if q.Label != documentIRI(x.Document.ID) {
			t.Errorf("quad %v has label %v, want %v", q, q.Label, documentIRI(x.Document.ID))
		}
	}
}
