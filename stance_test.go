package pledgegraph_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestStance(t *testing.T) {
	d := pledgegraph.MustDate
	published := map[pledgegraph.DocumentID]pledgegraph.Date{
		"2018.txt": d("2018-11-12"),
		"2021.txt": d("2021-11"),
		"2023.txt": d("2023-05-02"),
	}
	pub := func(id pledgegraph.DocumentID) pledgegraph.Date { return published[id] }
	fact := func(id string, negated bool, since string, docs ...pledgegraph.DocumentID) *pledgegraph.Fact {
		f := &pledgegraph.Fact{ID: pledgegraph.FactID(id), Subject: "state/x", Predicate: pledgegraph.Supports, Object: "initiative/y", Negated: negated}
		if since != "" {
			f.Since = d(since)
		}
		for _, doc := range docs {
			f.Evidence = append(f.Evidence, pledgegraph.Evidence{Document: doc})
		}
		return f
	}
	declined2018 := fact("no", true, "", "2018.txt", "unknown.txt")
	joined2021 := fact("yes", false, "2021-11", "2021.txt")
	listedIn2021 := fact("listed", false, "", "2021.txt")
	refused2023 := fact("refused", true, "", "2023.txt")
	supported2019 := fact("early", false, "2019", "2021.txt")

	tests := []struct {
		name  string
		facts []*pledgegraph.Fact
		asOf  string
		want  pledgegraph.StanceValue
		ids   []pledgegraph.FactID
	}{
		{"declined before joining", []*pledgegraph.Fact{declined2018, joined2021}, "2019-01-01", pledgegraph.StanceDeclined, []pledgegraph.FactID{"no"}},
		{"joined later", []*pledgegraph.Fact{declined2018, joined2021}, "2022-01-01", pledgegraph.StanceSupports, []pledgegraph.FactID{"yes"}},
		{"no bound means now", []*pledgegraph.Fact{declined2018, joined2021}, "", pledgegraph.StanceSupports, []pledgegraph.FactID{"yes"}},
		{"undated listing holds from its publication, not before", []*pledgegraph.Fact{listedIn2021}, "2019", pledgegraph.StanceUnknown, nil},
		{"undated listing holds after its publication", []*pledgegraph.Fact{listedIn2021}, "2021-11-30", pledgegraph.StanceSupports, []pledgegraph.FactID{"listed"}},
		{"a fact of no known date counts for no dated question", []*pledgegraph.Fact{fact("nodate", false, "", "unknown.txt")}, "2030", pledgegraph.StanceUnknown, nil},
		{"a fact of no known date counts now", []*pledgegraph.Fact{fact("nodate", false, "", "unknown.txt")}, "", pledgegraph.StanceSupports, []pledgegraph.FactID{"nodate"}},
		{"a fact of no known date is the oldest now", []*pledgegraph.Fact{fact("nodate", false, "", "unknown.txt"), declined2018}, "", pledgegraph.StanceDeclined, []pledgegraph.FactID{"no"}},
		{"later undated refusal does not rewrite the past", []*pledgegraph.Fact{supported2019, refused2023}, "2020", pledgegraph.StanceSupports, []pledgegraph.FactID{"early"}},
		{"later undated refusal holds after publication", []*pledgegraph.Fact{supported2019, refused2023}, "2024", pledgegraph.StanceDeclined, []pledgegraph.FactID{"refused"}},
		{"nothing known", nil, "2020", pledgegraph.StanceUnknown, nil},
		{"only a future dated support", []*pledgegraph.Fact{joined2021}, "2020", pledgegraph.StanceUnknown, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asOf pledgegraph.Date
			if tt.asOf != "" {
				asOf = d(tt.asOf)
			}
			got, facts := pledgegraph.Stance(tt.facts, asOf, pub)
			if got != tt.want {
				t.Errorf("Stance as of %q = %s, want %s", tt.asOf, got, tt.want)
			}
			var ids []pledgegraph.FactID
			for _, f := range facts {
				ids = append(ids, f.ID)
			}
			if len(ids) != len(tt.ids) {
				t.Fatalf("Stance facts = %v, want %v", ids, tt.ids)
			}
			for i := range ids {
				if ids[i] != tt.ids[i] {
					t.Errorf("Stance facts = %v, want %v", ids, tt.ids)
				}
			}
			// the rules decide alike on the facts' outlines
			outlines := make([]*pledgegraph.Fact, len(tt.facts))
			for i, f := range tt.facts {
				outlines[i] = pledgegraph.StanceOutline(f)
			}
			if v, fs := pledgegraph.Stance(outlines, asOf, pub); v != got || len(fs) != len(facts) {
				t.Errorf("Stance of the outlines as of %q = %s (%d facts), want %s (%d facts)", tt.asOf, v, len(fs), got, len(facts))
			}
		})
	}
}

func TestSupporters(t *testing.T) {
	d := pledgegraph.MustDate
	pub := func(id pledgegraph.DocumentID) pledgegraph.Date {
		if id == "2018.txt" {
			return d("2018-11-12")
		}
		return pledgegraph.Date{}
	}
	ev := []pledgegraph.Evidence{{Document: "2018.txt"}}
	facts := []*pledgegraph.Fact{
		{ID: "f1", Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: true, Evidence: ev},
		{ID: "f2", Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Since: d("2021-11")},
		{ID: "f3", Subject: "company/cisco", Predicate: pledgegraph.Supports, Object: "initiative/pc"},
		{ID: "f4", Subject: "company/apple", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: true},
		{ID: "f5", Subject: "person/x", Predicate: pledgegraph.Launched, Object: "initiative/pc"},
	}
	tests := []struct {
		asOf string
		want []pledgegraph.FactID
	}{
		{"2019-01-01", nil},
		{"2022-01-01", []pledgegraph.FactID{"f2"}},
		{"", []pledgegraph.FactID{"f3", "f2"}}, // now: the undated support of Cisco counts
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			var asOf pledgegraph.Date
			if tt.asOf != "" {
				asOf = d(tt.asOf)
			}
			got := pledgegraph.Supporters(facts, asOf, pub)
			var ids []pledgegraph.FactID
			for _, f := range got {
				ids = append(ids, f.ID)
			}
			if len(ids) != len(tt.want) {
				t.Fatalf("Supporters(%s) = %v, want %v", tt.asOf, ids, tt.want)
			}
			for i := range ids {
				if ids[i] != tt.want[i] {
					t.Fatalf("Supporters(%s) = %v, want %v", tt.asOf, ids, tt.want)
				}
			}
		})
	}
}

func TestDecliners(t *testing.T) {
	d := pledgegraph.MustDate
	facts := []*pledgegraph.Fact{
		{ID: "f1", Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: true, Since: d("2018-11-12")},
		{ID: "f2", Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Since: d("2021-11")},
		{ID: "f3", Subject: "company/apple", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: true},
		{ID: "f4", Subject: "company/cisco", Predicate: pledgegraph.Supports, Object: "initiative/pc"},
	}
	tests := []struct {
		asOf string
		want []pledgegraph.FactID
	}{
		{"2019-01-01", []pledgegraph.FactID{"f1"}},
		{"2022-01-01", nil},
		{"", []pledgegraph.FactID{"f3"}}, // now: the undated refusal of Apple counts
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			var asOf pledgegraph.Date
			if tt.asOf != "" {
				asOf = d(tt.asOf)
			}
			var ids []pledgegraph.FactID
			for _, f := range pledgegraph.Decliners(facts, asOf, nil) {
				ids = append(ids, f.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
				t.Errorf("Decliners(%s) = %v, want %v", tt.asOf, ids, tt.want)
			}
		})
	}
}

func TestStanceHistory(t *testing.T) {
	d := pledgegraph.MustDate
	pub := func(id pledgegraph.DocumentID) pledgegraph.Date {
		if id == "2018.txt" {
			return d("2018-11-12")
		}
		return pledgegraph.Date{}
	}
	ev := []pledgegraph.Evidence{{Document: "2018.txt"}}
	supports := func(id string, negated bool, since string, evidence []pledgegraph.Evidence) *pledgegraph.Fact {
		f := &pledgegraph.Fact{ID: pledgegraph.FactID(id), Subject: "state/us", Predicate: pledgegraph.Supports, Object: "initiative/pc", Negated: negated, Evidence: evidence}
		if since != "" {
			f.Since = d(since)
		}
		return f
	}
	declined := supports("declined", true, "", ev) // dated by publication: 2018-11-12
	joined := supports("joined", false, "2021-11", nil)
	again := supports("again", false, "2022", nil)
	undatedNo := supports("undated-no", true, "", nil)
	sameDayYes := supports("same-day-yes", false, "2018-11-12", nil)
	tests := []struct {
		name  string
		facts []*pledgegraph.Fact
		want  string
	}{
		{"nothing", nil, "[]"},
		{"declined, then joined", []*pledgegraph.Fact{joined, declined}, "[2018-11-12 DECLINED [declined] 2021-11 SUPPORTS [joined]]"},
		{"support said again changes nothing", []*pledgegraph.Fact{declined, joined, again}, "[2018-11-12 DECLINED [declined] 2021-11 SUPPORTS [joined]]"},
		{"an undated refusal weighs least: no change", []*pledgegraph.Fact{undatedNo, joined}, "[2021-11 SUPPORTS [joined]]"},
		{"undated facts alone", []*pledgegraph.Fact{undatedNo}, "[ DECLINED [undated-no]]"},
		{"at one date, the text's date wins", []*pledgegraph.Fact{declined, sameDayYes}, "[2018-11-12 SUPPORTS [declined same-day-yes]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range pledgegraph.StanceHistory(tt.facts, pub) {
				var ids []pledgegraph.FactID
				for _, f := range c.Facts {
					ids = append(ids, f.ID)
				}
				got = append(got, fmt.Sprintf("%s %s %v", c.Date, c.Value, ids))
			}
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("StanceHistory = %s, want %s", s, tt.want)
			}
		})
	}
}

func TestDatingDocuments(t *testing.T) {
	ev := func(docs ...pledgegraph.DocumentID) []pledgegraph.Evidence {
		var out []pledgegraph.Evidence
		for _, d := range docs {
			out = append(out, pledgegraph.Evidence{Document: d})
		}
		return out
	}
	tests := []struct {
		name  string
		facts []*pledgegraph.Fact
		want  []pledgegraph.DocumentID
	}{
		{"none", nil, nil},
		{"a dated fact needs no document", []*pledgegraph.Fact{{Since: pledgegraph.MustDate("2019-05-15"), Evidence: ev("a.txt")}}, nil},
		{"undated facts, sorted once each", []*pledgegraph.Fact{
			{Evidence: ev("c.txt", "a.txt")},
			nil,
			{Since: pledgegraph.MustDate("2018"), Evidence: ev("b.txt")},
			{Evidence: ev("a.txt")},
		}, []pledgegraph.DocumentID{"a.txt", "c.txt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pledgegraph.DatingDocuments(tc.facts); !slices.Equal(got, tc.want) {
				t.Errorf("DatingDocuments = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStanceOutline(t *testing.T) {
	d := pledgegraph.MustDate
	whole := pledgegraph.Fact{
		ID: "f", Subject: "state/x", Predicate: pledgegraph.Supports, Object: "initiative/y", Negated: true,
		Inferred: true, Confidence: 0.7, DerivedFrom: []pledgegraph.FactID{"a", "b"},
		Evidence: []pledgegraph.Evidence{
			{Document: "b.txt", Sentence: "B.", Quote: "B", Start: 3, End: 4, Rule: "sup.sign"},
			{Document: "a.txt", Sentence: "A.", Quote: "A", Start: 1, End: 2, Repeats: 1},
			{Document: "b.txt", Sentence: "B again.", Quote: "B again", Start: 9, End: 16},
		},
	}
	dated := whole
	dated.Since = d("2019-05")
	tests := []struct {
		name string
		f    *pledgegraph.Fact
		want *pledgegraph.Fact
	}{
		{"nil", nil, nil},
		{"a dated fact keeps no evidence", &dated, func() *pledgegraph.Fact { o := dated; o.Evidence = nil; return &o }()},
		{"an undated fact keeps its documents, once each, in order", &whole, func() *pledgegraph.Fact {
			o := whole
			o.Evidence = []pledgegraph.Evidence{{Document: "a.txt"}, {Document: "b.txt"}}
			return &o
		}()},
		{"an undated fact without evidence", &pledgegraph.Fact{ID: "g", Predicate: pledgegraph.Supports}, &pledgegraph.Fact{ID: "g", Predicate: pledgegraph.Supports}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pledgegraph.StanceOutline(tc.f)
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tc.want) {
				t.Errorf("StanceOutline(%+v) = %+v, want %+v", tc.f, got, tc.want)
			}
			if got != nil && len(got.DerivedFrom) > 0 {
				got.DerivedFrom[0] = "changed"
				if tc.f.DerivedFrom[0] == "changed" {
					t.Errorf("StanceOutline shares DerivedFrom with the fact")
				}
			}
		})
	}
}
