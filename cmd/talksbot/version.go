package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/talksbot/talksbot/metrics"
)

// version and commit are set by a release build:
//
//	go build -ldflags "-X main.version=v1.2.0 -X main.commit=$(git rev-parse --short HEAD)" ./cmd/talksbot
//
// Without them they come from the build information Go records: the
// module version for `go install …@v1.2.0`, the VCS revision for a build
// in a git checkout.
var (
	version = ""
	commit  = ""
)

// bleveModule is the search library whose version --version reports (an
// index written by one bleve version is read by the same).
const bleveModule = "github.com/blevesearch/bleve/v2"

// buildInfo says what this binary is.
func buildInfo() metrics.Build {
	b := metrics.Build{Version: version, Commit: commit, Go: runtime.Version(), Bleve: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if ok {
		if b.Version == "" && bi.Main.Version != "" {
			b.Version = bi.Main.Version // "(devel)" for a plain go build
		}
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
					if len(b.Commit) > 12 {
						b.Commit = b.Commit[:12]
					}
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if modified && b.Commit != "" && commit == "" {
			b.Commit += "+dirty"
		}
		for _, d := range bi.Deps {
			if d.Path == bleveModule {
				b.Bleve = d.Version
				if d.Replace != nil {
					b.Bleve = d.Replace.Version
				}
			}
		}
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	return b
}

// versionLine is what --version prints after "talksbot ".
func versionLine() string {
	b := buildInfo()
	return fmt.Sprintf("%s (commit %s, %s, bleve %s)", b.Version, b.Commit, b.Go, b.Bleve)
}
