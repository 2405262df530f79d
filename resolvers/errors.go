package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pledgegraph/pledgegraph"
)

// internalMessage replaces the message of internal errors in answers: their
// details (paths, store errors, panics) are logged, never shown.
const internalMessage = "internal error"

// presentError returns the error presenter of the server. It puts the
// error's code (pledgegraph.ErrorCode) into extensions.code, shows the
// message of application errors without the "pledgegraph: code:" prefix,
// and replaces the message of internal errors with "internal error" after
// logging the original. gqlgen's own errors (such as a null where the
// schema forbids it) keep their message.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr == nil {
			return nil
		}
		out := *gerr // the presenter must not change the error it was given
		out.Extensions = make(map[string]any, len(gerr.Extensions)+1)
		for k, v := range gerr.Extensions {
			out.Extensions[k] = v
		}
		var perr *pledgegraph.Error
		var logged *loggedError
		switch {
		case errors.As(err, &perr) && perr.Code != pledgegraph.EINTERNAL:
			out.Message = perr.Message
			out.Extensions["code"] = perr.Code
			return &out
		case !errors.As(err, &perr) && gerr.Err == nil:
			// An error of the GraphQL layer itself, not of a resolver.
			return &out
		case !errors.As(err, &logged):
			log.ErrorContext(ctx, "graphql: internal error",
				"path", out.Path.String(), "error", err.Error())
		}
		out.Message = internalMessage
		out.Extensions["code"] = pledgegraph.EINTERNAL
		return &out
	}
}

// loggedError is an internal error already logged with more detail than
// the presenter has (a panic with its stack).
type loggedError struct{ error }

// Unwrap returns the logged error.
func (e *loggedError) Unwrap() error { return e.error }

// recoverPanic returns the recover function of the server: it logs a panic
// of a resolver with the field's path and the function it happened in, and
// answers with an internal error, so that the server keeps running and no
// stack trace reaches a client or the logs.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic",
			"path", graphql.GetPath(ctx).String(), "panic", fmt.Sprint(p), "at", panicSite())
		return &loggedError{fmt.Errorf("panic: %v", p)}
	}
}

// panicSite returns the function and line where the recovered panic
// happened: the first frame outside the runtime and the recovery code.
func panicSite() string {
	pc := make([]uintptr, 32)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") && !strings.Contains(f.Function, "recoverPanic") &&
			!strings.Contains(f.Function, "gqlgen/graphql") && !strings.Contains(f.Function, "generated.") {
			return fmt.Sprintf("%s (%s:%d)", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}
