package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// buildBinary compiles talksbot once for the test.
func buildBinary(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "talksbot")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// answerKey is what must not change between a clean index and the one a
// crashed build left: who is quoted saying what, and the passages' scores.
// (Which of two passages with equal scores makes the cut may differ
// between two clean builds; the scores, which depend on every document
// in the index, may not.)
type answerKey struct {
	Speaker  string
	Quotes   []string
	Passages []string
}

func askJSON(t *testing.T, bin, corpusDir, dataDir, question string) (answerKey, string) {
	t.Helper()
	cmd := exec.Command(bin, "ask", "--json", "--limit", "20", "--corpus", corpusDir, "--data-dir", dataDir, question)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("ask %q: %v\n%s", question, err, stderr.String())
	}
	var out struct {
		Speaker string `json:"speaker"`
		Quotes  []struct {
			Speaker, Text string
			Source        index.Source
		} `json:"quotes"`
		Passages []struct {
			Score float64
		} `json:"passages"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("ask %q: %v\n%s", question, err, stdout.String())
	}
	k := answerKey{Speaker: out.Speaker}
	for _, q := range out.Quotes {
		k.Quotes = append(k.Quotes, q.Speaker+"|"+q.Source.Doc+"|"+q.Text)
	}
	for _, p := range out.Passages {
		k.Passages = append(k.Passages, fmt.Sprintf("%.6f", p.Score))
	}
	slices.Sort(k.Quotes)
	slices.Sort(k.Passages)
	return k, stderr.String()
}

// current reads CURRENT and the COMPLETE mark of the index it names.
func crashCurrent(t *testing.T, dataDir string) (name, fingerprint string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dataDir, "CURRENT"))
	if err != nil {
		t.Fatalf("no CURRENT: %v", err)
	}
	name = strings.TrimSpace(string(b))
	mark, err := os.ReadFile(filepath.Join(dataDir, name, "COMPLETE"))
	if err != nil {
		t.Fatalf("CURRENT names %s, which is not complete: %v", name, err)
	}
	return name, strings.TrimSpace(string(mark))
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if out, err := exec.Command("cp", "-a", src, dst).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
}

// TestCrashDuringIndex kills `talksbot index` with SIGKILL at random
// moments of a rebuild, and of an update in place (a few articles added,
// changed and removed), and checks that the next start always finds a
// complete index — the previous one or the new one, never a half-written
// one — and answers exactly as from a clean build.
func TestCrashDuringIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and indexes a generated corpus several times")
	}
	bin := buildBinary(t)
	root := t.TempDir()
	v1, rebuilt, updated := filepath.Join(root, "v1"), filepath.Join(root, "v2"), filepath.Join(root, "v3")
	if err := gencorpus.WriteDir(v1, 120, 1); err != nil {
		t.Fatal(err)
	}
	// A rebuild: the corpus doubled.
	copyDir(t, v1, rebuilt)
	if err := gencorpus.WriteDir(filepath.Join(rebuilt, "more"), 120, 3); err != nil {
		t.Fatal(err)
	}
	// An update: three articles added, one changed, one removed.
	copyDir(t, v1, updated)
	extra := t.TempDir()
	if err := gencorpus.WriteDir(extra, 3, 7); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(extra)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(extra, e.Name()))
		os.WriteFile(filepath.Join(updated, "new-"+e.Name()), b, 0o644)
	}
	changed := mustGlob(t, updated, "a00010-*.txt")
	b, _ := os.ReadFile(changed)
	os.WriteFile(changed, append(b, "\nMarchenko said the ceasefire monitoring would start within days.\n"...), 0o644)
	for _, gone := range []string{"a00020-*.txt", "a00020-*.meta.yaml"} {
		os.Remove(mustGlob(t, updated, gone))
	}

	questions := []string{"what did Marchenko say", "ceasefire monitoring"}
	// Reference answers and fingerprints come from clean builds by the
	// binary itself.
	want := map[string][]answerKey{}
	fp := map[string]string{}
	for _, dir := range []string{v1, rebuilt, updated} {
		clean := filepath.Join(root, "clean-"+filepath.Base(dir))
		for _, q := range questions {
			k, _ := askJSON(t, bin, dir, clean, q)
			want[dir] = append(want[dir], k)
		}
		_, fp[dir] = crashCurrent(t, clean)
	}
	if fp[v1] == fp[rebuilt] || fp[v1] == fp[updated] {
		t.Fatal("the changed corpora have the first one's fingerprint")
	}
	for _, dir := range []string{rebuilt, updated} {
		if slices.EqualFunc(want[v1], want[dir], equalKey) {
			t.Fatalf("%s answers as v1 does; the test could not tell their indexes apart", filepath.Base(dir))
		}
	}

	// The previous, complete index the rebuild or update starts from.
	base := filepath.Join(root, "base")
	if out, err := exec.Command(bin, "index", "-q", "--corpus", v1, "--data-dir", base).CombinedOutput(); err != nil {
		t.Fatalf("index v1: %v\n%s", err, out)
	}
	for _, to := range []string{rebuilt, updated} {
		t.Run(map[string]string{rebuilt: "rebuild", updated: "update"}[to], func(t *testing.T) {
			crashRuns(t, bin, root, base, v1, to, questions, want, fp)
		})
	}
}

// crashRuns kills `talksbot index --corpus to` at random moments, each on
// a copy of the data directory base (an index of from).
func crashRuns(t *testing.T, bin, root, base, from, to string, questions []string, want map[string][]answerKey, fp map[string]string) {
	// How long the whole run takes decides where the kills land.
	timing := filepath.Join(root, "timing-"+filepath.Base(to))
	copyDir(t, base, timing)
	start := time.Now()
	if out, err := exec.Command(bin, "index", "-q", "--corpus", to, "--data-dir", timing).CombinedOutput(); err != nil {
		t.Fatalf("index %s: %v\n%s", to, err, out)
	}
	full := time.Since(start)

	rng := rand.New(rand.NewPCG(20260122, 5))
	landed := map[string]int{}
	// Half the kills anywhere in the run, half around its end, where
	// the index is closed, marked COMPLETE, renamed and named by CURRENT.
	const runs = 8
	for run := range runs {
		frac := rng.Float64()
		if run%2 == 1 {
			frac = 0.8 + 0.35*rng.Float64()
		}
		delay := time.Duration(frac * float64(full))
		t.Run(fmt.Sprintf("kill after %v", delay.Round(time.Millisecond)), func(t *testing.T) {
			dataDir := filepath.Join(root, fmt.Sprint("run-", filepath.Base(to), run))
			copyDir(t, base, dataDir)
			cmd := exec.Command(bin, "index", "-q", "--corpus", to, "--data-dir", dataDir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			_ = cmd.Process.Kill() // SIGKILL: no cleanup runs
			_ = cmd.Wait()

			name, mark := crashCurrent(t, dataDir)
			var which string
			switch mark {
			case fp[from]:
				which = from
			case fp[to]:
				which = to
			default:
				t.Fatalf("CURRENT names %s, built for neither corpus (%s)", name, mark)
			}
			landed[filepath.Base(which)]++

			// The next start on that corpus uses the index as it is.
			for i, q := range questions {
				got, stderr := askJSON(t, bin, which, dataDir, q)
				if strings.Contains(stderr, "in-memory") {
					t.Fatalf("ask fell back to an in-memory index: %s", stderr)
				}
				if !equalKey(got, want[which][i]) {
					t.Errorf("%q from the surviving index differs from a clean build:\n got %+v\nwant %+v", q, got, want[which][i])
				}
			}
			if again, _ := crashCurrent(t, dataDir); again != name {
				t.Errorf("asking rebuilt the complete index %s as %s", name, again)
			}
			// And a start on the new corpus answers from the new one.
			if got, _ := askJSON(t, bin, to, dataDir, questions[0]); !equalKey(got, want[to][0]) {
				t.Errorf("%q after recovery differs from a clean build", questions[0])
			}
			if _, mark := crashCurrent(t, dataDir); mark != fp[to] {
				t.Error("after recovery CURRENT is not the new corpus's index")
			}
			entries, _ := os.ReadDir(dataDir)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), "tmp-") {
					t.Errorf("a crashed build's %s was left behind", e.Name())
				}
			}
		})
	}
	t.Logf("the whole run took %v; after the kill CURRENT was %v", full, landed)
}

func mustGlob(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(m) != 1 {
		t.Fatalf("glob %s: %v", pattern, m)
	}
	return m[0]
}

func equalKey(a, b answerKey) bool {
	return a.Speaker == b.Speaker && slices.Equal(a.Quotes, b.Quotes) && slices.Equal(a.Passages, b.Passages)
}
