package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/lib/pq"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// countStore is where a store keeps its counts (tally.go): keys and
// string values beside Cayley's quads, written by the commit that writes
// the quads they count. Cayley's key-value backends never take a deleted
// quad out of their index lists, so counts rewritten at every write
// cannot be quads: each rewrite would leave one more dead entry to skip
// in the lists of the count's node and label.
type countStore interface {
	// get returns the values of keys in the state ctx reads (a view's,
	// or the store's as it is for a writer); keys absent are left out.
	get(ctx context.Context, keys []string) (map[string]string, error)
	// all returns every key and value, in the state ctx reads.
	all(ctx context.Context) (map[string]string, error)
	// scan returns the keys between after and to (both left out) and
	// their values, in the byte order of the keys, at most limit of them,
	// in the state ctx reads. Both bounds start with orderedPrefix: only
	// those keys are kept in order on every backend.
	scan(ctx context.Context, after, to string, limit int) ([]keyValue, error)
	// begin sets what the next commit (Cayley's ApplyDeltas) writes
	// besides its quads: a value per key, "" to delete the key; end
	// follows the commit, ok when it succeeded. The caller holds
	// lockWrite.
	begin(w map[string]string)
	end(ok bool)
}

// keyValue is a key of a countStore with its value.
type keyValue struct{ key, value string }

// orderedPrefix starts the keys a countStore keeps in order (see scan):
// the entries of the fact index (factindex.go).
const orderedPrefix = "index/"

// memCounts keeps a memory store's counts in a map, and the keys under
// orderedPrefix in a sorted slice besides, which a commit merges its
// keys into (one pass over it per commit, not per key); the store's lock
// guards both (reads share it, a write holds it alone).
type memCounts struct {
	m       map[string]string
	ordered []string
	pending map[string]string
}

func (c *memCounts) get(_ context.Context, keys []string) (map[string]string, error) {
	out := map[string]string{}
	for _, k := range keys {
		if v, ok := c.m[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

func (c *memCounts) all(context.Context) (map[string]string, error) { return maps.Clone(c.m), nil }

func (c *memCounts) scan(_ context.Context, after, to string, limit int) ([]keyValue, error) {
	var out []keyValue
	i, found := slices.BinarySearch(c.ordered, after)
	if found {
		i++
	}
	for ; i < len(c.ordered) && c.ordered[i] < to && len(out) < limit; i++ {
		out = append(out, keyValue{c.ordered[i], c.m[c.ordered[i]]})
	}
	return out, nil
}

func (c *memCounts) begin(w map[string]string) { c.pending = w }

func (c *memCounts) end(ok bool) {
	if ok {
		if c.m == nil {
			c.m = map[string]string{}
		}
		var added []string
		removed := false
		for k, v := range c.pending {
			_, had := c.m[k]
			if v == "" {
				delete(c.m, k)
			} else {
				c.m[k] = v
			}
			if strings.HasPrefix(k, orderedPrefix) {
				removed = removed || had && v == ""
				if !had && v != "" {
					added = append(added, k)
				}
			}
		}
		if removed {
			c.ordered = slices.DeleteFunc(c.ordered, func(k string) bool { _, ok := c.m[k]; return !ok })
		}
		if len(added) > 0 {
			slices.Sort(added)
			c.ordered = mergeSorted(c.ordered, added)
		}
	}
	c.pending = nil
}

// mergeSorted returns the sorted slices a and b merged into one.
func mergeSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// countPrefix starts the LevelDB keys of counts: none of Cayley's keys
// starts with an upper-case letter (its buckets are "meta", "log", "v",
// "n" and the index buckets named by lower-case direction letters).
const countPrefix = "PG:count/"

// levelCounts keeps a LevelDB store's counts as keys of the database,
// written in the LevelDB transaction of Cayley's commit (see
// commitTx.Commit) and read, in a view, from its snapshot. Outside a
// view (the writer's reads) it answers from what it knows of the counts
// as the last commit left them (see knownCounts): only this process
// writes the database, and a bulk load reads the same counts again at
// every batch.
type levelCounts struct{ k *snapKV }

// maxKnownCounts bounds the counts a LevelDB store knows without reading
// them (about 150 bytes each): when full, it forgets them all.
const maxKnownCounts = 1 << 17

// knownCounts are the values of counts as the last commit of a LevelDB
// store left them, "" for a count absent: each count the writer read or
// a commit wrote since they were last forgotten; or, when complete,
// every count the store holds (a count it does not know is absent: a
// store that holds few, a new one above all, is read whole at the first
// write, and a bulk load does not look for each new entity's and fact's
// counts in every level of the database).
type knownCounts struct {
	mu       sync.Mutex
	m        map[string]string
	complete bool // m holds every count the store holds
	tried    bool // the store was read whole, or had too many counts
}

// lookup returns the known values of keys, and the keys it does not know.
func (kc *knownCounts) lookup(keys []string, out map[string]string) (unknown []string) {
	kc.mu.Lock()
	defer kc.mu.Unlock()
	for _, k := range keys {
		v, ok := kc.m[k]
		switch {
		case !ok && !kc.complete:
			unknown = append(unknown, k)
		case v != "":
			out[k] = v
		}
	}
	return unknown
}

// learn records the values of keys ("" for absent ones).
func (kc *knownCounts) learn(kvs map[string]string) {
	kc.mu.Lock()
	defer kc.mu.Unlock()
	if kc.m == nil || len(kc.m)+len(kvs) > maxKnownCounts {
		kc.m = make(map[string]string, min(len(kvs), maxKnownCounts))
		kc.complete = false
	}
	if len(kvs) > maxKnownCounts {
		return
	}
	for k, v := range kvs {
		kc.m[k] = v
	}
}

// forget forgets every count: a commit failed, and what it wrote is not
// known.
func (kc *knownCounts) forget() {
	kc.mu.Lock()
	kc.m, kc.complete, kc.tried = nil, false, false
	kc.mu.Unlock()
}

// readAll, once until the counts are forgotten, reads every count of r
// if it holds at most maxKnownCounts/2 of them: then kc is complete.
func (kc *knownCounts) readAll(r levelReader) error {
	kc.mu.Lock()
	defer kc.mu.Unlock()
	if kc.tried {
		return nil
	}
	it := r.NewIterator(util.BytesPrefix([]byte(countPrefix)), nil)
	defer it.Release()
	m := map[string]string{}
	for it.Next() {
		if len(m) >= maxKnownCounts/2 {
			kc.tried = true
			return nil
		}
		m[string(it.Key()[len(countPrefix):])] = string(it.Value())
	}
	if err := it.Error(); err != nil {
		return err
	}
	kc.m, kc.complete, kc.tried = m, true, true
	return nil
}

// levelReader reads a LevelDB database or one of its snapshots.
type levelReader interface {
	Get(key []byte, ro *opt.ReadOptions) ([]byte, error)
	NewIterator(slice *util.Range, ro *opt.ReadOptions) iterator.Iterator
}

// reader returns what reads the state ctx reads: its view's snapshot, or
// the database as it is.
func (c levelCounts) reader(ctx context.Context) levelReader {
	if sn, ok := ctx.Value(snapKey(c)).(*leveldb.Snapshot); ok {
		return sn
	}
	return c.k.db
}

func (c levelCounts) get(ctx context.Context, keys []string) (map[string]string, error) {
	r := c.reader(ctx)
	out := map[string]string{}
	_, inView := r.(*leveldb.Snapshot)
	if !inView {
		if err := c.k.known.readAll(r); err != nil {
			return nil, err
		}
		keys = c.k.known.lookup(keys, out)
	}
	read := make(map[string]string, len(keys))
	for _, k := range keys {
		v, err := r.Get([]byte(countPrefix+k), nil)
		if errors.Is(err, leveldb.ErrNotFound) {
			read[k] = ""
			continue
		} else if err != nil {
			return nil, err
		}
		out[k] = string(v)
		read[k] = string(v)
	}
	if !inView && len(read) > 0 {
		c.k.known.learn(read)
	}
	return out, nil
}

func (c levelCounts) all(ctx context.Context) (map[string]string, error) {
	it := c.reader(ctx).NewIterator(util.BytesPrefix([]byte(countPrefix)), nil)
	defer it.Release()
	out := map[string]string{}
	for it.Next() {
		out[string(it.Key()[len(countPrefix):])] = string(it.Value())
	}
	return out, it.Error()
}

func (c levelCounts) scan(ctx context.Context, after, to string, limit int) ([]keyValue, error) {
	it := c.reader(ctx).NewIterator(&util.Range{Start: []byte(countPrefix + after + "\x00"), Limit: []byte(countPrefix + to)}, nil)
	defer it.Release()
	var out []keyValue
	for len(out) < limit && it.Next() {
		out = append(out, keyValue{string(it.Key()[len(countPrefix):]), string(it.Value())})
	}
	return out, it.Error()
}

func (c levelCounts) begin(w map[string]string) { c.k.counts = w }

func (c levelCounts) end(ok bool) {
	if ok {
		c.k.known.learn(c.k.counts)
	} else {
		c.k.known.forget()
	}
	c.k.counts = nil
}

// pgCountsTable is the PostgreSQL table of counts, beside Cayley's.
const pgCountsTable = "pledgegraph_counts"

// pgIndexTable is the PostgreSQL table of the keys under orderedPrefix,
// kept apart from pgCountsTable so that its primary key orders them
// byte by byte (COLLATE "C") whatever the database's collation.
const pgIndexTable = "pledgegraph_index"

// pgCounts keeps a PostgreSQL store's counts in tables of the database
// (pgCountsTable, and pgIndexTable for the keys under orderedPrefix),
// written in the SQL transaction of Cayley's commit (see pgRunTx) and
// read, in a view, in its snapshot.
type pgCounts struct{ db *sql.DB }

// pgStaged is what the next commit of a PostgreSQL store in this process
// writes besides its quads: the flavor's RunTx, which Cayley calls in
// the transaction of each ApplyDeltas, writes it (pgRunTx). Every commit
// of a PostgreSQL store holds mu from begin to end, so that no other
// commit writes what one staged.
var pgStaged struct {
	mu sync.Mutex
	w  map[string]string
}

// createPGCounts creates the tables of counts and of the fact index if
// the database lacks them (only then: a user who may only read them opens
// the store too).
func createPGCounts(ctx context.Context, db *sql.DB) error {
	for _, table := range []struct{ name, columns string }{
		{pgCountsTable, `(key TEXT PRIMARY KEY, value TEXT NOT NULL)`},
		{pgIndexTable, `(key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL)`},
	} {
		var exists bool
		if err := db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, table.name).Scan(&exists); err != nil {
			return fmt.Errorf("look for table %s: %w", table.name, err)
		}
		if exists {
			continue
		}
		_, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+table.name+` `+table.columns)
		var pqErr *pq.Error
		if err != nil && !(errors.As(err, &pqErr) && pqErr.Code == "23505") { // 23505: created at the same moment by another process
			return err
		}
	}
	return nil
}

func (c pgCounts) get(ctx context.Context, keys []string) (map[string]string, error) {
	return c.query(ctx, `SELECT key, value FROM `+pgCountsTable+` WHERE key = ANY($1)
		UNION ALL SELECT key, value FROM `+pgIndexTable+` WHERE key = ANY($1)`, pq.Array(keys))
}

func (c pgCounts) all(ctx context.Context) (map[string]string, error) {
	return c.query(ctx, `SELECT key, value FROM `+pgCountsTable+` UNION ALL SELECT key, value FROM `+pgIndexTable)
}

func (c pgCounts) scan(ctx context.Context, after, to string, limit int) ([]keyValue, error) {
	var out []keyValue
	err := c.rows(ctx, func(k, v string) { out = append(out, keyValue{k, v}) },
		`SELECT key, value FROM `+pgIndexTable+` WHERE key > $1 AND key < $2 ORDER BY key LIMIT $3`, after, to, limit)
	return out, err
}

func (c pgCounts) query(ctx context.Context, q string, args ...any) (map[string]string, error) {
	out := map[string]string{}
	err := c.rows(ctx, func(k, v string) { out[k] = v }, q, args...)
	return out, err
}

// rows runs q, which selects keys and values, and calls fn on each row.
func (c pgCounts) rows(ctx context.Context, fn func(k, v string), q string, args ...any) error {
	rows, err := c.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		fn(k, v)
	}
	return rows.Err()
}

func (pgCounts) begin(w map[string]string) {
	pgStaged.mu.Lock()
	pgStaged.w = w
}

func (pgCounts) end(bool) {
	pgStaged.w = nil
	pgStaged.mu.Unlock()
}

// writePGCounts writes what a commit staged, in its transaction: the
// keys under orderedPrefix into pgIndexTable, the others into
// pgCountsTable.
func writePGCounts(tx *sql.Tx) error {
	if len(pgStaged.w) == 0 {
		return nil
	}
	type writes struct{ del, keys, vals []string }
	var counts, index writes
	for k, v := range pgStaged.w {
		w := &counts
		if strings.HasPrefix(k, orderedPrefix) {
			w = &index
		}
		if v == "" {
			w.del = append(w.del, k)
		} else {
			w.keys, w.vals = append(w.keys, k), append(w.vals, v)
		}
	}
	for _, t := range []struct {
		table string
		w     writes
	}{{pgCountsTable, counts}, {pgIndexTable, index}} {
		if len(t.w.del) > 0 {
			if _, err := tx.Exec(`DELETE FROM `+t.table+` WHERE key = ANY($1)`, pq.Array(t.w.del)); err != nil {
				return fmt.Errorf("write counts: %w", err)
			}
		}
		if len(t.w.keys) > 0 {
			_, err := tx.Exec(`INSERT INTO `+t.table+` (key, value) SELECT * FROM unnest($1::text[], $2::text[])
				ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, pq.Array(t.w.keys), pq.Array(t.w.vals))
			if err != nil {
				return fmt.Errorf("write counts: %w", err)
			}
		}
	}
	return nil
}
