// Command gencorpus writes a generated corpus of news articles to a folder,
// for reproducing the benchmarks in docs/benchmarks.md:
//
//	go run ./cmd/gencorpus --articles 10000 /tmp/corpus-10k
//	talksbot index --corpus /tmp/corpus-10k
//
// Each article is a .txt file with a .meta.yaml sidecar (outlet and URL),
// read by the real corpus reader. The same --articles and --seed always
// write the same files.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/talksbot/talksbot/internal/gencorpus"
)

func main() {
	n := flag.Int("articles", 1000, "how many articles to write")
	seed := flag.Int64("seed", 1, "the generator's seed")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gencorpus [--articles N] [--seed S] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *n < 1 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	if err := gencorpus.WriteDir(flag.Arg(0), *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d articles to %s in %s\n", *n, flag.Arg(0), time.Since(start).Round(time.Millisecond))
}
