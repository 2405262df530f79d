package graph

import (
	"fmt"
	"path/filepath"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// benchExtraction returns a document of 50 facts about 50 states
// supporting one initiative, as one news article may list them.
func benchExtraction(i int) *pg.Extraction {
	doc := pg.DocumentID(fmt.Sprintf("%05d_bench.txt", i))
	x := &pg.Extraction{
		Document: pg.Document{ID: doc, Title: "bench", Lang: pg.French, Text: fmt.Sprintf("text %d", i)},
		Entities: []pg.Entity{{ID: idParisCall, Name: "Appel de Paris", Kind: pg.KindInitiative, Aliases: []string{"Paris Call"}}},
	}
	for j := range 50 {
		id := pg.EntityID(fmt.Sprintf("state/s%02d", j))
		x.Entities = append(x.Entities, pg.Entity{ID: id, Name: fmt.Sprintf("État %d", j), Kind: pg.KindState, Aliases: []string{fmt.Sprintf("S%d", j)}})
		x.Mentions = append(x.Mentions, pg.Mention{Entity: id, Doc: doc, Start: j, End: j + 1})
		f := fact(id, pg.Supports, idParisCall, j%7 == 0)
		f.Evidence = []pg.Evidence{ev(doc, fmt.Sprintf("État %d soutient l'Appel de Paris (%d)", j, i), j*40)}
		x.Facts = append(x.Facts, f)
	}
	return x
}

func openBench(b *testing.B) *Store {
	s, err := Open(b.Context(), "leveldb:"+filepath.Join(b.TempDir(), "db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkWriteExtraction writes documents of 50 facts to LevelDB.
func BenchmarkWriteExtraction(b *testing.B) {
	s := openBench(b)
	quads := 0
	if qs, err := buildQuads(benchExtraction(0), benchExtraction(0).Document); err == nil {
		quads = len(qs)
	}
	i := 0
	for b.Loop() {
		if err := s.WriteExtraction(b.Context(), benchExtraction(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(quads), "quads/doc")
	b.ReportMetric(float64(quads*i)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkRead reads from a LevelDB store of 200 documents that all
// state the same 50 facts (10,000 pieces of evidence), with and without
// the object cache; and the totals the store keeps.
func BenchmarkRead(b *testing.B) {
	s := openBench(b)
	for i := range 200 {
		if err := s.WriteExtraction(b.Context(), benchExtraction(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("Totals", func(b *testing.B) {
		for b.Loop() {
			t, err := s.Totals(b.Context())
			if err != nil || t.Documents != 200 || t.Evidence != 10000 {
				b.Fatal(t, err)
			}
		}
	})
	for _, cached := range []bool{false, true} {
		name := "uncached"
		if cached {
			name = "cached"
		}
		s.memo.enabled = cached
		b.Run("FindEntityByName/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.FindEntityByName(b.Context(), "etat 7"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("FindFactsBySubject/"+name, func(b *testing.B) {
			for b.Loop() {
				fs, err := s.FindFacts(b.Context(), pg.FactFilter{Subjects: []pg.EntityID{"state/s07"}})
				if err != nil || len(fs) != 1 {
					b.Fatal(len(fs), err)
				}
			}
		})
		b.Run("FindFactsByObject/"+name, func(b *testing.B) {
			for b.Loop() {
				fs, err := s.FindFacts(b.Context(), pg.FactFilter{Objects: []pg.EntityID{idParisCall}})
				if err != nil || len(fs) != 50 {
					b.Fatal(len(fs), err)
				}
			}
		})
	}
}

// pagedExtraction returns document i of a store whose facts grow with
// its documents: three states of its own support one of ten initiatives.
func pagedExtraction(i int) *pg.Extraction {
	doc := pg.DocumentID(fmt.Sprintf("%05d_page.txt", i))
	init := pg.EntityID(fmt.Sprintf("initiative/i%d", i%10))
	x := &pg.Extraction{
		Document: pg.Document{ID: doc, Title: "page", Lang: pg.French, Text: fmt.Sprintf("text %d", i)},
		Entities: []pg.Entity{{ID: init, Name: fmt.Sprintf("Initiative %d", i%10), Kind: pg.KindInitiative}},
	}
	for j := range 3 {
		id := pg.EntityID(fmt.Sprintf("state/d%d-%d", i, j))
		x.Entities = append(x.Entities, pg.Entity{ID: id, Name: fmt.Sprintf("État %d-%d", i, j), Kind: pg.KindState})
		f := fact(id, pg.Supports, init, false)
		f.Evidence = []pg.Evidence{ev(doc, fmt.Sprintf("État %d-%d soutient l'initiative", i, j), j*40)}
		x.Facts = append(x.Facts, f)
	}
	return x
}

// BenchmarkFactPage reads the first 100 supports facts (ordered by ID,
// with their evidence) of LevelDB stores of 1,000 and 10,000 documents
// that each state three facts of their own (3,000 and 30,000 facts):
// through the fact index (FindFactPage), and as pages were read before
// it (every matching fact read, then cut). The caches are warm, as after
// the first question.
func BenchmarkFactPage(b *testing.B) {
	filter := pg.FactFilter{Predicates: []pg.Predicate{pg.Supports}}
	for _, docs := range []int{1000, 10000} {
		s := openBench(b)
		for i := 0; i < docs; i += 64 {
			var xs []*pg.Extraction
			for j := i; j < min(i+64, docs); j++ {
				xs = append(xs, pagedExtraction(j))
			}
			for _, err := range s.WriteExtractions(b.Context(), xs) {
				if err != nil {
					b.Fatal(err)
				}
			}
		}
		b.Run(fmt.Sprintf("docs=%d/index", docs), func(b *testing.B) {
			for b.Loop() {
				fs, total, err := s.FindFactPage(b.Context(), filter, "", 100)
				if err != nil || len(fs) != 100 || total != 3*docs {
					b.Fatal(len(fs), total, err)
				}
			}
		})
		b.Run(fmt.Sprintf("docs=%d/whole", docs), func(b *testing.B) {
			for b.Loop() {
				fs, err := s.FindFacts(b.Context(), filter)
				if err != nil || len(fs) != 3*docs {
					b.Fatal(len(fs), err)
				}
				_ = fs[:100]
			}
		})
	}
}
