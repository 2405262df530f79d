package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"docs", "gold"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := "Le 4 mars 2019, la Belgique a signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace.\n"
	gold := `{"document": "b.txt", "published": null,
 "entities": [
  {"name": "Belgique", "type": "State", "aliases": ["Belgium"]},
  {"name": "Appel de Paris pour la confiance et la sécurité dans le cyberespace", "type": "Initiative", "aliases": ["Appel de Paris"]}],
 "facts": [{"s": "Belgique", "p": "supports", "o": "Appel de Paris pour la confiance et la sécurité dans le cyberespace",
  "negated": false, "date": "2019-03-04", "quote": "la Belgique a signé"}],
 "counts": []}`
	if err := os.WriteFile(filepath.Join(dir, "docs", "b.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gold", "b.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"summary", []string{"eval", dir}, 0, []string{"== b.txt", "facts tp=1 fp=0 fn=0", "documents=1 ", "fact_f1=1.0 ", "date_acc=1.0 "}},
		{"json", []string{"eval", "--json", dir}, 0, []string{`"fact_f1":1`, `"documents":1`}},
		{"no gold", []string{"eval", filepath.Join(dir, "docs")}, 1, []string{"gold"}},
		{"no dir", []string{"eval"}, exitUsage, []string{"want one DIR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(t.Context(), tt.args, &out, &out); code != tt.code {
				t.Fatalf("run(%q) = %d, want %d; output:\n%s", tt.args, code, tt.code, out.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("run(%q) output lacks %q:\n%s", tt.args, w, out.String())
				}
			}
		})
	}
}
