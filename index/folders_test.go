package index

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/internal/gencorpus"
)

// stampedLog records whether an Open reused the index by the directory
// stamps (FOLDERS) or listed the folder.
type stampedLog struct{ bytes.Buffer }

func (l *stampedLog) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(&l.Buffer, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func (l *stampedLog) stamped() bool {
	defer l.Reset()
	return strings.Contains(l.String(), "directories as stamped")
}

// TestOpenStampedNoticesChanges: once a check has found the folder
// unchanged and its directories settled, the next Open trusts the
// directory stamps and stats only the files SOURCES lists, without
// listing; and still every change made after that is noticed by the very
// next Open: a file changed in place (same size, only its time and text
// differ), a sidecar changed, a file added, removed or renamed, in the
// folder or in a subfolder, a new subfolder.
func TestOpenStampedNoticesChanges(t *testing.T) {
	defer func(s time.Duration) { settleTime = s }(settleTime)
	settleTime = 0
	article := func(title, word string) string {
		return title + "\n\nBy Ana Lind\nPublished 7 December 2025\n\nThe " + word +
			" negotiators met in Reykjavik on Tuesday.\n\nOfficials declined to give further details.\n"
	}
	sameSize := func(t *testing.T, src, name string) {
		// As many bytes, another word: only the file's time says so.
		p := filepath.Join(src, name)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(string(b), "Officials declined", "Zorblaxes declined", 1)
		if text == string(b) {
			t.Fatalf("%s holds no sentence to change", name)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		later := time.Now().Add(time.Minute)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name   string
		change func(t *testing.T, src string)
		// ask is a question whose passages hold find (in their text,
		// title or file) after the change only, or before only (gone).
		ask, find string
		gone      bool
	}{
		{"a file changed in place, same size", func(t *testing.T, src string) {
			sameSize(t, src, "top.txt")
		}, "zorblaxes", "zorblaxes declined", false},
		{"a file added", func(t *testing.T, src string) {
			writeFile(t, filepath.Join(src, "zz-added.txt"), article("Envoys meet in Reykjavik", "quillfeather"))
		}, "quillfeather negotiators", "quillfeather negotiators", false},
		{"a file removed", func(t *testing.T, src string) {
			if err := os.Remove(filepath.Join(src, "sub", "snorkel.txt")); err != nil {
				t.Fatal(err)
			}
		}, "snorkelwick negotiators", "snorkelwick negotiators", true},
		{"a file renamed", func(t *testing.T, src string) {
			if err := os.Rename(filepath.Join(src, "sub", "snorkel.txt"), filepath.Join(src, "sub", "renamed.txt")); err != nil {
				t.Fatal(err)
			}
		}, "snorkelwick negotiators", "sub/renamed.txt", false},
		{"a file in a subfolder changed in place, same size", func(t *testing.T, src string) {
			sameSize(t, src, filepath.Join("sub", "snorkel.txt"))
		}, "zorblaxes", "zorblaxes declined", false},
		{"a file added to a subfolder", func(t *testing.T, src string) {
			writeFile(t, filepath.Join(src, "sub", "deeper", "more.txt"), article("Talks resume in Reykjavik", "quillfeather"))
		}, "quillfeather negotiators", "quillfeather negotiators", false},
		{"a new subfolder", func(t *testing.T, src string) {
			writeFile(t, filepath.Join(src, "new", "more.txt"), article("Talks resume in Reykjavik", "quillfeather"))
		}, "quillfeather negotiators", "quillfeather negotiators", false},
		{"a sidecar changed", func(t *testing.T, src string) {
			writeFile(t, filepath.Join(src, "sub", "snorkel.meta.yaml"), "title: Dirigible summit opens\n")
		}, "snorkelwick negotiators", "dirigible summit opens", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			src, data := t.TempDir(), t.TempDir()
			if err := gencorpus.WriteDir(src, 10, 1); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(src, "top.txt"), article("Envoys meet in Oslo", "marrowbone"))
			writeFile(t, filepath.Join(src, "sub", "snorkel.txt"), article("Envoys meet in Reykjavik", "snorkelwick"))
			if err := os.MkdirAll(filepath.Join(src, "sub", "deeper"), 0o755); err != nil {
				t.Fatal(err)
			}
			var lg stampedLog
			open := func() *Engine {
				t.Helper()
				e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}, Logger: lg.logger()})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { e.Close() })
				return e
			}
			found := func(e *Engine) bool {
				t.Helper()
				a, err := e.Ask(ctx, c.ask, AskOptions{Limit: 20})
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range a.Passages {
					if strings.Contains(strings.ToLower(p.Source.Doc+" "+p.Source.Title+" "+p.Text), c.find) {
						return true
					}
				}
				return false
			}
			built := open()
			if found(built) != c.gone {
				t.Fatalf("%q finds %q = %v before the change", c.ask, c.find, !c.gone)
			}
			if open(); lg.stamped() {
				t.Fatal("the first check after a build trusted stamps it had not made")
			}
			if _, err := os.Stat(filepath.Join(built.Dir(), foldersFile)); err != nil {
				t.Fatalf("an unchanged, settled folder left no FOLDERS: %v", err)
			}
			if e := open(); !lg.stamped() || e.Dir() != built.Dir() {
				t.Fatalf("the folder was listed again (or the index rebuilt): %s", lg.String())
			}
			c.change(t, src)
			e := open()
			if lg.stamped() {
				t.Error("a changed folder was taken as unchanged by its stamps")
			}
			if found(e) == c.gone {
				t.Errorf("after the change, %q finds %q = %v", c.ask, c.find, c.gone)
			}
		})
	}
}

// TestFoldersKeptOnlySettled: directories changed within settleTime of
// their stamp are not trusted (a change within the same tick of the
// clock would not show), so no FOLDERS is written and every Open lists
// the folder.
func TestFoldersKeptOnlySettled(t *testing.T) {
	defer func(s time.Duration) { settleTime = s }(settleTime)
	settleTime = time.Hour
	ctx := context.Background()
	src, data := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(src, 5, 1); err != nil {
		t.Fatal(err)
	}
	var lg stampedLog
	for range 3 {
		e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}, Logger: lg.logger()})
		if err != nil {
			t.Fatal(err)
		}
		if lg.stamped() {
			t.Error("stamps trusted before the directories settled")
		}
		if _, err := os.Stat(filepath.Join(e.Dir(), foldersFile)); err == nil {
			t.Error("FOLDERS written for directories changed a moment ago")
		}
		e.Close()
	}
}

// TestFoldersDecode: FOLDERS decodes to what was encoded only for the
// SOURCES it was made for; another SOURCES (written again by an update)
// or a damaged file is not trusted.
func TestFoldersDecode(t *testing.T) {
	sources := (&sourceFiles{build: "b", files: []fileStat{{path: "a.txt", size: 3, mtime: 5}}}).encode()
	dirs := []dirStamp{{path: "", dev: 1, ino: 2, size: 4096, mtime: 10, ctime: 11}, {path: "sub", dev: 1, ino: 3, size: 4096, mtime: 12, ctime: 13}}
	b := encodeFolders(sources, dirs)
	got, ok := decodeFolders(b, sources)
	if !ok || len(got) != 2 || !got[0].same(dirs[0]) || !got[1].same(dirs[1]) {
		t.Fatalf("decoded %+v %v, want %+v", got, ok, dirs)
	}
	other := (&sourceFiles{build: "b", files: []fileStat{{path: "a.txt", size: 3, mtime: 6}}}).encode()
	if _, ok := decodeFolders(b, other); ok {
		t.Error("FOLDERS trusted for another SOURCES")
	}
	for _, cut := range []int{1, len(b) / 2, len(b) - 1} {
		if _, ok := decodeFolders(b[:cut], sources); ok {
			t.Errorf("FOLDERS cut to %d bytes trusted", cut)
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
