// Package gen writes synthetic news documents about invented
// initiatives, with the gold annotations of what they say in the format of
// the extraction guidelines (package eval). The documents are built from
// templates, so their truth is known: they measure the loader at scale and
// feed the benchmarks, not the generality of extraction. The same seed
// gives the same documents.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/pledgegraph/pledgegraph/eval"
)

// Document is a generated document and its gold.
type Document struct {
	Name string
	Text string
	Gold eval.Document
}

// state is a state with its French and English names.
type state struct{ fr, en, frArt string } // frArt: the French name with its article

var states = []state{
	{"Allemagne", "Germany", "l'Allemagne"}, {"Espagne", "Spain", "l'Espagne"}, {"Brésil", "Brazil", "le Brésil"},
	{"Inde", "India", "l'Inde"}, {"Norvège", "Norway", "la Norvège"}, {"Suède", "Sweden", "la Suède"},
	{"Portugal", "Portugal", "le Portugal"}, {"Belgique", "Belgium", "la Belgique"}, {"Pays-Bas", "Netherlands", "les Pays-Bas"},
	{"Australie", "Australia", "l'Australie"}, {"Mexique", "Mexico", "le Mexique"}, {"Chili", "Chile", "le Chili"},
	{"Sénégal", "Senegal", "le Sénégal"}, {"Kenya", "Kenya", "le Kenya"}, {"Finlande", "Finland", "la Finlande"},
	{"Danemark", "Denmark", "le Danemark"}, {"Autriche", "Austria", "l'Autriche"}, {"Irlande", "Ireland", "l'Irlande"},
	{"Grèce", "Greece", "la Grèce"}, {"Pologne", "Poland", "la Pologne"}, {"Estonie", "Estonia", "l'Estonie"},
	{"Maroc", "Morocco", "le Maroc"}, {"Tunisie", "Tunisia", "la Tunisie"}, {"Argentine", "Argentina", "l'Argentine"},
	{"Colombie", "Colombia", "la Colombie"}, {"Islande", "Iceland", "l'Islande"},
}

// g7 are the members of the G7, which never change here.
var g7 = []state{
	{"Canada", "Canada", "le Canada"}, {"France", "France", "la France"}, {"Allemagne", "Germany", "l'Allemagne"},
	{"Italie", "Italy", "l'Italie"}, {"Japon", "Japan", "le Japon"}, {"Royaume-Uni", "United Kingdom", "le Royaume-Uni"},
	{"États-Unis", "United States", "les États-Unis"},
}

var (
	cities    = []string{"Lyon", "Lille", "Bordeaux", "Marseille", "Toulouse", "Strasbourg", "Munich", "Sydney", "Toronto", "Melbourne"}
	frTopics  = []string{"la sécurité des hôpitaux", "la protection des données", "un internet ouvert", "la cybersécurité des PME", "la lutte contre les rançongiciels"}
	enTopics  = []string{"Hospital Security", "Data Protection", "Open Internet", "Ransomware Defence", "Safe Software"}
	frHeads   = []struct{ head, art string }{{"Charte", "la"}, {"Pacte", "le"}, {"Déclaration", "la"}, {"Convention", "la"}}
	enHeads   = []string{"Pledge", "Compact", "Charter", "Accord"}
	firsts    = []string{"Claire", "Marc", "Anna", "Paul", "Sophie", "Thomas", "Julie", "David", "Laura", "Pierre", "Emma", "Lucas"}
	lasts     = []string{"Dumont", "Lefèvre", "Berg", "Moreau", "Lindqvist", "Garnier", "Roussel", "Hartmann", "Costa", "Vidal", "Brun", "Keller"}
	coStarts  = []string{"Vel", "Nord", "Quan", "Cyb", "Dat", "Sec", "Lum", "Ark", "Zen", "Oct"}
	coMids    = []string{"", "ka", "mi", "ro", "ta", "ve", "lo", "di", "sa", "ne", "bo", "ru", "pe", "fi", "go", "ha", "ju", "lu", "mo", "ni"}
	coEnds    = []string{"trix", "soft", "tiq", "rion", "alis", "ura", "ion", "ex", "ora", "ys"}
	orgWords1 = []string{"Cyber", "Numérique", "Réseau", "Avenir", "Citoyens"}
	orgWords2 = []string{"Solidaire", "Éthique", "Ouvert", "Responsable", "Commun"}
	frMonths  = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// Generate returns n documents for seed, about a fifth of them in English.
func Generate(n int, seed uint64) []Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Document, 0, n)
	for i := 0; i < n; i++ {
		g := &builder{rng: rng, i: i}
		if rng.IntN(5) == 0 {
			out = append(out, g.english())
		} else {
			out = append(out, g.french())
		}
	}
	return out
}

// builder writes one document and its gold.
type builder struct {
	rng   *rand.Rand
	i     int
	text  strings.Builder
	gold  eval.Document
	names map[string]bool
}

func (b *builder) pick(list []string) string { return list[b.rng.IntN(len(list))] }

// states returns k distinct states of the pool.
func (b *builder) states(k int) []state {
	idx := b.rng.Perm(len(states))[:k]
	out := make([]state, k)
	for j, i := range idx {
		out[j] = states[i]
	}
	return out
}

func (b *builder) entity(name, typ string, aliases ...string) {
	if b.names[name] {
		return
	}
	b.names[name] = true
	b.gold.Entities = append(b.gold.Entities, eval.Entity{Name: name, Type: typ, Aliases: aliases})
}

func (b *builder) fact(s, p, o string, negated bool, date time.Time, quote string) {
	d := eval.Date("")
	if !date.IsZero() {
		d = eval.Date(date.Format("2006-01-02"))
	}
	b.gold.Facts = append(b.gold.Facts, eval.Fact{S: s, P: p, O: o, Negated: negated, Date: d, Quote: quote})
}

func (b *builder) count(o, what string, v int, date time.Time, quote string) {
	b.gold.Counts = append(b.gold.Counts, eval.Count{O: o, What: what, Value: v, Date: eval.Date(date.Format("2006-01-02")), Quote: quote})
}

func frDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), frMonths[t.Month()-1], t.Year())
}

func enDate(t time.Time) string { return t.Format("January 2, 2006") }

// dates returns a publication date and days before it.
func (b *builder) dates() (pub, launch, joined, endorsed time.Time) {
	pub = time.Date(2019+b.rng.IntN(6), time.Month(1+b.rng.IntN(12)), 1+b.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	launch = pub.AddDate(0, 0, -1-b.rng.IntN(5))
	joined = pub.AddDate(0, 0, -1-b.rng.IntN(10))
	endorsed = pub.AddDate(0, 0, -1-b.rng.IntN(10))
	return
}

func (b *builder) person() string { return b.pick(firsts) + " " + b.pick(lasts) }

func (b *builder) company() string { return b.pick(coStarts) + b.pick(coMids) + b.pick(coEnds) }

// flagship is an initiative that many documents mention beside their own,
// so that one initiative gathers a thousand supporters and more (2,000
// company names are drawn from).
const (
	flagship      = "Pacte de Genève pour la résilience numérique"
	flagshipShort = "Pacte de Genève"
)

func (b *builder) french() Document {
	b.names = map[string]bool{}
	name := fmt.Sprintf("gen_%05d_fr.txt", b.i)
	pub, launch, joined, endorsed := b.dates()
	city := b.pick(cities)
	h := frHeads[b.rng.IntN(len(frHeads))]
	init := fmt.Sprintf("%s de %s pour %s", h.head, city, b.pick(frTopics))
	short := fmt.Sprintf("%s %s de %s", h.art, h.head, city)
	event := fmt.Sprintf("Forum de %s sur le numérique", city)
	person := b.person()
	ss := b.states(6)
	launcher, signers, decliner := ss[0], ss[1:4], ss[4]
	company, org := b.company(), b.pick(orgWords1)+" "+b.pick(orgWords2)
	out := g7[b.rng.IntN(len(g7))]
	na, nb, nc := 20+b.rng.IntN(70), 100+b.rng.IntN(800), 50+b.rng.IntN(450)

	b.gold = eval.Document{Document: name, Published: eval.Date(pub.Format("2006-01-02"))}
	b.entity(init, "Initiative", short[len(h.art)+1:])
	b.entity(person, "Person")
	b.entity(launcher.fr, "State", launcher.en)
	b.entity(event, "Event")
	b.gold.Entities[len(b.gold.Entities)-1].Start = eval.Date(launch.Format("2006-01-02"))

	fmt.Fprintf(&b.text, "%s rallie de nouveaux soutiens\n\nPublié le %s\n\n", upper(short), frDate(pub))
	fmt.Fprintf(&b.text, "Le %s, %s, ministre des Affaires étrangères de %s, a lancé %s %s à l'occasion du %s. ", frDate(launch), person, launcher.frArt, h.art, init, event)
	b.fact(person, "launched", init, false, launch, "a lancé")
	b.fact(person, "holds_role", launcher.fr, false, time.Time{}, "ministre des Affaires étrangères")
	b.fact(init, "presented_at", event, false, launch, "à l'occasion du "+event)
	b.fact(person, "participated_in", event, false, launch, "à l'occasion du "+event)

	var list []string
	for _, s := range signers {
		b.entity(s.fr, "State", s.en)
		list = append(list, s.frArt)
		b.fact(s.fr, "supports", init, false, launch, "ont signé le texte")
	}
	fmt.Fprintf(&b.text, "%s, %s et %s ont signé le texte le %s.\n\n", upper(list[0]), list[1], list[2], frDate(launch))

	b.entity(company, "Company")
	fmt.Fprintf(&b.text, "La société %s a rejoint %s le %s. ", company, short, frDate(joined))
	b.fact(company, "supports", init, false, joined, "La société "+company+" a rejoint")

	b.entity(org, "Organization")
	fmt.Fprintf(&b.text, "L'association %s a apporté son soutien à l'initiative le %s. ", org, frDate(endorsed))
	b.fact(org, "supports", init, false, endorsed, "L'association "+org+" a apporté son soutien")
	if b.rng.IntN(2) == 0 {
		co := b.company()
		b.entity(flagship, "Initiative", flagshipShort)
		b.entity(co, "Company")
		fmt.Fprintf(&b.text, "La société %s a par ailleurs rejoint le %s le %s. ", co, flagship, frDate(joined))
		b.fact(co, "supports", flagship, false, joined, "La société "+co+" a par ailleurs rejoint")
	}

	b.entity(decliner.fr, "State", decliner.en)
	fmt.Fprintf(&b.text, "%s a en revanche refusé de signer %s.\n\n", upper(decliner.frArt), short)
	b.fact(decliner.fr, "supports", init, true, time.Time{}, "a en revanche refusé de signer")

	fmt.Fprintf(&b.text, "Le texte est désormais soutenu par %d États, %d entreprises et %d organisations. ", na, nb, nc)
	b.count(init, "states", na, pub, fmt.Sprintf("%d États", na))
	b.count(init, "companies", nb, pub, fmt.Sprintf("%d entreprises", nb))
	b.count(init, "organizations", nc, pub, fmt.Sprintf("%d organisations", nc))

	b.entity("G7", "Organization")
	b.entity(out.fr, "State", out.en)
	fmt.Fprintf(&b.text, "Tous les membres du G7, à l'exception de %s, soutiennent %s.\n", stripArticle(out.frArt), short)
	b.fact(out.fr, "supports", init, true, time.Time{}, "à l'exception de "+out.fr)
	for _, m := range g7 {
		if m.fr == out.fr {
			continue
		}
		b.entity(m.fr, "State", m.en)
		b.gold.Facts = append(b.gold.Facts, eval.Fact{S: m.fr, P: "supports", O: init, Date: eval.Date(pub.Format("2006-01-02")), Quote: "Tous les membres du G7", Inferred: true})
	}
	return Document{Name: name, Text: b.text.String(), Gold: b.gold}
}

func (b *builder) english() Document {
	b.names = map[string]bool{}
	name := fmt.Sprintf("gen_%05d_en.txt", b.i)
	pub, launch, joined, endorsed := b.dates()
	city := b.pick(cities)
	head := b.pick(enHeads)
	init := fmt.Sprintf("%s %s on %s", city, head, b.pick(enTopics))
	short := fmt.Sprintf("%s %s", city, head)
	event := fmt.Sprintf("%s Digital Summit", city)
	person := b.person()
	ss := b.states(6)
	launcher, signers, decliner := ss[0], ss[1:4], ss[4]
	company, org := b.company()+" Labs", b.pick([]string{"Open", "Civic", "Safe", "Trusted"})+" "+b.pick([]string{"Networks Alliance", "Code Foundation", "Cyber Institute"})
	out := g7[b.rng.IntN(len(g7))]
	na, nb, nc := 20+b.rng.IntN(70), 100+b.rng.IntN(800), 50+b.rng.IntN(450)

	b.gold = eval.Document{Document: name, Published: eval.Date(pub.Format("2006-01-02"))}
	b.entity(init, "Initiative", short)
	b.entity(person, "Person")
	b.entity(launcher.fr, "State", launcher.en)
	b.entity(event, "Event")
	b.gold.Entities[len(b.gold.Entities)-1].Start = eval.Date(launch.Format("2006-01-02"))

	fmt.Fprintf(&b.text, "The %s gains new backers\n\nPublished %s\n\n", short, enDate(pub))
	fmt.Fprintf(&b.text, "On %s, %s, the foreign minister of %s, launched the %s at the %s. ", enDate(launch), person, launcher.en, init, event)
	b.fact(person, "launched", init, false, launch, "launched the "+init)
	b.fact(person, "holds_role", launcher.fr, false, time.Time{}, "the foreign minister of "+launcher.en)
	b.fact(init, "presented_at", event, false, launch, "at the "+event)
	b.fact(person, "participated_in", event, false, launch, "at the "+event)

	var list []string
	for _, s := range signers {
		b.entity(s.fr, "State", s.en)
		list = append(list, s.en)
		b.fact(s.fr, "supports", init, false, launch, "signed the text")
	}
	fmt.Fprintf(&b.text, "%s, %s and %s signed the text on %s.\n\n", list[0], list[1], list[2], enDate(launch))

	b.entity(company, "Company")
	fmt.Fprintf(&b.text, "%s joined the %s on %s. ", company, short, enDate(joined))
	b.fact(company, "supports", init, false, joined, company+" joined")

	b.entity(org, "Organization")
	fmt.Fprintf(&b.text, "The %s endorsed the initiative on %s. ", org, enDate(endorsed))
	b.fact(org, "supports", init, false, endorsed, org+" endorsed the initiative")

	b.entity(decliner.fr, "State", decliner.en)
	fmt.Fprintf(&b.text, "%s declined to sign the %s.\n\n", decliner.en, short)
	b.fact(decliner.fr, "supports", init, true, time.Time{}, decliner.en+" declined to sign")

	fmt.Fprintf(&b.text, "The text is now backed by %d states, %d companies and %d organizations. ", na, nb, nc)
	b.count(init, "states", na, pub, fmt.Sprintf("%d states", na))
	b.count(init, "companies", nb, pub, fmt.Sprintf("%d companies", nb))
	b.count(init, "organizations", nc, pub, fmt.Sprintf("%d organizations", nc))

	b.entity("G7", "Organization")
	b.entity(out.fr, "State", out.en)
	fmt.Fprintf(&b.text, "All G7 members except %s support the %s.\n", out.en, short)
	b.fact(out.fr, "supports", init, true, time.Time{}, "except "+out.en)
	for _, m := range g7 {
		if m.fr == out.fr {
			continue
		}
		b.entity(m.fr, "State", m.en)
		b.gold.Facts = append(b.gold.Facts, eval.Fact{S: m.fr, P: "supports", O: init, Date: eval.Date(pub.Format("2006-01-02")), Quote: "All G7 members", Inferred: true})
	}
	return Document{Name: name, Text: b.text.String(), Gold: b.gold}
}

// upper capitalises the first letter of s.
func upper(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// stripArticle turns "le Canada" into "du Canada"-less forms the template
// needs after "à l'exception de": "Canada" keeps its article's contraction
// simple by naming the state alone.
func stripArticle(s string) string {
	for _, a := range []string{"les ", "le ", "la ", "l'"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			switch a {
			case "les ":
				return "des " + rest
			case "le ":
				return "du " + rest
			}
			return a + rest
		}
	}
	return s
}
