// Package eval holds the evaluation format of the extraction guidelines
// (one JSON object per document: entities, facts, counts) and a scorer
// that gives the same figures as the reference scorer score.py, so that
// tests and the command line can check extraction quality without Python.
package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// Date is a date of the JSON format: "YYYY", "YYYY-MM" or "YYYY-MM-DD",
// empty for unknown. It reads and writes unknown as null.
type Date string

// MarshalJSON writes the empty date as null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads null as the empty date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("eval: date: %w", err)
	}
	*d = Date(s)
	return nil
}

// Document is what an analyst (or the extractor) takes out of one
// document, in the format of the guidelines.
type Document struct {
	Document  string   `json:"document"`
	Published Date     `json:"published"`
	Entities  []Entity `json:"entities"`
	Facts     []Fact   `json:"facts"`
	Counts    []Count  `json:"counts"`
}

// Entity is an entity of a Document, named by its canonical name.
type Entity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	Start   Date     `json:"start,omitempty"`
	End     Date     `json:"end,omitempty"`
}

// Fact is a fact of a Document; S and O are canonical entity names.
type Fact struct {
	S        string `json:"s"`
	P        string `json:"p"`
	O        string `json:"o"`
	Negated  bool   `json:"negated"`
	Date     Date   `json:"date"`
	Quote    string `json:"quote"`
	Inferred bool   `json:"inferred"`
	// Rule is the extraction rule that made the fact (not in the gold;
	// the guidelines' scorer ignores it)
	Rule string `json:"rule,omitempty"`
}

// Count is a reported number of supporters of an initiative.
type Count struct {
	O      string `json:"o"`
	What   string `json:"what"`
	Value  int    `json:"value"`
	Approx bool   `json:"approx"`
	Date   Date   `json:"date"`
	Quote  string `json:"quote"`
}

// FromExtraction returns the guidelines' view of an extraction. Facts
// taken from reference data (Reference) are left out: they explain
// inferred facts but no analyst would read them in the document.
func FromExtraction(x *pledgegraph.Extraction) Document {
	d := Document{
		Document:  string(x.Document.ID),
		Published: Date(x.Document.Published.String()),
		Entities:  []Entity{},
		Facts:     []Fact{},
		Counts:    []Count{},
	}
	names := make(map[pledgegraph.EntityID]string, len(x.Entities))
	taken := make(map[string]bool, len(x.Entities)) // the names facts use, in lower case
	for _, e := range x.Entities {
		taken[strings.ToLower(e.Name)] = true
	}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
		// an alias that is another entity's name would make the facts
		// that name it ambiguous: "Beijing", the capital standing for
		// China, beside the place Beijing
		aliases := slices.DeleteFunc(append([]string{}, e.Aliases...), func(a string) bool {
			return taken[strings.ToLower(a)] && !strings.EqualFold(a, e.Name)
		})
		if e.Kind == pledgegraph.KindEvent && e.Start.Year > 0 && !yearIn(e.Name) {
			aliases = append(aliases, fmt.Sprintf("%s %d", e.Name, e.Start.Year)) // "G7 summit 2016": an edition named as the guidelines allow
		}
		d.Entities = append(d.Entities, Entity{
			Name:    e.Name,
			Type:    string(e.Kind),
			Aliases: aliases,
			Start:   Date(e.Start.String()),
			End:     Date(e.End.String()),
		})
	}
	name := func(id pledgegraph.EntityID) string {
		if n, ok := names[id]; ok {
			return n
		}
		return string(id)
	}
	for _, f := range x.Facts {
		if f.Reference {
			continue
		}
		var quote, rule string
		if len(f.Evidence) > 0 {
			quote, rule = f.Evidence[0].Quote, f.Evidence[0].Rule
		}
		d.Facts = append(d.Facts, Fact{
			S:        name(f.Subject),
			P:        string(f.Predicate),
			O:        name(f.Object),
			Negated:  f.Negated,
			Date:     Date(f.Since.String()),
			Quote:    quote,
			Inferred: f.Inferred,
			Rule:     rule,
		})
	}
	for _, c := range x.Counts {
		d.Counts = append(d.Counts, Count{
			O:      name(c.Initiative),
			What:   string(c.What),
			Value:  c.Value,
			Approx: c.Approx,
			Date:   Date(c.Date.String()),
			Quote:  c.Evidence.Quote,
		})
	}
	return d
}

// Load reads documents in the JSON format from path: a folder of
// per-document .json files (sorted by name), or one file holding either
// {"documents": [...]} or a list of documents.
func Load(path string) ([]Document, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("eval: load: %w", err)
	}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("eval: load %s: %w", path, err)
		}
		var names []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		var docs []Document
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(path, n))
			if err != nil {
				return nil, fmt.Errorf("eval: load: %w", err)
			}
			var d Document
			if err := json.Unmarshal(b, &d); err != nil {
				return nil, fmt.Errorf("eval: load %s: %w", n, err)
			}
			docs = append(docs, d)
		}
		return docs, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: load: %w", err)
	}
	return Parse(b)
}

// Parse reads {"documents": [...]} or a list of documents.
func Parse(b []byte) ([]Document, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var docs []Document
		if err := json.Unmarshal(b, &docs); err != nil {
			return nil, fmt.Errorf("eval: parse: %w", err)
		}
		return docs, nil
	}
	var v struct {
		Documents []Document `json:"documents"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("eval: parse: %w", err)
	}
	return v.Documents, nil
}

// yearIn reports whether a name holds a year of four figures as a word
// of its own ("Forum 2018").
func yearIn(name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) == 4 {
			return true
		}
	}
	return false
}
