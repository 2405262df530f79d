package extract

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/pledgegraph/pledgegraph"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestGolden runs the pipeline on the -- input -- section of each
// testdata/{fr,en}/*.txtar archive and compares the entities (with each
// mention's byte span and text) and facts with the -- entities -- and
// -- facts -- sections. The archive's comment may give "published:
// YYYY-MM-DD". With -update the sections are rewritten.
func TestGolden(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"fr", "en"} {
		lang := testLangOf(t, code)
		files, err := filepath.Glob(filepath.Join("testdata", code, "*.txtar"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			t.Run(code+"/"+filepath.Base(file), func(t *testing.T) {
				a, err := txtar.ParseFile(file)
				if err != nil {
					t.Fatal(err)
				}
				var input []byte
				for _, f := range a.Files {
					if f.Name == "input" {
						input = f.Data
					}
				}
				doc := pledgegraph.Document{ID: pledgegraph.DocumentID(filepath.Base(file)), Lang: lang.Code, Text: Normalize(string(input))}
				for _, l := range strings.Split(string(a.Comment), "\n") {
					if v, ok := strings.CutPrefix(l, "published:"); ok {
						if doc.Published, err = pledgegraph.ParseDate(strings.TrimSpace(v)); err != nil {
							t.Fatal(err)
						}
					}
				}
				x := New(lang, ref).Extract(doc)
				ents, facts := formatEntities(x), formatFacts(x)
				if *update {
					a.Files = []txtar.File{{Name: "input", Data: input}, {Name: "entities", Data: ents}, {Name: "facts", Data: facts}}
					if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				for _, f := range a.Files {
					var got []byte
					switch f.Name {
					case "entities":
						got = ents
					case "facts":
						got = facts
					default:
						continue
					}
					if !bytes.Equal(got, f.Data) {
						t.Errorf("%s: got\n%s\nwant\n%s", f.Name, got, f.Data)
					}
				}
			})
		}
	}
}

// formatEntities lists entities in the order of their first mention
// (unmentioned ones last, by ID), each with its mentions.
func formatEntities(x *pledgegraph.Extraction) []byte {
	first := map[pledgegraph.EntityID]int{}
	spans := map[pledgegraph.EntityID][]string{}
	for _, m := range x.Mentions {
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = m.Start
		}
		spans[m.Entity] = append(spans[m.Entity], fmt.Sprintf("%d-%d %q", m.Start, m.End, x.Document.Text[m.Start:m.End]))
	}
	ents := append([]pledgegraph.Entity{}, x.Entities...)
	sort.SliceStable(ents, func(i, j int) bool {
		a, aok := first[ents[i].ID]
		b, bok := first[ents[j].ID]
		if aok != bok {
			return aok
		}
		if a != b {
			return a < b
		}
		return ents[i].ID < ents[j].ID
	})
	var b bytes.Buffer
	for _, e := range ents {
		fmt.Fprintf(&b, "%s %s %q", e.ID, e.Kind, e.Name)
		if !e.Start.IsZero() {
			fmt.Fprintf(&b, " start=%s", e.Start)
		}
		b.WriteByte('\n')
		for _, s := range spans[e.ID] {
			fmt.Fprintf(&b, "\t%s\n", s)
		}
	}
	return b.Bytes()
}

// formatFacts lists facts and counts in the order of their first
// evidence's span.
func formatFacts(x *pledgegraph.Extraction) []byte {
	type line struct {
		start int
		text  string
	}
	var lines []line
	for _, f := range x.Facts {
		var flags []string
		if f.Negated {
			flags = append(flags, "negated")
		}
		if f.Inferred {
			flags = append(flags, "inferred")
		}
		if f.Reference {
			flags = append(flags, "reference")
		}
		if !f.Since.IsZero() {
			flags = append(flags, "since="+f.Since.String())
		}
		start, quote := 0, ""
		if len(f.Evidence) > 0 {
			start, quote = f.Evidence[0].Start, f.Evidence[0].Quote
		}
		lines = append(lines, line{start, fmt.Sprintf("%s %s %s [%s] %q", f.Subject, f.Predicate, f.Object, strings.Join(flags, " "), quote)})
	}
	for _, c := range x.Counts {
		lines = append(lines, line{c.Evidence.Start, fmt.Sprintf("count %s %s %d approx=%v date=%s %q", c.Initiative, c.What, c.Value, c.Approx, c.Date, c.Evidence.Quote)})
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].start != lines[j].start {
			return lines[i].start < lines[j].start
		}
		return lines[i].text < lines[j].text
	})
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.Bytes()
}
