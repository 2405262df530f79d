package extract

import (
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

// FuzzExtract checks that no input makes the pipeline panic or produce
// spans outside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Le Brésil, l'Inde et l'Égypte boudent l'Appel de Christchurch.",
		"Au total, 212 entités ont signé l'Appel de Christchurch dont les 27 membres de l'UE et tous les membres du G7 hormis le Japon.",
		"Les soutiens s'engagent à :\n  1. D'accroître ;\n  • protéger.",
		"Le 12 novembre, M. Jean-Yves Le Drian (FGI) a lancé un Appel à l'action qui a été soutenu par Meta (ex-Facebook).",
		"Over 1,200 supporters, including 80 states, back the Paris Call; China did not sign.",
	} {
		f.Add(s)
	}
	ref, err := DefaultReference()
	if err != nil {
		f.Fatal(err)
	}
	lang := testLangOf(f, "fr")
	x := New(lang, ref)
	f.Fuzz(func(t *testing.T, s string) {
		text := Normalize(s)
		r := x.Extract(pledgegraph.Document{ID: "f", Text: text, Published: pledgegraph.MustDate("2018-11-13")})
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("mention %d-%d outside a text of %d bytes", m.Start, m.End, len(text))
			}
		}
	})
}
