package extract

// clause is the clause layer of a sentence: a span of tokens [i, j) with
// a subject of its own. Where its subject is not in it, how the clause
// was opened says where it is: a relative clause's is its antecedent, a
// clause after "but" or "mais" shares the previous clause's, a clause
// after a reporting verb may have the reporter's ("Japan said it will
// not sign").
type clause struct {
	i, j   int
	rel    bool // opened by a relative pronoun ("which", "qui")
	coord  bool // opened by a conjunction ("but", "mais", "tandis que")
	cond   bool // opened by a subordinator of condition ("once", "if", "une fois que"): what it says has not happened
	report int  // the start of the reporting verb that opened it, or -1
	before int  // the token before the opener: the antecedent ends there
}

// clauses splits toks into clauses: at semicolons, colons and dashes, at
// the words of the frame table's clausebreak and report lists (outside
// names, where inName says a token is), and where
// a relative clause opened after a comma closes at the next comma;
// coAside says whether a comma closes an aside of co-actors.
func clauses(toks []Token, fr *Frames, inName func(int) bool, verbIn func(i, j int) bool, coAside func(c int) bool) []clause {
	out := []clause{{i: 0, report: -1, before: -1}}
	open := func(at, from int, c clause) {
		out[len(out)-1].j = at
		c.i, c.before = from, at-1
		out = append(out, c)
	}
	relOpen, subOpen := false, false
	aside := asideDashes(toks)
	start := sourceEnd(toks, fr, inName)
	if start > 0 {
		open(start-1, start, clause{report: -1})
	}
	for q := start; q < len(toks); q++ {
		t := toks[q]
		switch {
		case inName(q) && fr.subord.at(toks, q) < 2:
			// not « Il suffira que », whose pronoun may have been taken for the text
		case aside != nil && aside[q]:
			// "les huit membres du G8 – le Japon, …, la Russie – ont
			// adopté": an aside between dashes, inside the clause
		case t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "–":
			open(q, q+1, clause{report: -1})
			relOpen = false
		case t.Text == "," && subOpen && !(q > 0 && inName(q-1) && nameAt(toks, fr, inName, q+1)):
			// "after he invented the web in 1989, he launched": the main
			// clause (not a comma of a list: "while Facebook, Microsoft and
			// Intel have signed up")
			open(q, q+1, clause{report: -1})
			subOpen = false
		case fr.absolute.at(toks, q) > 0 && fr.except.at(toks, q+1) == 0:
			// "unveiled a pledge, with 68 vendors signing on": the
			// vendors sign, not the one who unveiled it ("with the
			// exception of" excepts from the subject instead)
			n := fr.absolute.at(toks, q)
			open(q, q+n, clause{report: -1})
			subOpen, relOpen = false, false
			q += n - 1
		case t.Text == "," && relOpen && !(q > 0 && inName(q-1) && nameAt(toks, fr, inName, q+1)):
			// (a comma between two names goes on with a list: "which
			// Switzerland, Norway and Costa Rica have backed")
			// ", which backed it in 2018, was joined": the main clause goes on
			prev := out[len(out)-1]
			open(q, q+1, clause{report: -1, rel: true, before: prev.before})
			out[len(out)-1].before = prev.before
			relOpen = false
		default:
			if n := fr.newSubj.at(toks, q); n > 0 && !relOpen && !subOpen && verbIn(out[len(out)-1].i, q) && nameAt(toks, fr, inName, q+n) {
				// "Canada joined the same day, and the United Kingdom
				// said it would join in 2023": each its own date
				open(q, q+n, clause{coord: true, report: -1})
				q += n - 1
			} else if time, n := fr.subord.match(toks, q); n > 0 {
				open(q, q+n, clause{coord: true, cond: !time, report: -1})
				subOpen, relOpen = true, false
				q += n - 1
			} else if rel, n := fr.clause.match(toks, q); n > 0 {
				open(q, q+n, clause{rel: rel, coord: !rel, report: -1})
				relOpen = rel && q > 0 && toks[q-1].Text == ","
				q += n - 1
			} else if _, n := fr.parts.match(toks, q); n > 0 && q > 0 && toks[q-1].Text == "," && !relOpen && !subOpen && out[len(out)-1].i != q && !circumstanceBetweenCommas(toks, q-1) && !coAside(q-1) {
				// "the Pact, launched in May by Poland, now has": a
				// participle between commas tells of its antecedent (not
				// the verb after a closing comma: "A, which are not
				// members, signed it")
				open(q, q, clause{rel: true, report: -1})
				relOpen = true
				q += n - 1
			} else if n := fr.report.at(toks, q); n > 0 && !nounAfter(toks, fr, q) {
				open(q+n, q+n, clause{report: q})
				q += n - 1
			}
		}
	}
	out[len(out)-1].j = len(toks)
	return out
}

// sourceEnd returns where the clause after a source that opens the
// sentence starts, past its comma ("According to The Guardian, Amazon
// and Twitter did not appear": the source stands apart), or 0.
func sourceEnd(toks []Token, fr *Frames, inName func(int) bool) int {
	n := fr.source.at(toks, 0)
	if n == 0 {
		return 0
	}
	for q := n; q < len(toks); q++ {
		if toks[q].Text == "," && !inName(q) {
			return q + 1
		}
	}
	return 0
}

// asideDashes marks the dashes of toks that open or close an aside: the
// first and second dash, the third and fourth…, with no semicolon or
// colon between them; an odd dash out at the end opens what follows.
func asideDashes(toks []Token) []bool {
	var aside []bool
	open := -1
	for q, t := range toks {
		switch {
		case t.Text == ";" || t.Text == ":":
			open = -1
		case t.Text != "—" && t.Text != "–":
		case open < 0:
			open = q
		default:
			if aside == nil {
				aside = make([]bool, len(toks))
			}
			aside[open], aside[q], open = true, true, -1
		}
	}
	return aside
}

// circumstanceBetweenCommas reports whether the comma at toks[c] closes
// a short run that another comma opens and that says when or where: a
// figure among at most four words ("a, mercredi 8 mai, dévoilé", "on
// Wednesday, May 8, unveiled"), or capitalised words led by at most one
// lower-case word ("Microsoft, on Wednesday, unveiled", "Kenya, in
// Paris, signed"). It is not the antecedent of a participle.
func circumstanceBetweenCommas(toks []Token, c int) bool {
	num, lower := false, 0
	for q := c - 1; q >= max(0, c-5); q-- {
		switch t := toks[q]; {
		case t.Text == ",":
			return q < c-1 && (num && c-q <= 5 || lower == 0 || lower == 1 && !toks[q+1].Cap)
		case t.Punct:
			return false
		case t.Number:
			num = true
		case !t.Cap:
			lower++
		}
	}
	return false
}

// coActorAside reports whether the comma at toks[c] closes an aside of
// co-actors that a co-actor cue opened after an earlier comma ("the
// United States, together with Australia, Denmark and Norway, launched"):
// the verb after it is the subject's, not a participle's.
func coActorAside(lang *Language, toks []Token, c int) bool {
	for q := c - 1; q >= max(0, c-15); q-- {
		switch {
		case toks[q].Text == ",":
			if lang.CoActors.MatchAt(toks, q+1) > 0 {
				return true
			}
		case toks[q].Punct:
			return false
		}
	}
	return false
}

// nounAfter reports whether the word at toks[q] follows an article, a
// number (in figures or words) or a quantifier of few, and so is a noun:
// "few states have endorsed it", "Twenty states signed" hold no
// reporting verb.
func nounAfter(toks []Token, fr *Frames, q int) bool {
	if q == 0 {
		return false
	}
	_, f := fr.few.endingAt(toks, q, 2)
	return toks[q-1].Number || toks[q-1].sets&(1<<wsNumbers) != 0 || f >= 0 || fr.article.at(toks, q-1) == 1
}

// nameAt reports whether a name starts at token q, after an article.
func nameAt(toks []Token, fr *Frames, inName func(int) bool, q int) bool {
	q += fr.article.at(toks, q)
	return q < len(toks) && inName(q) && (q == 0 || !inName(q-1))
}

// clauseAt returns the index of the clause that holds token q.
func clauseAt(cs []clause, q int) int {
	for k := len(cs) - 1; k >= 0; k-- {
		if q >= cs[k].i {
			return k
		}
	}
	return 0
}
