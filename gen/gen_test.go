package gen

import (
	"reflect"
	"testing"
)

func TestGenerate(t *testing.T) {
	a, b, c := Generate(50, 3), Generate(50, 3), Generate(50, 4)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("the same seed gave different documents")
	}
	if reflect.DeepEqual(a, c) {
		t.Errorf("two seeds gave the same documents")
	}
	en := 0
	for _, d := range a {
		names := map[string]bool{}
		for _, e := range d.Gold.Entities {
			names[e.Name] = true
		}
		for _, f := range d.Gold.Facts {
			if !names[f.S] || !names[f.O] {
				t.Errorf("%s: fact %s %s %s names an entity the gold does not list", d.Name, f.S, f.P, f.O)
			}
		}
		if d.Gold.Document != d.Name || d.Text == "" {
			t.Errorf("%s: gold of %q, text %d bytes", d.Name, d.Gold.Document, len(d.Text))
		}
		if d.Name[len(d.Name)-6:] == "en.txt" {
			en++
		}
	}
	if en == 0 || en == len(a) {
		t.Errorf("%d English documents of %d, want some of each language", en, len(a))
	}
}
