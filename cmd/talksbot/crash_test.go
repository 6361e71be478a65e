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
// moments of a rebuild and checks that the next start always finds a
// complete index — the previous one or the new one, never a half-written
// one — and answers exactly as from a clean build.
func TestCrashDuringIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and indexes a generated corpus several times")
	}
	bin := buildBinary(t)
	root := t.TempDir()
	v1, v2 := filepath.Join(root, "v1"), filepath.Join(root, "v2")
	if err := gencorpus.WriteDir(v1, 120, 1); err != nil {
		t.Fatal(err)
	}
	copyDir(t, v1, v2)
	if err := gencorpus.WriteDir(filepath.Join(v2, "more"), 120, 3); err != nil {
		t.Fatal(err)
	}
	questions := []string{"what did Marchenko say", "ceasefire monitoring"}
	// Reference answers and fingerprints come from clean builds by the
	// binary itself.
	want := map[string][]answerKey{}
	fp := map[string]string{}
	for _, dir := range []string{v1, v2} {
		clean := filepath.Join(root, "clean-"+filepath.Base(dir))
		for _, q := range questions {
			k, _ := askJSON(t, bin, dir, clean, q)
			want[dir] = append(want[dir], k)
		}
		_, fp[dir] = crashCurrent(t, clean)
	}
	if fp[v1] == fp[v2] {
		t.Fatal("both corpora have the same fingerprint")
	}
	if slices.EqualFunc(want[v1], want[v2], func(a, b answerKey) bool { return slices.Equal(a.Passages, b.Passages) }) {
		t.Fatal("the two corpora answer alike; the test could not tell their indexes apart")
	}

	// The previous, complete index the rebuild starts from.
	base := filepath.Join(root, "base")
	if out, err := exec.Command(bin, "index", "-q", "--corpus", v1, "--data-dir", base).CombinedOutput(); err != nil {
		t.Fatalf("index v1: %v\n%s", err, out)
	}
	// How long a whole rebuild takes decides where the kills land.
	timing := filepath.Join(root, "timing")
	copyDir(t, base, timing)
	start := time.Now()
	if out, err := exec.Command(bin, "index", "-q", "--corpus", v2, "--data-dir", timing).CombinedOutput(); err != nil {
		t.Fatalf("index v2: %v\n%s", err, out)
	}
	full := time.Since(start)

	rng := rand.New(rand.NewPCG(20260122, 5))
	landed := map[string]int{}
	// Half the kills anywhere in the rebuild, half around its end, where
	// the index is closed, marked COMPLETE, renamed and named by CURRENT.
	const runs = 8
	for run := range runs {
		frac := rng.Float64()
		if run%2 == 1 {
			frac = 0.8 + 0.35*rng.Float64()
		}
		delay := time.Duration(frac * float64(full))
		t.Run(fmt.Sprintf("kill after %v", delay.Round(time.Millisecond)), func(t *testing.T) {
			dataDir := filepath.Join(root, fmt.Sprint("run", run))
			copyDir(t, base, dataDir)
			cmd := exec.Command(bin, "index", "-q", "--corpus", v2, "--data-dir", dataDir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			_ = cmd.Process.Kill() // SIGKILL: no cleanup runs
			_ = cmd.Wait()

			name, mark := crashCurrent(t, dataDir)
			var which string
			switch mark {
			case fp[v1]:
				which = v1
			case fp[v2]:
				which = v2
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
			if got, _ := askJSON(t, bin, v2, dataDir, questions[0]); !equalKey(got, want[v2][0]) {
				t.Errorf("%q after recovery differs from a clean build", questions[0])
			}
			if _, mark := crashCurrent(t, dataDir); mark != fp[v2] {
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
	t.Logf("a full rebuild took %v; after the kill CURRENT was %v", full, landed)
}

func equalKey(a, b answerKey) bool {
	return a.Speaker == b.Speaker && slices.Equal(a.Quotes, b.Quotes) && slices.Equal(a.Passages, b.Passages)
}
