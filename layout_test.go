package pledgegraph_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayout checks the package dependency rules: every arrow points to the
// root package; graph, loader and resolvers never import each other; loader
// does not depend on eval; Cayley
// stays inside graph; gqlgen and gqlparser stay inside resolvers and cmd;
// and cmd only wires (see checkCmdOnlyWires).
func TestLayout(t *testing.T) {
	t.Run("cmd only wires", checkCmdOnlyWires)
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
			case strings.HasPrefix(imp, "github.com/hashicorp/golang-lru") && from == "cmd":
				t.Errorf("%s imports %s: a cache belongs to the package that owns what it keeps; cmd only wires", p.ImportPath, imp)
			case (strings.HasPrefix(imp, "github.com/99designs/gqlgen") || strings.HasPrefix(imp, "github.com/vektah/gqlparser")) &&
				from != "resolvers" && from != "cmd":
				t.Errorf("%s imports %s: gqlgen stays in resolvers and cmd", p.ImportPath, imp)
			}
		}
	}
}

// checkCmdOnlyWires checks that cmd/pledgegraph holds no implementation of
// a service of the domain: no method its files (tests aside) declare has
// the name of a method of an interface the root package declares. A
// service (ingesting documents, finding facts, storing extractions)
// belongs to the package that owns it; cmd constructs it and hands it
// over. The import rules above keep caches out of cmd too.
func checkCmdOnlyWires(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(dir string) []*ast.File {
		t.Helper()
		names, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		var files []*ast.File
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatalf("parse %s: %v", name, err)
			}
			files = append(files, f)
		}
		return files
	}
	services := map[string]string{} // method name → interface
	for _, f := range parse(".") {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			if it, ok := ts.Type.(*ast.InterfaceType); ok {
				for _, m := range it.Methods.List {
					for _, name := range m.Names {
						services[name.Name] = ts.Name.Name
					}
				}
			}
			return false
		})
	}
	if len(services) == 0 {
		t.Fatal("found no interface in the root package")
	}
	for _, f := range parse(filepath.Join("cmd", "pledgegraph")) {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil {
				continue
			}
			if iface, ok := services[fd.Name.Name]; ok {
				t.Errorf("%s: method %s is a method of pledgegraph.%s: the service belongs in its package; cmd only constructs it",
					fset.Position(fd.Pos()), fd.Name.Name, iface)
			}
		}
	}
}
