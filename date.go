package pledgegraph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to the year, the month or the day, as
// news text gives it ("2018", "novembre 2021", "12 novembre 2018"). The
// zero Date means unknown.
type Date struct {
	Year  int // 0 when unknown
	Month int // 1–12, 0 when only the year is known
	Day   int // 1–31, 0 when only the year or month is known
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". The empty string
// gives the zero Date. Other input returns an EINVALID error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	var parts [3]string
	np := 0
	for rest, more := s, true; more; np++ {
		if np == len(parts) {
			return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		parts[np], rest, more = strings.Cut(rest, "-")
	}
	if len(parts[0]) != 4 {
		return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts[:np] {
		if (i > 0 && len(p) != 2) || p == "" {
			return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, Errorf(EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if !d.valid() {
		return Date{}, Errorf(EINVALID, "date %q does not exist", s)
	}
	return d, nil
}

// MustDate is ParseDate for literals known to be valid; it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the day of t.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func (d Date) valid() bool {
	if d.Year < 1 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Day == 0 {
		return true
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", and the
// zero Date as "".
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Year < 0 || d.Month < 0 || d.Day < 0:
		return d.format()
	}
	var buf [len("YYYY-MM-DD") + 8]byte
	b := appendDigits(buf[:0], d.Year, 4)
	if d.Month > 0 {
		b = appendDigits(append(b, '-'), d.Month, 2)
		if d.Day > 0 {
			b = appendDigits(append(b, '-'), d.Day, 2)
		}
	}
	return string(b)
}

// format is String through fmt, for dates of negative numbers.
func (d Date) format() string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// appendDigits appends the decimal digits of v ≥ 0 to b, with leading
// zeros up to width digits.
func appendDigits(b []byte, v, width int) []byte {
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], int64(v), 10)
	for k := len(digits); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// First returns the first day the date covers: 2021-11 gives 1 November 2021.
func (d Date) First() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day the date covers: 2021-11 gives 30 November 2021.
func (d Date) Last() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Compare orders dates by their first day, then the more precise first:
// -1 if d comes before e, +1 if after, 0 if equal. Zero dates sort last.
func (d Date) Compare(e Date) int {
	switch {
	case d == e:
		return 0
	case d.IsZero():
		return 1
	case e.IsZero():
		return -1
	}
	if c := d.First().Compare(e.First()); c != 0 {
		return c
	}
	// Same first day: the less precise one covers more, so it sorts after.
	if d.Last().Before(e.Last()) {
		return -1
	}
	return 1
}

// StartedBy reports whether something that started at d had started by the
// end of asOf: a fact since 2021-11 holds as of 2021 and as of 2021-11-30,
// not as of 2021-10. A zero d (undated) or zero asOf (no bound) gives true.
func (d Date) StartedBy(asOf Date) bool {
	if d.IsZero() || asOf.IsZero() {
		return true
	}
	return !d.First().After(asOf.Last())
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
