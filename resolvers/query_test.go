package resolvers_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/introspection"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

func TestEntity(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name  string
		query string
		want  string // ID, "" for null
	}{
		{"alias USA", `{ entity(name: "USA") { id } }`, "state/us"},
		{"alias without accent", `{ entity(name: "Etats-Unis") { id } }`, "state/us"},
		{"canonical name", `{ entity(name: "États-Unis") { id } }`, "state/us"},
		{"English name in lower case", `{ entity(name: "united states") { id } }`, "state/us"},
		{"leading article", `{ entity(name: "les Etats-Unis") { id } }`, "state/us"},
		{"initiative alias", `{ entity(name: "Paris Call") { id } }`, "initiative/paris-call"},
		{"by id", `{ entity(id: "state/fr") { id } }`, "state/fr"},
		{"unknown name", `{ entity(name: "Atlantide") { id } }`, ""},
		{"unknown id", `{ entity(id: "state/xx") { id } }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct{ Entity *struct{ ID string } }
			query(t, c, tt.query, &resp)
			got := ""
			if resp.Entity != nil {
				got = resp.Entity.ID
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEntityFields(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Entity struct {
			Name    string
			Type    string
			Aliases []string
			Start   *string
			End     *string
		}
	}
	query(t, c, `{ entity(id: "event/forum-de-paris-sur-la-paix-2018") { name type aliases start end } }`, &resp)
	e := resp.Entity
	if e.Type != "Event" || e.Start == nil || *e.Start != "2018-11-11" || e.End == nil || *e.End != "2018-11-13" {
		t.Errorf("got %+v, want an Event from 2018-11-11 to 2018-11-13", e)
	}
	if e.Aliases == nil {
		t.Errorf("got aliases nil, want an empty list")
	}
}

func TestEntityErrors(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name, query, code, message string
	}{
		{"neither id nor name", `{ entity { id } }`, pledgegraph.EINVALID, "give id or name"},
		{"both id and name", `{ entity(id: "state/fr", name: "France") { id } }`, pledgegraph.EINVALID, "give id or name, not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs, _ := queryErrors(t, c, tt.query)
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(errs), errs)
			}
			if errs[0].Message != tt.message || errs[0].Extensions["code"] != tt.code {
				t.Errorf("got %q (code %v), want %q (code %s)", errs[0].Message, errs[0].Extensions["code"], tt.message, tt.code)
			}
		})
	}
}

// connection is the answer to an entities or documents query.
type connection struct {
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
	PageInfo struct {
		HasNextPage     bool
		HasPreviousPage bool
		StartCursor     *string
		EndCursor       *string
	}
	TotalCount int
}

func (c connection) ids() []string {
	var ids []string
	for _, e := range c.Edges {
		ids = append(ids, e.Node.ID)
	}
	return ids
}

const entitiesQuery = `query($type: EntityType, $search: String, $first: Int, $after: String) {
	entities(type: $type, search: $search, first: $first, after: $after) {
		edges { cursor node { id } }
		pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
		totalCount
	}
}`

func TestEntitiesPaging(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	page := func(t *testing.T, opts ...client.Option) connection {
		t.Helper()
		var resp struct{ Entities connection }
		query(t, c, entitiesQuery, &resp, opts...)
		return resp.Entities
	}
	// States by name, accents aside: Allemagne, États-Unis, France, Russie.
	first := page(t, client.Var("type", "State"), client.Var("first", 2))
	t.Run("first page", func(t *testing.T) {
		if got, want := first.ids(), []string{"state/de", "state/us"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if first.TotalCount != 4 || !first.PageInfo.HasNextPage || first.PageInfo.HasPreviousPage {
			t.Errorf("got totalCount %d, pageInfo %+v; want 4, next and no previous", first.TotalCount, first.PageInfo)
		}
		if first.PageInfo.EndCursor == nil || *first.PageInfo.EndCursor != first.Edges[1].Cursor {
			t.Errorf("got endCursor %v, want the last edge's cursor %q", first.PageInfo.EndCursor, first.Edges[1].Cursor)
		}
	})
	t.Run("second page", func(t *testing.T) {
		second := page(t, client.Var("type", "State"), client.Var("first", 2), client.Var("after", *first.PageInfo.EndCursor))
		if got, want := second.ids(), []string{"state/fr", "state/ru"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if second.TotalCount != 4 || second.PageInfo.HasNextPage || !second.PageInfo.HasPreviousPage {
			t.Errorf("got totalCount %d, pageInfo %+v; want 4, previous and no next", second.TotalCount, second.PageInfo)
		}
	})
	t.Run("default page size", func(t *testing.T) {
		all := page(t)
		if all.TotalCount != len(fixtureEntities) || len(all.Edges) != len(fixtureEntities) {
			t.Errorf("got %d edges of %d, want %d", len(all.Edges), all.TotalCount, len(fixtureEntities))
		}
	})
	t.Run("search ignores accents", func(t *testing.T) {
		got := page(t, client.Var("search", "europeenne"))
		if !slices.Equal(got.ids(), []string{"organization/eu"}) {
			t.Errorf("got %v, want [organization/eu]", got.ids())
		}
	})
	t.Run("first 0 counts only", func(t *testing.T) {
		got := page(t, client.Var("type", "State"), client.Var("first", 0))
		if len(got.Edges) != 0 || got.TotalCount != 4 || !got.PageInfo.HasNextPage {
			t.Errorf("got %+v, want no edges of 4 with a next page", got)
		}
	})
	t.Run("empty page", func(t *testing.T) {
		got := page(t, client.Var("type", "Place"))
		if len(got.Edges) != 0 || got.TotalCount != 0 || got.PageInfo.StartCursor != nil || got.PageInfo.HasNextPage {
			t.Errorf("got %+v, want an empty page", got)
		}
	})
	errTests := []struct {
		name string
		opts []client.Option
		want string
	}{
		{"first above 100", []client.Option{client.Var("first", 101)}, "first must be at most 100, got 101"},
		{"negative first", []client.Option{client.Var("first", -1)}, "first must not be negative, got -1"},
		{"bad cursor", []client.Option{client.Var("after", "nope")}, `invalid cursor "nope": use a cursor from a previous page`},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			errs, _ := queryErrors(t, c, entitiesQuery, tt.opts...)
			if len(errs) != 1 || errs[0].Message != tt.want || errs[0].Extensions["code"] != pledgegraph.EINVALID {
				t.Errorf("got %+v, want one invalid error %q", errs, tt.want)
			}
		})
	}
}

func TestDocuments(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct{ Documents connection }
	query(t, c, `{ documents(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`, &resp)
	if got, want := resp.Documents.ids(), []string{string(docLaunch), string(docUS)}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if resp.Documents.TotalCount != 3 || !resp.Documents.PageInfo.HasNextPage {
		t.Errorf("got %+v, want 3 documents and a next page", resp.Documents)
	}

	var one struct {
		Document *struct {
			Name      string
			Title     string
			Published *string
			Language  string
			FactCount int
		}
	}
	query(t, c, `{ document(name: "002_us_joins.txt") { name title published language factCount } }`, &one)
	if d := one.Document; d == nil || d.Name != string(docUS) || d.Published == nil || *d.Published != "2021-11-10" || d.Language != "en" || d.FactCount != 1 {
		t.Errorf("got %+v, want 002_us_joins.txt published 2021-11-10 in en with 1 fact", d)
	}
	query(t, c, `{ document(name: "003_sans_date.txt") { name title published language factCount } }`, &one)
	if d := one.Document; d == nil || d.Published != nil {
		t.Errorf("got %+v, want an undated document", d)
	}
	var missing struct{ Document *struct{ Name string } }
	query(t, c, `{ document(name: "missing.txt") { name } }`, &missing)
	if missing.Document != nil {
		t.Errorf("got %+v, want null", missing.Document)
	}
}

// factJSON is a fact of an answer with its ends and date.
type factJSON struct {
	Subject struct{ ID string }
	Since   *string
}

func (f factJSON) String() string {
	if f.Since == nil {
		return f.Subject.ID + "@null"
	}
	return f.Subject.ID + "@" + *f.Since
}

func TestSupporters(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name string
		args string
		want []string
	}{
		{"as of 2019", `initiative: "Paris Call", asOf: "2019-01-01"`,
			[]string{"company/microsoft@null", "organization/eu@2018-11-12", "state/de@null", "state/fr@2018-11-12"}},
		{"as of 2022", `initiative: "Paris Call", asOf: "2022-01-01"`,
			[]string{"company/microsoft@null", "organization/eu@2018-11-12", "state/de@null", "state/fr@2018-11-12", "state/us@2021-11"}},
		{"now", `initiative: "Appel de Paris"`,
			[]string{"company/microsoft@null", "organization/eu@2018-11-12", "state/de@null", "state/fr@2018-11-12", "state/us@2021-11"}},
		{"by id", `initiative: "initiative/paris-call", asOf: "2019"`,
			[]string{"company/microsoft@null", "organization/eu@2018-11-12", "state/de@null", "state/fr@2018-11-12"}},
		{"states as of 2022", `initiative: "Paris Call", asOf: "2022-01-01", type: State`,
			[]string{"state/de@null", "state/fr@2018-11-12", "state/us@2021-11"}},
		{"states as of 2019", `initiative: "Paris Call", asOf: "2019-01-01", type: State`,
			[]string{"state/de@null", "state/fr@2018-11-12"}},
		{"companies", `initiative: "Paris Call", type: Company`, []string{"company/microsoft@null"}},
		{"persons", `initiative: "Paris Call", type: Person`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct{ Supporters []factJSON }
			query(t, c, fmt.Sprintf(`{ supporters(%s) { subject { id } since } }`, tt.args), &resp)
			var got []string
			for _, f := range resp.Supporters {
				got = append(got, f.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if resp.Supporters == nil {
				t.Errorf("got null, want a list")
			}
		})
	}
}

func TestDecliners(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name string
		args string
		want []string
	}{
		{"as of 2019", `initiative: "Paris Call", asOf: "2019-01-01"`, []string{"state/ru@null", "state/us@null"}},
		{"as of 2022", `initiative: "Paris Call", asOf: "2022-01-01"`, []string{"state/ru@null"}},
		{"companies", `initiative: "Paris Call", asOf: "2019", type: Company`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Decliners []struct {
					Subject struct{ ID string }
					Since   *string
					Negated bool
				}
			}
			query(t, c, fmt.Sprintf(`{ decliners(%s) { subject { id } since negated } }`, tt.args), &resp)
			var got []string
			for _, f := range resp.Decliners {
				got = append(got, factJSON{Subject: f.Subject, Since: f.Since}.String())
				if !f.Negated {
					t.Errorf("got a stated fact of %s, want negated facts only", f.Subject.ID)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestUnknownInitiative(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name, query, want string
	}{
		{"supporters", `{ supporters(initiative: "Appel de Genève") { id } }`, `no initiative named "Appel de Genève"`},
		{"decliners", `{ decliners(initiative: "Appel de Genève") { id } }`, `no initiative named "Appel de Genève"`},
		{"reported counts", `{ reportedCounts(initiative: "initiative/nope") { value } }`, `no initiative named "initiative/nope"`},
		{"stance", `{ stance(entity: "Atlantide", initiative: "Paris Call") { value } }`, `no entity named "Atlantide"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs, data := queryErrors(t, c, tt.query)
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(errs), errs)
			}
			if got := errs[0].Extensions["code"]; got != pledgegraph.ENOTFOUND {
				t.Errorf("got code %v, want %s", got, pledgegraph.ENOTFOUND)
			}
			if errs[0].Message != tt.want {
				t.Errorf("got message %q, want %q", errs[0].Message, tt.want)
			}
			if data != nil {
				t.Errorf("got data %v, want null", data)
			}
		})
	}
}

func TestStance(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name, entity, asOf string
		want               string
		wantFacts          []string // subject, negated
	}{
		{"United States as of 2019", "Etats-Unis", "2019-01-01", "DECLINED", []string{"state/us negated"}},
		{"United States as of 2022", "United States", "2022-01-01", "SUPPORTS", []string{"state/us"}},
		{"United States now", "USA", "", "SUPPORTS", []string{"state/us"}},
		{"Russia", "Russia", "2022", "DECLINED", []string{"state/ru negated"}},
		{"France", "state/fr", "2019", "SUPPORTS", []string{"state/fr"}},
		{"Macron has no supports fact", "Emmanuel Macron", "2022-01-01", "UNKNOWN", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asOf := ""
			if tt.asOf != "" {
				asOf = fmt.Sprintf(", asOf: %q", tt.asOf)
			}
			var resp struct {
				Stance struct {
					Value string
					Facts []struct {
						Subject struct{ ID string }
						Negated bool
					}
				}
			}
			query(t, c, fmt.Sprintf(`{ stance(entity: %q, initiative: "Paris Call"%s) { value facts { subject { id } negated } } }`, tt.entity, asOf), &resp)
			if resp.Stance.Value != tt.want {
				t.Errorf("got %s, want %s", resp.Stance.Value, tt.want)
			}
			var got []string
			for _, f := range resp.Stance.Facts {
				s := f.Subject.ID
				if f.Negated {
					s += " negated"
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.wantFacts) {
				t.Errorf("got facts %v, want %v", got, tt.wantFacts)
			}
		})
	}
}

func TestStances(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name string
		args string
		want []string
	}{
		{"as of 2019", `initiative: "Paris Call", asOf: "2019-01-01"`, []string{
			"Microsoft SUPPORTS", "Union européenne SUPPORTS", "Allemagne SUPPORTS", "France SUPPORTS", "Russie DECLINED", "États-Unis DECLINED"}},
		{"states as of 2022", `initiative: "Paris Call", asOf: "2022-01-01", type: State`, []string{
			"Allemagne SUPPORTS", "France SUPPORTS", "Russie DECLINED", "États-Unis SUPPORTS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Stances []struct {
					Actor      struct{ Name string }
					Initiative struct{ ID string }
					Value      string
					Facts      []struct{ ID string }
				}
			}
			query(t, c, fmt.Sprintf(`{ stances(%s) { actor { name } initiative { id } value facts { id } } }`, tt.args), &resp)
			var got []string
			for _, s := range resp.Stances {
				got = append(got, s.Actor.Name+" "+s.Value)
				if s.Initiative.ID != string(parisCall) || len(s.Facts) == 0 {
					t.Errorf("got %+v, want a stance toward %s resting on facts", s, parisCall)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEvidence(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Fact *struct {
			Predicate  string
			Negated    bool
			Since      *string
			Confidence float64
			Subject    struct{ Name string }
			Object     struct{ ID string }
			Evidence   []struct {
				Document struct {
					Name      string
					Published *string
				}
				Sentence string
				Quote    string
				Start    int
				End      int
			}
		}
	}
	query(t, c, fmt.Sprintf(`{ fact(id: %q) {
		predicate negated since confidence subject { name } object { id }
		evidence { document { name published } sentence quote start end }
	} }`, usSupports.ID), &resp)
	f := resp.Fact
	if f == nil {
		t.Fatalf("got null, want fact %s", usSupports.ID)
	}
	if f.Predicate != "SUPPORTS" || f.Negated || f.Since == nil || *f.Since != "2021-11" || f.Subject.Name != "États-Unis" || f.Object.ID != string(parisCall) {
		t.Errorf("got %+v, want États-Unis SUPPORTS Paris Call since 2021-11", f)
	}
	if len(f.Evidence) != 1 {
		t.Fatalf("got %d pieces of evidence, want 1", len(f.Evidence))
	}
	e := f.Evidence[0]
	if e.Document.Name != string(docUS) || e.Document.Published == nil || *e.Document.Published != "2021-11-10" {
		t.Errorf("got document %+v, want %s published 2021-11-10", e.Document, docUS)
	}
	if e.Quote != "The United States joined the Paris Call" || e.End != len(e.Quote) {
		t.Errorf("got quote %q [%d:%d], want the joining sentence", e.Quote, e.Start, e.End)
	}

	var missing struct{ Fact *struct{ ID string } }
	query(t, c, `{ fact(id: "fact/nope") { id } }`, &missing)
	if missing.Fact != nil {
		t.Errorf("got %+v, want null", missing.Fact)
	}
}

func TestDerivedFrom(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Fact struct {
			Inferred    bool
			DerivedFrom []struct {
				Predicate string
				Subject   struct{ ID string }
				Object    struct{ ID string }
			}
		}
	}
	query(t, c, fmt.Sprintf(`{ fact(id: %q) { inferred derivedFrom { predicate subject { id } object { id } } } }`, germanyInfer.ID), &resp)
	if !resp.Fact.Inferred {
		t.Errorf("got inferred false, want true")
	}
	var got []string
	for _, f := range resp.Fact.DerivedFrom {
		got = append(got, f.Subject.ID+" "+f.Predicate+" "+f.Object.ID)
	}
	// in the order of their IDs
	facts := map[pledgegraph.FactID]string{
		germanyInEU.ID: "state/de MEMBER_OF organization/eu",
		euSupports.ID:  "organization/eu SUPPORTS initiative/paris-call",
	}
	var want []string
	for _, id := range slices.Sorted(maps.Keys(facts)) {
		want = append(want, facts[id])
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}

	var stated struct {
		Fact struct{ DerivedFrom []struct{ ID string } }
	}
	query(t, c, fmt.Sprintf(`{ fact(id: %q) { derivedFrom { id } } }`, usSupports.ID), &stated)
	if stated.Fact.DerivedFrom == nil || len(stated.Fact.DerivedFrom) != 0 {
		t.Errorf("got %v, want an empty list", stated.Fact.DerivedFrom)
	}
}

func TestEntityFacts(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name   string
		entity pledgegraph.EntityID
		args   string
		want   []string // "subject PREDICATE object", "!" for negated; sorted
	}{
		{"outgoing supports of the United States", us, `direction: OUT, predicate: SUPPORTS`,
			[]string{"!state/us SUPPORTS initiative/paris-call", "state/us SUPPORTS initiative/paris-call"}},
		{"without negated", us, `direction: OUT, includeNegated: false`,
			[]string{"state/us SUPPORTS initiative/paris-call"}},
		{"as of 2019", us, `asOf: "2019-01-01"`,
			[]string{"!state/us SUPPORTS initiative/paris-call"}},
		{"incoming launched", parisCall, `direction: IN, predicate: LAUNCHED`,
			[]string{"person/emmanuel-macron LAUNCHED initiative/paris-call"}},
		{"outgoing of the initiative", parisCall, `direction: OUT`,
			[]string{"initiative/paris-call PRESENTED_AT event/forum-de-paris-sur-la-paix-2018"}},
		{"incoming supports as of 2019 without negated", parisCall, `direction: IN, predicate: SUPPORTS, asOf: "2019", includeNegated: false`,
			[]string{"company/microsoft SUPPORTS initiative/paris-call", "organization/eu SUPPORTS initiative/paris-call",
				"state/de SUPPORTS initiative/paris-call", "state/fr SUPPORTS initiative/paris-call"}},
		{"both ends of an event", forum, ``,
			[]string{"initiative/paris-call PRESENTED_AT event/forum-de-paris-sur-la-paix-2018",
				"person/emmanuel-macron PARTICIPATED_IN event/forum-de-paris-sur-la-paix-2018"}},
		{"no reference facts", germany, `direction: OUT`,
			[]string{"state/de SUPPORTS initiative/paris-call"}},
		{"none", russia, `predicate: ACCUSED`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := ""
			if tt.args != "" {
				args = "(" + tt.args + ")"
			}
			var resp struct {
				Entity struct {
					Facts struct {
						Nodes []struct {
							Subject   struct{ ID string }
							Predicate string
							Negated   bool
							Object    struct{ ID string }
						}
					}
				}
			}
			query(t, c, fmt.Sprintf(`{ entity(id: %q) { facts%s { nodes { subject { id } predicate negated object { id } } } } }`, tt.entity, args), &resp)
			var got []string
			for _, f := range resp.Entity.Facts.Nodes {
				s := f.Subject.ID + " " + f.Predicate + " " + f.Object.ID
				if f.Negated {
					s = "!" + s
				}
				got = append(got, s)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFacts(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name string
		args string
		want []string // sorted "subject PREDICATE object", "!" for negated
	}{
		{"who launched the Paris Call", `object: "Paris Call", predicates: [LAUNCHED]`,
			[]string{"person/emmanuel-macron LAUNCHED initiative/paris-call"}},
		{"at which event", `subject: "Paris Call", predicates: [PRESENTED_AT]`,
			[]string{"initiative/paris-call PRESENTED_AT event/forum-de-paris-sur-la-paix-2018"}},
		{"between two entities", `subject: "USA", object: "Paris Call"`,
			[]string{"!state/us SUPPORTS initiative/paris-call", "state/us SUPPORTS initiative/paris-call"}},
		{"stated only, as of 2022", `subject: "USA", object: "Paris Call", asOf: "2022", negated: false`,
			[]string{"state/us SUPPORTS initiative/paris-call"}},
		{"inferred", `object: "Paris Call", inferred: true`,
			[]string{"state/de SUPPORTS initiative/paris-call"}},
		{"refusals", `object: "Paris Call", negated: true`,
			[]string{"!state/ru SUPPORTS initiative/paris-call", "!state/us SUPPORTS initiative/paris-call"}},
		{"states only", `object: "Paris Call", predicates: [SUPPORTS], subjectTypes: [State], negated: false, inferred: false`,
			[]string{"state/fr SUPPORTS initiative/paris-call", "state/us SUPPORTS initiative/paris-call"}},
		{"dated in 2021 or later", `object: "Paris Call", sinceAfter: "2021"`,
			[]string{"state/us SUPPORTS initiative/paris-call"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Facts struct {
					Nodes []struct {
						Subject   struct{ ID string }
						Predicate string
						Negated   bool
						Object    struct{ ID string }
					}
				}
			}
			query(t, c, fmt.Sprintf(`{ facts(filter: {%s}, first: 100) { nodes { subject { id } predicate negated object { id } } } }`, tt.args), &resp)
			var got []string
			for _, f := range resp.Facts.Nodes {
				s := f.Subject.ID + " " + f.Predicate + " " + f.Object.ID
				if f.Negated {
					s = "!" + s
				}
				got = append(got, s)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("unknown entity", func(t *testing.T) {
		errs, _ := queryErrors(t, c, `{ facts(filter: {subject: "Atlantis"}) { totalCount } }`)
		if len(errs) != 1 || errs[0].Extensions["code"] != pledgegraph.ENOTFOUND {
			t.Errorf("got %+v, want one not-found error", errs)
		}
	})
	t.Run("facts of a document", func(t *testing.T) {
		var resp struct {
			Document struct {
				FactCount int
				Facts     []struct{ Subject struct{ ID string } }
			}
		}
		query(t, c, `{ document(name: "002_us_joins.txt") { factCount facts { subject { id } } } }`, &resp)
		if resp.Document.FactCount != 1 || len(resp.Document.Facts) != 1 || resp.Document.Facts[0].Subject.ID != string(us) {
			t.Errorf("got %+v, want the one fact of the United States", resp.Document)
		}
	})
}

func TestMentionedIn(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Entity struct{ MentionedIn []struct{ Name string } }
	}
	query(t, c, `{ entity(name: "USA") { mentionedIn { name } } }`, &resp)
	var got []string
	for _, d := range resp.Entity.MentionedIn {
		got = append(got, d.Name)
	}
	if want := []string{string(docLaunch), string(docUS)}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestReportedCounts(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		ReportedCounts []struct {
			Initiative struct{ ID string }
			What       string
			Value      int
			Approx     bool
			Date       *string
			Evidence   struct{ Document struct{ Name string } }
		}
	}
	query(t, c, `{ reportedCounts(initiative: "Paris Call") { initiative { id } what value approx date evidence { document { name } } } }`, &resp)
	var got []string
	for _, r := range resp.ReportedCounts {
		date := "null"
		if r.Date != nil {
			date = *r.Date
		}
		got = append(got, fmt.Sprintf("%s %s %d %t %s %s", r.Initiative.ID, r.What, r.Value, r.Approx, date, r.Evidence.Document.Name))
	}
	want := []string{
		"initiative/paris-call SUPPORTERS 370 false 2018-11-12 001_lancement.txt",
		"initiative/paris-call SUPPORTERS 1200 true 2021-11 002_us_joins.txt",
		"initiative/paris-call STATES 80 false null 003_sans_date.txt",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestDateScalar(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	tests := []struct {
		name string
		asOf any
		want string // error message, "" for none
	}{
		{"year", "2019", ""},
		{"month", "2019-01", ""},
		{"day", "2019-01-01", ""},
		{"empty means now", "", ""},
		{"month 13", "2019-13", `invalid Date "2019-13": does not exist`},
		{"February 30", "2019-02-30", `invalid Date "2019-02-30": does not exist`},
		{"slashes", "2019/01/01", `invalid Date "2019/01/01": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"two-digit year", "19", `invalid Date "19": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"single-digit month", "2019-1", `invalid Date "2019-1": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"number", 2019, `invalid Date 2019: want a string YYYY, YYYY-MM or YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs, _ := queryErrors(t, c, `query($d: Date) { supporters(initiative: "Paris Call", asOf: $d) { id } }`, client.Var("d", tt.asOf))
			switch {
			case tt.want == "" && len(errs) > 0:
				t.Errorf("got errors %+v, want none", errs)
			case tt.want == "":
			case len(errs) != 1:
				t.Errorf("got %d errors %+v, want 1", len(errs), errs)
			case errs[0].Message != tt.want || errs[0].Extensions["code"] != pledgegraph.EINVALID:
				t.Errorf("got %q (code %v), want %q (code invalid)", errs[0].Message, errs[0].Extensions["code"], tt.want)
			}
		})
	}
	t.Run("literal argument", func(t *testing.T) {
		errs, _ := queryErrors(t, c, `{ stance(entity: "USA", initiative: "Paris Call", asOf: "2019-13") { value } }`)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Message, `invalid Date "2019-13"`) {
			t.Errorf("got %+v, want one invalid Date error", errs)
		}
	})
}

func TestInternalErrorsAreHidden(t *testing.T) {
	store := count(fixture(t))
	var logs bytes.Buffer
	c := newClient(store, resolvers.ServerOptions{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	store.fail(errors.New("bolt: database file /var/lib/pledgegraph.db is corrupt"))
	for _, q := range []string{
		`{ entity(name: "USA") { id } }`,
		`{ supporters(initiative: "Paris Call") { id } }`,
		`{ documents { totalCount } }`,
	} {
		t.Run(q, func(t *testing.T) {
			errs, _ := queryErrors(t, c, q)
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %+v", len(errs), errs)
			}
			if errs[0].Message != "internal error" || errs[0].Extensions["code"] != pledgegraph.EINTERNAL {
				t.Errorf("got %q (code %v), want \"internal error\" (code internal)", errs[0].Message, errs[0].Extensions["code"])
			}
		})
	}
	if !strings.Contains(logs.String(), "is corrupt") {
		t.Errorf("got log %q, want the original error logged", logs.String())
	}
}

// panickingStore is a store whose FindEntityByName panics.
type panickingStore struct{ services }

func (panickingStore) FindEntityByName(_ context.Context, name string) (*pledgegraph.Entity, error) {
	panic("index out of range in " + name)
}

func TestPanicsAreRecovered(t *testing.T) {
	store := fixture(t)
	r := &resolvers.Resolver{Entities: panickingStore{store}, Facts: store, Documents: store, Logger: discardLogger()}
	c := client.New(resolvers.NewServer(r, resolvers.ServerOptions{}))
	errs, _ := queryErrors(t, c, `{ entity(name: "USA") { id } }`)
	if len(errs) != 1 || errs[0].Message != "internal error" || errs[0].Extensions["code"] != pledgegraph.EINTERNAL {
		t.Errorf("got %+v, want one internal error", errs)
	}
	if strings.Contains(fmt.Sprint(errs), "index out of range") {
		t.Errorf("got %+v, want no panic details", errs)
	}
}

func TestServerOptions(t *testing.T) {
	store := fixture(t)
	introspect := `{ __schema { queryType { name } } }`
	t.Run("introspection on by default", func(t *testing.T) {
		errs, _ := queryErrors(t, newClient(store, resolvers.ServerOptions{}), introspect)
		if len(errs) != 0 {
			t.Errorf("got errors %+v, want none", errs)
		}
	})
	t.Run("full introspection fits the default complexity limit", func(t *testing.T) {
		errs, _ := queryErrors(t, newClient(store, resolvers.ServerOptions{}), introspection.Query)
		if len(errs) != 0 {
			t.Errorf("got errors %+v, want none", errs)
		}
	})
	t.Run("introspection off", func(t *testing.T) {
		errs, _ := queryErrors(t, newClient(store, resolvers.ServerOptions{DisableIntrospection: true}), introspect)
		if len(errs) == 0 {
			t.Errorf("got no error, want introspection refused")
		}
	})
	t.Run("GET", func(t *testing.T) {
		srv := resolvers.NewServer(&resolvers.Resolver{Entities: store, Facts: store, Documents: store, Logger: discardLogger()}, resolvers.ServerOptions{})
		req := httptest.NewRequestWithContext(t.Context(), http.MethodGet, "/query?query="+url.QueryEscape(`{ entity(name: "USA") { id } }`), nil)
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if got, want := strings.TrimSpace(w.Body.String()), `{"data":{"entity":{"id":"state/us"}}}`; w.Code != http.StatusOK || got != want {
			t.Errorf("got %d %s, want 200 %s", w.Code, got, want)
		}
	})
	t.Run("complexity limit", func(t *testing.T) {
		c := newClient(store, resolvers.ServerOptions{ComplexityLimit: 50})
		errs, _ := queryErrors(t, c, `{ entities(first: 100) { edges { node { id name } } } }`)
		if len(errs) != 1 || errs[0].Extensions["code"] != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("got %+v, want the query refused for its complexity", errs)
		}
		if errs, _ := queryErrors(t, c, `{ entities(first: 5) { edges { node { id name } } } }`); len(errs) != 0 {
			t.Errorf("got %+v, want a small page allowed", errs)
		}
	})
}

// TestDocumentMentions checks that a document's mentions come with their
// entities and offsets, and that a document with none has an empty list.
func TestDocumentMentions(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{}) // see fixtureMentions
	var resp struct {
		Document struct {
			Mentions []struct {
				Entity     struct{ ID, Name string }
				Start, End int
			}
		}
	}
	query(t, c, `{ document(name: "002_us_joins.txt") { mentions { entity { id name } start end } } }`, &resp)
	m := resp.Document.Mentions
	if len(m) != 2 || m[0].Entity.ID != string(parisCall) || m[1].Entity.ID != string(us) || m[1].Entity.Name == "" || m[1].Start != 4 || m[1].End != 17 {
		t.Errorf("mentions = %+v, want the Paris Call at 0-3 then the United States at 4-17", m)
	}
	query(t, c, `{ document(name: "003_sans_date.txt") { mentions { start } } }`, &resp)
	if resp.Document.Mentions == nil || len(resp.Document.Mentions) != 0 {
		t.Errorf("mentions of a document without = %+v, want []", resp.Document.Mentions)
	}
}

// factsQuery asks for a page of facts: their IDs and cursors, where the
// page stands and how many facts match.
const factsQuery = `query($predicates: [Predicate!], $negated: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
	facts(filter: {predicates: $predicates, negated: $negated}, first: $first, after: $after, last: $last, before: $before) {
		totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
	}
}`

// factsPage posts factsQuery with the variables opts give.
func factsPage(t *testing.T, c *client.Client, opts ...client.Option) connection {
	t.Helper()
	var resp struct{ Facts connection }
	query(t, c, factsQuery, &resp, opts...)
	return resp.Facts
}

// TestFactsPaging checks that pages of facts read one after the other
// through their cursors (which the store answers from its index of
// facts) give the facts a whole list in one page gives (which it answers
// by reading every fact), with the same totals, and that the cursors
// also work backwards.
func TestFactsPaging(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	page := func(t *testing.T, opts ...client.Option) connection { t.Helper(); return factsPage(t, c, opts...) }
	for _, tc := range []struct {
		name string
		vars []client.Option
	}{
		{"every fact", nil},
		{"supports", []client.Option{client.Var("predicates", []string{"SUPPORTS"})}},
		{"supports and launched", []client.Option{client.Var("predicates", []string{"LAUNCHED", "SUPPORTS"})}},
		{"negated", []client.Option{client.Var("negated", true)}},
		{"positive supports", []client.Option{client.Var("predicates", []string{"SUPPORTS"}), client.Var("negated", false)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			whole := page(t, append(tc.vars, client.Var("last", 100))...) // read whole, as before pages were indexed
			if len(whole.Edges) == 0 || whole.TotalCount != len(whole.Edges) {
				t.Fatalf("got %d facts of %d in one page, want some, all", len(whole.Edges), whole.TotalCount)
			}
			var ids []string
			var after *string
			for i := range whole.TotalCount {
				vars := append(tc.vars, client.Var("first", 1))
				if after != nil {
					vars = append(vars, client.Var("after", *after))
				}
				p := page(t, vars...)
				if len(p.Edges) != 1 || p.TotalCount != whole.TotalCount ||
					p.PageInfo.HasNextPage != (i < whole.TotalCount-1) || p.PageInfo.HasPreviousPage != (i > 0) {
					t.Fatalf("page %d: got %+v, want one fact of %d", i, p, whole.TotalCount)
				}
				ids = append(ids, p.Edges[0].Node.ID)
				after = p.PageInfo.EndCursor
				if i > 0 {
					back := page(t, append(tc.vars, client.Var("last", 1), client.Var("before", *after))...)
					if got, want := back.ids(), ids[i-1:i]; !slices.Equal(got, want) {
						t.Errorf("page before %d: got %v, want %v", i, got, want)
					}
				}
			}
			if !slices.Equal(ids, whole.ids()) {
				t.Errorf("pages of one give %v, one page gives %v", ids, whole.ids())
			}
		})
	}
}
