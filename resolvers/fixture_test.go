package resolvers_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

// IDs of the fixture.
const (
	parisCall = pledgegraph.EntityID("initiative/paris-call")
	us        = pledgegraph.EntityID("state/us")
	france    = pledgegraph.EntityID("state/fr")
	germany   = pledgegraph.EntityID("state/de")
	russia    = pledgegraph.EntityID("state/ru")
	microsoft = pledgegraph.EntityID("company/microsoft")
	eu        = pledgegraph.EntityID("organization/eu")
	macron    = pledgegraph.EntityID("person/emmanuel-macron")
	forum     = pledgegraph.EntityID("event/forum-de-paris-sur-la-paix-2018")

	docLaunch  = pledgegraph.DocumentID("001_lancement.txt")
	docUS      = pledgegraph.DocumentID("002_us_joins.txt")
	docUndated = pledgegraph.DocumentID("003_sans_date.txt")
)

var fixtureEntities = []pledgegraph.Entity{
	{ID: parisCall, Name: "Appel de Paris pour la confiance et la sécurité dans le cyberespace", Kind: pledgegraph.KindInitiative,
		Aliases: []string{"Appel de Paris", "Paris Call", "Paris Call for Trust and Security in Cyberspace"}},
	{ID: us, Name: "États-Unis", Kind: pledgegraph.KindState, Aliases: []string{"Etats-Unis", "USA", "United States"}},
	{ID: france, Name: "France", Kind: pledgegraph.KindState},
	{ID: germany, Name: "Allemagne", Kind: pledgegraph.KindState, Aliases: []string{"Germany"}},
	{ID: russia, Name: "Russie", Kind: pledgegraph.KindState, Aliases: []string{"Russia"}},
	{ID: microsoft, Name: "Microsoft", Kind: pledgegraph.KindCompany},
	{ID: eu, Name: "Union européenne", Kind: pledgegraph.KindOrganization, Aliases: []string{"UE", "European Union"}},
	{ID: macron, Name: "Emmanuel Macron", Kind: pledgegraph.KindPerson},
	{ID: forum, Name: "Forum de Paris sur la Paix 2018", Kind: pledgegraph.KindEvent,
		Start: pledgegraph.MustDate("2018-11-11"), End: pledgegraph.MustDate("2018-11-13")},
}

var fixtureDocuments = []pledgegraph.Document{
	{ID: docLaunch, Title: "Lancement de l'Appel de Paris", Published: pledgegraph.MustDate("2018-11-12"), Lang: pledgegraph.French,
		Source: "https://example.org/lancement", Text: "Emmanuel Macron a lancé l'Appel de Paris."},
	{ID: docUS, Title: "US joins the Paris Call", Published: pledgegraph.MustDate("2021-11-10"), Lang: pledgegraph.English,
		Source: "https://example.org/us", Text: "The United States joined the Paris Call in November 2021."},
	{ID: docUndated, Title: "Sans date", Lang: pledgegraph.French, Text: "La France soutient l'Appel de Paris."},
}

// fact returns a fact with its ID derived as the store derives it.
func fact(s pledgegraph.EntityID, p pledgegraph.Predicate, o pledgegraph.EntityID, negated bool, since string, doc pledgegraph.DocumentID, quote string) pledgegraph.Fact {
	f := pledgegraph.Fact{
		ID: pledgegraph.NewFactID(s, p, o, negated), Subject: s, Predicate: p, Object: o,
		Negated: negated, Since: pledgegraph.MustDate(since), Confidence: 0.9,
	}
	if doc != "" {
		f.Evidence = []pledgegraph.Evidence{{Document: doc, Sentence: quote + ".", Quote: quote, Start: 0, End: len(quote)}}
	}
	return f
}

var (
	germanyInEU = func() pledgegraph.Fact {
		f := fact(germany, pledgegraph.MemberOf, eu, false, "", "", "")
		f.Reference = true
		return f
	}()
	euSupports   = fact(eu, pledgegraph.Supports, parisCall, false, "2018-11-12", docLaunch, "l'Union européenne soutient l'Appel")
	germanyInfer = func() pledgegraph.Fact {
		f := fact(germany, pledgegraph.Supports, parisCall, false, "", docLaunch, "tous les États membres de l'UE")
		f.Inferred = true
		f.Confidence = 0.7
		f.DerivedFrom = []pledgegraph.FactID{germanyInEU.ID, euSupports.ID}
		return f
	}()
	usDeclined = fact(us, pledgegraph.Supports, parisCall, true, "", docLaunch, "les États-Unis ne sont pas signataires")
	usSupports = fact(us, pledgegraph.Supports, parisCall, false, "2021-11", docUS, "The United States joined the Paris Call")
)

var fixtureFacts = []pledgegraph.Fact{
	fact(france, pledgegraph.Supports, parisCall, false, "2018-11-12", docLaunch, "la France soutient l'Appel"),
	fact(microsoft, pledgegraph.Supports, parisCall, false, "", docLaunch, "Microsoft a signé"),
	usDeclined,
	usSupports,
	fact(russia, pledgegraph.Supports, parisCall, true, "", docLaunch, "la Russie manque à l'appel"),
	euSupports,
	germanyInEU,
	germanyInfer,
	fact(macron, pledgegraph.Launched, parisCall, false, "2018-11-12", docLaunch, "Emmanuel Macron a lancé l'Appel de Paris"),
	fact(parisCall, pledgegraph.PresentedAt, forum, false, "2018-11-12", docLaunch, "lors du Forum de Paris sur la Paix"),
	fact(macron, pledgegraph.ParticipatedIn, forum, false, "", docLaunch, "Emmanuel Macron au Forum"),
}

var fixtureCounts = []pledgegraph.Count{
	{Initiative: parisCall, What: pledgegraph.CountSupporters, Value: 1200, Approx: true, Date: pledgegraph.MustDate("2021-11"),
		Evidence: pledgegraph.Evidence{Document: docUS, Sentence: "More than 1,200 supporters.", Quote: "More than 1,200 supporters", End: 26}},
	{Initiative: parisCall, What: pledgegraph.CountSupporters, Value: 370, Date: pledgegraph.MustDate("2018-11-12"),
		Evidence: pledgegraph.Evidence{Document: docLaunch, Sentence: "370 signataires.", Quote: "370 signataires", End: 15}},
	{Initiative: parisCall, What: pledgegraph.CountStates, Value: 80,
		Evidence: pledgegraph.Evidence{Document: docUndated, Sentence: "dont 80 États.", Quote: "80 États", End: 9}},
}

// fixtureMentions are places where the documents name entities.
var fixtureMentions = []pledgegraph.Mention{
	{Entity: us, Doc: docUS, Start: 4, End: 17},
	{Entity: parisCall, Doc: docUS, Start: 0, End: 3},
}

// fixture returns a memory store of the Paris Call as the documents tell
// it, closed when the test ends.
func fixture(t *testing.T) *graph.Store {
	t.Helper()
	return storeOf(t, extractions(fixtureEntities, fixtureFacts, fixtureDocuments, fixtureCounts, fixtureMentions))
}

// storeOf returns a memory store holding xs, closed when the test ends.
func storeOf(t *testing.T, xs []*pledgegraph.Extraction) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, x := range xs {
		if err := s.WriteExtraction(t.Context(), x); err != nil {
			t.Fatalf("write %s: %v", x.Document.ID, err)
		}
	}
	return s
}

// extractions returns what each document yields of a graph given as
// lists: the facts with evidence in it (with that evidence alone), its
// counts and mentions, and the entities they name. Facts without evidence
// (reference data) and entities nothing names go with the first document.
func extractions(entities []pledgegraph.Entity, facts []pledgegraph.Fact, docs []pledgegraph.Document,
	counts []pledgegraph.Count, mentions []pledgegraph.Mention) []*pledgegraph.Extraction {
	byID := map[pledgegraph.EntityID]pledgegraph.Entity{}
	for _, e := range entities {
		byID[e.ID] = e
	}
	named := map[pledgegraph.EntityID]bool{}
	var xs []*pledgegraph.Extraction
	for i, d := range docs {
		x := &pledgegraph.Extraction{Document: d}
		listed := map[pledgegraph.EntityID]bool{}
		list := func(id pledgegraph.EntityID) {
			if !listed[id] {
				listed[id], named[id] = true, true
				x.Entities = append(x.Entities, byID[id])
			}
		}
		for _, f := range facts {
			var evs []pledgegraph.Evidence
			for _, e := range f.Evidence {
				if e.Document == d.ID {
					evs = append(evs, e)
				}
			}
			if len(evs) == 0 && (i > 0 || len(f.Evidence) > 0) {
				continue
			}
			f.Evidence = evs
			list(f.Subject)
			list(f.Object)
			x.Facts = append(x.Facts, f)
		}
		for _, c := range counts {
			if c.Evidence.Document == d.ID {
				list(c.Initiative)
				x.Counts = append(x.Counts, c)
			}
		}
		for _, m := range mentions {
			if m.Doc == d.ID {
				list(m.Entity)
				x.Mentions = append(x.Mentions, m)
			}
		}
		xs = append(xs, x)
	}
	for _, e := range entities {
		if !named[e.ID] && len(xs) > 0 {
			xs[0].Entities = append(xs[0].Entities, e)
		}
	}
	return xs
}

// services are the three read services a GraphQL server reads.
type services interface {
	pledgegraph.EntityService
	pledgegraph.FactService
	pledgegraph.DocumentService
}

// newClient returns a GraphQL client of a server over store.
func newClient(store services, opts resolvers.ServerOptions) *client.Client {
	if opts.Logger == nil {
		opts.Logger = discardLogger()
	}
	r := &resolvers.Resolver{Entities: store, Facts: store, Documents: store}
	return client.New(resolvers.NewServer(r, opts))
}

// withContext sends a request with ctx.
func withContext(ctx context.Context) client.Option {
	return func(r *client.Request) { r.HTTP = r.HTTP.WithContext(ctx) }
}

// gqlError is an error of a GraphQL answer.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// query posts q and decodes the data into resp, failing the test on any
// error.
func query(t *testing.T, c *client.Client, q string, resp any, opts ...client.Option) {
	t.Helper()
	opts = append(opts, withContext(t.Context()))
	if err := c.Post(q, resp, opts...); err != nil {
		t.Fatalf("query %s: %v", q, err)
	}
}

// queryErrors posts q and returns the errors of the answer and its data.
func queryErrors(t *testing.T, c *client.Client, q string, opts ...client.Option) ([]gqlError, any) {
	t.Helper()
	opts = append(opts, withContext(t.Context()))
	resp, err := c.RawPost(q, opts...)
	if err != nil {
		t.Fatalf("query %s: %v", q, err)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			t.Fatalf("decode errors %s: %v", resp.Errors, err)
		}
	}
	return errs, resp.Data
}

// discardLogger returns a logger that drops everything, so that expected
// internal errors do not clutter test output.
func discardLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
