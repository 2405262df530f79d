// Package corpus embeds the reference documents of pledgegraph's
// extraction tests: five French articles and pages about the Paris Call
// for Trust and Security in Cyberspace (SOURCES.md names where each was
// published). Each starts with a front matter (see loader.ReadDocument)
// that gives its publication date, source and, where the copy keeps it,
// its headline. Their gold annotations live in testdata/eval/gold at the
// repository's top.
package corpus

import "embed"

// FS holds the documents as *.txt files at its root, named by their
// document IDs ("000_3ff2ac3ee49e3d42.txt").
//
//go:embed *.txt
var FS embed.FS
