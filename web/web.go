// Package web holds what the server gives browsers, every script and
// style of it embedded in the binary, so that a page loads nothing from
// another host: GraphiQL and the explorer's graph library (vendored from
// npm by vendor.sh, with their licences, in static/graphiql and
// static/explore), and the explorer for analysts (static/explore), which
// reads everything it shows through the GraphQL API.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// contentSecurityPolicy keeps the pages to what the server itself serves:
// scripts, styles, fonts and connections (HTTP and WebSocket) of its own
// origin; inline styles and data: fonts and images, which GraphiQL uses.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"font-src 'self' data:; img-src 'self' data:; connect-src 'self' ws: wss:; base-uri 'none'; frame-ancestors 'none'"

// GraphiQL serves GraphiQL's page, on the server's GraphQL endpoint
// (/query).
func GraphiQL() http.Handler { return page("static/graphiql/index.html") }

// Explorer serves the explorer's page for every path under /explore: the
// page's script reads the path (/explore, /explore/initiative/ID,
// /explore/entity/ID, /explore/document/NAME) and the query string.
func Explorer() http.Handler { return page("static/explore/index.html") }

// page serves an embedded HTML page under the content security policy.
func page(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page, err := static.ReadFile(name)
		if err != nil {
			http.Error(w, "the page is missing from this build", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		w.Write(page)
	})
}

// Static serves the embedded assets under /static/.
func Static() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil { // the embedded tree always has static/
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "the assets are missing from this build", http.StatusInternalServerError)
		})
	}
	files := http.StripPrefix("/static/", http.FileServer(http.FS(sub)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}
