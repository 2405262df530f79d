package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// jsonldHead opens a JSON-LD document: a context that maps names, dates
// and types to schema.org where one fits and every other term to the
// pledgegraph vocabulary, then the graph. Predicates are terms of the
// vocabulary too ("supports" is https://pledgegraph.org/ns#supports);
// dates are schema:Date because they may be a year or a month only.
const jsonldHead = `{
  "@context": {
    "@vocab": "https://pledgegraph.org/ns#",
    "schema": "https://schema.org/",
    "name": "schema:name",
    "alternateName": "schema:alternateName",
    "startDate": {"@id": "schema:startDate", "@type": "schema:Date"},
    "endDate": {"@id": "schema:endDate", "@type": "schema:Date"},
    "subject": {"@type": "@id"},
    "predicate": {"@type": "@vocab"},
    "object": {"@type": "@id"},
    "since": {"@type": "schema:Date"},
    "derivedFrom": {"@type": "@id"}
  },
  "@graph": [`

// jsonldTail closes what jsonldHead opens.
const jsonldTail = "\n  ]\n}\n"

// IRI prefixes of entities and facts.
const (
	entityIRI = "urn:pledgegraph:entity:"
	factIRI   = "urn:pledgegraph:fact:"
)

// jsonldTypes maps kinds to schema.org types; other kinds are types of
// the vocabulary, under their own names.
var jsonldTypes = map[pledgegraph.Kind]string{
	pledgegraph.KindState:        "schema:Country",
	pledgegraph.KindCompany:      "schema:Corporation",
	pledgegraph.KindOrganization: "schema:Organization",
	pledgegraph.KindPerson:       "schema:Person",
	pledgegraph.KindEvent:        "schema:Event",
	pledgegraph.KindPlace:        "schema:Place",
}

// jsonEntity is an entity node of a JSON-LD export.
type jsonEntity struct {
	ID            string   `json:"@id"`
	Type          string   `json:"@type"`
	Name          string   `json:"name"`
	AlternateName []string `json:"alternateName,omitempty"`
	StartDate     string   `json:"startDate,omitempty"`
	EndDate       string   `json:"endDate,omitempty"`
}

// jsonFact is a fact node of a JSON-LD export. Confidence is nil when it
// is not a finite number, which JSON cannot write.
type jsonFact struct {
	ID          string         `json:"@id"`
	Type        string         `json:"@type"`
	Subject     string         `json:"subject"`
	Predicate   string         `json:"predicate"`
	Object      string         `json:"object"`
	Negated     bool           `json:"negated"`
	Inferred    bool           `json:"inferred"`
	Reference   bool           `json:"reference"`
	Since       string         `json:"since,omitempty"`
	Confidence  *float64       `json:"confidence,omitempty"`
	Evidence    []jsonEvidence `json:"evidence,omitempty"`
	DerivedFrom []string       `json:"derivedFrom,omitempty"`
}

// jsonEvidence is one piece of a fact's evidence in a JSON-LD export.
type jsonEvidence struct {
	Type     string `json:"@type"`
	Document string `json:"document"`
	Quote    string `json:"quote"`
	Sentence string `json:"sentence,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule,omitempty"`
	Repeats  int    `json:"repeats,omitempty"`
}

// writeJSONLD writes one JSON-LD document whose graph lists each entity
// followed by the facts it is the subject of.
func writeJSONLD(ctx context.Context, src Source, w *bufio.Writer) (Stats, error) {
	j := newJSONWriter(w)
	j.raw(jsonldHead)
	var st Stats
	err := eachSubject(ctx, src, nil, func(e *pledgegraph.Entity, facts []*pledgegraph.Fact) error {
		j.item(entityNode(e))
		st.Entities++
		for _, f := range facts {
			j.item(factNode(f))
			st.Facts++
		}
		return j.err
	})
	if err != nil {
		return st, err
	}
	j.raw(jsonldTail)
	return st, j.err
}

// entityNode returns the JSON-LD node of entity e.
func entityNode(e *pledgegraph.Entity) jsonEntity {
	t, ok := jsonldTypes[e.Kind]
	switch {
	case ok:
	case e.Kind == "":
		t = "Entity"
	default:
		t = string(e.Kind)
	}
	return jsonEntity{
		ID:            iri(entityIRI, string(e.ID)),
		Type:          t,
		Name:          e.Name,
		AlternateName: e.Aliases,
		StartDate:     e.Start.String(),
		EndDate:       e.End.String(),
	}
}

// factNode returns the JSON-LD node of fact f.
func factNode(f *pledgegraph.Fact) jsonFact {
	n := jsonFact{
		ID:        iri(factIRI, string(f.ID)),
		Type:      "Fact",
		Subject:   iri(entityIRI, string(f.Subject)),
		Predicate: string(f.Predicate),
		Object:    iri(entityIRI, string(f.Object)),
		Negated:   f.Negated,
		Inferred:  f.Inferred,
		Reference: f.Reference,
		Since:     f.Since.String(),
	}
	if c := f.Confidence; !math.IsNaN(c) && !math.IsInf(c, 0) {
		n.Confidence = &c
	}
	for _, ev := range f.Evidence {
		n.Evidence = append(n.Evidence, jsonEvidence{
			Type:     "Evidence",
			Document: string(ev.Document),
			Quote:    ev.Quote,
			Sentence: ev.Sentence,
			Start:    ev.Start,
			End:      ev.End,
			Rule:     ev.Rule,
			Repeats:  ev.Repeats,
		})
	}
	for _, id := range f.DerivedFrom {
		n.DerivedFrom = append(n.DerivedFrom, iri(factIRI, string(id)))
	}
	return n
}

// iri returns prefix followed by id, with the bytes an IRI may not hold
// (spaces, quotes, '%'…) percent-encoded. The IDs pledgegraph makes
// ("state/fr", "fact/0a1b…") come out as they are.
func iri(prefix, id string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(prefix) + len(id))
	b.WriteString(prefix)
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c >= 0x80, strings.IndexByte("-._~!$&'()*+,;=:@/", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
	}
	return b.String()
}

// jsonWriter writes the items of a JSON array one at a time, and keeps
// the first error.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int // items written
	err error
}

// newJSONWriter returns a jsonWriter to w. It leaves <, > and & as they
// are: the output is not meant for HTML.
func newJSONWriter(w *bufio.Writer) *jsonWriter {
	j := &jsonWriter{w: w}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

// raw writes s as it is.
func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		if _, err := j.w.WriteString(s); err != nil {
			j.err = fmt.Errorf("export jsonld: write: %w", err)
		}
	}
}

// item writes v as the next item of the array.
func (j *jsonWriter) item(v any) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		j.err = fmt.Errorf("export jsonld: encode: %w", err)
		return
	}
	if j.n > 0 {
		j.raw(",")
	}
	j.raw("\n    ")
	if j.err == nil {
		if _, err := j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n"))); err != nil {
			j.err = fmt.Errorf("export jsonld: write: %w", err)
		}
	}
	j.n++
}
