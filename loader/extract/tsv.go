package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// eachRow calls fn with the number and the tab-separated fields of each
// line of data that is neither blank nor a comment ("#"), and stops at
// the first error; a line with another number of fields than want is
// an error (want 0 accepts any).
func eachRow(data []byte, want int, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if want > 0 && len(f) != want {
			return fmt.Errorf("line %d: want %d tab-separated fields, got %d", n, want, len(f))
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}
