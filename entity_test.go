package pledgegraph_test

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"États-Unis", "etats unis"},
		{"les Etats-Unis", "etats unis"},
		{"L’Élysée", "elysee"},
		{"l'Internet society", "internet society"},
		{"Forum sur la gouvernance de l'Internet", "forum sur la gouvernance de l internet"},
		{"  USA ", "usa"},
		{"Cœur", "coeur"},
		{"Telefónica", "telefonica"},
		{"The United States", "united states"},
		{"e\u0301te\u0301", "ete"}, // decomposed accents
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := pledgegraph.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNewEntityID(t *testing.T) {
	tests := []struct {
		name string
		kind pledgegraph.Kind
		key  string
		want pledgegraph.EntityID
	}{
		{"state by code", pledgegraph.KindState, "FR", "state/fr"},
		{"code that reads as an article", pledgegraph.KindState, "DE", "state/de"},
		{"another one", pledgegraph.KindState, "LA", "state/la"},
		{"acronym", pledgegraph.KindOrganization, "G7", "organization/g7"},
		{"company", pledgegraph.KindCompany, "Microsoft", "company/microsoft"},
		{"accents and articles", pledgegraph.KindOrganization, "l'Élysée", "organization/elysee"},
		{"event with year", pledgegraph.KindEvent, "Forum de Paris sur la Paix 2018", "event/forum-de-paris-sur-la-paix-2018"},
		{"long principle cut at a word", pledgegraph.KindPrinciple,
			"Empêcher les activités menaçant des individus, des infrastructures critiques et la disponibilité ou l'intégrité du coeur public d'Internet",
			"principle/empecher-les-activites-menacant-des-individus-des-infrastructures-critiques-et"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pledgegraph.NewEntityID(tt.kind, tt.key)
			if got != tt.want {
				t.Errorf("NewEntityID(%s, %q) = %q, want %q", tt.kind, tt.key, got, tt.want)
			}
			if k := pledgegraph.KindOfID(got); k != tt.kind {
				t.Errorf("KindOfID(%q) = %q, want %q", got, k, tt.kind)
			}
			if !got.IsKind(tt.kind) {
				t.Errorf("%q.IsKind(%s) = false", got, tt.kind)
			}
		})
	}
}

func TestEntityIDIsKind(t *testing.T) {
	tests := []struct {
		id   pledgegraph.EntityID
		kind pledgegraph.Kind
		want bool
	}{
		{"initiative/paris-call", pledgegraph.KindInitiative, true},
		{"organization/g7", pledgegraph.KindInitiative, false},
		{"initiative", pledgegraph.KindInitiative, false},
		{"initiatives/x", pledgegraph.KindInitiative, false},
		{"", pledgegraph.KindInitiative, false},
		{"state/fr", pledgegraph.KindState, true},
		{"state/fr", "nokind", false},
	}
	for _, tt := range tests {
		if got := tt.id.IsKind(tt.kind); got != tt.want {
			t.Errorf("%q.IsKind(%s) = %v, want %v", tt.id, tt.kind, got, tt.want)
		}
	}
}

func TestNewFactID(t *testing.T) {
	a := pledgegraph.NewFactID("state/us", pledgegraph.Supports, "initiative/x", false)
	if b := pledgegraph.NewFactID("state/us", pledgegraph.Supports, "initiative/x", false); a != b {
		t.Errorf("same fact, two IDs: %q and %q", a, b)
	}
	if n := pledgegraph.NewFactID("state/us", pledgegraph.Supports, "initiative/x", true); a == n {
		t.Errorf("negated fact has the ID of the positive one: %q", a)
	}
	// Fields must not run into each other: ("ab","c") differs from ("a","bc").
	if x, y := pledgegraph.NewFactID("a", "b", "c", false), pledgegraph.NewFactID("a", "", "bc", false); x == y {
		t.Errorf("ambiguous field boundaries: %q", x)
	}
}
