package graph

import (
	pg "github.com/pledgegraph/pledgegraph"
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

var (
	memberDE  = fact(idDE, pg.MemberOf, idEU, false)
	supportEU = fact(idEU, pg.Supports, idParisCall, false)
)

// extraction1 is a French article of 2018: France and the EU sign, the
// United States do not; Germany signs by inference from the EU.
func extraction1() *pg.Extraction {
	text := "La France et l'Union européenne signent l'Appel de Paris. Les États-Unis ne sont pas signataires. Microsoft soutient l'Appel."
	frSupports := fact(idFR, pg.Supports, idParisCall, false)
	frSupports.Since = pg.MustDate("2018-11-12")
	frSupports.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	usDeclines := fact(idUS, pg.Supports, idParisCall, true)
	usDeclines.Since = pg.MustDate("2018-11")
	usDeclines.Evidence = []pg.Evidence{ev(doc1, "Les États-Unis ne sont pas signataires", 59)}
	eu := supportEU
	eu.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	ms := fact(idMicrosoft, pg.Supports, idParisCall, false)
	ms.Confidence = 0.8
	ms.Evidence = []pg.Evidence{ev(doc1, "Microsoft soutient l'Appel", 99)}
	member := memberDE
	member.Reference = true
	member.Confidence = 1
	de := fact(idDE, pg.Supports, idParisCall, false)
	de.Inferred = true
	de.DerivedFrom = []pg.FactID{supportEU.ID, memberDE.ID}
	de.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	heldAt := fact(idForum, pg.HeldAt, idParis, false)
	heldAt.Evidence = []pg.Evidence{ev(doc1, "Forum de Paris", 120)}
	return &pg.Extraction{
		Document: pg.Document{
			ID: doc1, Title: "L'Appel de Paris", Published: pg.MustDate("2018-11-12"),
			Lang: pg.French, Source: "https://example.org/appel", Text: text,
		},
		Entities: []pg.Entity{
			{ID: idUS, Name: "États-Unis", Kind: pg.KindState, Aliases: []string{"USA"}},
			{ID: idFR, Name: "France", Kind: pg.KindState},
			{ID: idDE, Name: "Allemagne", Kind: pg.KindState},
			{ID: idEU, Name: "Union européenne", Kind: pg.KindOrganization, Aliases: []string{"UE"}},
			{ID: idParisCall, Name: "Appel de Paris", Kind: pg.KindInitiative},
			{ID: idMicrosoft, Name: "Microsoft", Kind: pg.KindCompany},
			{ID: idForum, Name: "Forum de Paris sur la Paix 2018", Kind: pg.KindEvent,
				Start: pg.MustDate("2018-11-11"), End: pg.MustDate("2018-11-13")},
			{ID: idParis, Name: "Paris", Kind: pg.KindPlace},
			{ID: idHilton, Name: "Paris", Kind: pg.KindPerson},
		},
		Mentions: []pg.Mention{
			{Entity: idFR, Doc: doc1, Start: 3, End: 9},
			{Entity: idUS, Doc: doc1, Start: 63, End: 73},
		},
		Facts: []pg.Fact{frSupports, usDeclines, eu, ms, member, de, heldAt},
		Counts: []pg.Count{{
			Initiative: idParisCall, What: pg.CountSupporters, Value: 359, Date: pg.MustDate("2018-11"),
			Evidence: ev(doc1, "359 entités", 10),
		}},
	}
}

// extraction2 is an English article of 2021: France again (with an
// earlier since and a higher confidence), and the United States join.
func extraction2() *pg.Extraction {
	text := "France has backed the Paris Call since November 2018. The United States joined in November 2021."
	frSupports := fact(idFR, pg.Supports, idParisCall, false)
	frSupports.Since = pg.MustDate("2018-11")
	frSupports.Confidence = 0.9
	frSupports.Evidence = []pg.Evidence{ev(doc2, "France has backed the Paris Call", 0)}
	usJoins := fact(idUS, pg.Supports, idParisCall, false)
	usJoins.Since = pg.MustDate("2021-11")
	usJoins.Evidence = []pg.Evidence{ev(doc2, "The United States joined", 54)}
	return &pg.Extraction{
		Document: pg.Document{
			ID: doc2, Title: "The Paris Call", Published: pg.MustDate("2021-11-10"),
			Lang: pg.English, Text: text,
		},
		Entities: []pg.Entity{
			{ID: idUS, Name: "États-Unis", Kind: pg.KindState, Aliases: []string{"United States"}},
			{ID: idFR, Name: "France", Kind: pg.KindState},
			{ID: idParisCall, Name: "Appel de Paris", Kind: pg.KindInitiative, Aliases: []string{"Paris Call"}},
		},
		Mentions: []pg.Mention{{Entity: idUS, Doc: doc2, Start: 58, End: 71}},
		Facts:    []pg.Fact{frSupports, usJoins},
		Counts: []pg.Count{
			{Initiative: idParisCall, What: pg.CountSupporters, Value: 1200, Approx: true, Evidence: ev(doc2, "more than 1200", 80)},
			{Initiative: idParisCall, What: pg.CountStates, Value: 80, Date: pg.MustDate("2021"), Evidence: ev(doc2, "80 states", 90)},
		},
	}
}
