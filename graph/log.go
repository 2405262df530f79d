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
	log.Print(redact("cayley: warning: " + fmt.Sprintf(format, args...)))
}
func (cayleyLogger) Errorf(format string, args ...any) {
	log.Print(redact("cayley: " + fmt.Sprintf(format, args...)))
}
func (cayleyLogger) Fatalf(format string, args ...any) {
	log.Fatal(redact("cayley: " + fmt.Sprintf(format, args...)))
}
func (cayleyLogger) V(int) bool { return false }
func (cayleyLogger) SetV(int)   {}

var setLogger sync.Once
