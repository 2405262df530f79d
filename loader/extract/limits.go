package extract

import (
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
)

// The limits of what one document yields, whatever its text: they keep
// the cost of storing and reading a document bounded when its text
// repeats itself or names thousands of things. A news article stays far
// below them (a few hundred mentions, a few dozen facts, a few pieces of
// evidence a fact).
const (
	// MaxEvidencePerFact is the number of distinct pieces of evidence a
	// fact keeps from one document; the same sentence stating it again
	// in the same words counts as a repeat of the first (Evidence.Repeats).
	MaxEvidencePerFact = 32
	// MaxEvidence is the number of pieces of evidence kept from one
	// document, all facts together.
	MaxEvidence = 20000
	// MaxFacts is the number of facts kept from one document.
	MaxFacts = 5000
	// MaxMentions is the number of mentions kept from one document.
	MaxMentions = 50000
	// MaxReadBytes is how much of a text extraction reads: the
	// paragraphs past it are stored with the text but not read.
	MaxReadBytes = 2 << 20
	// MaxCounts is the number of counts of supporters kept from one
	// document.
	MaxCounts = 1000
)

// bounds counts what the limits left out of a document.
type bounds struct {
	kept                              int // pieces of evidence kept
	evidence, facts, mentions, counts int
}

// addEvidence appends the pieces of evidence of add to those of a fact,
// a piece in the same words as one it has counted as a repeat of it,
// and none past MaxEvidencePerFact, nor past MaxEvidence but a fact's
// first.
func (b *bounds) addEvidence(have, add []pledgegraph.Evidence) []pledgegraph.Evidence {
	for _, ev := range add {
		if k := sameEvidence(have, ev); k >= 0 {
			have[k].Repeats += 1 + ev.Repeats
			continue
		}
		if len(have) >= MaxEvidencePerFact || b.kept >= MaxEvidence && len(have) > 0 {
			b.evidence++
			continue
		}
		b.kept++
		have = append(have, ev)
	}
	return have
}

// sameEvidence returns the index of the piece of evidence of have in the
// same words as ev, or -1.
func sameEvidence(have []pledgegraph.Evidence, ev pledgegraph.Evidence) int {
	for k := range have {
		if have[k].Quote == ev.Quote && have[k].Sentence == ev.Sentence && have[k].Rule == ev.Rule {
			return k
		}
	}
	return -1
}

// limit applies MaxFacts and MaxMentions to what a document yields, and
// warns of what any limit left out.
func (d *docState) limit(x *pledgegraph.Extraction) {
	if n := len(x.Facts) - MaxFacts; n > 0 {
		d.bound.facts += n
		x.Facts = x.Facts[:MaxFacts]
	}
	if n := len(x.Mentions) - MaxMentions; n > 0 {
		d.bound.mentions += n
		x.Mentions = x.Mentions[:MaxMentions]
	}
	if n := len(x.Counts) - MaxCounts; n > 0 {
		d.bound.counts += n
		x.Counts = x.Counts[:MaxCounts]
	}
	b := d.bound
	if b.evidence > 0 {
		d.warnf("%d pieces of evidence past the %d a fact keeps (%d a document) were left out", b.evidence, MaxEvidencePerFact, MaxEvidence)
	}
	if b.facts > 0 {
		d.warnf("%d facts past the %d a document keeps were left out", b.facts, MaxFacts)
	}
	if b.mentions > 0 {
		d.warnf("%d mentions past the %d a document keeps were left out", b.mentions, MaxMentions)
	}
	if b.counts > 0 {
		d.warnf("%d counts past the %d a document keeps were left out", b.counts, MaxCounts)
	}
	x.Warnings = d.warnings
}

// readable returns the part of the document's text that extraction
// reads: all of it, or its first MaxReadBytes cut after a line, with a
// warning.
func (d *docState) readable() string {
	t := d.text
	if len(t) <= MaxReadBytes {
		return t
	}
	cut := strings.LastIndexByte(t[:MaxReadBytes], '\n') + 1
	if cut < MaxReadBytes/2 { // one long line: cut after a sentence, or a word
		cut = max(strings.LastIndex(t[:MaxReadBytes], ". ")+1, strings.LastIndexByte(t[:MaxReadBytes], ' ')+1)
	}
	if cut <= 0 {
		cut = len(Head(t, MaxReadBytes))
	}
	d.warnf("extraction read the first %d bytes of %d: what follows is stored, not read", cut, len(t))
	return t[:cut]
}

// listedOnly drops the mentions, facts and counts that name an entity
// the extraction does not list (one a stage referred to before a later
// one merged it into another, or never named), and returns how many it
// dropped.
func listedOnly(x *pledgegraph.Extraction) int {
	listed := make(map[pledgegraph.EntityID]bool, len(x.Entities))
	for _, e := range x.Entities {
		listed[e.ID] = true
	}
	n := len(x.Mentions) + len(x.Facts) + len(x.Counts)
	x.Mentions = slices.DeleteFunc(x.Mentions, func(m pledgegraph.Mention) bool { return !listed[m.Entity] })
	x.Facts = slices.DeleteFunc(x.Facts, func(f pledgegraph.Fact) bool { return !listed[f.Subject] || !listed[f.Object] })
	x.Counts = slices.DeleteFunc(x.Counts, func(c pledgegraph.Count) bool { return !listed[c.Initiative] })
	return n - len(x.Mentions) - len(x.Facts) - len(x.Counts)
}
