package extract

import (
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"apostrophe", "l’Appel", "l'Appel"},
		{"nbsp", "100\u00a0000\u202fpersonnes", "100 000 personnes"},
		{"nfc", "E\u0301tats", "États"},
		{"crlf", "a\r\nb", "a\nb"},
		{"guillemets kept", "« cyber »", "« cyber »"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"elision", "l'Assemblée d'Emmanuel", "l|assemblee|d|emmanuel"},
		{"compound", "Etats-Unis, « oui »", "etats|unis|,|«|oui|»"},
		{"number", "100 000 personnes", "100|000|personnes"},
		{"possessive", "Microsoft's call", "microsoft|s|call"},
		{"inversion", "L'accord a-t-il été signé ? Que reste-t-il, dit-elle", "l|accord|a|ete|signe|?|que|reste|,|dit"},
		{"pronoun word kept", "Saint-Elle, anti-illettrisme", "saint|elle|,|anti|illettrisme"},
		{"dotted initials", "l'U.R.S.S. et l'O.N.U., U.S.-Japan, J. Smith", "l|urss|et|l|onu|,|us|-|japan|,|j|.|smith"},
		{"dotted initials before letters", "A.B.cd", "a|.|b|.|cd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Normalize(tc.in)
			toks := Tokenize(in, 0, len(in))
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Fold)
				if in[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q has span %d-%d covering %q", tk.Text, tk.Start, tk.End, in[tk.Start:tk.End])
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Tokenize(%q) = %v, want %v", tc.in, g, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	lang := testLang(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviation", "M. Dupont a signé. Mme Durand aussi.", []string{"M. Dupont a signé.", "Mme Durand aussi."}},
		{"headline", "Un titre sans point\nLe texte suit ici.", []string{"Un titre sans point", "Le texte suit ici."}},
		{"bullets", "Ils s'engagent à :\n  • protéger ;\n  • prévenir.", []string{"Ils s'engagent à :", "protéger ;", "prévenir."}},
		{"numbered", "1. D'accroître la prévention ;\n2. De protéger.", []string{"D'accroître la prévention ;", "De protéger."}},
		{"broken line", "un cyberespace stable\naccessible et pacifique.", []string{"un cyberespace stable\naccessible et pacifique."}},
		{"numbered with sentences", "1. Qui en est ? Orange et Atos. Ensemble, elles signent.\n2. Et après ?", []string{"Qui en est ?", "Orange et Atos.", "Ensemble, elles signent.", "Et après ?"}},
		{"etc", "Des États, des entreprises etc. et des ONG.", []string{"Des États, des entreprises etc. et des ONG."}},
		{"em dash items", "Ils s'engagent à :\n— protéger ;\n— prévenir.", []string{"Ils s'engagent à :", "protéger ;", "prévenir."}},
		{"em dash dialogue", "Il hésite.\n— Nous verrons, dit-il.", []string{"Il hésite.", "— Nous verrons, dit-il."}},
		{"dotted initials", "Il a quitté la S.D.N. Le traité tient. L'U.R.S.S. l'a signé à l'O.N.U. Mardi.", []string{"Il a quitté la S.D.N.", "Le traité tient.", "L'U.R.S.S. l'a signé à l'O.N.U. Mardi."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in, lang) {
				got = append(got, s.Text)
			}
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
				t.Errorf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	pub := pledgegraph.MustDate("2018-11-13") // a Tuesday
	tests := []struct {
		name string
		lang *Language
		in   string
		want string
	}{
		{"full", fr, "le 12 novembre 2018", "2018-11-12"},
		{"no year", fr, "le 12 novembre", "2018-11-12"},
		{"weekday and day", fr, "ce lundi 12 novembre 2018", "2018-11-12"},
		{"slashes", fr, "11/11/2021", "2021-11-11"},
		{"iso month", fr, "date 2021-11", "2021-11"},
		{"month year", fr, "en novembre 2021", "2021-11"},
		{"yesterday", fr, "hier", "2018-11-12"},
		{"weekday", fr, "lundi", "2018-11-12"},
		{"range", fr, "du 11 au 13 novembre", "2018-11-11"},
		{"two days", fr, "les 8 et 9 juillet 2016", "2016-07-08"},
		{"english two days", en, "on 8 and 9 July 2016", "2016-07-08"},
		{"english", en, "November 12, 2018", "2018-11-12"},
		{"english short", en, "Nov 12, 2021", "2021-11-12"},
		{"english day first", en, "12 November 2018", "2018-11-12"},
		// counted from the last date the text gave (here the publication's)
		{"next day", fr, "le lendemain", "2018-11-14"},
		{"a year later", fr, "un an plus tard", "2019"},
		{"english next day", en, "the next day", "2018-11-14"},
		{"english month later", en, "a month later", "2018-12"},
		// a month and a year relative to the publication
		{"month last year", fr, "en mai l'an dernier", "2017-05"},
		{"day last year", fr, "le 3 mai l'année dernière", "2017-05-03"},
		{"english month last year", en, "in May last year", "2017-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Normalize(tc.in)
			ds := FindDates(Tokenize(in, 0, len(in)), in, tc.lang, pub, pub)
			if len(ds) == 0 {
				t.Fatalf("FindDates(%q) found nothing, want %s", tc.in, tc.want)
			}
			if got := ds[0].Date.String(); got != tc.want {
				t.Errorf("FindDates(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
	t.Run("relative without publication date", func(t *testing.T) {
		in := "hier, lundi"
		if ds := FindDates(Tokenize(in, 0, len(in)), in, fr, pledgegraph.Date{}, pledgegraph.Date{}); len(ds) != 0 {
			t.Errorf("FindDates(%q) = %v, want none", in, ds)
		}
	})
}

func TestReferenceMatch(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     pledgegraph.EntityID // "" for no match at the first token
		n        int
	}{
		{"accents folded", "Etats-Unis", "state/us", 2},
		{"longest match", "Appel de Paris pour la confiance et la sécurité dans le cyberespace", "initiative/appel-de-paris-pour-la-confiance-et-la-securite-dans-le-cyberespace", 12},
		{"alias", "Paris Call", "initiative/appel-de-paris-pour-la-confiance-et-la-securite-dans-le-cyberespace", 2},
		{"acronym case", "UE", "organization/union-europeenne", 1},
		{"acronym lower is a word", "eu", "", 0},
		{"one word needs a capital", "orange", "", 0},
		{"company", "Orange Cyberdefense", "company/orange-cyberdefense", 2},
		{"english name", "Netherlands", "state/nl", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Normalize(tc.in)
			es, n := ref.MatchAt(Tokenize(in, 0, len(in)), 0)
			var got pledgegraph.EntityID
			if n > 0 {
				got = es[0].ID()
			}
			if got != tc.want || n != tc.n {
				t.Errorf("MatchAt(%q) = %v/%d, want %v/%d", tc.in, got, n, tc.want, tc.n)
			}
		})
	}
}

func TestMembers(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, group, at string
		want            int
	}{
		{"EU in 2018", "Union européenne", "2018-11-12", 28},
		{"EU after Brexit", "Union européenne", "2020-02-01", 27},
		{"EU before Croatia", "Union européenne", "2013-06-30", 27},
		{"EU today", "Union européenne", "", 27},
		{"G7", "G7", "2021-11", 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := pledgegraph.ParseDate(tc.at)
			if got := len(ref.Members(tc.group, d)); got != tc.want {
				t.Errorf("len(Members(%s, %s)) = %v, want %v", tc.group, tc.at, got, tc.want)
			}
		})
	}
	t.Run("date from count", func(t *testing.T) {
		d := ref.dateWithCount("Union européenne", 28)
		if got := len(ref.Members("Union européenne", d)); got != 28 {
			t.Errorf("members at %v = %v, want 28", d, got)
		}
	})
}

func TestPrincipleName(t *testing.T) {
	fr := testLang(t)
	if got, want := testLangOf(t, "en").principleName("to protect the public core of the Internet;"), "Protect the public core of the Internet"; got != want {
		t.Errorf("principleName in English = %q, want %q", got, want)
	}
	tests := []struct{ in, want string }{
		{"D'accroître la prévention en ligne ;", "Accroître la prévention en ligne"},
		{"De protéger l'accessibilité d'Internet ;", "Protéger l'accessibilité d'Internet"},
		{"accroître la « cyber-hygiène » de tous ;", "Accroître la cyber-hygiène de tous"},
		{`empêcher le vol, notamment de secrets, "dans l'intention de nuire",`, "Empêcher le vol, notamment de secrets"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := fr.principleName(tc.in); got != tc.want {
				t.Errorf("principleName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPublishedDate(t *testing.T) {
	tests := []struct{ name, code, in, want string }{
		{"date line", "fr", " date 2021-11 Le texte.", "2021-11"},
		{"last modified", "fr", "Titre\n\nUn texte du 12 novembre 2018.\n\nDernière modification : 23/11/2018", "2018-11-23"},
		{"day of writing", "fr", "Légende, le 11 novembre 2018.\n\nLe président a présenté, ce lundi 12 novembre 2018, un appel.", "2018-11-12"},
		{"event date is not publication", "fr", "Le forum s'est tenu le 12 novembre 2018.", ""},
		{"agency and date in brackets", "fr", "Titre\n\nOTTAWA (Agence Nordique - 15 juin 2020) Le Premier ministre a parlé.", "2020-06-15"},
		{"agency and date in brackets, comma before the year", "en", "Title\n\nOTTAWA (Northwire / Agence - 15th June, 2020) Prime Minister Justin Trudeau said on Monday.", "2020-06-15"},
		{"weekday fits the year after the latest named", "fr", "Titre\n\nLe lundi 5 juin, la Commission a regretté le départ de Twitter, racheté en octobre 2022.", "2023-06-05"},
		{"weekday fits the latest year named", "en", "Title\n\nOn Monday, June 5, the Commission, which met in 2023, regretted the departure.", "2023-06-05"},
		{"weekday that fits none of the years", "en", "Title\n\nOn Tuesday, June 5, the Commission, which met in 2023, spoke.", ""},
		{"no year named", "fr", "Titre\n\nLe lundi 5 juin, la Commission a parlé.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lang := testLangOf(t, tc.code)
			if got := PublishedDate(Normalize(tc.in), lang).String(); got != tc.want {
				t.Errorf("PublishedDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNoPanic runs the pipeline on odd inputs: it must not panic.
func TestNoPanic(t *testing.T) {
	ref, err := DefaultReference()
	if err != nil {
		t.Fatal(err)
	}
	x := New(testLang(t), ref)
	inputs := []string{"", " ", "\n\n\n", "•", "1.", "«", "l'", "Appel de Paris", "ne pas", "hormis", ":",
		"359", "une cinquantaine", "le 31 février 2018", "du 40 au 50 novembre", "99/99/9999", "2021-13",
		"tous les membres du G7 hormis", "M.", "Le président de la République", "(", "(FGI", "Meta (ex-",
		"Les soutiens s'engagent à :\n• \n•", strings.Repeat("Microsoft, ", 200) + "ont signé l'appel."}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			doc := pledgegraph.Document{ID: "x", Text: Normalize(in), Published: pledgegraph.MustDate("2018-11-13")}
			x.Extract(doc)
			doc.Published = pledgegraph.Date{}
			x.Extract(doc)
		})
	}
}

func TestPlaceLine(t *testing.T) {
	fr, en := testLang(t), testLangOf(t, "en")
	pub := pledgegraph.MustDate("1958-04-30") // a Wednesday
	tests := []struct {
		lang *Language
		in   string
		day  string // "" when the line gives no day
		ok   bool
	}{
		{en, "Lausanne, Tuesday.", "1958-04-29", true},
		{fr, "GENÈVE, mardi — La conférence s'est ouverte.", "1958-04-29", true},
		{en, "Hyderabad: The third forum closed here.", "", true},
		{en, "FACT SHEET: Founding Governments Launch the Partnership", "", false},
		{fr, "Congrès : la jeunesse s'organise", "", false},
		{en, "Paris, Tuesday, was quiet.", "", false},
		{en, "Britain, France and Italy signed.", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			day, _, ok := placeLine(Tokenize(tc.in, 0, len(tc.in)), tc.in, tc.lang, pub)
			if ok != tc.ok || ok && tc.day != "" && day.String() != tc.day {
				t.Errorf("placeLine(%q) = %s, %v, want %q, %v", tc.in, day, ok, tc.day, tc.ok)
			}
		})
	}
}
