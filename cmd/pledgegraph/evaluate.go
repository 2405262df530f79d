package main

import (
	"github.com/pledgegraph/pledgegraph/eval"
	"github.com/pledgegraph/pledgegraph/loader"
)

// extraction is the system eval scores: the documents of a folder read
// as load reads them and extracted with opts.
func extraction(opts loader.Options) eval.System {
	return func(docsDir string) ([]eval.Document, error) {
		docs, err := loader.ReadPaths([]string{docsDir})
		if err != nil {
			return nil, err
		}
		out := make([]eval.Document, 0, len(docs))
		for _, d := range docs {
			out = append(out, eval.FromExtraction(loader.ExtractWithOptions(d, opts)))
		}
		return out, nil
	}
}

// extractionAt is extraction with opts at each minimum confidence, for
// eval.Sweep.
func extractionAt(opts loader.Options) func(float64) eval.System {
	return func(c float64) eval.System {
		opts.MinConfidence = c
		return extraction(opts)
	}
}
