package extract

import "testing"

func TestEachRow(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		rows    int
		wantErr bool
	}{
		{"rows, comments and blank lines", "# a comment\na\tb\n\nc\td\n", 2, 2, false},
		{"a line with too few fields", "a\tb\nc\n", 2, 1, true},
		{"any number of fields", "a\nb\tc\td\n", 0, 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := 0
			err := eachRow([]byte(tc.in), tc.want, func(int, []string) error { rows++; return nil })
			if (err != nil) != tc.wantErr || rows != tc.rows {
				t.Errorf("eachRow(%q) = %d rows, error %v; want %d rows, error %v", tc.in, rows, err, tc.rows, tc.wantErr)
			}
		})
	}
}
