package graph

import (
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/pledgegraph/pledgegraph"
)

// The vocabulary of the store. Every node and predicate is a quad.IRI in
// the "pg:" namespace, except rdf:type. Literal values are quad.String
// (names, dates as "YYYY", "YYYY-MM" or "YYYY-MM-DD"), quad.Int (offsets,
// count values), quad.Float (confidence) and quad.Bool (flags).
//
// Nodes:
//
//	<pg:entity/ID>              an entity (ID is the EntityID, kept as is)
//	<pg:document/ID>            a document (ID path-escaped)
//	<pg:fact/HEX>               a fact (the FactID "fact/HEX" behind "pg:")
//	<pg:evidence/HEX/DOC/S-E>   one piece of evidence of a fact in a document
//	<pg:count/DOC/N>            the N-th count a document reports
//
// Every quad written for a document carries the document's node as its
// label, so that what a document supports can be found (and removed) by
// label. The same fact or entity stated by two documents is one node with
// the quads of both documents.
//
// Quads written per document (testdata/extraction1.nq shows them all):
//
//	document   rdf:type, and title, published, language, source, text, hash
//	           and mentions when known: up to 8
//	entity     rdf:type, name, kind, folded (of the name), mentionedIn (when
//	           a mention is listed), start and end (events), and per alias
//	           alias and folded (folded forms are not repeated): 4 + 2 per
//	           alias + 1 per document mentioning it
//	fact       rdf:type, subject, predicate, object, confidence: 5, plus
//	           negated, inferred, reference (only when true), since (when
//	           known) and one derivedFrom per fact it follows from
//	evidence   fact, document, sentence, quote, offset, offsetTo: 6
//	count      initiative, what, value, date, approx (when true), and the
//	           evidence fields but fact: up to 10
//
// A fact stated once in a document thus costs 11 to 13 quads.
//
// The counts a store keeps of what it holds are not quads: they are kept
// beside them, in the same transactions (tally.go, countstore.go).
const (
	// nsPG is the namespace of pledgegraph's IRIs.
	nsPG = "pg:"

	// predType gives a node's type: typeEntity, typeDocument, typeFact.
	// Type quads are how all nodes of one type are listed (by object).
	predType = quad.IRI("rdf:type")

	// typeEntity is the type of entity nodes.
	typeEntity = quad.IRI("pg:Entity")
	// typeDocument is the type of document nodes.
	typeDocument = quad.IRI("pg:Document")
	// typeFact is the type of fact nodes.
	typeFact = quad.IRI("pg:Fact")

	// Entity predicates.

	// predName links an entity to its name (quad.String), once per document.
	predName = quad.IRI("pg:name")
	// predKind links an entity to its kind (quad.String).
	predKind = quad.IRI("pg:kind")
	// predAlias links an entity to one alias (quad.String).
	predAlias = quad.IRI("pg:alias")
	// predFolded links an entity to the Fold of its name and of each alias
	// (quad.String), so that a name lookup is one scan by object.
	predFolded = quad.IRI("pg:folded")
	// predStart and predEnd give an event's first and last day.
	predStart = quad.IRI("pg:start")
	predEnd   = quad.IRI("pg:end")
	// predMentionedIn links an entity to a document that mentions it.
	predMentionedIn = quad.IRI("pg:mentionedIn")

	// Fact predicates. Negated, inferred and reference are written only
	// when true; a fact is inferred (reference) when every document that
	// states it says so.

	predSubject     = quad.IRI("pg:subject")     // fact → entity
	predPredicate   = quad.IRI("pg:predicate")   // fact → quad.String
	predObject      = quad.IRI("pg:object")      // fact → entity
	predNegated     = quad.IRI("pg:negated")     // fact → true
	predInferred    = quad.IRI("pg:inferred")    // fact → true
	predReference   = quad.IRI("pg:reference")   // fact → true
	predSince       = quad.IRI("pg:since")       // fact → date string
	predConfidence  = quad.IRI("pg:confidence")  // fact → quad.Float
	predDerivedFrom = quad.IRI("pg:derivedFrom") // fact → fact

	// Evidence and count predicates. An evidence node points to its fact
	// (so a fact's evidence is found by object, the indexed direction).

	predFact     = quad.IRI("pg:fact")     // evidence → fact
	predDocument = quad.IRI("pg:document") // evidence or count → document
	predSentence = quad.IRI("pg:sentence") // evidence or count → quad.String
	predQuote    = quad.IRI("pg:quote")    // evidence or count → quad.String
	predRule     = quad.IRI("pg:rule")     // evidence → quad.String: the extraction rule
	predOffset   = quad.IRI("pg:offset")   // evidence or count → quad.Int start
	predOffsetTo = quad.IRI("pg:offsetTo") // evidence or count → quad.Int end
	predRepeats  = quad.IRI("pg:repeats")  // evidence → quad.Int: the same words further on (only when some)

	predInitiative = quad.IRI("pg:initiative") // count → entity
	predWhat       = quad.IRI("pg:what")       // count → quad.String
	predValue      = quad.IRI("pg:value")      // count → quad.Int
	predApprox     = quad.IRI("pg:approx")     // count → true
	predDate       = quad.IRI("pg:date")       // count → date string

	// Document predicates.

	predTitle     = quad.IRI("pg:title")
	predPublished = quad.IRI("pg:published")
	predLanguage  = quad.IRI("pg:language")
	predSource    = quad.IRI("pg:source")
	predText      = quad.IRI("pg:text")
	predHash      = quad.IRI("pg:hash")
	// predMentions gives, in one string, the places where a document's
	// text names entities: a line "START END ENTITY" each, in text order
	// (see encodeMentions). One quad rather than one per mention, which
	// would add a fifth to a document's quads.
	predMentions = quad.IRI("pg:mentions")
)

const (
	prefixEntity   = nsPG + "entity/"
	prefixDocument = nsPG + "document/"
	prefixEvidence = nsPG + "evidence/"
	prefixCount    = nsPG + "count/"
	factIDPrefix   = "fact/"
)

func entityIRI(id pledgegraph.EntityID) quad.IRI { return quad.IRI(prefixEntity + string(id)) }

func documentIRI(id pledgegraph.DocumentID) quad.IRI {
	return quad.IRI(prefixDocument + url.PathEscape(string(id)))
}

func factIRI(id pledgegraph.FactID) quad.IRI { return quad.IRI(nsPG + string(id)) }

func evidenceIRI(f pledgegraph.FactID, e pledgegraph.Evidence) quad.IRI {
	return quad.IRI(prefixEvidence + strings.TrimPrefix(string(f), factIDPrefix) + "/" +
		url.PathEscape(string(e.Document)) + "/" + itoa(e.Start) + "-" + itoa(e.End))
}

func countIRI(doc pledgegraph.DocumentID, n int) quad.IRI {
	return quad.IRI(prefixCount + url.PathEscape(string(doc)) + "/" + itoa(n))
}

// entityID returns the entity ID of an entity node, or false.
func entityID(v quad.Value) (pledgegraph.EntityID, bool) {
	s, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(s), prefixEntity) {
		return "", false
	}
	return pledgegraph.EntityID(strings.TrimPrefix(string(s), prefixEntity)), true
}

// documentID returns the document ID of a document node, or false.
func documentID(v quad.Value) (pledgegraph.DocumentID, bool) {
	s, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(s), prefixDocument) {
		return "", false
	}
	id, err := url.PathUnescape(strings.TrimPrefix(string(s), prefixDocument))
	if err != nil {
		return "", false
	}
	return pledgegraph.DocumentID(id), true
}

// factID returns the fact ID of a fact node, or false.
func factID(v quad.Value) (pledgegraph.FactID, bool) {
	s, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(s), nsPG+factIDPrefix) {
		return "", false
	}
	return pledgegraph.FactID(strings.TrimPrefix(string(s), nsPG)), true
}
