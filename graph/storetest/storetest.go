// Package storetest is the conformance suite of pledgegraph stores: every
// behaviour the root package's service interfaces promise (lookups and
// their error codes, filters and ordering, merging what several documents
// say, writes that are whole or absent, removal and replacement, time
// rules, counts, mentions, totals and views), checked on a store through
// its methods alone (and, when it has them, through a count of what it
// holds and by opening it again: see Recounter and Reopener). Each implementation runs it from its tests, on each
// of its backends, as Cayley runs its graphtest suite:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) storetest.Store { return openEmptyStore(t) })
//	}
//
// One implementation and one suite keep the contract in one place: a test
// double that is a second implementation drifts from the store it stands
// for, and tests of the code above the store (the GraphQL resolvers, the
// exports) run on the memory store instead.
//
// The package imports only the root package and the standard library,
// so that it tests any store.
package storetest

import (
	"context"
	"slices"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// Store is what the suite needs of a store: the read services (totals
// included), the writes and removals.
type Store interface {
	pg.EntityService
	pg.FactService
	pg.DocumentService
	pg.GraphWriter
	pg.DocumentRemover

	// WriteExtractions stores several documents at once, as a bulk load
	// does. It returns one error per extraction: nil for one stored or
	// already stored with the same text, else the error WriteExtraction
	// would return for it; a bad extraction costs only itself.
	WriteExtractions(ctx context.Context, xs []*pg.Extraction) []error
}

// Viewer is a store that gives consistent reads over several calls. The
// suite checks views when the store under test implements it.
type Viewer interface {
	// View returns a context whose reads of the store all see one state
	// of the graph, the one when View was called, whatever is written
	// meanwhile; release ends it (a second call does nothing). A write
	// made with the view's context is refused. Writes made with other
	// contexts either go on beside the view or wait until it is released.
	View(ctx context.Context) (vctx context.Context, release func() error, err error)
}

// Run runs the suite, each behaviour as a subtest on a store open returns
// for it. open must return an empty store, closed when its test ends
// (t.Cleanup), or stop the test (t.Skip, t.Fatal).
func Run(t *testing.T, open func(t *testing.T) Store) {
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, s Store)
	}{
		{"read", testRead},
		{"write/invalid extraction stores nothing", testInvalid},
		{"write/batch stores the valid extractions", testBatch},
		{"write/same text again", testSameText},
		{"write/other text conflicts", testOtherText},
		{"write/reads follow writes", testReadsFollowWrites},
		{"merge/two documents", testMerge},
		{"merge/stated and inferred", testStatedAndInferred},
		{"merge/results are copies", testCopies},
		{"remove/one of two documents", testRemoveOne},
		{"remove/last document", testRemoveLast},
		{"replace", testReplace},
		{"outlines follow writes", testOutlines},
		{"time/as of", testAsOf},
		{"counts", testCounts},
		{"stats", testStats},
		{"totals", testTotals},
		{"mentions", testMentions},
		{"evidence repeats", testRepeats},
		{"entity by name/tie", testNameTie},
		{"cancelled context", testCancelled},
		{"view", testView},
		{"concurrent/reads during writes", testConcurrentWrites},
		{"concurrent/removal is whole", testConcurrentRemove},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open(t)) })
	}
}

// write writes extractions one at a time, failing the test on an error.
func write(t *testing.T, s Store, xs ...*pg.Extraction) {
	t.Helper()
	for _, x := range xs {
		if err := s.WriteExtraction(t.Context(), x); err != nil {
			t.Fatalf("WriteExtraction(%s) = %v", x.Document.ID, err)
		}
	}
}

// entityIDs returns the IDs of es, nil for a nil entity.
func entityIDs(es []*pg.Entity) []pg.EntityID {
	ids := []pg.EntityID{}
	for _, e := range es {
		if e == nil {
			ids = append(ids, "")
		} else {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// factIDs returns the IDs of fs, "" for a nil fact.
func factIDs(fs []*pg.Fact) []pg.FactID {
	ids := []pg.FactID{}
	for _, f := range fs {
		if f == nil {
			ids = append(ids, "")
		} else {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// documentIDs returns the IDs of ds, "" for a nil document.
func documentIDs(ds []*pg.Document) []pg.DocumentID {
	ids := []pg.DocumentID{}
	for _, d := range ds {
		if d == nil {
			ids = append(ids, "")
		} else {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// sorted returns a sorted copy of ids.
func sorted[T ~string](ids []T) []T {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

// stats returns the store's totals, failing the test on an error.
func stats(t *testing.T, s Store) (documents, entities int, facts pg.FactCounts) {
	t.Helper()
	tot, err := s.Totals(t.Context())
	if err != nil {
		t.Fatalf("Totals() = %v", err)
	}
	return tot.Documents, tot.Entities, tot.Facts
}

// wantCode fails the test unless err carries code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := pg.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}
