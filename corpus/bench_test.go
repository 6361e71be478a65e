package corpus

import (
	"os"
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
