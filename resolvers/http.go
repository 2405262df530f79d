package resolvers

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strconv"
)

// mediaGraphQLResponse is the media type of GraphQL-over-HTTP answers.
const mediaGraphQLResponse = "application/graphql-response+json"

// HTTPHandler wraps the handler NewServer returns so that its answers
// follow the GraphQL-over-HTTP specification where gqlgen's transports
// do not:
//
//   - to a client that accepts only application/json, a request that
//     fails before execution (parse, validation, variables, limits) is
//     answered with status 200, since application/json has no other way
//     to tell a GraphQL error from an HTTP one;
//   - to a client that accepts application/graphql-response+json, such
//     an answer has status 400 and no data entry at all (not "data":
//     null), which says that execution never started.
//
// Other answers pass unchanged.
func HTTPHandler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{header: w.Header(), status: http.StatusOK}
		h.ServeHTTP(rec, r)
		status, body := rec.status, rec.body.Bytes()
		media, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
		switch {
		case media == "application/json" && status == http.StatusUnprocessableEntity:
			status = http.StatusOK
		case media == mediaGraphQLResponse && (status == http.StatusBadRequest || status == http.StatusUnprocessableEntity):
			status = http.StatusBadRequest
			body = withoutData(body)
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(status)
		w.Write(body)
	})
}

// withoutData removes the data entry of a JSON answer, or returns b as it
// is when it has none or is not a JSON object.
func withoutData(b []byte) []byte {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return b
	}
	if _, ok := m["data"]; !ok {
		return b
	}
	delete(m, "data")
	out, err := json.Marshal(m)
	if err != nil {
		return b
	}
	return out
}

// recorder holds an answer until HTTPHandler has looked at it.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.body.Write(b)
}
