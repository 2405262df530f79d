package graph

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImports checks the package's dependency rule: besides the standard
// library, graph imports only the root package and Cayley (with quad),
// and, under Cayley's LevelDB backend, its key-value layer (hidalgo) and
// goleveldb, to read snapshots (snapshot.go), check the store's files and
// tell damage from other errors (verify.go), and under its SQL backend
// the PostgreSQL driver (lib/pq), to read snapshots there (pgsnap.go);
// and hashicorp's LRU (golang-lru/v2), for the object cache (cache.go).
// Its tests also import the conformance suite, graph/storetest, and
// internal/testenv, which says when the PostgreSQL tests run.
func TestImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			first, _, _ := strings.Cut(path, "/")
			if !strings.Contains(first, ".") {
				continue // standard library
			}
			ok := path == "github.com/pledgegraph/pledgegraph" ||
				path == "github.com/cayleygraph/quad" ||
				strings.HasPrefix(path, "github.com/cayleygraph/quad/") ||
				strings.HasPrefix(path, "github.com/cayleygraph/cayley/") ||
				strings.HasPrefix(path, "github.com/hidal-go/hidalgo/kv") ||
				strings.HasPrefix(path, "github.com/syndtr/goleveldb/leveldb") ||
				path == "github.com/lib/pq" ||
				path == "github.com/hashicorp/golang-lru/v2/simplelru" ||
				(path == "github.com/pledgegraph/pledgegraph/graph/storetest" || path == "github.com/pledgegraph/pledgegraph/internal/testenv") && strings.HasSuffix(name, "_test.go")
			if !ok {
				t.Errorf("%s imports %s; graph may import only the root package, Cayley, hidalgo, goleveldb, lib/pq and golang-lru (and its tests storetest and internal/testenv)", name, path)
			}
		}
	}
}
