package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

func itoa(n int) string { return strconv.Itoa(n) }

// WriteExtraction stores a document with its entities, mentions, facts and
// counts in one Cayley transaction (one ApplyDeltas), with the store's
// totals changed to count it (see tally.go): after a crash the store
// holds all of it or none of it. Entities and facts already stored
// are merged with on read (see the Find methods). Writing a document again
// with the same hash does nothing. Returns ECONFLICT when a document with
// the same ID but another hash is stored, EINVALID on a malformed
// extraction (nothing is written then).
func (s *Store) WriteExtraction(ctx context.Context, x *pledgegraph.Extraction) error {
	if x == nil {
		return pledgegraph.Errorf(pledgegraph.EINVALID, "nil extraction")
	}
	doc := withHash(x.Document)
	quads, err := buildQuads(x, doc)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	if err := s.roomFor(len(quads)); err != nil {
		return fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	defer unlock()
	if stored, err := s.stored(ctx, doc); err != nil || stored {
		return err
	}
	delta := newCounts()
	delta.add(quads, 1)
	tc, err := s.tallies(ctx, delta)
	if err != nil {
		return fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	err = s.apply(nil, quads, change{written: []*pledgegraph.Extraction{x}, counts: tc.writes})
	if cgraph.IsQuadExist(err) {
		return pledgegraph.Errorf(pledgegraph.ECONFLICT, "document %s: %v", doc.ID, err)
	} else if err != nil {
		return fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	return nil
}

// stored reports whether doc is stored with the same text (its hash).
// Returns ECONFLICT when it is stored with another text.
func (s *Store) stored(ctx context.Context, doc pledgegraph.Document) (bool, error) {
	hashes, err := s.objects(ctx, documentIRI(doc.ID), predHash)
	if err != nil {
		return false, fmt.Errorf("graph: write document %s: %w", doc.ID, err)
	}
	if slices.Contains(hashes, quad.Value(quad.String(doc.Hash))) {
		return true, nil
	}
	if len(hashes) > 0 {
		return false, pledgegraph.Errorf(pledgegraph.ECONFLICT, "document %s is already stored with other text", doc.ID)
	}
	return false, nil
}

// WriteExtractions stores several documents in one Cayley transaction,
// with the store's totals changed to count them, as a bulk load does: after a crash each of them is stored whole or not at
// all (the batch is). It returns one error per extraction, nil for the
// ones stored or already stored with the same text, and the errors of
// WriteExtraction for the others, which do not stop the rest. If the
// transaction fails, the documents are written one at a time instead, so
// that one bad document costs only itself. Cayley's key-value backends
// write several documents per transaction several times faster than one
// (BENCHMARKS.md).
func (s *Store) WriteExtractions(ctx context.Context, xs []*pledgegraph.Extraction) []error {
	errs := make([]error, len(xs))
	if len(xs) == 1 {
		errs[0] = s.WriteExtraction(ctx, xs[0])
		return errs
	}
	type item struct {
		i     int
		doc   pledgegraph.Document
		quads []quad.Quad
	}
	var items []item
	var alone []int // a document named twice in the batch: written after, alone
	seen := map[pledgegraph.DocumentID]bool{}
	for i, p := range prepare(xs) {
		if p.err != nil {
			errs[i] = p.err
			continue
		}
		if seen[p.doc.ID] {
			alone = append(alone, i)
			continue
		}
		seen[p.doc.ID] = true
		items = append(items, item{i, p.doc, p.quads})
	}
	written, err := func() ([]int, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n := 0
		for _, it := range items {
			n += len(it.quads)
		}
		if err := s.roomFor(n); err != nil {
			return nil, err
		}
		unlock, err := s.lockWrite(ctx)
		if err != nil {
			return nil, err
		}
		defer unlock()
		add := make([]quad.Quad, 0, n)
		var written []int
		delta := newCounts()
		for _, it := range items {
			if stored, err := s.stored(ctx, it.doc); err != nil || stored {
				errs[it.i] = err
				continue
			}
			add = append(add, it.quads...)
			delta.add(it.quads, 1)
			written = append(written, it.i)
		}
		if len(add) == 0 {
			return nil, nil
		}
		tc, err := s.tallies(ctx, delta)
		if err != nil {
			return nil, err
		}
		c := change{counts: tc.writes}
		for _, i := range written {
			c.written = append(c.written, xs[i])
		}
		if err := s.apply(nil, add, c); err != nil {
			return written, err
		}
		return nil, nil
	}()
	if err != nil && written == nil {
		for _, it := range items {
			if errs[it.i] == nil {
				errs[it.i] = fmt.Errorf("graph: write document %s: %w", it.doc.ID, err)
			}
		}
		for _, i := range alone {
			errs[i] = fmt.Errorf("graph: write document %s: %w", xs[i].Document.ID, err)
		}
		return errs
	}
	// the transaction failed: one document at a time, so that a bad one
	// costs only itself
	for _, i := range written {
		errs[i] = s.WriteExtraction(ctx, xs[i])
	}
	for _, i := range alone {
		errs[i] = s.WriteExtraction(ctx, xs[i])
	}
	return errs
}

// prepared is an extraction checked and turned into quads, or why it
// cannot be written.
type prepared struct {
	doc   pledgegraph.Document
	quads []quad.Quad
	err   error
}

// prepare checks the extractions of a batch and builds their quads
// (buildQuads), on as many goroutines as there are CPUs: the part of a
// batch's write that reads nothing of the store, before the write takes
// its turn, spread over the CPUs rather than on the one the writes go
// one at a time on.
func prepare(xs []*pledgegraph.Extraction) []prepared {
	out := make([]prepared, len(xs))
	one := func(i int) {
		x := xs[i]
		if x == nil {
			out[i].err = pledgegraph.Errorf(pledgegraph.EINVALID, "nil extraction")
			return
		}
		out[i].doc = withHash(x.Document)
		out[i].quads, out[i].err = buildQuads(x, out[i].doc)
	}
	workers := min(runtime.GOMAXPROCS(0), len(xs))
	if workers <= 1 {
		for i := range xs {
			one(i)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(xs); i = int(next.Add(1)) - 1 {
				one(i)
			}
		})
	}
	wg.Wait()
	return out
}

// withHash returns doc with its Hash set to the SHA-256 of its text when
// it has none.
func withHash(doc pledgegraph.Document) pledgegraph.Document {
	if doc.Hash == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.Hash = hex.EncodeToString(sum[:])
	}
	return doc
}

// quadSet collects the quads of one document, once each, in order.
type quadSet struct {
	label quad.IRI
	seen  map[quad.Quad]bool
	list  []quad.Quad
}

func (qs *quadSet) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: qs.label}
	if qs.seen[q] {
		return
	}
	qs.seen[q] = true
	qs.list = append(qs.list, q)
}

// addString adds a string-valued quad unless v is empty.
func (qs *quadSet) addString(s quad.Value, p quad.IRI, v string) {
	if v != "" {
		qs.add(s, p, quad.String(v))
	}
}

func invalid(doc pledgegraph.DocumentID, format string, args ...any) error {
	return pledgegraph.Errorf(pledgegraph.EINVALID, "document %s: %s", doc, fmt.Sprintf(format, args...))
}

// buildQuads validates x and returns its quads, all labelled with the
// document's node.
func buildQuads(x *pledgegraph.Extraction, doc pledgegraph.Document) ([]quad.Quad, error) {
	if doc.ID == "" {
		return nil, pledgegraph.Errorf(pledgegraph.EINVALID, "extraction has no document id")
	}
	d := documentIRI(doc.ID)
	n := quadsAbout(x)
	qs := &quadSet{label: d, seen: make(map[quad.Quad]bool, n), list: make([]quad.Quad, 0, n)}

	// The document.
	qs.add(d, predType, typeDocument)
	qs.addString(d, predTitle, doc.Title)
	qs.addString(d, predPublished, doc.Published.String())
	qs.addString(d, predLanguage, string(doc.Lang))
	qs.addString(d, predSource, doc.Source)
	qs.addString(d, predText, doc.Text)
	qs.addString(d, predHash, doc.Hash)

	// Entities.
	known := map[pledgegraph.EntityID]bool{}
	for _, e := range x.Entities {
		if e.ID == "" {
			return nil, invalid(doc.ID, "entity %q has no id", e.Name)
		}
		if e.Name == "" {
			return nil, invalid(doc.ID, "entity %s has no name", e.ID)
		}
		if e.Kind != "" && !e.Kind.Valid() {
			return nil, invalid(doc.ID, "entity %s has unknown kind %q", e.ID, e.Kind)
		}
		known[e.ID] = true
		n := entityIRI(e.ID)
		qs.add(n, predType, typeEntity)
		qs.add(n, predName, quad.String(e.Name))
		qs.addString(n, predKind, string(e.Kind))
		qs.addString(n, predFolded, pledgegraph.Fold(e.Name))
		for _, a := range e.Aliases {
			qs.addString(n, predAlias, a)
			qs.addString(n, predFolded, pledgegraph.Fold(a))
		}
		qs.addString(n, predStart, e.Start.String())
		qs.addString(n, predEnd, e.End.String())
	}
	entity := func(what string, id pledgegraph.EntityID) (quad.IRI, error) {
		if !known[id] {
			return "", invalid(doc.ID, "%s names entity %q, which the extraction does not list", what, id)
		}
		return entityIRI(id), nil
	}

	// Mentions.
	for _, m := range x.Mentions {
		if m.Doc != "" && m.Doc != doc.ID {
			return nil, invalid(doc.ID, "mention of %s points to document %s", m.Entity, m.Doc)
		}
		e, err := entity("a mention", m.Entity)
		if err != nil {
			return nil, err
		}
		qs.add(e, predMentionedIn, d)
	}
	qs.addString(d, predMentions, encodeMentions(x.Mentions))

	// Facts.
	for i, f := range x.Facts {
		what := fmt.Sprintf("fact %d", i)
		subj, err := entity(what, f.Subject)
		if err != nil {
			return nil, err
		}
		obj, err := entity(what, f.Object)
		if err != nil {
			return nil, err
		}
		if !f.Predicate.Valid() {
			return nil, invalid(doc.ID, "%s has unknown predicate %q", what, f.Predicate)
		}
		id := pledgegraph.NewFactID(f.Subject, f.Predicate, f.Object, f.Negated)
		if f.ID != "" && f.ID != id {
			return nil, invalid(doc.ID, "%s has id %s, want %s (see NewFactID)", what, f.ID, id)
		}
		if f.Confidence < 0 || f.Confidence > 1 {
			return nil, invalid(doc.ID, "%s has confidence %v outside [0, 1]", what, f.Confidence)
		}
		n := factIRI(id)
		qs.add(n, predType, typeFact)
		qs.add(n, predSubject, subj)
		qs.add(n, predPredicate, quad.String(f.Predicate))
		qs.add(n, predObject, obj)
		if f.Negated {
			qs.add(n, predNegated, quad.Bool(true))
		}
		if f.Inferred {
			qs.add(n, predInferred, quad.Bool(true))
		}
		if f.Reference {
			qs.add(n, predReference, quad.Bool(true))
		}
		qs.addString(n, predSince, f.Since.String())
		qs.add(n, predConfidence, quad.Float(f.Confidence))
		for _, from := range f.DerivedFrom {
			if !strings.HasPrefix(string(from), factIDPrefix) || len(from) == len(factIDPrefix) {
				return nil, invalid(doc.ID, "%s is derived from %q, not a fact id", what, from)
			}
			qs.add(n, predDerivedFrom, factIRI(from))
		}
		for _, ev := range f.Evidence {
			if ev.Document == "" {
				ev.Document = doc.ID
			}
			if err := checkEvidence(doc.ID, what, ev); err != nil {
				return nil, err
			}
			e := evidenceIRI(id, ev)
			qs.add(e, predFact, n)
			addEvidence(qs, e, ev, d)
		}
	}

	// Counts.
	for i, c := range x.Counts {
		what := fmt.Sprintf("count %d", i)
		ini, err := entity(what, c.Initiative)
		if err != nil {
			return nil, err
		}
		if c.What == "" {
			return nil, invalid(doc.ID, "%s does not say what it counts", what)
		}
		ev := c.Evidence
		if ev.Document == "" {
			ev.Document = doc.ID
		}
		if err := checkEvidence(doc.ID, what, ev); err != nil {
			return nil, err
		}
		n := countIRI(doc.ID, i)
		qs.add(n, predInitiative, ini)
		qs.add(n, predWhat, quad.String(c.What))
		qs.add(n, predValue, quad.Int(c.Value))
		if c.Approx {
			qs.add(n, predApprox, quad.Bool(true))
		}
		qs.addString(n, predDate, c.Date.String())
		addEvidence(qs, n, ev, d)
	}

	for _, q := range qs.list {
		if !q.IsValid() {
			return nil, invalid(doc.ID, "invalid quad %v", q)
		}
	}
	return qs.list, nil
}

// quadsAbout returns about as many quads as buildQuads makes of x (a
// little more as a rule), so that its set is allocated once.
func quadsAbout(x *pledgegraph.Extraction) int {
	n := 8 + len(x.Mentions)
	for _, e := range x.Entities {
		n += 7 + 2*len(e.Aliases)
	}
	for _, f := range x.Facts {
		n += 9 + len(f.DerivedFrom) + 9*len(f.Evidence)
	}
	return n + 15*len(x.Counts)
}

func checkEvidence(doc pledgegraph.DocumentID, what string, ev pledgegraph.Evidence) error {
	if ev.Document != doc {
		return invalid(doc, "%s has evidence in another document (%s)", what, ev.Document)
	}
	if ev.Start < 0 || ev.End < ev.Start {
		return invalid(doc, "%s has evidence at bad offsets %d-%d", what, ev.Start, ev.End)
	}
	return nil
}

func addEvidence(qs *quadSet, n quad.IRI, ev pledgegraph.Evidence, d quad.IRI) {
	qs.add(n, predDocument, d)
	qs.addString(n, predSentence, ev.Sentence)
	qs.addString(n, predQuote, ev.Quote)
	qs.addString(n, predRule, ev.Rule)
	qs.add(n, predOffset, quad.Int(ev.Start))
	qs.add(n, predOffsetTo, quad.Int(ev.End))
	if ev.Repeats > 0 {
		qs.add(n, predRepeats, quad.Int(ev.Repeats))
	}
}
