package resolvers

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// Bounds of the answer cache.
const (
	maxCachedAnswers     = 4096
	maxCachedAnswerBytes = 4 << 20
	maxAnswerCacheBytes  = 256 << 20
)

// AnswerCache keeps the answers of read-only GraphQL requests for as long
// as the store does not change: dashboards ask the same questions again
// and again, and an answer at one generation of the store (see
// graph.Store.Generation) is the answer until the next write. It serves
// only stores this process alone writes (memory, LevelDB); on PostgreSQL
// other processes may write, and it stays out of the way.
//
// It keeps only answers with status 200 and no "errors", to requests that
// do not carry the write token (see HasWriteAccess: a mutation, which
// fails without it, is never kept) and do not stream. A request with
// Cache-Control: no-cache or no-store is answered afresh and not kept.
// Answers say X-Cache: hit or miss.
type AnswerCache struct {
	opts AnswerCacheOptions

	mu      sync.Mutex
	answers *simplelru.LRU[[32]byte, *cachedAnswer] // the least recently used dropped first
	bytes   int
}

// AnswerCacheOptions configure NewAnswerCache.
type AnswerCacheOptions struct {
	// Generation returns the store's generation, which changes with every
	// write, and whether this process alone writes the store
	// (graph.Store.Generation). The cache keeps and serves nothing when
	// it does not.
	Generation func() (gen uint64, exclusive bool)
	// Operation, when set, returns the names of the GraphQL operations
	// the request of ctx answered, as the server noted them for its
	// access log; the cache keeps them with the answer.
	Operation func(ctx context.Context) string
	// Replayed, when set, is told of every answer served from the cache,
	// with what Operation returned when it was kept, so that the access
	// log of the request names the operation as a fresh answer's does.
	Replayed func(ctx context.Context, operation string)
}

// cachedAnswer is one kept answer.
type cachedAnswer struct {
	gen         uint64
	status      int
	contentType string
	body        []byte
	// operation is what AnswerCacheOptions.Operation returned, told again
	// to Replayed for each request the answer is served to.
	operation string
}

// NewAnswerCache returns an empty answer cache.
func NewAnswerCache(opts AnswerCacheOptions) *AnswerCache {
	c := &AnswerCache{opts: opts}
	c.answers, _ = simplelru.NewLRU(maxCachedAnswers, func(_ [32]byte, a *cachedAnswer) { c.bytes -= len(a.body) })
	return c
}

// Wrap returns h behind the cache. The request body must be in memory
// already (read whole under a size limit), since the cache reads it to
// know the question.
func (c *AnswerCache) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gen, exclusive := c.opts.Generation()
		cc := r.Header.Get("Cache-Control")
		if !exclusive || HasWriteAccess(r.Context()) ||
			strings.Contains(cc, "no-cache") || strings.Contains(cc, "no-store") ||
			strings.Contains(r.Header.Get("Accept"), "text/event-stream") || r.Header.Get("Upgrade") != "" ||
			(r.Method != http.MethodGet && r.Method != http.MethodPost) {
			h.ServeHTTP(w, r)
			return
		}
		var body []byte
		if r.Body != nil {
			body, _ = io.ReadAll(r.Body) // already in memory
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		key := answerKey(r, body)
		c.mu.Lock()
		a, _ := c.answers.Get(key)
		c.mu.Unlock()
		if a != nil && a.gen == gen {
			w.Header().Set("Content-Type", a.contentType)
			w.Header().Set("X-Cache", "hit")
			if c.opts.Replayed != nil {
				c.opts.Replayed(r.Context(), a.operation)
			}
			w.WriteHeader(a.status)
			w.Write(a.body)
			return
		}
		rec := &keepingRecorder{ResponseWriter: w, status: http.StatusOK}
		w.Header().Set("X-Cache", "miss")
		h.ServeHTTP(rec, r)
		if rec.status != http.StatusOK || rec.overflow || bytes.Contains(rec.body.Bytes(), []byte(`"errors"`)) {
			return
		}
		kept := &cachedAnswer{gen: gen, status: rec.status, contentType: rec.Header().Get("Content-Type"), body: rec.body.Bytes()}
		if c.opts.Operation != nil {
			kept.operation = c.opts.Operation(r.Context())
		}
		c.put(key, kept)
	})
}

// put keeps an answer. A full cache drops the answers used least
// recently (those of past generations are never used again) until the
// new one fits.
func (c *AnswerCache) put(key [32]byte, a *cachedAnswer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.answers.Remove(key)
	for c.answers.Len() > 0 && c.bytes+len(a.body) > maxAnswerCacheBytes {
		c.answers.RemoveOldest()
	}
	c.answers.Add(key, a) // past maxCachedAnswers, drops the least recently used
	c.bytes += len(a.body)
}

// answerKey names a request by what decides its answer: method, URL
// query, the Accept header (which decides status and content type), the
// Content-Type header (which decides whether the body is read at all)
// and body.
func answerKey(r *http.Request, body []byte) [32]byte {
	h := sha256.New()
	for _, s := range []string{r.Method, r.URL.RawQuery, r.Header.Get("Accept"), r.Header.Get("Content-Type")} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	h.Write(body)
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// keepingRecorder passes an answer on while keeping a copy of it, up to
// maxCachedAnswerBytes.
type keepingRecorder struct {
	http.ResponseWriter
	status   int
	body     bytes.Buffer
	overflow bool
}

func (r *keepingRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *keepingRecorder) Write(p []byte) (int, error) {
	if !r.overflow {
		if r.body.Len()+len(p) > maxCachedAnswerBytes {
			r.overflow = true
			r.body = bytes.Buffer{}
		} else {
			r.body.Write(p)
		}
	}
	return r.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection.
func (r *keepingRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
