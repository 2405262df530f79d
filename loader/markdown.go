package loader

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser parses CommonMark with GitHub's tables, built once.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()
})

// markdownText returns the text of a Markdown document as its reader
// sees it: headings, paragraphs, table rows and list items apart (a
// paragraph's lines joined as Markdown joins them, items on lines of
// their own starting with "- " or their number, a row's cells separated
// by " | "), emphasis, links and code spans reduced to their text, images
// to their description, HTML blocks to their text, code blocks kept
// whole; link targets, inline tags and thematic breaks leave nothing.
// Blocks are separated by blank lines. A document beyond the bounds of
// checkMarkdown is returned as it is, with a warning that says why.
func markdownText(b []byte) ([]byte, []string) {
	if err := checkMarkdown(b); err != nil {
		return b, []string{fmt.Sprintf("markdown: %v: read as plain text", err)}
	}
	doc := markdownParser().Parse(text.NewReader(b))
	w := &mdWriter{src: b}
	w.block(doc)
	return squeeze(w.out.String()), nil
}

// Bounds on the Markdown given to the parser, which holds the whole
// document's syntax tree (a few hundred bytes a node: one for each
// bracket of "[[[[") and whose time grows faster than the text on some
// shapes of input (link definitions or brackets by the thousand in one
// paragraph, block quotes and lists nested by the thousand, tables whose
// rows are filled up to thousands of columns). Within them reading takes
// a second and a few hundred MB at most; articles stay far within them.
const (
	maxMarkdownBytes     = 1 << 20  // bytes of the whole document
	maxMarkdownParagraph = 32 << 10 // bytes of a run of lines without a blank line
	maxMarkdownNesting   = 32       // block quotes and list items opened on a line
	maxMarkdownIndent    = 256      // columns of indentation
	maxMarkdownCells     = 100_000  // table cells in all, as tables would have them
)

// checkMarkdown says how a Markdown document goes beyond the bounds
// above, naming the line.
func checkMarkdown(b []byte) error {
	if len(b) > maxMarkdownBytes {
		return fmt.Errorf("larger than %d MB", maxMarkdownBytes>>20)
	}
	cells := 0
	var delims []int                    // in the running paragraph: the columns of each line that looks like a table's delimiter row
	var delimAt []int                   // and their indices in the paragraph
	runStart, runLines, line := 0, 0, 0 // the running paragraph's first byte and lines
	endRun := func() {
		for i, cols := range delims {
			cells += cols * (runLines - delimAt[i] + 1) // header, delimiter row, rows after it
		}
		delims, delimAt, runLines = delims[:0], delimAt[:0], 0
	}
	for off := 0; off < len(b); {
		line++
		end := bytes.IndexByte(b[off:], '\n')
		if end < 0 {
			end = len(b) - off
		}
		l := b[off : off+end]
		if len(bytes.TrimSpace(l)) == 0 {
			endRun()
		} else {
			if runLines == 0 {
				runStart = off
			}
			if off+end-runStart > maxMarkdownParagraph {
				return fmt.Errorf("line %d: a paragraph longer than %d KB", line, maxMarkdownParagraph>>10)
			}
			depth, width := lineNesting(l)
			if depth > maxMarkdownNesting {
				return fmt.Errorf("line %d: blocks nested deeper than %d", line, maxMarkdownNesting)
			}
			if width > maxMarkdownIndent {
				return fmt.Errorf("line %d: indented more than %d columns", line, maxMarkdownIndent)
			}
			if cols := delimiterColumns(l); cols > 0 {
				delims, delimAt = append(delims, cols), append(delimAt, runLines)
			}
			runLines++
		}
		if cells > maxMarkdownCells {
			return fmt.Errorf("line %d: tables of more than %d cells", line, maxMarkdownCells)
		}
		off += end + 1
	}
	endRun()
	if cells > maxMarkdownCells {
		return fmt.Errorf("tables of more than %d cells", maxMarkdownCells)
	}
	return nil
}

// lineNesting returns how many block quotes and list items a line opens
// ("> - 1. text" opens three) and the columns they and the indentation
// take.
func lineNesting(l []byte) (depth, width int) {
	spaceAfter := func(i int) bool { return i < len(l) && (l[i] == ' ' || l[i] == '\t') }
	for i := 0; i < len(l); {
		switch c := l[i]; {
		case c == ' ':
			width++
			i++
		case c == '\t':
			width += 4 - width%4
			i++
		case c == '>' || ((c == '-' || c == '+' || c == '*') && spaceAfter(i+1)):
			depth++
			width++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j >= len(l) || (l[j] != '.' && l[j] != ')') || !spaceAfter(j+1) {
				return depth, width
			}
			depth++
			width += j + 1 - i
			i = j + 1
		default:
			return depth, width
		}
	}
	return depth, width
}

// delimiterColumns returns the columns of a line that looks like a
// table's delimiter row ("| --- | :-: |", in a block quote too), 0 for
// any other line.
func delimiterColumns(l []byte) int {
	l = bytes.TrimLeft(l, " \t>")
	if bytes.IndexByte(l, '|') < 0 || bytes.IndexByte(l, '-') < 0 {
		return 0
	}
	cols, dash := 0, false
	for _, c := range l {
		switch c {
		case '-':
			if !dash {
				cols++
			}
			dash = true
		case '|', ':', ' ', '\t', '\r':
			dash = false
		default:
			return 0
		}
	}
	return cols
}

// mdWriter writes the text of a Markdown syntax tree.
type mdWriter struct {
	src   []byte
	out   strings.Builder
	lists int // how many lists the block is in: its blocks end a line
}

// block writes the text of a block and of the blocks it holds.
func (w *mdWriter) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		w.inlines(n)
		w.endBlock()
	case *ast.List:
		w.list(n)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		w.lines(n.Lines())
		w.endBlock()
	case *ast.HTMLBlock:
		var raw bytes.Buffer
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			raw.Write(seg.Value(w.src))
		}
		if n.HasClosure() {
			raw.Write(n.ClosureLine.Value(w.src))
		}
		w.out.WriteString(htmlFragmentText(raw.Bytes()))
		w.endBlock()
	case *ast.ThematicBreak:
		w.endBlock()
	case *east.Table:
		w.table(n)
	default: // the document, block quotes, list items, blocks of extensions
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
	}
}

// endBlock ends a block: a paragraph, or a line in a list.
func (w *mdWriter) endBlock() {
	if w.lists > 0 {
		w.out.WriteString("\n")
		return
	}
	w.out.WriteString("\n\n")
}

// list writes a list's items, each on a line starting with "- " or its
// number, as the extractor knows list items.
func (w *mdWriter) list(l *ast.List) {
	w.lists++
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if l.IsOrdered() {
			w.out.WriteString(strconv.Itoa(num) + ". ")
			num++
		} else {
			w.out.WriteString("- ")
		}
		if item.FirstChild() == nil {
			w.out.WriteString("\n")
		}
		w.block(item)
	}
	w.lists--
	if w.lists == 0 {
		w.out.WriteString("\n")
	}
}

// table writes a table a row a line, cells separated by " | ".
func (w *mdWriter) table(t *east.Table) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if cell != row.FirstChild() {
				w.out.WriteString(" | ")
			}
			w.inlines(cell)
		}
		w.out.WriteString("\n")
	}
	w.endBlock()
}

// lines writes the lines of a code block as they are.
func (w *mdWriter) lines(lines *text.Segments) {
	for i := range lines.Len() {
		seg := lines.At(i)
		w.out.Write(seg.Value(w.src))
	}
}

// inlines writes the text of a block's inline content.
func (w *mdWriter) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.inline(c)
	}
}

// inline writes the text of an inline node: its words without the
// marks around them.
func (w *mdWriter) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(w.src)
		if !n.IsRaw() {
			v = unescapeMarkdown(v)
		}
		w.out.Write(v)
		switch {
		case n.HardLineBreak():
			w.out.WriteString("\n")
		case n.SoftLineBreak():
			w.out.WriteString(" ") // the lines of a paragraph are one text
		}
	case *ast.String:
		v := n.Value
		if !n.IsRaw() && !n.IsCode() {
			v = unescapeMarkdown(v)
		}
		w.out.Write(v)
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				v := t.Segment.Value(w.src)
				if bytes.HasSuffix(v, []byte("\n")) {
					v = append(v[:len(v)-1:len(v)-1], ' ')
				}
				w.out.Write(v)
			}
		}
	case *ast.AutoLink:
		w.out.Write(n.Label(w.src))
	case *ast.RawHTML:
		// an inline tag: the text around it is read, the tag is not text
	default: // emphasis, links, images (their description) and others
		w.inlines(n)
	}
}

// unescapeMarkdown resolves backslash escapes and character references
// ("\*", "&amp;", "&#233;") as a Markdown renderer does.
func unescapeMarkdown(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}
