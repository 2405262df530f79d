package extract

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// TestLimits checks that a text that repeats itself, or states one fact
// in many ways, yields what a short text saying it once would, with
// its repeats counted and warnings for what the limits left out.
func TestLimits(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	x := New(testLang(t), ref)
	once := "La France a signé l'Appel de Paris le 12 novembre 2018. "
	tests := []struct {
		name     string
		text     string
		evidence int    // pieces of evidence of France's support
		repeats  int    // the repeats counted on the first
		warning  string // a warning that says so, "" for none
	}{
		{"said once", once, 1, 0, ""},
		{"the same sentence 5,000 times", strings.Repeat(once, 5000), 1, 4999, ""},
		{"in paragraphs", strings.Repeat(once+"\n\n", 300), 1, 299, ""},
		{"in 100 different sentences", variants(100), MaxEvidencePerFact, 0, "pieces of evidence past the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := pledgegraph.Document{ID: "x", Text: Normalize(tt.text), Published: pledgegraph.MustDate("2018-11-13")}
			got := x.Extract(doc)
			var f *pledgegraph.Fact
			for k := range got.Facts {
				if got.Facts[k].Subject == "state/fr" && got.Facts[k].Predicate == pledgegraph.Supports {
					f = &got.Facts[k]
				}
			}
			if f == nil {
				t.Fatalf("no support of France among %d facts", len(got.Facts))
			}
			if len(f.Evidence) != tt.evidence || f.Evidence[0].Repeats != tt.repeats {
				t.Errorf("%d pieces of evidence, the first repeated %d times; want %d, %d", len(f.Evidence), f.Evidence[0].Repeats, tt.evidence, tt.repeats)
			}
			warned := strings.Join(got.Warnings, "\n")
			if tt.warning == "" && warned != "" || !strings.Contains(warned, tt.warning) {
				t.Errorf("warnings %q, want one with %q", warned, tt.warning)
			}
		})
	}
}

// variants returns n sentences that each say France signed the Paris
// Call, in other words.
func variants(n int) string {
	var b strings.Builder
	for k := range n {
		fmt.Fprintf(&b, "Selon le communiqué numéro %d, la France a signé l'Appel de Paris. ", k+1)
	}
	return b.String()
}

// TestLongTextCost checks that what extracting a text allocates grows
// with the text, not faster: a text four times longer costs at most
// five times as much (a cost that grew with the square of the length
// would cost sixteen times), and one past MaxReadBytes is read up to
// there, with a warning.
func TestLongTextCost(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 3 MB of text")
	}
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	x := New(testLang(t), ref)
	unit := "Microsoft, Google et la France ont rejoint l'Appel de Paris ; le Japon soutient la Charte. Orange a signé. "
	cost := func(n int) (uint64, *pledgegraph.Extraction) {
		doc := pledgegraph.Document{ID: "x", Text: Normalize(strings.Repeat(unit, n/len(unit)))}
		var m0, m1 runtime.MemStats
		// two collections empty the pools of buffers and their victim
		// caches: each size starts from none, whatever ran before
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m0)
		got := x.Extract(doc)
		runtime.ReadMemStats(&m1)
		return m1.TotalAlloc - m0.TotalAlloc, got
	}
	small, _ := cost(128 << 10)
	large, _ := cost(512 << 10)
	t.Logf("extracting 128 kB allocated %d kB, 512 kB %d kB", small>>10, large>>10)
	if large > 5*small {
		t.Errorf("extracting 512 kB allocated %d MB, 128 kB %d MB: more than five times as much", large>>20, small>>20)
	}
	_, got := cost(MaxReadBytes + 1<<20)
	if !strings.Contains(strings.Join(got.Warnings, "\n"), "extraction read the first") {
		t.Errorf("a text past MaxReadBytes gave no warning: %q", got.Warnings)
	}
	for _, m := range got.Mentions {
		if m.End > MaxReadBytes {
			t.Fatalf("a mention at %d-%d, past MaxReadBytes", m.Start, m.End)
		}
	}
}

// TestOnlyListedEntities checks that what an extraction yields names
// only the entities it lists, on a text that runs names and verbs
// together at random (a store refuses anything else, so such a text was
// not stored at all).
func TestOnlyListedEntities(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	x := New(testLang(t), ref)
	words := []string{"Microsoft", "Google", "la France", "le Japon", "Orange", "a signé", "soutient", "l'Appel de Paris", "et", "ont rejoint", "la Charte", "Siemens", ","}
	r := rand.New(rand.NewPCG(2, 2))
	var b strings.Builder
	for range 40000 {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	got := x.Extract(pledgegraph.Document{ID: "x", Text: Normalize(b.String())})
	listed := map[pledgegraph.EntityID]bool{}
	for _, e := range got.Entities {
		listed[e.ID] = true
	}
	for _, m := range got.Mentions {
		if !listed[m.Entity] {
			t.Fatalf("a mention of %s, which the extraction does not list", m.Entity)
		}
	}
	for _, f := range got.Facts {
		if !listed[f.Subject] || !listed[f.Object] {
			t.Fatalf("fact %s names an entity the extraction does not list", f.ID)
		}
	}
}
