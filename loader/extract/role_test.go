package extract

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestHolder(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, office, key, at, want string
	}{
		{"in office", "president", "FR", "2019-05-16", "Emmanuel Macron"},
		{"head of state", "head-of-state", "FR", "2014-03", "François Hollande"},
		{"a year with two holders", "president", "FR", "2017", ""},
		{"monarch", "monarch", "GB", "2023-05-06", "Charles III"},
		{"second term", "president", "US", "2025-06-01", "Donald Trump"},
		{"body", "secretary-general", "OTAN", "2020", "Jens Stoltenberg"},
		{"unknown office", "president", "NZ", "2020", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			at, err := pledgegraph.ParseDate(tc.at)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if e := ref.Holder(tc.office, tc.key, at); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("Holder(%q, %q, %s) = %q, want %q", tc.office, tc.key, tc.at, got, tc.want)
			}
		})
	}
}

func TestOfficeOf(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, person, office, want string
	}{
		{"terms of office", "Kamala Harris", "vice-president", "États-Unis"},
		{"any office", "Jean-Yves Le Drian", "", "France"},
		{"gazetteer office", "Brad Smith", "president", "Microsoft"},
		{"body of the office", "Mark Rutte", "secretary-general", "OTAN"},
		{"unknown person", "Jane Doe", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if e := ref.OfficeOf(tc.person, tc.office); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("OfficeOf(%q, %q) = %q, want %q", tc.person, tc.office, got, tc.want)
			}
		})
	}
}
