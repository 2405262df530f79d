package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pledgegraph/pledgegraph"
)

// Extensions are the file extensions ReadPaths takes in folders.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Stdin is the path that names standard input in ReadPaths.
const Stdin = "-"

// ReadFile reads one document: a .txt, .md or .html file whose ID is its
// base name, unless front matter says otherwise (see ReadDocument). It
// reads only regular files (what a symbolic link points to counts):
// a FIFO, a device or a directory is refused by name (ErrNotFile) before
// anything is read, and so is a file larger than MaxDocumentBytes
// (ErrTooLarge), whose size is checked first and whose reading stops
// there whatever its size said (files in /proc say 0).
func ReadFile(path string) (*pledgegraph.Document, error) {
	id := pledgegraph.DocumentID(filepath.Base(path))
	fail := func(err error) (*pledgegraph.Document, error) {
		return nil, &DocError{Path: path, DocID: id, Offset: -1, Err: err}
	}
	info, err := os.Stat(path)
	if err != nil {
		return fail(err)
	}
	if err := checkFile(info); err != nil {
		return fail(err)
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil { // the file opened, not the one named before
		return fail(err)
	}
	if err := checkFile(info); err != nil {
		return fail(err)
	}
	raw, err := io.ReadAll(io.LimitReader(f, MaxDocumentBytes+1))
	if err != nil {
		return fail(err)
	}
	return ReadDocument(id, path, raw)
}

// checkFile refuses what ReadFile does not read: anything but a regular
// file, and files larger than MaxDocumentBytes.
func checkFile(info fs.FileInfo) error {
	switch m := info.Mode(); {
	case m.IsDir():
		return fmt.Errorf("%w: a directory", ErrNotFile)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: a named pipe (FIFO)", ErrNotFile)
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return fmt.Errorf("%w: a device", ErrNotFile)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: a socket", ErrNotFile)
	case !m.IsRegular():
		return ErrNotFile
	case info.Size() > MaxDocumentBytes:
		return ErrTooLarge
	}
	return nil
}

// ReadDocument builds a document from the bytes of a file: HTML (by the
// name's extension, or a text that starts like HTML) has its text taken
// out, scripts and styles dropped; Markdown keeps its text without the
// marks of headings and links; an optional front matter (lines of "key:
// value" between two "---" lines at the start) sets title, published,
// source, language and name, overriding what would be guessed. Returns a
// *DocError.
func ReadDocument(id pledgegraph.DocumentID, source string, raw []byte) (*pledgegraph.Document, error) {
	if len(raw) > MaxDocumentBytes {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: ErrTooLarge}
	}
	meta, body, err := frontMatter(raw)
	if err != nil {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: err}
	}
	if name := meta["name"]; name != "" {
		if err := pledgegraph.DocumentID(name).Validate(); err != nil {
			return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: fmt.Errorf("front matter: %s", pledgegraph.ErrorMessage(err))}
		}
		id = pledgegraph.DocumentID(name)
	}
	ext := strings.ToLower(filepath.Ext(string(id)))
	title := ""
	switch {
	case ext == ".html" || ext == ".htm" || looksHTML(body):
		if bytes.IndexByte(body, 0) < 0 {
			body, title = htmlText(body)
		}
	case ext == ".md" || ext == ".markdown":
		body = markdownText(body)
	}
	doc, err := NewDocument(id, source, body)
	if err != nil {
		return nil, err
	}
	if title != "" {
		doc.Title = title
	}
	if err := applyMeta(doc, meta); err != nil {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: err}
	}
	if doc.Published.IsZero() {
		doc.Published = URLDate(doc.Source) // the last resort: the address's date
	}
	return doc, nil
}

// frontMatter splits "---\nkey: value\n---\n" from the start of raw.
func frontMatter(raw []byte) (map[string]string, []byte, error) {
	rest, ok := bytes.CutPrefix(bytes.TrimLeft(raw, "\ufeff"), []byte("---\n"))
	if !ok {
		rest, ok = bytes.CutPrefix(raw, []byte("---\r\n"))
	}
	if !ok {
		return nil, raw, nil
	}
	meta := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(rest))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		n += len(sc.Bytes()) + 1
		if strings.TrimSpace(line) == "---" {
			return meta, rest[min(n, len(rest)):], nil
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, nil, fmt.Errorf("front matter: line %q is not key: value", line)
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		meta[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return nil, nil, errors.New("front matter: no closing --- line")
}

// applyMeta sets what the front matter says.
func applyMeta(doc *pledgegraph.Document, meta map[string]string) error {
	for k, v := range meta {
		switch k {
		case "title":
			doc.Title = v
		case "source", "url":
			doc.Source = v
		case "published", "date":
			d, err := pledgegraph.ParseDate(v)
			if err != nil {
				return fmt.Errorf("front matter: %s %q: want a date such as 2021-11-10, 2021-11 or 2021", k, v)
			}
			doc.Published = d
		case "language", "lang":
			switch l := pledgegraph.Lang(strings.ToLower(v)); l {
			case pledgegraph.French, pledgegraph.English:
				doc.Lang = l
			default:
				doc.Lang = l // stored, without facts: extraction speaks French and English
			}
		case "name":
		default:
			// other keys (author, tags) are not part of a document
		}
	}
	return nil
}

// looksHTML reports whether a text starts like an HTML page.
func looksHTML(b []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(b[:min(len(b), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// htmlText returns the text of an HTML page, a line a block, without
// scripts, styles and other non-text elements, and its title.
func htmlText(b []byte) ([]byte, string) {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return b, ""
	}
	var out strings.Builder
	title := ""
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Head, atom.Nav, atom.Footer, atom.Form:
				if n.DataAtom == atom.Head {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if c.DataAtom == atom.Title && c.FirstChild != nil {
							title = strings.TrimSpace(c.FirstChild.Data)
						}
					}
				}
				return
			}
		}
		if n.Type == html.TextNode {
			out.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockElement(n.DataAtom) {
			out.WriteString("\n\n")
		}
	}
	walk(root)
	// squeeze the blank lines and spaces HTML layout leaves
	var lines []string
	blank := false
	for _, l := range strings.Split(out.String(), "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			if !blank && len(lines) > 0 {
				lines = append(lines, "")
			}
			blank = true
			continue
		}
		lines = append(lines, l)
		blank = false
	}
	return []byte(strings.TrimSpace(strings.Join(lines, "\n")) + "\n"), title
}

func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Section, atom.Article, atom.Header, atom.Blockquote, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Figcaption, atom.Title:
		return true
	}
	return false
}

// markdownText drops the marks Markdown adds to text: heading hashes,
// emphasis stars and underscores around words, link targets.
func markdownText(b []byte) []byte {
	var out strings.Builder
	for _, l := range strings.SplitAfter(string(b), "\n") {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "#") {
			l = strings.TrimLeft(t, "# ")
		}
		l = strings.NewReplacer("**", "", "__", "").Replace(l)
		// [text](url) → text
		for {
			i := strings.Index(l, "](")
			if i < 0 {
				break
			}
			j := strings.LastIndex(l[:i], "[")
			k := strings.Index(l[i:], ")")
			if j < 0 || k < 0 {
				break
			}
			l = l[:j] + l[j+1:i] + l[i+k+1:]
		}
		out.WriteString(l)
	}
	return []byte(out.String())
}

// ReadPaths reads the documents named by paths: files, folders (walked
// recursively for files with one of Extensions, taken in sorted order),
// and Stdin ("-") for standard input, read as "stdin.txt" unless front
// matter names it. It returns the documents it could read and, joined, a
// *DocError for each one it could not, among them a second document of a
// name already read.
func ReadPaths(paths []string) ([]*pledgegraph.Document, error) {
	return readPaths(paths, os.Stdin)
}

func readPaths(paths []string, stdin io.Reader) ([]*pledgegraph.Document, error) {
	var files []string
	var errs []error
	for _, p := range paths {
		if p == Stdin {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &DocError{Path: p, Offset: -1, Err: err})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &DocError{Path: path, Offset: -1, Err: err})
				return nil
			}
			if !de.IsDir() && hasExtension(de.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &DocError{Path: p, Offset: -1, Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	var docs []*pledgegraph.Document
	seen := map[pledgegraph.DocumentID]string{}
	for _, f := range files {
		var d *pledgegraph.Document
		var err error
		if f == Stdin {
			raw, rerr := io.ReadAll(io.LimitReader(stdin, MaxDocumentBytes+1))
			if rerr != nil {
				err = &DocError{Path: "stdin", DocID: "stdin.txt", Offset: -1, Err: rerr}
			} else {
				d, err = ReadDocument("stdin.txt", "stdin", raw)
			}
		} else {
			d, err = ReadFile(f)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, ok := seen[d.ID]; ok {
			errs = append(errs, &DocError{Path: f, DocID: d.ID, Offset: -1, Err: fmt.Errorf("%w (%s)", ErrDuplicate, prev)})
			continue
		}
		seen[d.ID] = f
		docs = append(docs, d)
	}
	return docs, errors.Join(errs...)
}

func hasExtension(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}
