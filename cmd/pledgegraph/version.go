package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// runVersion prints the module version, the revision the binary was
// built from and the Go version, from the build information.
func runVersion(_ context.Context, args []string, stdout, _ io.Writer) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", args[0])}
	}
	fmt.Fprintln(stdout, versionLine())
	return nil
}

// versionLine describes the build: "pledgegraph VERSION, revision REV
// (DATE, modified), go1.x".
func versionLine() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "pledgegraph (no build information)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	var b strings.Builder
	fmt.Fprintf(&b, "pledgegraph %s", info.Main.Version)
	if rev := settings["vcs.revision"]; rev != "" {
		fmt.Fprintf(&b, ", revision %s", rev)
		var notes []string
		if t := settings["vcs.time"]; t != "" {
			notes = append(notes, t)
		}
		if settings["vcs.modified"] == "true" {
			notes = append(notes, "modified")
		}
		if len(notes) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(notes, ", "))
		}
	} else {
		b.WriteString(", revision unknown (built without version control information)")
	}
	fmt.Fprintf(&b, ", %s", info.GoVersion)
	return b.String()
}
