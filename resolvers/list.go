package resolvers

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// factPage returns the page of facts the Relay arguments ask for, facts
// in the order given.
func factPage(facts []*pledgegraph.Fact, first *int, after *string, last *int, before *string, all bool) (*model.FactConnection, error) {
	start, end, err := window(len(facts), first, after, last, before, all)
	if err != nil {
		return nil, err
	}
	return factConnection(facts[start:end], start, len(facts), end < len(facts)), nil
}

// factConnection returns the connection of a page of facts that starts
// at offset start of a list of total facts, more following it or not.
// Cursors carry the facts' IDs (see encodeKeyCursor).
func factConnection(facts []*pledgegraph.Fact, start, total int, more bool) *model.FactConnection {
	conn := &model.FactConnection{Edges: []*model.FactEdge{}, Nodes: []*pledgegraph.Fact{}, TotalCount: total}
	for i, f := range facts {
		conn.Edges = append(conn.Edges, &model.FactEdge{Cursor: encodeKeyCursor(start+i, string(f.ID)), Node: f})
		conn.Nodes = append(conn.Nodes, f)
	}
	conn.PageInfo = pageInfo(start, len(facts), total)
	conn.PageInfo.HasNextPage = more
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn
}

// indexedFactPage answers Query.facts through the store's pages of facts
// (pledgegraph.FactPager) when the store has them and the request needs
// nothing they do not give: facts in the order of their IDs, the first
// ones after a cursor that names a fact, no filter on dates or on the
// subjects' types. ok is false otherwise, and the caller reads every
// matching fact.
func (r *Resolver) indexedFactPage(ctx context.Context, filter pledgegraph.FactFilter, in *model.FactFilter, order *model.FactOrder, first *int, after *string, last *int, before *string) (conn *model.FactConnection, ok bool, err error) {
	pager, ok := r.Facts.(pledgegraph.FactPager)
	switch {
	case !ok,
		in.AsOf != nil || in.SinceAfter != nil || in.SinceBefore != nil || len(in.SubjectTypes) > 0,
		order != nil && (order.Field != model.FactOrderFieldID || order.Direction != nil && *order.Direction == model.OrderDirectionDesc),
		last != nil || before != nil && *before != "",
		first != nil && (*first <= 0 || *first > maxPage):
		return nil, false, nil
	}
	limit, start, from := defaultPage, 0, ""
	if first != nil {
		limit = *first
	}
	if after != nil && *after != "" {
		n, key, err := decodeKeyCursor(*after)
		if err != nil || key == "" {
			return nil, false, nil
		}
		start, from = n+1, key
	}
	facts, total, err := pager.FindFactPage(ctx, filter, pledgegraph.FactID(from), limit+1)
	if err != nil {
		return nil, false, fmt.Errorf("find facts: %w", err)
	}
	more := len(facts) > limit
	facts = facts[:min(len(facts), limit)]
	r.primeFacts(ctx, facts)
	return factConnection(facts, start, total, more), true, nil
}

// facts answers Query.facts: the store reads the facts the filter's
// entities, predicates and polarity select, and the rest of the filter,
// the order and the page are applied here.
func (r *Resolver) facts(ctx context.Context, in *model.FactFilter, order *model.FactOrder, first *int, after *string, last *int, before *string) (*model.FactConnection, error) {
	if in == nil {
		in = &model.FactFilter{}
	}
	filter := pledgegraph.FactFilter{Predicates: in.Predicates, Negated: in.Negated, Inferred: in.Inferred}
	if in.Subject != nil {
		e, err := r.resolveEntity(ctx, *in.Subject, "entity")
		if err != nil {
			return nil, err
		}
		filter.Subjects = []pledgegraph.EntityID{e.ID}
	}
	if in.Object != nil {
		e, err := r.resolveEntity(ctx, *in.Object, "entity")
		if err != nil {
			return nil, err
		}
		filter.Objects = []pledgegraph.EntityID{e.ID}
	}
	if in.Document != nil {
		filter.Document = pledgegraph.DocumentID(*in.Document)
	}
	if conn, ok, err := r.indexedFactPage(ctx, filter, in, order, first, after, last, before); ok || err != nil {
		return conn, err
	}
	facts, err := r.Facts.FindFacts(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("find facts: %w", err)
	}
	r.primeFacts(ctx, facts)
	if facts, err = r.holding(ctx, facts, dateArg(in.AsOf)); err != nil {
		return nil, fmt.Errorf("find facts: %w", err)
	}
	facts = slices.DeleteFunc(facts, func(f *pledgegraph.Fact) bool {
		return in.SinceAfter != nil && (f.Since.IsZero() || f.Since.Last().Before(in.SinceAfter.First())) ||
			in.SinceBefore != nil && (f.Since.IsZero() || !f.Since.StartedBy(*in.SinceBefore))
	})
	needSubjects := len(in.SubjectTypes) > 0 || order != nil && order.Field == model.FactOrderFieldSubjectName
	subjects := map[pledgegraph.EntityID]*pledgegraph.Entity{}
	if needSubjects {
		ids := make([]pledgegraph.EntityID, len(facts))
		for i, f := range facts {
			ids[i] = f.Subject
		}
		ents, err := r.primeEntities(ctx, ids)
		if err != nil {
			return nil, fmt.Errorf("subjects of %d facts: %w", len(facts), err)
		}
		for _, e := range ents {
			if e != nil {
				subjects[e.ID] = e
			}
		}
	}
	if len(in.SubjectTypes) > 0 {
		facts = slices.DeleteFunc(facts, func(f *pledgegraph.Fact) bool {
			e := subjects[f.Subject]
			return e == nil || !slices.Contains(in.SubjectTypes, e.Kind)
		})
	}
	sortFacts(facts, order, subjects)
	return factPage(orEmpty(facts), first, after, last, before, false)
}

// sortFacts orders facts as order says, by ID when nil; ties by ID.
func sortFacts(facts []*pledgegraph.Fact, order *model.FactOrder, subjects map[pledgegraph.EntityID]*pledgegraph.Entity) {
	field, desc := model.FactOrderFieldID, false
	if order != nil {
		field = order.Field
		desc = order.Direction != nil && *order.Direction == model.OrderDirectionDesc
	}
	dir := func(c int) int {
		if desc {
			return -c
		}
		return c
	}
	slices.SortStableFunc(facts, func(a, b *pledgegraph.Fact) int {
		var c int
		switch field {
		case model.FactOrderFieldSince:
			switch {
			case a.Since.IsZero() != b.Since.IsZero():
				if a.Since.IsZero() {
					return 1 // undated last, whichever the direction
				}
				return -1
			default:
				c = dir(a.Since.Compare(b.Since))
			}
		case model.FactOrderFieldConfidence:
			c = dir(cmp.Compare(a.Confidence, b.Confidence))
		case model.FactOrderFieldSubjectName:
			c = dir(cmp.Compare(sortName(subjects[a.Subject]), sortName(subjects[b.Subject])))
		default:
			c = dir(cmp.Compare(a.ID, b.ID))
		}
		return cmp.Or(c, cmp.Compare(a.ID, b.ID))
	})
}

// sortName is the key names are ordered by: folded, so that accents and
// case do not matter.
func sortName(e *pledgegraph.Entity) string {
	if e == nil {
		return ""
	}
	return pledgegraph.Fold(e.Name)
}

// relevance ranks how well entity e matches a folded search: 0 when a
// name or alias equals it, 1 when one starts with it, 2 when one
// contains it, 3 otherwise.
func relevance(e *pledgegraph.Entity, search string) int {
	best := 3
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := pledgegraph.Fold(n)
		switch {
		case f == search:
			return 0
		case strings.HasPrefix(f, search):
			best = min(best, 1)
		case strings.Contains(f, search):
			best = min(best, 2)
		}
	}
	return best
}

// entities answers Query.entities: the store reads the entities of the
// types and search asked, the rest of the filter, the order and the page
// are applied here.
func (r *Resolver) entities(ctx context.Context, in *model.EntityFilter, order *model.EntityOrder, typeArg *pledgegraph.Kind, search *string,
	first *int, after *string, last *int, before *string) (*model.EntityConnection, error) {
	if in == nil {
		in = &model.EntityFilter{}
	}
	filter := pledgegraph.EntityFilter{Kinds: in.Types}
	if typeArg != nil {
		filter.Kinds = append(filter.Kinds, *typeArg)
	}
	if in.Search != nil {
		filter.Search = *in.Search
	} else if search != nil {
		filter.Search = *search
	}
	ents, _, err := r.Entities.FindEntities(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	keep := func(ids map[pledgegraph.EntityID]bool) {
		ents = slices.DeleteFunc(ents, func(e *pledgegraph.Entity) bool { return !ids[e.ID] })
	}
	if in.Supports != nil {
		_, facts, published, err := r.initiativeFacts(ctx, *in.Supports, false)
		if err != nil {
			return nil, err
		}
		ids := map[pledgegraph.EntityID]bool{}
		for _, f := range pledgegraph.Supporters(facts, dateArg(in.SupportsAsOf), published) {
			ids[f.Subject] = true
		}
		keep(ids)
	}
	if in.MemberOf != nil {
		g, err := r.resolveEntity(ctx, *in.MemberOf, "group")
		if err != nil {
			return nil, err
		}
		no := false
		facts, err := r.Facts.FindFacts(ctx, pledgegraph.FactFilter{Objects: []pledgegraph.EntityID{g.ID},
			Predicates: []pledgegraph.Predicate{pledgegraph.MemberOf}, Negated: &no, IncludeReference: true})
		if err != nil {
			return nil, fmt.Errorf("members of %s: %w", g.ID, err)
		}
		ids := map[pledgegraph.EntityID]bool{}
		for _, f := range facts {
			ids[f.Subject] = true
		}
		keep(ids)
	}
	field, desc := model.EntityOrderFieldName, false
	if filter.Search != "" {
		field = model.EntityOrderFieldRelevance
	}
	if order != nil {
		field = order.Field
		desc = order.Direction != nil && *order.Direction == model.OrderDirectionDesc
	}
	folded := pledgegraph.Fold(filter.Search)
	slices.SortStableFunc(ents, func(a, b *pledgegraph.Entity) int {
		var c int
		switch field {
		case model.EntityOrderFieldRelevance:
			c = cmp.Compare(relevance(a, folded), relevance(b, folded))
			if c == 0 {
				c = cmp.Compare(sortName(a), sortName(b))
			}
		case model.EntityOrderFieldID:
			c = cmp.Compare(a.ID, b.ID)
		default:
			c = cmp.Compare(sortName(a), sortName(b))
		}
		if desc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(a.ID, b.ID))
	})
	start, end, err := window(len(ents), first, after, last, before, false)
	if err != nil {
		return nil, err
	}
	conn := &model.EntityConnection{Edges: []*model.EntityEdge{}, Nodes: []*pledgegraph.Entity{}, TotalCount: len(ents)}
	l := r.loaders(ctx)
	for i, e := range ents[start:end] {
		l.Entity.Prime(e.ID, e)
		conn.Edges = append(conn.Edges, &model.EntityEdge{Cursor: encodeCursor(start + i), Node: e})
		conn.Nodes = append(conn.Nodes, e)
	}
	conn.PageInfo = pageInfo(start, end-start, len(ents))
	return conn, nil
}
