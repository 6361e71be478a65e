// Package index answers questions from a corpus: it builds a bleve index of
// passages and quotes and turns a question into an Answer of cited passages
// and quotes, in plain Go types.
//
// bleve stays inside this package. Callers (the CLI, the Discord bot) see
// Engine, Answer, Passage, Quote and Source only.
package index
