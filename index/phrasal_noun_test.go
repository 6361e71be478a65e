package index

import (
	"path/filepath"
	"strings"
	"testing"
)

// "blow up the mine": English makes "blow up" "explode", and "explode"
// makes "explosion"; the live entry saying the mine was destroyed "in a
// controlled explosion" answers (corpus97's), where before the articles
// "did not cover that".
func TestPhrasalVerbFindsTheNounOfItsSynonym(t *testing.T) {
	e := engineOfDir(t, filepath.Join("testdata", "corpus97"))
	a := ask(t, e, "when did they blow up the mine")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "controlled explosion") {
		t.Errorf("first passage %v, want the one on the controlled explosion", a.Passages)
	}
}
