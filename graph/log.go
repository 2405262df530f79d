package graph

import (
	"fmt"
	"log"
	"regexp"
	"sync"
)

// userinfo matches the password part of URLs ("//user:secret@").
var userinfo = regexp.MustCompile(`//([^/:@\s]*):[^/@\s]*@`)

// redact replaces the passwords of the URLs in s with "xxxxx".
func redact(s string) string { return userinfo.ReplaceAllString(s, "//$1:xxxxx@") }

// cayleyLogger passes Cayley's warnings and errors to the standard logger
// with passwords removed (Cayley's SQL backend logs the database URL when
// it cannot connect) and drops its informational messages.
type cayleyLogger struct{}

func (cayleyLogger) Infof(string, ...any) {}
func (cayleyLogger) Warningf(format string, args ...any) {
	logOnce(redact("cayley: warning: " + fmt.Sprintf(format, args...)))
}
func (cayleyLogger) Errorf(format string, args ...any) {
	logOnce(redact("cayley: " + fmt.Sprintf(format, args...)))
}

// repeats holds the last line logged for Cayley and how many times it
// came again since: a damaged store makes Cayley say the same thing for
// every read of a damaged block.
var repeats struct {
	sync.Mutex
	last string
	n    int
}

// logOnce logs msg unless it is the line logged last; how many times it
// came again is logged with the next other line, and every 1000 times.
func logOnce(msg string) {
	repeats.Lock()
	defer repeats.Unlock()
	if msg == repeats.last {
		if repeats.n++; repeats.n%1000 == 0 {
			log.Printf("cayley: the last line came %d more times", repeats.n)
		}
		return
	}
	if repeats.n%1000 != 0 {
		log.Printf("cayley: the last line came %d more times", repeats.n)
	}
	repeats.last, repeats.n = msg, 0
	log.Print(msg)
}
func (cayleyLogger) Fatalf(format string, args ...any) {
	log.Fatal(redact("cayley: " + fmt.Sprintf(format, args...)))
}
func (cayleyLogger) V(int) bool { return false }
func (cayleyLogger) SetV(int)   {}

var setLogger sync.Once
