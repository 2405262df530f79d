package resolvers_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/mock"
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

// fixture returns a store of the Paris Call as the documents tell it.
func fixture() *mock.Store {
	return mock.New(fixtureEntities, fixtureFacts, fixtureDocuments, fixtureCounts)
}

// newClient returns a GraphQL client of a server over store.
func newClient(store *mock.Store, opts resolvers.ServerOptions) *client.Client {
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
