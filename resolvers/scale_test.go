package resolvers_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pledgegraph/pledgegraph/internal/testenv"
	"github.com/pledgegraph/pledgegraph/resolvers"
	"github.com/pledgegraph/pledgegraph/resolvers/model"
)

var (
	scaleClients  = flag.Int("sse.clients", 3000, "subscribers of TestSSEScale")
	scaleDuration = flag.Duration("sse.duration", 3*time.Second, "how long TestSSEScale publishes changes (1s with -short)")
	scaleRate     = flag.Int("sse.rate", 5, "changes TestSSEScale publishes per second")
)

// Environment of the process TestSSEScale runs its clients in.
const (
	scaleURLEnv     = "PLEDGEGRAPH_SSE_SCALE_URL"
	scaleClientsEnv = "PLEDGEGRAPH_SSE_SCALE_CLIENTS"
)

// TestSSEScale subscribes 3,000 clients (-sse.clients) over Server-Sent
// Events and publishes changes (-sse.rate a second) for a few seconds
// (-sse.duration; 20s is the done criterion): every client receives
// every change in order, or a RESYNC it resumes from, and queries sent
// meanwhile are answered in milliseconds (the median; the slowest waits
// for a change to reach every subscriber, about 20µs of CPU each). The
// clients run in a process of their own (TestSSEScaleClients), as they
// would on other machines: in this one they would compete with the
// server's goroutines for the scheduler and make the figures say little
// of the server.
func TestSSEScale(t *testing.T) {
	if raceOn {
		t.Skip("skipped under -race: 3,000 streams run tenfold slower under the race detector, so that the figures would say nothing; run it without -race")
	}
	testenv.SkipUnlessLong(t, "subscribes 3,000 clients for 3 s")
	clients, duration := *scaleClients, *scaleDuration
	if testing.Short() {
		duration = min(duration, time.Second)
	}
	if err := raiseFileLimit(uint64(clients + 200)); err != nil {
		t.Skipf("skipped: %v (each stream takes a file descriptor)", err)
	}
	url, changes := sseServer(t, resolvers.ChangesOptions{MaxSubscriptions: clients}, resolvers.ServerOptions{})
	fleet := startFleet(t, url, clients)
	if n := changes.Subscriptions(); n != clients {
		t.Fatalf("%d subscriptions open, want %d", n, clients)
	}

	latencies := make(chan []time.Duration, 1)
	stop := make(chan struct{})
	go func() { latencies <- queryWhile(t, url, stop) }()
	start := time.Now()
	published := publishFor(changes, duration, *scaleRate)
	took := time.Since(start)
	close(stop)
	lat := <-latencies
	sum := fleet.finish(t, published)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)

	if sum.Bad != "" {
		t.Errorf("a subscriber: %s", sum.Bad)
	}
	if sum.Behind > 0 {
		t.Errorf("%d of %d subscribers did not reach change %d", sum.Behind, clients, published)
	}
	if len(lat) == 0 {
		t.Fatal("no query answered")
	}
	slices.Sort(lat)
	p50, p99, worst := lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1]
	t.Logf("%d subscribers connected in %v; %d changes published in %v (%d events received, %d RESYNC); all caught up %v after the last; "+
		"%d queries meanwhile: p50 %v, p99 %v, max %v; server heap %d MiB, %d goroutines",
		clients, sum.Connected, published, took.Round(time.Millisecond), sum.Events, sum.Resyncs, sum.Lag,
		len(lat), p50.Round(10*time.Microsecond), p99.Round(10*time.Microsecond), worst.Round(10*time.Microsecond),
		m.HeapInuse>>20, runtime.NumGoroutine())
	if p50 > 50*time.Millisecond || worst > 5*time.Second {
		t.Errorf("queries took p50 %v, max %v during the stream: want milliseconds", p50, worst)
	}
}

// fleetSummary is what the client process reports.
type fleetSummary struct {
	Connected, Lag          time.Duration
	Events, Resyncs, Behind int
	Bad                     string // the first event out of order
}

// fleet is the process of TestSSEScale's clients.
type fleet struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Scanner
	stderr *syncBuffer
}

// startFleet starts the client process and returns once its clients
// are subscribed.
func startFleet(t *testing.T, url string, clients int) *fleet {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestSSEScaleClients$", "-test.timeout=5m")
	cmd.Env = append(os.Environ(), scaleURLEnv+"="+url, scaleClientsEnv+"="+strconv.Itoa(clients))
	f := &fleet{cmd: cmd, stderr: &syncBuffer{}}
	cmd.Stderr = f.stderr
	var err error
	if f.stdin, err = cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	f.stdout = bufio.NewScanner(out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	if line := f.line(t, "ready"); line != "" {
		t.Fatalf("the clients: %s", line)
	}
	return f
}

// line returns the rest of the first output line of the client process
// that starts with prefix.
func (f *fleet) line(t *testing.T, prefix string) string {
	t.Helper()
	for f.stdout.Scan() {
		if rest, ok := strings.CutPrefix(f.stdout.Text(), prefix); ok {
			return strings.TrimSpace(rest)
		}
	}
	t.Fatalf("the client process ended before saying %q:\n%s", prefix, f.stderr)
	return ""
}

// finish tells the client process the last change, and returns its
// summary once every client has it (or has waited 30s for it).
func (f *fleet) finish(t *testing.T, last int) fleetSummary {
	t.Helper()
	fmt.Fprintln(f.stdin, last)
	var sum fleetSummary
	if err := json.Unmarshal([]byte(f.line(t, "summary")), &sum); err != nil {
		t.Fatalf("the clients' summary: %v", err)
	}
	return sum
}

// TestSSEScaleClients is the client end of TestSSEScale, which runs it
// in a process of its own. It subscribes $PLEDGEGRAPH_SSE_SCALE_CLIENTS
// clients to the server at $PLEDGEGRAPH_SSE_SCALE_URL, prints "ready",
// reads the seq of the last change on standard input, and prints
// "summary" and what the clients received once they have it.
func TestSSEScaleClients(t *testing.T) {
	url := os.Getenv(scaleURLEnv)
	if url == "" {
		t.Skip("the client end of TestSSEScale, which runs it")
	}
	clients, _ := strconv.Atoi(os.Getenv(scaleClientsEnv))
	if err := raiseFileLimit(uint64(clients + 200)); err != nil {
		fmt.Println("ready", err)
		return
	}
	start := time.Now()
	subs, streams, err := subscribeAll(t, url, clients)
	if err != nil {
		fmt.Println("ready", err)
		return
	}
	var sum fleetSummary
	sum.Connected = time.Since(start).Round(time.Millisecond)
	var readers sync.WaitGroup
	for i, s := range streams {
		readers.Go(func() { subs[i].follow(s) })
		defer s.close()
	}
	fmt.Println("ready")
	var last int64
	fmt.Scanln(&last)
	caughtUp := time.Now()
	for _, sub := range subs {
		for sub.last.Load() < last && sub.bad.Load() == nil && time.Since(caughtUp) < 30*time.Second {
			time.Sleep(5 * time.Millisecond)
		}
	}
	sum.Lag = time.Since(caughtUp).Round(time.Millisecond)
	for _, sub := range subs {
		if sub.last.Load() != last {
			sum.Behind++
		}
		if bad := sub.bad.Load(); bad != nil && sum.Bad == "" {
			sum.Bad = *bad
		}
		sum.Events += int(sub.events.Load())
		sum.Resyncs += int(sub.resyncs.Load())
	}
	b, _ := json.Marshal(sum)
	fmt.Printf("summary %s\n", b)
}

// subscribeAll opens n subscriptions, 64 at a time.
func subscribeAll(t *testing.T, url string, n int) ([]*scaleSubscriber, []*sseStream, error) {
	httpc := &http.Client{Transport: &http.Transport{}}
	subs := make([]*scaleSubscriber, n)
	streams := make([]*sseStream, n)
	errs := make(chan error, n)
	sem := make(chan struct{}, 64)
	var opening sync.WaitGroup
	for i := range subs {
		subs[i] = &scaleSubscriber{}
		sem <- struct{}{}
		opening.Go(func() {
			defer func() { <-sem }()
			s, err := dialSSE(t.Context(), httpc, url, changesQuery, nil)
			if err != nil {
				errs <- err
				return
			}
			streams[i] = s
		})
	}
	opening.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, nil, err
	}
	return subs, streams, nil
}

// scaleSubscriber is what TestSSEScale checks of a client's stream.
type scaleSubscriber struct {
	last            atomic.Int64 // seq of the last change received
	events, resyncs atomic.Int64
	bad             atomic.Pointer[string] // the first event out of order
}

// follow reads s until it ends, checking that every change follows the
// one before (seq + 1), or is a RESYNC past it, with its seq as its id.
func (sub *scaleSubscriber) follow(s *sseStream) {
	prev := 0
	for {
		m, err := s.nextEvent()
		if err != nil {
			return
		}
		var resp struct {
			Data struct {
				GraphChanged struct {
					Seq  int
					Kind model.ChangeKind
				}
			} `json:"data"`
		}
		if err := json.Unmarshal([]byte(m.data), &resp); err != nil {
			sub.fail(fmt.Sprintf("event %q: %v", m.data, err))
			return
		}
		g := resp.Data.GraphChanged
		resync := g.Kind == model.ChangeKindResync
		switch {
		case m.id != strconv.Itoa(g.Seq):
			sub.fail(fmt.Sprintf("event id %q for change %d", m.id, g.Seq))
			return
		case resync && g.Seq > prev:
			sub.resyncs.Add(1)
		case resync || g.Seq != prev+1:
			sub.fail(fmt.Sprintf("change %d %s after %d", g.Seq, g.Kind, prev))
			return
		}
		sub.events.Add(1)
		prev = g.Seq
		sub.last.Store(int64(g.Seq))
	}
}

// fail records why the stream is wrong.
func (sub *scaleSubscriber) fail(why string) { sub.bad.Store(&why) }

// raiseFileLimit raises the soft limit on open files to n when it is
// lower, or says why it cannot.
func raiseFileLimit(n uint64) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return fmt.Errorf("read the limit on open files: %w", err)
	}
	if lim.Cur >= n {
		return nil
	}
	if lim.Max < n {
		return fmt.Errorf("the hard limit on open files is %d, under the %d needed", lim.Max, n)
	}
	lim.Cur = n
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return fmt.Errorf("raise the limit on open files to %d: %w", n, err)
	}
	return nil
}

// publishFor publishes rate changes a second for d and returns how many.
func publishFor(changes *resolvers.Changes, d time.Duration, rate int) int {
	tick := time.NewTicker(time.Second / time.Duration(max(rate, 1)))
	defer tick.Stop()
	end := time.Now().Add(d)
	n := 0
	for time.Now().Before(end) {
		<-tick.C
		n++
		changes.Publish(&model.GraphChange{Kind: model.ChangeKindDocumentAdded, Document: fmt.Sprintf("doc-%d", n), Documents: n})
	}
	return n
}

// queryWhile sends a query every 10ms until stop is closed, and returns
// how long each answer took.
func queryWhile(t *testing.T, url string, stop <-chan struct{}) []time.Duration {
	c := &http.Client{Transport: &http.Transport{}}
	defer c.CloseIdleConnections()
	var lat []time.Duration
	for {
		select {
		case <-stop:
			return lat
		case <-time.After(10 * time.Millisecond):
		}
		begin := time.Now()
		resp, err := c.Post(url, "application/json", strings.NewReader(`{"query": "{ entity(name: \"USA\") { id name } documents { totalCount } }"}`))
		if err != nil {
			t.Errorf("query: %v", err)
			return lat
		}
		var body struct{ Errors []gqlError }
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || len(body.Errors) > 0 {
			t.Errorf("query: %d %+v", resp.StatusCode, body.Errors)
		}
		lat = append(lat, time.Since(begin))
	}
}
