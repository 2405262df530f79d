package resolvers

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pledgegraph/pledgegraph"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

// publishN publishes n changes of documents named doc-1, doc-2…, counting
// on from what c holds, each with its seq as its number of documents.
func publishN(c *Changes, n int) {
	for range n {
		seq := c.Last() + 1
		c.publish(&model.GraphChange{Kind: model.ChangeKindDocumentAdded, Document: fmt.Sprintf("doc-%d", seq), Documents: seq})
	}
}

// receive returns the next event of ch, failing the test after a second.
func receive(t *testing.T, ch <-chan graphql.Event[*model.GraphChange]) *model.GraphChange {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("the subscription ended")
		}
		if seq, ok := eventSeq(ev.Context); !ok || seq != ev.Value.Seq {
			t.Errorf("the event of change %d carries seq %d, %v", ev.Value.Seq, seq, ok)
		}
		return ev.Value
	case <-time.After(time.Second):
		t.Fatal("no change within a second")
	}
	return nil
}

// quiet fails the test if ch sends an event within a short while.
func quiet(t *testing.T, ch <-chan graphql.Event[*model.GraphChange]) {
	t.Helper()
	select {
	case ev := <-ch:
		t.Errorf("got change %d %s, want nothing", ev.Value.Seq, ev.Value.Kind)
	case <-time.After(50 * time.Millisecond):
	}
}

// describe writes changes as "1 3 R6 7" (R: a RESYNC).
func describe(gs []*model.GraphChange) string {
	var parts []string
	for _, g := range gs {
		if g.Kind == model.ChangeKindResync {
			parts = append(parts, fmt.Sprintf("R%d", g.Seq))
		} else {
			parts = append(parts, fmt.Sprint(g.Seq))
		}
	}
	return strings.Join(parts, " ")
}

// TestChangesOrder checks that subscribers receive every change once, in
// the order published, each numbered one more than the one before.
func TestChangesOrder(t *testing.T) {
	c := NewChanges(ChangesOptions{})
	ch1, err := c.subscribe(t.Context(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ch2, _ := c.subscribe(t.Context(), nil, nil)
	publishN(c, 5)
	for _, ch := range []<-chan graphql.Event[*model.GraphChange]{ch1, ch2} {
		var got []*model.GraphChange
		for range 5 {
			got = append(got, receive(t, ch))
		}
		if d := describe(got); d != "1 2 3 4 5" {
			t.Errorf("received %s, want 1 2 3 4 5", d)
		}
		if got[2].Document != "doc-3" || got[2].Kind != model.ChangeKindDocumentAdded {
			t.Errorf("change 3 = %+v", got[2])
		}
		quiet(t, ch)
	}
}

// TestChangesAfter resumes subscriptions at every kind of cursor: inside
// the backlog, at its newest change, out of it, and ahead of it.
func TestChangesAfter(t *testing.T) {
	tests := []struct {
		name      string
		published int
		after     int
		want      string // what comes before the changes published after subscribing
	}{
		{"in the backlog", 10, 7, "8 9 10"},
		{"the oldest kept", 10, 6, "7 8 9 10"},
		{"the latest", 10, 10, ""},
		{"just out of the backlog", 10, 5, "R6 7 8 9 10"},
		{"far out of the backlog", 10, 0, "R6 7 8 9 10"},
		{"all kept, from the start", 3, 0, "1 2 3"},
		{"ahead: a client of another process", 3, 100, "R3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewChanges(ChangesOptions{Backlog: 4})
			publishN(c, tt.published)
			after := tt.after
			ch, err := c.subscribe(t.Context(), &after, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []*model.GraphChange
			for range len(strings.Fields(tt.want)) {
				got = append(got, receive(t, ch))
			}
			if d := describe(got); d != tt.want {
				t.Errorf("after %d received %q, want %q", after, d, tt.want)
			}
			if len(got) > 0 && got[0].Kind == model.ChangeKindResync && got[0].Documents != got[0].Seq {
				t.Errorf("RESYNC %d has the totals %d, want those after change %d", got[0].Seq, got[0].Documents, got[0].Seq)
			}
			quiet(t, ch)
			publishN(c, 1)
			if g := receive(t, ch); g.Seq != tt.published+1 {
				t.Errorf("then received %d, want %d", g.Seq, tt.published+1)
			}
		})
	}
}

// TestChangesResyncTotals checks that a RESYNC ahead of a broker that has
// published nothing gets the graph's totals from fill.
func TestChangesResyncTotals(t *testing.T) {
	c := NewChanges(ChangesOptions{})
	after := 42
	ch, err := c.subscribe(t.Context(), &after, func(_ context.Context, g *model.GraphChange) { g.Documents = 7 })
	if err != nil {
		t.Fatal(err)
	}
	if g := receive(t, ch); g.Kind != model.ChangeKindResync || g.Seq != 0 || g.Documents != 7 {
		t.Errorf("got %+v, want RESYNC 0 with 7 documents", g)
	}
}

// TestChangesOverflow lets a subscriber fall behind by more than the
// backlog: it receives what it had taken, a RESYNC, then every change
// kept, in order.
func TestChangesOverflow(t *testing.T) {
	c := NewChanges(ChangesOptions{Backlog: 4})
	ch, err := c.subscribe(t.Context(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	publishN(c, 10)
	var got []*model.GraphChange
	for len(got) == 0 || got[len(got)-1].Seq < 10 {
		got = append(got, receive(t, ch))
	}
	// the subscriber may have taken changes, or a RESYNC, while they were
	// published: what it received must follow from that
	prev, resyncs := 0, 0
	for _, g := range got {
		switch {
		case g.Kind == model.ChangeKindResync && g.Seq > prev:
			resyncs++
		case g.Kind != model.ChangeKindResync && g.Seq == prev+1:
		default:
			t.Fatalf("received %s: %d does not follow %d", describe(got), g.Seq, prev)
		}
		prev = g.Seq
	}
	if tail := describe(got[len(got)-5:]); resyncs == 0 || tail != "R6 7 8 9 10" {
		t.Errorf("received %s, want it to end with R6 7 8 9 10", describe(got))
	}
}

// TestChangesPublisherNeverWaits publishes many changes while subscribers
// read none: publishing does not wait for them, and each subscriber then
// learns what it missed.
func TestChangesPublisherNeverWaits(t *testing.T) {
	c := NewChanges(ChangesOptions{Backlog: 16})
	var chans []<-chan graphql.Event[*model.GraphChange]
	for range 100 {
		ch, err := c.subscribe(t.Context(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		chans = append(chans, ch)
	}
	done := make(chan struct{})
	go func() {
		publishN(c, 100_000)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("publishing 100,000 changes to subscribers that do not read took over 20s")
	}
	for _, ch := range chans[:3] {
		var got []*model.GraphChange
		for len(got) == 0 || got[len(got)-1].Seq < 100_000 {
			got = append(got, receive(t, ch))
		}
		if resync := got[len(got)-17]; resync.Kind != model.ChangeKindResync || resync.Seq != 100_000-16 {
			t.Errorf("received %s, want a RESYNC then the 16 changes kept", describe(got))
		}
	}
}

// TestChangesLimit checks the limit on subscriptions: one more is refused
// with code unavailable until one ends; a slot a transport reserved is
// used, not taken twice.
func TestChangesLimit(t *testing.T) {
	c := NewChanges(ChangesOptions{MaxSubscriptions: 2})
	ctx1, cancel1 := context.WithCancel(t.Context())
	defer cancel1()
	if _, err := c.subscribe(ctx1, nil, nil); err != nil {
		t.Fatal(err)
	}
	s, err := c.reserve()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.subscribe(withSlot(t.Context(), s), nil, nil); err != nil {
		t.Fatalf("with a reserved slot: %v", err)
	}
	if n := c.Subscriptions(); n != 2 {
		t.Errorf("%d subscriptions open, want 2", n)
	}
	_, err = c.subscribe(t.Context(), nil, nil)
	if code := pledgegraph.ErrorCode(err); code != pledgegraph.EUNAVAILABLE {
		t.Fatalf("a third subscription: %v, want code %s", err, pledgegraph.EUNAVAILABLE)
	}
	cancel1()
	deadline := time.Now().Add(time.Second)
	for c.Subscriptions() > 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if _, err := c.subscribe(t.Context(), nil, nil); err != nil {
		t.Errorf("once one ended: %v", err)
	}
	unlimited := NewChanges(ChangesOptions{MaxSubscriptions: -1})
	for range 3 * DefaultMaxSubscriptions {
		if _, err := unlimited.reserve(); err != nil {
			t.Fatalf("no limit: %v", err)
		}
	}
}

// TestChangesBadAfter checks that a negative after is refused.
func TestChangesBadAfter(t *testing.T) {
	c := NewChanges(ChangesOptions{})
	after := -1
	if _, err := c.subscribe(t.Context(), &after, nil); pledgegraph.ErrorCode(err) != pledgegraph.EINVALID {
		t.Errorf("after -1: %v, want code invalid", err)
	}
	if n := c.Subscriptions(); n != 0 {
		t.Errorf("%d subscriptions open after a refusal", n)
	}
}
