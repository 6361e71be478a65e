package index

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestRecordIDs: record ids are the document, a separator and the place
// in fixed-width hex (longer when a number needs more digits), as every
// index on disk holds them.
func TestRecordIDs(t *testing.T) {
	hex6 := func(i int) string {
		s := strconv.FormatInt(int64(i), 16)
		return strings.Repeat("0", max(0, 6-len(s))) + s
	}
	for _, doc := range []string{"a.txt", "sub/ü.md", ""} {
		for _, n := range []int{0, 1, 15, 16, 255, 0xfffff, 0xffffff, 0x1000000, 1 << 40, -1} {
			for _, i := range []int{0, 7, 0xabcdef} {
				if got, want := passageKey(doc, n, i), "p"+doc+idSep+hex6(n)+hex6(i); got != want {
					t.Errorf("passageKey(%q, %d, %d) = %q, want %q", doc, n, i, got, want)
				}
				if got, want := quoteKey(doc, i, n), "q"+doc+idSep+hex6(i)+hex6(n); got != want {
					t.Errorf("quoteKey(%q, %d, %d) = %q, want %q", doc, i, n, got, want)
				}
			}
		}
	}
}

// A live blog's entry keeps its time stamp ("15:10") in its citation, so
// a member reading the passage sees when it was posted; an article's
// other passages have none.
func TestLiveBlogEntryTimeInCitation(t *testing.T) {
	page := liveBlogPage(t)
	e := engineOfFiles(t, map[string]string{"live.html": page})
	a, err := e.Ask(context.Background(), "why is the map annex delayed", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "map annex") {
		t.Fatalf("passages %v, want the entry on the map annex first", firstText(a))
	}
	if got := a.Passages[0].Source.Time; got != "15:10" {
		t.Errorf("entry time %q, want 15:10", got)
	}
	if l := (Citation{N: 1, Source: a.Passages[0].Source}).Label(); !strings.Contains(l, " · 15:10 · ") {
		t.Errorf("citation %q lacks the entry's time", l)
	}
}

// liveBlogPage is a saved live blog of three timed entries, one a
// Facebook post credited with a dotted handle (testdata).
func liveBlogPage(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/live_blog_entries.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
