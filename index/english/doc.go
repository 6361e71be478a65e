// Package english holds what the engine knows about English words in
// general, apart from any corpus: how common a word is (so a question word
// the articles never use can be told apart as an everyday word or a rare,
// topical one), the lemma of an irregular form (held → hold), and the
// words related to a word (truce → ceasefire, bombing → attack, Moscow →
// Russia), each with a weight saying how close the relation is.
//
// The tables are derived from WordNet 3.0 and SUBTLEX-US by
// internal/lexgen and embedded as sorted text (data/, with their
// licences); lookups binary-search the embedded bytes, so nothing is
// parsed at start-up and nothing is allocated per lookup but the result.
//
// It is plain Go: no search engine, no Discord.
package english
