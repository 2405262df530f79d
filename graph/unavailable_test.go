package graph

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"

	"github.com/lib/pq"

	"github.com/pledgegraph/pledgegraph"
)

// TestUnavailable checks which store errors tell a client to try again
// later (code unavailable) and which stay what they are.
func TestUnavailable(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"connection refused", fmt.Errorf("take a snapshot: %w", refused), pledgegraph.EUNAVAILABLE},
		{"bad connection", fmt.Errorf("query: %w", driver.ErrBadConn), pledgegraph.EUNAVAILABLE},
		{"server shutting down", &pq.Error{Code: "57P01", Message: "terminating connection due to administrator command"}, pledgegraph.EUNAVAILABLE},
		{"connection failure", &pq.Error{Code: "08006"}, pledgegraph.EUNAVAILABLE},
		{"no such database", &pq.Error{Code: "3D000"}, pledgegraph.EINTERNAL},
		{"a bug", errors.New("index out of range"), pledgegraph.EINTERNAL},
		{"damage", pledgegraph.Errorf(pledgegraph.ECORRUPT, "bad block"), pledgegraph.ECORRUPT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := unavailable(tt.err)
			if got := pledgegraph.ErrorCode(err); got != tt.want {
				t.Errorf("code %q, want %q", got, tt.want)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("%v no longer wraps %v", err, tt.err)
			}
		})
	}
}
