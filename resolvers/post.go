package resolvers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// postTransport answers GraphQL requests sent with POST as gqlgen's POST
// transport does, and leaves to it those that accept another type than
// application/json (or more than one) and those that fail before
// execution (which are then decoded and checked a second time). gqlgen
// writes every answer through json.Marshal, which checks and compacts,
// byte by byte, the data gqlgen has just written (a fifth of the time of
// a long list of supporters); postTransport writes an answer with data
// alone that is already compact, with nothing json.Marshal escapes, as
// it is (writeResponse): the same bytes.
type postTransport struct {
	transport.POST
}

// Do answers a GraphQL request sent with POST (see postTransport).
func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if accept := r.Header.Get("Accept"); accept != "" && accept != "application/json" {
		t.POST.Do(w, r, exec)
		return
	}
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	// for gqlgen's POST: the same bytes, then the same error
	r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{err}))
	var params graphql.RawParams
	if err != nil || decodeParams(body, &params) != nil {
		t.POST.Do(w, r, exec) // which says what is wrong
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	oc, errs := exec.CreateOperationContext(ctx, &params)
	if errs != nil {
		t.POST.Do(w, r, exec) // which answers with the same errors
		return
	}
	w.Header().Add("Content-Type", "application/json")
	responses, ctx := exec.DispatchOperation(ctx, oc)
	writeResponse(w, responses(ctx))
}

// decodeParams decodes a request's body as gqlgen's POST transport does.
func decodeParams(body []byte, params *graphql.RawParams) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	return dec.Decode(params)
}

// writeResponse writes resp as json.Marshal would: as it is when it has
// data alone, already compact (see compactJSON), and through
// json.Marshal otherwise. It panics, as gqlgen's transports do, when
// resp cannot be written.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if len(resp.Errors) == 0 && resp.Label == "" && len(resp.Path) == 0 && resp.HasNext == nil && len(resp.Extensions) == 0 && len(resp.Data) > 0 && compactJSON(resp.Data) {
		io.WriteString(w, `{"data":`)
		w.Write(resp.Data)
		io.WriteString(w, "}")
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	w.Write(b)
}

// compactJSON reports whether json.Marshal would write b, a JSON value,
// as it is: b has no space outside its strings, and none of the
// characters json.Marshal escapes (<, >, &, U+2028 and U+2029).
func compactJSON(b []byte) bool {
	inString := false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '<' || c == '>' || c == '&':
			return false
		case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2]&^1 == 0xA8:
			return false
		case inString && c == '\\':
			i++ // the escaped byte
		case c == '"':
			inString = !inString
		case !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return false
		}
	}
	return !inString
}

// errReader is a reader that returns err, or io.EOF when err is nil.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) {
	if r.err == nil {
		return 0, io.EOF
	}
	return 0, r.err
}
