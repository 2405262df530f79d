// Package pledgegraph holds the domain of pledgegraph: documents, the
// entities they mention, the facts they state (with evidence, time and
// polarity) and the services that store and find them.
//
// The package imports nothing but the standard library. The Cayley store
// (package graph), the extraction pipeline (package loader) and the GraphQL
// API (package resolvers) are adapters around it; they never import each
// other and meet only in cmd/pledgegraph.
//
// What the services return belongs to the caller: changing it changes
// nothing stored. The conformance suite in graph/storetest checks every
// promise the service interfaces make, on every store.
package pledgegraph

// Lang is a document's language as an ISO 639-1 code.
type Lang string

// Languages pledgegraph extracts from. A document in any other language is
// stored with a warning and no facts.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Kind is the type of an entity. The names are those of the extraction
// guidelines, so that they read the same in JSON, GraphQL and the store.
type Kind string

// Entity kinds.
const (
	KindState                 Kind = "State"
	KindSubnationalGovernment Kind = "SubnationalGovernment"
	KindCompany               Kind = "Company"
	KindOrganization          Kind = "Organization"
	KindPerson                Kind = "Person"
	KindEvent                 Kind = "Event"
	KindInitiative            Kind = "Initiative"
	KindPrinciple             Kind = "Principle"
	KindPlace                 Kind = "Place"
)

// Kinds lists every entity kind, in a stable order.
var Kinds = []Kind{
	KindState, KindSubnationalGovernment, KindCompany, KindOrganization,
	KindPerson, KindEvent, KindInitiative, KindPrinciple, KindPlace,
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// Predicate names the relation a fact states between its subject and object.
type Predicate string

// Predicates of the extraction guidelines.
const (
	// Supports: an actor signed, endorsed, joined or backs an initiative;
	// negated when it did not or refused.
	Supports Predicate = "supports"
	// Launched: a person, state or organisation launched an initiative or event.
	Launched Predicate = "launched"
	// PresentedAt: an initiative was launched or presented during an event.
	PresentedAt Predicate = "presented_at"
	// ParticipatedIn: a person, state or organisation attended an event.
	ParticipatedIn Predicate = "participated_in"
	// HeldAt: an event took place at a place or organisation.
	HeldAt Predicate = "held_at"
	// PartOf: an event is part of an event, a company a division of a company.
	PartOf Predicate = "part_of"
	// MemberOf: a state is a member of an organisation (EU, G7).
	MemberOf Predicate = "member_of"
	// HoldsRole: a person holds an office in a state, organisation or company.
	HoldsRole Predicate = "holds_role"
	// Accused: a state or organisation publicly accused another.
	Accused Predicate = "accused"
	// HasPrinciple: an initiative lists a principle.
	HasPrinciple Predicate = "has_principle"
)

// Predicates lists every predicate, in a stable order.
var Predicates = []Predicate{
	Supports, Launched, PresentedAt, ParticipatedIn, HeldAt,
	PartOf, MemberOf, HoldsRole, Accused, HasPrinciple,
}

// Valid reports whether p is one of Predicates.
func (p Predicate) Valid() bool {
	for _, v := range Predicates {
		if v == p {
			return true
		}
	}
	return false
}

// CountWhat says what a reported count counts.
type CountWhat string

// What counts count.
const (
	CountSupporters    CountWhat = "supporters"
	CountStates        CountWhat = "states"
	CountCompanies     CountWhat = "companies"
	CountOrganizations CountWhat = "organizations"
)
