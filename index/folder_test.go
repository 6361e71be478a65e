package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/internal/gencorpus"
)

// TestOpenFolderFreshness: an index opened from a folder is reused while
// its files keep their size and time (only stat'ed), and when a file is
// only touched (read again, the same content); a changed file is read,
// and its new text answers.
func TestOpenFolderFreshness(t *testing.T) {
	ctx := context.Background()
	src, data := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(src, 20, 1); err != nil {
		t.Fatal(err)
	}
	open := func() *Engine {
		t.Helper()
		e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e
	}
	first := open()
	if first.Stats().Documents != 20 {
		t.Fatalf("stats %+v", first.Stats())
	}
	if got := open(); got.Dir() != first.Dir() {
		t.Errorf("an unchanged folder rebuilt the index: %s, then %s", first.Dir(), got.Dir())
	}
	art := filepath.Join(src, mustGlob(t, src, "a00003-*.txt"))
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(art, later, later); err != nil {
		t.Fatal(err)
	}
	if got := open(); got.Dir() != first.Dir() {
		t.Errorf("a touched file rebuilt the index")
	}
	b, _ := os.ReadFile(art)
	text := strings.Replace(string(b), "\n\n", "\n\nThe zeppelin negotiators met in Reykjavik on Tuesday.\n\n", 2)
	if err := os.WriteFile(art, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := open()
	if changed.Dir() == first.Dir() {
		t.Fatal("a changed file was not noticed")
	}
	a, err := changed.Ask(ctx, "zeppelin negotiators Reykjavik", AskOptions{})
	if err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "zeppelin") {
		t.Errorf("the changed article's new text does not answer: %+v %v", a, err)
	}
}

func mustGlob(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(m) != 1 {
		t.Fatalf("glob %s: %v", pattern, m)
	}
	return filepath.Base(m[0])
}

// TestSourcesUnchanged: SOURCES read in place says a folder is unchanged
// exactly when the decoded manifest finds no change in the same order,
// and decodes to what was encoded, content hashes kept only where a file
// has no time.
func TestSourcesUnchanged(t *testing.T) {
	base := func() *sourceFiles {
		return &sourceFiles{build: "b1", maxSize: 100, files: []fileStat{
			{path: "a.txt", size: 10, mtime: 1000},
			{path: "a.meta.yaml", size: 3, mtime: 1001},
			{path: "b.txt", size: 7, mtime: -1, hash: [16]byte{1, 2, 3}},
		}}
	}
	cases := []struct {
		name   string
		change func(m *sourceFiles)
	}{
		{"the same", func(m *sourceFiles) {}},
		{"a size", func(m *sourceFiles) { m.files[0].size++ }},
		{"a time", func(m *sourceFiles) { m.files[1].mtime++ }},
		{"the content of a file with no time", func(m *sourceFiles) { m.files[2].hash[0]++ }},
		{"a time lost", func(m *sourceFiles) { m.files[0].mtime = -1 }},
		{"a file added", func(m *sourceFiles) { m.files = append(m.files, fileStat{path: "c.txt", size: 1, mtime: 5}) }},
		{"a file removed", func(m *sourceFiles) { m.files = m.files[1:] }},
		{"a file renamed", func(m *sourceFiles) { m.files[0].path = "z.txt" }},
		{"the order", func(m *sourceFiles) { m.files[0], m.files[1] = m.files[1], m.files[0] }},
		{"the program", func(m *sourceFiles) { m.build = "b2" }},
		{"the read limit", func(m *sourceFiles) { m.maxSize = 5 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, now := base(), base()
			c.change(now)
			b := old.encode()
			dec, err := decodeSources(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(dec, old) {
				t.Fatalf("decoded %+v, want %+v", dec, old)
			}
			same := dec.build == now.build && dec.maxSize == now.maxSize && len(dec.changes(now)) == 0 &&
				len(dec.files) == len(now.files)
			for i := range now.files {
				same = same && i < len(dec.files) && dec.files[i].path == now.files[i].path
			}
			if got := now.unchangedSince(b); got != same {
				t.Errorf("unchangedSince = %v, the manifest compared says unchanged = %v", got, same)
			}
		})
	}
}

// TestSourcesChanges: the manifests walked side by side list the files
// that looking every path up lists, whatever was added, removed or
// changed, and never miss one when the order changed too.
func TestSourcesChanges(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	set := func(ps []string) map[string]bool {
		out := map[string]bool{}
		for _, p := range ps {
			out[p] = true
		}
		return out
	}
	for round := range 200 {
		old := &sourceFiles{}
		for i := range 300 {
			old.files = append(old.files, fileStat{path: fmt.Sprintf("f%03d.txt", i), size: int64(i), mtime: int64(1000 + i)})
		}
		rng.Shuffle(len(old.files), func(i, j int) { old.files[i], old.files[j] = old.files[j], old.files[i] })
		now := &sourceFiles{files: slices.Clone(old.files)}
		for range rng.IntN(round%100 + 1) {
			switch k := rng.IntN(len(now.files)); rng.IntN(4) {
			case 0:
				now.files = slices.Insert(now.files, k, fileStat{path: fmt.Sprintf("new%d-%d.txt", round, k), mtime: 1})
			case 1:
				now.files = slices.Delete(now.files, k, k+1)
			case 2:
				now.files[k].mtime++
			case 3:
				if round%10 == 0 { // the order changed
					l := rng.IntN(len(now.files))
					now.files[k], now.files[l] = now.files[l], now.files[k]
				}
			}
		}
		got, want := set(old.changes(now)), set(old.changesByPath(now))
		for p := range want {
			if !got[p] {
				t.Fatalf("round %d: %s changed, not listed", round, p)
			}
		}
		if round%10 != 0 && len(got) != len(want) {
			t.Fatalf("round %d: listed %d files, %d changed", round, len(got), len(want))
		}
	}
}

// TestScanDirAsScan: the stat walk of a folder lists what the portable
// walk lists (hidden entries left out, links as what they point to,
// subfolders), with the same sizes and times, across several chunks of
// names, and in the same order each time.
func TestScanDirAsScan(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"sub", "sub/deeper", ".hidden"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5000 {
		name := fmt.Sprintf("a%05d.txt", i)
		if i%1000 == 0 {
			name = ".h" + name
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", i%7)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"sub/b.txt", "sub/deeper/c.txt", ".hidden/d.txt"} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "sub", "b.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	got, _, whole, err := scanDir(dir)
	if err != nil || !whole {
		t.Fatal(err, whole)
	}
	again, _, _, _ := scanDir(dir)
	if !reflect.DeepEqual(got, again) {
		t.Error("two walks of an unchanged folder differ")
	}
	want, _, err := scan(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	byPath := func(a, b fileStat) int { return strings.Compare(a.path, b.path) }
	slices.SortFunc(got, byPath)
	slices.SortFunc(want, byPath)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("scanDir lists %d files, scan %d; first: %+v / %+v", len(got), len(want), got[:3], want[:3])
	}
}
