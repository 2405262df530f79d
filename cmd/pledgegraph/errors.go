package main

import (
	"errors"

	"github.com/pledgegraph/pledgegraph/loader"
)

// docErrors returns the per-document errors joined in err, in order.
func docErrors(err error) []*loader.DocError {
	if err == nil {
		return nil
	}
	var out []*loader.DocError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, docErrors(e)...)
		}
		return out
	}
	var de *loader.DocError
	if errors.As(err, &de) {
		return []*loader.DocError{de}
	}
	return []*loader.DocError{{Err: err, Offset: -1}}
}
