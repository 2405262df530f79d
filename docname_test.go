package pledgegraph_test

import (
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestDocumentIDValidate(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"004_0c2bb72f90a89fc6.txt", true},
		{"appel de Paris — 2018.md", true},
		{"東京宣言.txt", true},
		{strings.Repeat("a", 255), true},
		{strings.Repeat("a", 256), false},
		{"", false},
		{"a/b.txt", false},
		{`a\b.txt`, false},
		{"..", false},
		{"two\nlines.txt", false},
		{"tab\there.txt", false},
		{"nul\x00.txt", false},
		{"\x1b[31mred.txt", false},
		{"txt.\u202egnp", false}, // shown as "txt.png" reversed
		{"bad\xff.txt", false},
	}
	for _, tt := range tests {
		err := pledgegraph.DocumentID(tt.name).Validate()
		if (err == nil) != tt.ok {
			t.Errorf("Validate(%q) = %v, want ok %v", tt.name, err, tt.ok)
		}
		if err != nil && pledgegraph.ErrorCode(err) != pledgegraph.EINVALID {
			t.Errorf("Validate(%q): code %s, want %s", tt.name, pledgegraph.ErrorCode(err), pledgegraph.EINVALID)
		}
		if err != nil && strings.ContainsAny(err.Error(), "\n\x1b\x00\u202e") {
			t.Errorf("Validate(%q): the message %q holds the character it refuses", tt.name, err)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"appel.txt", "appel.txt"},
		{"Appel de Paris : 359 entités", "Appel de Paris : 359 entités"},
		{"two\nlines", `"two\nlines"`},
		{"\x1b[31mred", `"\x1b[31mred"`},
		{`say "hi"`, `"say \"hi\""`},
		{"bad\xff", `"bad\xff"`},
	}
	for _, tt := range tests {
		if got := pledgegraph.Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
