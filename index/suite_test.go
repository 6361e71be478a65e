package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A suite whose writer gave a case's expected phrases as alternatives,
// each from a different article that answers, says so (expect_any): a
// result holding any one of them is right. Read as every phrase in one
// result, no result could be; and a suite that does not say so is still
// read that way.
func TestSuiteExpectAnyReadsAlternatives(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("corpus/wire.txt", "Test flight lands\nWire\n2071-07-02\n\nThe test flight took off from Warsaw Chopin at 06:40 UTC.\n")
	write("corpus/blog.txt", "Live: the corridor\nBlog\n2071-07-02\n\n06:41 - ZH 001 is airborne, 1h29 after leaving Warsaw it will be in Kyiv.\n")
	write("questions.yaml", `- q: where did the test flight take off from
  kind: where
  expect: ["took off from Warsaw Chopin", "1h29 after leaving Warsaw"]
`)
	write("suites.yaml", `- name: any
  set: dev
  corpus: corpus
  questions: questions.yaml
  expect_any: true
- name: all
  set: dev
  corpus: corpus
  questions: questions.yaml
`)
	suites, err := LoadSuites(filepath.Join(dir, "suites.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reps, err := RunSuites(context.Background(), suites)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reps {
		want := 0
		if r.Suite.Name == "any" {
			want = 1
		}
		if r.Report.Ranked != 1 || r.Report.Hit1 != want {
			t.Errorf("suite %s: %d of %d right at 1, want %d", r.Suite.Name, r.Report.Hit1, r.Report.Ranked, want)
		}
	}
}
