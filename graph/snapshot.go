package graph

import (
	"context"
	"encoding/binary"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// snapKV is a LevelDB database as Cayley's key-value layer sees it, with
// reads that a context can pin to one snapshot of the database: the reads
// of one view of a LevelDB store (see Store.View) all see one state,
// without a lock that writes would wait for or make wait.
//
// Cayley opens a read transaction for each call it makes and passes the
// caller's context to the reads, not to the opening; so a read
// transaction here takes its snapshot at its first read: the context's
// when it holds one, else the database's state then. A write transaction
// is LevelDB's: what it writes is seen by no snapshot until it commits,
// and by every snapshot taken after. Views read the state the store
// published last (pub, a snapshot of it), which it publishes with its
// generation under mu, where views take the two: they always agree.
type snapKV struct {
	db       *leveldb.DB
	base     *hleveldb.DB
	mu       sync.Mutex
	onCommit func() // called under mu after each commit
	// counts is what the next commit writes besides Cayley's keys: the
	// store's counts (see levelCounts), a value per key, "" to delete
	// it; set by the one writer around its commit
	counts map[string]string
	known  knownCounts // the counts as the last commit left them (see levelCounts)
	pub    *pubSnap    // the snapshot views read (see Store.publish)
	// current: the database is in the published state (no commit since
	// the last publication), which pub, when nil, is taken from at need:
	// no snapshot is held while nobody reads (LevelDB keeps what a
	// snapshot sees through its compactions)
	current bool
}

// pubSnap is a snapshot shared by the views that read it and, while it
// is the published one, by the store: the last to let it go releases it.
type pubSnap struct {
	sn   *leveldb.Snapshot
	refs atomic.Int64
}

func newPubSnap(sn *leveldb.Snapshot) *pubSnap {
	p := &pubSnap{sn: sn}
	p.refs.Store(1)
	return p
}

// release lets the snapshot go.
func (p *pubSnap) release() {
	if p != nil && p.refs.Add(-1) == 0 {
		p.sn.Release()
	}
}

var _ flat.KV = (*snapKV)(nil)

// snapKey is the context key of the snapshot pinned for one snapKV.
type snapKey struct{ k *snapKV }

// newSnapKV wraps an open LevelDB database; its writes are synced.
func newSnapKV(db *leveldb.DB) *snapKV {
	base := hleveldb.New(db)
	base.SetWriteOptions(syncWrites)
	return &snapKV{db: db, base: base}
}

// Close lets the published snapshot go and closes the database.
func (k *snapKV) Close() error {
	k.mu.Lock()
	k.pub.release()
	k.pub, k.current = nil, false
	k.mu.Unlock()
	return k.base.Close()
}

// Tx opens a transaction: LevelDB's for writes, one reading a snapshot
// for reads.
func (k *snapKV) Tx(rw bool) (flat.Tx, error) {
	if !rw {
		return &snapTx{k: k}, nil
	}
	tx, err := k.base.Tx(true)
	if err != nil {
		return nil, err
	}
	return &commitTx{Tx: tx, k: k}, nil
}

// acquire returns the published snapshot, which the caller releases,
// with the generation gen reads, both under mu: the store publishes a
// snapshot and its generation under mu (see Store.publish).
func (k *snapKV) acquire(gen func() uint64) (*pubSnap, uint64, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err := k.hold(); err != nil {
		return nil, 0, err
	}
	k.pub.refs.Add(1)
	return k.pub, gen(), nil
}

// hold makes sure pub holds the published state, taking a snapshot of
// the database if it is still in that state. The caller holds mu.
func (k *snapKV) hold() error {
	if k.pub != nil {
		return nil
	}
	if !k.current {
		return leveldb.ErrClosed
	}
	sn, err := k.db.GetSnapshot()
	if err != nil {
		return err
	}
	k.pub = newPubSnap(sn)
	return nil
}

// publish makes the database's state the published one (the caller
// holds mu): the previous snapshot goes when its views end.
func (k *snapKV) publish() {
	k.pub.release()
	k.pub, k.current = nil, true
}

// pin returns a context whose reads of k see sn.
func (k *snapKV) pin(ctx context.Context, sn *leveldb.Snapshot) context.Context {
	return context.WithValue(ctx, snapKey{k}, sn)
}

// commitTx is a write transaction whose commit steps the store to its
// next generation.
type commitTx struct {
	flat.Tx
	k *snapKV
}

// Commit commits the transaction, with the counts staged for it, and
// calls onCommit, under k.mu, after making sure a snapshot holds the
// published state.
func (tx *commitTx) Commit(ctx context.Context) error {
	tx.k.mu.Lock()
	defer tx.k.mu.Unlock()
	// the published state must outlive the commit
	if err := tx.k.hold(); err != nil && tx.k.current {
		return err
	}
	tx.k.current = false
	for k, v := range tx.k.counts {
		var err error
		if v == "" {
			err = tx.Tx.Del([]byte(countPrefix + k))
		} else {
			err = tx.Tx.Put([]byte(countPrefix+k), []byte(v))
		}
		if err != nil {
			return err
		}
	}
	if err := tx.Tx.Commit(ctx); err != nil {
		return err
	}
	if tx.k.onCommit != nil {
		tx.k.onCommit()
	}
	return nil
}

// snapTx is a read transaction over one snapshot, taken at its first
// read (see snapKV).
type snapTx struct {
	k   *snapKV
	sn  *leveldb.Snapshot
	own bool // sn was taken for this transaction, which releases it
}

// bind returns the transaction's snapshot, taking it on first use.
func (tx *snapTx) bind(ctx context.Context) (*leveldb.Snapshot, error) {
	if tx.sn != nil {
		return tx.sn, nil
	}
	if sn, ok := ctx.Value(snapKey{tx.k}).(*leveldb.Snapshot); ok {
		tx.sn = sn
		return sn, nil
	}
	sn, err := tx.k.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	tx.sn, tx.own = sn, true
	return sn, nil
}

// Commit ends the transaction.
func (tx *snapTx) Commit(context.Context) error { return tx.Close() }

// Close ends the transaction.
func (tx *snapTx) Close() error {
	if tx.own && tx.sn != nil {
		tx.sn.Release()
	}
	tx.sn, tx.own = nil, false
	return nil
}

// Get reads one key.
func (tx *snapTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	sn, err := tx.bind(ctx)
	if err != nil {
		return nil, err
	}
	v, err := sn.Get(key, nil)
	if err == leveldb.ErrNotFound {
		return nil, flat.ErrNotFound
	}
	return v, err
}

// GetBatch reads several keys; a key not found gives nil.
func (tx *snapTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

// Put fails: the transaction reads only.
func (tx *snapTx) Put(flat.Key, flat.Value) error { return flat.ErrReadOnly }

// Del fails: the transaction reads only.
func (tx *snapTx) Del(flat.Key) error { return flat.ErrReadOnly }

// Scan returns an iterator over the keys with a prefix; it binds the
// transaction at its first Next.
func (tx *snapTx) Scan(pref flat.Key) flat.Iterator {
	return &snapIter{tx: tx, pref: pref}
}

// snapIter iterates over the keys with a prefix in a snapshot.
type snapIter struct {
	tx   *snapTx
	pref flat.Key
	it   iterator.Iterator
	err  error
}

// Next moves to the next key.
func (it *snapIter) Next(ctx context.Context) bool {
	if it.err != nil {
		return false
	}
	if it.it == nil {
		sn, err := it.tx.bind(ctx)
		if err != nil {
			it.err = err
			return false
		}
		it.it = sn.NewIterator(util.BytesPrefix(it.pref), nil)
		return it.it.First()
	}
	return it.it.Next()
}

// Key returns the current key.
func (it *snapIter) Key() flat.Key { return it.it.Key() }

// Val returns the current value.
func (it *snapIter) Val() flat.Value { return it.it.Value() }

// Err returns the error that stopped the iteration.
func (it *snapIter) Err() error {
	if it.err != nil || it.it == nil {
		return it.err
	}
	return it.it.Error()
}

// Close releases the iterator.
func (it *snapIter) Close() error {
	err := it.Err()
	if it.it != nil {
		it.it.Release()
		it.it = nil
	}
	return err
}

// lookupRef returns the reference of v in the state ctx reads, or nil.
// Cayley's own lookup (ValueOf, RefsOf) answers IRIs from a cache shared
// by all readers and filled by writes before they commit, which a reader
// of an earlier snapshot must not see; this reads Cayley's value index
// (bucket "v" + the first two bytes of the value's hash, key the hash,
// value the node ID as a uvarint) in the snapshot.
func lookupRef(ctx context.Context, db hkv.KV, v quad.Value) (cgraph.Ref, error) {
	tx, err := db.Tx(false)
	if err != nil {
		return nil, err
	}
	defer tx.Close()
	h := cgraph.HashOf(v)
	b, err := tx.Get(ctx, hkv.Key{[]byte{'v', h[0], h[1]}, h[:]})
	if err == hkv.ErrNotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	id, n := binary.Uvarint(b)
	if n <= 0 || id == 0 {
		return nil, nil
	}
	return ckv.Int64Value(id), nil
}
