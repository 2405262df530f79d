package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	pg "github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph/storetest"
	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// opener opens a fresh, empty store for one test.
type opener func(t *testing.T) *Store

func openMemory(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openTestLevelDB(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.Context(), "leveldb:"+filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// backends are the stores the conformance suite runs on. PostgreSQL joins
// when PLEDGEGRAPH_TEST_POSTGRES holds the URL of a database whose user
// may create databases: each test gets a fresh database, dropped after.
func backends() map[string]opener {
	return map[string]opener{
		"memory":  openMemory,
		"leveldb": openTestLevelDB,
		"postgres": func(t *testing.T) *Store {
			return openTestPostgres(t, testenv.Postgres(t))
		},
	}
}

var postgresDBs atomic.Int64

func openTestPostgres(t *testing.T, admin string) *Store {
	t.Helper()
	s, err := Open(t.Context(), testPostgresURL(t, admin))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testPostgresURL creates a fresh database on the server admin names,
// dropped when the test ends, and returns its URL.
func testPostgresURL(t *testing.T, admin string) string {
	t.Helper()
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	name := fmt.Sprintf("pledgegraph_test_%d_%d", os.Getpid(), postgresDBs.Add(1))
	if _, err := db.ExecContext(t.Context(), "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestStore runs the conformance suite of package storetest on every
// backend, and on LevelDB opened for a bulk load too (Cayley's bloom
// filters on); LevelDB and PostgreSQL stores can be opened again.
func TestStore(t *testing.T) {
	for _, name := range []string{"memory", "leveldb", "leveldb-bulk", "postgres"} {
		t.Run(name, func(t *testing.T) {
			admin := ""
			if name == "postgres" {
				admin = testenv.Postgres(t)
			}
			storetest.Run(t, func(t *testing.T) storetest.Store {
				switch name {
				case "memory":
					return openMemory(t)
				case "leveldb":
					return openReopenable(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
				case "leveldb-bulk":
					return openReopenable(t, "leveldb:"+filepath.Join(t.TempDir(), "db"), ForBulkLoad())
				}
				return openReopenable(t, testPostgresURL(t, admin))
			})
		})
	}
}

// reopenable is a store the conformance suite can open again.
type reopenable struct {
	*Store
	spec string
	opts []Option
}

func openReopenable(t *testing.T, spec string, opts ...Option) reopenable {
	t.Helper()
	s, err := Open(t.Context(), spec, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return reopenable{s, spec, opts}
}

// Reopen closes the store and opens it again, with the same options.
func (r reopenable) Reopen(t *testing.T) storetest.Store {
	t.Helper()
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	return openReopenable(t, r.spec, r.opts...)
}

func write(t *testing.T, s *Store, xs ...*pg.Extraction) {
	t.Helper()
	for _, x := range xs {
		if err := s.WriteExtraction(t.Context(), x); err != nil {
			t.Fatalf("WriteExtraction(%s) = %v", x.Document.ID, err)
		}
	}
}

// TestEmpty checks that Empty tells a store that holds no quad, and that
// an invalid write leaves it so.
func TestEmpty(t *testing.T) {
	s := openMemory(t)
	ctx := t.Context()
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("Empty() = %v, %v, want true", empty, err)
	}
	x := extraction1()
	x.Facts[0].Evidence[0].Document = "other.txt"
	if err := s.WriteExtraction(ctx, x); pg.ErrorCode(err) != pg.EINVALID {
		t.Fatalf("WriteExtraction(invalid) = %v, want code %s", err, pg.EINVALID)
	}
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("Empty() after an invalid write = %v, %v, want true", empty, err)
	}
	write(t, s, extraction1())
	if empty, err := s.Empty(ctx); err != nil || empty {
		t.Fatalf("Empty() = %v, %v, want false", empty, err)
	}
}

// TestReads checks that Reads counts one read per service call, whatever
// it reads.
func TestReads(t *testing.T) {
	s := openMemory(t)
	ctx := t.Context()
	write(t, s, extraction1(), extraction2())
	before := s.Reads()
	ids := []pg.FactID{
		pg.NewFactID(idUS, pg.Supports, idParisCall, false),
		pg.NewFactID(idFR, pg.Supports, idParisCall, false),
		pg.NewFactID(idDE, pg.Supports, idParisCall, false),
	}
	if _, err := s.FactsByIDs(ctx, ids); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindFacts(ctx, pg.FactFilter{Objects: []pg.EntityID{idParisCall}}); err != nil {
		t.Fatal(err)
	}
	if got := s.Reads() - before; got != 2 {
		t.Errorf("reads for 2 calls = %d, want 2", got)
	}
}

func TestLevelDBReopen(t *testing.T) {
	ctx := t.Context()
	spec := "leveldb:" + filepath.Join(t.TempDir(), "store")
	s, err := Open(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, extraction1(), extraction2())

	t.Run("second opener", func(t *testing.T) {
		_, err := Open(ctx, spec)
		if err == nil || !strings.Contains(err.Error(), "in use by another pledgegraph process") {
			t.Errorf("second Open = %v, want an in-use error", err)
		}
	})

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindEntityByID(ctx, idUS); err == nil {
		t.Errorf("FindEntityByID after Close = nil error, want one")
	}
	s, err = Open(ctx, spec)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	tot, err := s.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := [3]int{tot.Documents, tot.Entities, tot.Facts.Facts() + tot.Facts.Reference}, [3]int{2, 9, 8}; got != want {
		t.Errorf("Totals() after reopen = %v, want %v", got, want)
	}
	fact, err := s.FindFactByID(ctx, pg.NewFactID(idFR, pg.Supports, idParisCall, false))
	if err != nil {
		t.Fatal(err)
	}
	if len(fact.Evidence) != 2 {
		t.Errorf("evidence after reopen = %d, want 2", len(fact.Evidence))
	}
	fs, err := s.FindFacts(ctx, pg.FactFilter{Document: doc2})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Errorf("FindFacts(document %s) after reopen = %d facts, want 2", doc2, len(fs))
	}
	// The store was created with a label index: the size of a label scan
	// is known exactly (without the index it is an estimate).
	size, err := s.qs.QuadIteratorSize(ctx, quad.Label, s.ref(ctx, documentIRI(doc2)))
	if err != nil {
		t.Fatal(err)
	}
	if !size.Exact || size.Size == 0 {
		t.Errorf("label scan size = %+v, want an exact, non-zero size (label index)", size)
	}
}

func TestOpenErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, spec, want string
	}{
		{"empty", "", "unknown store"},
		{"unknown scheme", "bolt:/tmp/x", "unknown store"},
		{"leveldb without path", "leveldb:", "needs a path"},
		{"leveldb on a file", "leveldb:" + file, "graph: "},
		{"unreachable postgres", "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", "graph: open postgres store postgres://nobody:xxxxx@127.0.0.1:1/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(t.Context(), tc.spec)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) = nil error, want one", tc.spec)
			}
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q) = %v, want it to contain %q", tc.spec, err, tc.want)
			}
		})
	}
}

func TestLifecycle(t *testing.T) {
	t.Run("leveldb in an existing empty directory", func(t *testing.T) {
		s, err := Open(t.Context(), "leveldb:"+t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		write(t, s, extraction1())
		if _, err := s.FindEntityByID(t.Context(), idUS); err != nil {
			t.Error(err)
		}
	})
	t.Run("closed store", func(t *testing.T) {
		s, err := Open(t.Context(), "memory")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Errorf("second Close() = %v, want nil", err)
		}
		if err := s.WriteExtraction(t.Context(), extraction1()); err == nil || !strings.Contains(err.Error(), "closed") {
			t.Errorf("WriteExtraction after Close = %v, want a closed-store error", err)
		}
		if _, err := s.FindFacts(t.Context(), pg.FactFilter{}); err == nil || !strings.Contains(err.Error(), "closed") {
			t.Errorf("FindFacts after Close = %v, want a closed-store error", err)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		// calls on a store with a cancelled context: see storetest
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := Open(ctx, "memory"); !errors.Is(err, context.Canceled) {
			t.Errorf("Open(cancelled) = %v, want context.Canceled", err)
		}
	})
}

// TestView checks how each backend's views meet writes: in memory a
// write waits for the view and commits once it is released, on LevelDB
// and PostgreSQL it goes on beside it; a write inside a view is refused
// with errInView rather than left waiting for itself. What a view reads
// is checked by the suite (storetest).
func TestView(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) { testView(t, open(t)) })
	}
}

func testView(t *testing.T, s *Store) {
	ctx := t.Context()
	write(t, s, extraction1())
	vctx, release, err := s.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if err := s.WriteExtraction(vctx, extraction2()); !errors.Is(err, errInView) {
		t.Errorf("WriteExtraction in a view = %v, want %v", err, errInView)
	}
	done := make(chan error, 1)
	go func() { done <- s.WriteExtraction(ctx, extraction2()) }()
	// LevelDB, PostgreSQL: the write goes on beside the view; in memory
	// it waits for it (or is about to)
	snapshots := s.snap != nil || s.pg != nil
	if snapshots {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("WriteExtraction beside a view = %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("WriteExtraction waited 30 s for a view")
		}
	}
	// reads in the view go on, and do not see the new document
	for range 50 {
		if _, err := s.FindDocumentByID(vctx, doc2); pg.ErrorCode(err) != pg.ENOTFOUND {
			t.Fatalf("FindDocumentByID(%s) in the view = %v, want not found", doc2, err)
		}
		if _, _, err := s.FindEntities(vctx, pg.EntityFilter{Search: "paris"}); err != nil {
			t.Fatal(err)
		}
	}
	if !snapshots {
		select {
		case err := <-done:
			t.Fatalf("the write ended (%v) while a view was open", err)
		default:
		}
	}
	release()
	release() // a second call does nothing
	if !snapshots {
		if err := <-done; err != nil {
			t.Fatalf("WriteExtraction after the view = %v", err)
		}
	}
	if _, err := s.FindDocumentByID(ctx, doc2); err != nil {
		t.Errorf("FindDocumentByID(%s) after the write = %v", doc2, err)
	}
}

// TestSnapshotCaches checks that on LevelDB, where views of several
// generations read at once, the object and value caches never give a
// view what a later generation holds, nor keep what an earlier one read:
// a view taken before a write reads the entity, its name and its facts
// as they were, whoever read them since and in whatever order.
func TestSnapshotCaches(t *testing.T) {
	for _, newFirst := range []bool{false, true} {
		t.Run(fmt.Sprintf("new first %v", newFirst), func(t *testing.T) {
			s := openTestLevelDB(t)
			ctx := t.Context()
			write(t, s, extraction1())
			old, release, err := s.View(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer release()
			read := func(ctx context.Context) string {
				e, err := s.FindEntityByID(ctx, idUS)
				if err != nil {
					t.Fatal(err)
				}
				named, err := s.FindEntityByName(ctx, "United States")
				if pg.ErrorCode(err) == pg.ENOTFOUND {
					named = &pg.Entity{}
				} else if err != nil {
					t.Fatal(err)
				}
				facts, err := s.FindFacts(ctx, pg.FactFilter{Subjects: []pg.EntityID{idUS}})
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, f := range facts {
					ids = append(ids, fmt.Sprintf("%s:%d", f.ID, len(f.Evidence)))
				}
				return fmt.Sprintf("aliases %v; named %q; facts %v", e.Aliases, named.ID, ids)
			}
			before := read(old) // fills the caches in generation 1
			write(t, s, extraction2())
			// the write read again what it changed in the caches: the
			// next readers find it there
			gen, _ := s.Generation()
			if e := s.memo.entity(gen, idUS); e == nil || !slices.Contains(e.Aliases, "United States") {
				t.Errorf("after the write the cache holds %+v for %s, want its new aliases", e, idUS)
			}
			var now string
			if newFirst {
				now = read(ctx)
			}
			if got := read(old); got != before {
				t.Errorf("the view after a write reads %s, want %s", got, before)
			}
			if !newFirst {
				now = read(ctx)
			}
			if now == before {
				t.Errorf("after the write a new read gives %s, as before it", now)
			}
			if got := read(ctx); got != now {
				t.Errorf("a second new read gives %s, want %s", got, now)
			}
		})
	}
}

// TestViewsDoNotWait checks the stores whose views read snapshots
// (LevelDB, PostgreSQL): a write and a removal commit while a view is
// open, without waiting for it, and the view goes on reading the state it
// began with, down to the quotes and document names of evidence whose
// nodes the removal deleted; a view taken after reads the new state. On
// PostgreSQL the writer is a second store on the same database, as
// another process would be.
func TestViewsDoNotWait(t *testing.T) {
	for name, open := range backends() {
		if name == "memory" {
			continue // a view holds the lock there, which writes wait for
		}
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			var s, writer *Store
			if name == "postgres" {
				u := testPostgresURL(t, testenv.Postgres(t))
				for _, p := range []**Store{&s, &writer} {
					st, err := Open(ctx, u)
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { st.Close() })
					*p = st
				}
			} else {
				s = open(t)
				writer = s
			}
			write(t, s, extraction1())
			read := func(ctx context.Context) string {
				docs, _, err := s.FindDocuments(ctx, pg.DocumentFilter{})
				if err != nil {
					t.Fatal(err)
				}
				facts, err := s.FindFacts(ctx, pg.FactFilter{})
				if err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				for _, d := range docs {
					fmt.Fprintf(&b, "document %s %q %d; ", d.ID, d.Title, len(d.Text))
				}
				for _, f := range facts {
					fmt.Fprintf(&b, "fact %s:", f.ID)
					for _, ev := range f.Evidence {
						fmt.Fprintf(&b, " %s %q", ev.Document, ev.Quote)
					}
					b.WriteString("; ")
				}
				return b.String()
			}
			old, release, err := s.View(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer release()
			before := read(old)
			done := make(chan error, 1)
			go func() {
				err := writer.WriteExtraction(ctx, extraction2())
				if err == nil {
					_, err = writer.RemoveDocument(ctx, extraction1().Document.ID)
				}
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(time.Minute):
				t.Fatal("the write waits for the open view")
			}
			if got := read(old); got != before {
				t.Errorf("after the write the view reads\n%s\nwant\n%s", got, before)
			}
			if err := release(); err != nil {
				t.Errorf("release: %v", err)
			}
			if now := read(ctx); now == before || strings.Contains(now, string(extraction1().Document.ID)+" ") {
				t.Errorf("after the write a new read gives\n%s\nwant the second document alone", now)
			}
		})
	}
}

// TestDecodeMentions checks that what cannot be read of a stored
// mentions string is skipped, and the rest kept.
func TestDecodeMentions(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"3 9 state/fr\n63 73 state/us\n", 2},
		{"3 9 state/fr\nbroken\n9 3 state/us\n-1 4 x\n5 7 an entity with spaces", 2},
	}
	for _, tt := range tests {
		if got := decodeMentions("d.txt", tt.in); len(got) != tt.want {
			t.Errorf("decodeMentions(%q) = %+v, want %d mentions", tt.in, got, tt.want)
		}
	}
	ms := []pg.Mention{{Entity: "state/us", Doc: "d.txt", Start: 10, End: 12}, {Entity: "state/fr", Doc: "d.txt", Start: 1, End: 3}}
	if got := decodeMentions("d.txt", encodeMentions(ms)); !reflect.DeepEqual(got, []pg.Mention{ms[1], ms[0]}) {
		t.Errorf("round trip = %+v", got)
	}
}

// TestDirectSupporters checks that the Cayley-alone traversal bench
// measures against finds the same supporters as the store's facts: the
// subjects of positive supports facts toward the initiative, known by
// asOf or undated.
func TestDirectSupporters(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			write(t, s, extraction1(), extraction2())
			for _, asOf := range []pg.Date{{}, pg.MustDate("2018-11-11"), pg.MustDate("2030-01-01")} {
				got, err := s.DirectSupporters(t.Context(), idParisCall, asOf)
				if err != nil {
					t.Fatal(err)
				}
				no := false
				facts, err := s.FindFacts(t.Context(), pg.FactFilter{Objects: []pg.EntityID{idParisCall}, Predicates: []pg.Predicate{pg.Supports}, Negated: &no})
				if err != nil {
					t.Fatal(err)
				}
				var want []pg.EntityID
				for _, f := range facts {
					if (asOf.IsZero() || f.Since.IsZero() || asOf.Compare(f.Since) >= 0) && !slices.Contains(want, f.Subject) {
						want = append(want, f.Subject)
					}
				}
				slices.Sort(got)
				slices.Sort(want)
				if len(want) == 0 || !slices.Equal(got, want) {
					t.Errorf("as of %v: DirectSupporters = %v, want %v", asOf, got, want)
				}
			}
		})
	}
}

// TestWriteSettings checks that a store says how it writes, and that
// Baseline writes with the settings a store opened with the same options
// has: Cayley's bloom filters on only for an empty LevelDB store opened
// for a bulk load.
func TestWriteSettings(t *testing.T) {
	const off, on = "leveldb, synced writes, Cayley's bloom filters off", "leveldb, synced writes, Cayley's bloom filters on"
	ctx := t.Context()
	held := "leveldb:" + filepath.Join(t.TempDir(), "held")
	s, err := Open(ctx, held)
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, extraction1())
	s.Close()
	tests := []struct {
		name string
		spec string
		opts []Option
		want string
	}{
		{"memory", "memory", nil, "memory"},
		{"leveldb", "leveldb:" + filepath.Join(t.TempDir(), "db"), nil, off},
		{"leveldb bulk", "leveldb:" + filepath.Join(t.TempDir(), "db"), []Option{ForBulkLoad()}, on},
		{"leveldb bulk, not empty", held, []Option{ForBulkLoad()}, off},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.spec, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got := s.WriteSettings()
			s.Close()
			if got != tt.want {
				t.Errorf("WriteSettings() = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("baseline", func(t *testing.T) {
		for _, opts := range [][]Option{nil, {ForBulkLoad()}} {
			spec := "leveldb:" + filepath.Join(t.TempDir(), "db")
			s, err := Open(ctx, spec, opts...)
			if err != nil {
				t.Fatal(err)
			}
			want := s.WriteSettings()
			s.Close()
			run, err := Baseline(ctx, "leveldb:"+filepath.Join(t.TempDir(), "db"), []*pg.Extraction{extraction1(), extraction2()}, 1, opts...)
			if err != nil {
				t.Fatal(err)
			}
			if run.Settings != want || run.Quads == 0 {
				t.Errorf("Baseline(%d options) = %d quads, settings %q; want some quads, settings %q", len(opts), run.Quads, run.Settings, want)
			}
		}
	})
}
