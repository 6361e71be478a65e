package corpus

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestWordFilesLoad(t *testing.T) {
	if lx := pageWords(); len(lx.whole) == 0 || len(lx.byFirst) == 0 || len(lx.bylines) == 0 || len(lx.agency) == 0 {
		t.Fatalf("data/page.yaml read as %+v", lx)
	}
	if lx := dateWords(); len(lx.month) < 12 || lx.short[12] != "dec" || len(lx.zone) == 0 {
		t.Fatalf("data/dates.yaml read as %+v", lx)
	}
}

// A word is written once: no phrase stands twice in a data file, and no
// whole-line phrase is one a "starts" phrase of the file already covers.
func TestWordFilesSayEachThingOnce(t *testing.T) {
	for _, name := range []string{"data/page.yaml", "data/dates.yaml"} {
		data, err := wordFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		var walk func(n *yaml.Node, path string)
		walk = func(n *yaml.Node, path string) {
			switch n.Kind {
			case yaml.DocumentNode, yaml.SequenceNode:
				for _, c := range n.Content {
					walk(c, path)
				}
			case yaml.MappingNode:
				for i := 0; i+1 < len(n.Content); i += 2 {
					walk(n.Content[i+1], path+"/"+n.Content[i].Value)
				}
			case yaml.ScalarNode:
				if n.Tag != "!!str" || strings.HasSuffix(path, "max_words") {
					return
				}
				if where, ok := seen[n.Value]; ok {
					t.Errorf("%s: %q is written twice (%s and %s)", name, n.Value, where, path)
				}
				seen[n.Value] = path
			}
		}
		walk(&doc, "")
	}
	lx := pageWords()
	for key, r := range lx.whole {
		if why, _ := lx.startsPhrase(key); why != "" {
			t.Errorf("data/page.yaml: the line %q (%s) is already covered by a starts phrase (%s)", key, r.reason, why)
		}
	}
}
