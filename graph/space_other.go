//go:build !unix

package graph

// freeSpace cannot tell the free space here: writes are not checked.
func freeSpace(string) (int64, bool) { return 0, false }
