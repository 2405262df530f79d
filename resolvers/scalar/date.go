// Package scalar marshals the custom GraphQL scalars of the schema to and
// from domain types, so that the domain package stays free of GraphQL.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pledgegraph/pledgegraph"
)

// MarshalDate writes a Date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", and the
// zero Date (unknown) as null, so that an undated fact reads since: null.
func MarshalDate(d pledgegraph.Date) graphql.Marshaler {
	if d.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads a Date from a string "YYYY", "YYYY-MM" or
// "YYYY-MM-DD". It returns an EINVALID error that names the input, such as
// `invalid Date "2019-13": does not exist`.
func UnmarshalDate(v any) (pledgegraph.Date, error) {
	s, ok := v.(string)
	if !ok {
		return pledgegraph.Date{}, pledgegraph.Errorf(pledgegraph.EINVALID,
			"invalid Date %v: want a string YYYY, YYYY-MM or YYYY-MM-DD", v)
	}
	d, err := pledgegraph.ParseDate(s)
	if err != nil {
		return pledgegraph.Date{}, pledgegraph.Errorf(pledgegraph.EINVALID,
			"invalid Date %q: %s", s, reason(s, err))
	}
	return d, nil
}

// reason returns why ParseDate refused s, without the date it repeats.
func reason(s string, err error) string {
	msg := pledgegraph.ErrorMessage(err)
	prefix := fmt.Sprintf("date %q", strings.TrimSpace(s))
	msg = strings.TrimPrefix(msg, prefix)
	msg = strings.TrimPrefix(msg, ":")
	return strings.TrimSpace(msg)
}
