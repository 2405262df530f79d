// Package graph stores pledgegraph's documents, entities, facts and counts
// in a Cayley quad store (in memory, LevelDB or PostgreSQL) and finds them
// again. Its Store implements pledgegraph.EntityService, FactService,
// DocumentService and GraphWriter. It is the only package that imports
// Cayley, and no Cayley type appears in its API. Its tests run the
// conformance suite of stores, graph/storetest, on every backend.
//
// # Layout
//
// The quad layout is described in voc.go. In short: entities, documents,
// facts, pieces of evidence and counts are nodes. A fact is reified (its
// subject, predicate and object are quads from the fact node; its ID is
// derived from subject, predicate, object and polarity, so the same fact
// from two documents is one node) and has one evidence node per (fact,
// document, offset). Every quad written for a document carries the
// document's node as its label: what a document says of an entity or a
// fact is kept apart from what another says, and merged on read (aliases
// are the union, a fact's since the earliest, its confidence the highest,
// inferred only when every document infers it).
//
// # Reads
//
// Reads start from indexed directions only: by subject, or by object as
// Cayley's In does, because key-value stores index subject→predicate and
// object→predicate→subject and nothing else (plus labels on the LevelDB
// stores this package creates). On the embedded backends (memory,
// LevelDB), which only this process writes, merged entities, facts and
// documents are cached, and so is an index of facts by subject, object and
// predicate and of entities by name, which Cayley's layout does not give
// in one lookup (cache.go); writes drop what they touch, removals drop the
// indexes. Generation tells callers when an answer computed from the store
// may have changed.
//
// # Concurrency
//
// A Store is safe for concurrent use on every backend, and every read
// call, or every call made with the context of a View, sees one state of
// the graph. On LevelDB a view reads a snapshot of the database
// (snapshot.go): writes (one document or one batch, one Cayley
// transaction) go one at a time beside the views, and neither waits for
// the other; each commit is a new generation, which the views taken
// after it see, and the caches keep what each generation read apart (an
// object is taken from or put in them only by views of generations it is
// true of). On PostgreSQL a view reads a snapshot of the database too
// (pgsnap.go), whoever writes, this process or another; writers of all
// processes take an advisory lock (writelock.go). On memory stores reads
// share a lock and a write takes it alone.
package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	lerrors "github.com/syndtr/goleveldb/leveldb/errors"

	"github.com/pledgegraph/pledgegraph"
)

// Store is a pledgegraph store backed by a Cayley quad store. It is safe
// for concurrent use on every backend (Cayley's memstore is not safe for
// concurrent use at all): see Concurrency in the package documentation.
type Store struct {
	// mu: reads share it; writes take it alone, except on LevelDB and
	// PostgreSQL, where they share it too (reads see snapshots) and wmu
	// orders them; Close takes it alone.
	mu     sync.RWMutex
	wmu    sync.Mutex // LevelDB, PostgreSQL: one write at a time
	qs     cgraph.QuadStore
	counts countStore // the counts it keeps of what it holds (tally.go)
	snap   *snapKV    // LevelDB: the database under qs, read through snapshots
	kv     hkv.KV     // LevelDB: snap as Cayley reads it
	dirty  bool       // LevelDB: a commit is not yet published (see publish)
	closed bool
	reads  atomic.Int64  // see Reads
	cache  valueCache    // node references ↔ values
	memo   objectCache   // merged entities and facts (not for PostgreSQL)
	wlock  *writeLock    // PostgreSQL: writes of all processes one at a time
	pg     *pgViews      // PostgreSQL: the snapshots views read
	gen    atomic.Uint64 // see Generation

	dir        string       // a LevelDB store's directory (see roomFor)
	settings   string       // see WriteSettings
	damaged    atomic.Int64 // reads the store could not make (see Damage)
	lastDamage atomic.Value // the last one's error message (a string)
}

// damage records a read the store could not make: a damaged file or a
// node that is gone.
func (s *Store) damage(err error) {
	s.lastDamage.Store(err.Error())
	s.damaged.Add(1)
}

// Damage returns how many reads the store could not make since it was
// opened (its files are damaged: run pledgegraph verify), and an error
// describing the last one; 0 and nil when none.
func (s *Store) Damage() (int64, error) {
	n := s.damaged.Load()
	if n == 0 {
		return 0, nil
	}
	msg, _ := s.lastDamage.Load().(string)
	return n, pledgegraph.Errorf(pledgegraph.ECORRUPT, "the store could not read what it holds (%d reads failed, the last: %s): run pledgegraph verify", n, msg)
}

// damagedSince returns the ECORRUPT error of Damage when reads failed
// since the count was before, nil otherwise.
func (s *Store) damagedSince(before int64) error {
	if s.damaged.Load() == before {
		return nil
	}
	_, err := s.Damage()
	return err
}

// corrupted reports whether err says the store's files are damaged.
func corrupted(err error) bool {
	if lerrors.IsCorrupted(err) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "corrupt") || strings.Contains(msg, "checksum mismatch")
}

// Generation returns a number that changes whenever this process changes
// the store (a write, a replacement, a removal), and whether this process
// is the only writer (memory and LevelDB stores): then an answer computed
// at one generation holds as long as the generation stays the same. A
// PostgreSQL store may be written by other processes, so exclusive is
// false there.
func (s *Store) Generation() (gen uint64, exclusive bool) {
	return s.gen.Load(), s.memo.enabled
}

var (
	_ pledgegraph.EntityService   = (*Store)(nil)
	_ pledgegraph.FactService     = (*Store)(nil)
	_ pledgegraph.DocumentService = (*Store)(nil)
	_ pledgegraph.GraphWriter     = (*Store)(nil)
)

// Open opens the store that spec names, creating it on first use:
//
//	memory              an empty store in memory
//	leveldb:PATH        a LevelDB store in directory PATH (created if need
//	                    be; writes are synced, Cayley's bloom filters are
//	                    off, unless ForBulkLoad says otherwise)
//	postgres://...      a PostgreSQL database (a lib/pq connection URL;
//	                    Cayley's tables are created on first use)
//
// A LevelDB store is created with an index on quad labels, so that a
// document's quads can be found by label. A store written by a version
// that kept no counts of what it holds (see Totals) is counted once, by
// scanning it, and the counts stored; Open logs that it did. Open fails
// with a clear error for an unknown spec, a LevelDB store another process has open ("store
// PATH is in use by another pledgegraph process") and a database it cannot
// reach; errors never show a database password. The caller must Close the
// store.
func Open(ctx context.Context, spec string, opts ...Option) (*Store, error) {
	var o openOptions
	for _, opt := range opts {
		opt(&o)
	}
	setLogger.Do(func() { clog.SetLogger(cayleyLogger{}) })
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", redact(spec), err)
	}
	var (
		qs       cgraph.QuadStore
		snap     *snapKV
		settings string
		err      error
	)
	switch {
	case spec == "memory":
		qs, settings = memstore.New(), "memory"
	case strings.HasPrefix(spec, "leveldb:"):
		path := strings.TrimPrefix(spec, "leveldb:")
		if path == "" {
			return nil, fmt.Errorf("graph: open %q: leveldb needs a path (leveldb:PATH)", spec)
		}
		var bloom bool
		qs, snap, bloom, err = openLevelDB(path, o.bulk)
		settings = "leveldb, synced writes, Cayley's bloom filters off"
		if bloom {
			settings = "leveldb, synced writes, Cayley's bloom filters on"
		}
	case isPostgres(spec):
		settings = "postgres"
		qs, err = openPostgres(spec)
	default:
		return nil, fmt.Errorf("graph: open %q: unknown store (want memory, leveldb:PATH or postgres://...)", redact(spec))
	}
	if err != nil {
		return nil, err
	}
	s := &Store{qs: qs, counts: &memCounts{}, settings: settings}
	if path, ok := strings.CutPrefix(spec, "leveldb:"); ok {
		s.dir = path
		s.snap, s.kv = snap, flat.Upgrade(snap)
		s.counts = levelCounts{snap}
		snap.onCommit = func() { s.dirty = true }
		s.dirty = true
		s.publish(change{})
		if !snap.current {
			s.Close()
			return nil, fmt.Errorf("graph: open %s: cannot take a snapshot of the store", redact(spec))
		}
	}
	s.memo.enabled = !isPostgres(spec)
	s.memo.evidence.size = 4 * maxObjects
	if !s.memo.enabled {
		if s.wlock, err = newWriteLock(spec); err == nil {
			s.pg, err = newPGViews(spec)
		}
		if err == nil {
			s.counts = pgCounts{s.pg.db}
			err = createPGCounts(ctx, s.pg.db)
		}
		if err != nil {
			s.wlock.close()
			qs.Close()
			return nil, fmt.Errorf("graph: open %s: %w", redact(spec), err)
		}
	}
	if err := s.sweepBallast(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("graph: open %s: finish an interrupted replacement: %w", redact(spec), err)
	}
	if err := s.countIfNeeded(ctx, false); err != nil {
		// a damaged store still opens, for verify: its totals are
		// counted at each use, and its next write tries again
		slog.Warn("graph: the store holds no counts of what it holds, and counting them failed", "store", redact(spec), "err", err)
	}
	return s, nil
}

// levelDBOptions are the options of LevelDB stores: synced writes, and no
// bloom filter (rebuilding it scans the whole store at every open).
var levelDBOptions = cgraph.Options{"nosync": false, ckv.OptNoBloom: true}

// bulkLevelDBOptions are the options of an empty LevelDB store opened
// for a bulk load (see ForBulkLoad): Cayley's bloom filters on.
var bulkLevelDBOptions = cgraph.Options{"nosync": false, ckv.OptNoBloom: false}

// Option changes how Open opens a store.
type Option func(*openOptions)

type openOptions struct {
	bulk bool // see ForBulkLoad
}

// ForBulkLoad opens a store that a bulk load of many documents is about
// to fill. An empty LevelDB store is then opened with Cayley's bloom
// filters on, of the nodes, of the quads and of the index keys written:
// a write looks up only the nodes, quads and index entries the filters
// may hold. 10,000 generated documents load 1.4 to 2.1 times as fast,
// 1,000 a little slower, and the filters take 0.6 to 1.1 GB of memory
// (BENCHMARKS.md). A LevelDB store that holds quads is opened as without
// the option (Cayley would fill the quad filter by reading every quad, 8
// to 15 seconds at 10,000 documents, and keeps the node filter for empty
// stores only); so is a store of another backend.
func ForBulkLoad() Option { return func(o *openOptions) { o.bulk = true } }

// syncWrites are the write options of LevelDB stores.
var syncWrites = &opt.WriteOptions{Sync: true}

// openLevelDB opens (and on first use creates) a LevelDB store as
// Cayley's leveldb backend does, with the database under a snapKV; bulk
// opens an empty one with Cayley's bloom filters on (see ForBulkLoad),
// and says whether it did.
func openLevelDB(path string, bulk bool) (cgraph.QuadStore, *snapKV, bool, error) {
	db, err := leveldb.OpenFile(path, &opt.Options{ErrorIfMissing: true})
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, nil, false, fmt.Errorf("graph: create store %s: %w", path, err)
		}
		db, err = leveldb.OpenFile(path, &opt.Options{ErrorIfExist: true})
		if err != nil {
			return nil, nil, false, levelDBError(path, err)
		}
	default:
		return nil, nil, false, levelDBError(path, err)
	}
	snap := newSnapKV(db)
	kv := flat.Upgrade(snap)
	qs, err := ckv.New(kv, levelDBOptions)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if err = initKV(func() error { return ckv.Init(kv, levelDBOptions) }); err == nil {
			qs, err = ckv.New(kv, levelDBOptions)
		}
	}
	bloom := false
	if sized, ok := qs.(interface{ Size() int64 }); err == nil && bulk && ok && sized.Size() == 0 {
		// the store opened above holds nothing that needs closing: its
		// database is kv's, which the new one takes over
		qs, err = ckv.New(kv, bulkLevelDBOptions)
		bloom = true
	}
	if err != nil {
		kv.Close()
		return nil, nil, false, levelDBError(path, err)
	}
	return qs, snap, bloom, nil
}

func levelDBError(path string, err error) error {
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) ||
		strings.Contains(err.Error(), "resource temporarily unavailable") {
		return fmt.Errorf("graph: store %s is in use by another pledgegraph process: %w", path, err)
	}
	if corrupted(err) {
		return pledgegraph.Errorf(pledgegraph.ECORRUPT, "open store %s: its files are damaged (%v): run pledgegraph verify", path, err)
	}
	return fmt.Errorf("graph: open store %s: %w", path, err)
}

// initMu serialises initKV, which changes Cayley's default index list for
// the duration of one initialisation.
var initMu sync.Mutex

// labelIndex is the extra key-value index on quad labels.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// initKV runs init, a call of Cayley's kv.Init, so that it creates
// Cayley's default indexes and labelIndex. Cayley v0.7.7 takes the index
// list only from the package variable DefaultQuadIndexes, read only by
// Init.
func initKV(init func() error) error {
	initMu.Lock()
	defer initMu.Unlock()
	saved := ckv.DefaultQuadIndexes
	ckv.DefaultQuadIndexes = append(slices.Clone(saved), labelIndex)
	defer func() { ckv.DefaultQuadIndexes = saved }()
	err := init()
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return fmt.Errorf("graph: init store: %w", err)
	}
	return nil
}

// pgOptions are the options of PostgreSQL stores: connections are kept
// for reuse up to the number of readers a server has at once, as many as
// database/sql's default of 2 would open and close one per query.
var pgOptions = cgraph.Options{"maxidleconnections": 16}

// isPostgres reports whether spec names a PostgreSQL database.
func isPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// openPostgres opens (and on first use initialises) a PostgreSQL store,
// Cayley's SQL store through pgDriver (see pgsnap.go). Errors name the
// database without its password.
func openPostgres(url string) (cgraph.QuadStore, error) {
	err := cgraph.InitQuadStore(pgFlavor, url, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("graph: open postgres store %s: %w", redact(url), err)
	}
	qs, err := cgraph.NewQuadStore(pgFlavor, url, pgOptions)
	if err != nil {
		return nil, fmt.Errorf("graph: open postgres store %s: %w", redact(url), err)
	}
	return qs, nil
}

// Close closes the store. Calls after Close return an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	s.wlock.close()
	s.pg.close()
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

// WriteSettings describes how the store writes: its backend and, on
// LevelDB, whether writes are synced and whether Cayley's bloom filters
// are on (see ForBulkLoad). Two stores whose writes are compared must
// give the same.
func (s *Store) WriteSettings() string { return s.settings }

// Reads returns the number of read calls made on the store so far: one
// per service method call, whatever it reads. Tests use it to bound the
// store calls a request costs.
func (s *Store) Reads() int64 { return s.reads.Load() }

// errClosed is returned by calls on a closed store.
var errClosed = errors.New("store is closed")

// rlock counts one read and returns a context holding a view of s (see
// View) with the function that releases it; the caller must call it when
// rlock returns nil. In a context that already holds a view, rlock takes
// no other.
func (s *Store) rlock(ctx context.Context) (context.Context, func(), error) {
	s.reads.Add(1)
	if err := ctx.Err(); err != nil {
		return ctx, nil, err
	}
	if inView(ctx, s) {
		if s.closed {
			return ctx, nil, errClosed
		}
		return ctx, func() {}, nil
	}
	return s.view(ctx)
}

// viewKey is the context key of a view of one store.
type viewKey struct{ s *Store }

// view is what a context holding a view of a store knows of it.
type view struct {
	gen uint64 // the generation its reads see
}

// anyGen is the generation of reads outside a view: a writer's, which
// see the store as it is (writers come one at a time).
const anyGen = ^uint64(0)

// inView reports whether ctx holds a view of s.
func inView(ctx context.Context, s *Store) bool { return ctx.Value(viewKey{s}) != nil }

// viewGen returns the generation the reads of ctx see (anyGen outside a
// view).
func (s *Store) viewGen(ctx context.Context) uint64 {
	if v, ok := ctx.Value(viewKey{s}).(*view); ok {
		return v.gen
	}
	return anyGen
}

// view returns a context whose reads of s all see one generation, and the
// function that ends it. On LevelDB and PostgreSQL it reads a snapshot,
// which writes neither wait for nor make wait; in memory it holds the
// read lock, which writes wait for.
func (s *Store) view(ctx context.Context) (context.Context, func(), error) {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return ctx, nil, errClosed
	}
	gen := s.gen.Load()
	end := func() {}
	var err error
	switch {
	case s.pg != nil:
		ctx, end, err = s.pg.take(ctx)
	case s.snap != nil:
		var p *pubSnap
		if p, gen, err = s.snap.acquire(s.gen.Load); err == nil {
			ctx, end = s.snap.pin(ctx, p.sn), p.release
		}
	}
	if err != nil {
		s.mu.RUnlock()
		return ctx, nil, fmt.Errorf("graph: read: %w", unavailable(err))
	}
	ctx = context.WithValue(ctx, viewKey{s}, &view{gen: gen})
	return ctx, func() {
		end()
		s.mu.RUnlock()
	}, nil
}

// View returns a context whose reads of s all see one state of the
// graph, from the first to the last: a document is seen whole or not at
// all, and an evidence never names a document that is gone. Release ends
// it (release must be called, once). A GraphQL response and a command's
// reads each take one.
//
// On LevelDB and PostgreSQL a view reads a snapshot of the store: writes
// go on meanwhile and neither wait for the view nor make it wait; it sees
// none of what they commit (on PostgreSQL, whichever process commits it).
// In memory a view holds s's read lock: writes wait for it, and it waits
// for a write being committed. A write in the context is refused (in
// memory it would wait for its own view).
//
// Release reports, with an ECORRUPT error, a read of the view that the
// store could not make (its files are damaged): the answer read in it is
// not whole.
func (s *Store) View(ctx context.Context) (context.Context, func() error, error) {
	if inView(ctx, s) {
		return ctx, func() error { return nil }, nil
	}
	if err := ctx.Err(); err != nil {
		return ctx, nil, err
	}
	before := s.damaged.Load()
	ctx, end, err := s.view(ctx)
	if err != nil {
		return ctx, nil, err
	}
	var once sync.Once
	release := func() error {
		once.Do(end)
		return s.damagedSince(before)
	}
	return ctx, release, nil
}

// lockWrite takes what a write holds (the write lock, or on LevelDB and
// PostgreSQL the turn of writers; on PostgreSQL also the advisory lock of
// all processes) and
// returns the function that releases it. Writes in a view are refused.
func (s *Store) lockWrite(ctx context.Context) (func(), error) {
	if inView(ctx, s) {
		return nil, errInView
	}
	unlock := s.mu.Unlock
	if s.snap != nil || s.pg != nil {
		s.wmu.Lock()
		s.mu.RLock()
		unlock = func() {
			s.mu.RUnlock()
			s.wmu.Unlock()
		}
	} else {
		s.mu.Lock()
	}
	if s.closed {
		unlock()
		return nil, errClosed
	}
	wunlock, err := s.wlock.lock(ctx)
	if err != nil {
		unlock()
		return nil, err
	}
	return func() {
		wunlock()
		unlock()
	}, nil
}

// change is what a commit changes, for the caches: the extractions it
// writes, whether it replaces a document, whether it deletes quads, and
// what those describe (see deleted); and the counts it writes besides
// its quads (see countStore).
type change struct {
	counts   map[string]string
	written  []*pledgegraph.Extraction
	replaced bool
	deleted  bool
	ents     []pledgegraph.EntityID
	facts    []pledgegraph.FactID
	keys     []factKey
	docs     []pledgegraph.DocumentID
	touched  *touches // what it touches, once computed (see withTouches)
}

// deleted returns the change of deleting quads (see described).
func deleted(quads []quad.Quad) change {
	c := described(quads)
	c.deleted = true
	return c
}

// described returns what quads describe, as a change: the entities,
// facts, documents and the index entries of those facts.
func described(quads []quad.Quad) change {
	var c change
	c.ents, c.facts = touched(quads)
	for _, q := range quads {
		if _, ok := factID(q.Subject); ok {
			switch q.Predicate {
			case predSubject, predObject:
				dir := quad.Subject
				if q.Predicate == predObject {
					dir = quad.Object
				}
				if e, ok := entityID(q.Object); ok {
					c.keys = append(c.keys, factKey{dir, string(e)})
				}
			case predPredicate:
				c.keys = append(c.keys, factKey{quad.Predicate, str(q.Object)})
			}
		}
		if d, ok := documentID(q.Label); ok && !slices.Contains(c.docs, d) {
			c.docs = append(c.docs, d)
		}
	}
	return c
}

// applyDeltas applies deltas in one Cayley transaction, which writes
// c.counts too; its commit makes the store's next generation, with the caches changed as c says: on
// LevelDB once published (see publish), elsewhere at once (on
// PostgreSQL no object is cached, and a node's reference is its hash). The
// caller holds lockWrite.
func (s *Store) applyDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts, c change) error {
	s.counts.begin(c.counts)
	err := s.qs.ApplyDeltas(deltas, opts)
	s.counts.end(err == nil)
	if s.snap != nil {
		s.publish(c)
	} else if err == nil {
		s.advance(c)
	}
	return unavailable(err)
}

// advance steps the store to its next generation, the caches dropping
// what c changed.
func (s *Store) advance(c change) {
	gen := s.gen.Add(1)
	s.memo.advance(gen, c)
	s.cache.advance(gen, c.deleted)
}

// errInView is returned by writes made in a context that holds a view of
// the store.
var errInView = errors.New("a write inside a read view of the store")
