package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := LoadFS(Default(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFileDW(b *testing.B) {
	data, err := os.ReadFile("embedded/004_ca1823765503ac41.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseFile("dw.txt", data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFileHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/articles/ceasefire-page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseFile("page.html", data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadLinear reads pages of pathological shapes at 100 KB and
// 1 MB: the time per byte must not grow with the size (reading is
// linear). Attribution (quotes.go) is left out; it has its own budget.
func BenchmarkReadLinear(b *testing.B) {
	shapes := []struct {
		name string
		unit string
	}{
		{"one long line", "Ukraine said, opens new tab, that the talks (mk) would resume. "},
		{"short lines", "Share\nWorld\nBy Ada Brook\n"},
		{"live blog", "12:42 GMT\nEnvoys arrive\nThe delegations arrived at the hall.\n"},
		{"captions and links", "A caption here. MERIDIAN/Jana Holt Buy rights, opens new tab\nRelated stories\nA headline there\n"},
	}
	for _, size := range []int{100 << 10, 1 << 20} {
		for _, sh := range shapes {
			data := []byte(strings.Repeat(sh.unit, size/len(sh.unit)))
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					lines := prepare(readText(data))
					buildText(lines, buildOpts{})
				}
			})
		}
	}
}
