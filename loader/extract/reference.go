package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/pledgegraph/pledgegraph"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Entry is an entity of the reference data: a state, a group, an
// organisation, a company, a well-known person, an event, an initiative,
// a place or a sub-national government.
type Entry struct {
	Kind      pledgegraph.Kind
	Name      string // canonical name
	Key       string // key of its ID: the ISO code for states, else Name
	Aliases   []string
	Recurring int                         // first year of a recurring event (one entity per edition), 0 otherwise
	Launched  pledgegraph.Date            // for initiatives: when launched
	Metonym   bool                        // a capital standing for a state: used only in stance sentences
	Office    string                      // for people: the state (ISO code) or organisation whose office they hold
	Local     map[pledgegraph.Lang]string // the canonical name in documents of a language, where it is not Name ("United States" in English)
	Region    bool                        // a region of the world ("Asia"): named to keep it from other names ("America"), an entity only where a fact uses it
	Years     [2]int                      // for a metonym, the first and last years it stands for its state (0: no bound): "Moscou" is the Soviet Union's until 1991

	// id is the ID of Kind and Key as they were when the reference data
	// was read (see ID)
	id     pledgegraph.EntityID
	idKind pledgegraph.Kind
	idKey  string
}

// ID returns the entity ID of a non-recurring entry.
func (e *Entry) ID() pledgegraph.EntityID {
	if e.id != "" && e.idKind == e.Kind && e.idKey == e.Key {
		return e.id
	}
	return pledgegraph.NewEntityID(e.Kind, e.Key)
}

// OfficeOf returns the entry of the state or organisation whose office
// the person named name holds, or nil when the reference data does not
// say. office, when set, narrows the terms of office to that office
// ("foreign-minister"); the gazetteer's office comes after them.
func (r *Reference) OfficeOf(name, office string) *Entry {
	e := r.byName[pledgegraph.Fold(name)]
	if e == nil || e.Kind != pledgegraph.KindPerson {
		return nil
	}
	for _, t := range r.terms {
		if t.Person == e && (office == "" || slices.Contains(t.Offices, office)) {
			return r.body(t.Body)
		}
	}
	if e.Office == "" {
		return nil
	}
	return r.body(e.Office)
}

// OfficeBySurname returns the entry of the state or organisation whose
// office the person a text names by surname alone held at date at ("President
// Reagan", « le chancelier Kohl »): the one term of that office covering
// the date whose holder's name ends with the surname, or nil.
func (r *Reference) OfficeBySurname(surname, office string, at pledgegraph.Date) *Entry {
	f := pledgegraph.Fold(surname)
	var found *Entry
	for _, t := range r.terms {
		if !slices.Contains(t.Offices, office) || !t.covers(at) {
			continue
		}
		b := r.body(t.Body)
		if n := pledgegraph.Fold(t.Person.Name); b == nil || n != f && !strings.HasSuffix(n, " "+f) {
			continue
		}
		if found != nil && found != b {
			return nil
		}
		found = b
	}
	return found
}

// body returns the state of an ISO code or the entry of a name.
func (r *Reference) body(key string) *Entry {
	if st := r.State(key); st != nil {
		return st
	}
	return r.byName[pledgegraph.Fold(key)]
}

// Term is a person's term in an office of a state or a body.
type Term struct {
	Person   *Entry
	Offices  []string // "president", "head-of-state": the names of the office
	Body     string   // ISO code of the state, or the name of the body
	From, To pledgegraph.Date
}

// covers reports whether the term runs at some time of the date at.
func (t Term) covers(at pledgegraph.Date) bool {
	return !t.From.First().After(at.Last()) && (t.To.IsZero() || !t.To.Last().Before(at.First()))
}

// Holder returns the person who held office in the state or body key at
// date at, or nil when the reference data does not know or the date
// falls on a change of holder.
func (r *Reference) Holder(office, key string, at pledgegraph.Date) *Entry {
	var found *Entry
	for _, t := range r.terms {
		if !slices.Contains(t.Offices, office) || r.body(t.Body) == nil || r.body(t.Body).Key != key {
			continue
		}
		if !t.covers(at) {
			continue
		}
		if found != nil && found != t.Person {
			return nil
		}
		found = t.Person
	}
	return found
}

// loadTerms reads offices.tsv; the people it names become entries unless
// the gazetteer has them.
func (r *Reference) loadTerms(rows [][]string) error {
	for _, f := range rows {
		names := splitNames(f[0])
		if len(names) == 0 {
			return fmt.Errorf("extract: reference offices.tsv: empty name")
		}
		var p *Entry
		for _, e := range r.Entries {
			if e.Kind == pledgegraph.KindPerson && e.Name == names[0] {
				p = e
			}
		}
		if p == nil {
			p = &Entry{Kind: pledgegraph.KindPerson, Name: names[0], Key: names[0], Aliases: names[1:]}
			r.Entries = append(r.Entries, p)
		}
		t := Term{Person: p, Offices: splitNames(f[1]), Body: f[2]}
		var err error
		if t.From, err = pledgegraph.ParseDate(f[3]); err != nil {
			return fmt.Errorf("extract: reference offices.tsv %s: %w", names[0], err)
		}
		if len(f) > 4 && f[4] != "" {
			if t.To, err = pledgegraph.ParseDate(f[4]); err != nil {
				return fmt.Errorf("extract: reference offices.tsv %s: %w", names[0], err)
			}
		}
		r.terms = append(r.terms, t)
		r.governmentNames(t)
	}
	return nil
}

// governmentNames gives the state whose head of government or president
// a term's holder was the names of that government or administration,
// by the holder's surname: "the Morrison government", "le gouvernement
// Borne", "the Obama administration", "l'administration Obama".
func (r *Reference) governmentNames(t Term) {
	st := r.states[strings.ToUpper(t.Body)]
	if st == nil {
		return
	}
	words := strings.Fields(t.Person.Name)
	surname := words[len(words)-1]
	for _, office := range t.Offices {
		var names []string
		switch office {
		case "head-of-government":
			names = []string{surname + " government", "gouvernement " + surname}
		case "president":
			names = []string{surname + " administration", "administration " + surname}
		}
		for _, n := range names {
			if !slices.Contains(st.Aliases, n) {
				st.Aliases = append(st.Aliases, n)
			}
		}
	}
}

// Membership is a state's membership of a group over a period.
type Membership struct {
	Code     string
	From, To pledgegraph.Date // To is zero while still a member
}

// alias is one way of writing an entry, as folded words.
type alias struct {
	words  []string
	exact  string // for acronyms: the surface text must be exactly this
	cap    bool   // a one-word name: must be capitalised in the text
	anyCap bool   // a name written with capitals: one of its words must be capitalised in the text
	// capLater: a capital after the name's first word, which must then be
	// one in the text when the name opens the sentence, quote marks aside
	// ("La Réunion", not "La réunion était animée")
	capLater bool
	entry    *Entry
}

// Reference is the world knowledge extraction relies on.
type Reference struct {
	Entries []*Entry
	index   map[string][]alias // first folded word → aliases, longest first
	states  map[string]*Entry  // ISO code → state
	groups  map[string][]Membership
	byName  map[string]*Entry   // folded canonical name → entry
	demonym map[string]string   // folded adjective of nationality → ISO code
	lowDem  map[string]bool     // the folded adjectives of nationality the data write in lower case (« kazakh », not "Turkish")
	first   map[string]bool     // common first names, as written
	legal   map[string]bool     // legal forms that may end a company's name, as written
	terms   []Term              // terms of office
	glued   map[string][]*Entry // folded words of a name of several words, written as one ("techaccord")
}

var defaultRef = sync.OnceValues(func() (*Reference, error) { return LoadReference() })

// DefaultReference returns the embedded reference data, loaded once.
func DefaultReference() (*Reference, error) { return defaultRef() }

// LoadReference reads the embedded data files: countries.tsv (generated),
// historic.tsv, variants.tsv, metonyms.tsv, firstnames.txt, legalforms.txt, demonyms.tsv,
// gazetteer.tsv, offices.tsv and groups.tsv.
func LoadReference() (*Reference, error) {
	r := &Reference{index: map[string][]alias{}, glued: map[string][]*Entry{}, states: map[string]*Entry{}, groups: map[string][]Membership{}, byName: map[string]*Entry{}, demonym: map[string]string{}, lowDem: map[string]bool{}}
	files := []struct {
		name string
		min  int // fields a row has at least
		load func(rows [][]string) error
	}{
		{"countries.tsv", 3, r.loadCountries},
		{"historic.tsv", 3, r.loadCountries},
		{"variants.tsv", 3, r.loadVariants},
		{"metonyms.tsv", 2, r.loadMetonyms},
		{"firstnames.txt", 1, r.loadFirstNames},
		{"legalforms.txt", 1, r.loadLegalForms},
		{"demonyms.tsv", 2, r.loadDemonyms},
		{"gazetteer.tsv", 2, r.loadGazetteer},
		{"offices.tsv", 4, r.loadTerms},
	}
	for _, f := range files {
		rows, err := dataRows(f.name, f.min)
		if err != nil {
			return nil, err
		}
		if err := f.load(rows); err != nil {
			return nil, err
		}
	}
	r.indexNames()
	groups, err := dataRows("groups.tsv", 3)
	if err != nil {
		return nil, err
	}
	if err := r.loadGroups(groups); err != nil {
		return nil, err
	}
	for k, a := range r.index {
		sort.SliceStable(a, func(i, j int) bool { return len(a[i].words) > len(a[j].words) })
		r.index[k] = a
	}
	for _, e := range r.Entries {
		e.id, e.idKind, e.idKey = pledgegraph.NewEntityID(e.Kind, e.Key), e.Kind, e.Key
	}
	return r, nil
}

// dataRows reads the rows of the data file name: tab-separated fields,
// at least min of them; blank lines and "#" comments are skipped.
func dataRows(name string, min int) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("extract: reference: %w", err)
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < min {
			return nil, fmt.Errorf("extract: reference %s line %d: want at least %d fields", name, n, min)
		}
		out = append(out, f)
	}
	return out, sc.Err()
}

// countryLangs are the languages of the names of countries.tsv, in the
// order of its columns after the code: the first is the canonical name.
// They are also the languages a gazetteer entry may give its name in
// ("en=European Union").
var countryLangs = [...]pledgegraph.Lang{pledgegraph.French, pledgegraph.English}

// loadCountries adds the states of countries.tsv: code, then a name in
// each of countryLangs.
func (r *Reference) loadCountries(rows [][]string) error {
	for _, f := range rows {
		e := &Entry{Kind: pledgegraph.KindState, Name: f[1], Key: f[0], Aliases: []string{f[2]},
			Local: map[pledgegraph.Lang]string{countryLangs[1]: f[2]}}
		r.states[f[0]] = e
		r.Entries = append(r.Entries, e)
	}
	return nil
}

// loadVariants adds the other names of states of variants.tsv, and the
// canonical names, in the languages of countryLangs, that override the
// generated ones: code, canonical name, other names, canonical name in
// the second language.
func (r *Reference) loadVariants(rows [][]string) error {
	for _, f := range rows {
		e, ok := r.states[f[0]]
		if !ok {
			return fmt.Errorf("extract: reference variants.tsv: unknown state %s", f[0])
		}
		if f[1] != "" && f[1] != e.Name {
			e.Aliases = append(e.Aliases, e.Name)
			e.Name = f[1]
		}
		e.Aliases = append(e.Aliases, splitNames(f[2])...)
		if len(f) > 3 && f[3] != "" {
			e.Aliases = append(e.Aliases, f[3])
			e.Local[countryLangs[1]] = f[3]
		}
	}
	return nil
}

// nameIn returns the canonical name of e in a document of language l
// and its other names, e.Name among them when it is not the one.
func (e *Entry) nameIn(l pledgegraph.Lang) (name string, aliases []string, copied bool) {
	n, ok := e.Local[l]
	if !ok || n == e.Name {
		return e.Name, e.Aliases, false
	}
	aliases = make([]string, 0, len(e.Aliases)+1)
	aliases = append(aliases, e.Name)
	for _, a := range e.Aliases {
		if a != n {
			aliases = append(aliases, a)
		}
	}
	return n, aliases, true
}

// loadMetonyms adds the capitals and seats of government of
// metonyms.tsv, which stand for their state.
func (r *Reference) loadMetonyms(rows [][]string) error {
	for _, f := range rows {
		s, ok := r.states[f[0]]
		if !ok {
			return fmt.Errorf("extract: reference metonyms.tsv: unknown state %s", f[0])
		}
		m := &Entry{Kind: pledgegraph.KindState, Name: s.Name, Key: s.Key, Aliases: splitNames(f[1]), Metonym: true, Local: s.Local}
		if len(f) > 2 && f[2] != "" {
			from, until, ok := strings.Cut(f[2], "-")
			var err error
			if m.Years[0], err = yearOrZero(from); err == nil && ok {
				m.Years[1], err = yearOrZero(until)
			}
			if err != nil || !ok {
				return fmt.Errorf("extract: reference metonyms.tsv: %s: years %q: want FROM-UNTIL", f[0], f[2])
			}
		}
		r.Entries = append(r.Entries, m)
	}
	return nil
}

// yearOrZero parses a year, or returns 0 for an empty string.
func yearOrZero(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	return strconv.Atoi(s)
}

// inYears reports whether the metonym e stands for its state in the
// year y; a year unknown (0) is now's, which an entry without an end
// covers.
func (e *Entry) inYears(y int) bool {
	if y == 0 {
		return e.Years[1] == 0
	}
	return (e.Years[0] == 0 || y >= e.Years[0]) && (e.Years[1] == 0 || y <= e.Years[1])
}

// loadFirstNames reads the common first names of firstnames.txt, and
// each part of a compound one ("Jean-Yves").
func (r *Reference) loadFirstNames(rows [][]string) error {
	r.first = map[string]bool{}
	for _, f := range rows {
		for _, part := range strings.Split(f[0], "-") {
			r.first[part] = true
		}
	}
	return nil
}

// loadLegalForms reads the legal forms of legalforms.txt.
func (r *Reference) loadLegalForms(rows [][]string) error {
	r.legal = map[string]bool{}
	for _, f := range rows {
		r.legal[f[0]] = true
	}
	return nil
}

// LegalForm reports whether w, as written, is a legal form that may end
// a company's name ("Corp", "GmbH").
func (r *Reference) LegalForm(w string) bool { return r.legal[w] }

// loadDemonyms reads the adjectives of nationality of demonyms.tsv, and
// gives each state the names its forms make with the patterns of the
// row "*" ("République argentine", "Argentine Republic").
func (r *Reference) loadDemonyms(rows [][]string) error {
	var patterns []string
	for _, f := range rows {
		if f[0] == "*" {
			patterns = splitNames(f[1])
			continue
		}
		for _, n := range splitNames(f[1]) {
			w := strings.Join(ParsePhrase(n), " ")
			r.demonym[w] = f[0]
			if n == strings.ToLower(n) {
				r.lowDem[w] = true
			}
		}
	}
	for _, f := range rows {
		if st := r.State(f[0]); st != nil {
			st.Aliases = append(st.Aliases, republicNames(splitNames(f[1]), patterns)...)
		}
	}
	return nil
}

// republicNames returns the names the forms of a demonym make with the
// patterns: a capitalised form where "%s" opens the pattern, one in
// lower case elsewhere ("République %s" with "argentine", "%s Republic"
// with "Argentine").
func republicNames(forms, patterns []string) []string {
	var out []string
	for _, p := range patterns {
		opens := strings.HasPrefix(p, "%s")
		for _, f := range forms {
			if unicode.IsUpper(firstRune(f)) == opens && !strings.Contains(f, ".") {
				out = append(out, strings.Replace(p, "%s", f, 1))
			}
		}
	}
	return out
}

// loadGazetteer adds the entries of gazetteer.tsv: kind, name, aliases
// and options.
func (r *Reference) loadGazetteer(rows [][]string) error {
	for _, f := range rows {
		k := pledgegraph.Kind(f[0])
		if !k.Valid() {
			return fmt.Errorf("extract: reference gazetteer.tsv: unknown kind %q", f[0])
		}
		e := &Entry{Kind: k, Name: f[1], Key: f[1]}
		if len(f) > 2 {
			e.Aliases = splitNames(f[2])
		}
		if len(f) > 3 {
			for _, opt := range strings.Split(f[3], ",") {
				if err := e.setOption(opt); err != nil {
					return fmt.Errorf("extract: reference gazetteer.tsv %s: %w", f[1], err)
				}
			}
		}
		r.Entries = append(r.Entries, e)
	}
	return nil
}

// setOption reads an option of a gazetteer entry: "recurring=2018",
// "launched=2018-11-12", "office=…", "region", and the canonical name in
// the documents of a language ("en=European Union").
func (e *Entry) setOption(opt string) error {
	k, v, _ := strings.Cut(opt, "=")
	var err error
	switch k {
	case "recurring":
		e.Recurring, err = strconv.Atoi(v)
	case "launched":
		e.Launched, err = pledgegraph.ParseDate(v)
	case "office":
		e.Office = v
	case "region":
		e.Region = true
	default:
		if !slices.Contains(countryLangs[:], pledgegraph.Lang(k)) {
			return fmt.Errorf("unknown option %q", k)
		}
		if e.Local == nil {
			e.Local = map[pledgegraph.Lang]string{}
		}
		e.Local[pledgegraph.Lang(k)] = v // "en=European Union"
	}
	return err
}

// indexNames indexes the entries by their folded canonical name and by
// each of their names; a metonym only by its own names, the state's
// belonging to the state.
func (r *Reference) indexNames() {
	for _, e := range r.Entries {
		if !e.Metonym {
			r.byName[pledgegraph.Fold(e.Name)] = e
		}
		names := append([]string{e.Name}, e.Aliases...)
		if e.Metonym {
			names = e.Aliases
		}
		for _, n := range names {
			r.addAlias(n, e)
		}
	}
}

// loadGroups reads the memberships of groups.tsv: group, member, from
// and, when it ended, to.
func (r *Reference) loadGroups(rows [][]string) error {
	var err error
	for _, f := range rows {
		g := r.byName[pledgegraph.Fold(f[0])]
		if g == nil {
			return fmt.Errorf("extract: reference groups.tsv: unknown group %q", f[0])
		}
		m := Membership{Code: f[1]}
		if m.From, err = pledgegraph.ParseDate(f[2]); err != nil {
			return fmt.Errorf("extract: reference groups.tsv: %w", err)
		}
		if len(f) > 3 {
			if m.To, err = pledgegraph.ParseDate(f[3]); err != nil {
				return fmt.Errorf("extract: reference groups.tsv: %w", err)
			}
		}
		r.groups[g.Key] = append(r.groups[g.Key], m)
	}
	return nil
}

// splitNames returns the names of a field, separated by "|".
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// capAfterFirst reports whether a word after the first of toks is
// capitalised.
func capAfterFirst(toks []Token) bool {
	for _, t := range toks[1:] {
		if t.Cap {
			return true
		}
	}
	return false
}

// addAlias indexes name as a name of e, by its first folded word and,
// for a name of several words, by its words written as one.
func (r *Reference) addAlias(name string, e *Entry) {
	p := ParsePhrase(name)
	if len(p) == 0 {
		return
	}
	a := alias{words: p, entry: e}
	letters := strings.Map(letterOrDigit, name)
	if len([]rune(letters)) <= 5 && (strings.ToUpper(letters) == letters || len(p) == 1 && camel(name)) || len(p) == 1 && unicode.IsLower(firstRune(name)) && camel(name) {
		a.exact = letters // "ANSSI"; "IsDB", not "ISDB-T"; "eBay", whose capital is inside
	} else if len(p) == 1 {
		a.cap = true
	} else {
		a.anyCap = strings.IndexFunc(name, unicode.IsUpper) >= 0
		if sp := strings.IndexByte(name, ' '); sp > 0 {
			a.capLater = strings.IndexFunc(name[sp:], unicode.IsUpper) >= 0
		}
	}
	r.index[p[0]] = append(r.index[p[0]], a)
	if g := strings.Join(p, ""); len(p) > 1 && len(g) >= 6 && !slices.Contains(r.glued[g], e) {
		r.glued[g] = append(r.glued[g], e)
	}
}

// placeNamed reports whether the whole of name is a name of a place
// the reference data knows ("Bonn", "Kuala Lumpur"; not "hôtel
// Quitandinha").
func (r *Reference) placeNamed(name string) bool {
	p := ParsePhrase(name)
	if len(p) == 0 {
		return false
	}
	for _, a := range r.index[p[0]] {
		if a.entry.Kind == pledgegraph.KindPlace && slices.Equal(a.words, p) {
			return true
		}
	}
	return false
}

// camel reports whether w is written in camel case: a capital after a
// lower-case letter ("TechAccord").
func camel(w string) bool {
	prev := false
	for _, r := range w {
		if unicode.IsUpper(r) && prev {
			return true
		}
		prev = unicode.IsLower(r)
	}
	return false
}

// Demonym returns the state whose adjective of nationality starts at
// toks[i] ("français", "French", "New Zealand") and its length in tokens.
func (r *Reference) Demonym(toks []Token, i int) (*Entry, int) {
	if i >= len(toks) || !toks[i].may(lexDemonym) {
		return nil, 0
	}
	for n := 2; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		w := toks[i].Fold
		if n == 2 {
			w += " " + toks[i+1].Fold
		}
		if code, ok := r.demonym[w]; ok {
			return r.states[code], n
		}
	}
	return nil, 0
}

// LowerDemonym reports whether the one-word adjective of nationality at
// toks[i] is one the data write in lower case: in the languages that
// write them so, capitalised, it is a noun, a person's (« le Kazakh »),
// where "Turkish" is an adjective.
func (r *Reference) LowerDemonym(toks []Token, i int) bool {
	return i < len(toks) && r.lowDem[toks[i].Fold]
}

// PeopleOf returns the state whose people the capitalised plural noun
// toks[i] names ("Américains", "Americans": the adjective of nationality
// and a plural "s"), or nil.
func (r *Reference) PeopleOf(toks []Token, i int) *Entry {
	w := toks[i].Fold
	if !toks[i].Cap || len(w) < 5 || !strings.HasSuffix(w, "s") {
		return nil
	}
	code, ok := r.demonym[w]
	if !ok {
		code, ok = r.demonym[strings.TrimSuffix(w, "s")] // "Americans"
	}
	if !ok {
		return nil
	}
	return r.states[code]
}

// FirstName reports whether w is a common first name ("Kamala").
func (r *Reference) FirstName(w string) bool { return r.first[w] }

// State returns the state of an ISO 3166 alpha-2 code, or nil.
func (r *Reference) State(code string) *Entry { return r.states[strings.ToUpper(code)] }

// Lookup returns the entry whose canonical name folds like name, or nil.
func (r *Reference) Lookup(name string) *Entry { return r.byName[pledgegraph.Fold(name)] }

// Members returns the ISO codes of the members of a group (by its key) at
// date d; a zero d gives today's members (those without an end).
func (r *Reference) Members(group string, d pledgegraph.Date) []string {
	var out []string
	for _, m := range r.groups[group] {
		if d.IsZero() {
			if m.To.IsZero() {
				out = append(out, m.Code)
			}
			continue
		}
		if m.From.First().After(d.Last()) {
			continue
		}
		if !m.To.IsZero() && m.To.Last().Before(d.First()) {
			continue
		}
		out = append(out, m.Code)
	}
	return out
}

// letterOrDigit keeps the letters and digits of a name (strings.Map):
// "AT&T" is written "ATT" for its acronym's exact case.
func letterOrDigit(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return r
	}
	return -1
}

// IsGroup reports whether the entry (by key) has members.
func (r *Reference) IsGroup(key string) bool { return len(r.groups[key]) > 0 }

// MatchAt returns the entries of the longest alias that starts at
// toks[i], and its length in tokens. Acronyms match only in their exact
// case, one-word names only when capitalised.
func (r *Reference) MatchAt(toks []Token, i int) ([]*Entry, int) {
	var best []*Entry
	n := 0
	if !toks[i].may(lexRef) {
		return nil, 0
	}
	if camel(toks[i].Text) && len(r.glued[toks[i].Fold]) > 0 {
		es := r.glued[toks[i].Fold]
		return es, 1 // "TechAccord" for "Tech Accord"
	}
	for _, a := range r.index[toks[i].Fold] {
		if len(a.words) < n {
			break
		}
		if !matchPhrase(toks, i, a.words) {
			continue
		}
		if a.exact != "" {
			var b strings.Builder
			for _, t := range toks[i : i+len(a.words)] {
				if !t.Punct {
					b.WriteString(t.spelling()) // "AU" in a line in capitals only, which the text writes "au"
				}
			}
			if w := strings.Map(letterOrDigit, b.String()); w != a.exact && !(len(a.exact) >= 4 && w == a.exact[:1]+strings.ToLower(a.exact[1:])) {
				continue // "Otan", "Anssi", "Nato": a long acronym the way some papers write it
			}
		}
		if a.cap && !toks[i].Cap {
			continue
		}
		if a.anyCap {
			found := false
			for _, t := range toks[i : i+len(a.words)] {
				found = found || t.Cap
			}
			if !found || i == firstWord(toks) && a.capLater && !capAfterFirst(toks[i:i+len(a.words)]) {
				continue
			}
		}
		if len(a.words) > n {
			best, n = nil, len(a.words)
		}
		dup := false
		for _, e := range best {
			dup = dup || e == a.entry
		}
		if !dup {
			best = append(best, a.entry)
		}
	}
	return best, n
}
