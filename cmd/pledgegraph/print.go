package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// printExtraction writes an extraction for people to read: the
// document's line, then its entities, facts, counts and warnings.
func printExtraction(w io.Writer, x *pledgegraph.Extraction) {
	d := x.Document
	pub := d.Published.String()
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(w, "== %s (%s, published %s)\n", d.ID, d.Lang, pub)
	names := make(map[pledgegraph.EntityID]string, len(x.Entities))
	fmt.Fprintf(w, "entities (%d):\n", len(x.Entities))
	for _, e := range x.Entities {
		names[e.ID] = e.Name
		line := fmt.Sprintf("  %-22s %s [%s]", e.Kind, e.Name, e.ID)
		if len(e.Aliases) > 0 {
			line += " aka " + strings.Join(e.Aliases, ", ")
		}
		fmt.Fprintln(w, line)
	}
	name := func(id pledgegraph.EntityID) string {
		if n, ok := names[id]; ok {
			return n
		}
		return string(id)
	}
	stated := 0
	for _, f := range x.Facts {
		if !f.Reference {
			stated++
		}
	}
	fmt.Fprintf(w, "facts (%d):\n", stated)
	for _, f := range x.Facts {
		if f.Reference {
			continue
		}
		p := string(f.Predicate)
		if f.Negated {
			p = "NOT " + p
		}
		line := fmt.Sprintf("  %s —%s→ %s", name(f.Subject), p, name(f.Object))
		if !f.Since.IsZero() {
			line += " since " + f.Since.String()
		}
		if f.Inferred {
			line += " (inferred)"
		}
		if len(f.Evidence) > 0 {
			line += fmt.Sprintf(" «%s»", f.Evidence[0].Quote)
		}
		fmt.Fprintln(w, line)
	}
	if len(x.Counts) > 0 {
		fmt.Fprintf(w, "counts (%d):\n", len(x.Counts))
		for _, c := range x.Counts {
			approx := ""
			if c.Approx {
				approx = "~"
			}
			fmt.Fprintf(w, "  %s: %s%d %s", name(c.Initiative), approx, c.Value, c.What)
			if !c.Date.IsZero() {
				fmt.Fprintf(w, " as of %s", c.Date)
			}
			fmt.Fprintf(w, " «%s»\n", c.Evidence.Quote)
		}
	}
	for _, msg := range x.Warnings {
		fmt.Fprintf(w, "warning: %s\n", msg)
	}
	fmt.Fprintln(w)
}
