package graph

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	pg "github.com/pledgegraph/pledgegraph"
)

// TestNQuadsRoundTrip checks on every backend that an export imported
// into a new store and exported again gives the same quads, that the new
// store answers as the old one, and that an import refuses a store that
// is not empty and a malformed file, writing nothing then.
func TestNQuadsRoundTrip(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) {
			ctx := t.Context()
			src := open(t)
			write(t, src, extraction1(), extraction2())
			var first bytes.Buffer
			n, err := src.ExportNQuads(ctx, &first)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 || n != int64(strings.Count(first.String(), "\n")) {
				t.Fatalf("export wrote %d quads in %d lines", n, strings.Count(first.String(), "\n"))
			}
			dst := open(t)
			var seen []int64
			got, err := dst.ImportNQuads(ctx, bytes.NewReader(first.Bytes()), func(done, total int64) { seen = append(seen, done, total) })
			if err != nil {
				t.Fatal(err)
			}
			if got != n || len(seen) < 2 || seen[len(seen)-2] != n || seen[len(seen)-1] != n {
				t.Errorf("import wrote %d quads (progress %v), want %d", got, seen, n)
			}
			var second bytes.Buffer
			if _, err := dst.ExportNQuads(ctx, &second); err != nil {
				t.Fatal(err)
			}
			if a, b := sortedLines(first.String()), sortedLines(second.String()); !slices.Equal(a, b) {
				t.Errorf("export → import → export changed the quads:\n%s\nthen\n%s", first.String(), second.String())
			}
			if a, b := facts(t, src), facts(t, dst); a != b {
				t.Errorf("the imported store answers\n%s\nthe exported one\n%s", b, a)
			}
			a, err := src.Totals(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if b, err := dst.Totals(ctx); err != nil || !reflect.DeepEqual(a, b) {
				t.Errorf("the imported store's totals = %+v, %v, want the exported one's, %+v", b, err, a)
			}
			if _, _, ok, err := dst.storedTotals(ctx); err != nil || !ok {
				t.Errorf("the imported store keeps no totals (%v)", err)
			}

			if _, err := dst.ImportNQuads(ctx, bytes.NewReader(first.Bytes()), nil); pg.ErrorCode(err) != pg.ECONFLICT {
				t.Errorf("import into a store that is not empty = %v, want %s", err, pg.ECONFLICT)
			}
			bad := open(t)
			lines := strings.SplitAfter(first.String(), "\n")
			broken := strings.Join(lines[:3], "") + "<a> <b> \"unterminated .\n" + strings.Join(lines[3:], "")
			_, err = bad.ImportNQuads(ctx, strings.NewReader(broken), nil)
			if pg.ErrorCode(err) != pg.EINVALID || !strings.Contains(err.Error(), "line 4") {
				t.Errorf("import of a malformed line 4 = %v, want %s naming line 4", err, pg.EINVALID)
			}
			if empty, err := bad.Empty(ctx); err != nil || !empty {
				t.Errorf("after a refused import the store is empty = %v (%v), want true", empty, err)
			}
		})
	}
}

func sortedLines(s string) []string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(l)
	return l
}

// facts describes every fact s holds with its evidence.
func facts(t *testing.T, s *Store) string {
	t.Helper()
	fs, err := s.FindFacts(t.Context(), pg.FactFilter{IncludeReference: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %s %s %v %v:", f.ID, f.Subject, f.Predicate, f.Object, f.Negated, f.Since)
		for _, ev := range f.Evidence {
			fmt.Fprintf(&b, " %s %q %d", ev.Document, ev.Quote, ev.Start)
		}
		b.WriteString("\n")
	}
	return b.String()
}
