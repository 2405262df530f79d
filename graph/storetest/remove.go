package storetest

import (
	"slices"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// testRemoveOne removes the first of two documents: what only it says
// goes, what both say stays with the other's evidence, and Removal says
// which is which.
func testRemoveOne(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	// read first, so that a store that keeps what it read must forget it
	for _, id := range []pg.EntityID{idMicrosoft, idUS} {
		if _, err := s.FindEntityByID(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.FindEntityByName(ctx, "USA"); err != nil {
		t.Fatal(err)
	}
	checkEntityID(t, s, "USA", idUS)
	if _, err := s.FindFactByID(ctx, factFRSupports); err != nil {
		t.Fatal(err)
	}
	checkOutlines(t, s, pg.FactFilter{Objects: []pg.EntityID{idParisCall}})
	r, err := s.RemoveDocument(ctx, doc1)
	if err != nil {
		t.Fatal(err)
	}
	wantFacts := sorted([]pg.FactID{factUSDeclines, factEUSupports, factMSSupports, factDEMember, factDESupports, factHeldAt})
	wantEntities := sorted([]pg.EntityID{idDE, idEU, idMicrosoft, idForum, idParis, idHilton})
	if r.Document != doc1 || !slices.Equal(sorted(r.Facts), wantFacts) || !slices.Equal(r.FactsKept, []pg.FactID{factFRSupports}) ||
		!slices.Equal(sorted(r.Entities), wantEntities) {
		t.Errorf("RemoveDocument(%s) = %+v, want facts %v gone, %s kept, entities %v gone", doc1, r, wantFacts, factFRSupports, wantEntities)
	}

	if _, err := s.FindEntityByID(ctx, idMicrosoft); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByID(%s), only in the removed document = %v, want not found", idMicrosoft, err)
	}
	if _, err := s.FindFactByID(ctx, factMSSupports); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindFactByID of a fact only the removed document stated = %v, want not found", err)
	}
	f, err := s.FindFactByID(ctx, factFRSupports)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Evidence) != 1 || f.Evidence[0].Document != doc2 || f.Since != pg.MustDate("2018-11") || f.Confidence != 0.9 {
		t.Errorf("the fact both stated keeps %+v, since %v, confidence %v; want the other document's evidence, since 2018-11, 0.9",
			f.Evidence, f.Since, f.Confidence)
	}
	if us, err := s.FindEntityByID(ctx, idUS); err != nil || !slices.Equal(us.Aliases, []string{"United States"}) {
		t.Errorf("FindEntityByID(%s) = %+v, %v, want the other document's alias only", idUS, us, err)
	}
	checkEntityID(t, s, "USA", "")
	checkEntityID(t, s, "United States", idUS)
	if _, err := s.FindEntityByName(ctx, "USA"); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByName(USA), an alias of the removed document = %v, want not found", err)
	}
	if _, err := s.FindDocumentByID(ctx, doc1); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindDocumentByID(removed) = %v, want not found", err)
	}
	if _, err := s.DocumentMentions(ctx, doc1); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("DocumentMentions(removed) = %v, want not found", err)
	}
	if fs, err := s.FindFacts(ctx, pg.FactFilter{Document: doc1, IncludeReference: true}); err != nil || len(fs) != 0 {
		t.Errorf("FindFacts(removed document) = %v, %v, want none", factIDs(fs), err)
	}
	checkOutlines(t, s, pg.FactFilter{Objects: []pg.EntityID{idParisCall}})
	if cs, err := s.FindCounts(ctx, idParisCall); err != nil || len(cs) != 2 || cs[0].Evidence.Document != doc2 || cs[1].Evidence.Document != doc2 {
		t.Errorf("FindCounts after the removal = %v, %v, want the other document's 2", cs, err)
	}
	if d, e, counts := stats(t, s); d != 1 || e != 3 || counts != (pg.FactCounts{Stated: 2}) {
		t.Errorf("Totals() after the removal = %d, %d, %+v, want 1, 3, 2 stated", d, e, counts)
	}
	_, err = s.RemoveDocument(ctx, doc1)
	wantCode(t, "RemoveDocument(removed)", err, pg.ENOTFOUND)
	_, err = s.RemoveDocument(ctx, "none.txt")
	wantCode(t, "RemoveDocument(none.txt)", err, pg.ENOTFOUND)

	// written again, it is whole again
	write(t, s, article2018())
	if d, e, counts := stats(t, s); d != 2 || e != 9 || counts != (pg.FactCounts{Stated: 6, Inferred: 1, Reference: 1}) {
		t.Errorf("Totals() after writing the document again = %d, %d, %+v", d, e, counts)
	}
	if e, err := s.FindEntityByName(ctx, "USA"); err != nil || e.ID != idUS {
		t.Errorf("FindEntityByName(USA) after writing the document again = %v, %v", e, err)
	}
}

// testRemoveLast removes both documents, one after the other: the store
// is empty again.
func testRemoveLast(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	if _, err := s.RemoveDocument(ctx, doc2); err != nil {
		t.Fatal(err)
	}
	r, err := s.RemoveDocument(ctx, doc1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Facts, factFRSupports) || len(r.FactsKept) != 0 || !slices.Contains(r.Entities, idUS) || len(r.Entities) != 9 {
		t.Errorf("RemoveDocument(the last) = %+v, want every fact and entity gone, none kept", r)
	}
	if d, e, counts := stats(t, s); d != 0 || e != 0 || counts != (pg.FactCounts{}) {
		t.Errorf("Totals() after removing everything = %d, %d, %+v, want zeros", d, e, counts)
	}
	if es, total, err := s.FindEntities(ctx, pg.EntityFilter{}); err != nil || len(es) != 0 || total != 0 {
		t.Errorf("FindEntities = %v, %d, %v, want none", entityIDs(es), total, err)
	}
	if fs, err := s.FindFacts(ctx, pg.FactFilter{IncludeReference: true}); err != nil || len(fs) != 0 {
		t.Errorf("FindFacts = %v, %v, want none", factIDs(fs), err)
	}
	if ds, total, err := s.FindDocuments(ctx, pg.DocumentFilter{}); err != nil || len(ds) != 0 || total != 0 {
		t.Errorf("FindDocuments = %v, %d, %v, want none", documentIDs(ds), total, err)
	}
	if cs, err := s.FindCounts(ctx, idParisCall); err != nil || len(cs) != 0 {
		t.Errorf("FindCounts = %v, %v, want none", cs, err)
	}
	if _, err := s.FindEntityByName(ctx, "France"); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByName(France) = %v, want not found", err)
	}
}

// testReplace stores new versions of a document in place of the old, at
// once: its text and what it says.
func testReplace(t *testing.T, s Store) {
	ctx := t.Context()
	write(t, s, article2018(), article2021())
	if replaced, err := s.ReplaceExtraction(ctx, article2018()); err != nil || replaced {
		t.Errorf("ReplaceExtraction(same text) = %v, %v, want nothing done", replaced, err)
	}
	bad := moved(article2021(), doc1)
	bad.Facts[0].Subject = "state/nowhere"
	bad.Facts[0].ID = ""
	_, err := s.ReplaceExtraction(ctx, bad)
	wantCode(t, "ReplaceExtraction(invalid)", err, pg.EINVALID)
	if d, err := s.FindDocumentByID(ctx, doc1); err != nil || d.Text != article2018().Document.Text {
		t.Errorf("document after an invalid replacement = %+v, %v, want the old version", d, err)
	}

	// the new version of doc1 says what doc2 says, in other words
	x := moved(article2021(), doc1)
	x.Document.Title = "The Paris Call, again"
	replaced, err := s.ReplaceExtraction(ctx, x)
	if err != nil || !replaced {
		t.Fatalf("ReplaceExtraction(new text) = %v, %v, want replaced", replaced, err)
	}
	d, err := s.FindDocumentByID(ctx, doc1)
	if err != nil || d.Title != x.Document.Title || d.Text != x.Document.Text || d.Hash != hash(x.Document.Text) || d.Lang != pg.English {
		t.Errorf("document after the replacement = %+v, %v, want the new version", d, err)
	}
	if _, err := s.FindEntityByID(ctx, idMicrosoft); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindEntityByID(%s), only in the old version = %v, want not found", idMicrosoft, err)
	}
	if _, err := s.FindFactByID(ctx, factUSDeclines); pg.ErrorCode(err) != pg.ENOTFOUND {
		t.Errorf("FindFactByID of the old version's refusal = %v, want not found", err)
	}
	if f, err := s.FindFactByID(ctx, factUSSupports); err != nil || len(f.Evidence) != 2 {
		t.Errorf("FindFactByID of the new version's fact = %+v, %v, want the evidence of both documents", f, err)
	}
	if f, err := s.FindFactByID(ctx, factFRSupports); err != nil || f.Since != pg.MustDate("2018-11") || len(f.Evidence) != 2 || f.Evidence[0].Quote != "France has backed the Paris Call" {
		t.Errorf("FindFactByID of a fact of both versions = %+v, %v, want the new version's evidence", f, err)
	}
	if ms, err := s.DocumentMentions(ctx, doc1); err != nil || len(ms) != 1 || ms[0].Start != 58 {
		t.Errorf("DocumentMentions after the replacement = %+v, %v, want the new version's", ms, err)
	}
	if cs, err := s.FindCounts(ctx, idParisCall); err != nil || len(cs) != 4 {
		t.Errorf("FindCounts after the replacement = %d counts, %v, want the 2 of each version of the text", len(cs), err)
	}
	if d, e, counts := stats(t, s); d != 2 || e != 3 || counts != (pg.FactCounts{Stated: 2}) {
		t.Errorf("Totals() after the replacement = %d, %d, %+v, want 2, 3, 2 stated", d, e, counts)
	}

	// a document not stored is stored as a write would
	y := moved(article2018(), "003_new.txt")
	if replaced, err := s.ReplaceExtraction(ctx, y); err != nil || replaced {
		t.Errorf("ReplaceExtraction(not stored) = %v, %v, want stored, not replaced", replaced, err)
	}
	if f, err := s.FindFactByID(ctx, factMSSupports); err != nil || len(f.Evidence) != 1 || f.Evidence[0].Document != y.Document.ID {
		t.Errorf("FindFactByID of the stored document's fact = %+v, %v", f, err)
	}
}
