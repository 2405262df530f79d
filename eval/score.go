package eval

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// articles and stop are the word lists of the reference scorer.
var (
	articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "the": true, "du": true, "des": true, "de": true, "d": true, "a": true, "an": true}
	stop     = map[string]bool{"et": true, "and": true, "of": true, "en": true, "a": true, "au": true, "aux": true, "pour": true, "par": true, "sur": true, "dans": true, "que": true, "qui": true, "to": true, "in": true, "on": true, "for": true}
	yearRe   = regexp.MustCompile(`\b(19|20)\d{2}\b`)
)

// Fold is the reference scorer's folding: compatibility decomposition,
// combining marks dropped, lower case, everything but a–z and 0–9 turned
// into single spaces, leading articles dropped.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		r = unicode.ToLower(r)
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	for len(words) > 0 && articles[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// folder folds names for one Score, each name once: matching entities
// compares the names of every pair, and folding is the costly part of
// scoring.
type folder map[string]string

// fold returns Fold(s).
func (f folder) fold(s string) string {
	if v, ok := f[s]; ok {
		return v
	}
	v := Fold(s)
	f[s] = v
	return v
}

func (f folder) contentTokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(f.fold(s)) {
		if !articles[w] && !stop[w] && len(w) > 2 {
			out[w] = true
		}
	}
	return out
}

func yearOf(e Entity) string {
	for _, v := range []Date{e.Start} {
		if len(v) >= 4 && isDigits(string(v[:4])) {
			return string(v[:4])
		}
	}
	return yearRe.FindString(e.Name)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (f folder) names(e Entity) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if v := f.fold(n); v != "" {
			out[v] = true
		}
	}
	return out
}

func (f folder) similarity(g, s Entity) float64 {
	if g.Type == "Event" || s.Type == "Event" {
		gy, sy := yearOf(g), yearOf(s)
		if gy != "" && sy != "" && gy != sy {
			return 0
		}
	}
	if f.fold(g.Name) == f.fold(s.Name) {
		return 3
	}
	gn, sn := f.names(g), f.names(s)
	for n := range gn {
		if sn[n] {
			return 2
		}
	}
	if g.Type == "Principle" || s.Type == "Principle" ||
		max(len(strings.Fields(f.fold(g.Name))), len(strings.Fields(f.fold(s.Name)))) >= 5 {
		gt, st := f.contentTokens(g.Name), f.contentTokens(s.Name)
		if len(gt) > 0 && len(st) > 0 {
			inter := 0
			for w := range gt {
				if st[w] {
					inter++
				}
			}
			union := len(gt) + len(st) - inter
			if j := float64(inter) / float64(union); j >= 0.6 {
				return j
			}
		}
	}
	return 0
}

// matchEntities pairs system entities with gold ones greedily, best
// similarity first; it returns system index → gold index.
func (f folder) matchEntities(gold, system []Entity) map[int]int {
	type pair struct {
		v    float64
		i, j int
	}
	var pairs []pair
	for i, s := range system {
		for j, g := range gold {
			if v := f.similarity(g, s); v > 0 {
				pairs = append(pairs, pair{v, i, j})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].v > pairs[b].v })
	usedS, usedG, m := map[int]bool{}, map[int]bool{}, map[int]int{}
	for _, p := range pairs {
		if usedS[p.i] || usedG[p.j] {
			continue
		}
		usedS[p.i], usedG[p.j] = true, true
		m[p.i] = p.j
	}
	return m
}

// resolve maps a name used in a system fact to a gold entity index, or -1.
func (f folder) resolve(name string, ents []Entity, m map[int]int, gold []Entity) int {
	folded := f.fold(name)
	for i, e := range ents {
		if j, ok := m[i]; ok && f.names(e)[folded] {
			return j
		}
	}
	cand := -1
	n := 0
	for j, g := range gold {
		if f.names(g)[folded] {
			if n == 0 {
				cand = j
			}
			n++
		}
	}
	if n == 1 {
		return cand
	}
	return -1
}

// Tally counts true positives, false positives and false negatives.
type Tally struct {
	TP, FP, FN int
}

func (t *Tally) add(tp, fp, fn int) { t.TP += tp; t.FP += fp; t.FN += fn }

// plus returns t with tp and fp more.
func (t Tally) plus(tp, fp int) Tally { t.TP += tp; t.FP += fp; return t }

// Plus returns the sum of two tallies.
func (t Tally) Plus(u Tally) Tally { return Tally{TP: t.TP + u.TP, FP: t.FP + u.FP, FN: t.FN + u.FN} }

// PRF returns precision, recall and F1, 0 where undefined.
func (t Tally) PRF() (p, r, f float64) {
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// DocScore is the figures of one gold document, with the facts missed
// (FN) and the extra facts (FP) written as "s [NOT ]p o".
type DocScore struct {
	Document string
	Missing  bool // no system output for this document
	Entities Tally
	Facts    Tally
	Inferred Tally
	Counts   Tally
	FalseNeg []string
	FalsePos []string
	DatesOK  int
	DatesBad int
	BadDates []string // the facts found with a wrong or missing date, with both dates
	// CountMisses lists the gold counts not found (FN) and the counts found
	// that no gold count matches (FP); as score.py, a count found matches
	// each gold count it equals.
	CountMisses []string
	TypesOK     int
	TypesSeen   int
}

// Summary is the reference scorer's summary line, plus per-document
// figures in Docs.
type Summary struct {
	Documents int        `json:"documents"`
	EntityP   float64    `json:"entity_p"`
	EntityR   float64    `json:"entity_r"`
	EntityF1  float64    `json:"entity_f1"`
	TypeAcc   float64    `json:"type_acc"`
	FactP     float64    `json:"fact_p"`
	FactR     float64    `json:"fact_r"`
	FactF1    float64    `json:"fact_f1"`
	NegatedR  float64    `json:"negated_r"`
	InferredR float64    `json:"inferred_r"`
	DateAcc   float64    `json:"date_acc"`
	CountF1   float64    `json:"count_f1"`
	Docs      []DocScore `json:"-"`
	// Rules holds, for each extraction rule named by the system's facts,
	// how many of its facts the gold has (stated or inferred: TP) and how
	// many it has not (FP).
	Rules map[string]Tally `json:"-"`
}

// String formats the summary as score.py's last line.
func (s Summary) String() string {
	f := func(v float64) string {
		t := strconv.FormatFloat(v, 'f', -1, 64)
		if !strings.ContainsAny(t, ".e") {
			t += ".0"
		}
		return t
	}
	return fmt.Sprintf("documents=%d entity_p=%s entity_r=%s entity_f1=%s type_acc=%s fact_p=%s fact_r=%s fact_f1=%s negated_r=%s inferred_r=%s date_acc=%s count_f1=%s",
		s.Documents, f(s.EntityP), f(s.EntityR), f(s.EntityF1), f(s.TypeAcc), f(s.FactP), f(s.FactR), f(s.FactF1),
		f(s.NegatedR), f(s.InferredR), f(s.DateAcc), f(s.CountF1))
}

func round3(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 3, 64), 64)
	return r
}

type factKey struct {
	s, o    int
	p       string
	negated bool
}

func describe(f Fact) string {
	not := ""
	if f.Negated {
		not = "NOT "
	}
	return f.S + " " + not + f.P + " " + f.O
}

// Score compares system documents with gold ones, paired by base name of
// "document", exactly as score.py does. A gold document without a system
// counterpart scores as all missed; gold facts naming unknown entities
// are skipped.
func Score(gold, system []Document) Summary {
	sys := map[string]*Document{}
	for i := range system {
		sys[path.Base(system[i].Document)] = &system[i]
	}
	var ent, fac, inf, neg, cnt Tally
	var typesOK, typesN, datesOK, datesBad int
	var docs []DocScore
	rules := map[string]Tally{}
	fold := folder{}
	for _, gd := range gold {
		sd := sys[gd.Document]
		ds := DocScore{Document: gd.Document, Missing: sd == nil}
		if sd == nil {
			sd = &Document{}
		}
		goldE, sysE := gd.Entities, sd.Entities
		m := fold.matchEntities(goldE, sysE)
		ds.Entities.add(len(m), len(sysE)-len(m), len(goldE)-len(m))
		for i, j := range m {
			if sysE[i].Type == goldE[j].Type {
				ds.TypesOK++
			}
		}
		ds.TypesSeen = len(m)

		goldIndex := func(name string) int {
			for j, g := range goldE {
				if fold.fold(g.Name) == fold.fold(name) {
					return j
				}
			}
			return -1
		}
		gstated, ginferred := map[factKey]Fact{}, map[factKey]Fact{}
		var gorder []factKey
		for _, f := range gd.Facts {
			s, o := goldIndex(f.S), goldIndex(f.O)
			if s < 0 || o < 0 {
				continue
			}
			k := factKey{s, o, f.P, f.Negated}
			if f.Inferred {
				ginferred[k] = f
			} else {
				if _, ok := gstated[k]; !ok {
					gorder = append(gorder, k)
				}
				gstated[k] = f
			}
		}
		seen := map[factKey]bool{}
		tp, fp, itp := 0, 0, 0
		for _, f := range sd.Facts {
			s, o := fold.resolve(f.S, sysE, m, goldE), fold.resolve(f.O, sysE, m, goldE)
			known := s >= 0 && o >= 0
			k := factKey{s, o, f.P, f.Negated}
			if known && seen[k] {
				continue
			}
			if known {
				seen[k] = true
			}
			if _, ok := gstated[k]; known && ok {
				rules[f.Rule] = rules[f.Rule].plus(1, 0)
			} else if _, ok := ginferred[k]; known && ok {
				rules[f.Rule] = rules[f.Rule].plus(1, 0)
			} else {
				rules[f.Rule] = rules[f.Rule].plus(0, 1)
			}
			if g, ok := gstated[k]; known && ok {
				tp++
				if g.Date != "" {
					sd := string(f.Date)
					if len(sd) > len(g.Date) {
						sd = sd[:len(g.Date)]
					}
					if f.Date != "" && sd == string(g.Date) {
						ds.DatesOK++
					} else {
						ds.DatesBad++
						ds.BadDates = append(ds.BadDates, fmt.Sprintf("%s: %q, gold %q", describe(f), f.Date, g.Date))
					}
				}
			} else if _, ok := ginferred[k]; known && ok {
				itp++
			} else {
				fp++
				ds.FalsePos = append(ds.FalsePos, describe(f))
			}
		}
		ds.Facts.add(tp, fp, len(gstated)-tp)
		ds.Inferred.add(itp, 0, len(ginferred)-itp)
		for _, k := range gorder {
			if !seen[k] {
				ds.FalseNeg = append(ds.FalseNeg, describe(gstated[k]))
			}
			if k.negated {
				if seen[k] {
					neg.add(1, 0, 0)
				} else {
					neg.add(0, 0, 1)
				}
			}
		}

		hit := 0
		matched := map[int]bool{}
		for _, c := range gd.Counts {
			o := goldIndex(c.O)
			found := false
			for k, s := range sd.Counts {
				so := fold.resolve(s.O, sysE, m, goldE)
				if so == o && s.What == c.What && s.Value == c.Value && s.Approx == c.Approx {
					hit++
					found, matched[k] = true, true
					break
				}
			}
			if !found {
				ds.CountMisses = append(ds.CountMisses, "FN  "+describeCount(c))
			}
		}
		for k, s := range sd.Counts {
			if !matched[k] {
				ds.CountMisses = append(ds.CountMisses, "FP  "+describeCount(s))
			}
		}
		ds.Counts.add(hit, max(0, len(sd.Counts)-hit), len(gd.Counts)-hit)

		ent.add(ds.Entities.TP, ds.Entities.FP, ds.Entities.FN)
		fac.add(ds.Facts.TP, ds.Facts.FP, ds.Facts.FN)
		inf.add(ds.Inferred.TP, ds.Inferred.FP, ds.Inferred.FN)
		cnt.add(ds.Counts.TP, ds.Counts.FP, ds.Counts.FN)
		typesOK += ds.TypesOK
		typesN += ds.TypesSeen
		datesOK += ds.DatesOK
		datesBad += ds.DatesBad
		docs = append(docs, ds)
	}
	ep, er, ef := ent.PRF()
	fp, fr, ff := fac.PRF()
	_, nr, _ := neg.PRF()
	_, ir, _ := inf.PRF()
	_, _, cf := cnt.PRF()
	s := Summary{
		Documents: len(gold),
		EntityP:   round3(ep), EntityR: round3(er), EntityF1: round3(ef),
		FactP: round3(fp), FactR: round3(fr), FactF1: round3(ff),
		NegatedR: round3(nr), InferredR: round3(ir), CountF1: round3(cf),
		Docs: docs, Rules: rules,
	}
	if typesN > 0 {
		s.TypeAcc = round3(float64(typesOK) / float64(typesN))
	}
	if datesOK+datesBad > 0 {
		s.DateAcc = round3(float64(datesOK) / float64(datesOK+datesBad))
	}
	return s
}

func describeCount(c Count) string {
	approx := ""
	if c.Approx {
		approx = "~"
	}
	return fmt.Sprintf("%s %s%d %s", c.O, approx, c.Value, c.What)
}
