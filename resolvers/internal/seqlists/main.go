// Command seqlists rewrites the executable schema gqlgen generates
// (resolvers/generated/generated.go) so that lists of facts and of pieces
// of evidence are written on the calling goroutine, one element after the
// other, rather than with a goroutine per element
// (graphql.MarshalSliceConcurrently), whose cost dominated long answers
// such as the supporters of a large initiative. It also writes
// resolvers/generated/sequential.go, the function the rewritten lists
// call. gqlgen v0.17.95 has no option for it: its worker_limit still
// starts a goroutine per element.
//
// Writing in order is safe only when no element waits: the fields a fact
// or a piece of evidence reaches through its resolvers are batch
// resolvers (gqlgen.yml), resolved once for the whole list. A list whose
// selection asks for a field resolved one parent at a time (which may
// wait for a dataloader's batch) is still written concurrently, so that
// those waits overlap: seqlists lists those fields, read from the
// generated code, in sequential.go.
//
// A list of facts that asks of them nothing but the ids of their subjects
// and objects (the supporters of an initiative) is written in one pass,
// without resolving a field per fact: seqlists makes the function writing
// lists of facts call plainFacts (sequential.go) first.
//
// It runs after gqlgen, from go generate ./resolvers/... (see
// resolvers/resolver.go); running it again changes nothing.
//
// Usage: seqlists DIR (the generated package's directory).
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/format"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/template"
)

// lists matches the functions writing the lists seqlists writes in order:
// lists of facts and of pieces of evidence, null or not.
var lists = regexp.MustCompile(`^func \(ec \*executionContext\) marshal[NO](Fact|Evidence)2ᚕ`)

// plainList matches the function writing a list of facts (non-null, of
// non-null facts) that starts with a call of plainFacts, whose line is
// plainCall.
var plainList = regexp.MustCompile(`^func \(ec \*executionContext\) marshalNFact2ᚕᚖ[^(]*ᚐFactᚄ\(ctx context\.Context, sel ast\.SelectionSet, v \[\]\*pledgegraph\.Fact\)`)

const plainCall = "\tif m, ok := ec.plainFacts(ctx, sel, v); ok {\n\t\treturn m\n\t}"

// objectFunc matches the function writing an object type's fields, and
// batchFunc a batch resolver's.
var (
	objectFunc = regexp.MustCompile(`^func \(ec \*executionContext\) _([A-Za-z0-9]+)\(ctx context\.Context, sel ast\.SelectionSet`)
	caseLine   = regexp.MustCompile(`^\s*case "([A-Za-z0-9_]+)":$`)
	batchFunc  = regexp.MustCompile(`^func \(ec \*executionContext\) resolveBatch_([A-Za-z0-9]+)_([A-Za-z0-9_]+)\(`)
)

const (
	concurrent = "graphql.MarshalSliceConcurrently(ctx, len(v), "
	inOrder    = "marshalSliceInOrder(ctx, sel, len(v), "
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: seqlists DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		slog.Error("seqlists", "err", err)
		os.Exit(1)
	}
}

// run rewrites DIR/generated.go and writes DIR/sequential.go.
func run(dir string) error {
	path := filepath.Join(dir, "generated.go")
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read generated code: %w", err)
	}
	out, blocking, n := rewrite(string(src))
	if n == 0 {
		return fmt.Errorf("%s: no list of facts or pieces of evidence to rewrite", path)
	}
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		return fmt.Errorf("write generated code: %w", err)
	}
	seq, err := sequential(blocking)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "sequential.go"), seq, 0o644); err != nil {
		return fmt.Errorf("write sequential.go: %w", err)
	}
	return nil
}

// rewrite returns src with the lists written in order, the fields
// resolved one parent at a time ("Type.field": written concurrently by
// their object, and not batch resolvers), and how many lists of facts or
// pieces of evidence there are.
func rewrite(src string) (string, []string, int) {
	lines := strings.Split(src, "\n")
	var (
		object, inList = "", false
		n              int
		conc           []string
		batch          = map[string]bool{}
	)
	for i, l := range lines {
		if strings.HasPrefix(l, "func ") {
			object, inList = "", lists.MatchString(l)
			if m := objectFunc.FindStringSubmatch(l); m != nil {
				object = m[1]
			}
			if m := batchFunc.FindStringSubmatch(l); m != nil {
				batch[m[1]+"."+m[2]] = true
			}
			if inList {
				n++
			}
		}
		if inList {
			lines[i] = strings.Replace(l, concurrent, inOrder, 1)
		}
		if plainList.MatchString(l) && (i+1 == len(lines) || lines[i+1] != strings.SplitN(plainCall, "\n", 2)[0]) {
			lines[i] += "\n" + plainCall
		}
		if m := caseLine.FindStringSubmatch(l); m != nil && object != "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "field := field" {
			conc = append(conc, object+"."+m[1])
		}
	}
	var blocking []string
	for _, f := range conc {
		if !batch[f] {
			blocking = append(blocking, f)
		}
	}
	slices.Sort(blocking)
	return strings.Join(lines, "\n"), slices.Compact(blocking), n
}

// sequentialTemplate is the source of sequential.go, given the blocking
// fields.
//
//go:embed sequential.go.tmpl
var sequentialTemplate string

// sequential returns the source of sequential.go.
func sequential(blocking []string) ([]byte, error) {
	t, err := template.New("sequential.go").Parse(sequentialTemplate)
	if err != nil {
		return nil, fmt.Errorf("parse the template of sequential.go: %w", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, blocking); err != nil {
		return nil, fmt.Errorf("write sequential.go: %w", err)
	}
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("format sequential.go: %w", err)
	}
	return out, nil
}
