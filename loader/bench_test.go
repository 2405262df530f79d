package loader_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
	"github.com/pledgegraph/pledgegraph/loader"
)

// BenchmarkExtract measures extraction alone on generated documents and
// reports MB/s of text.
func BenchmarkExtract(b *testing.B) {
	var docs []*pledgegraph.Document
	for _, g := range gen.Generate(200, 1) {
		d, err := loader.NewDocument(pledgegraph.DocumentID(g.Name), g.Name, []byte(g.Text))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	benchExtract(b, docs)
}

// benchExtract extracts docs one after the other, b.N in all, and
// reports MB/s of their text.
func benchExtract(b *testing.B, docs []*pledgegraph.Document) {
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		loader.Extract(docs[i%len(docs)])
	}
}

// BenchmarkReadDeepHTML reads a page whose text is nested 100,000
// elements deep, which a tree parser refuses past 512.
func BenchmarkReadDeepHTML(b *testing.B) {
	const n = 100_000
	page := []byte("<!doctype html><html><head><title>Deep</title></head><body>" +
		strings.Repeat("<div>", n) + "La France a signé l'Appel de Paris." + strings.Repeat("</div>", n) + "</body></html>")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := loader.ReadDocument("deep.html", "deep.html", page)
		if err != nil || d.Text != "La France a signé l'Appel de Paris.\n" {
			b.Fatalf("ReadDocument = %v, %v", d, err)
		}
	}
}

// BenchmarkExtractArticles measures extraction alone on the articles of
// the evaluation sets (testdata/eval), which are longer than generated
// documents and written as the press writes, and reports MB/s of text.
func BenchmarkExtractArticles(b *testing.B) {
	paths, err := filepath.Glob("../testdata/eval/*/docs")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no evaluation sets: %v", err)
	}
	docs, err := loader.ReadPaths(paths)
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, docs)
}
