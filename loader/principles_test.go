package loader

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// principleDoc returns an extraction of document doc stating that the
// initiative init lists the principles named.
func principleDoc(doc pledgegraph.DocumentID, init pledgegraph.EntityID, names ...string) *pledgegraph.Extraction {
	x := &pledgegraph.Extraction{Document: pledgegraph.Document{ID: doc}}
	for _, n := range names {
		id := pledgegraph.EntityID("principle/" + pledgegraph.Fold(n))
		x.Entities = append(x.Entities, pledgegraph.Entity{ID: id, Name: n, Kind: pledgegraph.KindPrinciple})
		x.Mentions = append(x.Mentions, pledgegraph.Mention{Entity: id, Doc: doc})
		x.Facts = append(x.Facts, pledgegraph.Fact{ID: pledgegraph.NewFactID(init, pledgegraph.HasPrinciple, id, false),
			Subject: init, Predicate: pledgegraph.HasPrinciple, Object: id})
	}
	return x
}

func TestPrincipleMerger(t *testing.T) {
	const call = pledgegraph.EntityID("initiative/appel-de-paris")
	first := principleDoc("a.txt", call,
		"Coopérer afin de prévenir les interférences aux processus électoraux",
		"Travailler ensemble contre les violations de la propriété intellectuelle",
		"Travailler ensemble pour renforcer les normes internationales")
	later := principleDoc("b.txt", call,
		"Prévenir les interférences destinées à déstabiliser les processus électoraux",
		"Renforcer les normes internationales de comportement responsable",
		"Protéger les individus et les infrastructures critiques")
	other := principleDoc("c.txt", "initiative/autre",
		"Prévenir les interférences destinées à déstabiliser les processus électoraux")
	var pm principleMerger
	for _, x := range []*pledgegraph.Extraction{first, later, other} {
		pm.merge(x)
	}
	tests := []struct {
		x    *pledgegraph.Extraction
		k    int
		want string // the object of the k-th fact: its principle's entity
	}{
		{first, 1, "principle/" + pledgegraph.Fold("Travailler ensemble contre les violations de la propriété intellectuelle")}, // same document: never merged
		{first, 2, "principle/" + pledgegraph.Fold("Travailler ensemble pour renforcer les normes internationales")},
		{later, 0, "principle/" + pledgegraph.Fold("Coopérer afin de prévenir les interférences aux processus électoraux")},
		{later, 1, "principle/" + pledgegraph.Fold("Travailler ensemble pour renforcer les normes internationales")},
		{later, 2, "principle/" + pledgegraph.Fold("Protéger les individus et les infrastructures critiques")},                      // nothing in common
		{other, 0, "principle/" + pledgegraph.Fold("Prévenir les interférences destinées à déstabiliser les processus électoraux")}, // another initiative's
	}
	for _, tt := range tests {
		f := tt.x.Facts[tt.k]
		if string(f.Object) != tt.want {
			t.Errorf("%s fact %d: object %s, want %s", tt.x.Document.ID, tt.k, f.Object, tt.want)
		}
		if f.ID != pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated) {
			t.Errorf("%s fact %d: ID %s does not match its statement", tt.x.Document.ID, tt.k, f.ID)
		}
	}
	e := later.Entities[0]
	if e.Name != "Coopérer afin de prévenir les interférences aux processus électoraux" || len(e.Aliases) != 1 || e.Aliases[0] != "Prévenir les interférences destinées à déstabiliser les processus électoraux" {
		t.Errorf("merged entity = %+v, want the first name with the paraphrase as alias", e)
	}
	if later.Mentions[0].Entity != later.Facts[0].Object {
		t.Errorf("mention of the merged principle names %s, want %s", later.Mentions[0].Entity, later.Facts[0].Object)
	}
}
