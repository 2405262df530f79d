package pledgegraph_test

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// TestLayout checks the package dependency rules: every arrow points to the
// root package; graph, loader and resolvers never import each other; loader
// does not depend on eval; Cayley
// stays inside graph; gqlgen and gqlparser stay inside resolvers and cmd.
func TestLayout(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	const mod = "github.com/pledgegraph/pledgegraph"
	cmd := exec.CommandContext(t.Context(), "go", "list", "-e", "-json=ImportPath,Imports,Deps,Standard", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	type pkg struct {
		ImportPath string
		Imports    []string
		Deps       []string
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	area := func(path string) string {
		rest, ok := strings.CutPrefix(path, mod+"/")
		if !ok {
			return ""
		}
		return strings.SplitN(rest, "/", 2)[0]
	}
	apart := map[string]bool{"graph": true, "loader": true, "resolvers": true}
	for _, p := range pkgs {
		from := area(p.ImportPath)
		for _, dep := range p.Deps {
			to := area(dep)
			if apart[from] && apart[to] && from != to {
				t.Errorf("%s depends on %s: graph, loader and resolvers meet only in cmd", p.ImportPath, dep)
			}
			if from == "loader" && to == "eval" {
				t.Errorf("%s depends on %s: extraction does not know how it is scored (cmd runs the evaluation)", p.ImportPath, dep)
			}
		}
		for _, imp := range p.Imports {
			switch {
			case p.ImportPath == mod && strings.Contains(strings.SplitN(imp, "/", 2)[0], "."):
				t.Errorf("the root package imports %s: it may import only the standard library", imp)
			case strings.HasPrefix(imp, "github.com/cayleygraph/") && from != "graph":
				t.Errorf("%s imports %s: only graph imports Cayley", p.ImportPath, imp)
			case (strings.HasPrefix(imp, "github.com/99designs/gqlgen") || strings.HasPrefix(imp, "github.com/vektah/gqlparser")) &&
				from != "resolvers" && from != "cmd":
				t.Errorf("%s imports %s: gqlgen stays in resolvers and cmd", p.ImportPath, imp)
			}
		}
	}
}
