//go:build !race

package main

// raceOn reports whether the race detector is on (see race_test.go).
const raceOn = false
