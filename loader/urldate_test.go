package loader

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestURLDate(t *testing.T) {
	tests := []struct {
		source string
		want   pledgegraph.Date
	}{
		{"https://macg.example/ailleurs/2022/04/60-pays-signent-une-declaration-128699", pledgegraph.Date{Year: 2022, Month: 4}},
		{"https://www.example.gov/briefing-room/statements-releases/2024/10/02/fact-sheet/", pledgegraph.Date{Year: 2024, Month: 10, Day: 2}},
		{"http://blog.example.org/2021-05-07-joins-the-call", pledgegraph.Date{Year: 2021, Month: 5, Day: 7}},
		{"https://example.org/news/2019/11/paris-call.html", pledgegraph.Date{Year: 2019, Month: 11}},
		{"https://example.org/2019/article", pledgegraph.Date{}},                       // a year alone
		{"https://example.org/2019/13/article", pledgegraph.Date{}},                    // no 13th month
		{"https://example.org/items/123456/04/x", pledgegraph.Date{}},                  // not a year
		{"/home/me/articles/2022/04/a.txt", pledgegraph.Date{}},                        // a file path
		{"https://example.org/2021-13-07-x", pledgegraph.Date{}},                       // no 13th month
		{"https://example.org/a/2020/02/31-x", pledgegraph.Date{Year: 2020, Month: 2}}, // "31-x" is no day segment
		{"::not a url", pledgegraph.Date{}},
		{"", pledgegraph.Date{}},
	}
	for _, tt := range tests {
		if got := URLDate(tt.source); got != tt.want {
			t.Errorf("URLDate(%q) = %v, want %v", tt.source, got, tt.want)
		}
	}
}

func TestReadDocumentDateFromSource(t *testing.T) {
	tests := []struct {
		name, raw string
		want      pledgegraph.Date
	}{
		{"source only", "---\nsource: https://example.org/2023/11/10/sommet\nlanguage: fr\n---\nLa France a signé l'accord.\n", pledgegraph.Date{Year: 2023, Month: 11, Day: 10}},
		{"published wins", "---\npublished: 2023-12-01\nsource: https://example.org/2023/11/10/sommet\nlanguage: fr\n---\nLa France a signé l'accord.\n", pledgegraph.Date{Year: 2023, Month: 12, Day: 1}},
		{"a citation's date", "---\nsource: New Scientist, 22 November 1973 (This Week)\nlanguage: en\n---\nFive nations signed the agreement last Thursday.\n", pledgegraph.Date{Year: 1973, Month: 11, Day: 22}},
		{"a citation's latest date", "---\nsource: Agence France-Presse, dépêche du 21 juillet 1954, reprise par Le Monde du 22 juillet 1954\nlanguage: fr\n---\nLa France a signé l'accord hier.\n", pledgegraph.Date{Year: 1954, Month: 7, Day: 22}},
		{"a citation in the other language", "---\nsource: Le Petit Parisien, 28 août 1928\nlanguage: en\n---\nFifteen powers signed the pact yesterday.\n", pledgegraph.Date{Year: 1928, Month: 8, Day: 28}},
		{"a citation's month says none", "---\nsource: written after reporting by Reuters, February 2024\nlanguage: en\n---\nFrance signed the accord.\n", pledgegraph.Date{}},
		{"dateline wins", "---\nsource: https://example.org/2023/11/10/summit\nlanguage: en\n---\nPublished November 3, 2021\n\nFrance signed the accord.\n", pledgegraph.Date{Year: 2021, Month: 11, Day: 3}},
	}
	for _, tt := range tests {
		doc, err := ReadDocument("a.txt", "a.txt", []byte(tt.raw))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Published != tt.want {
			t.Errorf("%s: published %v, want %v", tt.name, doc.Published, tt.want)
		}
	}
}
