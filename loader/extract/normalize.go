// Package extract is the pure core of pledgegraph's extraction: it turns a
// document's text into entities, mentions, facts and counts, with
// provenance. It reads no files and uses no clock or randomness: language
// rules come in as a *Language (see packages loader/lang/fr and
// loader/lang/en) and world knowledge as a *Reference (countries, groups
// and their membership, well-known organisations, companies, events and
// initiatives), embedded as data files under data/.
//
// The pipeline runs in small stages, each in its own file: Normalize,
// Sentences, Tokenize, mentions (gazetteer and context rules), dates,
// facts, counts, group expansion and in-document resolution.
package extract

//go:generate go run ../internal/gen -o data/countries.tsv

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// quoteReplacer maps typographic apostrophes and spaces to plain ones.
// Guillemets and curly double quotes are kept: they mark quotations and
// names, and turning them into '"' would not change their meaning.
var quoteReplacer = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u00b4", "'", "`", "'",
	"\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ", "\u200b", "",
	"\ufeff", "", "\r\n", "\n", "\r", "\n", "\t", " ",
)

// Normalize returns text in the form offsets refer to: Unicode NFC,
// typographic apostrophes turned into ', non-breaking and thin spaces
// into plain spaces, line ends into \n.
func Normalize(text string) string {
	return quoteReplacer.Replace(norm.NFC.String(text))
}
