package resolvers_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers"
)

func TestNode(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		E, F, D, None *struct {
			ID       string
			Typename string `json:"__typename"`
		}
	}
	query(t, c, `{
		e: node(id: "state/us") { id __typename }
		f: node(id: "`+string(usSupports.ID)+`") { id __typename }
		d: node(id: "002_us_joins.txt") { id __typename }
		none: node(id: "state/atlantis") { id }
	}`, &resp)
	if resp.E == nil || resp.E.Typename != "Entity" || resp.F == nil || resp.F.Typename != "Fact" || resp.D == nil || resp.D.Typename != "Document" || resp.None != nil {
		t.Errorf("got %+v %+v %+v %+v", resp.E, resp.F, resp.D, resp.None)
	}
}

func TestPathAndNeighbors(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Path []struct {
			Length   int
			Entities []struct{ ID string }
			Facts    []struct{ Predicate string }
		}
		Far    []struct{ Length int }
		Entity struct {
			Neighbors []struct {
				Distance int
				Entity   struct{ ID string }
			}
		}
	}
	query(t, c, `{
		path(from: "Emmanuel Macron", to: "France") { length entities { id } facts { predicate } }
		far: path(from: "Emmanuel Macron", to: "Russie") { length }
		entity(name: "Microsoft") { neighbors(depth: 2) { distance entity { id } } }
	}`, &resp)
	if len(resp.Path) != 1 || resp.Path[0].Length != 2 || resp.Path[0].Entities[1].ID != string(parisCall) {
		t.Errorf("path Macron → France: %+v, want through the Paris Call", resp.Path)
	}
	if len(resp.Far) != 0 {
		t.Errorf("path Macron → Russia: %+v, want none (a refusal links nothing)", resp.Far)
	}
	var got []string
	for _, n := range resp.Entity.Neighbors {
		got = append(got, string(rune('0'+n.Distance))+" "+n.Entity.ID)
	}
	want := []string{"1 initiative/paris-call", "2 event/forum-de-paris-sur-la-paix-2018", "2 organization/eu", "2 person/emmanuel-macron", "2 state/de", "2 state/fr", "2 state/us"}
	if !slices.Equal(got, want) {
		t.Errorf("neighbors of Microsoft: %v, want %v", got, want)
	}
}

func TestStanceHistoryTimelineStats(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Entity struct {
			StanceHistory []struct {
				Date  *string
				Value string
			}
		}
		Timeline []struct {
			Date *string
			Kind string
		}
		Stats struct {
			Documents, Entities, Facts int
			SupportersByType           []struct {
				Type  string
				Count int
			}
		}
	}
	query(t, c, `{
		entity(name: "USA") { stanceHistory(initiative: "Paris Call") { date value } }
		timeline(initiative: "Paris Call") { date kind }
		stats { documents entities facts supportersByType(initiative: "Paris Call", asOf: "2019-01-01") { type count } }
	}`, &resp)
	h := resp.Entity.StanceHistory
	if len(h) != 2 || h[0].Value != "DECLINED" || *h[0].Date != "2018-11-12" || h[1].Value != "SUPPORTS" || *h[1].Date != "2021-11" {
		t.Errorf("stance history of the United States: %+v", h)
	}
	if len(resp.Timeline) == 0 || resp.Timeline[0].Kind != "LAUNCH" || *resp.Timeline[0].Date != "2018-11-12" {
		t.Errorf("timeline: %+v, want the launch first", resp.Timeline)
	}
	last := resp.Timeline[len(resp.Timeline)-1]
	if last.Date != nil {
		t.Errorf("timeline ends with %+v, want the undated count last", last)
	}
	s := resp.Stats
	if s.Documents != 3 || s.Entities != len(fixtureEntities) || s.Facts != len(fixtureFacts)-1 {
		t.Errorf("stats %+v, want 3 documents, %d entities, %d facts", s, len(fixtureEntities), len(fixtureFacts)-1)
	}
	// as of 2019: France, the EU, Microsoft (undated, 2018) and Germany
	// (inferred); the United States declined
	byType := map[string]int{}
	for _, tc := range s.SupportersByType {
		byType[tc.Type] = tc.Count
	}
	if byType["State"] != 2 || byType["Organization"] != 1 || byType["Company"] != 1 {
		t.Errorf("supporters by type as of 2019: %+v", s.SupportersByType)
	}
}

// TestStatsTotals checks that the totals of the stats query are the
// store's, read in one call, types and predicates in their order; and
// that factsByDocument counts the facts each document gives evidence of.
func TestStatsTotals(t *testing.T) {
	store := count(fixture(t))
	want, err := store.s.Totals(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(store, resolvers.ServerOptions{})
	type typeCount struct {
		Type  string
		Count int
	}
	type predicateCount struct {
		Predicate string
		Count     int
	}
	var resp struct {
		Stats struct {
			Documents, Entities, Facts, FactsStated, FactsInferred, FactsReference, FactsNegated, Evidence int
			EntitiesByType                                                                                 []typeCount
			FactsByPredicate                                                                               []predicateCount
		}
	}
	query(t, c, `{ stats { documents entities facts factsStated factsInferred factsReference factsNegated evidence
		entitiesByType { type count } factsByPredicate { predicate count } } }`, &resp)
	s := resp.Stats
	got := [8]int{s.Documents, s.Entities, s.Facts, s.FactsStated, s.FactsInferred, s.FactsReference, s.FactsNegated, s.Evidence}
	f := want.Facts
	if w := [8]int{want.Documents, want.Entities, f.Facts(), f.Stated, f.Inferred, f.Reference, want.Negated, want.Evidence}; got != w {
		t.Errorf("stats = %v, want the store's totals %v", got, w)
	}
	if got[0] != 3 || got[2] != len(fixtureFacts)-1 || got[6] != 2 {
		t.Errorf("stats = %v, want 3 documents, %d facts, 2 negated", got, len(fixtureFacts)-1)
	}
	var types []typeCount
	for _, k := range pledgegraph.Kinds {
		if n := want.EntitiesByKind[k]; n > 0 {
			types = append(types, typeCount{string(k), n})
		}
	}
	if !slices.Equal(s.EntitiesByType, types) {
		t.Errorf("entitiesByType = %v, want %v", s.EntitiesByType, types)
	}
	var preds []predicateCount
	for _, p := range pledgegraph.Predicates {
		if n := want.FactsByPredicate[p]; n > 0 {
			preds = append(preds, predicateCount{strings.ToUpper(string(p)), n})
		}
	}
	if !slices.Equal(s.FactsByPredicate, preds) {
		t.Errorf("factsByPredicate = %v, want %v", s.FactsByPredicate, preds)
	}
	if calls := store.counts(); len(calls) != 1 || calls["Totals"] != 1 {
		t.Errorf("the stats query made the store calls %v, want one of Totals", calls)
	}

	var byDoc struct {
		Stats struct {
			FactsByDocument []struct {
				Document struct{ Name string }
				Count    int
			}
		}
	}
	query(t, c, `{ stats { factsByDocument { document { name } count } } }`, &byDoc)
	facts, err := store.s.FindFacts(t.Context(), pledgegraph.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, f := range facts {
		for _, d := range pledgegraph.EvidenceDocuments([]*pledgegraph.Fact{f}) {
			n[string(d)]++
		}
	}
	var names []string
	for _, dc := range byDoc.Stats.FactsByDocument {
		names = append(names, dc.Document.Name)
		if dc.Count != n[dc.Document.Name] {
			t.Errorf("factsByDocument of %s = %d, want %d", dc.Document.Name, dc.Count, n[dc.Document.Name])
		}
	}
	if !slices.IsSorted(names) || len(names) != len(n) {
		t.Errorf("factsByDocument names %v, want the %d documents with facts in name order", names, len(n))
	}
}

func TestEntitiesFilterAndOrder(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	var resp struct {
		Ranked, Supporters, Members, Last struct {
			Nodes      []struct{ ID string }
			TotalCount int
		}
	}
	query(t, c, `{
		ranked: entities(filter: {search: "paris"}) { nodes { id } totalCount }
		supporters: entities(filter: {supports: "Paris Call", supportsAsOf: "2019-01-01", types: [State]}) { nodes { id } totalCount }
		members: entities(filter: {memberOf: "UE"}) { nodes { id } totalCount }
		last: entities(filter: {types: [State]}, last: 2) { nodes { id } totalCount }
	}`, &resp)
	ids := func(ns []struct{ ID string }) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.ID)
		}
		return out
	}
	// "Paris Call" (an alias) starts with the search, the forum's name only contains it
	if got := ids(resp.Ranked.Nodes); len(got) != 2 || got[0] != string(parisCall) {
		t.Errorf("search paris: %v, want the Paris Call first", got)
	}
	if got := ids(resp.Supporters.Nodes); !slices.Equal(got, []string{"state/de", "state/fr"}) {
		t.Errorf("states supporting as of 2019: %v", got)
	}
	if got := ids(resp.Members.Nodes); !slices.Equal(got, []string{"state/de"}) {
		t.Errorf("members of the EU: %v", got)
	}
	if got := ids(resp.Last.Nodes); resp.Last.TotalCount != 4 || !slices.Equal(got, []string{"state/fr", "state/ru"}) {
		t.Errorf("last 2 states: %v of %d", got, resp.Last.TotalCount)
	}
}
