// Package testenv tells the tests of pledgegraph what their environment
// lets them run: the long tests (crash and disk-full loops, browsers,
// thousands of clients, benchmarks run as tests) only when
// PLEDGEGRAPH_LONG_TESTS=1, as CI (.ci/run) sets it, so that the
// README's test command stays a few minutes long; the PostgreSQL tests
// only when PLEDGEGRAPH_TEST_POSTGRES names a server. A skipped test says
// what it skips and how to run it (go test -v shows it).
package testenv

import (
	"os"
	"testing"
)

// LongEnv is the environment variable that turns the long tests on.
const LongEnv = "PLEDGEGRAPH_LONG_TESTS"

// PostgresEnv is the environment variable that holds the URL of the
// PostgreSQL server the tests may use: its user must be allowed to create
// databases.
const PostgresEnv = "PLEDGEGRAPH_TEST_POSTGRES"

// Long reports whether the long tests run: PLEDGEGRAPH_LONG_TESTS=1, and
// not go test -short.
func Long() bool { return os.Getenv(LongEnv) == "1" && !testing.Short() }

// SkipUnlessLong skips t unless the long tests run, saying what t does
// (what, such as "kills a loader 20 times") and how to run it.
func SkipUnlessLong(t testing.TB, what string) {
	t.Helper()
	if !Long() {
		t.Skipf("long test (%s): set %s=1 to run it, as .ci/run does", what, LongEnv)
	}
}

// Postgres returns the URL of the PostgreSQL server of the tests, or
// skips t, saying how to give one.
func Postgres(t testing.TB) string {
	t.Helper()
	u := os.Getenv(PostgresEnv)
	if u == "" {
		t.Skipf("%s is not set: set it to the URL of a PostgreSQL server whose user may create databases (.ci/postgres.sh starts one and prints it)", PostgresEnv)
	}
	return u
}
