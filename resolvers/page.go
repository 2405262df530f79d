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
func encodeCursor(offset int) string {
	return base64.StdEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// decodeCursor returns the offset an opaque cursor names. Returns EINVALID.
func decodeCursor(c string) (int, error) {
	b, err := base64.StdEncoding.DecodeString(c)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), cursorPrefix); ok {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, pledgegraph.Errorf(pledgegraph.EINVALID, "invalid cursor %q: use a cursor from a previous page", c)
}

// pageArgs turns the first and after arguments of a connection into the
// offset and limit of the page. Returns EINVALID.
func pageArgs(first *int, after *string) (offset, limit int, err error) {
	limit = defaultPage
	if first != nil {
		switch {
		case *first < 0:
			return 0, 0, pledgegraph.Errorf(pledgegraph.EINVALID, "first must not be negative, got %d", *first)
		case *first > maxPage:
			return 0, 0, pledgegraph.Errorf(pledgegraph.EINVALID, "first must be at most %d, got %d", maxPage, *first)
		}
		limit = *first
	}
	if after != nil && *after != "" {
		n, err := decodeCursor(*after)
		if err != nil {
			return 0, 0, err
		}
		offset = n + 1
	}
	return offset, limit, nil
}

// pageInfo describes a page of n entries starting at offset in a list of
// total entries.
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
