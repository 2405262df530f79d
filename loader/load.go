package loader

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"

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
	// less). Writes follow the order of docs.
	Jobs int
	// Batch is how many documents are written in one transaction when the
	// writer can (a BatchWriter) and Replace is off; 1 when zero or less.
	// A crash leaves each document stored whole or not at all either way;
	// a document the batch cannot store gets its own error and the others
	// are stored.
	Batch int
	// Replace stores a changed text in place of the stored one (through
	// the writer's ReplaceExtraction) instead of refusing it with
	// ECONFLICT.
	Replace bool
}

// BatchWriter is a GraphWriter that can store several documents in one
// transaction (graph.Store is one), returning an error per extraction.
type BatchWriter interface {
	WriteExtractions(ctx context.Context, xs []*pledgegraph.Extraction) []error
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
	bw, canBatch := w.(BatchWriter)
	batch := max(opts.Batch, 1)
	if opts.Replace || !canBatch {
		batch = 1
	}
	var sum Summary
	var errs []error
	for i := 0; i < len(docs); {
		// the next batch of extractions, in order
		var xs []*pledgegraph.Extraction
		for ; i < len(docs) && len(xs) < batch; i++ {
			select {
			case x := <-extractions[i]:
				xs = append(xs, x)
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				break
			}
		}
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		var werrs []error
		switch {
		case len(xs) > 1:
			werrs = bw.WriteExtractions(ctx, xs)
			if len(werrs) != len(xs) {
				err := fmt.Errorf("loader: batch writer answered %d results for %d documents", len(werrs), len(xs))
				werrs = slices.Repeat([]error{err}, len(xs))
			}
		case opts.Replace && canReplace:
			_, err := rep.ReplaceExtraction(ctx, xs[0])
			werrs = []error{err}
		default:
			werrs = []error{w.WriteExtraction(ctx, xs[0])}
		}
		for k, x := range xs {
			d := docs[i-len(xs)+k]
			r := Report{Doc: d.ID, Entities: len(x.Entities), Counts: len(x.Counts), Warnings: x.Warnings}
			for _, f := range x.Facts {
				if !f.Reference {
					r.Facts++
				}
			}
			if err := werrs[k]; err != nil {
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
		if full := fullError(werrs); full != nil {
			// the disk is full: the documents left are not tried, each is
			// reported with the reason, and the load ends
			cancel()
			for ; i < len(docs); i++ {
				d := docs[i]
				r := Report{Doc: d.ID, Err: &DocError{Path: d.Source, DocID: d.ID, Offset: -1, Err: fmt.Errorf("not written: %w", full)}}
				errs = append(errs, r.Err)
				sum.Failed++
				sum.Documents++
				if report != nil {
					report(r)
				}
			}
		}
	}
	return sum, errors.Join(errs...)
}

// fullError returns the first error of errs that says the store's disk
// is full (pledgegraph.EFULL), or nil.
func fullError(errs []error) error {
	for _, err := range errs {
		if pledgegraph.ErrorCode(err) == pledgegraph.EFULL {
			return err
		}
	}
	return nil
}
