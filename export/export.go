// Package export writes the graph of pledgegraph — its entities and facts,
// with their evidence — in standard formats that other tools read: CSV for
// spreadsheets, GraphML for graph editors (Gephi, yEd) and JSON-LD for
// linked data.
//
// An export streams: it reads the entities a page at a time and, for each
// one, the facts it is the subject of, and writes them as they come, so
// that memory does not grow with the graph. It reads through the root
// package's service interfaces only (see Source).
package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/pledgegraph/pledgegraph"
)

// Source is what an export reads: a pledgegraph.EntityService and a
// pledgegraph.FactService both satisfy their half of it. A Source that
// also has the EntitiesByIDs method of pledgegraph.EntityService lets the
// CSV export name the objects of facts and the GraphML export tell
// objects that are not stored entities.
type Source interface {
	FindEntities(ctx context.Context, filter pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error)
	FindFacts(ctx context.Context, filter pledgegraph.FactFilter) ([]*pledgegraph.Fact, error)
}

// entityBatcher is the optional batch read of a Source.
type entityBatcher interface {
	EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error)
}

// Format names an export format, as a caller takes it from a flag or a
// query parameter.
type Format string

// Export formats.
const (
	// CSV writes one row per fact and piece of evidence, for spreadsheets.
	CSV Format = "csv"
	// GraphML writes entities as nodes and facts as directed edges, for
	// graph editors.
	GraphML Format = "graphml"
	// JSONLD writes entities and facts as linked data, with schema.org
	// terms where one fits.
	JSONLD Format = "jsonld"
)

// ContentType returns the MIME type of a format, to serve an export over
// HTTP, or "" for an unknown format.
func (f Format) ContentType() string {
	switch f {
	case CSV:
		return "text/csv; charset=utf-8"
	case GraphML:
		return "application/graphml+xml"
	case JSONLD:
		return "application/ld+json"
	}
	return ""
}

// Ext returns the usual file extension of a format, with its dot, to name
// an export file, or "" for an unknown format.
func (f Format) Ext() string {
	switch f {
	case CSV:
		return ".csv"
	case GraphML:
		return ".graphml"
	case JSONLD:
		return ".jsonld"
	}
	return ""
}

// Stats says what an export wrote, so that a caller can report it.
// Entities counts the entities read (written as nodes in GraphML and
// JSON-LD; in CSV they appear only as subjects and objects of facts);
// Facts counts facts, however many pieces of evidence each has.
type Stats struct{ Entities, Facts int }

// pageSize is the number of entities an export reads at a time.
const pageSize = 500

// Write writes the graph src holds to w in format f, streaming: it never
// holds more than a page of entities and one entity's facts. Each fact is
// written once, under its subject, in the order FindFacts returns them.
// It returns an EINVALID error for an unknown format, before writing
// anything, and stops with an error when ctx is done, when src fails or
// when writing to w fails; the output is then incomplete.
func Write(ctx context.Context, src Source, f Format, w io.Writer) (Stats, error) {
	var write func(context.Context, Source, *bufio.Writer) (Stats, error)
	switch f {
	case CSV:
		write = writeCSV
	case GraphML:
		write = writeGraphML
	case JSONLD:
		write = writeJSONLD
	default:
		return Stats{}, pledgegraph.Errorf(pledgegraph.EINVALID,
			"unknown export format %q: want %q, %q or %q", f, CSV, GraphML, JSONLD)
	}
	if src == nil || w == nil {
		return Stats{}, pledgegraph.Errorf(pledgegraph.EINVALID, "export %s: no source or no writer", f)
	}
	bw := bufio.NewWriter(w)
	st, err := write(ctx, src, bw)
	if err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("export %s: write: %w", f, err)
	}
	return st, nil
}

// eachPage calls fn with each page of the entities of src, in the order
// FindEntities gives them and without nils, until a page is shorter than
// pageSize. It checks ctx before each page.
func eachPage(ctx context.Context, src Source, fn func([]*pledgegraph.Entity) error) error {
	for offset := 0; ; {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		page, _, err := src.FindEntities(ctx, pledgegraph.EntityFilter{Offset: offset, Limit: pageSize})
		if err != nil {
			return fmt.Errorf("export: find entities from %d: %w", offset, err)
		}
		n := len(page)
		if slices.Contains(page, nil) {
			page = slices.DeleteFunc(slices.Clone(page), func(e *pledgegraph.Entity) bool { return e == nil })
		}
		if err := fn(page); err != nil {
			return err
		}
		if n < pageSize {
			return nil
		}
		offset += n
	}
}

// eachSubject calls fn with every entity of src and the facts it is the
// subject of, after looking their objects' names up in names (nil: none).
func eachSubject(ctx context.Context, src Source, names *namer, fn func(*pledgegraph.Entity, []*pledgegraph.Fact) error) error {
	return eachPage(ctx, src, func(page []*pledgegraph.Entity) error {
		if names != nil {
			names.setPage(page)
		}
		for _, e := range page {
			facts, err := factsOf(ctx, src, e)
			if err != nil {
				return err
			}
			if names != nil {
				if err := names.lookup(ctx, facts); err != nil {
					return err
				}
			}
			if err := fn(e, facts); err != nil {
				return err
			}
		}
		return nil
	})
}

// factsOf returns the facts whose subject is e, reference facts included.
// It keeps only the facts of that subject, so that a Source that ignores
// the filter cannot make a fact be written twice.
func factsOf(ctx context.Context, src Source, e *pledgegraph.Entity) ([]*pledgegraph.Fact, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	facts, err := src.FindFacts(ctx, pledgegraph.FactFilter{
		Subjects:         []pledgegraph.EntityID{e.ID},
		IncludeReference: true,
	})
	if err != nil {
		return nil, fmt.Errorf("export: find facts of %s: %w", e.ID, err)
	}
	kept := make([]*pledgegraph.Fact, 0, len(facts))
	for _, f := range facts {
		if f != nil && f.Subject == e.ID {
			kept = append(kept, f)
		}
	}
	return kept, nil
}
