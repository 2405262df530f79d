//go:build !race

package resolvers_test

// raceOn reports whether the race detector is on (see race_test.go).
const raceOn = false
