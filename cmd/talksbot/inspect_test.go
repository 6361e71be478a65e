package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// runInspect runs the CLI as a user would and returns stdout.
func runInspect(t *testing.T, args ...string) string {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no user config file leaks in
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), append([]string{"inspect"}, args...), &stdout, &stderr); code != 0 {
		t.Fatalf("talksbot inspect %v: exit %d: %s", args, code, stderr.String())
	}
	return stdout.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "inspect", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./cmd/talksbot -run Inspect -update, then review the diff):\n%s", name, firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func TestInspectGolden(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"embedded json", []string{"--json"}, "embedded.json"},
		{"embedded summary", nil, "embedded.txt"},
		{"folder with bad files", []string{"--corpus", filepath.Join("testdata", "inspect", "corpus")}, "folder.txt"},
		{"folder with passages", []string{"--passages", "--corpus", filepath.Join("testdata", "inspect", "corpus")}, "folder-passages.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.golden, runInspect(t, tt.args...))
		})
	}
}

// The JSON shape is a contract with scripts: exactly these keys.
func TestInspectJSONShape(t *testing.T) {
	var out struct {
		Documents []map[string]json.RawMessage `json:"documents"`
	}
	if err := json.Unmarshal([]byte(runInspect(t, "--json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Documents) != 2 {
		t.Fatalf("got %d documents, want the 2 embedded articles", len(out.Documents))
	}
	want := []string{"author", "date", "doc", "dropped", "outlet", "passages", "place", "quotes", "title", "url", "warnings"}
	for _, d := range out.Documents {
		var keys []string
		for k := range d {
			keys = append(keys, k)
		}
		if strings.Join(sorted(keys), ",") != strings.Join(want, ",") {
			t.Errorf("document keys = %v, want %v", sorted(keys), want)
		}
		var ps []map[string]any
		if err := json.Unmarshal(d["passages"], &ps); err != nil || len(ps) == 0 {
			t.Fatalf("passages: %v (%d)", err, len(ps))
		}
		for _, k := range []string{"text", "section", "paragraph", "time"} {
			if _, ok := ps[0][k]; !ok {
				t.Errorf("passage lacks %q", k)
			}
		}
		var dropped []map[string]string
		if err := json.Unmarshal(d["dropped"], &dropped); err != nil || len(dropped) == 0 {
			t.Fatalf("dropped: %v (%d)", err, len(dropped))
		}
		for _, dl := range dropped {
			if dl["reason"] == "" || strings.Contains(dl["reason"], ": ") {
				t.Errorf("dropped line without a clean reason: %q", dl)
			}
		}
		var qs []map[string]any
		if err := json.Unmarshal(d["quotes"], &qs); err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			for _, k := range []string{"speaker", "role", "text", "paragraph"} {
				if _, ok := q[k]; !ok {
					t.Errorf("quote lacks %q", k)
				}
			}
		}
	}
}

func TestInspectReportsBadFilesAndReadsTheRest(t *testing.T) {
	out := runInspect(t, "--corpus", filepath.Join("testdata", "inspect", "corpus"))
	for _, want := range []string{
		"briefing.md",
		"date:     2025-12-01",
		"Oleh Bondar",
		"scan.txt: binary file",
		"broken.md: the file is malformed",
		// why each dropped line was dropped
		"- section label: World",
		"- used as date: December 3, 2025 9:10 AM GMT+1 Updated 2 hours ago",
		"- dateline: KHERSON, Dec 3 (Example Wire) -",
		"- editing credits: Reporting by Ada Brook; Editing by Tom Hale",
		// a sidecar typo is a warning, the article is read
		`! sidecar convoy-paste.meta.yaml: line 1: unknown key "titel" (did you mean "title"?); ignored`,
		"place:    KHERSON",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "old.txt") || strings.Contains(out, "removed by a moderator") {
		t.Errorf("inspect read the hidden .trash folder:\n%s", out)
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// File names and text are printed so that a terminal cannot be fooled:
// a newline in a name does not make two entries, a right-to-left override
// does not turn a name around, and a link to a folder says so.
func TestInspectEscapesNamesForTheTerminal(t *testing.T) {
	dir := t.TempDir()
	article := "Aid convoy reaches Kherson\n\nA convoy of twelve trucks reached Kherson on Wednesday, a week later than planned, officials said.\n"
	for _, name := range []string{"two\nlines.txt", "report\u202etxt.md", "plain.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article+name+" is here, the clerk said on Thursday morning.\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub", filepath.Join(dir, "folder-link")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	out := runInspect(t, "--passages", "--corpus", dir)
	for _, want := range []string{
		`"report\u202etxt.md"` + "\n",
		`"two\nlines.txt"` + "\n",
		"plain.txt\n",
		"folder-link: link to a folder",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	for _, r := range out {
		if r == '\u202e' || (r < ' ' && r != '\n') {
			t.Fatalf("inspect printed %U raw:\n%s", r, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if l == "lines.txt" || strings.HasPrefix(l, "lines.txt") {
			t.Errorf("a newline in a file name split an entry:\n%s", out)
		}
	}
}
