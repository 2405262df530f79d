// Package en holds the English rules of pledgegraph's extraction: stop
// words, elided articles, honorifics, month and weekday names, relative
// date words, trigger lexicons per predicate with their polarity,
// negation cues, titles, count nouns and approximators. They live in the
// embedded data file lexicon.tsv (format in ../README.md) and plug into
// package extract as an *extract.Language, the way bleve's analysis
// languages plug into its analyzers.
package en

import (
	_ "embed"
	"sync"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/loader/extract"
)

//go:embed lexicon.tsv
var lexicon []byte

//go:embed frames.tsv
var frames []byte

var language = sync.OnceValues(func() (*extract.Language, error) {
	return extract.ParseLanguage(pledgegraph.English, lexicon, frames)
})

// Language returns the English rules, parsed once. The error reports a
// malformed lexicon, which the tests of this package rule out.
func Language() (*extract.Language, error) { return language() }
