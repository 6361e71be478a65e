// Package index answers questions from a corpus: it builds a bleve index of
// passages and quotes and turns a question into an Answer of cited passages
// and quotes, in plain Go types.
//
// bleve stays inside this package. Callers (the CLI, the Discord bot) see
// Engine, Answer, Passage, Quote, Source and Reply only.
//
// How the parts fit:
//
//   - mapping.go: the index schema. One analyzer for every text field and
//     for questions (ASCII folding, English possessives, lower case, stop
//     words, Snowball stemming) and BM25 scoring on a scorch index.
//   - build.go, records.go: Build indexes each document's passages and
//     quotes in batches. A bleve document stores its record (text and
//     citation) in one field, read only for the hits a question looks
//     at; its id sorts in corpus order, so ties need no record.
//   - data.go: what answering needs of the whole corpus, computed at build
//     time and kept beside the index: META (people, counts, the BM25
//     statistics every search is scored with, the name words also used as
//     ordinary words, the folder's people.yaml), QUOTES (each speaker's
//     quotations and reported speech, newest first) and DOCS (one entry
//     per document, for Sources).
//   - store.go: Open keeps indexes on disk under a data directory
//     (CURRENT, index-<fingerprint>-<time>/ with a COMPLETE marker, tmp-
//     builds merged into one segment and renamed into place, each folder
//     flocked by its builder so another process's cleanup leaves it
//     alone) and reuses one while the corpus Fingerprint is unchanged. A
//     complete index is opened read-only: it never changes while served,
//     and several processes (a running serve, an ask beside it) can serve
//     it at once.
//   - folder.go, scan_*.go: Open from a Folder keeps SOURCES, the files
//     (path, size, time, content hash, the program's build ID), and only
//     stats them while they are unchanged.
//   - integrity.go: segments are checked against their CRC-32 at open (a
//     damaged index is rebuilt, not served), and the size of every file is
//     kept, so Engine.Check notices a deleted folder or a truncated file
//     with a few stat calls. ErrDamaged says so.
//   - question.go, people.go: quote questions ("what did X say about Y")
//     and who X is, by the people model's matcher (corpus/people) with
//     the corpus's lexicon: full name, surname, spelling variant, typo,
//     title and surname, role, role by organisation; the people a
//     free-form question names (findPeople) and the closest names to
//     one that matches no one (closestPeople); person questions ("who
//     is X", "tell me about X"), answered about that person when X names
//     one.
//   - search.go, quote.go: BM25 retrieval (passages holding every word
//     first), typo correction against the corpus vocabulary, the measured
//     no-answer threshold (coverage: the share of the question's weighted
//     words a passage holds), near-duplicate removal and highlighting.
//     Ties in score go to the earlier document and paragraph, so the same
//     corpus always gives the same answer, whatever order bleve indexed it.
//   - bold.go: which matched words stay bold. A word in most passages
//     ("Ukraine" in a corpus about Ukraine) would be bold everywhere and
//     mean nothing, so only distinctive ones are: a common word in at most
//     a third of the passages, a name in at most half.
//   - topics.go: named queries with passage counts; DefaultTopics fits the
//     embedded corpus. Engine.SetTopics swaps them without a rebuild.
//   - render.go: Render, the one layout of an answer that both the CLI and
//     the bot show; RenderIn gives its fixed words (intros, headings) in
//     Ukrainian or German from the catalogue in internal/i18n. Article
//     text is never translated. A speaker's role is given once.
//   - eval.go: relevance files and their metrics (hit@1, recall@3, MRR,
//     quote completeness, speaker precision, no-answer accuracy), used by
//     the tests and `talksbot eval`.
//   - live.go: Live serves one engine and swaps in a rebuilt one. A
//     Reindex of an unchanged corpus rebuilds anyway when the index folder
//     is missing or damaged; a question that reads a segment truncated
//     under it (SIGBUS on the memory map, turned into a panic by
//     debug.SetPanicOnFault on the asking goroutine) gets ErrDamaged and
//     starts a rebuild from the corpus in memory, as does Live.Check.
package index
