package main

import (
	"context"
	"slices"
	"strings"
	"sync"
)

// maxNotedOperations bounds the operation names an access-log line
// carries: a WebSocket may run any number of operations.
const maxNotedOperations = 8

// accessNote is what the handlers of a request tell its access-log line
// (see countRequests): the names of the GraphQL operations it answered.
type accessNote struct {
	mu         sync.Mutex
	operations []string
}

// accessNoteKey is the context key of a request's accessNote.
type accessNoteKey struct{}

// withAccessNote returns ctx carrying n, for noteOperation.
func withAccessNote(ctx context.Context, n *accessNote) context.Context {
	return context.WithValue(ctx, accessNoteKey{}, n)
}

// noteOperation records that the request of ctx answered the operation
// name, for its access-log line. Anonymous operations ("") are not noted,
// nor are requests that countRequests does not log.
func noteOperation(ctx context.Context, name string) {
	n, _ := ctx.Value(accessNoteKey{}).(*accessNote)
	if n == nil || name == "" {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.operations) < maxNotedOperations && !slices.Contains(n.operations, name) {
		n.operations = append(n.operations, name)
	}
}

// notedOperation returns the names of the operations noted for the
// request of ctx, separated by commas; "" when there are none.
func notedOperation(ctx context.Context) string {
	n, _ := ctx.Value(accessNoteKey{}).(*accessNote)
	if n == nil {
		return ""
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return strings.Join(n.operations, ",")
}
