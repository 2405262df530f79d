package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"

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

// Document IDs of the fixture.
const (
	doc1 pg.DocumentID = "001_appel.txt"
	doc2 pg.DocumentID = "002 paris call.txt" // a space, for stores that escape names
)

// Entities of the fixture, as the documents list them.
var (
	entUS        = pg.Entity{ID: idUS, Name: "États-Unis", Kind: pg.KindState}
	entFR        = pg.Entity{ID: idFR, Name: "France", Kind: pg.KindState}
	entDE        = pg.Entity{ID: idDE, Name: "Allemagne", Kind: pg.KindState}
	entEU        = pg.Entity{ID: idEU, Name: "Union européenne", Kind: pg.KindOrganization, Aliases: []string{"UE"}}
	entParisCall = pg.Entity{ID: idParisCall, Name: "Appel de Paris", Kind: pg.KindInitiative}
	entMicrosoft = pg.Entity{ID: idMicrosoft, Name: "Microsoft", Kind: pg.KindCompany}
	entForum     = pg.Entity{ID: idForum, Name: "Forum de Paris sur la Paix 2018", Kind: pg.KindEvent,
		Start: pg.MustDate("2018-11-11"), End: pg.MustDate("2018-11-13")}
	entParis  = pg.Entity{ID: idParis, Name: "Paris", Kind: pg.KindPlace}
	entHilton = pg.Entity{ID: idHilton, Name: "Paris", Kind: pg.KindPerson}
)

// fact returns a fact with its ID derived as NewFactID derives it.
func fact(s pg.EntityID, p pg.Predicate, o pg.EntityID, negated bool) pg.Fact {
	return pg.Fact{ID: pg.NewFactID(s, p, o, negated), Subject: s, Predicate: p, Object: o, Negated: negated, Confidence: 0.7}
}

// ev returns the evidence of quote at byte offset start of doc.
func ev(doc pg.DocumentID, quote string, start int) pg.Evidence {
	return pg.Evidence{Document: doc, Sentence: quote + ".", Quote: quote, Start: start, End: start + len(quote), Rule: "sup.sign"}
}

// with returns e with aliases added.
func with(e pg.Entity, aliases ...string) pg.Entity {
	e.Aliases = append(slices.Clone(e.Aliases), aliases...)
	return e
}

// IDs of the fixture's facts.
var (
	factFRSupports = pg.NewFactID(idFR, pg.Supports, idParisCall, false)
	factUSDeclines = pg.NewFactID(idUS, pg.Supports, idParisCall, true)
	factUSSupports = pg.NewFactID(idUS, pg.Supports, idParisCall, false)
	factDESupports = pg.NewFactID(idDE, pg.Supports, idParisCall, false)
	factEUSupports = pg.NewFactID(idEU, pg.Supports, idParisCall, false)
	factMSSupports = pg.NewFactID(idMicrosoft, pg.Supports, idParisCall, false)
	factDEMember   = pg.NewFactID(idDE, pg.MemberOf, idEU, false)
	factHeldAt     = pg.NewFactID(idForum, pg.HeldAt, idParis, false)
)

// article2018 is a French article of 2018: France and the EU sign the
// Paris Call, the United States do not, Microsoft supports it; Germany
// signs by inference from the EU and a reference membership. It mentions
// France and the United States, and reports a count.
func article2018() *pg.Extraction {
	text := "La France et l'Union européenne signent l'Appel de Paris. Les États-Unis ne sont pas signataires. Microsoft soutient l'Appel."
	fr := fact(idFR, pg.Supports, idParisCall, false)
	fr.Since = pg.MustDate("2018-11-12")
	fr.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	usNo := fact(idUS, pg.Supports, idParisCall, true)
	usNo.Since = pg.MustDate("2018-11")
	usNo.Evidence = []pg.Evidence{ev(doc1, "Les États-Unis ne sont pas signataires", 59)}
	eu := fact(idEU, pg.Supports, idParisCall, false)
	eu.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	ms := fact(idMicrosoft, pg.Supports, idParisCall, false)
	ms.Confidence = 0.8
	ms.Evidence = []pg.Evidence{ev(doc1, "Microsoft soutient l'Appel", 99)}
	member := fact(idDE, pg.MemberOf, idEU, false)
	member.Reference = true
	member.Confidence = 1
	de := fact(idDE, pg.Supports, idParisCall, false)
	de.Inferred = true
	de.DerivedFrom = []pg.FactID{factEUSupports, factDEMember}
	de.Evidence = []pg.Evidence{ev(doc1, "La France et l'Union européenne signent l'Appel de Paris", 0)}
	heldAt := fact(idForum, pg.HeldAt, idParis, false)
	heldAt.Evidence = []pg.Evidence{ev(doc1, "Forum de Paris", 120)}
	return &pg.Extraction{
		Document: pg.Document{
			ID: doc1, Title: "L'Appel de Paris", Published: pg.MustDate("2018-11-12"),
			Lang: pg.French, Source: "https://example.org/appel", Text: text,
		},
		Entities: []pg.Entity{
			with(entUS, "USA"), entFR, entDE, entEU, entParisCall, entMicrosoft, entForum, entParis, entHilton,
		},
		Mentions: []pg.Mention{
			{Entity: idUS, Doc: doc1, Start: 63, End: 73},
			{Entity: idFR, Start: 3, End: 9}, // no document: the extraction's
		},
		Facts: []pg.Fact{fr, usNo, eu, ms, member, de, heldAt},
		Counts: []pg.Count{{
			Initiative: idParisCall, What: pg.CountSupporters, Value: 359, Date: pg.MustDate("2018-11"),
			Evidence: ev(doc1, "359 entités", 10),
		}},
	}
}

// article2021 is an English article of 2021: France again (with an
// earlier since and a higher confidence), and the United States join.
func article2021() *pg.Extraction {
	text := "France has backed the Paris Call since November 2018. The United States joined in November 2021."
	fr := fact(idFR, pg.Supports, idParisCall, false)
	fr.Since = pg.MustDate("2018-11")
	fr.Confidence = 0.9
	fr.Evidence = []pg.Evidence{ev(doc2, "France has backed the Paris Call", 0)}
	us := fact(idUS, pg.Supports, idParisCall, false)
	us.Since = pg.MustDate("2021-11")
	us.Evidence = []pg.Evidence{ev(doc2, "The United States joined", 54)}
	return &pg.Extraction{
		Document: pg.Document{
			ID: doc2, Title: "The Paris Call", Published: pg.MustDate("2021-11-10"),
			Lang: pg.English, Text: text,
		},
		Entities: []pg.Entity{with(entUS, "United States"), entFR, with(entParisCall, "Paris Call")},
		Mentions: []pg.Mention{{Entity: idUS, Doc: doc2, Start: 58, End: 71}},
		Facts:    []pg.Fact{fr, us},
		Counts: []pg.Count{
			{Initiative: idParisCall, What: pg.CountSupporters, Value: 1200, Approx: true, Evidence: ev(doc2, "more than 1200", 80)},
			{Initiative: idParisCall, What: pg.CountStates, Value: 80, Date: pg.MustDate("2021"), Evidence: ev(doc2, "80 states", 90)},
		},
	}
}

// moved returns x as the extraction of document id: its evidence and
// mentions point there, and its text differs from x's.
func moved(x *pg.Extraction, id pg.DocumentID) *pg.Extraction {
	y := *x
	y.Document.ID = id
	y.Document.Text += " (" + string(id) + ")"
	y.Document.Hash = ""
	y.Facts = slices.Clone(x.Facts)
	for i := range y.Facts {
		y.Facts[i].Evidence = slices.Clone(y.Facts[i].Evidence)
		for j := range y.Facts[i].Evidence {
			y.Facts[i].Evidence[j].Document = id
		}
	}
	y.Counts = slices.Clone(x.Counts)
	for i := range y.Counts {
		y.Counts[i].Evidence.Document = id
	}
	y.Mentions = slices.Clone(x.Mentions)
	for i := range y.Mentions {
		y.Mentions[i].Doc = id
	}
	return &y
}

// simple returns the extraction of a document that states facts, listing
// the entities they name (taken from entities) and citing each in its
// text.
func simple(id pg.DocumentID, entities []pg.Entity, facts ...pg.Fact) *pg.Extraction {
	x := &pg.Extraction{Document: pg.Document{ID: id, Lang: pg.French}}
	named := map[pg.EntityID]bool{}
	for _, f := range facts {
		named[f.Subject], named[f.Object] = true, true
		quote := string(f.Subject) + " " + string(f.Predicate) + " " + string(f.Object)
		if len(f.Evidence) == 0 && !f.Reference {
			f.Evidence = []pg.Evidence{ev(id, quote, len(x.Document.Text))}
		}
		x.Document.Text += quote + ". "
		x.Facts = append(x.Facts, f)
	}
	for _, e := range entities {
		if named[e.ID] {
			x.Entities = append(x.Entities, e)
		}
	}
	return x
}

// hash returns the hex SHA-256 of text, a Document's Hash.
func hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Article2018 and Article2021 are the suite's two-document fixture, for
// a store's own tests beside the suite: a French article of 2018 (France
// and the EU sign the Paris Call, the United States do not, Microsoft
// supports it, Germany by inference from the EU) and an English article
// of 2021 (France again, with an earlier since; the United States join).
// Each call returns new values.
func Article2018() *pg.Extraction { return article2018() }

// Article2021: see Article2018.
func Article2021() *pg.Extraction { return article2021() }
