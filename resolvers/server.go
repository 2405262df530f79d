package resolvers

import (
	"context"
	"log/slog"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/generated"
	"github.com/pledgegraph/pledgegraph/resolvers/loaders"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// DefaultComplexityLimit is the query complexity allowed when
// ServerOptions.ComplexityLimit is zero. Every field costs 1 plus what it
// selects; a connection costs its page size times what its edges select,
// lists of facts ten times what their items select, so a
// page of 100
// entities with their facts, subjects and documents fits.
const DefaultComplexityLimit = 10000

// ServerOptions configure NewServer. The zero value serves with
// introspection on, DefaultComplexityLimit and slog.Default.
type ServerOptions struct {
	// Logger receives internal errors and panics; nil means the resolver's
	// Logger, or slog.Default when that is nil too.
	Logger *slog.Logger
	// DisableIntrospection turns off __schema and __type queries.
	DisableIntrospection bool
	// ComplexityLimit bounds the complexity of a query: 0 means
	// DefaultComplexityLimit, a negative value means no limit.
	ComplexityLimit int
	// LoaderWait is how long dataloaders wait for more keys before they
	// call the store; 0 means loaders.DefaultWait.
	LoaderWait time.Duration
	// Limits bound the shape of requests, checked before validation; zero
	// fields take DefaultLimits.
	Limits Limits
	// ReadView, when set, is called around the computation of every
	// query's answer: the context it returns is the answer's, and release
	// is called once the answer is complete. A store's read view
	// (graph.Store.View) makes every read of one answer see one state of
	// the graph. An error from release (a read the store could not make)
	// replaces the answer: it would not be whole. Mutations (they write)
	// and subscriptions (each answer waits for an event) are answered
	// without one.
	ReadView func(ctx context.Context) (_ context.Context, release func() error, _ error)
	// WebSocket, when set, adds the WebSocket transport (the
	// graphql-transport-ws protocol that GraphiQL speaks, and the older
	// graphql-ws), for subscriptions.
	WebSocket *WebSocketOptions
	// SSE configures the Server-Sent Events transport (POST with Accept:
	// text/event-stream); zero fields take the defaults. The limit on
	// subscriptions is the resolver's Changes' (see ChangesOptions).
	SSE SSEOptions
	// OnOperation, when set, is told of every answered operation: the
	// context of its request, its name ("" when anonymous, or refused
	// before an operation was chosen), how long it took from the request's
	// start, and the errors of its answer. For metrics and access logs.
	OnOperation func(ctx context.Context, name string, took time.Duration, errs gqlerror.List)
}

// NewServer returns the GraphQL handler over r's services: GET and POST
// transports, the error presenter and recover function of this package,
// a query cache, introspection and a complexity limit as opts say. Every
// operation gets fresh dataloaders unless its context already carries
// some (see loaders.Middleware), so wrapping it is optional.
func NewServer(r *Resolver, opts ServerOptions) *handler.Server {
	log := opts.Logger
	if log == nil {
		log = r.logger()
	}
	cfg := generated.Config{Resolvers: r}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	if opts.WebSocket != nil { // before GET: an upgrade is a GET
		srv.AddTransport(opts.WebSocket.transport())
	}
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	// subscriptions over Server-Sent Events: POST with Accept: text/event-stream
	srv.AddTransport(sseTransport{changes: r.Changes, opts: opts.SSE.withDefaults(), log: log})
	srv.AddTransport(postTransport{}) // gqlgen's POST, answers written faster
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// automatic persisted queries: a client may send a query's SHA-256
	// alone once the server has seen the query (first, since the limits
	// check the query it stands for)
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	limits := opts.Limits.withDefaults()
	srv.SetParserTokenLimit(max(limits.Tokens, 0))
	srv.Use(limitsExtension{limits})
	srv.AroundResponses(capErrors(limits.Errors))
	srv.AroundResponses(eventIDs)
	if opts.OnOperation != nil {
		srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
			resp := next(ctx)
			if resp == nil || !graphql.HasOperationContext(ctx) {
				return resp
			}
			oc := graphql.GetOperationContext(ctx)
			start := oc.Stats.OperationStart
			if start.IsZero() {
				start = graphql.Now()
			}
			name := oc.OperationName
			if oc.Operation != nil {
				name = oc.Operation.Name
			}
			opts.OnOperation(ctx, name, graphql.Now().Sub(start), resp.Errors)
			return resp
		})
	}
	if opts.ReadView != nil {
		srv.AroundResponses(readView(opts.ReadView, presentError(log)))
	}
	if !opts.DisableIntrospection {
		srv.Use(extension.Introspection{})
	}
	switch limit := opts.ComplexityLimit; {
	case limit == 0:
		srv.Use(extension.FixedComplexityLimit(DefaultComplexityLimit))
	case limit > 0:
		srv.Use(extension.FixedComplexityLimit(limit))
	}
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic(log))
	var lopts []loaders.Option
	if opts.LoaderWait > 0 {
		lopts = append(lopts, loaders.WithWait(opts.LoaderWait))
	}
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if loaders.For(ctx) == nil {
			ctx = loaders.With(ctx, loaders.New(r.Entities, r.Facts, r.Documents, lopts...))
		}
		return next(ctx)
	})
	return srv
}

// setComplexity makes lists cost their length times what they select:
// connections their page size, other lists an estimate.
func setComplexity(c *generated.ComplexityRoot) {
	const listEstimate = 10 // items of a list whose length is not asked
	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *model.EntityOrder, _ *pledgegraph.Kind, _ *string, first *int, _ *string, last *int, _ *string) int {
		return 1 + child*pageCost(first, last)
	}
	c.Query.Documents = func(child int, first *int, _ *string, last *int, _ *string) int {
		return 1 + child*pageCost(first, last)
	}
	c.Query.Supporters = func(child int, _ string, _ *pledgegraph.Date, _ *pledgegraph.Kind) int {
		return 1 + child*listEstimate
	}
	c.Query.Stances = func(child int, _ string, _ *pledgegraph.Date, _ *pledgegraph.Kind) int {
		return 1 + child*listEstimate
	}
	c.Query.Decliners = func(child int, _ string, _ *pledgegraph.Date, _ *pledgegraph.Kind) int {
		return 1 + child*listEstimate
	}
	c.Query.Facts = func(child int, _ *model.FactFilter, _ *model.FactOrder, first *int, _ *string, last *int, _ *string) int {
		return 1 + child*pageCost(first, last)
	}
	c.Document.Facts = func(child int) int {
		return 1 + child*listEstimate
	}
	c.Entity.Facts = func(child int, _ *pledgegraph.Predicate, _ *pledgegraph.Direction, _ *pledgegraph.Date, _ *bool, first *int, _ *string, last *int, _ *string) int {
		if first == nil && last == nil {
			return 1 + child*listEstimate // all of them, unpaged
		}
		return 1 + child*pageCost(first, last)
	}
	c.Entity.Neighbors = func(child int, depth *int, _ []pledgegraph.Predicate, _ *pledgegraph.Date) int {
		d := 1
		if depth != nil {
			d = min(max(*depth, 1), maxNeighborDepth)
		}
		return 1 + child*listEstimate*d
	}
	c.Query.Path = func(child int, _, _ string, _ *int, _ []pledgegraph.Predicate) int {
		return 1 + child*maxPaths
	}
	c.Query.Timeline = func(child int, _ string) int {
		return 1 + child*listEstimate*5
	}
}

// pageCost returns the page size first or last ask for, clamped to what
// a connection allows, for complexity: a connection costs its page.
func pageCost(first, last *int) int {
	n := 0
	for _, v := range []*int{first, last} {
		if v != nil {
			n = max(n, min(max(*v, 0), maxPage))
		}
	}
	if first == nil && last == nil {
		return defaultPage
	}
	return n
}

// readView computes each answer of a query inside the view open returns
// (see ServerOptions.ReadView); an error of the view replaces the answer,
// presented as the server presents errors.
func readView(open func(context.Context) (context.Context, func() error, error), present graphql.ErrorPresenterFunc) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		if !graphql.HasOperationContext(ctx) {
			return next(ctx)
		}
		if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Query {
			return next(ctx) // a mutation writes; a subscription waits for its next event
		}
		vctx, release, err := open(ctx)
		if err == nil {
			resp := next(vctx)
			if err = release(); err == nil {
				return resp
			}
		}
		return &graphql.Response{Errors: gqlerror.List{present(ctx, err)}}
	}
}

// WebSocketOptions configure the WebSocket transport.
type WebSocketOptions struct {
	// OriginPatterns are the host patterns (path.Match) of the origins
	// other than the server's own allowed to open a WebSocket; AnyOrigin
	// allows every origin.
	OriginPatterns []string
	AnyOrigin      bool
	// Init, when set, is called with the payload of the client's
	// connection_init message: the context it returns is the
	// connection's (WithWriteAccess lets it run mutations), and an error
	// refuses the connection.
	Init func(ctx context.Context, payload map[string]any) (context.Context, error)
	// PingInterval is how often the server pings a graphql-transport-ws
	// client, which must answer within twice as long or be dropped with
	// its subscriptions (a client that stopped reading, a connection
	// gone without a word); 0 means 15 seconds.
	PingInterval time.Duration
}

// transport returns gqlgen's WebSocket transport set up as o says, with
// a keep-alive every 15 seconds (graphql-ws) or a ping that must be
// answered (graphql-transport-ws, see PingInterval).
func (o *WebSocketOptions) transport() transport.Websocket {
	ping := o.PingInterval
	if ping <= 0 {
		ping = 15 * time.Second
	}
	t := transport.Websocket{
		PingPongInterval: ping,
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: coderws.AcceptOptions{
			OriginPatterns:     o.OriginPatterns,
			InsecureSkipVerify: o.AnyOrigin,
		}},
		KeepAlivePingInterval: 15 * time.Second,
		InitTimeout:           10 * time.Second,
	}
	if o.Init != nil {
		t.InitFunc = func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			ctx, err := o.Init(ctx, p)
			return ctx, nil, err
		}
	}
	return t
}
