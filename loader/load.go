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
	return LoadWith(ctx, w, docs, LoadOptions{}, report)
}

// LoadOptions adjust LoadWith.
type LoadOptions struct {
	// Jobs is how many documents are extracted at once (1 when zero or
	// less). Writes stay one transaction per document, in the order of
	// docs.
	Jobs int
	// Replace stores a changed text in place of the stored one (through
	// the writer's ReplaceExtraction) instead of refusing it with
	// ECONFLICT.
	Replace bool
}

// replacer is a GraphWriter that can also replace a stored document.
type replacer interface {
	ReplaceExtraction(ctx context.Context, x *pledgegraph.Extraction) (bool, error)
}

// LoadWith is Load with options: extraction runs on opts.Jobs goroutines
// while the writes follow one another in the order of docs.
func LoadWith(ctx context.Context, w pledgegraph.GraphWriter, docs []*pledgegraph.Document, opts LoadOptions, report func(Report)) (Summary, error) {
	jobs := max(opts.Jobs, 1)
	// extractions[i] receives the extraction of docs[i]
	extractions := make([]chan *pledgegraph.Extraction, len(docs))
	for i := range extractions {
		extractions[i] = make(chan *pledgegraph.Extraction, 1)
	}
	work := make(chan int)
	ectx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range jobs {
		go func() {
			for i := range work {
				extractions[i] <- Extract(docs[i])
			}
		}()
	}
	go func() {
		defer close(work)
		for i := range docs {
			select {
			case work <- i:
			case <-ectx.Done():
				return
			}
		}
	}()
	rep, canReplace := w.(replacer)
	var sum Summary
	var errs []error
	for i, d := range docs {
		var x *pledgegraph.Extraction
		select {
		case x = <-extractions[i]:
		case <-ctx.Done():
		}
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		r := Report{Doc: d.ID, Entities: len(x.Entities), Counts: len(x.Counts), Warnings: x.Warnings}
		for _, f := range x.Facts {
			if !f.Reference {
				r.Facts++
			}
		}
		var err error
		if opts.Replace && canReplace {
			_, err = rep.ReplaceExtraction(ctx, x)
		} else {
			err = w.WriteExtraction(ctx, x)
		}
		if err != nil {
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
