package corpus

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// The fixtures are articles written for these tests in the layouts
// moderators paste and save: wire copy with datelines and credits, live
// blogs, saved pages with their menus and footers, an interview, a
// newsletter, a press release. Each golden file holds what the bot must
// read from one: its metadata, its sections and its exact passages, and
// every line it dropped with the reason. Regenerate with
//
//	go test ./corpus -run Fixtures -update
//
// and read the diff: a golden file is only right if a person checked it.
func TestFixtures(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "fixtures"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 0 {
		t.Fatalf("fixtures skipped: %+v", c.Skipped)
	}
	if len(c.Documents) < 15 && !*update {
		t.Fatalf("%d fixtures, want at least 15", len(c.Documents))
	}
	for _, d := range c.Documents {
		t.Run(d.ID, func(t *testing.T) {
			name := strings.TrimSuffix(d.ID, filepath.Ext(d.ID)) + ".golden"
			goldenFile(t, filepath.Join("testdata", "golden", "fixtures", name), renderDoc(d))
			checkNoFurniture(t, d)
		})
	}
}

// checkNoFurniture holds for any document: no passage and no section is
// a line cleaning would drop on its own (but for an outlet's correction,
// kept under its own heading), and every document has a title.
func checkNoFurniture(t *testing.T, d *Document) {
	t.Helper()
	if d.Title == "" {
		t.Errorf("no title")
	}
	for _, p := range d.Passages {
		// A correction is kept on purpose, under its own heading.
		if why := whyDropped(p.Text); why != "" && !(why == whyCorrection && p.Section == correctionHeading) {
			t.Errorf("¶%d is %s: %q", p.Paragraph, why, p.Text)
		}
		if p.Section != "" {
			if why := whyDropped(p.Section); why != "" {
				t.Errorf("¶%d stands under a %s: %q", p.Paragraph, why, p.Section)
			}
		}
		if dedupKey(p.Text) == dedupKey(d.Title) {
			t.Errorf("¶%d repeats the title", p.Paragraph)
		}
	}
}

// renderDoc writes what was read from a document, for a person to check.
func renderDoc(d *Document) string {
	var b strings.Builder
	field := func(k, v string) {
		if v == "" {
			v = "(unknown)"
		}
		fmt.Fprintf(&b, "%-9s %s\n", k+":", v)
	}
	field("title", d.Title)
	field("outlet", d.Outlet)
	field("author", d.Author)
	field("date", d.Date)
	field("place", d.Place)
	field("url", d.URL)
	field("language", d.Language)
	var sections []string
	seen := map[string]bool{}
	for _, p := range d.Passages {
		if p.Section != "" && !seen[p.Section] {
			seen[p.Section] = true
			sections = append(sections, p.Section)
		}
	}
	b.WriteString("sections:\n")
	for _, s := range sections {
		fmt.Fprintf(&b, "  %s\n", s)
	}
	b.WriteString("warnings:\n")
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "  %s\n", w)
	}
	fmt.Fprintf(&b, "\npassages: %d\n", len(d.Passages))
	for _, p := range d.Passages {
		fmt.Fprintf(&b, "¶%d", p.Paragraph)
		if p.Time != "" {
			fmt.Fprintf(&b, " at %s", p.Time)
		}
		if p.Section != "" {
			fmt.Fprintf(&b, " under %q", p.Section)
		}
		fmt.Fprintf(&b, "\n  %s\n", p.Text)
	}
	fmt.Fprintf(&b, "\ndropped lines: %d\n", len(d.Skipped))
	for _, s := range d.Skipped {
		fmt.Fprintf(&b, "  %s\n", s)
	}
	return b.String()
}

// goldenFile compares got with the file at path, or writes it with -update.
func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -run Fixtures -update to create it)", err)
	}
	if got != string(want) {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < len(wl) || i < len(gl); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Errorf("%s differs from its golden file at line %d (go test ./corpus -run Fixtures -update, then review the diff):\n  want: %s\n  got:  %s", path, i+1, w, g)
				return
			}
		}
	}
}
