package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// graphmlHead opens a GraphML document: the keys that node and edge data
// refer to, typed so that Gephi and yEd read them as attributes, and a
// directed graph.
const graphmlHead = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="negated" for="edge" attr.name="negated" attr.type="boolean"/>
  <key id="inferred" for="edge" attr.name="inferred" attr.type="boolean"/>
  <key id="reference" for="edge" attr.name="reference" attr.type="boolean"/>
  <key id="since" for="edge" attr.name="since" attr.type="string"/>
  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="documents" for="edge" attr.name="documents" attr.type="string"/>
  <key id="quote" for="edge" attr.name="quote" attr.type="string"/>
  <graph id="pledgegraph" edgedefault="directed">
`

// graphmlTail closes what graphmlHead opens.
const graphmlTail = `  </graph>
</graphml>
`

// listSep joins the values of a list attribute (aliases, documents).
const listSep = " | "

// writeGraphML writes every entity as a node, then every fact as an edge
// from its subject to its object, reading the entities twice so that no
// fact is held longer than its subject's turn. An object that the
// source's batch read does not find gets a node with no data after the
// edges, so that editors find every edge's ends.
func writeGraphML(ctx context.Context, src Source, w *bufio.Writer) (Stats, error) {
	x := &xmlWriter{w: w}
	x.raw(graphmlHead)
	var st Stats
	err := eachPage(ctx, src, func(page []*pledgegraph.Entity) error {
		for _, e := range page {
			x.node(e)
			st.Entities++
		}
		return x.fail()
	})
	if err != nil {
		return st, err
	}
	missing, err := graphmlEdges(ctx, src, x, &st)
	if err != nil {
		return st, err
	}
	for _, id := range missing {
		x.raw(`    <node id="`)
		x.text(string(id))
		x.raw("\"/>\n")
	}
	x.raw(graphmlTail)
	return st, x.fail()
}

// graphmlEdges writes the facts of every entity as edges and returns the
// objects known not to be stored entities, in the order first met.
func graphmlEdges(ctx context.Context, src Source, x *xmlWriter, st *Stats) ([]pledgegraph.EntityID, error) {
	names := newNamer(src)
	seen := map[pledgegraph.EntityID]bool{}
	var missing []pledgegraph.EntityID
	err := eachSubject(ctx, src, names, func(_ *pledgegraph.Entity, facts []*pledgegraph.Fact) error {
		for _, f := range facts {
			x.edge(f)
			st.Facts++
			if names.missing(f.Object) && !seen[f.Object] {
				seen[f.Object] = true
				missing = append(missing, f.Object)
			}
		}
		return x.fail()
	})
	return missing, err
}

// xmlWriter writes XML to a buffered writer and keeps the first error, so
// that a sequence of writes is checked once.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

// raw writes s as it is.
func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes s escaped for XML text and attribute values; characters XML
// does not allow become U+FFFD.
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

// fail returns the first write error, with context.
func (x *xmlWriter) fail() error {
	if x.err != nil {
		return fmt.Errorf("export graphml: write: %w", x.err)
	}
	return nil
}

// data writes a data element of key k, unless value is empty.
func (x *xmlWriter) data(k, value string) {
	if value == "" {
		return
	}
	x.raw(`<data key="`)
	x.raw(k)
	x.raw(`">`)
	x.text(value)
	x.raw(`</data>`)
}

// node writes entity e as a node.
func (x *xmlWriter) node(e *pledgegraph.Entity) {
	x.raw(`    <node id="`)
	x.text(string(e.ID))
	x.raw(`">`)
	x.data("label", e.Name) // Gephi takes a node's label from "label"
	x.data("type", string(e.Kind))
	x.data("aliases", strings.Join(e.Aliases, listSep))
	x.raw("</node>\n")
}

// edge writes fact f as an edge from its subject to its object.
func (x *xmlWriter) edge(f *pledgegraph.Fact) {
	x.raw(`    <edge id="`)
	x.text(string(f.ID))
	x.raw(`" source="`)
	x.text(string(f.Subject))
	x.raw(`" target="`)
	x.text(string(f.Object))
	x.raw(`">`)
	x.data("predicate", string(f.Predicate))
	x.data("negated", strconv.FormatBool(f.Negated))
	x.data("inferred", strconv.FormatBool(f.Inferred))
	x.data("reference", strconv.FormatBool(f.Reference))
	x.data("since", f.Since.String())
	x.data("confidence", strconv.FormatFloat(f.Confidence, 'f', -1, 64))
	x.data("documents", documents(f.Evidence))
	if len(f.Evidence) > 0 {
		x.data("quote", f.Evidence[0].Quote)
	}
	x.raw("</edge>\n")
}

// documents returns the documents of evidence, each once, in the order
// first met, joined by listSep.
func documents(evidence []pledgegraph.Evidence) string {
	var b strings.Builder
	for i, ev := range evidence {
		dup := false
		for _, prev := range evidence[:i] {
			dup = dup || prev.Document == ev.Document
		}
		if dup {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(listSep)
		}
		b.WriteString(string(ev.Document))
	}
	return b.String()
}
