package loader

import (
	"context"
	"errors"
	"log/slog"

	"github.com/pledgegraph/pledgegraph"
)

// Report is what loading one document gave.
type Report struct {
	Doc      pledgegraph.DocumentID
	Entities int
	Facts    int // facts stated or inferred, reference facts aside
	Counts   int
	Warnings []string
	Err      error // nil when the extraction was written
}

// Summary totals a Load.
type Summary struct {
	Documents int
	Failed    int
	Entities  int
	Facts     int
	Counts    int
	Warnings  int
}

// Load extracts each document and writes it with one WriteExtraction
// call, calling report (when not nil) after each document. A failing
// document is reported and skipped; Load returns the summary and the
// joined *DocError of the failures, or ctx's error if it is cancelled.
func Load(ctx context.Context, w pledgegraph.GraphWriter, docs []*pledgegraph.Document, report func(Report)) (Summary, error) {
	var sum Summary
	var errs []error
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		x := Extract(d)
		r := Report{Doc: d.ID, Entities: len(x.Entities), Counts: len(x.Counts), Warnings: x.Warnings}
		for _, f := range x.Facts {
			if !f.Reference {
				r.Facts++
			}
		}
		if err := w.WriteExtraction(ctx, x); err != nil {
			r.Err = &DocError{Path: d.Source, DocID: d.ID, Offset: -1, Err: err}
			errs = append(errs, r.Err)
			sum.Failed++
			slog.WarnContext(ctx, "loader: write failed", "doc", d.ID, "err", err)
		} else {
			sum.Entities += r.Entities
			sum.Facts += r.Facts
			sum.Counts += r.Counts
		}
		sum.Documents++
		sum.Warnings += len(r.Warnings)
		if report != nil {
			report(r)
		}
	}
	return sum, errors.Join(errs...)
}
