package main

import (
	"strings"
	"testing"
)

// talksbot eval --attribution scores who-said-what against hand-labelled
// quotes and prints precision and recall by case.
func TestEvalAttribution(t *testing.T) {
	code, out, errs := talksbot(t, "eval", "--attribution", "../../corpus/testdata/attribution")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"precision", "recall", "pronoun-next-paragraph", "interview", "all "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errs := talksbot(t, "eval", "--attribution", t.TempDir()); code == 0 || !strings.Contains(errs, "labels.yaml") {
		t.Errorf("a folder without labels: exit %d, %q", code, errs)
	}
}
