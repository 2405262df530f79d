package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
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
	// begin sets what the next commit (Cayley's ApplyDeltas) writes
	// besides its quads: a value per key, "" to delete the key; end
	// follows the commit, ok when it succeeded. The caller holds
	// lockWrite.
	begin(w map[string]string)
	end(ok bool)
}

// memCounts keeps a memory store's counts in a map, which the store's
// lock guards (reads share it, a write holds it alone).
type memCounts struct {
	m       map[string]string
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

func (c *memCounts) begin(w map[string]string) { c.pending = w }

func (c *memCounts) end(ok bool) {
	if ok {
		if c.m == nil {
			c.m = map[string]string{}
		}
		for k, v := range c.pending {
			if v == "" {
				delete(c.m, k)
			} else {
				c.m[k] = v
			}
		}
	}
	c.pending = nil
}

// countPrefix starts the LevelDB keys of counts: none of Cayley's keys
// starts with an upper-case letter (its buckets are "meta", "log", "v",
// "n" and the index buckets named by lower-case direction letters).
const countPrefix = "PG:count/"

// levelCounts keeps a LevelDB store's counts as keys of the database,
// written in the LevelDB transaction of Cayley's commit (see
// commitTx.Commit) and read, in a view, from its snapshot.
type levelCounts struct{ k *snapKV }

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
	for _, k := range keys {
		v, err := r.Get([]byte(countPrefix+k), nil)
		if errors.Is(err, leveldb.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		out[k] = string(v)
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

func (c levelCounts) begin(w map[string]string) { c.k.counts = w }

func (c levelCounts) end(bool) { c.k.counts = nil }

// pgCountsTable is the PostgreSQL table of counts, beside Cayley's.
const pgCountsTable = "pledgegraph_counts"

// pgCounts keeps a PostgreSQL store's counts in a table of the database,
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

// createPGCounts creates the table of counts if the database lacks it
// (only then: a user who may only read it opens it too).
func createPGCounts(ctx context.Context, db *sql.DB) error {
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, pgCountsTable).Scan(&exists); err != nil {
		return fmt.Errorf("look for the table of counts: %w", err)
	}
	if exists {
		return nil
	}
	_, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+pgCountsTable+` (key TEXT PRIMARY KEY, value TEXT NOT NULL)`)
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && pqErr.Code == "23505" {
		return nil // created at the same moment by another process
	}
	return err
}

func (c pgCounts) get(ctx context.Context, keys []string) (map[string]string, error) {
	return c.query(ctx, `SELECT key, value FROM `+pgCountsTable+` WHERE key = ANY($1)`, pq.Array(keys))
}

func (c pgCounts) all(ctx context.Context) (map[string]string, error) {
	return c.query(ctx, `SELECT key, value FROM `+pgCountsTable)
}

func (c pgCounts) query(ctx context.Context, q string, args ...any) (map[string]string, error) {
	rows, err := c.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, rows.Err()
}

func (pgCounts) begin(w map[string]string) {
	pgStaged.mu.Lock()
	pgStaged.w = w
}

func (pgCounts) end(bool) {
	pgStaged.w = nil
	pgStaged.mu.Unlock()
}

// writePGCounts writes what a commit staged, in its transaction.
func writePGCounts(tx *sql.Tx) error {
	if len(pgStaged.w) == 0 {
		return nil
	}
	var del, keys, vals []string
	for k, v := range pgStaged.w {
		if v == "" {
			del = append(del, k)
		} else {
			keys, vals = append(keys, k), append(vals, v)
		}
	}
	if len(del) > 0 {
		if _, err := tx.Exec(`DELETE FROM `+pgCountsTable+` WHERE key = ANY($1)`, pq.Array(del)); err != nil {
			return fmt.Errorf("write counts: %w", err)
		}
	}
	if len(keys) > 0 {
		_, err := tx.Exec(`INSERT INTO `+pgCountsTable+` (key, value) SELECT * FROM unnest($1::text[], $2::text[])
			ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, pq.Array(keys), pq.Array(vals))
		if err != nil {
			return fmt.Errorf("write counts: %w", err)
		}
	}
	return nil
}
