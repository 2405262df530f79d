package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

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

// ReadDocument builds a document from the bytes of a file. HTML (by the
// name's extension, or a text that starts like HTML) has its text taken
// out, a line a block, without scripts, styles, menus and forms, and its
// title kept; markup that had to be repaired (end tags closing nothing,
// elements never closed) or text that was dropped with an element never
// closed is said in the document's Warnings. Markdown (.md, .markdown) is
// read as CommonMark with tables and keeps its text without its marks
// (see markdownText). An optional YAML front matter (lines of "key:
// value" between two "---" lines at the start) sets title, published (or
// date), source (or url), language (or lang) and name, overriding what
// would be guessed; other keys are passed over. Returns a *DocError, for
// a front matter that is not valid YAML among others.
func ReadDocument(id pledgegraph.DocumentID, source string, raw []byte) (*pledgegraph.Document, error) {
	fail := func(err error) (*pledgegraph.Document, error) {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: err}
	}
	if len(raw) > MaxDocumentBytes {
		return fail(ErrTooLarge)
	}
	meta, body, err := frontMatter(raw)
	if err != nil {
		return fail(err)
	}
	if name := metaName(meta); name != "" {
		if err := pledgegraph.DocumentID(name).Validate(); err != nil {
			return fail(fmt.Errorf("front matter: %s", pledgegraph.ErrorMessage(err)))
		}
		id = pledgegraph.DocumentID(name)
	}
	ext := strings.ToLower(filepath.Ext(string(id)))
	title := ""
	var warnings []string
	switch {
	case bytes.IndexByte(body, 0) >= 0 || !utf8.Valid(body):
		// a binary file or another encoding: NewDocument says where
	case ext == ".html" || ext == ".htm" || looksHTML(body):
		body, title, warnings = htmlText(body)
		if len(bytes.TrimSpace(body)) == 0 {
			return fail(fmt.Errorf("%w: no text outside markup, scripts, menus and forms", ErrEmpty))
		}
	case ext == ".md" || ext == ".markdown":
		body, warnings = markdownText(body)
	}
	doc, err := NewDocument(id, source, body)
	if err != nil {
		return nil, err
	}
	if title != "" {
		doc.Title = title
	}
	if err := applyMeta(doc, meta); err != nil {
		return fail(err)
	}
	if doc.Published.IsZero() {
		doc.Published = URLDate(doc.Source) // the address's date
	}
	if doc.Published.IsZero() {
		doc.Published = citationDate(doc) // the last resort: "New Scientist, 22 November 1973"
	}
	doc.Warnings = warnings
	return doc, nil
}

// ReadPaths reads the documents named by paths: files, folders (walked
// recursively for files with one of Extensions, taken in sorted order),
// and Stdin ("-") for standard input, read as "stdin.txt" unless front
// matter names it. It returns the documents it could read (what reading
// one could not take as written is in its Warnings) and, joined, a
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
