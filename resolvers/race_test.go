//go:build race

package resolvers_test

// raceOn reports whether the race detector is on: it slows the tests
// tenfold, and TestSSEScale is then skipped.
const raceOn = true
