// Package gencorpus generates deterministic, realistic-looking news articles
// about peace negotiations, for benchmarks and load tests that need corpora
// far larger than the embedded two articles (2,000 or 10,000 documents).
//
// Generate builds the corpus in memory as the corpus reader hands it over
// (documents, passages, quotes and people; metadata and passages match what
// the reader makes of WriteDir's files, quotes up to the reader's own
// attribution); WriteDir writes the same articles as .txt files with
// .meta.yaml sidecars, so the full read-clean-index path can be exercised.
// The same seed always yields the same articles.
package gencorpus
