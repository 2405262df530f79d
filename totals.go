package pledgegraph

// Totals are what a graph holds, counted the one way every total of
// pledgegraph counts them (the stats query, /metrics, the logs, load's
// summary): entities and facts as they read, merged over the documents
// that state them. A store keeps them as it is written, in the same
// transaction as each write, so that reading them costs no scan of the
// graph, however large.
type Totals struct {
	// Documents counts the stored documents.
	Documents int
	// Entities counts the stored entities, with a kind or without.
	Entities int
	// EntitiesByKind counts the entities of each kind, an entity's kind
	// being the one it reads with (the kind most of its documents give);
	// kinds with none are left out, and so are entities without a kind.
	EntitiesByKind map[Kind]int
	// Facts counts the facts: stated, inferred and from reference data.
	Facts FactCounts
	// FactsByPredicate counts the facts of each predicate among those
	// stated or inferred (reference memberships are counted apart, as in
	// Facts); predicates with none are left out.
	FactsByPredicate map[Predicate]int
	// Negated counts the facts stated or inferred that are negated: their
	// documents say the relation does not hold.
	Negated int
	// Evidence counts the pieces of evidence of every fact: the places
	// in documents that state one.
	Evidence int
}
