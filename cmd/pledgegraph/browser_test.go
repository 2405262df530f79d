package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/pledgegraph/pledgegraph/internal/testenv"
)

// chromium returns the path of the Chromium (Debian's chromium package)
// the browser tests drive, or skips the test: they are long tests (see
// testenv.SkipUnlessLong), and outside CI a machine without Chromium
// skips them too; in CI (CI=true) its absence fails them. A browser test
// calls it first, before it starts a server.
func chromium(t *testing.T) string {
	t.Helper()
	testenv.SkipUnlessLong(t, "drives headless Chromium")
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (.ci/run installs Debian's chromium)")
	}
	t.Skip("chromium is not installed: apt-get install chromium to run the browser tests")
	return ""
}

// browser starts the headless Chromium at path for a test and returns a
// context that drives it, with a function that writes a screenshot of
// the page into the directory screenshotDir names, for whoever looks at
// a failure. Every request the page makes goes through check, which
// fails the test for a request to another host than base.
func browser(t *testing.T, base, path string) (context.Context, func(name string)) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 800))
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	var mu sync.Mutex
	var elsewhere []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := e.Request.URL
			if !strings.HasPrefix(u, base) && !strings.HasPrefix(u, "ws"+strings.TrimPrefix(base, "http")) && !strings.HasPrefix(u, "data:") {
				mu.Lock()
				elsewhere = append(elsewhere, u)
				mu.Unlock()
			}
		}
	})
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if len(elsewhere) > 0 {
			t.Errorf("the page loaded from other hosts: %v", elsewhere)
		}
	})
	shot := func(name string) {
		dir := screenshotDir()
		var png []byte
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := chromedp.Run(sctx, chromedp.FullScreenshot(&png, 100)); err != nil {
			t.Logf("screenshot: %v", err)
			return
		}
		file := filepath.Join(dir, name+".png")
		if err := os.MkdirAll(dir, 0o755); err == nil && os.WriteFile(file, png, 0o644) == nil {
			t.Logf("screenshot: %s", file)
		}
	}
	return ctx, shot
}

// screenshotDir is where browser tests write their screenshots:
// $PLEDGEGRAPH_SCREENSHOTS, else pledgegraph-screenshots in the temporary
// directory.
func screenshotDir() string {
	if d := os.Getenv("PLEDGEGRAPH_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "pledgegraph-screenshots")
}

// TestGraphiQL opens the server's GraphiQL in headless Chromium, with no
// other host reachable: the editor renders from the assets the binary
// serves, and running the example query shows the Paris Call's
// supporters with the documents that say so.
func TestGraphiQL(t *testing.T) {
	path := chromium(t)
	base := startServe(t, "--db", "memory")
	ctx, shot := browser(t, base, path)
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	var result string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(".graphiql-query-editor .CodeMirror", chromedp.ByQuery),
		chromedp.Click(".graphiql-execute-button", chromedp.ByQuery),
		// the answer, once it is in the result pane (the whole text, from
		// its CodeMirror editor: the pane shows only what fits)
		chromedp.Poll(`(() => {
			const e = document.querySelector('.result-window .CodeMirror');
			const text = e && e.CodeMirror ? e.CodeMirror.getValue() : '';
			return text.includes('document') ? text : null;
		})()`, &result),
	)
	shot("graphiql")
	if err != nil {
		t.Fatalf("GraphiQL: %v", err)
	}
	for _, want := range []string{`"supporters"`, `"name": "Microsoft"`, `"name": "Salesforce"`, `"quote"`, `.txt"`} {
		if !strings.Contains(result, want) {
			t.Errorf("the result pane lacks %s:\n%s", want, result)
		}
	}
}

// TestExplorer opens the explorer on the built-in corpus in headless
// Chromium: the landing lists the Paris Call with its supporters; the
// United States' page shows its 2018 refusal and its 2021 support, each
// with a quote and a link to its document; the initiative's date slider
// changes its supporters; a document's page highlights the quotes of its
// facts and links its mentions of entities, and selecting a quote shows
// its fact.
func TestExplorer(t *testing.T) {
	path := chromium(t)
	base := startServe(t, "--db", "memory")
	ctx, shot := browser(t, base, path)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	ready := chromedp.WaitVisible(`main[data-ready="true"]`, chromedp.ByQuery)
	// text is the text of the first element sel (CSS, or XPath when it
	// starts with //) selects
	text := func(t *testing.T, sel string) string {
		t.Helper()
		by := chromedp.ByQuery
		if strings.HasPrefix(sel, "//") {
			by = chromedp.BySearch
		}
		var s string
		if err := chromedp.Run(ctx, chromedp.Text(sel, &s, by)); err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		return s
	}
	count := func(t *testing.T, js string) int {
		t.Helper()
		var n int
		if err := chromedp.Run(ctx, chromedp.Evaluate(js, &n)); err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return n
	}

	t.Run("landing", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(base+"/explore"), ready); err != nil {
			shot("explore")
			t.Fatal(err)
		}
		shot("explore")
		row := text(t, `//tr[td/a[contains(., "Appel de Paris")]]`)
		if !strings.Contains(row, "State") || !strings.Contains(row, "Company") || !strings.Contains(row, "Emmanuel Macron") {
			t.Errorf("the Paris Call's row: %q, want its supporters by type and who launched it", row)
		}
	})

	t.Run("the United States", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(base+"/explore/entity/state/us"), ready); err != nil {
			shot("entity-us")
			t.Fatal(err)
		}
		shot("entity-us")
		refusal := text(t, `//tr[td/span[. = "DECLINED"]]`)
		support := text(t, `//tr[td/span[. = "SUPPORTS"]]`)
		if !strings.Contains(refusal, "2018") || !strings.Contains(refusal, "Appel de Paris") || !strings.Contains(refusal, ".txt") {
			t.Errorf("the refusal row: %q, want 2018, the Paris Call and a document", refusal)
		}
		if !strings.Contains(support, "2021") || !strings.Contains(support, ".txt") {
			t.Errorf("the support row: %q, want 2021 and a document", support)
		}
		if n := count(t, `document.querySelectorAll('tr a[href^="/explore/document/"]').length`); n < 2 {
			t.Errorf("%d links to documents, want one per quote", n)
		}
		if n := count(t, `document.querySelectorAll('#neighbourhood canvas').length`); n == 0 {
			t.Errorf("the neighbourhood graph is not drawn")
		}
	})

	t.Run("the slider", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(base+"/explore/initiative/initiative/appel-de-paris-pour-la-confiance-et-la-securite-dans-le-cyberespace"), ready); err != nil {
			t.Fatal(err)
		}
		rows := `document.querySelectorAll('section.table')[0].querySelectorAll('tbody tr').length`
		now := count(t, rows)
		var url string
		err := chromedp.Run(ctx,
			chromedp.Evaluate(`(() => { const s = document.getElementById('when'); s.value = 0; s.dispatchEvent(new Event('change')); })()`, nil),
			// the page the slider opened (reads fail while it loads), once
			// it has answered
			chromedp.ActionFunc(func(ctx context.Context) error {
				for ctx.Err() == nil {
					var ok bool
					err := chromedp.Evaluate(`location.search.includes('asOf=') && document.querySelector('main[data-ready="true"]') !== null`, &ok).Do(ctx)
					if err == nil && ok {
						return nil
					}
					time.Sleep(100 * time.Millisecond)
				}
				return ctx.Err()
			}),
			chromedp.Location(&url))
		shot("initiative-first-date")
		if err != nil {
			t.Fatal(err)
		}
		if then := count(t, rows); !strings.Contains(url, "asOf=") || then >= now || now == 0 {
			t.Errorf("slider to the first date: %s shows %d supporters, %d now; want fewer then", url, then, now)
		}
	})

	t.Run("a document", func(t *testing.T) {
		if err := chromedp.Run(ctx, chromedp.Navigate(base+"/explore/document/001_9f983377befa9905.txt"), ready); err != nil {
			t.Fatal(err)
		}
		if n := count(t, `document.querySelectorAll('.doctext mark').length`); n < 3 {
			t.Errorf("%d quotes highlighted, want the document's", n)
		}
		if n := count(t, `document.querySelectorAll('.doctext a.mention[href^="/explore/"]').length`); n < 3 {
			t.Errorf("%d mentions linked, want the document's", n)
		}
		// a click on the quote itself (its mentions are links)
		err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll('.doctext mark')].find((m) => m.textContent.includes('Microsoft')).click()`, nil))
		shot("document")
		if err != nil {
			t.Fatal(err)
		}
		if got := text(t, ".panel"); !strings.Contains(got, "Microsoft") || !strings.Contains(got, "supports") {
			t.Errorf("after selecting the quote the panel says %q", got)
		}
	})
}
