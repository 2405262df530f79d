package resolvers

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func TestLimitsCheck(t *testing.T) {
	l := Limits{Depth: 3, Fragments: 2, Selections: 3, Directives: 2}
	tests := []struct {
		name, query, want string // want: a part of the message, "" when accepted
	}{
		{"flat", `{ a b c }`, ""},
		{"depth 3", `{ a { b { c } } }`, ""},
		{"depth 4", `{ a { b { c { d } } } }`, "nested 4 levels"},
		{"depth through a fragment", `{ a { ...F } } fragment F on T { b { c { d } } }`, "nested 4 levels"},
		{"inline fragments count", `{ ... on Q { ... on Q { ... on Q { a } } } }`, "nested 4 levels"},
		{"a fragment cycle is left to validation", `{ ...F } fragment F on Q { ...G } fragment G on Q { ...F }`, ""},
		{"fragments", `{ ...F } fragment F on Q { a } fragment G on Q { a } fragment H on Q { a }`, "defines 3 fragments"},
		{"selections", `{ a b c d }`, "4 selections"},
		{"aliases are selections", `{ x: a y: a z: a w: a }`, "4 selections"},
		{"directives", `{ a @x b @y c @z }`, "3 directives"},
		{"directives in fragments", `{ ...F @x } fragment F on Q @y { a @z }`, "3 directives"},
		{"checks off", `{ a b c d }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := l
			if tt.name == "checks off" {
				lim.Selections = -1
			}
			doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			got := lim.check(doc)
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("check(%s) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}
