package pledgegraph

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EntityID is an entity's stable identifier: its kind's prefix and a slug,
// such as "state/fr", "company/microsoft" or
// "event/forum-de-paris-sur-la-paix-2018". The same entity gets the same
// ID in every document, which is how facts from several documents meet.
type EntityID string

// Entity is something documents speak of: a state, a company, a person, an
// initiative, an event, a principle, a place.
type Entity struct {
	ID      EntityID
	Name    string   // canonical name ("États-Unis")
	Kind    Kind     // its type
	Aliases []string // other names, as found in texts or in reference data; sorted
	Start   Date     // for events: first day
	End     Date     // for events: last day
}

// Mention is a place in a document that names an entity, as byte offsets
// into the document's normalised text.
type Mention struct {
	Entity EntityID
	Doc    DocumentID
	Start  int
	End    int
}

// EntityFilter selects entities. Zero fields select everything.
type EntityFilter struct {
	Kinds  []Kind
	Search string // accent- and case-insensitive, on names and aliases
	Offset int
	Limit  int // 0 means no limit
}

// EntityService finds stored entities.
type EntityService interface {
	// FindEntityByID returns one entity. Returns ENOTFOUND.
	FindEntityByID(ctx context.Context, id EntityID) (*Entity, error)

	// FindEntityByName returns the entity one of whose names or aliases
	// folds (see Fold) to the same string as name: "Etats-Unis", "USA" and
	// "United States" all find États-Unis. When several entities share the
	// name, the one with the most facts wins, then the smallest ID.
	// Returns ENOTFOUND, also for a name that folds to "".
	FindEntityByName(ctx context.Context, name string) (*Entity, error)

	// FindEntities returns a page of entities ordered by name as Fold
	// compares them (accents and case aside: Allemagne, États-Unis,
	// France), then by name and ID, and the total number that match the
	// filter. A page past the end is empty, not nil.
	FindEntities(ctx context.Context, filter EntityFilter) ([]*Entity, int, error)

	// EntitiesByIDs returns the entities in the order of ids, with nil where
	// one does not exist. It is the batch read behind dataloaders.
	EntitiesByIDs(ctx context.Context, ids []EntityID) ([]*Entity, error)
}

// EntityIDFinder resolves a name to an entity's ID without reading the
// entity: a store merges an entity from every document that names it,
// which a question that asks for its id alone does not need. The GraphQL
// API resolves entity(name:) through it when the store has it and the
// answer asks for nothing but the entity's id.
type EntityIDFinder interface {
	// FindEntityIDByName returns the ID of the entity FindEntityByName
	// returns for name. Returns ENOTFOUND.
	FindEntityIDByName(ctx context.Context, name string) (EntityID, error)
}

// leadingArticles are dropped from the front of a folded name, so that
// "les États-Unis" and "Etats-Unis" fold alike.
var leadingArticles = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "the": true,
	"du": true, "des": true, "de": true, "d": true, "a": true, "an": true,
}

// Fold returns the form names are compared in: lower case, accents
// removed, apostrophes and punctuation turned into single spaces, leading
// articles (le, la, les, l', the…) dropped. "L’Élysée" and "elysee" fold
// alike. It is the folding of the extraction guidelines' scorer.
func Fold(s string) string {
	out := s
	if !folded(s) {
		out = foldName(s)
	}
	for out != "" {
		w, rest, _ := strings.Cut(out, " ")
		if !leadingArticles[w] {
			break
		}
		out = rest
	}
	return out
}

// folded reports whether s is already in the form foldName gives: words
// of lower-case ASCII letters and digits between single spaces.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// foldName is Fold but for the leading articles.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		var part string
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				space = true
				continue
			}
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent of a decomposed letter
		default:
			if f, ok := foldTable[r]; ok {
				part = f
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				r = unicode.ToLower(r)
			} else {
				space = true
				continue
			}
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if part != "" {
			b.WriteString(part)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// kindPrefix is the first part of the IDs of each kind.
var kindPrefix = map[Kind]string{
	KindState:                 "state",
	KindSubnationalGovernment: "subnational",
	KindCompany:               "company",
	KindOrganization:          "organization",
	KindPerson:                "person",
	KindEvent:                 "event",
	KindInitiative:            "initiative",
	KindPrinciple:             "principle",
	KindPlace:                 "place",
}

// NewEntityID returns the ID of an entity of kind k whose key is key: the
// kind's prefix, a slash, and the folded key with dashes for spaces.
// NewEntityID(KindCompany, "Microsoft") is "company/microsoft"; states use
// their ISO 3166 code as key ("state/fr"). Keys longer than 80 bytes once
// folded are cut at a word boundary, so principles get readable IDs.
func NewEntityID(k Kind, key string) EntityID {
	p, ok := kindPrefix[k]
	if !ok {
		p = "entity"
	}
	if isCode(key) {
		// A code such as "DE" or "LA" is not an article to drop.
		return EntityID(p + "/" + strings.ToLower(key))
	}
	f := Fold(key)
	if len(f) <= 80 && folded(f) {
		// p + "/" + f with dashes for spaces, in one string
		var b strings.Builder
		b.Grow(len(p) + 1 + len(f))
		b.WriteString(p)
		b.WriteByte('/')
		for i := 0; i < len(f); i++ {
			if c := f[i]; c == ' ' {
				b.WriteByte('-')
			} else {
				b.WriteByte(c)
			}
		}
		return EntityID(b.String())
	}
	words := strings.Fields(f)
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 && b.Len()+1+len(w) > 80 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return EntityID(p + "/" + b.String())
}

// IsKind reports whether the prefix of id names kind k, as KindOfID(id)
// == k does, without searching the kinds.
func (id EntityID) IsKind(k Kind) bool {
	p, s := kindPrefix[k], string(id)
	return p != "" && len(s) > len(p) && s[len(p)] == '/' && s[:len(p)] == p
}

// KindOfID returns the kind an ID's prefix names, or "" if none.
func KindOfID(id EntityID) Kind {
	s := string(id)
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return ""
	}
	for k, p := range kindPrefix {
		if p == s[:i] {
			return k
		}
	}
	return ""
}

// isCode reports whether key is an upper-case ASCII code ("FR", "UE", "G7").
func isCode(key string) bool {
	if key == "" || len(key) > 4 {
		return false
	}
	for _, r := range key {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return key[0] >= 'A' && key[0] <= 'Z'
}
