package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	pg "github.com/pledgegraph/pledgegraph"
)

// viewWait is how long testView lets a write go on beside a view before
// it takes the store for one whose writes wait for views.
const viewWait = 300 * time.Millisecond

// testView checks, on a store that offers views, that a view taken before
// a write goes on answering as before it, whether the write commits
// meanwhile or waits for the view; that a write with the view's context
// is refused; and that reads after the view see the write.
func testView(t *testing.T, s Store) {
	v, ok := s.(Viewer)
	if !ok {
		t.Skip("the store offers no views")
	}
	ctx := t.Context()
	write(t, s, article2018())
	vctx, release, err := v.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if err := s.WriteExtraction(vctx, article2021()); err == nil {
		t.Errorf("WriteExtraction with a view's context = nil, want it refused")
	}
	read := func() string {
		t.Helper()
		us, err := s.FindEntityByID(vctx, idUS)
		if err != nil {
			t.Fatal(err)
		}
		fr, err := s.FindFactByID(vctx, factFRSupports)
		if err != nil {
			t.Fatal(err)
		}
		_, total, err := s.FindDocuments(vctx, pg.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		_, named := s.FindEntityByName(vctx, "United States")
		return fmt.Sprintf("aliases %v, %d evidence, %d documents, United States: %s", us.Aliases, len(fr.Evidence), total, pg.ErrorCode(named))
	}
	before := read()
	done := make(chan error, 1)
	go func() { done <- s.WriteExtraction(ctx, article2021()) }()
	// read in the view until the write commits, or for viewWait if it
	// waits for the view
	committed := false
	for deadline := time.Now().Add(viewWait); !committed && time.Now().Before(deadline); {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("WriteExtraction beside a view = %v", err)
			}
			committed = true
		case <-time.After(10 * time.Millisecond):
		}
		if got := read(); got != before {
			t.Fatalf("a view reads %s while a write goes on (committed %v), want %s", got, committed, before)
		}
	}
	if err := release(); err != nil {
		t.Errorf("release() = %v", err)
	}
	if err := release(); err != nil {
		t.Errorf("release() again = %v, want nothing done", err)
	}
	if !committed {
		if err := <-done; err != nil {
			t.Fatalf("WriteExtraction after the view = %v", err)
		}
	}
	if _, err := s.FindDocumentByID(ctx, doc2); err != nil {
		t.Errorf("FindDocumentByID(%s) after the view = %v", doc2, err)
	}
	if e, err := s.FindEntityByName(ctx, "United States"); err != nil || e.ID != idUS {
		t.Errorf("FindEntityByName(United States) after the view = %v, %v", e, err)
	}
}

// testConcurrentWrites reads while one goroutine writes documents: no
// read fails, and every write is there at the end.
func testConcurrentWrites(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018())
	const docs = 20
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	wg.Go(func() {
		for i := range docs {
			if err := s.WriteExtraction(ctx, moved(article2021(), pg.DocumentID(fmt.Sprintf("%03d_more.txt", i+10)))); err != nil {
				errs <- err
				return
			}
		}
	})
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if _, err := s.FindEntityByName(ctx, "USA"); err != nil {
					errs <- err
					return
				}
				if _, err := s.FindFacts(ctx, pg.FactFilter{Objects: []pg.EntityID{idParisCall}}); err != nil {
					errs <- err
					return
				}
				if _, _, err := s.FindEntities(ctx, pg.EntityFilter{Search: "paris"}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	f, err := s.FindFactByID(ctx, factUSSupports)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Evidence) != docs {
		t.Errorf("evidence after %d writes = %d, want %d", docs, len(f.Evidence), docs)
	}
}

// testConcurrentRemove removes and writes a document again and again
// while readers read it: each read sees the document whole or not at
// all.
func testConcurrentRemove(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 3 {
		wg.Go(func() {
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
				if _, err := s.FindFactByID(ctx, factMSSupports); err != nil && pg.ErrorCode(err) != pg.ENOTFOUND {
					errs <- err
					return
				}
			}
		})
	}
	func() {
		defer func() {
			close(stop)
			wg.Wait()
		}()
		for range 10 {
			if _, err := s.RemoveDocument(ctx, doc1); err != nil {
				t.Fatal(err)
			}
			write(t, s, article2018())
		}
	}()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
