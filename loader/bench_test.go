package loader_test

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/loader"
)

// BenchmarkExtract measures extraction alone on generated documents and
// reports MB/s of text.
func BenchmarkExtract(b *testing.B) {
	var docs []*pledgegraph.Document
	size := 0
	for _, g := range gen.Generate(200, 1) {
		d, err := loader.NewDocument(pledgegraph.DocumentID(g.Name), g.Name, []byte(g.Text))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		loader.Extract(docs[i%len(docs)])
	}
}
