// Command dump prints the evaluation JSON of the documents under the
// given paths, for comparing extraction output with score.py.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/pledgegraph/pledgegraph/eval"
	"github.com/pledgegraph/pledgegraph/loader"
)

func main() {
	docs, err := loader.ReadPaths(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	var out struct {
		Documents []eval.Document `json:"documents"`
	}
	for _, d := range docs {
		out.Documents = append(out.Documents, eval.FromExtraction(loader.Extract(d)))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
