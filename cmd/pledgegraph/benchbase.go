package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/graph"
)

// baseline is a question of the API measured three ways: as a GraphQL
// query through the HTTP endpoint, uncached; through the direct Go path,
// the store calls the resolvers make for it, in one view as an answer
// reads, written as JSON; and through Cayley's own path API.
type baseline struct {
	name  string
	query func(i int) string
	// direct returns the JSON of the answer's data, which must be the
	// GraphQL answer's byte for byte
	direct func(ctx context.Context, i int) ([]byte, error)
	// cayley returns the answer's entities through Cayley's path API
	cayley func(ctx context.Context, i int) ([]pledgegraph.EntityID, error)
	// want returns the entities cayley must find, in any order, given the
	// direct path's answer
	want func(ctx context.Context, i int, direct []byte) ([]pledgegraph.EntityID, error)
}

// baselines measures each question warm (the store's caches full) and
// cold (the store's caches emptied before each run, DropCaches), after
// checking that the three ways give the same answer. Each line gives p50
// and p99 of the three ways and the ratio the targets name: warm,
// GraphQL p99 over the direct path's; cold, GraphQL p50 over Cayley's.
// The runs of the three ways alternate, so that the machine's load
// weighs on each alike; cold runs and Cayley's warm runs stop after
// b.directTime (20 at least). ask posts a query and returns the answer as
// the server wrote it, failing on an HTTP or GraphQL error: a GraphQL
// run ends with the answer's bytes in hand, as a direct run ends with its
// JSON, and the answer is decoded only to be checked (decoding 329
// supporters takes about 130 µs here, which is the client's work, not
// the server's).
func (b *bench) baselines(ctx context.Context, n int, backend string, store *graph.Store, ask func(q string) ([]byte, error), qs []baseline) error {
	for _, q := range qs {
		b.note("docs=%d: baseline %s", n, q.name)
		for i := range 20 { // warm up, and check the answers
			if err := q.check(ctx, i, ask); err != nil {
				return fmt.Errorf("bench: baseline %s: %w", q.name, err)
			}
		}
		ways := []func(i int) error{
			func(i int) error { _, err := ask(q.query(i)); return err },
			func(i int) error { _, err := q.direct(ctx, i); return err },
			func(i int) error { _, err := q.cayley(ctx, i); return err },
		}
		warm, err := b.alternate(ways[:2], nil, 0)
		if err != nil {
			return fmt.Errorf("bench: baseline %s warm: %w", q.name, err)
		}
		cayley, err := b.alternate(ways[2:], nil, b.directTime)
		if err != nil {
			return fmt.Errorf("bench: baseline %s warm: %w", q.name, err)
		}
		warm = append(warm, cayley...)
		b.printf("docs=%d %s baseline %-36s %s; GraphQL / direct Go p99 %.2f×", n, backend, q.name+", warm:", waysLine(warm), ratio(warm[0], warm[1], 99))
		if err := q.check(ctx, 0, ask); err != nil { // the caches emptied
			return fmt.Errorf("bench: baseline %s cold: %w", q.name, err)
		}
		cold, err := b.alternate(ways, store.DropCaches, b.directTime)
		if err != nil {
			return fmt.Errorf("bench: baseline %s cold: %w", q.name, err)
		}
		b.printf("docs=%d %s baseline %-36s %s; GraphQL / Cayley p50 %.2f×", n, backend, q.name+", cold:", waysLine(cold), ratio(cold[0], cold[2], 50))
	}
	return nil
}

// check asks question i all three ways and fails if the answers differ.
func (q baseline) check(ctx context.Context, i int, ask func(string) ([]byte, error)) error {
	raw, err := ask(q.query(i))
	if err != nil {
		return err
	}
	data, err := graphqlData(raw)
	if err != nil {
		return err
	}
	direct, err := q.direct(ctx, i)
	if err != nil {
		return fmt.Errorf("direct Go path: %w", err)
	}
	if !bytes.Equal(data, direct) {
		return fmt.Errorf("the direct Go path's answer differs from GraphQL's:\nGraphQL:   %.400s\ndirect Go: %.400s", data, direct)
	}
	want, err := q.want(ctx, i, direct)
	if err != nil {
		return err
	}
	got, err := q.cayley(ctx, i)
	if err != nil {
		return fmt.Errorf("through Cayley's path API: %w", err)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(want, got) {
		return fmt.Errorf("the traversal through Cayley's path API finds %d entities (%.200v), %d were expected (%.200v)", len(got), got, len(want), want)
	}
	return nil
}

// alternate runs the ways in turn, before each turn calling before (when
// not nil, untimed), b.runs turns or, if budget is not zero, as many as
// fit in it (20 at least); it returns the times of each way.
func (b *bench) alternate(ways []func(i int) error, before func(), budget time.Duration) ([][]time.Duration, error) {
	ds := make([][]time.Duration, len(ways))
	begin := time.Now()
	for i := 0; i < b.runs && (budget == 0 || i < 20 || time.Since(begin) < budget); i++ {
		for k, way := range ways {
			if before != nil {
				before()
			}
			start := time.Now()
			if err := way(i); err != nil {
				return nil, err
			}
			ds[k] = append(ds[k], time.Since(start))
		}
	}
	return ds, nil
}

// waysLine writes the runs, p50 and p99 of the three ways.
func waysLine(ds [][]time.Duration) string {
	names := []string{"GraphQL uncached", "direct Go", "Cayley path API"}
	parts := make([]string, len(ds))
	for k, d := range ds {
		p50, _, p99 := percentiles(d)
		parts[k] = fmt.Sprintf("%s (%d runs) p50 %v p99 %v", names[k], len(d), p50, p99)
	}
	return strings.Join(parts, "; ")
}

// ratio returns the p-th percentile (50 or 99) of a over b's.
func ratio(a, b []time.Duration, p int) float64 {
	a50, _, a99 := percentiles(a)
	b50, _, b99 := percentiles(b)
	if p == 50 {
		return float64(a50) / float64(max(b50, 1))
	}
	return float64(a99) / float64(max(b99, 1))
}

// graphqlData posts a query through ask's client and returns its answer's
// data as the server wrote it; an answer with errors is an error.
func graphqlData(raw []byte) ([]byte, error) {
	var answer struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	if len(answer.Errors) > 0 {
		return nil, fmt.Errorf("answer with errors: %.200s", answer.Errors)
	}
	return answer.Data, nil
}

// marshalData writes v as gqlgen writes an answer's data: compact, with
// <, > and & as they are.
func marshalData(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// idOnly is an entity of which an answer asks the ID alone.
type idOnly struct {
	ID pledgegraph.EntityID `json:"id"`
}

// inView answers in one view of s, as a GraphQL answer reads: answer
// returns the data, which inView writes as JSON.
func inView(ctx context.Context, s *graph.Store, answer func(ctx context.Context) (any, error)) ([]byte, error) {
	ctx, release, err := s.View(ctx)
	if err != nil {
		return nil, err
	}
	data, err := answer(ctx)
	if rerr := release(); err == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	return marshalData(data)
}

// directEntityByName answers { entity(name: NAME) { id } } with the store
// call of Query.entity (which, asked for the id alone, finds the ID
// without reading the entity), in one view.
func directEntityByName(ctx context.Context, s *graph.Store, name string) ([]byte, error) {
	return inView(ctx, s, func(ctx context.Context) (any, error) {
		var answer struct {
			Entity *idOnly `json:"entity"`
		}
		id, err := s.FindEntityIDByName(ctx, name)
		switch {
		case pledgegraph.ErrorCode(err) == pledgegraph.ENOTFOUND:
		case err != nil:
			return nil, err
		default:
			answer.Entity = &idOnly{id}
		}
		return answer, nil
	})
}

// directSupporters answers { supporters(initiative: ID, asOf: D) {
// subject { id } } } with the store calls the resolvers make for it
// (Query.supporters; Fact.subject, asked for its id alone, reads
// nothing), in one view.
func directSupporters(ctx context.Context, s *graph.Store, initiative pledgegraph.EntityID, asOf pledgegraph.Date) ([]byte, error) {
	return inView(ctx, s, func(ctx context.Context) (any, error) {
		return supportersAnswer(ctx, s, initiative, asOf)
	})
}

// supportersAnswer is the data of directSupporters.
func supportersAnswer(ctx context.Context, s *graph.Store, initiative pledgegraph.EntityID, asOf pledgegraph.Date) (any, error) {
	// the initiative, named by its ID
	inits, err := s.EntitiesByIDs(ctx, []pledgegraph.EntityID{initiative})
	if err != nil {
		return nil, err
	}
	if inits[0] == nil {
		return nil, fmt.Errorf("no initiative %s", initiative)
	}
	// their outlines, as the resolvers read them for an answer that asks
	// for no evidence
	facts, err := s.FindStanceFacts(ctx, pledgegraph.FactFilter{
		Objects:    []pledgegraph.EntityID{inits[0].ID},
		Predicates: []pledgegraph.Predicate{pledgegraph.Supports},
	})
	if err != nil {
		return nil, err
	}
	docs, err := s.DocumentsByIDs(ctx, pledgegraph.DatingDocuments(facts))
	if err != nil {
		return nil, err
	}
	dates := make(map[pledgegraph.DocumentID]pledgegraph.Date, len(docs))
	for _, d := range docs {
		if d != nil {
			dates[d.ID] = d.Published
		}
	}
	supporters := pledgegraph.Supporters(facts, asOf, func(id pledgegraph.DocumentID) pledgegraph.Date { return dates[id] })
	type supporter struct {
		Subject idOnly `json:"subject"`
	}
	answer := struct {
		Supporters []supporter `json:"supporters"`
	}{make([]supporter, len(supporters))}
	for i, f := range supporters {
		answer.Supporters[i].Subject.ID = f.Subject
	}
	return answer, nil
}

// supportersKnown returns the subjects of the positive supports facts
// toward an initiative whose own date is asOf or before, or that have
// none, read with the store's FindFacts: what DirectSupporters finds,
// which applies no stance rule (an actor that declined after it
// supported is among them, not among the supporters), and a superset of
// the supporters in direct, the direct path's answer.
func supportersKnown(ctx context.Context, s *graph.Store, initiative pledgegraph.EntityID, asOf pledgegraph.Date, direct []byte) ([]pledgegraph.EntityID, error) {
	stated := false
	facts, err := s.FindFacts(ctx, pledgegraph.FactFilter{
		Objects:    []pledgegraph.EntityID{initiative},
		Predicates: []pledgegraph.Predicate{pledgegraph.Supports},
		Negated:    &stated,
	})
	if err != nil {
		return nil, err
	}
	var out []pledgegraph.EntityID
	for _, f := range facts {
		if (f.Since.IsZero() || f.Since.Compare(asOf) <= 0) && !slices.Contains(out, f.Subject) {
			out = append(out, f.Subject)
		}
	}
	supporters, err := idsOf(direct)
	if err != nil {
		return nil, err
	}
	for _, id := range supporters {
		if !slices.Contains(out, id) {
			return nil, fmt.Errorf("supporter %s has no positive supports fact by %v", id, asOf)
		}
	}
	return out, nil
}

// idsOf returns the IDs of the entities in an answer's data: the values
// of its "id" keys.
func idsOf(data []byte) ([]pledgegraph.EntityID, error) {
	var ids []pledgegraph.EntityID
	dec := json.NewDecoder(bytes.NewReader(data))
	for wantID := false; ; {
		t, err := dec.Token()
		if err != nil {
			if err == io.EOF { // Token returns it as it is
				return ids, nil
			}
			return nil, fmt.Errorf("answer: %w", err)
		}
		if s, ok := t.(string); ok {
			if wantID {
				ids = append(ids, pledgegraph.EntityID(s))
			}
			wantID = s == "id" && !wantID
		} else {
			wantID = false
		}
	}
}
