package en

import "testing"

func TestLanguage(t *testing.T) {
	l, err := Language()
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		n    int
	}{
		{"stop words", len(l.Stop)},
		{"months", len(l.Months)},
		{"weekdays", len(l.Weekdays)},
		{"triggers", len(l.Triggers)},
		{"titles", len(l.Titles)},
		{"count nouns", len(l.CountNouns)},
		{"approximators", l.Approx.Len()},
		{"negation", len(l.NegStart)},
		{"exceptions", l.Exceptions.Len()},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.n == 0 {
				t.Errorf("%s: got %v entries, want some", c.name, c.n)
			}
		})
	}
}

func TestSettings(t *testing.T) {
	l, err := Language()
	if err != nil {
		t.Fatal(err)
	}
	if !l.NegSingle || !l.MonthFirst || l.HomeState != "" {
		t.Errorf("settings: negation single %v, month first %v, home state %q; want true, true, \"\"", l.NegSingle, l.MonthFirst, l.HomeState)
	}
}
