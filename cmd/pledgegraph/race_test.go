//go:build race

package main

// raceOn reports whether the race detector is on: the long tests then
// do less of the same (it slows them tenfold).
const raceOn = true
