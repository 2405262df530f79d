package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"L’Élysée", "elysee"},
		{"les États-Unis", "etats unis"},
		{"Forum sur la gouvernance de l'Internet 2018", "forum sur la gouvernance de l internet 2018"},
		{"  ", ""},
		{"the Netherlands", "netherlands"},
		{"« cyber-hygiène »", "cyber hygiene"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name string
		g, s Entity
		want float64
	}{
		{"same name", Entity{Name: "France"}, Entity{Name: "la France"}, 3},
		{"shared alias", Entity{Name: "États-Unis", Aliases: []string{"USA"}}, Entity{Name: "United States", Aliases: []string{"USA"}}, 2},
		{"event years differ", Entity{Name: "Forum 2018", Type: "Event"}, Entity{Name: "Forum 2021", Type: "Event", Aliases: []string{"Forum 2018"}}, 0},
		{"principle overlap", Entity{Name: "Protéger les individus et les infrastructures critiques", Type: "Principle"},
			Entity{Name: "Protéger les individus et infrastructures critiques essentielles", Type: "Principle"}, 0.8},
		{"unrelated", Entity{Name: "Chine"}, Entity{Name: "Russie"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := (folder{}).similarity(tc.g, tc.s); got != tc.want {
				t.Errorf("similarity = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestScoreMatchesReference checks the port against figures the
// reference scorer score.py printed (with --json) for the system outputs
// in testdata, against the gold of the same documents in testdata/eval/gold.
func TestScoreMatchesReference(t *testing.T) {
	gold, err := Load("../testdata/eval/gold")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, system, golden string }{
		{"extraction", "testdata/system.json", "testdata/score.golden.json"},
		{"noisy", "testdata/system_noisy.json", "testdata/score_noisy.golden.json"},
		{"set", "testdata/system_set.json", "testdata/score_set.golden.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sys, err := Load(tc.system)
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatal(err)
			}
			var want Summary
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			// the first recorded outputs are of the documents of the
			// embedded corpus, the last of the whole evaluation set
			names, err := filepath.Glob("../testdata/eval/docs/*.txt")
			if tc.name != "set" {
				names, err = filepath.Glob("../corpus/*.txt")
			}
			if err != nil || len(names) == 0 {
				t.Fatalf("corpus documents: %v", err)
			}
			in := map[string]bool{}
			for _, n := range names {
				in[filepath.Base(n)] = true
			}
			got := Score(slices.DeleteFunc(slices.Clone(gold), func(g Document) bool { return !in[g.Document] }), sys)
			got.Docs, got.Rules = nil, nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Score = %+v, want %+v", got, want)
			}
		})
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Documents: 5, EntityP: 1, EntityF1: 0.913}
	want := "documents=5 entity_p=1.0 entity_r=0.0 entity_f1=0.913 type_acc=0.0 fact_p=0.0 fact_r=0.0 fact_f1=0.0 negated_r=0.0 inferred_r=0.0 date_acc=0.0 count_f1=0.0"
	if got := s.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestDateJSON(t *testing.T) {
	b, err := json.Marshal(Fact{S: "a", P: "supports", O: "b"})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"s":"a","p":"supports","o":"b","negated":false,"date":null,"quote":"","inferred":false}`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var f Fact
	if err := json.Unmarshal([]byte(`{"date":null}`), &f); err != nil || f.Date != "" {
		t.Errorf("Unmarshal null date = %q, %v, want empty, nil", f.Date, err)
	}
}

func TestFromExtractionEditionAlias(t *testing.T) {
	tests := []struct {
		name  string
		ent   pledgegraph.Entity
		alias string // the alias of the edition's year, "" when none is added
	}{
		{"event with a year", pledgegraph.Entity{ID: "event/g7-summit", Kind: pledgegraph.KindEvent, Name: "G7 summit", Start: pledgegraph.Date{Year: 2016, Month: 5}}, "G7 summit 2016"},
		{"name holds its year", pledgegraph.Entity{ID: "event/forum-2018", Kind: pledgegraph.KindEvent, Name: "Forum 2018", Start: pledgegraph.Date{Year: 2018}}, ""},
		{"no start", pledgegraph.Entity{ID: "event/g20", Kind: pledgegraph.KindEvent, Name: "G20 summit"}, ""},
		{"no event", pledgegraph.Entity{ID: "initiative/x", Kind: pledgegraph.KindInitiative, Name: "Paris Call", Start: pledgegraph.Date{Year: 2018}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := FromExtraction(&pledgegraph.Extraction{Entities: []pledgegraph.Entity{tc.ent}})
			got := ""
			for _, a := range d.Entities[0].Aliases {
				if strings.HasSuffix(a, fmt.Sprint(tc.ent.Start.Year)) {
					got = a
				}
			}
			if got != tc.alias {
				t.Errorf("edition alias of %q = %q, want %q", tc.ent.Name, got, tc.alias)
			}
		})
	}
}

func TestFromExtractionAmbiguousAlias(t *testing.T) {
	china := pledgegraph.Entity{ID: "state/cn", Kind: pledgegraph.KindState, Name: "China", Aliases: []string{"Chine", "Beijing"}}
	tests := []struct {
		name   string
		others []pledgegraph.Entity
		want   []string
	}{
		{"capital named apart", []pledgegraph.Entity{{ID: "place/pekin", Kind: pledgegraph.KindPlace, Name: "Beijing"}}, []string{"Chine"}},
		{"case does not matter", []pledgegraph.Entity{{ID: "place/pekin", Kind: pledgegraph.KindPlace, Name: "BEIJING"}}, []string{"Chine"}},
		{"no other entity of that name", []pledgegraph.Entity{{ID: "place/shanghai", Kind: pledgegraph.KindPlace, Name: "Shanghai"}}, []string{"Chine", "Beijing"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := FromExtraction(&pledgegraph.Extraction{Entities: append([]pledgegraph.Entity{china}, tc.others...)})
			if got := d.Entities[0].Aliases; !slices.Equal(got, tc.want) {
				t.Errorf("aliases of China = %q, want %q", got, tc.want)
			}
		})
	}
}
