package resolvers

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// Page sizes of connections.
const (
	defaultPage = 20  // when first is null
	maxPage     = 100 // the most first may ask for
)

// cursorPrefix starts every decoded cursor, so that a random string is
// refused rather than read as an offset.
const cursorPrefix = "offset:"

// encodeCursor returns the opaque cursor of the entry at offset.
func encodeCursor(offset int) string { return encodeKeyCursor(offset, "") }

// encodeKeyCursor returns the opaque cursor of the entry at offset whose
// key in the list's order is key (a fact's ID), or of the entry at
// offset alone when key is "": a page after a cursor with a key starts
// after the key, so that a store that keeps the list in order reads the
// page without the entries before it.
func encodeKeyCursor(offset int, key string) string {
	c := cursorPrefix + strconv.Itoa(offset)
	if key != "" {
		c += ":" + key
	}
	return base64.StdEncoding.EncodeToString([]byte(c))
}

// decodeCursor returns the offset an opaque cursor names. Returns EINVALID.
func decodeCursor(c string) (int, error) {
	n, _, err := decodeKeyCursor(c)
	return n, err
}

// decodeKeyCursor returns the offset and the key ("" for none) an
// opaque cursor names. Returns EINVALID.
func decodeKeyCursor(c string) (int, string, error) {
	b, err := base64.StdEncoding.DecodeString(c)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), cursorPrefix); ok {
			offset, key, _ := strings.Cut(s, ":")
			if n, err := strconv.Atoi(offset); err == nil && n >= 0 {
				return n, key, nil
			}
		}
	}
	return 0, "", pledgegraph.Errorf(pledgegraph.EINVALID, "invalid cursor %q: use a cursor from a previous page", c)
}

// pageInfo describes a page of n entries starting at offset in a list of
// total entries: entries follow it or precede it in the whole list.
func pageInfo(offset, n, total int) *model.PageInfo {
	p := &model.PageInfo{
		HasNextPage:     offset+n < total,
		HasPreviousPage: offset > 0,
	}
	if n > 0 {
		start, end := encodeCursor(offset), encodeCursor(offset+n-1)
		p.StartCursor, p.EndCursor = &start, &end
	}
	return p
}

// window returns the part [start, end) of a list of total entries that
// the Relay arguments ask for: after and before narrow the list to the
// entries between two cursors, then first keeps the first entries of
// that window and last its last ones. When neither first nor last is
// given, the window is cut to defaultPage entries, or kept whole when all
// is set. Returns EINVALID.
func window(total int, first *int, after *string, last *int, before *string, all bool) (start, end int, err error) {
	start, end = 0, total
	if after != nil && *after != "" {
		n, err := decodeCursor(*after)
		if err != nil {
			return 0, 0, err
		}
		start = min(n+1, total)
	}
	if before != nil && *before != "" {
		n, err := decodeCursor(*before)
		if err != nil {
			return 0, 0, err
		}
		end = max(min(n, end), start)
	}
	check := func(name string, v *int) error {
		switch {
		case v == nil:
		case *v < 0:
			return pledgegraph.Errorf(pledgegraph.EINVALID, "%s must not be negative, got %d", name, *v)
		case *v > maxPage:
			return pledgegraph.Errorf(pledgegraph.EINVALID, "%s must be at most %d, got %d", name, maxPage, *v)
		}
		return nil
	}
	if err := check("first", first); err != nil {
		return 0, 0, err
	}
	if err := check("last", last); err != nil {
		return 0, 0, err
	}
	if first == nil && last == nil && !all {
		d := defaultPage
		first = &d
	}
	if first != nil {
		end = min(end, start+*first)
	}
	if last != nil {
		start = max(start, end-*last)
	}
	return start, end, nil
}
