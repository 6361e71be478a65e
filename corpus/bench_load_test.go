package corpus_test

import (
	"testing"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// BenchmarkLoad reads a folder of 2,000 generated articles (.txt with
// sidecars), as a full reindex does.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	if err := gencorpus.WriteDir(dir, 2000, 1); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := corpus.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(c.Documents) != 2000 {
			b.Fatalf("read %d documents, skipped %v", len(c.Documents), c.Skipped)
		}
	}
}
