package pledgegraph_test

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    pledgegraph.Date
		wantErr bool
	}{
		{"year", "2018", pledgegraph.Date{Year: 2018}, false},
		{"month", "2021-11", pledgegraph.Date{Year: 2021, Month: 11}, false},
		{"day", "2018-11-12", pledgegraph.Date{Year: 2018, Month: 11, Day: 12}, false},
		{"empty", "", pledgegraph.Date{}, false},
		{"bad month", "2019-13", pledgegraph.Date{}, true},
		{"bad day", "2019-02-30", pledgegraph.Date{}, true},
		{"short month", "2019-1", pledgegraph.Date{}, true},
		{"words", "novembre", pledgegraph.Date{}, true},
		{"too many parts", "2019-01-01-01", pledgegraph.Date{}, true},
		{"negative", "2019--1", pledgegraph.Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pledgegraph.ParseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseDate(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				if code := pledgegraph.ErrorCode(err); code != pledgegraph.EINVALID {
					t.Errorf("ParseDate(%q) code = %q, want %q", tt.in, code, pledgegraph.EINVALID)
				}
				return
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.in {
				t.Errorf("ParseDate(%q).String() = %q, want the input back", tt.in, s)
			}
		})
	}
}

func TestDateStartedBy(t *testing.T) {
	d := pledgegraph.MustDate
	tests := []struct {
		name        string
		since, asOf pledgegraph.Date
		want        bool
	}{
		{"month within year", d("2021-11"), d("2021"), true},
		{"month by its last day", d("2021-11"), d("2021-11-30"), true},
		{"month after", d("2021-11"), d("2021-10"), false},
		{"day before", d("2018-11-12"), d("2019-01-01"), true},
		{"day after", d("2021-11-01"), d("2019-01-01"), false},
		{"undated", pledgegraph.Date{}, d("2019"), true},
		{"no bound", d("2030"), pledgegraph.Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.since.StartedBy(tt.asOf); got != tt.want {
				t.Errorf("%v.StartedBy(%v) = %v, want %v", tt.since, tt.asOf, got, tt.want)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	d := pledgegraph.MustDate
	tests := []struct {
		a, b pledgegraph.Date
		want int
	}{
		{d("2018-11-12"), d("2021-11"), -1},
		{d("2021-11"), d("2021-11-01"), 1},
		{d("2021"), d("2021"), 0},
		{pledgegraph.Date{}, d("1999"), 1},
		{d("1999"), pledgegraph.Date{}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.a.String()+"_"+tt.b.String(), func(t *testing.T) {
			if got := tt.a.Compare(tt.b); got != tt.want {
				t.Errorf("%v.Compare(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
