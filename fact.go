package pledgegraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
)

// FactID identifies a fact. It is derived from the fact's subject,
// predicate, object and polarity (see NewFactID), so the same fact read in
// two documents is one fact with two pieces of evidence.
type FactID string

// NewFactID returns the ID of the fact (subject, predicate, object, negated).
func NewFactID(subject EntityID, p Predicate, object EntityID, negated bool) FactID {
	var buf [256]byte
	b := append(buf[:0], subject...)
	b = append(b, 0)
	b = append(b, p...)
	b = append(b, 0)
	b = append(b, object...)
	b = append(b, 0)
	b = strconv.AppendBool(b, negated)
	b = append(b, 0)
	sum := sha256.Sum256(b)
	var id [len("fact/") + 20]byte
	copy(id[:], "fact/")
	hex.Encode(id[len("fact/"):], sum[:10])
	return FactID(id[:])
}

// Fact is a relation a document states (or, with Inferred, implies)
// between two entities, with its provenance.
type Fact struct {
	ID        FactID
	Subject   EntityID
	Predicate Predicate
	Object    EntityID
	// Negated is true where the text says the relation does NOT hold:
	// "ne sont pas signataires", "manquent à l'appel", "hormis".
	Negated bool
	// Since is when the relation started to hold, if the text says or
	// implies it; zero otherwise.
	Since Date
	// Inferred is true for a fact no sentence states about its subject by
	// name but that follows from one that does ("tous les États membres de
	// l'UE" → each member state). DerivedFrom then names what it follows
	// from.
	Inferred bool
	// Reference is true for a fact taken from reference data (a group's
	// membership) rather than from a document's words; it is stored to
	// explain inferred facts and is never reported as extracted.
	Reference bool
	// Confidence in [0, 1]: how sure the extraction rule that produced it is.
	Confidence float64
	// Evidence says which documents state the fact, where and how.
	Evidence []Evidence
	// DerivedFrom lists, for an inferred fact, the facts it follows from
	// (the memberships behind a group statement); a store returns the
	// union of what the documents say, sorted by ID.
	DerivedFrom []FactID
}

// EvidenceDocuments returns the documents the facts' evidence points to,
// sorted and without repeats.
func EvidenceDocuments(facts []*Fact) []DocumentID {
	var ids []DocumentID
	for _, f := range facts {
		if f == nil {
			continue
		}
		for _, e := range f.Evidence {
			ids = append(ids, e.Document)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// Evidence is one place in one document that states a fact.
type Evidence struct {
	Document DocumentID
	Sentence string // the whole sentence
	Quote    string // the shortest span that states the fact
	Start    int    // byte offset of Quote in the document's text
	End      int
	// Rule names the extraction rule that read the fact there (a frame
	// of the language data such as "sup.sign", or a stage such as
	// "lex.supports"), so that each rule's precision can be measured.
	Rule string
	// Repeats counts the further places of the document where the same
	// sentence states the fact in the same words: they are kept once,
	// here, at the first.
	Repeats int
}

// Count is a number of supporters a document reports for an initiative
// ("359 entités", "plus de 1200 acteurs, dont 80 Etats").
type Count struct {
	Initiative EntityID
	What       CountWhat
	Value      int
	Approx     bool // "près de", "plus de", "une cinquantaine"
	Date       Date // when the count held, if the text says or implies it
	Evidence   Evidence
}

// FactCounts counts the facts of a graph the one way every total of
// pledgegraph counts them (the stats query, /metrics, the logs, load's
// summary). A fact is one relation (subject, predicate, object,
// polarity), however many documents state it. Stated facts are said by a
// document; inferred facts are derived from what documents say (the
// members of a group that signed); reference facts come from the
// reference data (memberships of groups), with no document, and are
// counted apart: Facts is stated plus inferred.
type FactCounts struct {
	Stated    int
	Inferred  int
	Reference int
}

// Facts returns the number of facts documents state or imply: Stated
// plus Inferred.
func (c FactCounts) Facts() int { return c.Stated + c.Inferred }

// Direction says which end of a fact an entity is at.
type Direction string

// Directions for FactFilter.
const (
	Outgoing Direction = "OUT" // the entity is the subject
	Incoming Direction = "IN"  // the entity is the object
	Both     Direction = "BOTH"
)

// FactFilter selects facts. Zero fields select everything; slices select
// facts matching any of their values.
type FactFilter struct {
	Subjects   []EntityID
	Objects    []EntityID
	Predicates []Predicate
	Negated    *bool // nil: both polarities
	Inferred   *bool // nil: stated and inferred
	Document   DocumentID
	// AsOf keeps facts whose Since is zero or started by AsOf (see
	// Date.StartedBy).
	AsOf Date
	// Reference facts (memberships from reference data) are left out
	// unless asked for.
	IncludeReference bool
}

// Match reports whether fact f passes every criterion of the filter. A
// fact matches Document when one of its evidences comes from it.
func (filter FactFilter) Match(f *Fact) bool {
	switch {
	case f == nil,
		f.Reference && !filter.IncludeReference,
		len(filter.Subjects) > 0 && !slices.Contains(filter.Subjects, f.Subject),
		len(filter.Objects) > 0 && !slices.Contains(filter.Objects, f.Object),
		len(filter.Predicates) > 0 && !slices.Contains(filter.Predicates, f.Predicate),
		filter.Negated != nil && *filter.Negated != f.Negated,
		filter.Inferred != nil && *filter.Inferred != f.Inferred,
		!f.Since.StartedBy(filter.AsOf):
		return false
	case filter.Document != "":
		return slices.ContainsFunc(f.Evidence, func(e Evidence) bool { return e.Document == filter.Document })
	}
	return true
}

// FactService finds stored facts and counts.
type FactService interface {
	// FindFactByID returns one fact with all its evidence, ordered by
	// document and offset. Returns ENOTFOUND.
	FindFactByID(ctx context.Context, id FactID) (*Fact, error)

	// FindFacts returns the facts matching filter, each with all its
	// evidence, ordered by ID; none is an empty list, not nil.
	FindFacts(ctx context.Context, filter FactFilter) ([]*Fact, error)

	// FactsByIDs returns the facts in the order of ids, with nil where one
	// does not exist. It is the batch read behind dataloaders.
	FactsByIDs(ctx context.Context, ids []FactID) ([]*Fact, error)

	// FindCounts returns the counts reported for an initiative, ordered by
	// date (see Date.Compare: undated last), then by document and offset;
	// none for an initiative without counts or unknown.
	FindCounts(ctx context.Context, initiative EntityID) ([]*Count, error)
}

// FactPager reads facts a page at a time, in the order of their IDs (the
// order FindFacts returns), without reading the facts before the page or
// after it where the store keeps them in that order. The GraphQL API
// pages facts through it when the store has it.
type FactPager interface {
	// FindFactPage returns the facts matching filter whose IDs come after
	// after ("" for the first page), at most limit of them (limit > 0),
	// each with all its evidence, ordered by ID, and how many facts match
	// filter in all. What it returns is what FindFacts returns for the
	// same filter, cut after after and to limit.
	FindFactPage(ctx context.Context, filter FactFilter, after FactID, limit int) (facts []*Fact, total int, err error)
}

// StanceFactFinder reads facts with only what the stance rules read of
// them (see StanceOutline): a store reads and copies a fact's evidence,
// which grows with the documents that state it, only for the documents
// of an undated fact. The GraphQL API reads the supporters and decliners
// of an initiative through it when the store has it and the answer asks
// for no evidence.
type StanceFactFinder interface {
	// FindStanceFacts returns the outlines (StanceOutline) of the facts
	// FindFacts returns for filter, in the same order.
	FindStanceFacts(ctx context.Context, filter FactFilter) ([]*Fact, error)
}

// Extraction is what one document yields: the document itself, the
// entities it mentions, where, the facts and counts it states, and
// warnings about what could not be read.
type Extraction struct {
	Document Document
	Entities []Entity
	Mentions []Mention
	Facts    []Fact
	Counts   []Count
	Warnings []string
}

// GraphWriter stores what documents yield.
type GraphWriter interface {
	// WriteExtraction stores a document with its entities, mentions, facts
	// and counts in one transaction: after a crash the store holds all of
	// it or none of it. Evidence and mentions that name no document are
	// the extraction's. Entities and facts already stored are merged with
	// on read: an entity's aliases are the union of what the documents
	// give; a fact's evidence is the union, its Since the earliest one
	// given, its Confidence the highest, and it is Inferred (Reference)
	// only when every document that states it says so. Writing a stored
	// document again with the same text does nothing. Returns ECONFLICT
	// when a document with the same ID but another text is stored,
	// EINVALID on a malformed extraction (then nothing of it is stored):
	// an entity, fact, mention or count that names an entity the
	// extraction does not list, evidence or a mention in another
	// document, an unknown kind or predicate, a fact ID other than
	// NewFactID's, a confidence outside [0, 1].
	WriteExtraction(ctx context.Context, x *Extraction) error
}
