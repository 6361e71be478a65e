package index

import (
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
