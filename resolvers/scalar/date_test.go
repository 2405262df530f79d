package scalar

import (
	"bytes"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestMarshalDate(t *testing.T) {
	tests := []struct {
		in   pledgegraph.Date
		want string
	}{
		{pledgegraph.Date{}, "null"},
		{pledgegraph.Date{Year: 2018}, `"2018"`},
		{pledgegraph.Date{Year: 2021, Month: 11}, `"2021-11"`},
		{pledgegraph.Date{Year: 2018, Month: 11, Day: 12}, `"2018-11-12"`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			var b bytes.Buffer
			MarshalDate(tt.in).MarshalGQL(&b)
			if got := b.String(); got != tt.want {
				t.Errorf("MarshalDate(%v) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnmarshalDate(t *testing.T) {
	tests := []struct {
		name    string
		in      any
		want    pledgegraph.Date
		wantErr string
	}{
		{"year", "2019", pledgegraph.Date{Year: 2019}, ""},
		{"day", "2019-01-02", pledgegraph.Date{Year: 2019, Month: 1, Day: 2}, ""},
		{"empty", "", pledgegraph.Date{}, ""},
		{"no month 13", "2019-13", pledgegraph.Date{}, `invalid Date "2019-13": does not exist`},
		{"bad form", "01/02/2019", pledgegraph.Date{}, `invalid Date "01/02/2019": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"not a string", 2019, pledgegraph.Date{}, `invalid Date 2019: want a string YYYY, YYYY-MM or YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := UnmarshalDate(tt.in)
			if got != tt.want {
				t.Errorf("UnmarshalDate(%v) = %v, want %v", tt.in, got, tt.want)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("UnmarshalDate(%v) error %v, want none", tt.in, err)
			case tt.wantErr != "" && (pledgegraph.ErrorMessage(err) != tt.wantErr || pledgegraph.ErrorCode(err) != pledgegraph.EINVALID):
				t.Errorf("UnmarshalDate(%v) error %v, want invalid %q", tt.in, err, tt.wantErr)
			}
		})
	}
}
