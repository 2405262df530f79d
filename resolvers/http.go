package resolvers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
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
// Besides, a request body that is not JSON is answered with where it
// stops being JSON and a few bytes around, never with the whole body
// (gqlgen quotes it all); and an answer with an error of code
// unavailable (the store cannot be reached) has status 503 and a
// Retry-After header, whatever the media type, so that clients try
// again. A body that is not UTF-8 is refused (status 400, code invalid)
// rather than decoded with replacement characters. Other answers pass
// unchanged.
func HTTPHandler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req []byte
		if r.Method == http.MethodPost && r.Body != nil {
			req, _ = io.ReadAll(r.Body) // bounded by the server's body limit
			r.Body = io.NopCloser(bytes.NewReader(req))
			if !utf8.Valid(req) { // JSON decoding would make U+FFFD of it, unseen
				refuseNotUTF8(w, req)
				return
			}
		}
		rec := &recorder{header: w.Header(), status: http.StatusOK}
		h.ServeHTTP(rec, r)
		status, body := rec.status, rec.body.Bytes()
		media, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
		if status != http.StatusOK && bytes.Contains(body, []byte(decodeFailed)) {
			body = decodeError(body, req)
		}
		switch {
		case bytes.Contains(body, []byte(`"code":"`+pledgegraph.EUNAVAILABLE+`"`)):
			status = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "5")
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

// decodeFailed starts the message of gqlgen's POST transport for a body
// it cannot decode, which goes on with the whole body.
const decodeFailed = "json request body could not be decoded"

// decodeError rewrites an answer to a body that is not JSON: its message
// says what the decoder found wrong, at which byte, and quotes at most 40
// bytes around it.
func decodeError(answer, req []byte) []byte {
	msg := decodeFailed
	var v any
	err := json.Unmarshal(req, &v)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		from, to := max(0, int(se.Offset)-20), min(len(req), int(se.Offset)+20)
		msg += fmt.Sprintf(": %v at byte %d, near %q", se, se.Offset, strings.ToValidUTF8(string(req[from:to]), "\uFFFD"))
	case err != nil:
		msg += ": " + err.Error()
	default:
		msg += ": it is JSON but not a GraphQL request (an object with a query)"
	}
	out, err := json.Marshal(map[string]any{"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": pledgegraph.EINVALID}}}})
	if err != nil {
		return answer
	}
	return out
}

// refuseNotUTF8 answers a request whose body is not UTF-8, saying at
// which byte it stops being.
func refuseNotUTF8(w http.ResponseWriter, req []byte) {
	off := 0
	for off < len(req) {
		r, n := utf8.DecodeRune(req[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	body, _ := json.Marshal(map[string]any{"errors": []map[string]any{{
		"message":    fmt.Sprintf("the request body is not UTF-8 (byte %d): a document's text and name must be", off),
		"extensions": map[string]any{"code": pledgegraph.EINVALID},
	}}})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	w.Write(body)
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
