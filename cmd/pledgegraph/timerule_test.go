package main

import (
	"slices"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/gen"
)

// TestTimeRule checks, on the built-in corpus and generated documents,
// that the questions about time place facts by one rule: for every
// initiative and many dates d, an actor is among supporters(asOf: d)
// exactly when stance(asOf: d) is SUPPORTS, exactly when replaying the
// timeline up to d ends on its support, exactly when the last change of
// its stanceHistory by d is SUPPORTS; likewise for refusals; and nothing
// supports or refuses an initiative before its earliest dated evidence.
func TestTimeRule(t *testing.T) {
	base := startServe(t, "--db", "memory", "--write-token", testToken)
	for _, g := range gen.Generate(24, 7) {
		ask(t, base, `mutation($in: IngestDocumentInput!) { ingestDocument(input: $in) { status } }`,
			map[string]any{"in": map[string]any{"name": g.Name, "text": g.Text}}, nil)
	}
	var inits struct {
		Entities struct{ Nodes []struct{ ID, Name string } }
	}
	ask(t, base, `{ entities(type: Initiative, first: 100) { nodes { id name } } }`, nil, &inits)
	checked := 0
	for _, in := range inits.Entities.Nodes {
		tl := timelineOf(t, base, in.ID)
		if len(tl) == 0 {
			continue
		}
		for _, d := range probeDates(tl) {
			checkAsOf(t, base, in.ID, in.Name, d, tl)
			checked++
		}
	}
	if checked < 50 {
		t.Fatalf("only %d initiative and date pairs checked", checked)
	}
	// the built-in corpus: nothing before the Paris Call's launch
	for _, d := range []string{"2000-01-01", "2018-01-01", "2018-11-11"} {
		var got struct{ Supporters, Decliners []struct{ ID string } }
		ask(t, base, `query($d: Date) { supporters(initiative: "Paris Call", asOf: $d) { id } decliners(initiative: "Paris Call", asOf: $d) { id } }`,
			map[string]any{"d": d}, &got)
		if len(got.Supporters)+len(got.Decliners) > 0 {
			t.Errorf("as of %s the Paris Call has %d supporters and %d decliners", d, len(got.Supporters), len(got.Decliners))
		}
		// the generic filters keep facts by the same rule
		var near struct {
			Entity struct {
				Facts     struct{ TotalCount int }
				Neighbors []struct{ Distance int }
			}
		}
		ask(t, base, `query($d: Date) { entity(name: "Paris Call") { facts(asOf: $d) { totalCount } neighbors(asOf: $d) { distance } } }`,
			map[string]any{"d": d}, &near)
		if n := near.Entity.Facts.TotalCount + len(near.Entity.Neighbors); n > 0 {
			t.Errorf("as of %s the Paris Call has %d facts and %d neighbours", d, near.Entity.Facts.TotalCount, len(near.Entity.Neighbors))
		}
	}
	var now struct {
		Entity struct{ Facts struct{ TotalCount int } }
	}
	ask(t, base, `{ entity(name: "Paris Call") { facts { totalCount } } }`, nil, &now)
	if now.Entity.Facts.TotalCount == 0 {
		t.Errorf("the Paris Call has no fact now")
	}
}

// event is a timeline entry as the test reads it.
type event struct {
	Date *string
	Kind string
	Fact *struct {
		Subject struct{ ID string }
	}
}

func timelineOf(t *testing.T, base, init string) []event {
	var got struct{ Timeline []event }
	ask(t, base, `query($i: String!) { timeline(initiative: $i) { date kind fact { subject { id } } } }`,
		map[string]any{"i": init}, &got)
	return got.Timeline
}

// probeDates returns dates around each date of a timeline: the day
// before its first, each date, the day after, and one far later.
func probeDates(tl []event) []string {
	var out []string
	for _, e := range tl {
		if e.Date == nil {
			continue
		}
		d, err := pledgegraph.ParseDate(*e.Date)
		if err != nil {
			continue
		}
		out = append(out, d.String(), d.First().AddDate(0, 0, -1).Format("2006-01-02"), d.Last().AddDate(0, 0, 1).Format("2006-01-02"))
	}
	out = append(out, "2100-01-01")
	slices.Sort(out)
	return slices.Compact(out)
}

// checkAsOf compares, for one initiative and one date, the four answers.
func checkAsOf(t *testing.T, base, init, name, d string, tl []event) {
	t.Helper()
	asOf, err := pledgegraph.ParseDate(d)
	if err != nil {
		t.Fatal(err)
	}
	// the timeline replayed up to d
	replay := map[string]string{}
	for _, e := range tl {
		if e.Fact == nil || e.Date == nil || e.Kind != "SUPPORT" && e.Kind != "DECLINE" {
			continue
		}
		if ed, err := pledgegraph.ParseDate(*e.Date); err == nil && pledgegraph.Holds(ed, asOf) {
			replay[e.Fact.Subject.ID] = map[string]string{"SUPPORT": "SUPPORTS", "DECLINE": "DECLINED"}[e.Kind]
		}
	}
	var got struct {
		Supporters, Decliners []struct{ Subject struct{ ID string } }
		Stances               []struct {
			Value string
			Actor struct {
				ID            string
				StanceHistory []struct {
					Date  *string
					Value string
				}
			}
		}
	}
	ask(t, base, `query($i: String!, $d: Date) {
		supporters(initiative: $i, asOf: $d) { subject { id } }
		decliners(initiative: $i, asOf: $d) { subject { id } }
		stances(initiative: $i) { value actor { id stanceHistory(initiative: $i) { date value } } }
	}`, map[string]any{"i": init, "d": d}, &got)
	listed := map[string]string{}
	for _, f := range got.Supporters {
		listed[f.Subject.ID] = "SUPPORTS"
	}
	for _, f := range got.Decliners {
		if listed[f.Subject.ID] == "SUPPORTS" {
			t.Errorf("%s as of %s: %s is both a supporter and a decliner", name, d, f.Subject.ID)
		}
		listed[f.Subject.ID] = "DECLINED"
	}
	for _, s := range got.Stances {
		actor := s.Actor.ID
		var one struct{ Stance struct{ Value string } }
		ask(t, base, `query($e: String!, $i: String!, $d: Date) { stance(entity: $e, initiative: $i, asOf: $d) { value } }`,
			map[string]any{"e": actor, "i": init, "d": d}, &one)
		history := "UNKNOWN"
		for _, c := range s.Actor.StanceHistory {
			if c.Date == nil {
				continue
			}
			if cd, err := pledgegraph.ParseDate(*c.Date); err == nil && pledgegraph.Holds(cd, asOf) {
				history = c.Value
			}
		}
		want := cmpOr(listed[actor], "UNKNOWN")
		if one.Stance.Value != want || cmpOr(replay[actor], "UNKNOWN") != want || history != want {
			t.Errorf("%s as of %s, %s: supporters/decliners say %s, stance %s, timeline %s, stanceHistory %s",
				name, d, actor, want, one.Stance.Value, cmpOr(replay[actor], "UNKNOWN"), history)
		}
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// ask posts a GraphQL request with the write token and decodes its data
// into out; any error in the answer fails the test.
func ask(t *testing.T, base, query string, vars map[string]any, out any) {
	t.Helper()
	if r := mutate(t, base+"/query", testToken, query, vars, out); len(r.Errors) > 0 {
		t.Fatalf("%s: %s", query, r.Errors[0].Message)
	}
}
