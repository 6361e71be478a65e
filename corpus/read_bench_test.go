package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ordinaryProse is n bytes of news articles as pasted text: the
// paragraphs of the test articles (names, roles, quotations, reported
// speech), each repetition numbered so none is dropped as a repeat.
func ordinaryProse(tb testing.TB, n int) []byte {
	var paras []string
	for _, glob := range []string{"testdata/attribution/*.txt", "embedded/*.txt", "../index/testdata/corpus2/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			for _, p := range strings.Split(string(data), "\n\n") {
				if len(p) > 200 {
					paras = append(paras, strings.Join(strings.Fields(p), " "))
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("Ordinary prose\nPublished 18 December 2025\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Update %d. %s\n\n", i, paras[i%len(paras)])
	}
	return []byte(b.String()[:n])
}

// oneParagraph is n bytes of one paragraph built to make attribution
// work hard: a name and a speech verb in every sentence.
func oneParagraph(n int) []byte {
	s := "Peskov said. "
	return []byte("One paragraph\n\n" + strings.Repeat(s, n/len(s)+1)[:n-16])
}

// BenchmarkReadLarge reads a 2 MB article the way inspect and every load
// do: one paragraph of "Peskov said. Peskov said. …" must take less
// than twice the time of 2 MB of ordinary prose.
func BenchmarkReadLarge(b *testing.B) {
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"prose/2MB", ordinaryProse(b, DefaultMaxFileSize)},
		{"one-paragraph/2MB", oneParagraph(DefaultMaxFileSize)},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.data)))
			for b.Loop() {
				if _, err := ParseFile("large.txt", tt.data, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
