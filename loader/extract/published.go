package extract

import (
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// PublishedDate guesses a document's publication date from general cues
// of a normalised text: a first line " date 2021-11", a line "Dernière
// modification : 23/11/2018" or "Published November 3, 2021", or a date
// the first paragraphs give as the day of writing ("ce lundi 12 novembre
// 2018"). The date of the first event the text reports is not taken for
// the publication date. It returns the zero Date when nothing says.
func PublishedDate(text string, lang *Language) pledgegraph.Date {
	first := strings.TrimSpace(text)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if f := strings.Fields(first); len(f) >= 2 && strings.EqualFold(strings.TrimSuffix(f[0], ":"), "date") {
		if d, err := pledgegraph.ParseDate(f[1]); err == nil {
			return d
		}
	}
	sents := Sentences(text, lang)
	for _, s := range sents {
		for i := range s.Tokens {
			if n := lang.Published.MatchAt(s.Tokens, i); n > 0 {
				for _, ds := range FindDates(s.Tokens[i+n:], text, lang, pledgegraph.Date{}, pledgegraph.Date{}) {
					if ds.I <= 3 && !ds.Relative {
						return ds.Date
					}
				}
			}
		}
	}
	// a dateline: a line of the first ones that is only a date
	for k, s := range sents {
		if k > 3 {
			break
		}
		if ds := FindDates(s.Tokens, text, lang, pledgegraph.Date{}, pledgegraph.Date{}); len(ds) == 1 && !ds[0].Relative &&
			ds[0].I == 0 && ds[0].J >= len(s.Tokens)-1 && ds[0].Date.Day > 0 {
			return ds[0].Date
		}
	}
	for k, s := range sents {
		if k > 6 {
			break
		}
		for _, ds := range FindDates(s.Tokens, text, lang, pledgegraph.Date{}, pledgegraph.Date{}) {
			if ds.Relative || ds.Date.Day == 0 || ds.I == 0 {
				continue
			}
			if lang.Deictic[s.Tokens[ds.I-1].Fold] {
				return ds.Date
			}
		}
	}
	return pledgegraph.Date{}
}
