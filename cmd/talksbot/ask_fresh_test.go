package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAskNoticesChangesAfterStamps: once `talksbot ask` has stamped the
// corpus folder's directories (FOLDERS, kept when they have not changed
// for a few seconds) and answers without listing the folder, the very
// next ask after a change still answers from the change, and prints
// what an ask over a new data directory prints: a file rewritten in
// place keeping its size, a file added to a subfolder, a file removed.
func TestAskNoticesChangesAfterStamps(t *testing.T) {
	cases := []struct {
		name, question string
		change         func(t *testing.T, folder string)
		want, gone     string
	}{
		{"a file rewritten in place, same size", "grain ships", func(t *testing.T, folder string) {
			p := filepath.Join(folder, "grain.txt")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			writeArticle(t, folder, "grain.txt", strings.Replace(string(b), "Ships left", "Boats left", 1))
			later := time.Now().Add(time.Minute)
			if err := os.Chtimes(p, later, later); err != nil {
				t.Fatal(err)
			}
		}, "Boats left", "Ships left"},
		{"a file added to a subfolder", "drone factory Lviv", func(t *testing.T, folder string) {
			writeArticle(t, folder, "talks/lviv.txt", "Drone plant opens in Lviv\n\nPublished 5 March 2026\n\nA drone factory opened in Lviv on Wednesday, officials said.\n")
		}, "drone factory opened", ""},
		{"a file removed", "negotiators Geneva ceasefire", func(t *testing.T, folder string) {
			if err := os.Remove(filepath.Join(folder, "talks", "geneva.txt")); err != nil {
				t.Fatal(err)
			}
		}, "", "Negotiators met in Geneva"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			folder, data := t.TempDir(), t.TempDir()
			writeArticle(t, folder, "grain.txt", "Grain ships leave Odesa\n\nPublished 3 March 2026\n\nShips left Odesa under the grain deal on Monday, the port authority said.\n")
			writeArticle(t, folder, "talks/geneva.txt", "Talks resume in Geneva\n\nPublished 4 March 2026\n\nNegotiators met in Geneva on Tuesday to discuss a ceasefire line and prisoner exchanges.\n")
			written := time.Now()
			ask := func(data string) (out, log string) {
				t.Helper()
				code, out, errs := talksbot(t, "ask", "--no-serve", "--json", "--log-level", "debug", "--corpus", folder, "--data-dir", data, c.question)
				if code != 0 {
					t.Fatalf("ask %q: exit %d: %s", c.question, code, errs)
				}
				return out, errs
			}
			ask(data) // builds the index
			// Directories are stamped once unchanged for a few seconds.
			time.Sleep(time.Until(written.Add(3100 * time.Millisecond)))
			ask(data) // lists the folder, stamps its directories
			if _, log := ask(data); !strings.Contains(log, "directories as stamped") {
				t.Fatalf("the folder was listed again:\n%s", log)
			}
			c.change(t, folder)
			got, _ := ask(data)
			if c.want != "" && !strings.Contains(got, c.want) {
				t.Errorf("after the change, %q does not answer %q:\n%s", c.question, c.want, got)
			}
			if c.gone != "" && strings.Contains(got, c.gone) {
				t.Errorf("after the change, %q still answers %q:\n%s", c.question, c.gone, got)
			}
			if fresh, _ := ask(t.TempDir()); got != fresh {
				t.Errorf("the stamped data directory answers\n%s\na new one\n%s", got, fresh)
			}
		})
	}
}

func writeArticle(t *testing.T, folder, name, text string) {
	t.Helper()
	p := filepath.Join(folder, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
