package graph

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// testRemove removes the first of two documents: what only it says goes,
// what both say stays with the other's evidence.
func testRemove(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1(), extraction2())
	// read once so that the caches hold what removal must drop
	if _, err := s.FindEntityByID(ctx, idMicrosoft); err != nil {
		t.Fatal(err)
	}
	frSupports := pg.NewFactID(idFR, pg.Supports, idParisCall, false)
	if _, err := s.FindFactByID(ctx, frSupports); err != nil {
		t.Fatal(err)
	}
	r, err := s.RemoveDocument(ctx, doc1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Facts, pg.NewFactID(idMicrosoft, pg.Supports, idParisCall, false)) || slices.Contains(r.Facts, frSupports) {
		t.Errorf("removed facts %v: want Microsoft's support, not France's", r.Facts)
	}
	if !slices.Equal(r.FactsKept, []pg.FactID{frSupports}) {
		t.Errorf("kept facts %v, want France's support", r.FactsKept)
	}
	for _, id := range []pg.EntityID{idMicrosoft, idDE, idEU, idForum, idParis, idHilton} {
		if !slices.Contains(r.Entities, id) {
			t.Errorf("removed entities %v: want %s among them", r.Entities, id)
		}
	}
	if slices.Contains(r.Entities, idFR) || slices.Contains(r.Entities, idUS) {
		t.Errorf("removed entities %v: France and the United States are in the other document", r.Entities)
	}
	if _, err := s.FindEntityByID(ctx, idMicrosoft); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("Microsoft after removal: %v, want not found", err)
	}
	f, err := s.FindFactByID(ctx, frSupports)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Evidence) != 1 || f.Evidence[0].Document != doc2 {
		t.Errorf("France's support keeps %+v, want the other document's evidence only", f.Evidence)
	}
	us, err := s.FindEntityByID(ctx, idUS)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(us.Aliases, "USA") {
		t.Errorf("the United States keep the removed document's alias: %v", us.Aliases)
	}
	if _, err := s.FindDocumentByID(ctx, doc1); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("removed document: %v, want not found", err)
	}
	counts, err := s.FindCounts(ctx, idParisCall)
	if err != nil || len(counts) != 2 {
		t.Errorf("counts after removal: %d %v, want the other document's 2", len(counts), err)
	}
	if _, err := s.RemoveDocument(ctx, doc1); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("removing it again: %v, want not found", err)
	}
	// written again, it is whole again
	write(t, s, extraction1())
	if _, err := s.FindEntityByID(ctx, idMicrosoft); err != nil {
		t.Errorf("Microsoft after writing the document again: %v", err)
	}
}

// testReplace stores a new version of a document in place of the old.
func testReplace(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1())
	if replaced, err := s.ReplaceExtraction(ctx, extraction1()); err != nil || replaced {
		t.Errorf("same text: replaced %v, %v; want nothing done", replaced, err)
	}
	x := extraction2()
	x.Document.ID = doc1
	for i := range x.Facts {
		for j := range x.Facts[i].Evidence {
			x.Facts[i].Evidence[j].Document = doc1
		}
	}
	for i := range x.Counts {
		x.Counts[i].Evidence.Document = doc1
	}
	for i := range x.Mentions {
		x.Mentions[i].Doc = doc1
	}
	replaced, err := s.ReplaceExtraction(ctx, x)
	if err != nil || !replaced {
		t.Fatalf("new text: replaced %v, %v", replaced, err)
	}
	d, err := s.FindDocumentByID(ctx, doc1)
	if err != nil || d.Title != "The Paris Call" {
		t.Errorf("document after replacement: %+v %v", d, err)
	}
	if _, err := s.FindEntityByID(ctx, idMicrosoft); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("Microsoft, only in the old version: %v, want not found", err)
	}
	f, err := s.FindFactByID(ctx, pg.NewFactID(idUS, pg.Supports, idParisCall, false))
	if err != nil || len(f.Evidence) != 1 {
		t.Errorf("the new version's fact: %+v %v", f, err)
	}
	if _, err := s.FindFactByID(ctx, pg.NewFactID(idUS, pg.Supports, idParisCall, true)); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("the old version's refusal: %v, want not found", err)
	}
	docs, n, err := s.FindDocuments(ctx, pg.DocumentFilter{})
	if err != nil || n != 1 || len(docs) != 1 {
		t.Errorf("documents: %d %v, want 1", n, err)
	}
}

// TestConcurrentRemove removes and writes a document again and again
// while readers read it: each reader sees the document whole or not at
// all (its Microsoft fact and Microsoft itself together).
func TestConcurrentRemove(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := t.Context()
			write(t, s, extraction1(), extraction2())
			msFact := pg.NewFactID(idMicrosoft, pg.Supports, idParisCall, false)
			stop := make(chan struct{})
			var wg sync.WaitGroup
			errs := make(chan error, 10)
			for range 3 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						select {
						case <-stop:
							return
						default:
						}
						facts, err := s.FindFacts(ctx, pg.FactFilter{Document: doc1})
						if err != nil {
							errs <- err
							return
						}
						if n := len(facts); n != 0 && n != 6 {
							errs <- fmt.Errorf("a reader saw %d facts of the document, want 0 or 6", n)
							return
						}
						_, ferr := s.FindFactByID(ctx, msFact)
						if ferr != nil && pg.ErrorCode(ferr) != pg.ENOTFOUND {
							errs <- ferr
							return
						}
					}
				}()
			}
			for range 10 {
				if _, err := s.RemoveDocument(ctx, doc1); err != nil {
					t.Fatal(err)
				}
				write(t, s, extraction1())
			}
			close(stop)
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}
