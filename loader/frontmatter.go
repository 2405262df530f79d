package loader

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/pledgegraph/pledgegraph"
)

// MaxFrontMatterBytes bounds a front matter: a few lines of "key: value"
// are far smaller, and YAML parsing slows down fast on larger, stranger
// input.
const MaxFrontMatterBytes = 16 << 10

// maxFrontMatterDepth bounds the nesting of a front matter's values: its
// keys take plain values, and deeper nesting only slows parsing down.
const maxFrontMatterDepth = 32

// frontMatterKeys are the keys of a front matter that set a document's
// fields; the others (author, tags) are not part of a document and are
// not read.
var frontMatterKeys = map[string]bool{
	"title": true, "source": true, "url": true, "published": true, "date": true,
	"language": true, "lang": true, "name": true,
}

// metaValue is the value of one of frontMatterKeys in a front matter.
type metaValue struct {
	key, value string // the key in lower case
	line       int    // the value's line in the file
}

// frontMatter splits a YAML front matter, between a first line "---" and
// the next line "---", from the start of raw, and returns the values of
// frontMatterKeys in their order (keys are read in any case; an empty
// value counts as none) and the text after it. A front matter that is not
// a YAML mapping of plain values, is not closed, or is larger than
// MaxFrontMatterBytes is an error that names its line in the file.
func frontMatter(raw []byte) ([]metaValue, []byte, error) {
	rest, ok := bytes.CutPrefix(bytes.TrimPrefix(raw, []byte("\ufeff")), []byte("---"))
	if !ok {
		return nil, raw, nil
	}
	if rest, ok = cutNewline(rest); !ok {
		return nil, raw, nil // "---text": not a front matter
	}
	var src []byte
	depth := 0
	for off, line := 0, 2; ; line++ {
		if off >= len(rest) {
			return nil, nil, errors.New("front matter: no closing --- line")
		}
		if off > MaxFrontMatterBytes {
			return nil, nil, fmt.Errorf("front matter: longer than %d KB (a front matter holds a few lines of key: value)", MaxFrontMatterBytes>>10)
		}
		end := bytes.IndexByte(rest[off:], '\n')
		if end < 0 {
			end = len(rest) - off
		} else {
			end++
		}
		if string(bytes.TrimSpace(rest[off:off+end])) == "---" {
			src, rest = rest[:off], rest[off+end:]
			break
		}
		if err := checkDepth(rest[off:off+end], &depth); err != nil {
			return nil, nil, fmt.Errorf("front matter: line %d: %w", line, err)
		}
		off += end
	}
	meta, err := parseFrontMatter(src)
	if err != nil {
		return nil, nil, err
	}
	return meta, rest, nil
}

// cutNewline cuts the end of the first line, "\n" or "\r\n".
func cutNewline(b []byte) ([]byte, bool) {
	if rest, ok := bytes.CutPrefix(b, []byte("\n")); ok {
		return rest, true
	}
	return bytes.CutPrefix(b, []byte("\r\n"))
}

// checkDepth refuses a line that nests values deeper than
// maxFrontMatterDepth: in brackets and braces, counted from line to line
// in depth (and in quoted text too), or in list items and keys opened on
// the same line ("- - - x").
func checkDepth(line []byte, depth *int) error {
	for _, c := range line {
		switch c {
		case '[', '{':
			if *depth++; *depth > maxFrontMatterDepth {
				return fmt.Errorf("values nested more than %d deep", maxFrontMatterDepth)
			}
		case ']', '}':
			*depth = max(*depth-1, 0)
		}
	}
	items := 0
	for t := bytes.TrimLeft(line, " "); len(t) > 1 && (t[0] == '-' || t[0] == '?') && t[1] == ' '; t = bytes.TrimLeft(t[2:], " ") {
		if items++; items > maxFrontMatterDepth {
			return fmt.Errorf("values nested more than %d deep", maxFrontMatterDepth)
		}
	}
	return nil
}

// yamlPosition is where a YAML parser's message says something is,
// "[line:column]", counted from the front matter's first line.
var yamlPosition = regexp.MustCompile(`\[(\d+):\d+\]`)

// parseFrontMatter reads the values of frontMatterKeys in a front matter's
// YAML, whose first line is the file's second.
func parseFrontMatter(src []byte) (meta []metaValue, err error) {
	defer func() {
		if r := recover(); r != nil { // a fault of the YAML parser, not ours to stop a batch
			meta, err = nil, fmt.Errorf("front matter: unreadable YAML (%v)", r)
		}
	}()
	file, err := parser.ParseBytes(src, 0)
	if err != nil {
		return nil, yamlError(err)
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return nil, nil // only comments
	}
	m, ok := file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		line := file.Docs[0].Body.GetToken().Position.Line + 1
		return nil, fmt.Errorf("front matter: line %d: want lines of key: value, not %s", line, nodeKind(file.Docs[0].Body))
	}
	for _, kv := range m.Values {
		var key any
		if err := yaml.NodeToValue(kv.Key, &key); err != nil {
			return nil, yamlError(err)
		}
		k := strings.ToLower(fmt.Sprint(key))
		if !frontMatterKeys[k] {
			continue
		}
		line := kv.Value.GetToken().Position.Line + 1
		v, ok, err := scalarValue(kv.Value)
		if err != nil {
			return nil, fmt.Errorf("front matter: line %d: %s: %w", line, k, err)
		}
		if ok {
			meta = append(meta, metaValue{key: k, value: v, line: line})
		}
	}
	return meta, nil
}

// scalarValue returns the text of a plain value as written (a number or
// a date keeps its digits: "2021", "2021-11-10"), and false for an empty
// value.
func scalarValue(n ast.Node) (string, bool, error) {
	switch n := n.(type) {
	case *ast.NullNode:
		return "", false, nil
	case *ast.StringNode:
		return strings.TrimSpace(n.Value), true, nil
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return n.GetToken().Value, true, nil
	case *ast.LiteralNode, *ast.TagNode:
		var v any
		if err := yaml.NodeToValue(n, &v); err != nil {
			return "", false, errors.New(yamlMessage(err))
		}
		switch v := v.(type) {
		case nil:
			return "", false, nil
		case string:
			return strings.TrimSpace(v), true, nil
		case time.Time:
			return v.Format(time.DateOnly), true, nil
		case bool, int, int64, uint64, float64:
			return fmt.Sprint(v), true, nil
		}
	}
	return "", false, fmt.Errorf("want a single value, not %s", nodeKind(n))
}

// nodeKind names the kind of a YAML value for a message.
func nodeKind(n ast.Node) string {
	switch n.Type() {
	case ast.SequenceType:
		return "a list"
	case ast.MappingType, ast.MappingValueType:
		return "keys and values"
	case ast.AnchorType, ast.AliasType:
		return "an anchor or alias"
	}
	return "a " + strings.ToLower(n.Type().String())
}

// yamlError makes an error of the YAML parser's: its message and the
// line in the file, without the parser's excerpt of the source.
func yamlError(err error) error {
	var ye yaml.Error
	msg := yamlMessage(err)
	if strings.Contains(msg, "mapping value is not allowed") {
		msg += ` (a value holding ": " needs quotes: title: "Cybersécurité : l'appel")`
	}
	if errors.As(err, &ye) && ye.GetToken() != nil {
		return fmt.Errorf("front matter: line %d: invalid YAML: %s", ye.GetToken().Position.Line+1, msg)
	}
	return fmt.Errorf("front matter: invalid YAML: %s", msg)
}

// yamlMessage returns a YAML error's message with the positions it
// names turned into lines of the file.
func yamlMessage(err error) string {
	msg := err.Error()
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg = ye.GetMessage()
	}
	msg, _, _ = strings.Cut(msg, "\n")
	return yamlPosition.ReplaceAllStringFunc(msg, func(s string) string {
		n, _ := strconv.Atoi(yamlPosition.FindStringSubmatch(s)[1])
		return fmt.Sprintf("line %d", n+1)
	})
}

// metaName returns the name a front matter gives its document, "" when
// it gives none.
func metaName(meta []metaValue) string {
	name := ""
	for _, m := range meta {
		if m.key == "name" {
			name = m.value
		}
	}
	return name
}

// applyMeta sets what the front matter says, in its order: of two keys
// that say the same ("date" and "published"), the later wins.
func applyMeta(doc *pledgegraph.Document, meta []metaValue) error {
	for _, m := range meta {
		switch m.key {
		case "title":
			doc.Title = m.value
		case "source", "url":
			doc.Source = m.value
		case "published", "date":
			d, err := parseMetaDate(m.value)
			if err != nil {
				return fmt.Errorf("front matter: %s %q (line %d): want a date such as 2021-11-10, 2021-11 or 2021", m.key, m.value, m.line)
			}
			doc.Published = d
		case "language", "lang":
			// a language without rules is stored, without facts:
			// extraction speaks French and English
			doc.Lang = pledgegraph.Lang(strings.ToLower(m.value))
		}
	}
	return nil
}

// parseMetaDate reads a date of a front matter: a date of
// pledgegraph.ParseDate, or a YAML timestamp ("2021-11-10T09:30:00Z",
// "2021-11-10 09:30:00 +1") whose date is taken as written.
func parseMetaDate(v string) (pledgegraph.Date, error) {
	d, err := pledgegraph.ParseDate(v)
	if err == nil || len(v) < 16 || !strings.ContainsRune("Tt ", rune(v[10])) || !strings.Contains(v[11:], ":") {
		return d, err
	}
	return pledgegraph.ParseDate(v[:10])
}
