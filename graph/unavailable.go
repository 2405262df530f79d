package graph

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/lib/pq"

	"github.com/pledgegraph/pledgegraph"
)

// unavailable gives err the code pledgegraph.EUNAVAILABLE when it says
// the store's server cannot be reached or is shutting down (a refused or
// broken connection, PostgreSQL's connection exceptions and operator
// interventions), so that clients know to try again later; other errors
// are returned as they are.
func unavailable(err error) error {
	if err == nil || !unreachable(err) {
		return err
	}
	return fmt.Errorf("%w (%w)", pledgegraph.Errorf(pledgegraph.EUNAVAILABLE, "the store's server cannot be reached; try again later"), err)
}

// unreachable reports whether err comes of a store server that cannot be
// reached.
func unreachable(err error) bool {
	var op *net.OpError
	var pqe *pq.Error
	switch {
	case errors.As(err, &op), errors.Is(err, driver.ErrBadConn):
		return true
	case errors.As(err, &pqe):
		// class 08: connection exception; 57P01–57P03: admin or crash
		// shutdown, cannot connect now
		c := string(pqe.Code)
		return strings.HasPrefix(c, "08") || strings.HasPrefix(c, "57P")
	}
	return false
}
