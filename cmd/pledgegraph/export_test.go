package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// nquadLine is the shape of an N-Quads statement as export writes them:
// subject, predicate, object and label, then " .".
var nquadLine = regexp.MustCompile(`^(<[^>]*>|_:\S+) <[^>]*> (<[^>]*>|_:\S+|".*"(\^\^<[^>]*>|@[a-zA-Z-]+)?) (<[^>]*>|_:\S+) \.$`)

// TestExportImport exports the built-in corpus in every format, checks
// that each parses with a standard reader and holds the Paris Call's
// supporters and refusals with their quotes, imports the N-Quads into a
// new store and checks that exporting it again gives the same quads; the
// server's /export streams the same.
func TestExportImport(t *testing.T) {
	dir := t.TempDir()
	db := "leveldb:" + filepath.Join(dir, "store")
	docs, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(docs) != 5 {
		t.Fatalf("the built-in corpus: %v %v", docs, err)
	}
	cli(t, 0, append([]string{"load", "--db", db, "--progress=false"}, docs...)...)

	out := map[string]string{}
	for _, f := range exportFormats {
		path := filepath.Join(dir, "graph."+f)
		cli(t, 0, "export", "--db", db, "--format", f, "--out", path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = string(b)
	}
	checkNQuads(t, out["nquads"])
	checkCSV(t, out["csv"])
	checkGraphML(t, out["graphml"])
	checkJSONLD(t, out["jsonld"])

	// the round trip
	db2 := "leveldb:" + filepath.Join(dir, "store2")
	cli(t, 0, "import", "--db", db2, filepath.Join(dir, "graph.nquads"))
	again := cli(t, 0, "export", "--db", db2)
	if !slices.Equal(sortedLines(again), sortedLines(out["nquads"])) {
		t.Errorf("export → import → export changed the quads")
	}
	if again != out["nquads"] {
		t.Logf("the round trip gives the same quads in another order")
	}
	if msg := cli(t, 1, "import", "--db", db2, filepath.Join(dir, "graph.nquads")); !strings.Contains(msg, "not empty") {
		t.Errorf("import into a store that is not empty says %q", msg)
	}
	cli(t, exitUsage, "export", "--db", db2, "--format", "rdfxml")
	bad := filepath.Join(dir, "missing", "graph.csv")
	cli(t, 1, "export", "--db", db2, "--format", "csv", "--out", bad)
	if _, err := os.Stat(filepath.Dir(bad)); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s", filepath.Dir(bad))
	}

	// the server streams the same
	base := startServe(t, "--db", db2, "--seed=false")
	for _, f := range exportFormats {
		resp, err := http.Get(base + "/export?format=" + f)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("GET /export?format=%s: %s %q", f, resp.Status, resp.Header)
		}
		if f == "nquads" && !slices.Equal(sortedLines(string(body)), sortedLines(out["nquads"])) {
			t.Errorf("GET /export gives other quads than export")
		}
		if f == "csv" {
			checkCSV(t, string(body))
		}
	}
	resp, err := http.Get(base + "/export?format=rdfxml")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("GET /export?format=rdfxml: %s, want 400", resp.Status)
	}
}

// cli runs a command line, checks its exit status and returns what it
// printed on standard output, or on standard error when it fails.
func cli(t *testing.T, code int, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if got := run(t.Context(), args, &stdout, &stderr); got != code {
		t.Fatalf("pledgegraph %s: exit %d, want %d; %s%s", strings.Join(args, " "), got, code, stdout.String(), stderr.String())
	}
	if code != 0 {
		return stderr.String()
	}
	return stdout.String()
}

func sortedLines(s string) []string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(l)
	return l
}

func checkNQuads(t *testing.T, s string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) < 1000 {
		t.Errorf("the N-Quads export has %d lines, want the corpus's thousands", len(lines))
	}
	for i, l := range lines {
		if !nquadLine.MatchString(l) {
			t.Fatalf("N-Quads line %d is not a quad with a label: %s", i+1, l)
		}
	}
}

// checkCSV checks the CSV export has its header and the refusal of the
// United States (in the corpus, "Les États-Unis ne sont pas signataires")
// as a negated supports row with a quote and a document.
func checkCSV(t *testing.T, s string) {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v", err)
	}
	if len(rows) < 50 {
		t.Fatalf("the CSV export has %d rows", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"fact_id", "subject", "predicate", "object", "negated", "since", "confidence", "document", "quote"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("the CSV header %v lacks %s", rows[0], h)
		}
	}
	for _, r := range rows[1:] {
		if r[col["subject"]] == "États-Unis" && r[col["predicate"]] == "supports" && r[col["negated"]] == "true" &&
			strings.HasPrefix(r[col["object"]], "Appel de Paris") && r[col["quote"]] != "" && r[col["document"]] != "" {
			return
		}
	}
	t.Errorf("no CSV row says the United States refused the Paris Call:\n%s", s[:min(len(s), 2000)])
}

func checkGraphML(t *testing.T, s string) {
	t.Helper()
	var g struct {
		Keys  []struct{ ID, For string } `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct{ Source, Target string } `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(s), &g); err != nil {
		t.Fatalf("the GraphML export does not parse: %v", err)
	}
	if len(g.Keys) == 0 || len(g.Graph.Nodes) < 20 || len(g.Graph.Edges) < 50 {
		t.Errorf("the GraphML export has %d keys, %d nodes, %d edges", len(g.Keys), len(g.Graph.Nodes), len(g.Graph.Edges))
	}
	if !strings.Contains(s, "Appel de Paris") {
		t.Errorf("the GraphML export does not name the Paris Call")
	}
}

func checkJSONLD(t *testing.T, s string) {
	t.Helper()
	var doc struct {
		Context json.RawMessage  `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatalf("the JSON-LD export does not parse: %v", err)
	}
	if len(doc.Context) == 0 || len(doc.Graph) < 50 {
		t.Errorf("the JSON-LD export has context %s and %d nodes", doc.Context, len(doc.Graph))
	}
}
