package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/pledgegraph/pledgegraph"
)

// PublishedDate guesses a document's publication date from general cues
// of a normalised text: a first line " date 2021-11", a line "Dernière
// modification : 23/11/2018" or "Published November 3, 2021", or a date
// the first paragraphs give as the day of writing ("ce lundi 12 novembre
// 2018"). The date of the first event the text reports is not taken for
// the publication date, but for a text that says nothing else, a date
// told by its weekday without a year ("Le lundi 5 juin") is, in the year
// the weekday fits. It returns the zero Date when nothing says. It reads
// the first HeadBytes of the text, where a publication date is.
func PublishedDate(text string, lang *Language) pledgegraph.Date {
	text = Head(text, HeadBytes)
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
	// a news dateline: "PARIS, 15 mai 2019 –", "WASHINGTON (AFP), May 7, 2021 —";
	// a byline: "By Staff Writer | May 15, 2019"
	for k, s := range sents {
		if k > 3 {
			break
		}
		if d, ok := dateline(s.Tokens, text, lang); ok {
			return d
		}
		if len(s.Tokens) <= 14 && strings.ContainsAny(text[s.Start:s.End], "|·•") {
			if ds := FindDates(s.Tokens, text, lang, pledgegraph.Date{}, pledgegraph.Date{}); len(ds) == 1 && !ds[0].Relative && ds[0].Date.Day > 0 {
				return ds[0].Date
			}
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
	return weekdayDated(sents, lang)
}

// weekdayDated reads, in a text that gives no publication date, the
// first paragraphs' date told by its weekday, day and month without a
// year ("Le lundi 5 juin", "On Monday, June 5"): the year is the one, of
// the latest the text names and the two after it, in which that day is
// that weekday. It returns the zero Date when there is none.
func weekdayDated(sents []Sentence, lang *Language) pledgegraph.Date {
	latest := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			if y, ok := yearNum(t); ok {
				latest = max(latest, y)
			}
		}
	}
	for k, s := range sents {
		if k > 3 || latest == 0 {
			break
		}
		toks := s.Tokens
		for i := range toks {
			wd, ok := lang.Weekdays[toks[i].Fold]
			if !ok {
				continue
			}
			m, d := weekdayDayMonth(toks, i+1, lang)
			for y := latest; m > 0 && y <= latest+2; y++ {
				t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				if int(t.Weekday()) == wd && t.Day() == d {
					return pledgegraph.Date{Year: y, Month: m, Day: d}
				}
			}
		}
	}
	return pledgegraph.Date{}
}

// weekdayDayMonth reads the day and the month after a weekday at
// toks[p], in either order, past a comma or a "le"/"on": "5 juin",
// "June 5"; or 0, 0.
func weekdayDayMonth(toks []Token, p int, lang *Language) (int, int) {
	for p < len(toks) && (toks[p].Text == "," || lang.DayPrep[toks[p].Fold]) {
		p++
	}
	day := func(q int) int {
		if q < len(toks) && toks[q].Number {
			if v, err := strconv.Atoi(toks[q].Text); err == nil && v >= 1 && v <= 31 {
				return v
			}
		}
		return 0
	}
	if d := day(p); d > 0 {
		if m, _ := lang.month(toks, p+1); m > 0 {
			return m, d
		}
	}
	if m, n := lang.month(toks, p); m > 0 {
		if d := day(p + n); d > 0 {
			return m, d
		}
	}
	return 0, 0
}

// dateline reads a news dateline at the start of toks: a place written
// in capitals or capitalised words (with an optional agency in
// parentheses), a comma, a full date, then a dash, a colon or the end of
// the line.
func dateline(toks []Token, text string, lang *Language) (pledgegraph.Date, bool) {
	d, _, ok := datelineSpan(toks, text, lang, pledgegraph.Date{})
	return d, ok
}

// datelineSpan is dateline, with the end of the dateline's date in toks;
// a date without its year takes the year of pub, when pub is known.
func datelineSpan(toks []Token, text string, lang *Language, pub pledgegraph.Date) (pledgegraph.Date, int, bool) {
	// "November 10, 2021 — The United States …": the date opens the line
	if ds, ok := dateOpening(toks, text, lang, pub); ok && !ds.Relative && ds.Date.Day > 0 &&
		ds.J < len(toks) && isDash(toks[ds.J].Text) {
		return ds.Date, ds.J, true
	}
	i := 0
	for i < len(toks) && i < 8 && toks[i].Cap {
		i++
	}
	if i < len(toks) && toks[i].Text == "(" {
		open := i
		i = bracketClose(toks, i, open+12)
		// "TORONTO (UrduPoint News / Sputnik - 15th June, 2020)": the
		// agency's bracket holds the date
		if d, ok := bracketDate(toks[open+1:min(i, len(toks))], text, lang); ok && i > 0 {
			return d, i, true
		}
		i++
	}
	if i == 0 || i >= len(toks) || toks[i].Text != "," {
		return pledgegraph.Date{}, 0, false
	}
	i++
	if i < len(toks) && lang.DayPrep[toks[i].Fold] {
		i++ // "Bruxelles, le 24 septembre 2019"
	}
	ds, ok := dateOpening(toks[i:], text, lang, pub)
	if !ok || ds.Relative || ds.Date.Day == 0 {
		return pledgegraph.Date{}, 0, false
	}
	if e := lineAlone(toks, i+ds.J); e == len(toks) && toks[0].Upper {
		return ds.Date, e, true // "NEW DELHI, Jan. 23.": a dateline in capitals that is a sentence of its own
	}
	j := agencyAfter(toks, i+ds.J)
	if j < len(toks) && !isDash(toks[j].Text) && toks[j].Text != ":" { // "Hyderabad, Dec. 7: The forum …"
		return pledgegraph.Date{}, 0, false
	}
	return ds.Date, j, true
}

// placeLine reads a dateline that gives no full date at the start of
// toks: capitalised words, then a comma and a weekday that ends the line
// or comes before a dash ("Geneva, Tuesday.", « GENÈVE, mardi — »), or
// a colon after words not in capitals ("Hyderabad: The third Internet
// Governance Forum closed here …"). It returns the end of the dateline
// and, for a weekday, the day it names (the last such day up to pub).
func placeLine(toks []Token, text string, lang *Language, pub pledgegraph.Date) (pledgegraph.Date, int, bool) {
	i := 0
	for i < len(toks) && i < 4 && toks[i].Cap && !toks[i].Punct {
		i++
	}
	switch {
	case i == 0 || i >= len(toks)-1:
		return pledgegraph.Date{}, 0, false
	case toks[i].Text == ":": // not a headline's label in capitals, "FACT SHEET:"
		return pledgegraph.Date{}, i, toks[i+1].Cap && !toks[0].Upper
	case toks[i].Text != ",":
		return pledgegraph.Date{}, 0, false
	}
	if _, ok := lang.Weekdays[toks[i+1].Fold]; !ok {
		return pledgegraph.Date{}, 0, false
	}
	ds, ok := dateOpening(toks[i+1:], text, lang, pub)
	if !ok || ds.J != 1 {
		return pledgegraph.Date{}, 0, false
	}
	j := i + 2
	if e := lineAlone(toks, j); e == len(toks) {
		return ds.Date, e, true
	}
	if j < len(toks) && isDash(toks[j].Text) {
		return ds.Date, j, true
	}
	return pledgegraph.Date{}, 0, false
}

// lineAlone returns where a dateline whose date ends at toks[j] ends
// when only full stops and an agency's name in brackets follow the date
// ("Jan. 23.", "Nov. 7 (Domei)."): the end of toks; else j.
func lineAlone(toks []Token, j int) int {
	k := j
	if k < len(toks) && toks[k].Text == "(" {
		k = bracketClose(toks, k, j+8) + 1
	}
	if k < len(toks) && toks[k].Text == "." {
		k++
	}
	if k == len(toks) && k > j {
		return k
	}
	return j
}

// agencyAfter returns where the dash of a dateline that the date ending
// at toks[j] opens stands, past a full stop and an agency's name in
// brackets ("Paris, 27 août. (Havas.) —"); else j.
func agencyAfter(toks []Token, j int) int {
	k := j
	if k < len(toks) && toks[k].Text == "." {
		k++
	}
	if k < len(toks) && toks[k].Text == "(" {
		k = bracketClose(toks, k, j+8)
		if k < len(toks) && toks[k].Text == ")" && k+1 < len(toks) && isDash(toks[k+1].Text) {
			return k + 1
		}
	}
	return j
}

// dateOpening returns the date expression that toks start with, if any:
// the first of FindDates when it starts at the first token, without
// looking further; pub, when known, gives a date without a year its year.
func dateOpening(toks []Token, text string, lang *Language, pub pledgegraph.Date) (DateSpan, bool) {
	if len(toks) == 0 {
		return DateSpan{}, false
	}
	ds, ok := dateAt(toks, text, 0, lang, pub, pub, pub)
	return ds, ok && ds.I == 0
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "―" }

// bracketDate returns the full date that ends the tokens of a dateline's
// bracket after a dash ("UrduPoint News / Sputnik - 15th June, 2020").
func bracketDate(toks []Token, text string, lang *Language) (pledgegraph.Date, bool) {
	for k := range toks {
		if !isDash(toks[k].Text) || k+1 >= len(toks) {
			continue
		}
		if ds, ok := dateOpening(toks[k+1:], text, lang, pledgegraph.Date{}); ok && !ds.Relative && ds.Date.Day > 0 && k+1+ds.J == len(toks) {
			return ds.Date, true
		}
	}
	return pledgegraph.Date{}, false
}

// CitationDate returns the latest date, given to the day, that the
// citation of a document's source says ("New Scientist, 22 November
// 1973", "dépêche du 21 juillet 1954, reprise par Le Monde du 22 juillet
// 1954"), or the zero Date: a web address, a month or a year say none.
func CitationDate(source string, lang *Language) pledgegraph.Date {
	if strings.Contains(source, "://") {
		return pledgegraph.Date{}
	}
	var best pledgegraph.Date
	for _, ds := range FindDates(Tokenize(source, 0, len(source)), source, lang, pledgegraph.Date{}, pledgegraph.Date{}) {
		if ds.Relative || ds.Date.Year == 0 || ds.Date.Day == 0 {
			continue
		}
		if best.IsZero() || ds.Date.Compare(best) > 0 {
			best = ds.Date
		}
	}
	return best
}

// bracketClose returns where the bracket opened at toks[k] closes, or
// where the search stops: at toks[reach] or at the end.
func bracketClose(toks []Token, k, reach int) int {
	for k < len(toks) && k < reach && toks[k].Text != ")" {
		k++
	}
	return k
}
