package loader

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
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

// deepHTML returns a page whose text is nested n elements deep.
func deepHTML(n int, tag string) string {
	return "<!doctype html><html><head><title>Deep</title></head><body>" +
		strings.Repeat("<"+tag+">", n) + "La France a signé l'Appel de Paris." + strings.Repeat("</"+tag+">", n) +
		"</body></html>"
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in    string
		text, title string
		warnings    []string // a part of each warning, in order
	}{
		{"page", `<!doctype html><html><head><title>L'appel</title><style>p{color:red}</style><script>var x = "<p>Microsoft</p>";</script></head>
<body><nav>Menu</nav><h1>L'Appel de Paris</h1><p>La France a signé l'appel le 12 novembre 2018.</p><footer>© 2018</footer></body></html>`,
			"L'Appel de Paris\n\nLa France a signé l'appel le 12 novembre 2018.\n", "L'appel", nil},
		{"10,000 deep", deepHTML(10_000, "div"), "La France a signé l'Appel de Paris.\n", "Deep", nil},
		{"100,000 deep inline", deepHTML(100_000, "b"), "La France a signé l'Appel de Paris.\n", "Deep", nil},
		{"entities", `<p>Deux &amp; trois &eacute;t&#233;s&#x2019; &lt;b&gt; &nbsp;fin&amp`, "Deux & trois étés’ <b> fin&\n", "", nil},
		{"dropped elements", `<p>Texte<script>alert("x")</script><noscript><p>Activez</noscript><template><p>t</template><form><label>Nom</label><button>OK</button></form><svg><title>icône</title><text>svg</text></svg><iframe src=x>cadre</iframe> suite</p>`,
			"Texte\n\nsuite\n", "", nil},
		{"head without end tags", `<html><head><title> Le
 titre </title><meta charset=utf-8><link rel=x><p>Corps`, "Corps\n", "Le titre", nil},
		{"a second title", `<head><title>Un</title><title>Deux</title></head><body>Corps</body>`, "Corps\n", "Un", nil},
		{"title in the body", `<body><title>Titre</title>Corps`, "Titre\n\nCorps\n", "", nil},
		{"blocks apart", `Avant<p>para</p>après<br>ligne<div>bloc</div>`, "Avant\n\npara\n\naprès\n\nligne\n\nbloc\n", "", nil},
		{"table", `<table><tr><th>Pays</th><th>Date</th></tr><tr><td>France</td><td>2018</td></tr></table>`, "Pays | Date\n\nFrance | 2018\n", "", nil},
		{"implied ends", `<ul><li>un<li>deux</ul><p>trois<p>quatre`, "un\n\ndeux\n\ntrois\n\nquatre\n", "", nil},
		{"an end tag closes what it holds", `<div>a<nav>menu<span>x</div><p>après`, "a\n\naprès\n", "", nil},
		{"stray end tags", `<p>Corps <b>gras</b></div></span> fin</p></body></html>`, "Corps gras fin\n", "",
			[]string{"malformed markup: 2 end tags close no open element (the first, </div>, at line 1)"}},
		{"never closed", "<div>\n<section><p>Texte", "Texte\n", "",
			[]string{"malformed markup: 2 elements are never closed (the first, <div>, at line 1)"}},
		{"dropped element never closed", "<p>Début</p>\n<nav>menu\n<p>Fin", "Début\n", "",
			[]string{"<nav> at line 2 is never closed: the text after it was dropped"}},
		{"comment never closed", "<p>Début</p>\n\n<!-- note <p>Fin", "Début\n", "",
			[]string{"the comment at line 3 is never closed"}},
		{"markup in text is text", `<p>a &lt;script&gt; tag`, "a <script> tag\n", "", nil},
		{"unknown elements", `<x-card><x-title>Titre</x-title></x-card>`, "Titre\n", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, title, warnings := htmlText([]byte(tt.in))
			if string(text) != tt.text || title != tt.title {
				t.Errorf("htmlText = %q, title %q; want %q, title %q", text, title, tt.text, tt.title)
			}
			if len(warnings) != len(tt.warnings) {
				t.Fatalf("warnings %q, want %d like %q", warnings, len(tt.warnings), tt.warnings)
			}
			for i, w := range warnings {
				if !strings.HasPrefix(w, "html: ") || !strings.Contains(w, tt.warnings[i]) {
					t.Errorf("warning %q, want %q", w, tt.warnings[i])
				}
			}
		})
	}
}

// TestReadHTML reads HTML files whole: the text stored is never markup.
func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, id, in string
		text         string // the document's text, "" for an error
		warnings     int
		err          error
	}{
		{"100,000 deep", "deep.html", deepHTML(100_000, "div"), "La France a signé l'Appel de Paris.\n", 0, nil},
		{"by its start", "page.txt", "<!DOCTYPE html><p>La France a signé.", "La France a signé.\n", 0, nil},
		{"warned", "w.htm", "<p>La France a signé.</i>", "La France a signé.\n", 1, nil},
		{"no text", "empty.html", "<html><script>document.write('<p>Texte</p>')</script><nav>menu</nav></html>", "", 0, ErrEmpty},
		{"binary", "bin.html", "<html>\x00\x01", "", 0, ErrBinary},
		{"not UTF-8", "latin1.html", "<p>\xe9t\xe9", "", 0, ErrNotUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadDocument(pledgegraph.DocumentID(tt.id), tt.id, []byte(tt.in))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ReadDocument error %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text || len(d.Warnings) != tt.warnings {
				t.Errorf("ReadDocument = %q with warnings %q, want %q with %d", d.Text, d.Warnings, tt.text, tt.warnings)
			}
		})
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, want string
		warning        string // a part of the warning, "" for none
	}{
		{"heading and emphasis", "# L'Appel *de* Paris\n\nLa **France** a _signé_ ***l'appel***.\n", "L'Appel de Paris\n\nLa France a signé l'appel.\n", ""},
		{"setext heading", "L'Appel\nde Paris\n========\n\nTexte.\n", "L'Appel de Paris\n\nTexte.\n", ""},
		{"links keep their text", "Voir [l'appel](https://example.org \"titre\"), [la page][p] et <https://pariscall.fr>.\n\n[p]: https://example.org/p\n",
			"Voir l'appel, la page et https://pariscall.fr.\n", ""},
		{"images keep their description", "![Le président **Macron**](macron.jpg) a parlé.\n", "Le président Macron a parlé.\n", ""},
		{"code", "Le champ `signé` vaut oui.\n\n```go\nfunc main() {}\n```\n\n    indenté\n", "Le champ signé vaut oui.\n\nfunc main() {}\n\nindenté\n", ""},
		{"lists", "Signataires :\n\n- la France\n- le Canada\n  et le Mexique\n* Microsoft\n\n3. trois\n4. quatre\n", "Signataires :\n\n- la France\n- le Canada et le Mexique\n\n- Microsoft\n\n3. trois\n4. quatre\n", ""},
		{"nested lists", "- un\n  - deux\n- trois\n", "- un\n- deux\n- trois\n", ""},
		{"table", "| Pays | Signé |\n|------|:-----:|\n| France | **oui** |\n| Chine | non |\n\nAprès.\n", "Pays | Signé\nFrance | oui\nChine | non\n\nAprès.\n", ""},
		{"paragraph lines joined", "La France\na signé\\\nl'appel.\n", "La France a signé\nl'appel.\n", ""},
		{"html", "Avant\n\n<div>\n<p>Un <b>bloc</b></p>\n<script>x()</script>\n</div>\n\nun <span>mot</span> <!-- note --> seul\n", "Avant\n\nUn bloc\n\nun mot seul\n", ""},
		{"breaks and quotes", "Un\n\n---\n\n> cité\n> ici\n\nDeux\n", "Un\n\ncité ici\n\nDeux\n", ""},
		{"escapes and entities", "\\*pas\\* d'emphase &amp; &eacute;t&#233; &copy;\n", "*pas* d'emphase & été ©\n", ""},
		{"nested too deep", strings.Repeat(">", 1000) + " texte\n", strings.Repeat(">", 1000) + " texte\n", "line 1: blocks nested deeper than 32: read as plain text"},
		{"indented too far", strings.Repeat(" ", 300) + "texte\n", strings.Repeat(" ", 300) + "texte\n", "line 1: indented more than 256 columns"},
		{"a long paragraph", strings.Repeat("[", 40<<10), strings.Repeat("[", 40<<10), "a paragraph longer than 32 KB"},
		{"a table too large", "|" + strings.Repeat("a|", 1000) + "\n|" + strings.Repeat("-|", 1000) + "\n" + strings.Repeat("|x|\n", 1000),
			"|" + strings.Repeat("a|", 1000) + "\n|" + strings.Repeat("-|", 1000) + "\n" + strings.Repeat("|x|\n", 1000), "tables of more than 100000 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings := markdownText([]byte(tt.in))
			if string(got) != tt.want {
				t.Errorf("markdownText(%.80q) = %.200q, want %.200q", tt.in, got, tt.want)
			}
			switch {
			case tt.warning == "" && len(warnings) > 0:
				t.Errorf("warnings %q, want none", warnings)
			case tt.warning != "" && (len(warnings) != 1 || !strings.Contains(warnings[0], tt.warning)):
				t.Errorf("warnings %q, want one saying %q", warnings, tt.warning)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in                    string
		title, published, lang, src string
		id                          string
		err                         string // a part of the error, "" for none
	}{
		{"none", "La France a signé.\n", "La France a signé.", "", "fr", "doc.txt", "doc.txt", ""},
		{"plain values", "---\ntitle: Un titre\npublished: 2021-11-10\nsource: https://example.org/x\nlanguage: en\n---\nLa France a signé.\n",
			"Un titre", "2021-11-10", "en", "https://example.org/x", "doc.txt", ""},
		{"quoted values", "---\ntitle: \"Cybersécurité : l'appel\"\nsource: 'l''ambassade'\nname: \"autre.txt\"\n---\nLa France a signé.\n",
			"Cybersécurité : l'appel", "", "fr", "l'ambassade", "autre.txt", ""},
		{"dates", "---\npublished: 2021-11\n---\nLa France a signé.\n", "La France a signé.", "2021-11", "fr", "doc.txt", "doc.txt", ""},
		{"a year", "---\ndate: 2021\n---\nLa France a signé.\n", "La France a signé.", "2021", "fr", "doc.txt", "doc.txt", ""},
		{"a timestamp", "---\npublished: 2021-11-10T23:30:00-05:00\n---\nLa France a signé.\n", "La France a signé.", "2021-11-10", "fr", "doc.txt", "doc.txt", ""},
		{"a tagged timestamp", "---\npublished: !!timestamp 2021-11-10\n---\nLa France a signé.\n", "La France a signé.", "2021-11-10", "fr", "doc.txt", "doc.txt", ""},
		{"the later key wins", "---\ndate: 2020-01-01\npublished: 2021-11-10\nurl: a\nsource: b\n---\nLa France a signé.\n", "La France a signé.", "2021-11-10", "fr", "b", "doc.txt", ""},
		{"keys in any case, comments, empty values", "---\n# a comment\nTitle: Un titre # and another\nLang: EN\nsource:\n---\nLa France a signé.\n",
			"Un titre", "", "en", "doc.txt", "doc.txt", ""},
		{"unknown keys ignored", "---\nauthor: {name: X, site: [a, b]}\ntags:\n  - a\n  - b\ntitle: T\n---\nLa France a signé.\n", "T", "", "fr", "doc.txt", "doc.txt", ""},
		{"CRLF and BOM", "\ufeff---\r\ntitle: T\r\n---\r\nLa France a signé.\r\n", "T", "", "fr", "doc.txt", "doc.txt", ""},
		{"empty", "---\n---\nLa France a signé.\n", "La France a signé.", "", "fr", "doc.txt", "doc.txt", ""},
		{"a rule, not a front matter", "---La France a signé.\n", "---La France a signé.", "", "fr", "doc.txt", "doc.txt", ""},
		{"invalid YAML", "---\ntitle: T\nsource: [a\n---\nLa France a signé.\n", "", "", "", "", "", "front matter: line 3: invalid YAML: sequence end token ']' not found"},
		{"a colon unquoted", "---\ntitle: Cybersécurité : l'appel\n---\nx\n", "", "", "", "", "", `front matter: line 2: invalid YAML: mapping value is not allowed in this context (a value holding ": " needs quotes`},
		{"a key twice", "---\ntitle: A\ntitle: B\n---\nx\n", "", "", "", "", "", `line 3: invalid YAML: mapping key "title" already defined at line 2`},
		{"not key: value", "---\njust a line\n---\nx\n", "", "", "", "", "", "front matter: line 2: want lines of key: value, not a string"},
		{"a list for a title", "---\ntitle:\n  - a\n  - b\n---\nx\n", "", "", "", "", "", "front matter: line 3: title: want a single value, not a list"},
		{"a bad date", "---\npublished: 12/11/2018\n---\nx\n", "", "", "", "", "", `front matter: published "12/11/2018" (line 2): want a date`},
		{"not closed", "---\ntitle: T\nLa France a signé.\n", "", "", "", "", "", "front matter: no closing --- line"},
		{"nested too deep", "---\ntitle: T\nx: " + strings.Repeat("[", 10_000) + "\n---\nx\n", "", "", "", "", "", "front matter: line 3: values nested more than 32 deep"},
		{"nested lists too deep", "---\n" + strings.Repeat("- ", 10_000) + "x\n---\nx\n", "", "", "", "", "", "front matter: line 2: values nested more than 32 deep"},
		{"too large", "---\n" + strings.Repeat("tag: x\n", 10_000) + "---\nx\n", "", "", "", "", "", "front matter: longer than 16 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadDocument("doc.txt", "doc.txt", []byte(tt.in))
			if tt.err != "" {
				var de *DocError
				if !errors.As(err, &de) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ReadDocument error %v, want a *DocError saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{d.Title, d.Published.String(), string(d.Lang), d.Source, string(d.ID)}
			want := []string{tt.title, tt.published, tt.lang, tt.src, tt.id}
			if !slices.Equal(got, want) {
				t.Errorf("title, published, language, source, ID = %q, want %q", got, want)
			}
			if strings.Contains(d.Text, "---") != strings.HasPrefix(tt.in, "---La") {
				t.Errorf("text %q keeps the front matter", d.Text)
			}
		})
	}
}
