package loader

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// TestBadInput reads a batch in which each file is wrong in its own way,
// and checks that each gets its own error naming it while the good ones
// are read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("La France a signé l'Appel de Paris le 12 novembre 2018."))
	bullets := write("bullets.txt", []byte("- Microsoft\n- Google\n- la France\n"))
	oneLine := write("oneline.txt", []byte(strings.Repeat("la France soutient l'appel et ", 1<<20/30)))
	tests := []struct {
		name string
		path string
		want error  // wanted error, nil for a document read
		msg  string // a part of the message
	}{
		{"invalid UTF-8", write("latin1.txt", []byte("Les \xe9tats ont sign\xe9.")), ErrNotUTF8, "offset 4"},
		{"binary", write("binary.txt", []byte("GIF89a\x00\x01\x02")), ErrBinary, "binary"},
		{"empty", write("empty.txt", nil), ErrEmpty, "empty"},
		{"50 MB", write("huge.txt", bytes.Repeat([]byte("La France a signé l'appel. "), 50<<20/27+1)), ErrTooLarge, "MB"},
		{"bad date in front matter", write("dated.md", []byte("---\ntitle: T\npublished: 12/11/2018\n---\nLa France a signé.")), nil, "published"},
		{"unclosed front matter", write("open.md", []byte("---\ntitle: T\nLa France a signé.")), nil, "front matter"},
		{"name with a path separator", write("named.txt", []byte("---\nname: ../etc/passwd\n---\nLa France a signé.")), nil, "path separators"},
		{"same name twice", write("sub/good.txt", []byte("Un autre texte, de même nom.")), ErrDuplicate, "good.txt"},
	}
	paths := []string{good, bullets, oneLine}
	for _, tt := range tests {
		paths = append(paths, tt.path)
	}
	docs, err := ReadPaths(paths)
	var errs []*DocError
	for _, e := range joined(err) {
		var de *DocError
		if !errors.As(e, &de) {
			t.Fatalf("error %v is no *DocError", e)
		}
		errs = append(errs, de)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found *DocError
			for _, e := range errs {
				if e.Path == tt.path {
					found = e
				}
			}
			if found == nil {
				t.Fatalf("no error for %s", tt.path)
			}
			if tt.want != nil && !errors.Is(found, tt.want) {
				t.Errorf("error %v, want %v", found, tt.want)
			}
			if !strings.Contains(found.Error(), tt.msg) || !strings.Contains(found.Error(), filepath.Base(tt.path)) {
				t.Errorf("error %q does not say %q and name the file", found, tt.msg)
			}
		})
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, string(d.ID))
	}
	if strings.Join(ids, ",") != "good.txt,bullets.txt,oneline.txt" {
		t.Errorf("documents read: %v, want the good ones", ids)
	}
	// the documents read can be extracted, the long line too
	for _, d := range docs {
		x := Extract(d)
		if d.ID == "bullets.txt" && len(x.Entities) == 0 {
			t.Errorf("bullets: no entities")
		}
	}
}

// joined returns the errors errors.Join put together.
func joined(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name, id, text         string
		title, published, lang string
		contains, notContains  string
	}{
		{"html", "page.html", `<!doctype html><html><head><title>L'appel</title><style>p{color:red}</style><script>var x = "Microsoft";</script></head>
<body><nav>Menu</nav><h1>L'Appel de Paris</h1><p>La France a signé l'appel le 12 novembre 2018.</p></body></html>`,
			"L'appel", "", "fr", "La France a signé", "var x"},
		{"markdown", "note.md", "# L'Appel de Paris\n\nLa **France** a signé [l'appel](https://example.org) le 12 novembre 2018.\n",
			"L'Appel de Paris", "", "fr", "La France a signé l'appel le 12", "https://"},
		{"front matter", "fm.txt", "---\ntitle: Un titre\npublished: 2021-11-10\nsource: https://example.org/x\nlanguage: en\n---\nLa France a signé.\n",
			"Un titre", "2021-11-10", "en", "La France a signé", "title:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadDocument(pledgegraph.DocumentID(tt.id), tt.id, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Published.String() != tt.published || string(d.Lang) != tt.lang {
				t.Errorf("title %q published %q lang %q, want %q %q %q", d.Title, d.Published, d.Lang, tt.title, tt.published, tt.lang)
			}
			if !strings.Contains(d.Text, tt.contains) || strings.Contains(d.Text, tt.notContains) {
				t.Errorf("text %q: want %q, not %q", d.Text, tt.contains, tt.notContains)
			}
		})
	}
	t.Run("stdin", func(t *testing.T) {
		docs, err := readPaths([]string{Stdin}, strings.NewReader("La France a signé l'Appel de Paris."))
		if err != nil || len(docs) != 1 || docs[0].ID != "stdin.txt" {
			t.Errorf("stdin: %v %v", docs, err)
		}
	})
}
