package pledgegraph

import (
	"errors"
	"fmt"
)

// Error codes. Services return errors carrying one of them so that callers
// (the GraphQL presenter, the CLI) can answer without parsing messages.
const (
	ECONFLICT = "conflict"  // the write conflicts with what is stored
	EINTERNAL = "internal"  // a bug or a failing dependency
	EINVALID  = "invalid"   // the input is malformed
	ENOTFOUND = "not_found" // no such entity, fact or document
	// EUNAUTHORIZED: the request may not do this (a write without the
	// server's write token, or to a read-only server).
	EUNAUTHORIZED = "unauthorized"
	// ECORRUPT: the store could not read what it holds (a checksum that
	// does not match, a node that is gone): the answer would be partial.
	// `pledgegraph verify` names the damaged documents.
	ECORRUPT = "store_corrupt"
	// EFULL: the store's disk has not the room for the write; nothing of
	// it was written.
	EFULL = "store_full"
	// EUNAVAILABLE: the server is at a limit (as many subscriptions open
	// as it allows) and refuses more for now; the same request may
	// succeed later.
	EUNAVAILABLE = "unavailable"
)

// Error is an application error with a code meant for machines and a
// message meant for people. Internal errors are wrapped with fmt.Errorf
// instead and end up as EINTERNAL.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("pledgegraph: %s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// "internal error" for any other non-nil error, so that internal details
// never reach a user.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
