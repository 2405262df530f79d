package loader

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/pledgegraph/pledgegraph/eval"
)

// Evaluate extracts the documents of dir/docs and scores them against the
// gold annotations of dir/gold (one JSON file per document, in the
// extraction guidelines' format), as the guidelines' scorer does. A gold
// document whose text is missing scores as all missed; a document that
// cannot be read is an error, since the figures would be wrong.
func Evaluate(dir string, opts Options) (eval.Summary, error) {
	gold, err := eval.Load(filepath.Join(dir, "gold"))
	if err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: read gold: %w", dir, err)
	}
	if len(gold) == 0 {
		return eval.Summary{}, fmt.Errorf("evaluate %s: no gold annotations in %s", dir, filepath.Join(dir, "gold"))
	}
	docsDir := filepath.Join(dir, "docs")
	if _, err := os.Stat(docsDir); err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	docs, err := ReadPaths([]string{docsDir})
	if err != nil {
		return eval.Summary{}, fmt.Errorf("evaluate %s: %w", dir, err)
	}
	system := make([]eval.Document, 0, len(docs))
	for _, d := range docs {
		system = append(system, eval.FromExtraction(ExtractWithOptions(d, opts)))
	}
	return eval.Score(gold, system), nil
}
