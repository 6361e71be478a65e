package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const storeArticle = `Allies weigh security guarantees for Ukraine

By Jane Doe

European leaders met in Paris on Tuesday to discuss security guarantees for Ukraine after a ceasefire.

"We will not abandon Kyiv," said Emmanuel Macron, the French president.

The talks are expected to continue next week in Berlin, officials said.
`

func newTestStore(t *testing.T, max int64) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := NewStore(dir, StoreOptions{MaxBytes: max, Now: func() time.Time {
		return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// files lists every file under dir, relative and slash-separated.
func storeFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSafeName(t *testing.T) {
	tests := []struct {
		in   string
		want string
		kind error
	}{
		{"article.txt", "article.txt", nil},
		{"Peace Talks (Berlin) 2025.md", "Peace_Talks_Berlin_2025.md", nil},
		{"page.HTML", "page.html", nil},
		{"Київ.txt", "", ErrBadName},
		{"../../etc/passwd.txt", "", ErrBadName},
		{"..\\..\\windows\\win.ini.txt", "", ErrBadName},
		{"/etc/passwd.txt", "", ErrBadName},
		{"sub/dir.txt", "", ErrBadName},
		{".hidden.txt", "", ErrBadName},
		{"..txt", "", ErrBadName},
		{"nul\x00.txt", "", ErrBadName},
		{"a.pdf", "", ErrFileType},
		{"archive.txt.exe", "", ErrFileType},
		{"noext", "", ErrFileType},
		{"x.meta.yaml", "", ErrFileType},
		{"x.meta.txt", "", ErrBadName},
		{"", "", ErrBadName},
		{strings.Repeat("a", 300) + ".txt", strings.Repeat("a", maxNameLen-4) + ".txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := SafeName(tt.in)
			if tt.kind != nil {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("SafeName(%q) = %q, %v; want error %v", tt.in, got, err, tt.kind)
				}
				var re *RejectError
				if !errors.As(err, &re) || re.Reason == "" {
					t.Fatalf("error %v carries no reason", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("SafeName(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestStoreRefusesBadUploads(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	tests := []struct {
		name string
		file string
		data []byte
		meta *Meta
		kind error
	}{
		{"too large", "big.txt", []byte(strings.Repeat("Peace talks continue in Geneva today. ", 100)), nil, ErrTooLarge},
		{"binary", "image.txt", png, nil, ErrBinary},
		{"control characters", "ctrl.txt", []byte(strings.Repeat("\x01\x02\x03abc", 20)), nil, ErrBinary},
		{"latin-1", "latin1.txt", []byte("Caf\xe9 talks in Z\xfcrich went on all night long."), nil, ErrNotUTF8},
		{"wrong extension", "article.pdf", []byte(storeArticle), nil, ErrFileType},
		{"path traversal", "../../etc/passwd.txt", []byte(storeArticle), nil, ErrBadName},
		{"absolute", "/tmp/x.txt", []byte(storeArticle), nil, ErrBadName},
		{"hidden", ".trash.txt", []byte(storeArticle), nil, ErrBadName},
		{"empty", "empty.txt", []byte("  \n\n "), nil, ErrUnreadable},
		{"bad date", "article.txt", []byte(storeArticle), &Meta{Date: "18/12/2025"}, ErrBadMeta},
		{"bad url", "article.txt", []byte(storeArticle), &Meta{URL: "javascript:alert(1)"}, ErrBadMeta},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := newTestStore(t, 1000)
			_, err := s.Add(tt.file, tt.data, tt.meta, false)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Add(%q) error = %v, want %v", tt.file, err, tt.kind)
			}
			if got := storeFiles(t, dir); len(got) != 0 {
				t.Fatalf("refused upload wrote %v", got)
			}
			if _, err := os.Stat(filepath.Join(dir, "..", "..", "etc", "passwd.txt")); err == nil {
				t.Fatal("a file escaped the corpus folder")
			}
		})
	}
}

func TestStoreAddWritesArticleAndSidecar(t *testing.T) {
	s, dir := newTestStore(t, 0)
	meta := &Meta{Title: "Allies weigh guarantees", Outlet: "Example News", Date: "2025-12-20"}
	c, err := s.Add("My Article.txt", []byte(storeArticle), meta, false)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "My_Article.txt" || c.Exists {
		t.Fatalf("Add = %+v", c)
	}
	if got, want := storeFiles(t, dir), []string{"My_Article.meta.yaml", "My_Article.txt"}; !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	// What was written reads back as the same article with the given metadata.
	corp, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(corp.Documents) != 1 {
		t.Fatalf("Load found %d documents, skipped %v", len(corp.Documents), corp.Skipped)
	}
	d := corp.Documents[0]
	if d.ID != "My_Article.txt" || d.Title != meta.Title || d.Outlet != meta.Outlet || d.Date != meta.Date {
		t.Fatalf("document = %q %q %q %q", d.ID, d.Title, d.Outlet, d.Date)
	}
	if !strings.Contains(storeRead(t, filepath.Join(dir, "My_Article.meta.yaml")), "outlet: Example News") {
		t.Fatal("sidecar lacks the outlet")
	}
}

func TestStoreNeverOverwritesSilently(t *testing.T) {
	s, dir := newTestStore(t, 0)
	if _, err := s.Add("a.txt", []byte(storeArticle), &Meta{Title: "First"}, false); err != nil {
		t.Fatal(err)
	}
	second := strings.Replace(storeArticle, "Berlin", "Warsaw", 1)
	c, err := s.Check("a.txt", []byte(second), nil)
	if err != nil || !c.Exists {
		t.Fatalf("Check = %+v, %v; want Exists", c, err)
	}
	if _, err := s.Add("a.txt", []byte(second), nil, false); !errors.Is(err, ErrExists) {
		t.Fatalf("second Add without replace: %v, want ErrExists", err)
	}
	if got := storeRead(t, filepath.Join(dir, "a.txt")); got != storeArticle {
		t.Fatal("refused add changed the file")
	}
	if _, err := s.Add("a.txt", []byte(second), &Meta{Title: "Second"}, true); err != nil {
		t.Fatalf("replace: %v", err)
	}
	if got := storeRead(t, filepath.Join(dir, "a.txt")); got != second {
		t.Fatal("replace did not update the file")
	}
	// The old version and its sidecar are kept in the trash.
	var old, oldMeta bool
	for _, f := range storeFiles(t, dir) {
		if strings.HasPrefix(f, TrashDir+"/") && strings.HasSuffix(f, "/a.txt") {
			old = storeRead(t, filepath.Join(dir, f)) == storeArticle
		}
		if strings.HasPrefix(f, TrashDir+"/") && strings.HasSuffix(f, "/a.meta.yaml") {
			oldMeta = strings.Contains(storeRead(t, filepath.Join(dir, f)), "First")
		}
	}
	if !old || !oldMeta {
		t.Fatalf("old version not in the trash: %v", storeFiles(t, dir))
	}
	if !strings.Contains(storeRead(t, filepath.Join(dir, "a.meta.yaml")), "Second") {
		t.Fatal("sidecar not replaced")
	}
}

func TestStoreRemoveMovesToTrash(t *testing.T) {
	s, dir := newTestStore(t, 0)
	if _, err := s.Add("gone.txt", []byte(storeArticle), &Meta{Outlet: "X"}, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add("kept.txt", []byte(storeArticle), nil, false); err != nil {
		t.Fatal(err)
	}
	r, err := s.Remove("gone.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"kept.txt",
		r.Trash + "/gone.meta.yaml",
		r.Trash + "/gone.txt",
	}
	got := storeFiles(t, dir)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("files after remove = %v, want %v", got, want)
	}
	if !strings.HasPrefix(r.Trash, TrashDir+"/20260102T030405") {
		t.Fatalf("trash folder %q is not timestamped", r.Trash)
	}
	corp, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(corp.Documents) != 1 || corp.Documents[0].ID != "kept.txt" {
		t.Fatalf("after remove Load sees %d documents", len(corp.Documents))
	}

	for _, id := range []string{"gone.txt", "../outside.txt", "/etc/passwd.txt", ".trash/x.txt", "kept.meta.yaml", ""} {
		t.Run(id, func(t *testing.T) {
			before := storeFiles(t, dir)
			if _, err := s.Remove(id); err == nil {
				t.Fatalf("Remove(%q) succeeded", id)
			}
			if after := storeFiles(t, dir); !slices.Equal(before, after) {
				t.Fatalf("refused remove changed files: %v", after)
			}
		})
	}
}

func TestStoreStaysInsideFolderThroughSymlinks(t *testing.T) {
	s, dir := newTestStore(t, 0)
	outside := t.TempDir()
	if err := os.Symlink(filepath.Join(outside, "target.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	if _, err := s.Add("link.txt", []byte(storeArticle), nil, true); err == nil {
		if _, err := os.Stat(filepath.Join(outside, "target.txt")); err == nil {
			t.Fatal("replace wrote through a symlink outside the corpus")
		}
	}
	if got := storeFiles(t, outside); len(got) != 0 {
		t.Fatalf("files outside the corpus: %v", got)
	}
}

func storeRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"a.txt", "../../etc/passwd.txt", "C:\\x.md", ".h.html", "a..b.txt", "ü ber.htm", "a/./b.md"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got, err := SafeName(name)
		if err != nil {
			return
		}
		if got == "" || strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") || strings.Contains(got, "..") ||
			!filepath.IsLocal(got) || len(got) > maxNameLen {
			t.Fatalf("SafeName(%q) = %q is not a safe name", name, got)
		}
		if again, err := SafeName(got); err != nil || again != got {
			t.Fatalf("SafeName not stable: %q -> %q -> %q, %v", name, got, again, err)
		}
	})
}

// FuzzStoreCheck feeds arbitrary uploads to Check: it never panics,
// never writes, and what it accepts has a safe name and passages.
func FuzzStoreCheck(f *testing.F) {
	f.Add("a.txt", []byte(storeArticle), "2025-12-20", "https://example.org/a")
	f.Add("../x.md", []byte("---\ntitle: x\n---\nText."), "", "")
	f.Add("b.html", []byte("<html><body><p>Peace talks in Geneva resumed.</p></body></html>"), "bad", "ftp://x")
	f.Add("c.txt", []byte("\x00\x01binary"), "", "")
	dir := f.TempDir()
	s, err := NewStore(dir, StoreOptions{MaxBytes: 4096})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte, date, url string) {
		c, err := s.Check(name, data, &Meta{Date: date, URL: url})
		if err == nil {
			if c.Name == "" || strings.ContainsAny(c.Name, `/\`) || strings.HasPrefix(c.Name, ".") || len(c.Doc.Passages) == 0 {
				t.Fatalf("accepted %q as %q with %d passages", name, c.Name, len(c.Doc.Passages))
			}
		} else {
			var re *RejectError
			if !errors.As(err, &re) || re.Reason == "" {
				t.Fatalf("Check(%q) error %v has no reason", name, err)
			}
		}
		if got := storeFiles(t, dir); len(got) != 0 {
			t.Fatalf("Check wrote %v", got)
		}
	})
}
