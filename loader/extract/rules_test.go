package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func extractText(t *testing.T, lang *Language, text string, published string) *pledgegraph.Extraction {
	t.Helper()
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	pub, err := pledgegraph.ParseDate(published)
	if err != nil {
		t.Fatal(err)
	}
	return New(lang, ref).Extract(pledgegraph.Document{ID: "t", Text: Normalize(text), Published: pub})
}

func TestCounts(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	tests := []struct {
		name string
		lang *Language
		in   string
		want string
	}{
		{"exact", fr, "Au total, 359 entités ont signé l'Appel de Paris.", "supporters 359"},
		{"approximator", fr, "L'appel de Paris a reçu près de 400 soutiens.", "supporters 400~"},
		{"approximate noun", fr, "L'Appel de Paris a reçu le soutien d'une cinquantaine d'États.", "states 50~"},
		{"count and part", fr, "Ils rejoignent l'Appel de Paris et plus de 1200 acteurs, dont 80 Etats.", "states 80,supporters 1200~"},
		{"spaced thousands", fr, "Digital Peace Now a reçu le soutien de plus de 100 000 personnes de 130 pays.", "supporters 100000~"},
		{"english", en, "Over 80 states and more than 1,200 companies support the Paris Call.", "companies 1200~,states 80~"},
		{"no support, no count", fr, "L'Appel de Paris a été présenté devant 300 personnes.", ""},
		{"a date is no count", fr, "L'Appel de Paris a été signé le 12 novembre 2018.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, tc.lang, tc.in, "2018-11-13")
			var got []string
			for _, c := range x.Counts {
				s := fmt.Sprintf("%s %d", c.What, c.Value)
				if c.Approx {
					s += "~"
				}
				got = append(got, s)
			}
			sort.Strings(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("counts of %q = %v, want %v", tc.in, g, tc.want)
			}
		})
	}
}

// facts lists "subject predicate object" with "!" for negated and "~"
// for inferred facts, reference facts aside, sorted.
func factsOf(x *pledgegraph.Extraction) string {
	var out []string
	for _, f := range x.Facts {
		if f.Reference {
			continue
		}
		s := string(f.Subject) + " " + string(f.Predicate) + " " + string(f.Object)
		if f.Negated {
			s = "!" + s
		}
		if f.Inferred {
			s = "~" + s
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func TestSupportPolarity(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	const pc = "initiative/appel-de-paris-pour-la-confiance-et-la-securite-dans-le-cyberespace"
	tests := []struct {
		name string
		lang *Language
		in   string
		want []string
	}{
		{"active", fr, "La France a signé l'Appel de Paris.", []string{"state/fr supports " + pc}},
		{"passive", fr, "L'Appel de Paris est soutenu par le Japon et Microsoft.", []string{"company/microsoft supports " + pc, "state/jp supports " + pc}},
		{"ne pas", fr, "La Chine n'a pas signé l'Appel de Paris.", []string{"!state/cn supports " + pc}},
		{"ni ni", fr, "Ni la Chine, ni la Russie ne devraient figurer parmi les signataires de l'Appel de Paris.", []string{"!state/cn supports " + pc, "!state/ru supports " + pc}},
		{"manquent", fr, "Israël manque à l'appel de Paris.", []string{"!state/il supports " + pc}},
		{"refused", fr, "Donald Trump avait refusé de soutenir l'Appel de Paris.", []string{"!person/donald-trump supports " + pc}},
		{"exception", fr, "Des entreprises comme Cisco ont signé l'Appel de Paris, à l'exception de Apple.", []string{"!company/apple supports " + pc, "company/cisco supports " + pc}},
		{"mentioned only", fr, "Apple a publié un rapport sur l'Appel de Paris.", nil},
		{"english negation", en, "China has not signed the Paris Call.", []string{"!state/cn supports " + pc}},
		{"english declined", en, "The United States declined to sign the Paris Call.", []string{"!state/us supports " + pc}},
		{"group", fr, "Tous les membres du G7 hormis les Etats-Unis ont signé l'Appel de Paris.", []string{
			"!state/us supports " + pc, "~state/ca supports " + pc, "~state/de supports " + pc, "~state/fr supports " + pc,
			"~state/gb supports " + pc, "~state/it supports " + pc, "~state/jp supports " + pc}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.lang, tc.in, "2018-11-13"))
			sort.Strings(tc.want)
			if want := strings.Join(tc.want, "\n"); got != want {
				t.Errorf("facts of %q =\n%v\nwant\n%v", tc.in, got, want)
			}
		})
	}
}

func TestGroupMembershipDate(t *testing.T) {
	fr := testLang(t)
	tests := []struct {
		name, in, published string
		want                int
	}{
		{"publication date", "Tous les États membres de l'UE ont signé l'Appel de Paris.", "2018-11-13", 28},
		{"after Brexit", "Tous les États membres de l'UE ont signé l'Appel de Paris.", "2021-11", 27},
		{"count in the text", "Les 28 membres de l'UE ont signé l'Appel de Paris.", "", 28},
		{"undated: membership unknown", "Tous les États membres de l'UE ont signé l'Appel de Paris.", "", 0},
		{"fact date", "Le 12 novembre 2018, tous les États membres de l'UE ont signé l'Appel de Paris.", "2021-11", 28},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, fr, tc.in, tc.published)
			got, refs := 0, 0
			for _, f := range x.Facts {
				if f.Inferred && f.Predicate == pledgegraph.Supports {
					got++
					if len(f.DerivedFrom) != 1 {
						t.Errorf("fact %s derived from %v, want one membership", f.Subject, f.DerivedFrom)
					}
				}
				if f.Reference && f.Predicate == pledgegraph.MemberOf {
					refs++
				}
			}
			if got != tc.want || refs != tc.want {
				t.Errorf("inferred facts = %v, membership facts = %v, want %v", got, refs, tc.want)
			}
		})
	}
}

func TestEventFrameRules(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	tests := []struct {
		name string
		lang *Language
		in   string
		want string // predicate and rule of each fact, sorted
	}{
		{"attend", en, "Microsoft attended the Paris Peace Forum.", "participated_in evt.attend"},
		{"venue preposition", en, "The Paris Peace Forum took place in Paris.", "held_at evt.venue"},
		{"host", en, "Lisbon hosted the Paris Peace Forum.", "held_at evt.host"},
		{"participer", fr, "Microsoft a participé au Forum de Paris sur la Paix.", "participated_in evt.attend"},
		{"préposition de lieu", fr, "Le Forum de Paris sur la Paix s'est tenu à Paris.", "held_at evt.venue"},
		{"accueillir", fr, "Lisbonne a accueilli le Forum de Paris sur la Paix.", "held_at evt.host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range extractText(t, tc.lang, tc.in, "2018-11-13").Facts {
				for _, e := range f.Evidence {
					got = append(got, string(f.Predicate)+" "+e.Rule)
				}
			}
			sort.Strings(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("rules of %q = %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}

func TestEventFramesHaveIDs(t *testing.T) {
	for _, code := range []string{"fr", "en"} {
		for _, fr := range testLangOf(t, code).EventFrames {
			if !strings.HasPrefix(fr.ID, "evt.") {
				t.Errorf("%s: event frame %q has ID %q, want evt.…", code, strings.Join(fr.Phrase, " "), fr.ID)
			}
		}
	}
}

func TestParseLanguageBadValues(t *testing.T) {
	for _, line := range []string{
		"setting\tsometimes\tnegation",
		"setting\tyes\tweather",
		"countprep\tx\tde",
		"membermod\tinside\tmembres",
		"relexample\tmany\ttous",
		"eventframe\tactor>event\tattended",
	} {
		if _, err := ParseLanguage("xx", []byte(line+"\n")); err == nil {
			t.Errorf("ParseLanguage(%q): no error", line)
		}
	}
}

func TestBracketedAcronymOwner(t *testing.T) {
	fr := testLang(t)
	tests := []struct {
		name, in, acronym string
		event             bool // whether the event takes the acronym
	}{
		{"spells the council", "Les États-Unis et l'Union européenne ont tenu mercredi à Pittsburgh la première réunion de leur Conseil du commerce et des technologies (CCT).", "CCT", false},
		{"spells another council", "Le Canada et le Japon ont tenu à Ottawa la deuxième réunion de leur Conseil de coopération numérique (CCN).", "CCN", false},
		{"spells the forum", "Le Brésil a accueilli le Forum sur la gouvernance de l'internet (FGI) en novembre.", "FGI", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, fr, tc.in, "2022-05-10")
			got := false
			for _, e := range x.Entities {
				if e.Kind == pledgegraph.KindEvent && slices.Contains(e.Aliases, tc.acronym) {
					got = true
				}
			}
			if got != tc.event {
				t.Errorf("an event has alias %s: %v, want %v (%v)", tc.acronym, got, tc.event, x.Entities)
			}
		})
	}
}

func TestVenueNames(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	tests := []struct {
		name string
		lang *Language
		in   string
		want string // an alias of the event
	}{
		{"en: the text's words", en, "Leaders met at the G20 summit in Hangzhou on Sunday. China hosted the summit.", "G20 summit in Hangzhou"},
		{"en: place first", en, "Ministers gathered for the G20 summit in Osaka on Friday. Japan took part in the summit.", "Osaka G20 summit"},
		{"fr: after de", fr, "Les dirigeants se sont retrouvés dimanche au sommet du G20 à Hangzhou. La France a participé au sommet.", "sommet du G20 de Hangzhou"},
		{"fr: d' before a vowel", fr, "Les ministres se sont réunis vendredi au sommet du G20 à Osaka. Le Japon a participé au sommet.", "sommet du G20 d'Osaka"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, tc.lang, tc.in, "2019-06-30")
			var got []string
			for _, e := range x.Entities {
				if e.Kind == pledgegraph.KindEvent {
					got = append(got, e.Aliases...)
				}
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("aliases of the event of %q = %q, want %q among them", tc.in, got, tc.want)
			}
		})
	}
}
