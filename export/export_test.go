package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
	"github.com/pledgegraph/pledgegraph/mock"
)

// tricky is a name XML, CSV and JSON must all escape.
const tricky = `Ça & <Co> "Ltd"`

// trickyID is an entity ID with the same troubles.
const trickyID = `company/ça&<co>"`

// IDs of the facts of smallStore.
var (
	fact1 = pledgegraph.NewFactID(trickyID, pledgegraph.Supports, "initiative/paris-call", false)
	fact2 = pledgegraph.NewFactID("state/fr", pledgegraph.Supports, "initiative/paris-call", true)
	fact3 = pledgegraph.NewFactID("state/fr", pledgegraph.MemberOf, "organization/ue", false)
)

// smallStore returns a graph of three entities and three facts: one
// stated by two documents, one negated, one from reference data with no
// evidence and no date whose object is not a stored entity. A store holds
// both ends of every fact, so the membership's object is stored and
// hidden from the export.
func smallStore(t *testing.T) *source {
	entities := []pledgegraph.Entity{
		{ID: trickyID, Name: tricky, Kind: pledgegraph.KindCompany, Aliases: []string{"Ça&Co", "l'Ça"}},
		{ID: "state/fr", Name: "France", Kind: pledgegraph.KindState},
		{ID: "initiative/paris-call", Name: "Appel de Paris", Kind: pledgegraph.KindInitiative},
		{ID: "organization/ue", Name: "Union européenne", Kind: pledgegraph.KindOrganization},
	}
	signs := pledgegraph.Fact{
		ID: fact1, Subject: trickyID, Predicate: pledgegraph.Supports, Object: "initiative/paris-call",
		Since: pledgegraph.MustDate("2018-11-12"), Confidence: 0.9,
	}
	signs1, signs2 := signs, signs
	signs1.Evidence = []pledgegraph.Evidence{{Document: "doc-1.txt", Sentence: `Ça & Co "signe" l'Appel.`, Quote: `Ça & Co "signe"`, Start: 10, End: 27, Rule: "sup.sign"}}
	signs2.Evidence = []pledgegraph.Evidence{{Document: "doc-2.txt", Quote: "a rejoint <l'Appel>", Start: 3, End: 22, Rule: "sup.join"}}
	refuses := pledgegraph.Fact{
		ID: fact2, Subject: "state/fr", Predicate: pledgegraph.Supports, Object: "initiative/paris-call",
		Negated: true, Since: pledgegraph.MustDate("2018"), Confidence: 0.75,
		Evidence: []pledgegraph.Evidence{{Document: "doc-1.txt", Quote: "la France n'a pas signé", Rule: "sup.sign"}},
	}
	member := pledgegraph.Fact{
		ID: fact3, Subject: "state/fr", Predicate: pledgegraph.MemberOf, Object: "organization/ue",
		Reference: true, Confidence: 1,
	}
	s := storeOf(t,
		&pledgegraph.Extraction{
			Document: pledgegraph.Document{ID: "doc-1.txt", Text: `Le groupe Ça & Co "signe" l'Appel ; la France n'a pas signé.`},
			Entities: entities,
			Facts:    []pledgegraph.Fact{signs1, refuses, member},
		},
		&pledgegraph.Extraction{
			Document: pledgegraph.Document{ID: "doc-2.txt", Text: "Il a rejoint <l'Appel>."},
			Entities: []pledgegraph.Entity{entities[0], entities[2]},
			Facts:    []pledgegraph.Fact{signs2},
		})
	return &source{s: s, hidden: "organization/ue", calls: map[string]int{}}
}

// storeOf returns a memory store holding xs, closed when the test ends.
func storeOf(t *testing.T, xs ...*pledgegraph.Extraction) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, x := range xs {
		if err := s.WriteExtraction(t.Context(), x); err != nil {
			t.Fatalf("write %s: %v", x.Document.ID, err)
		}
	}
	return s
}

// source is a store as an export reads it: it counts the calls to each
// method, leaves the entity hidden out (none when ""), and once fail is
// set fails every call, as a store that is down would.
type source struct {
	s      *graph.Store
	hidden pledgegraph.EntityID
	mu     sync.Mutex
	calls  map[string]int
	err    error
}

// call counts a call of method and returns the error it must fail with.
func (s *source) call(method string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[method]++
	return s.err
}

// Calls returns the number of calls made to method.
func (s *source) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// fail makes every later call return err.
func (s *source) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.err = err
}

func (s *source) FindEntities(ctx context.Context, f pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	if err := s.call("FindEntities"); err != nil {
		return nil, 0, err
	}
	es, total, err := s.s.FindEntities(ctx, f)
	if n := len(es); s.hidden != "" {
		es = slices.DeleteFunc(es, func(e *pledgegraph.Entity) bool { return e.ID == s.hidden })
		total -= n - len(es)
	}
	return es, total, err
}

func (s *source) EntitiesByIDs(ctx context.Context, ids []pledgegraph.EntityID) ([]*pledgegraph.Entity, error) {
	if err := s.call("EntitiesByIDs"); err != nil {
		return nil, err
	}
	es, err := s.s.EntitiesByIDs(ctx, ids)
	for i, e := range es {
		if e != nil && e.ID == s.hidden {
			es[i] = nil
		}
	}
	return es, err
}

func (s *source) FindFacts(ctx context.Context, f pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	if err := s.call("FindFacts"); err != nil {
		return nil, err
	}
	return s.s.FindFacts(ctx, f)
}

// plainSource hides the batch read of a store.
type plainSource struct{ s *source }

func (p plainSource) FindEntities(ctx context.Context, f pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
	return p.s.FindEntities(ctx, f)
}

func (p plainSource) FindFacts(ctx context.Context, f pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
	return p.s.FindFacts(ctx, f)
}

func TestWriteSmall(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		check  func(t *testing.T, out []byte)
	}{
		{"csv", CSV, checkSmallCSV},
		{"graphml", GraphML, checkSmallGraphML},
		{"jsonld", JSONLD, checkSmallJSONLD},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			st, err := Write(t.Context(), smallStore(t), tc.format, &buf)
			if err != nil {
				t.Fatalf("Write: %v", err)
			}
			if want := (Stats{Entities: 3, Facts: 3}); st != want {
				t.Errorf("Write stats = %+v, want %+v", st, want)
			}
			tc.check(t, buf.Bytes())
		})
	}
}

func checkSmallCSV(t *testing.T, out []byte) {
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("read csv: %v\n%s", err, out)
	}
	// Entities come by name as Fold compares them (Appel, Ça, France),
	// facts by ID.
	want := [][]string{
		csvHeader,
		{string(fact1), trickyID, tricky, "supports", "initiative/paris-call", "Appel de Paris", "false", "false", "false", "2018-11-12", "0.9", "doc-1.txt", `Ça & Co "signe"`, "sup.sign"},
		{string(fact1), trickyID, tricky, "supports", "initiative/paris-call", "Appel de Paris", "false", "false", "false", "2018-11-12", "0.9", "doc-2.txt", "a rejoint <l'Appel>", "sup.join"},
		{string(fact2), "state/fr", "France", "supports", "initiative/paris-call", "Appel de Paris", "true", "false", "false", "2018", "0.75", "doc-1.txt", "la France n'a pas signé", "sup.sign"},
		{string(fact3), "state/fr", "France", "member_of", "organization/ue", "", "false", "false", "true", "", "1", "", "", ""},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("csv rows =\n%q\nwant\n%q", rows, want)
	}
	if rows[0][0] != "fact_id" || len(rows[0]) != 14 {
		t.Errorf("csv header = %q, want 14 columns from fact_id", rows[0])
	}
}

// graphmlDoc is the part of a GraphML document the tests read.
type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string        `xml:"id,attr"`
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// dataMap returns data as a map from key to value.
func dataMap(data []graphmlData) map[string]string {
	m := map[string]string{}
	for _, d := range data {
		m[d.Key] = d.Value
	}
	return m
}

func decodeGraphML(t *testing.T, out []byte) *graphmlDoc {
	t.Helper()
	var doc graphmlDoc
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("decode graphml: %v\n%s", err, out)
	}
	return &doc
}

func checkSmallGraphML(t *testing.T, out []byte) {
	doc := decodeGraphML(t, out)
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q, want directed", doc.Graph.EdgeDefault)
	}
	keys := map[string]string{} // id → for
	for _, k := range doc.Keys {
		if k.Name == "" || k.Type == "" {
			t.Errorf("key %q has attr.name %q and attr.type %q, want both", k.ID, k.Name, k.Type)
		}
		keys[k.ID] = k.For
	}
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = dataMap(n.Data)
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data key %q is not a node key", n.ID, d.Key)
			}
		}
	}
	// The fact's object organization/ue is not stored: it gets a bare node.
	if len(doc.Graph.Nodes) != 4 || len(nodes) != 4 || nodes["organization/ue"] == nil {
		t.Errorf("graphml nodes = %v, want 3 entities and organization/ue", nodes)
	}
	if got := nodes[trickyID]; got["label"] != tricky || got["type"] != "Company" || got["aliases"] != "l'Ça | Ça&Co" {
		t.Errorf("node %s data = %q", trickyID, got)
	}
	if len(doc.Graph.Edges) != 3 {
		t.Fatalf("graphml has %d edges, want 3", len(doc.Graph.Edges))
	}
	for _, e := range doc.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s from %q to %q: an end is not a node", e.ID, e.Source, e.Target)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s: data key %q is not an edge key", e.ID, d.Key)
			}
		}
		if e.ID != string(fact1) {
			continue
		}
		want := map[string]string{
			"predicate": "supports", "negated": "false", "inferred": "false", "reference": "false",
			"since": "2018-11-12", "confidence": "0.9", "documents": "doc-1.txt | doc-2.txt", "quote": `Ça & Co "signe"`,
		}
		if got := dataMap(e.Data); !reflect.DeepEqual(got, want) || e.Source != trickyID || e.Target != "initiative/paris-call" {
			t.Errorf("edge %s from %s to %s data =\n%q\nwant from %s to initiative/paris-call\n%q", e.ID, e.Source, e.Target, got, trickyID, want)
		}
	}
	checkNodesFirst(t, out, 3)
}

// checkNodesFirst checks that the first n elements of the graph are nodes
// and that every node of a stored entity comes before the edges.
func checkNodesFirst(t *testing.T, out []byte, n int) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(out))
	var order []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("read graphml: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "node" || se.Name.Local == "edge") {
			order = append(order, se.Name.Local)
		}
	}
	for i, el := range order {
		if i < n && el != "node" {
			t.Fatalf("graph element %d is %s, want the %d entity nodes first (order %v)", i, el, n, order)
		}
	}
}

// jsonldDoc is a JSON-LD document as the tests read it.
type jsonldDoc struct {
	Context map[string]any   `json:"@context"`
	Graph   []map[string]any `json:"@graph"`
}

func decodeJSONLD(t *testing.T, out []byte) *jsonldDoc {
	t.Helper()
	var doc jsonldDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("decode json-ld: %v\n%s", err, out)
	}
	return &doc
}

func checkSmallJSONLD(t *testing.T, out []byte) {
	doc := decodeJSONLD(t, out)
	if doc.Context["@vocab"] != "https://pledgegraph.org/ns#" || doc.Context["name"] != "schema:name" {
		t.Errorf("@context = %v, want the pledgegraph vocabulary and schema:name", doc.Context)
	}
	if len(doc.Graph) != 6 {
		t.Fatalf("@graph has %d items, want 6", len(doc.Graph))
	}
	byID := map[string]map[string]any{}
	for _, n := range doc.Graph {
		id, _ := n["@id"].(string)
		byID[id] = n
	}
	tests := []struct {
		id, field string
		want      any
	}{
		{"urn:pledgegraph:entity:company/ça&%3Cco%3E%22", "name", tricky},
		{"urn:pledgegraph:entity:company/ça&%3Cco%3E%22", "@type", "schema:Corporation"},
		{"urn:pledgegraph:entity:state/fr", "@type", "schema:Country"},
		{"urn:pledgegraph:entity:initiative/paris-call", "@type", "Initiative"},
		{"urn:pledgegraph:fact:" + string(fact2), "negated", true},
		{"urn:pledgegraph:fact:" + string(fact1), "negated", false},
		{"urn:pledgegraph:fact:" + string(fact1), "since", "2018-11-12"},
		{"urn:pledgegraph:fact:" + string(fact1), "subject", "urn:pledgegraph:entity:company/ça&%3Cco%3E%22"},
		{"urn:pledgegraph:fact:" + string(fact3), "since", nil},
		{"urn:pledgegraph:fact:" + string(fact3), "evidence", nil},
		{"urn:pledgegraph:fact:" + string(fact3), "confidence", 1.0},
		{"urn:pledgegraph:fact:" + string(fact3), "object", "urn:pledgegraph:entity:organization/ue"},
	}
	for _, tc := range tests {
		if got := byID[tc.id][tc.field]; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s %s = %#v, want %#v", tc.id, tc.field, got, tc.want)
		}
	}
	ev, _ := byID["urn:pledgegraph:fact:"+string(fact1)]["evidence"].([]any)
	if len(ev) != 2 {
		t.Fatalf("%s evidence = %v, want 2 items", fact1, ev)
	}
	want := map[string]any{
		"@type": "Evidence", "document": "doc-1.txt", "quote": `Ça & Co "signe"`,
		"sentence": `Ça & Co "signe" l'Appel.`, "start": 10.0, "end": 27.0, "rule": "sup.sign",
	}
	if !reflect.DeepEqual(ev[0], want) {
		t.Errorf("%s evidence[0] = %v, want %v", fact1, ev[0], want)
	}
}

// bigStore returns n entities, each the subject of one fact whose object
// is the entity 600 places further (mod n), often on another page.
func bigStore(t *testing.T, n int) *source {
	x := &pledgegraph.Extraction{Document: pledgegraph.Document{ID: "d.txt", Text: "q"}}
	id := func(i int) pledgegraph.EntityID { return pledgegraph.EntityID(fmt.Sprintf("person/p%04d", i)) }
	for i := range n {
		x.Entities = append(x.Entities, pledgegraph.Entity{ID: id(i), Name: fmt.Sprintf("Person %04d", i), Kind: pledgegraph.KindPerson})
		if n > 1 {
			x.Facts = append(x.Facts, pledgegraph.Fact{
				Subject: id(i), Predicate: pledgegraph.ParticipatedIn, Object: id((i + 600) % n), Confidence: 0.5,
				Evidence: []pledgegraph.Evidence{{Document: "d.txt", Quote: "q", End: 1}},
			})
		}
	}
	var s *graph.Store
	if n == 0 {
		s = storeOf(t)
	} else {
		s = storeOf(t, x)
	}
	return &source{s: s, calls: map[string]int{}}
}

// subjectsIn returns how many times each entity is written as a node (a
// subject, for CSV), how many facts are written, and how many objects
// have a name (CSV) or are known nodes.
func subjectsIn(t *testing.T, f Format, out []byte) (count map[string]int, facts, named int) {
	t.Helper()
	count = map[string]int{}
	switch f {
	case CSV:
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("read csv: %v", err)
		}
		for _, r := range rows[1:] {
			count[r[1]]++
			if r[5] != "" {
				named++
			}
		}
		return count, len(rows) - 1, named
	case GraphML:
		doc := decodeGraphML(t, out)
		for _, n := range doc.Graph.Nodes {
			count[n.ID]++
		}
		for _, e := range doc.Graph.Edges {
			if count[e.Target] > 0 {
				named++
			}
		}
		return count, len(doc.Graph.Edges), named
	}
	doc := decodeJSONLD(t, out)
	for _, n := range doc.Graph {
		id, _ := n["@id"].(string)
		if n["@type"] == "Fact" {
			facts++
			continue
		}
		count[strings.TrimPrefix(id, entityIRI)]++
	}
	return count, facts, facts
}

func TestWritePages(t *testing.T) {
	for _, n := range []int{0, 1, 499, 500, 501, 1000, 1203} {
		for _, f := range []Format{CSV, GraphML, JSONLD} {
			t.Run(fmt.Sprintf("%s/%d", f, n), func(t *testing.T) {
				store := bigStore(t, n)
				var buf bytes.Buffer
				st, err := Write(t.Context(), store, f, &buf)
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				wantFacts := 0
				if n > 1 {
					wantFacts = n
				}
				if want := (Stats{Entities: n, Facts: wantFacts}); st != want {
					t.Errorf("stats = %+v, want %+v", st, want)
				}
				count, facts, named := subjectsIn(t, f, buf.Bytes())
				for id, c := range count {
					if c != 1 {
						t.Errorf("entity %s written %d times, want once", id, c)
					}
				}
				if (f != CSV || n > 1) && len(count) != n {
					t.Errorf("%d entities written, want %d", len(count), n)
				}
				if facts != wantFacts || named != wantFacts {
					t.Errorf("%d facts written, %d with a known object, want %d", facts, named, wantFacts)
				}
				passes := map[Format]int{CSV: 1, GraphML: 2, JSONLD: 1}[f]
				if got, want := store.Calls("FindEntities"), passes*(n/pageSize+1); got != want {
					t.Errorf("FindEntities called %d times, want %d", got, want)
				}
			})
		}
	}
}

func TestWriteWithoutBatchRead(t *testing.T) {
	// Without EntitiesByIDs, objects on other pages have no name in CSV
	// and no placeholder node in GraphML.
	var out bytes.Buffer
	if _, err := Write(t.Context(), plainSource{bigStore(t, 1203)}, CSV, &out); err != nil {
		t.Fatalf("Write csv: %v", err)
	}
	_, facts, named := subjectsIn(t, CSV, out.Bytes())
	// Entity i points to entity i+600 mod 1203, never on its own page
	// (0–499, 500–999, 1000–1202), so no object can be named.
	if facts != 1203 || named != 0 {
		t.Errorf("csv: %d facts, %d with an object name, want 1203 and 0", facts, named)
	}
	out.Reset()
	if _, err := Write(t.Context(), plainSource{smallStore(t)}, GraphML, &out); err != nil {
		t.Fatalf("Write graphml: %v", err)
	}
	if n := len(decodeGraphML(t, out.Bytes()).Graph.Nodes); n != 3 {
		t.Errorf("graphml without batch read has %d nodes, want 3", n)
	}
}

func TestWriteIgnoredFilter(t *testing.T) {
	// A source that returns every fact whatever the subject asked for
	// must still have each fact written once.
	store := smallStore(t)
	src := struct {
		*mock.EntityService
		*mock.FactService
	}{
		&mock.EntityService{FindEntitiesFn: store.FindEntities, EntitiesByIDsFn: store.EntitiesByIDs},
		&mock.FactService{FindFactsFn: func(ctx context.Context, _ pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
			return store.FindFacts(ctx, pledgegraph.FactFilter{IncludeReference: true})
		}},
	}
	for _, f := range []Format{CSV, GraphML, JSONLD} {
		st, err := Write(t.Context(), src, f, io.Discard)
		if err != nil || st.Facts != 3 {
			t.Errorf("Write(%s) = %+v, %v; want 3 facts", f, st, err)
		}
	}
}

// endlessSource has full pages of entities forever and ignores its
// context, so only the export's own checks can stop it.
func endlessSource(cancel context.CancelFunc) Source {
	calls := 0
	return struct {
		*mock.EntityService
		*mock.FactService
	}{
		&mock.EntityService{FindEntitiesFn: func(_ context.Context, f pledgegraph.EntityFilter) ([]*pledgegraph.Entity, int, error) {
			calls++
			if calls == 2 {
				cancel()
			}
			if calls > 5 {
				return nil, 0, errors.New("too many pages: the context was not checked")
			}
			page := make([]*pledgegraph.Entity, f.Limit)
			for i := range page {
				page[i] = &pledgegraph.Entity{ID: pledgegraph.EntityID(fmt.Sprint("e/", f.Offset+i)), Name: "e"}
			}
			return page, 1 << 30, nil
		}},
		&mock.FactService{FindFactsFn: func(context.Context, pledgegraph.FactFilter) ([]*pledgegraph.Fact, error) {
			return nil, nil
		}},
	}
}

func TestWriteErrors(t *testing.T) {
	errStore := errors.New("store is down")
	tests := []struct {
		name    string
		run     func(ctx context.Context, f Format) error
		wantErr error
	}{
		{"cancelled before", func(ctx context.Context, f Format) error {
			ctx, cancel := context.WithCancel(ctx)
			cancel()
			_, err := Write(ctx, smallStore(t), f, io.Discard)
			return err
		}, context.Canceled},
		{"cancelled while writing", func(ctx context.Context, f Format) error {
			ctx, cancel := context.WithCancel(ctx)
			defer cancel()
			_, err := Write(ctx, endlessSource(cancel), f, io.Discard)
			return err
		}, context.Canceled},
		{"store fails", func(ctx context.Context, f Format) error {
			s := smallStore(t)
			s.fail(errStore)
			_, err := Write(ctx, s, f, io.Discard)
			return err
		}, errStore},
		{"writer fails", func(ctx context.Context, f Format) error {
			_, err := Write(ctx, bigStore(t, 1203), f, &failWriter{after: 10000})
			return err
		}, errWrite},
		{"writer fails at flush", func(ctx context.Context, f Format) error {
			_, err := Write(ctx, smallStore(t), f, &failWriter{})
			return err
		}, errWrite},
	}
	for _, tc := range tests {
		for _, f := range []Format{CSV, GraphML, JSONLD} {
			t.Run(tc.name+"/"+string(f), func(t *testing.T) {
				err := tc.run(t.Context(), f)
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("Write error = %v, want %v", err, tc.wantErr)
				}
			})
		}
	}
}

func TestWriteStopsOnWriteError(t *testing.T) {
	// A failing writer stops the walk long before the end of the graph.
	store := bigStore(t, 1203)
	if _, err := Write(t.Context(), store, JSONLD, &failWriter{after: 5000}); err == nil {
		t.Fatal("Write to a failing writer: no error")
	}
	if n := store.Calls("FindFacts"); n >= 500 {
		t.Errorf("FindFacts called %d times after the writer failed, want fewer than 500", n)
	}
}

var errWrite = errors.New("disk full")

// failWriter fails once it has taken more than after bytes.
type failWriter struct{ after, n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	if w.n > w.after {
		return 0, errWrite
	}
	return len(p), nil
}

func TestWriteUnknownFormat(t *testing.T) {
	for _, f := range []Format{"", "xml", "CSV", "json"} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Write(t.Context(), smallStore(t), f, &buf)
			if err == nil {
				t.Fatalf("Write(%q): no error", f)
			}
			if code := pledgegraph.ErrorCode(err); code != pledgegraph.EINVALID {
				t.Errorf("Write(%q) error code = %q, want %q", f, code, pledgegraph.EINVALID)
			}
			for _, known := range []Format{CSV, GraphML, JSONLD} {
				if !strings.Contains(err.Error(), string(known)) {
					t.Errorf("Write(%q) error %q does not name %s", f, err, known)
				}
			}
			if buf.Len() != 0 {
				t.Errorf("Write(%q) wrote %d bytes, want none", f, buf.Len())
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		f                Format
		contentType, ext string
	}{
		{CSV, "text/csv; charset=utf-8", ".csv"},
		{GraphML, "application/graphml+xml", ".graphml"},
		{JSONLD, "application/ld+json", ".jsonld"},
		{"pdf", "", ""},
	}
	for _, tc := range tests {
		if got := tc.f.ContentType(); got != tc.contentType {
			t.Errorf("Format(%q).ContentType() = %q, want %q", tc.f, got, tc.contentType)
		}
		if got := tc.f.Ext(); got != tc.ext {
			t.Errorf("Format(%q).Ext() = %q, want %q", tc.f, got, tc.ext)
		}
	}
}

func TestIRI(t *testing.T) {
	tests := []struct{ id, want string }{
		{"state/fr", "urn:pledgegraph:entity:state/fr"},
		{"event/forum-de-paris-2018", "urn:pledgegraph:entity:event/forum-de-paris-2018"},
		{`a b"c%<d>`, "urn:pledgegraph:entity:a%20b%22c%25%3Cd%3E"},
		{"été", "urn:pledgegraph:entity:été"},
	}
	for _, tc := range tests {
		if got := iri(entityIRI, tc.id); got != tc.want {
			t.Errorf("iri(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
