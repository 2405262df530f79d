package loader

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/loader/extract"
)

// URLDate returns the date a web address gives in its path, as news sites
// file their articles: ".../2022/04/title", ".../2023/11/10/title" or
// ".../2021-05-07-title". It returns the zero Date for anything that is
// not an http(s) address or has no such date: a year alone says too little.
func URLDate(source string) pledgegraph.Date {
	u, err := url.Parse(source)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return pledgegraph.Date{}
	}
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if d := dashedDate(s); !d.IsZero() {
			return d
		}
		y := number(s, 4, 1990, 2100)
		if y == 0 || i+1 >= len(segs) {
			continue
		}
		m := number(segs[i+1], 2, 1, 12)
		if m == 0 {
			continue
		}
		d := pledgegraph.Date{Year: y, Month: m}
		if i+2 < len(segs) {
			d.Day = number(segs[i+2], 2, 1, 31)
		}
		return d
	}
	return pledgegraph.Date{}
}

// dashedDate reads a path segment that opens with "YYYY-MM-DD".
func dashedDate(s string) pledgegraph.Date {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' || (len(s) > 10 && s[10] != '-' && s[10] != '_') {
		return pledgegraph.Date{}
	}
	y, m, d := number(s[:4], 4, 1990, 2100), number(s[5:7], 2, 1, 12), number(s[8:10], 2, 1, 31)
	if y == 0 || m == 0 || d == 0 {
		return pledgegraph.Date{}
	}
	return pledgegraph.Date{Year: y, Month: m, Day: d}
}

// number parses s as a number of exactly n digits within [lo, hi], or
// returns 0.
func number(s string, n, lo, hi int) int {
	if len(s) != n {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < lo || v > hi || s[0] == '+' || s[0] == '-' {
		return 0
	}
	return v
}

// citationDate returns the date the citation of doc's source gives, read
// by the rules of the document's language first, then by the others'.
func citationDate(doc *pledgegraph.Document) pledgegraph.Date {
	xs, err := extractors()
	if err != nil || doc.Source == "" {
		return pledgegraph.Date{}
	}
	for i, code := range append([]pledgegraph.Lang{doc.Lang}, slices.Sorted(maps.Keys(xs))...) {
		if x, ok := xs[code]; ok && (i == 0 || code != doc.Lang) {
			if d := extract.CitationDate(doc.Source, x.Lang); !d.IsZero() {
				return d
			}
		}
	}
	return pledgegraph.Date{}
}
