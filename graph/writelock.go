package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// writeLockKey is the key of the PostgreSQL advisory lock that writers
// sharing one database take ("pled").
const writeLockKey = 0x706c6564

// writeLock serialises the writes of every process that shares one
// PostgreSQL database: a write reads what is stored (the document's hash)
// before it writes, and two processes writing the same document at once
// must not both find it absent. It holds a session-level advisory lock on
// a connection of its own for the length of one write; a process that
// dies loses its connection and the lock with it. The embedded backends
// have one process by construction (a LevelDB store is locked by its
// opener) and no writeLock.
type writeLock struct {
	db *sql.DB
}

// newWriteLock opens the lock's connection pool on the database url names
// (a lib/pq URL).
func newWriteLock(url string) (*writeLock, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(1)
	return &writeLock{db: db}, nil
}

// lock takes the lock, waiting for other processes' writes to end, and
// returns the function that releases it. A nil writeLock locks nothing.
func (l *writeLock) lock(ctx context.Context) (unlock func(), err error) {
	if l == nil {
		return func() {}, nil
	}
	conn, err := l.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("write lock: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", writeLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("write lock: %w", err)
	}
	return func() {
		// on failure the connection is dropped, which releases the lock
		if _, err := conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", writeLockKey); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// close closes the lock's connections.
func (l *writeLock) close() error {
	if l == nil {
		return nil
	}
	return l.db.Close()
}
