// Package loader is the shell around the extraction core: it reads
// documents from files, chooses their language, runs package extract with
// the rules of loader/lang/fr or loader/lang/en, and writes what each
// document yields through a pledgegraph.GraphWriter. One bad document
// never stops a batch: errors are collected per document (DocError) and
// returned together with errors.Join.
package loader

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/loader/extract"
	"github.com/pledgegraph/pledgegraph/loader/lang/en"
	"github.com/pledgegraph/pledgegraph/loader/lang/fr"
)

// DocError is an error about one document: where it is (Path, DocID),
// where in it (Offset, a byte offset, -1 when it does not apply) and what
// went wrong.
type DocError struct {
	Path   string
	DocID  pledgegraph.DocumentID
	Offset int
	Err    error
}

// Error implements the error interface.
func (e *DocError) Error() string {
	name := e.Path
	if name == "" {
		name = string(e.DocID)
	}
	name = pledgegraph.Quote(name)
	if e.Offset >= 0 {
		return fmt.Sprintf("loader: %s: offset %d: %v", name, e.Offset, e.Err)
	}
	return fmt.Sprintf("loader: %s: %v", name, e.Err)
}

// Unwrap returns the underlying error.
func (e *DocError) Unwrap() error { return e.Err }

// Errors reported inside DocError.
var (
	ErrNotUTF8   = errors.New("not valid UTF-8")
	ErrEmpty     = errors.New("empty document")
	ErrBinary    = errors.New("a binary file, not text")
	ErrTooLarge  = fmt.Errorf("larger than %d MB", MaxDocumentBytes>>20)
	ErrNotFile   = errors.New("not a regular file")
	ErrDuplicate = errors.New("a document of this name comes earlier in the batch")
)

// extractors are built once: the language data and the reference data
// are parsed on first use.
var extractors = sync.OnceValues(func() (map[pledgegraph.Lang]*extract.Extractor, error) {
	ref, err := extract.DefaultReference()
	if err != nil {
		return nil, err
	}
	f, err := fr.Language()
	if err != nil {
		return nil, err
	}
	e, err := en.Language()
	if err != nil {
		return nil, err
	}
	return map[pledgegraph.Lang]*extract.Extractor{
		pledgegraph.French:  extract.New(f, ref),
		pledgegraph.English: extract.New(e, ref),
	}, nil
})

// MaxDocumentBytes bounds a document's text: a larger file is refused
// (articles are far smaller; a larger file is most likely not one).
const MaxDocumentBytes = 10 << 20

// NewDocument builds a document from raw bytes: the text normalised
// (see extract.Normalize), its language, title, publication date when
// the text gives it, and hash. id names it; source says where it came
// from. It returns a *DocError for a name id.Validate refuses, and for
// text that is not UTF-8 or is empty.
func NewDocument(id pledgegraph.DocumentID, source string, raw []byte) (*pledgegraph.Document, error) {
	if err := id.Validate(); err != nil {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: errors.New(pledgegraph.ErrorMessage(err))}
	}
	if len(raw) > MaxDocumentBytes {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: ErrTooLarge}
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, &DocError{Path: source, DocID: id, Offset: i, Err: ErrBinary}
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, &DocError{Path: source, DocID: id, Offset: off, Err: ErrNotUTF8}
	}
	text := extract.Normalize(string(raw))
	if strings.TrimSpace(text) == "" {
		return nil, &DocError{Path: source, DocID: id, Offset: -1, Err: ErrEmpty}
	}
	sum := sha256.Sum256([]byte(text))
	doc := &pledgegraph.Document{ID: id, Source: source, Text: text, Hash: hex.EncodeToString(sum[:])}
	doc.Lang = DetectLang(text)
	doc.Title = firstLine(text)
	if xs, err := extractors(); err == nil {
		if x, ok := xs[doc.Lang]; ok {
			doc.Published = extract.PublishedDate(text, x.Lang)
		}
	}
	return doc, nil
}

// MaxTitleRunes is the length past which a title taken from a text's
// first line is cut, at a word, with an ellipsis.
const MaxTitleRunes = 200

// firstLine returns the first line of text that is not blank, without a
// leading "date 2021-11", as a title of at most MaxTitleRunes.
func firstLine(text string) string {
	for rest := text; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if f := strings.Fields(extract.Head(l, 256)); len(f) > 2 && strings.EqualFold(f[0], "date") {
			l = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, f[0]), " "+f[1]))
		}
		return shorten(l, MaxTitleRunes)
	}
	return ""
}

// shorten cuts s to at most n runes, at a space when there is one in its
// last fifth, and marks the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(extract.Head(s, 4*n+4)) <= n {
		return s
	}
	cut := 0
	for k := range s {
		if n == 0 {
			cut = k
			break
		}
		n--
	}
	t := s[:cut]
	if i := strings.LastIndexByte(t, ' '); i > len(t)*4/5 {
		t = t[:i]
	}
	return strings.TrimRight(t, " ,;:") + "…"
}

// DetectLang tells French from English by their stop words in the
// first extract.HeadBytes of a text; a text with too few of either is
// "und" (undetermined).
func DetectLang(text string) pledgegraph.Lang {
	xs, err := extractors()
	if err != nil {
		return "und"
	}
	text = extract.Head(text, extract.HeadBytes)
	toks := extract.Tokenize(text, 0, len(text))
	best, bestN, total := pledgegraph.Lang("und"), 0, 0
	for _, l := range []pledgegraph.Lang{pledgegraph.French, pledgegraph.English} {
		n := 0
		for _, t := range toks {
			if !t.Punct && xs[l].Lang.Stop[t.Fold] {
				n++
			}
		}
		total += n
		if n > bestN {
			best, bestN = l, n
		}
	}
	words := 0
	for _, t := range toks {
		if !t.Punct && !t.Number {
			words++
		}
	}
	if words == 0 || bestN*10 < words || bestN*3 < total*2-bestN*2 {
		return "und"
	}
	return best
}

// Options adjust the extraction rules.
type Options struct {
	// ExpandUndatedGroups expands a group statement ("tous les États
	// membres de l'UE") into today's member states even when neither a
	// date nor a number of members says which membership is meant. By
	// default such a statement yields no inferred facts: memberships
	// change (28 EU members before February 2020, 27 after), and a guess
	// is not what the text says.
	ExpandUndatedGroups bool
	// MinConfidence drops the facts whose confidence is below it (reference
	// facts aside). DefaultOptions sets it to DefaultMinConfidence.
	MinConfidence float64
}

// DefaultMinConfidence is the confidence below which facts are dropped by
// default: the threshold that gave the best fact F1 on the project's
// evaluation set (testdata/eval).
const DefaultMinConfidence = 0

// DefaultOptions returns the options Extract uses.
func DefaultOptions() Options { return Options{MinConfidence: DefaultMinConfidence} }

// Extract runs the extraction on a document read by ReadFile or
// NewDocument, with the default options. A document in a language
// without rules yields a warning and no facts.
func Extract(doc *pledgegraph.Document) *pledgegraph.Extraction {
	return ExtractWithOptions(doc, DefaultOptions())
}

// ExtractWithOptions is Extract with options. A fault of the extraction
// on one document (a bug, never the input's) does not stop a batch: the
// document is stored without facts, with a warning that says so.
func ExtractWithOptions(doc *pledgegraph.Document, opts Options) (x *pledgegraph.Extraction) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("extraction fault", "document", doc.ID, "err", r, "stack", string(debug.Stack()))
			x = &pledgegraph.Extraction{Document: *doc, Warnings: []string{fmt.Sprintf("extraction failed (%v): stored without facts", r)}}
		}
	}()
	xs, err := extractors()
	if err != nil {
		return &pledgegraph.Extraction{Document: *doc, Warnings: []string{fmt.Sprintf("loader: extraction unavailable: %v", err)}}
	}
	ex, ok := xs[doc.Lang]
	if !ok {
		return &pledgegraph.Extraction{Document: *doc, Warnings: []string{fmt.Sprintf("language %q not supported: stored without facts", doc.Lang)}}
	}
	if opts.ExpandUndatedGroups {
		y := *ex
		y.ExpandUndatedGroups = true
		ex = &y
	}
	return dropBelow(ex.Extract(*doc), opts.MinConfidence)
}

// dropBelow removes from x the facts whose confidence is below min,
// reference facts aside.
func dropBelow(x *pledgegraph.Extraction, min float64) *pledgegraph.Extraction {
	if min <= 0 {
		return x
	}
	kept := x.Facts[:0]
	for _, f := range x.Facts {
		if f.Reference || f.Confidence >= min {
			kept = append(kept, f)
		}
	}
	x.Facts = kept
	return x
}
