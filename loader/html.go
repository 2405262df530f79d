package loader

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksHTML reports whether a text starts like an HTML page.
func looksHTML(b []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(b[:min(len(b), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// htmlText returns the text of an HTML page, a line a block, without
// scripts, styles, menus, forms and other non-text elements; the page's
// title; and warnings about markup that had to be repaired or text that
// was dropped. The page is read one token at a time, keeping only the
// names of the open elements, so any depth of nesting reads in time and
// memory linear in the page's size, and nothing of the markup is ever
// taken as text.
func htmlText(b []byte) (text []byte, title string, warnings []string) {
	r := newHTMLReader(b, true)
	r.read()
	return squeeze(r.out.String()), strings.Join(strings.Fields(r.title.String()), " "), r.warnings()
}

// htmlFragmentText returns the text of a piece of HTML found inside
// another document (an HTML block of Markdown), read as the body of a
// page: a line a block, without scripts and other non-text elements.
func htmlFragmentText(b []byte) string {
	r := newHTMLReader(b, false)
	r.read()
	return string(squeeze(r.out.String()))
}

// squeeze removes the blank lines and spaces that markup layout leaves:
// spaces inside a line become one, and blank lines between blocks one
// empty line. The text ends with one newline.
func squeeze(s string) []byte {
	var out strings.Builder
	out.Grow(len(s))
	blank := true // nothing written yet: no leading blank line
	for l := range strings.SplitSeq(s, "\n") {
		fields := strings.Fields(l)
		if len(fields) == 0 {
			blank = true
			continue
		}
		if blank && out.Len() > 0 {
			out.WriteString("\n")
		}
		blank = false
		for i, f := range fields {
			if i > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(f)
		}
		out.WriteByte('\n')
	}
	if out.Len() == 0 {
		return []byte("\n")
	}
	return []byte(out.String())
}

// tagID names an element in htmlReader's stack: its atom, or for an
// element HTML does not define, a number of its own above every atom.
type tagID uint32

// firstOtherTag is the tagID of the first element name without an atom.
const firstOtherTag tagID = 1 << 31

// openTag is an element whose end has not been read yet.
type openTag struct {
	id   tagID
	line int32
}

// htmlReader takes the text out of an HTML page token by token. It keeps
// a stack of the open elements, not a tree: an end tag closes the
// innermost open element of its name and every element opened inside it
// (as a browser does with unclosed paragraphs, list items and divs), and
// is passed over when no element of its name is open.
type htmlReader struct {
	z     *html.Tokenizer
	out   strings.Builder
	title strings.Builder
	line  int // line of the current token, from 1

	open   []openTag
	counts map[tagID]int    // how many elements of each name are open
	others map[string]tagID // the tagIDs of names without an atom

	head      bool // in the page's head, before its text
	inTitle   bool // reading the page's title
	gotTitle  bool
	skipDepth int // while > 0, the content of open[skipDepth-1] is dropped
	cells     int // the cells of the table row read so far

	// what warnings says
	stray, strayLine    int // end tags closing nothing, the first one's line
	strayName           string
	droppedName         string // a dropped element never closed
	droppedLine         int
	unclosedComment     int // the line of a comment never closed
	unclosed, firstOpen int // elements never closed that should be
	firstOpenName       string
	stopped             string // why the tokenizer stopped before the end
}

// newHTMLReader returns a reader of b; page says whether b is a whole
// page, whose head comes before its text.
func newHTMLReader(b []byte, page bool) *htmlReader {
	return &htmlReader{
		z:      html.NewTokenizer(bytes.NewReader(b)),
		line:   1,
		counts: map[tagID]int{},
		others: map[string]tagID{},
		head:   page,
	}
}

// read reads the whole page.
func (r *htmlReader) read() {
	for {
		tt := r.z.Next()
		raw := r.z.Raw() // before Text and TagName, which rewrite it
		nl := bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.ErrorToken:
			if err := r.z.Err(); err != io.EOF {
				r.stopped = err.Error()
			}
			r.end()
			return
		case html.TextToken:
			r.text(r.z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := r.z.TagName()
			r.start(name, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := r.z.TagName()
			r.endTag(name)
		case html.CommentToken:
			if !bytes.HasSuffix(raw, []byte(">")) {
				r.unclosedComment = r.line
			}
		}
		r.line += nl
	}
}

// id returns the tagID of the element named name, whose atom is a (0 for
// a name HTML does not define).
func (r *htmlReader) id(a atom.Atom, name []byte) tagID {
	if a != 0 {
		return tagID(a)
	}
	id, ok := r.others[string(name)]
	if !ok {
		id = firstOtherTag + tagID(len(r.others))
		r.others[string(name)] = id
	}
	return id
}

// text handles a run of text.
func (r *htmlReader) text(t []byte) {
	switch {
	case r.skipDepth > 0:
	case r.inTitle:
		if !r.gotTitle {
			r.title.Write(t)
		}
	case r.head && len(bytes.TrimSpace(t)) == 0:
	default:
		r.head = false // text ends the head, as in a browser
		r.out.Write(t)
	}
}

// start handles a start tag.
func (r *htmlReader) start(name []byte, selfClosing bool) {
	a := atom.Lookup(name)
	if a == atom.Head && !r.head {
		return // a head inside the body: browsers pass the tag over
	}
	if r.head && r.skipDepth == 0 && !headContent(a) {
		r.head = false // the first element of the body ends the head
	}
	if r.skipDepth == 0 && !r.head {
		r.blockBreak(a)
		r.cell(a)
	}
	if voidElement(a) || selfClosing {
		return
	}
	r.push(r.id(a, name))
	switch {
	case r.skipDepth > 0:
	case r.head && a == atom.Title && !r.gotTitle:
		r.inTitle = true
	case r.head && a != atom.Html && a != atom.Head, skipped(a):
		r.skipDepth = len(r.open) // a second title too
	}
}

// endTag handles an end tag.
func (r *htmlReader) endTag(name []byte) {
	a := atom.Lookup(name)
	id := r.id(a, name)
	if r.counts[id] == 0 {
		switch a {
		case atom.Head:
			r.head = false
			return
		case atom.Html, atom.Body:
			return // a page without their start tags has them
		}
		if r.stray == 0 {
			r.strayName, r.strayLine = string(name), r.line
		}
		r.stray++
		if r.skipDepth == 0 && !r.head && (a == atom.P || a == atom.Br) {
			r.out.WriteString("\n\n") // browsers read </p> and </br> alone as <p></p> and <br>
		}
		return
	}
	for {
		top := r.open[len(r.open)-1]
		r.open = r.open[:len(r.open)-1]
		r.counts[top.id]--
		if r.skipDepth > len(r.open) {
			r.skipDepth = 0
		}
		if tagID(atom.Title) == top.id && r.inTitle {
			r.inTitle, r.gotTitle = false, true
		}
		if top.id == tagID(atom.Head) {
			r.head = false
		}
		if r.skipDepth == 0 && !r.head {
			r.blockBreak(atom.Atom(top.id))
		}
		if top.id == id {
			return
		}
	}
}

// push opens an element.
func (r *htmlReader) push(id tagID) {
	r.open = append(r.open, openTag{id: id, line: int32(r.line)})
	r.counts[id]++
}

// blockBreak ends a block before and after a block element, and
// separates the cells of a table's row.
func (r *htmlReader) blockBreak(a atom.Atom) {
	switch {
	case blockElement(a):
		r.out.WriteString("\n\n")
	}
	if a == atom.Tr || a == atom.Table {
		r.cells = 0
	}
}

// cell separates a table's cell from the one before it in its row, as
// Markdown's are.
func (r *htmlReader) cell(a atom.Atom) {
	if a == atom.Td || a == atom.Th {
		if r.cells > 0 {
			r.out.WriteString(" | ")
		}
		r.cells++
	}
}

// end notes, at the end of the page, what was left open.
func (r *htmlReader) end() {
	open := r.open
	if r.skipDepth > 0 {
		t := r.open[r.skipDepth-1]
		r.droppedName, r.droppedLine = r.name(t.id), int(t.line)
		open = r.open[:r.skipDepth-1] // the dropped element is warned of already
	}
	for _, t := range open {
		if a := atom.Atom(t.id); t.id < firstOtherTag && optionalEnd(a) {
			continue
		}
		if r.unclosed == 0 {
			r.firstOpenName, r.firstOpen = r.name(t.id), int(t.line)
		}
		r.unclosed++
	}
}

// name returns the name of an element in the stack.
func (r *htmlReader) name(id tagID) string {
	if id < firstOtherTag {
		return atom.Atom(id).String()
	}
	for n, o := range r.others {
		if o == id {
			return n
		}
	}
	return "?"
}

// warnings says what read returned without taking it as it was written.
func (r *htmlReader) warnings() []string {
	var w []string
	if r.droppedName != "" {
		w = append(w, fmt.Sprintf("html: <%s> at line %d is never closed: the text after it was dropped with it", r.droppedName, r.droppedLine))
	}
	if r.unclosedComment > 0 {
		w = append(w, fmt.Sprintf("html: the comment at line %d is never closed: the text after it was dropped with it", r.unclosedComment))
	}
	if r.stray > 0 {
		w = append(w, fmt.Sprintf("html: malformed markup: %s no open element (the first, </%s>, at line %d)", plural(r.stray, "end tag closes", "end tags close"), r.strayName, r.strayLine))
	}
	if r.unclosed > 0 {
		w = append(w, fmt.Sprintf("html: malformed markup: %s never closed (the first, <%s>, at line %d)", plural(r.unclosed, "element is", "elements are"), r.firstOpenName, r.firstOpen))
	}
	if r.stopped != "" {
		w = append(w, fmt.Sprintf("html: reading stopped: %s", r.stopped))
	}
	return w
}

// plural says n things, one or many.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// skipped reports whether the content of an element is not text of the
// document: code, styles, embedded pages and drawings, menus and forms.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Object,
		atom.Noembed, atom.Noframes, atom.Nav, atom.Footer, atom.Form, atom.Select, atom.Button:
		return true
	}
	return false
}

// headContent reports whether an element belongs in a page's head: any
// other ends the head and starts the body, as in a browser.
func headContent(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Title, atom.Meta, atom.Link, atom.Base, atom.Basefont, atom.Bgsound,
		atom.Style, atom.Script, atom.Noscript, atom.Template, atom.Noframes:
		return true
	}
	return false
}

// voidElement reports whether an element has no content and no end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Keygen,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Basefont, atom.Bgsound:
		return true
	}
	return false
}

// optionalEnd reports whether HTML lets an element's end tag out.
func optionalEnd(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.P, atom.Li, atom.Dt, atom.Dd, atom.Rt, atom.Rp, atom.Optgroup,
		atom.Option, atom.Colgroup, atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		return true
	}
	return false
}

// blockElement reports whether an element stands apart from the text
// around it: its text is a paragraph of its own.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Section, atom.Article, atom.Header, atom.Blockquote, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Figcaption, atom.Title,
		atom.Main, atom.Aside, atom.Nav, atom.Footer, atom.Form, atom.Figure, atom.Address, atom.Dl, atom.Dt, atom.Dd, atom.Hr,
		atom.Caption, atom.Details, atom.Summary, atom.Fieldset, atom.Body:
		return true
	}
	return false
}
