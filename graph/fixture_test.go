package graph

import (
	pg "github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph/storetest"
)

// Entity IDs of the fixture.
const (
	idUS        pg.EntityID = "state/us"
	idFR        pg.EntityID = "state/fr"
	idDE        pg.EntityID = "state/de"
	idEU        pg.EntityID = "organization/union-europeenne"
	idParisCall pg.EntityID = "initiative/appel-de-paris"
	idMicrosoft pg.EntityID = "company/microsoft"
	idForum     pg.EntityID = "event/forum-de-paris-sur-la-paix-2018"
	idParis     pg.EntityID = "place/paris"
	idHilton    pg.EntityID = "person/paris" // shares the name Paris, has no fact
)

const (
	doc1 pg.DocumentID = "001_appel.txt"
	doc2 pg.DocumentID = "002 paris call.txt" // a space, to test escaping
)

func fact(s pg.EntityID, p pg.Predicate, o pg.EntityID, neg bool) pg.Fact {
	return pg.Fact{ID: pg.NewFactID(s, p, o, neg), Subject: s, Predicate: p, Object: o, Negated: neg, Confidence: 0.7}
}

func ev(doc pg.DocumentID, quote string, start int) pg.Evidence {
	return pg.Evidence{Document: doc, Sentence: quote + ".", Quote: quote, Start: start, End: start + len(quote), Rule: "sup.sign"}
}

// extraction1 and extraction2 are the conformance suite's fixture
// (storetest.Article2018 and Article2021), for the tests of what is
// graph's own.
func extraction1() *pg.Extraction { return storetest.Article2018() }

func extraction2() *pg.Extraction { return storetest.Article2021() }
