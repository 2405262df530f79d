package extract

import (
	"strconv"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// DateSpan is a date expression found in a sentence: tokens [I, J) of
// the sentence, the date it names and, for a range ("du 11 au 13
// novembre"), its last day.
type DateSpan struct {
	I, J     int
	Date     pledgegraph.Date
	End      pledgegraph.Date
	Relative bool // resolved against the publication date ("hier", "lundi")
}

// FindDates returns the date expressions of toks, in order. Absolute
// dates ("12 novembre 2018", "le 12 novembre", "11/11/2021", "2021-11",
// "novembre 2021", "November 12, 2018", "Nov 12, 2021") take a missing
// year from ref (the publication date or the last year the text gave);
// relative ones ("hier", "lundi", "ce lundi") are resolved against
// published when it is known to the day.
func FindDates(toks []Token, text string, lang *Language, published, ref pledgegraph.Date) []DateSpan {
	return FindDatesAfter(toks, text, lang, published, ref, ref)
}

// FindDatesAfter is FindDates where the dates counted from an earlier
// one ("a year later", "the same year", "le lendemain") count from
// last, the last date the text gave before toks, until toks gives one:
// "launched in 2011. Intel joined it a year later" is 2012.
func FindDatesAfter(toks []Token, text string, lang *Language, published, ref, last pledgegraph.Date) []DateSpan {
	var out []DateSpan
	for i := 0; i < len(toks); i++ {
		if ds, ok := dateAt(toks, text, i, lang, published, ref, last); ok {
			ds = monthOfYearAfter(toks, ds, lang, published)
			ds = monthOfThatYear(toks, ds, lang, last)
			ds = toCome(toks, ds, lang, published)
			ds = lastMonth(toks, ds, lang, published)
			out = append(out, ds)
			i = ds.J - 1
			if !ds.Relative && ds.Date.Year > 0 {
				last = ds.Date // "on 9 May 2023, and the next day", "in 2019 before pulling out a year later"
				if explicitYear(toks, ds) {
					ref = ds.Date
				}
			}
		}
	}
	return out
}

// monthOfYearAfter gives a month without its year, followed by a year
// relative to the publication ("in May last year", "en mai l'an
// dernier"), that year; it returns ds unchanged otherwise.
func monthOfYearAfter(toks []Token, ds DateSpan, lang *Language, published pledgegraph.Date) DateSpan {
	if ds.Relative || ds.Date.Month == 0 || ds.J >= len(toks) || published.IsZero() {
		return ds
	}
	for _, r := range lang.relYears {
		if matchPhrase(toks, ds.J, r.phrase) {
			ds.Date.Year = published.Year + r.off
			ds.J += len(r.phrase)
			return ds
		}
	}
	return ds
}

// monthOfThatYear gives a month without its year, after "that" ("that
// August") or before a phrase of the year the text spoke of last ("in
// August that year", "en août de cette année-là"), the year of last, the
// last date the text gave; it returns ds unchanged otherwise.
func monthOfThatYear(toks []Token, ds DateSpan, lang *Language, last pledgegraph.Date) DateSpan {
	if ds.Relative || ds.Date.Month == 0 || ds.Date.Day > 0 || last.IsZero() || ds.J-ds.I > 2 {
		return ds
	}
	if ds.I > 0 && lang.ThatMonth[toks[ds.I-1].Fold] {
		ds.Date.Year, ds.I = last.Year, ds.I-1
		return ds
	}
	q := ds.J
	if q < len(toks) && lang.ownerPrep(toks[q].Fold) {
		q++ // "en août de cette année-là"
	}
	for _, r := range lang.afterYears {
		if matchPhrase(toks, q, r.phrase) {
			ds.Date.Year, ds.J = last.Year+r.off, q+len(r.phrase)
			return ds
		}
	}
	return ds
}

// toCome moves a month written without its year after a cue of the
// future in its clause ("will attend the summit in November", "doit se
// tenir à Tunis en novembre", "est prévue en juillet") to the first such
// month on or after the publication, when the year its context gave
// would put it before; it returns ds unchanged otherwise.
func toCome(toks []Token, ds DateSpan, lang *Language, published pledgegraph.Date) DateSpan {
	if ds.Relative || ds.Date.Month == 0 || published.Month == 0 ||
		ds.Date.Year*12+ds.Date.Month >= published.Year*12+published.Month {
		return ds
	}
	for q := ds.I; q < ds.J; q++ {
		if _, ok := yearNum(toks[q]); ok {
			return ds // its own year
		}
	}
	for b := ds.I - 1; b >= 0 && b >= ds.I-14 && !isClauseEnd(toks[b].Text); b-- {
		if lang.Future.MatchAt(toks, b) > 0 {
			y := published.Year
			if ds.Date.Month < published.Month {
				y++
			}
			if !ds.End.IsZero() {
				ds.End.Year += y - ds.Date.Year
			}
			ds.Date.Year = y
			return ds
		}
	}
	return ds
}

// lastMonth gives a month written without its year, with "dernier"
// after it or "last" before it ("en décembre dernier", "last December"),
// the year of the last such month before the publication; it returns ds
// unchanged otherwise.
func lastMonth(toks []Token, ds DateSpan, lang *Language, published pledgegraph.Date) DateSpan {
	if ds.Relative || ds.Date.Month == 0 || published.Month == 0 || ds.J-ds.I > 2 {
		return ds
	}
	before, after := lastAround(toks, ds.I, ds.J, lang)
	if !after && !before {
		return ds
	}
	y := published.Year
	if ds.Date.Month >= published.Month {
		y--
	}
	ds.Date.Year = y
	if after {
		ds.J++
	}
	return ds
}

// isLastWord reports whether t is a word of lastMonth ("last", "dernier").
func isLastWord(lang *Language, t Token) bool {
	_, ok := lang.LastMonth[t.Fold]
	return ok
}

// isClauseEnd reports whether punctuation p ends a clause for a cue
// before a date: a period, a semicolon, a colon or a comma.
func isClauseEnd(p string) bool {
	return p == "." || p == ";" || p == ":" || p == ","
}

// digitFirst reports whether t begins with a digit.
func digitFirst(t Token) bool {
	return len(t.Fold) > 0 && t.Fold[0] >= '0' && t.Fold[0] <= '9'
}

// dayNum reads a day of the month: "12", "12th", "1er".
func dayNum(t Token) (int, bool) {
	if !digitFirst(t) {
		return 0, false
	}
	s := strings.TrimSuffix(strings.TrimSuffix(t.Fold, "er"), "st")
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "nd"), "rd"), "th")
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 || v > 31 || len(s) > 2 {
		return 0, false
	}
	return v, true
}

// yearNum reads a year of four figures from 1900 to 2100.
func yearNum(t Token) (int, bool) {
	if !t.Number || len(t.Text) != 4 {
		return 0, false
	}
	v, _ := strconv.Atoi(t.Text)
	return v, v >= 1900 && v <= 2100
}

// earlyYear reads, after a preposition of time, a year of four figures
// before 1900 ("in 1781", "en 1864"), when no count noun follows it
// ("in 1500 companies") and it is no count of the last ones ("in the
// last 1500 days").
func earlyYear(toks []Token, i int, lang *Language) (int, bool) {
	t := toks[i]
	if !t.Number || len(t.Text) != 4 || i+1 < len(toks) && lang.CountNouns[toks[i+1].Fold] != "" || isLastWord(lang, toks[i-1]) {
		return 0, false
	}
	v, err := strconv.Atoi(t.Text)
	return v, err == nil && v >= 1000 && v < 1900
}

// month returns the month named at toks[i] and the tokens its name
// takes ("Nov."), or 0, 0.
func (l *Language) month(toks []Token, i int) (int, int) {
	if i >= len(toks) {
		return 0, 0
	}
	m, ok := l.Months[toks[i].Fold]
	if !ok {
		return 0, 0
	}
	n := 1
	if i+1 < len(toks) && toks[i+1].Text == "." && toks[i].End == toks[i+1].Start {
		n = 2 // "Nov."
	}
	return m, n
}

// explicitYear reports whether the date expression ds writes its year.
func explicitYear(toks []Token, ds DateSpan) bool {
	for q := ds.I; q < ds.J && q < len(toks); q++ {
		if _, ok := yearNum(toks[q]); ok {
			return true
		}
	}
	return false
}

// yearRef is the date a day or a month written without a year takes
// its year from: the publication, or a date the text gave (text).
type yearRef struct {
	pledgegraph.Date
	text      bool
	published pledgegraph.Date
}

// fillYear gives a day and month without year the year of ref, or the
// year before when that would put it more than two months after ref: a
// story looks back from its publication. From a date the text gave, a
// story told forward stays in that date's year unless that puts it after
// the publication ("opened on 26 April 1954 … On 21 July" is July 1954).
func fillYear(m, d int, ref yearRef) (pledgegraph.Date, bool) {
	if ref.IsZero() {
		return pledgegraph.Date{}, false
	}
	dt := pledgegraph.Date{Year: ref.Year, Month: m, Day: d}
	forward := ref.text && validDate(dt) && (ref.published.IsZero() || dt.Compare(ref.published) <= 0)
	if ref.Month > 0 && m-ref.Month > 2 && !forward {
		dt.Year--
	}
	return dt, true
}

// validDate reports whether d is a date of the calendar.
func validDate(d pledgegraph.Date) bool {
	_, err := pledgegraph.ParseDate(d.String())
	return err == nil && !d.IsZero()
}

// dateAt returns the date expression that starts at toks[i]: an absolute
// date, one relative to the publication date, or one counted from last
// (see FindDatesAfter).
func dateAt(toks []Token, text string, i int, lang *Language, published, ref, last pledgegraph.Date) (DateSpan, bool) {
	t := toks[i]
	if !digitFirst(t) && !t.may(lexDate) {
		return DateSpan{}, false // every date starts with a number or a date word
	}
	if ds, ok := isoDate(toks, text, i); ok {
		return ds, true
	}
	if ds, ok := slashDate(toks, i, lang); ok {
		return ds, true
	}
	start := i
	yr := yearRef{Date: ref, text: ref != published, published: published}
	// optional weekday: "lundi 12 novembre", « du mardi 15 au mercredi 23
	// octobre », "Tuesday, October 15"
	if _, ok := lang.Weekdays[t.Fold]; ok && i+2 < len(toks) {
		if _, ok := dayNum(toks[i+1]); ok {
			if m, _ := lang.month(toks, i+2); m > 0 || lang.RangeTo[toks[i+2].Fold] || toks[i+2].Text == "-" {
				i++
			}
		} else if m, _ := lang.month(toks, i+2); toks[i+1].Text == "," && m > 0 {
			i += 2
		}
	}
	if ds, ok := dayRange(toks, start, i, lang, yr); ok {
		return ds, true
	}
	if ds, ok := dayMonthDate(toks, start, i, lang, yr); ok {
		return ds, true
	}
	if ds, ok := monthDayDate(toks, start, i, lang, yr); ok {
		return ds, true
	}
	if ds, ok := prepDate(toks, start, lang, yr); ok {
		return ds, true
	}
	if ds, ok := laterDate(toks, start, lang, last); ok {
		return ds, true
	}
	if ds, ok := laterDate(toks, start, lang, ref); ok {
		return ds, true // "on 23 October … published in December. The next day": the last day given
	}
	return relativeDate(toks, start, lang, published)
}

// laterDate reads at toks[i] a date counted from ref, the last date the
// text gave ("le lendemain", "a month later", "l'année suivante"), as
// precise as both are: days need ref's day, months its month.
func laterDate(toks []Token, i int, lang *Language, ref pledgegraph.Date) (DateSpan, bool) {
	return offsetDate(toks, i, ref, lang.afterYears, lang.afterMonths, lang.afterDays)
}

// offsetDate reads at toks[i] a phrase of years, months or days counted
// from the date at, as precise as at is: months need its month, days its
// day.
func offsetDate(toks []Token, i int, at pledgegraph.Date, years, months, days []relPhrase) (DateSpan, bool) {
	if at.IsZero() {
		return DateSpan{}, false
	}
	for _, r := range years {
		if matchPhrase(toks, i, r.phrase) {
			return DateSpan{I: i, J: i + len(r.phrase), Date: pledgegraph.Date{Year: at.Year + r.off}, Relative: true}, true
		}
	}
	for _, r := range months {
		if at.Month > 0 && matchPhrase(toks, i, r.phrase) {
			t := at.First().AddDate(0, r.off, 0)
			return DateSpan{I: i, J: i + len(r.phrase), Date: pledgegraph.Date{Year: t.Year(), Month: int(t.Month())}, Relative: true}, true
		}
	}
	for _, r := range days {
		if at.Day > 0 && matchPhrase(toks, i, r.phrase) {
			return DateSpan{I: i, J: i + len(r.phrase), Date: pledgegraph.DateOf(at.First().AddDate(0, 0, r.off)), Relative: true}, true
		}
	}
	return DateSpan{}, false
}

// isoDate reads a date written yyyy-mm or yyyy-mm-dd at toks[i].
func isoDate(toks []Token, text string, i int) (DateSpan, bool) {
	t := toks[i]
	if y, ok := yearNum(t); ok && i+1 < len(toks) && toks[i+1].Number && len(toks[i+1].Text) == 2 && text[t.End:toks[i+1].Start] == "-" {
		m, _ := strconv.Atoi(toks[i+1].Text)
		d := pledgegraph.Date{Year: y, Month: m}
		j := i + 2
		if j < len(toks) && toks[j].Number && len(toks[j].Text) == 2 && text[toks[j-1].End:toks[j].Start] == "-" {
			d.Day, _ = strconv.Atoi(toks[j].Text)
			j++
		}
		if validDate(d) {
			return DateSpan{I: i, J: j, Date: d}, true
		}
	}
	return DateSpan{}, false
}

// slashDate reads a date written dd/mm/yyyy at toks[i], or mm/dd/yyyy
// where the language allows it and the second number is no month.
func slashDate(toks []Token, i int, lang *Language) (DateSpan, bool) {
	t := toks[i]
	if t.Number && len(t.Text) <= 2 && i+4 < len(toks) && toks[i+1].Text == "/" && toks[i+2].Number && toks[i+3].Text == "/" {
		if y, ok := yearNum(toks[i+4]); ok {
			d, _ := strconv.Atoi(t.Text)
			m, _ := strconv.Atoi(toks[i+2].Text)
			if lang.MonthFirst && m > 12 {
				d, m = m, d
			}
			dt := pledgegraph.Date{Year: y, Month: m, Day: d}
			if validDate(dt) {
				return DateSpan{I: i, J: i + 5, Date: dt}, true
			}
		}
	}
	return DateSpan{}, false
}

// dayRange reads a span of days of a month at toks[i] ("du 11 au 13
// novembre 2018", "11-13 November", "les 8 et 9 juillet", "on 8 and 9
// July"); the expression starts at toks[start]
// (a weekday before the day).
func dayRange(toks []Token, start, i int, lang *Language, ref yearRef) (DateSpan, bool) {
	d1, ok := dayNum(toks[i])
	if !ok || i+3 >= len(toks) || !(lang.RangeTo[toks[i+1].Fold] || toks[i+1].Text == "-" || lang.is(wsAndJoin, &toks[i+1])) {
		return DateSpan{}, false
	}
	if _, ok := lang.Weekdays[toks[i+2].Fold]; ok && i+4 < len(toks) {
		i++ // « du mardi 15 au mercredi 23 octobre »: the second weekday
	}
	d2, ok := dayNum(toks[i+2])
	if !ok {
		return DateSpan{}, false
	}
	m, n := lang.month(toks, i+3)
	if m == 0 {
		return DateSpan{}, false
	}
	j := i + 3 + n
	var a, b pledgegraph.Date
	if j < len(toks) {
		if y, ok := yearNum(toks[j]); ok {
			a, b = pledgegraph.Date{Year: y, Month: m, Day: d1}, pledgegraph.Date{Year: y, Month: m, Day: d2}
			j++
		}
	}
	if a.IsZero() {
		a, _ = fillYear(m, d1, ref)
		b, _ = fillYear(m, d2, ref)
	}
	if validDate(a) && validDate(b) {
		return DateSpan{I: start, J: j, Date: a, End: b}, true
	}
	return DateSpan{}, false
}

// dayMonthDate reads a day, a month and an optional year at toks[i]
// ("12 novembre 2018", "15th June, 2020", "12 novembre"); the expression
// starts at toks[start].
func dayMonthDate(toks []Token, start, i int, lang *Language, ref yearRef) (DateSpan, bool) {
	d, ok := dayNum(toks[i])
	if !ok {
		return DateSpan{}, false
	}
	m, n := lang.month(toks, i+1)
	if m == 0 && i+1 < len(toks) && lang.OfPrep[toks[i+1].Fold] && lang.ordinalAt(toks, i) > 0 {
		if m, n = lang.month(toks, i+2); m > 0 {
			n++ // "the 22nd of April"
		}
	}
	if m == 0 {
		return DateSpan{}, false
	}
	j := i + 1 + n
	if y := j + 1; y < len(toks) && toks[j].Text == "," && toks[y].Number && len(toks[y].Text) == 4 {
		j = y
	}
	return withYear(toks, start, j, j, m, d, ref)
}

// withYear returns the date of day d of month m with the year at toks[y]
// when one stands there (the expression ending after it), else in the
// year ref gives (the expression ending at end).
func withYear(toks []Token, start, y, end, m, d int, ref yearRef) (DateSpan, bool) {
	if y < len(toks) {
		if yr, ok := yearNum(toks[y]); ok {
			dt := pledgegraph.Date{Year: yr, Month: m, Day: d}
			if validDate(dt) {
				return DateSpan{I: start, J: y + 1, Date: dt}, true
			}
		}
	}
	if dt, ok := fillYear(m, d, ref); ok && validDate(dt) {
		return DateSpan{I: start, J: end, Date: dt}, true
	}
	return DateSpan{}, false
}

// monthDayDate reads a month, then a day and an optional year or a year
// alone, at toks[i] ("November 12, 2018", "Nov 12", "novembre 2021"); the
// expression starts at toks[start].
func monthDayDate(toks []Token, start, i int, lang *Language, ref yearRef) (DateSpan, bool) {
	m, n := lang.month(toks, i)
	j := i + n
	if m == 0 || j >= len(toks) {
		return DateSpan{}, false
	}
	if d, ok := dayNum(toks[j]); ok && !(toks[j].Number && len(toks[j].Text) == 4) {
		k := j + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if ds, ok := withYear(toks, start, k, j+1, m, d, ref); ok {
			return ds, true
		}
	}
	if y, ok := yearNum(toks[j]); ok {
		return DateSpan{I: start, J: j + 1, Date: pledgegraph.Date{Year: y, Month: m}}, true
	}
	return DateSpan{}, false
}

// prepDate reads a year or a month alone after "en", "dès", "in" at
// toks[i]: "refusé en 2018"; a month is the last such month by ref.
func prepDate(toks []Token, i int, lang *Language, ref yearRef) (DateSpan, bool) {
	if i > 0 && lang.ThatMonth[toks[i-1].Fold] && i+1 < len(toks) && toks[i+1].Punct {
		if m, _ := lang.month(toks, i); m > 0 && !ref.IsZero() {
			return DateSpan{I: i, J: i + 1, Date: pledgegraph.Date{Year: ref.Year, Month: m}}, true // "that August,": see monthOfThatYear
		}
	}
	if i == 0 || !lang.YearPreps[toks[i-1].Fold] {
		return DateSpan{}, false
	}
	if y, ok := yearNum(toks[i]); ok {
		return DateSpan{I: i, J: i + 1, Date: pledgegraph.Date{Year: y}}, true
	}
	if y, ok := earlyYear(toks, i, lang); ok {
		return DateSpan{I: i, J: i + 1, Date: pledgegraph.Date{Year: y}}, true // "ratified in 1781"
	}
	if m, n := lang.month(toks, i); m > 0 && !ref.IsZero() && (n == 2 || lang.Numbers[toks[i].Fold] == 0) {
		// ("des sept États": "sept" without its period is the number)
		if dt, ok := fillYear(m, 0, ref); ok {
			return DateSpan{I: i, J: i + n, Date: dt}, true
		}
	}
	return DateSpan{}, false
}

// relativeDate reads a date relative to the publication date at toks[i]:
// a year or a month ("l'an dernier", "last month"), as precise as the
// publication date is, a day ("hier", "aujourd'hui", "last week") or a
// weekday, when it is known to the day.
func relativeDate(toks []Token, i int, lang *Language, published pledgegraph.Date) (DateSpan, bool) {
	if ds, ok := agoDate(toks, i, lang, published); ok {
		return ds, ok
	}
	if ds, ok := offsetDate(toks, i, published, lang.relYears, lang.relMonths, lang.relDays); ok || published.Day == 0 {
		return ds, ok
	}
	return weekdayDate(toks, i, lang, published)
}

// agoDate reads at toks[i] a count of years back from the publication
// date, in figures or in words ("seventy-five years ago", "il y a 75
// ans"): that year, or that very day when the phrase says so ("to the
// day", "jour pour jour").
func agoDate(toks []Token, i int, lang *Language, published pledgegraph.Date) (DateSpan, bool) {
	if published.IsZero() {
		return DateSpan{}, false
	}
	for _, a := range lang.agoYears {
		n, years := countedPhrase(toks, i, a.phrase, lang)
		if n == 0 || years <= 0 || years >= published.Year {
			continue
		}
		d := pledgegraph.Date{Year: published.Year - years}
		if a.off == 1 && published.Day > 0 {
			d.Month, d.Day = published.Month, published.Day
		}
		return DateSpan{I: i, J: i + n, Date: d, Relative: true}, true
	}
	return DateSpan{}, false
}

// countedPhrase matches at toks[i] the phrase p, whose word "#" stands
// for a number in figures or in words; it returns the tokens matched
// and the number, or 0.
func countedPhrase(toks []Token, i int, p Phrase, lang *Language) (int, int) {
	q, v := i, 0
	for _, w := range p {
		if q >= len(toks) {
			return 0, 0
		}
		if w != "#" {
			if toks[q].Fold != w {
				return 0, 0
			}
			q++
			continue
		}
		if toks[q].Number && len(toks[q].Text) <= 4 {
			v, _ = strconv.Atoi(toks[q].Text)
			q++
			continue
		}
		n, k := lang.numberWords(toks, q)
		if k == 0 {
			return 0, 0
		}
		v, q = n, q+k
	}
	return q - i, v
}

// lastAround reports whether the word of the last such month or day
// stands before the date at toks[i:j] ("last December", "last Friday")
// or after it ("en décembre dernier", "vendredi dernier").
func lastAround(toks []Token, i, j int, lang *Language) (before, after bool) {
	if i > 0 {
		a, ok := lang.LastMonth[toks[i-1].Fold]
		before = ok && !a
	}
	return before, j < len(toks) && lang.LastMonth[toks[j].Fold]
}

// weekdayDate reads a weekday at toks[i] ("lundi", "ce lundi"): the last
// such day on or before the publication date, or the next one after a
// cue of the future ("doit participer vendredi", "will attend on
// Friday").
func weekdayDate(toks []Token, i int, lang *Language, published pledgegraph.Date) (DateSpan, bool) {
	wd, ok := lang.Weekdays[toks[i].Fold]
	if !ok {
		return DateSpan{}, false
	}
	pub := published.First()
	for b := max(0, i-6); b < i; b++ {
		if lang.Future.MatchAt(toks, b) > 0 {
			ahead := (wd - int(pub.Weekday()) + 7) % 7
			return DateSpan{I: i, J: i + 1, Date: pledgegraph.DateOf(pub.AddDate(0, 0, ahead)), Relative: true}, true
		}
	}
	back := (int(pub.Weekday()) - wd + 7) % 7
	if before, after := lastAround(toks, i, i+1, lang); back == 0 && (before || after) {
		back = 7 // "last Friday", "vendredi dernier" in a Friday's paper: a week before
	}
	return DateSpan{I: i, J: i + 1, Date: pledgegraph.DateOf(pub.AddDate(0, 0, -back)), Relative: true}, true
}
