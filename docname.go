package pledgegraph

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameBytes is the longest document name, in bytes (that of a file
// name on most file systems).
const MaxNameBytes = 255

// Validate checks that id can name a document wherever a name goes (a
// file name, a line of `list`, a log line, a URL): not empty, UTF-8, at
// most MaxNameBytes, no control characters (newlines, tabs, terminal
// escapes) nor characters that reverse the direction of text, no path
// separators, not "." or "..". Files and the API are held to the same
// rule. Returns EINVALID.
func (id DocumentID) Validate() error {
	name := string(id)
	bad := func(why string) error {
		return Errorf(EINVALID, "document name %s: %s", Quote(name), why)
	}
	switch {
	case name == "":
		return Errorf(EINVALID, "the document needs a name")
	case !utf8.ValidString(name):
		return bad("not UTF-8")
	case len(name) > MaxNameBytes:
		return Errorf(EINVALID, "document name %s…: %d bytes, more than the %d a name may have", Quote(name[:40]), len(name), MaxNameBytes)
	case strings.ContainsAny(name, `/\`):
		return bad("a name may not contain path separators")
	case name == "." || name == "..":
		return bad("not a file name")
	case strings.IndexFunc(name, unsafeRune) >= 0:
		return bad("a name may not contain control characters")
	}
	return nil
}

// unsafeRune reports whether r may not appear in a name: a control
// character, or one that changes the direction of the text after it.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' || r == '\u200e' || r == '\u200f'
}

// Quote returns s as it may be written on a terminal or in a log: as it
// is when it holds only printable characters and no quotation mark, else
// in double quotes with Go's escapes, so that no control character or
// invalid byte of a name or title reaches a terminal.
func Quote(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, func(r rune) bool { return unsafeRune(r) || r == '"' || !unicode.IsPrint(r) && r != ' ' }) < 0 {
		return s
	}
	return strconv.Quote(s)
}
