package main

import (
	"os/exec"
	"strings"
	"testing"
)

// Each outside technology stays in the one package named after its role
// (STYLE.md): discordgo in bot/, bleve in index/, viper in config/,
// Prometheus in metrics/ — in tests too — and the packages below the bot
// never depend on discordgo, even indirectly.
func TestLayers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	only := map[string]string{ // import path prefix → the package (and its subpackages) that may import it
		"github.com/bwmarrin/discordgo":                "github.com/talksbot/talksbot/bot",
		"github.com/blevesearch/":                      "github.com/talksbot/talksbot/index",
		"github.com/spf13/viper":                       "github.com/talksbot/talksbot/config",
		"github.com/prometheus/":                       "github.com/talksbot/talksbot/metrics",
		"github.com/prometheus/client_golang/":         "github.com/talksbot/talksbot/metrics",
		"github.com/blevesearch/bleve/v2/index/scorch": "github.com/talksbot/talksbot/index",
	}
	cmd := exec.Command("go", "list", "-f", `{{.ImportPath}}|{{join .Imports ","}},{{join .TestImports ","}},{{join .XTestImports ","}}|{{join .Deps ","}}`, "./...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 8 {
		t.Fatalf("go list listed %d packages", len(lines))
	}
	for _, line := range lines {
		pkg, rest, _ := strings.Cut(line, "|")
		imports, deps, _ := strings.Cut(rest, "|")
		for _, imp := range strings.Split(imports, ",") {
			for prefix, owner := range only {
				if strings.HasPrefix(imp, prefix) && pkg != owner && !strings.HasPrefix(pkg, owner+"/") {
					t.Errorf("%s imports %s, which belongs in %s", pkg, imp, owner)
				}
			}
		}
		switch pkg {
		case "github.com/talksbot/talksbot/corpus", "github.com/talksbot/talksbot/index",
			"github.com/talksbot/talksbot/config", "github.com/talksbot/talksbot/metrics":
			if strings.Contains(deps, "github.com/bwmarrin/discordgo") {
				t.Errorf("%s depends on discordgo", pkg)
			}
		}
	}
}
