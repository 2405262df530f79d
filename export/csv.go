package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"strconv"

	"github.com/pledgegraph/pledgegraph"
)

// csvHeader names the columns of a CSV export.
var csvHeader = []string{
	"fact_id", "subject_id", "subject", "predicate", "object_id", "object",
	"negated", "inferred", "reference", "since", "confidence",
	"document", "quote", "rule",
}

// Indexes of the evidence columns of csvHeader.
const (
	colDocument = 11
	colQuote    = 12
	colRule     = 13
)

// writeCSV writes a header row, then one row per fact and piece of
// evidence; a fact without evidence gets one row with empty evidence
// columns. Object names come from the page or from the source's batch
// read; they are empty when neither knows the object.
func writeCSV(ctx context.Context, src Source, w *bufio.Writer) (Stats, error) {
	cw := csv.NewWriter(w) // w is large enough for csv to write to it directly
	if err := cw.Write(csvHeader); err != nil {
		return Stats{}, fmt.Errorf("export csv: write: %w", err)
	}
	names := newNamer(src)
	var st Stats
	err := eachSubject(ctx, src, names, func(e *pledgegraph.Entity, facts []*pledgegraph.Fact) error {
		st.Entities++
		for _, f := range facts {
			if err := writeFactRows(cw, f, e.Name, names.name(f.Object)); err != nil {
				return fmt.Errorf("export csv: write: %w", err)
			}
			st.Facts++
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return st, fmt.Errorf("export csv: write: %w", err)
	}
	return st, nil
}

// writeFactRows writes the rows of fact f, whose subject and object are
// named subject and object.
func writeFactRows(cw *csv.Writer, f *pledgegraph.Fact, subject, object string) error {
	row := []string{
		string(f.ID), string(f.Subject), subject, string(f.Predicate),
		string(f.Object), object,
		strconv.FormatBool(f.Negated), strconv.FormatBool(f.Inferred),
		strconv.FormatBool(f.Reference), f.Since.String(),
		strconv.FormatFloat(f.Confidence, 'f', -1, 64),
		"", "", "",
	}
	if len(f.Evidence) == 0 {
		return cw.Write(row)
	}
	for _, ev := range f.Evidence {
		row[colDocument], row[colQuote], row[colRule] = string(ev.Document), ev.Quote, ev.Rule
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}
