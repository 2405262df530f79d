package resolvers

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Limits bound the shape of a request. They are checked on the parsed
// document before gqlparser's validator runs, because some validation
// rules cost far more than linear time on hostile documents (thousands of
// chained fragments, or of fields of the same name in one selection set).
// A zero field takes the value of DefaultLimits; a negative one turns that
// check off.
type Limits struct {
	// Tokens bounds the lexical tokens of the query (the parser stops
	// there).
	Tokens int
	// Depth bounds the nesting of selection sets, fragments and inline
	// fragments expanded where they are spread.
	Depth int
	// Fragments bounds the fragment definitions of a document.
	Fragments int
	// Selections bounds the fields, fragment spreads and inline fragments
	// of one selection set (aliases included).
	Selections int
	// Directives bounds the directives of a document.
	Directives int
	// Errors bounds the errors of one answer; the rest are dropped and the
	// last one says how many.
	Errors int
}

// DefaultLimits are the limits of a server whose ServerOptions leave them
// zero. They let the standard introspection query and the queries an
// analyst writes through, and refuse the known denial-of-service shapes.
var DefaultLimits = Limits{Tokens: 15000, Depth: 24, Fragments: 64, Selections: 128, Directives: 64, Errors: 20}

// withDefaults returns l with its zero fields taken from DefaultLimits.
func (l Limits) withDefaults() Limits {
	set := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	set(&l.Tokens, DefaultLimits.Tokens)
	set(&l.Depth, DefaultLimits.Depth)
	set(&l.Fragments, DefaultLimits.Fragments)
	set(&l.Selections, DefaultLimits.Selections)
	set(&l.Directives, DefaultLimits.Directives)
	set(&l.Errors, DefaultLimits.Errors)
	return l
}

// limitCode is the extensions.code of a refused request. It is an error
// of the request, like a parse or validation failure: the HTTP status says
// so.
const limitCode = "LIMIT_EXCEEDED"

func init() { errcode.RegisterErrorType(limitCode, errcode.KindProtocol) }

// limitsExtension checks Limits on each request's query before gqlgen
// validates it (see Limits).
type limitsExtension struct{ l Limits }

var (
	_ graphql.HandlerExtension          = limitsExtension{}
	_ graphql.OperationParameterMutator = limitsExtension{}
)

// ExtensionName names the extension in gqlgen's list.
func (limitsExtension) ExtensionName() string { return "Limits" }

// Validate accepts any schema.
func (limitsExtension) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters refuses a query whose shape exceeds a limit.
// It parses the query once more than gqlgen does; parsing is linear, what
// it saves is not.
func (x limitsExtension) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil // gqlgen answers that no operation was given
	}
	tokens := x.l.Tokens
	if tokens < 0 {
		tokens = 0
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, tokens)
	if err != nil {
		gerr, ok := err.(*gqlerror.Error)
		if !ok {
			gerr = gqlerror.Errorf("%s", err)
		}
		errcode.Set(gerr, errcode.ParseFailed)
		return gerr
	}
	if msg := x.l.check(doc); msg != "" {
		gerr := &gqlerror.Error{Message: msg}
		errcode.Set(gerr, limitCode)
		return gerr
	}
	return nil
}

// check returns why doc exceeds a limit, or "".
func (l Limits) check(doc *ast.QueryDocument) string {
	if l.Fragments >= 0 && len(doc.Fragments) > l.Fragments {
		return fmt.Sprintf("the query defines %d fragments; at most %d are allowed", len(doc.Fragments), l.Fragments)
	}
	c := &shapeCheck{l: l, frags: map[string]*ast.FragmentDefinition{}, depth: map[string]int{}}
	for _, f := range doc.Fragments {
		c.frags[f.Name] = f
	}
	for _, op := range doc.Operations {
		c.directives += len(op.Directives)
		for _, v := range op.VariableDefinitions {
			c.directives += len(v.Directives)
		}
		if d := c.set(op.SelectionSet); c.msg == "" && l.Depth >= 0 && d > l.Depth {
			c.msg = fmt.Sprintf("the query is nested %d levels deep; at most %d are allowed", d, l.Depth)
		}
		if c.msg != "" {
			return c.msg
		}
	}
	for _, f := range doc.Fragments {
		c.directives += len(f.Directives)
		c.fragment(f.Name)
		if c.msg != "" {
			return c.msg
		}
	}
	if l.Directives >= 0 && c.directives > l.Directives {
		return fmt.Sprintf("the query has %d directives; at most %d are allowed", c.directives, l.Directives)
	}
	return ""
}

// shapeCheck walks a document once: fragments are measured once each
// (memoised), and a fragment met again while it is being measured (a
// cycle, which validation reports) counts as depth 0.
type shapeCheck struct {
	l          Limits
	frags      map[string]*ast.FragmentDefinition
	depth      map[string]int // fragment → depth of its selection set; -1 while measuring
	directives int
	msg        string
}

// set returns the depth of a selection set: 1 for a set of leaves.
func (c *shapeCheck) set(s ast.SelectionSet) int {
	if len(s) == 0 || c.msg != "" {
		return 0
	}
	if c.l.Selections >= 0 && len(s) > c.l.Selections {
		c.msg = fmt.Sprintf("a selection set has %d selections; at most %d are allowed", len(s), c.l.Selections)
		return 0
	}
	deepest := 0
	for _, sel := range s {
		d := 0
		switch sel := sel.(type) {
		case *ast.Field:
			c.directives += len(sel.Directives)
			d = c.set(sel.SelectionSet)
		case *ast.InlineFragment:
			// a level of its own, so that chains of them are bounded too
			c.directives += len(sel.Directives)
			d = c.set(sel.SelectionSet)
		case *ast.FragmentSpread:
			// its selections join this set: no level of its own
			c.directives += len(sel.Directives)
			d = max(c.fragment(sel.Name)-1, 0)
		}
		if c.msg != "" {
			return 0
		}
		deepest = max(deepest, d)
	}
	return deepest + 1
}

// fragment returns the depth of a named fragment's selection set.
func (c *shapeCheck) fragment(name string) int {
	if d, ok := c.depth[name]; ok {
		return max(d, 0)
	}
	f := c.frags[name]
	if f == nil {
		return 0 // validation reports the unknown fragment
	}
	c.depth[name] = -1
	d := c.set(f.SelectionSet)
	c.depth[name] = d
	if c.msg == "" && c.l.Depth >= 0 && d > c.l.Depth {
		c.msg = fmt.Sprintf("fragment %s is nested %d levels deep; at most %d are allowed", name, d, c.l.Depth)
	}
	return d
}

// capErrors keeps at most n errors of an answer, the last of the kept
// saying how many were dropped.
func capErrors(n int) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil && n > 0 && len(resp.Errors) > n {
			dropped := len(resp.Errors) - n + 1
			resp.Errors = append(resp.Errors[:n-1:n-1], &gqlerror.Error{
				Message:    fmt.Sprintf("%d more errors not shown", dropped),
				Extensions: map[string]any{"code": limitCode},
			})
		}
		return resp
	}
}
