package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// PostgreSQL views read one snapshot of the database. A view opens a
// read-only repeatable-read transaction on a connection of its own and
// exports its snapshot (pg_export_snapshot); every query made with the
// view's context, by Cayley or by this package, runs in a transaction
// that imports that snapshot, on whatever pooled connection it gets, and
// ends when its rows are closed. Cayley's SQL backend opens its database
// by driver name and passes each read's context down to the driver, so
// the store opens PostgreSQL through pgDriver, lib/pq's driver with that
// one addition, registered for Cayley as a flavor of its own (pgFlavor)
// that is Cayley's "postgres" in every other respect. The tables are
// Cayley's: a database made by one flavor opens with the other.

// pgFlavor is the name of pgDriver, and of the Cayley SQL flavor and
// quad store that use it.
const pgFlavor = "pledgegraph-postgres"

func init() {
	sql.Register(pgFlavor, pgDriver{})
	csql.Register(pgFlavor, csql.Registration{
		Driver:             pgFlavor,
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: pgRunTx,
	})
}

// pgRunTx is Cayley's PostgreSQL RunTx, which writes the nodes and quads
// a commit adds in its transaction, followed by the counts the store
// staged for the commit (see pgCounts).
func pgRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	if err := postgres.RunTxPostgres(tx, nodes, quads, opts); err != nil {
		return err
	}
	return writePGCounts(tx)
}

// snapshotKey is the context key of the PostgreSQL snapshot a view of
// the database url names reads (a *pgSnap).
type snapshotKey struct{ url string }

// pgSnap is a snapshot a view exported, and the connections whose open
// transaction imported it.
type pgSnap struct {
	id    string
	mu    sync.Mutex
	ended bool
	conns []*pgConn
}

// join records that c imports s, and reports false once s has ended.
func (s *pgSnap) join(c *pgConn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.ended {
		s.conns = append(s.conns, c)
	}
	return !s.ended
}

// over reports whether the view that took s has ended.
func (s *pgSnap) over() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ended
}

// end marks s ended and ends the transactions importing it on the
// connections nobody uses; the others end theirs when their query ends.
func (s *pgSnap) end() {
	s.mu.Lock()
	s.ended = true
	conns := s.conns
	s.conns = nil
	s.mu.Unlock()
	for _, c := range conns {
		if c.mu.TryLock() {
			if c.snap == s {
				c.endTx()
			}
			c.mu.Unlock()
		}
	}
}

// pgDriver is lib/pq's driver whose connections run a query made with a
// context holding a view's snapshot in a transaction that imports it. A
// connection keeps that transaction open after the query, for the view's
// next queries, and ends it when it serves another view or anything else
// or when the view ends.
type pgDriver struct{}

// Open opens a lib/pq connection.
func (pgDriver) Open(name string) (driver.Conn, error) {
	c, err := pq.Open(name)
	if err != nil {
		return nil, err
	}
	q, okq := c.(driver.QueryerContext)
	e, oke := c.(driver.ExecerContext)
	b, okb := c.(driver.ConnBeginTx)
	if !okq || !oke || !okb {
		c.Close()
		return nil, errors.New("the PostgreSQL driver lacks context queries")
	}
	return &pgConn{conn: c, url: name, q: q, e: e, b: b}, nil
}

// pgConn is a lib/pq connection (see pgDriver).
type pgConn struct {
	conn driver.Conn
	url  string // the database's
	q    driver.QueryerContext
	e    driver.ExecerContext
	b    driver.ConnBeginTx
	// mu is held by each use of the connection (a query until its rows
	// close) and by a view's end closing the snapshot's transaction
	mu   sync.Mutex
	snap *pgSnap     // the snapshot the open transaction imported, or nil
	bad  atomic.Bool // a snapshot transaction could not be ended
}

var (
	_ driver.QueryerContext     = (*pgConn)(nil)
	_ driver.ExecerContext      = (*pgConn)(nil)
	_ driver.ConnBeginTx        = (*pgConn)(nil)
	_ driver.ConnPrepareContext = (*pgConn)(nil)
	_ driver.Validator          = (*pgConn)(nil)
)

// settle makes the connection's transaction the one importing sn (none
// when sn is nil), ending the one it has. c.mu is held.
func (c *pgConn) settle(ctx context.Context, sn *pgSnap) error {
	if c.snap == sn {
		return nil
	}
	if c.snap != nil {
		if err := c.endTx(); err != nil {
			return err
		}
	}
	if sn == nil {
		return nil
	}
	if !validSnapshotID(sn.id) {
		return fmt.Errorf("invalid snapshot identifier %q", sn.id)
	}
	if !sn.join(c) {
		return errors.New("read in a view that has ended")
	}
	begin := "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '" + sn.id + "'"
	c.snap = sn
	if _, err := c.e.ExecContext(ctx, begin, nil); err != nil {
		c.endTx()
		return err
	}
	return nil
}

// endTx ends the snapshot transaction; a connection on which that fails
// is not used again. c.mu is held.
func (c *pgConn) endTx() error {
	c.snap = nil
	if _, err := c.e.ExecContext(context.Background(), "COMMIT", nil); err != nil {
		c.bad.Store(true)
		return err
	}
	return nil
}

// QueryContext runs a query, in the snapshot of ctx's view if it holds
// one.
func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	sn, _ := ctx.Value(snapshotKey{c.url}).(*pgSnap)
	c.mu.Lock()
	if err := c.settle(ctx, sn); err != nil {
		c.mu.Unlock()
		return nil, err
	}
	rows, err := c.q.QueryContext(ctx, query, args)
	if err != nil {
		c.done(true)
		return nil, err
	}
	return &pgRows{Rows: rows, c: c}, nil
}

// done ends a use of the connection: a snapshot transaction ends after a
// failure (which aborted it) or once its view has ended.
func (c *pgConn) done(failed bool) {
	if c.snap != nil && (failed || c.snap.over()) {
		c.endTx()
	}
	c.mu.Unlock()
}

// ExecContext runs a statement, outside any snapshot.
func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.settle(ctx, nil); err != nil {
		return nil, err
	}
	return c.e.ExecContext(ctx, query, args)
}

// BeginTx begins a transaction.
func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.settle(ctx, nil); err != nil {
		return nil, err
	}
	return c.b.BeginTx(ctx, opts)
}

// Begin begins a transaction.
func (c *pgConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

// PrepareContext prepares a statement, outside any snapshot.
func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.settle(ctx, nil); err != nil {
		return nil, err
	}
	return c.conn.Prepare(query)
}

// Prepare prepares a statement, outside any snapshot.
func (c *pgConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

// Close closes the connection.
func (c *pgConn) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.snap = nil
	return c.conn.Close()
}

// IsValid reports whether the connection may go back to the pool.
func (c *pgConn) IsValid() bool { return !c.bad.Load() }

// pgRows are the rows of a query: closing them ends the connection's use.
type pgRows struct {
	driver.Rows
	c      *pgConn
	failed bool
}

// Next reads the next row.
func (r *pgRows) Next(dest []driver.Value) error {
	err := r.Rows.Next(dest)
	if err != nil && err != io.EOF {
		r.failed = true
	}
	return err
}

// Close closes the rows.
func (r *pgRows) Close() error {
	err := r.Rows.Close()
	r.c.done(r.failed || err != nil)
	return err
}

// validSnapshotID reports whether id has the shape of an exported
// snapshot's identifier (hexadecimal digits and dashes).
func validSnapshotID(id string) bool {
	return id != "" && strings.Trim(id, "0123456789ABCDEFabcdef-") == ""
}

// pgViews takes the snapshots of a PostgreSQL store's views and reads
// node values in them.
type pgViews struct {
	url string
	db  *sql.DB // through pgDriver
}

// newPGViews opens the connection pool of the views of the database url
// names.
func newPGViews(url string) (*pgViews, error) {
	db, err := sql.Open(pgFlavor, url)
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(16)
	return &pgViews{url: url, db: db}, nil
}

// take exports a snapshot of the database and returns ctx reading it, and
// the function that lets it go.
func (p *pgViews) take(ctx context.Context) (context.Context, func(), error) {
	tx, err := p.db.BeginTx(context.WithoutCancel(ctx), &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return ctx, nil, fmt.Errorf("take a snapshot: %w", err)
	}
	sn := &pgSnap{}
	// (ctx may hold the snapshot of another store's view)
	if err := tx.QueryRowContext(context.WithValue(ctx, snapshotKey{p.url}, (*pgSnap)(nil)), "SELECT pg_export_snapshot()").Scan(&sn.id); err != nil {
		tx.Rollback()
		return ctx, nil, fmt.Errorf("take a snapshot: %w", err)
	}
	return context.WithValue(ctx, snapshotKey{p.url}, sn), func() {
		sn.end()
		tx.Rollback()
	}, nil
}

// close closes the pool.
func (p *pgViews) close() error {
	if p == nil {
		return nil
	}
	return p.db.Close()
}

// nodeQuery reads a node's value from Cayley's nodes table.
const nodeQuery = `SELECT value, value_string, datatype, language, iri, bnode,
	value_int, value_bool, value_float, value_time FROM nodes WHERE hash = $1 LIMIT 1`

// value returns the value of the node ref names in the state ctx reads
// (Cayley's NameOf reads without the context, so outside the view), or
// nil with the error when the store cannot read it.
func (p *pgViews) value(ctx context.Context, ref cgraph.Ref) (quad.Value, error) {
	var h csql.NodeHash
	switch r := ref.(type) {
	case csql.NodeHash:
		h = r
	case cgraph.ValueHash:
		h = csql.NodeHash{ValueHash: r}
	default:
		return nil, fmt.Errorf("node reference %T of another store", ref)
	}
	if !h.Valid() {
		return nil, nil
	}
	var (
		data              []byte
		str, typ, lang    sql.NullString
		iri, bnode, vbool sql.NullBool
		vint              sql.NullInt64
		vfloat            sql.NullFloat64
		vtime             sql.NullTime
	)
	err := p.db.QueryRowContext(ctx, nodeQuery, h.SQLValue()).Scan(&data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime)
	if err != nil {
		return nil, err
	}
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: quad.String(unescapeNull(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: quad.String(unescapeNull(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return quad.String(unescapeNull(str.String)), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vbool.Valid:
		return quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time), nil
	}
	return pquads.UnmarshalValue(data)
}

// unescapeNull undoes the escaping of NUL bytes in Cayley's string
// columns.
func unescapeNull(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
