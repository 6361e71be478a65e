// Package index answers questions from a corpus: it builds a bleve index of
// passages and quotes and turns a question into an Answer of cited passages
// and quotes, in plain Go types.
//
// bleve stays inside this package. Callers (the CLI, the Discord bot) see
// Engine, Answer, Passage, Quote, Source and Reply only.
//
// A question flows one way: normalise → understand → resolve people →
// retrieve → rank → render, each stage one file:
//
//   - normalise.go: Discord syntax (mentions, roles, channels, emoji,
//     @everyone), Markdown (through goldmark) and links removed.
//   - intent.go (with intent_said.go, intent_named.go, intent_followup.go,
//     intent_shorthand.go, intent_described.go): the one place a question
//     is understood —
//     its kind (what someone said, who someone is, when, where, how many,
//     which organisation, who, yes-no, keywords), the person it asks about
//     and the words to search; chat shorthand and "the us" read as meant.
//     Its word lists are data/questions.yaml; its speech verbs the people
//     model's.
//   - typos.go: chat's slips read as meant before that: two letters of a
//     common word swapped ("teh"), a question word a letter off ("wen").
//   - people.go: who a question means (below).
//   - described.go (with described_titles.go, described_places.go,
//     described_passage.go, described_words.go, titled.go, speaks_for.go):
//     who a question describes instead of naming ("the polish fm", "who's
//     the mayor of prybrezhne"): the person the passage holding the
//     description best names, with that title.
//   - bridge.go, english/: question words the articles never use are
//     searched through the words general English relates to them (WordNet:
//     truce → ceasefire, bombing → attack, "pows" → prisoner), counting for
//     less; a missing word weighs by how rare it is in general English
//     (SUBTLEX) and its part of speech, so "held" or "promise" never make a
//     question out of scope while "Japan" or "Eurovision" do.
//   - answertype.go: the date, place, number, organisation or person a
//     typed question asks for, found in passages (data/answertypes.yaml);
//     a passage holding it near the matched words ranks above one that only
//     matches the words, and one holding none of it does not answer.
//   - search.go: retrieval, coverage (the share of the question's weighted
//     words a passage holds, related words counting for part; its section
//     heading, headline and dateline count with it) and the graded
//     answerability decision: answered, the closest passages (shown as
//     such), or not covered with topics to try. A passage's hand-set score
//     is BM25 × type fit × (0.2 + coverage), cut when it is itself a
//     question; it ranks by that and 27 more features weighed together.
//   - rankfeat.go: those features (BM25, coverage, the type asked for in
//     the sentence holding most of the question, how close the words
//     stand, the passage's length and place in its article) and their
//     weights (data/rankweights.tsv), learnt from the development suites
//     by a test (-train-rank) that never reads the frozen test set.
//   - quote.go: answers about a person — their quotes on the subject, then
//     what the articles report they said (never as a quotation), then the
//     passages naming them, who they are first.
//   - sources.go, rolequotes.go: words the articles quote by a role alone
//     ("a senior EU official said"), shown unattributed under that role:
//     to a member asking for such sources ("what are eu officials
//     saying"), and beside an office holder's own.
//   - suite.go, eval.go: relevance suites (testdata/suites.yaml): the
//     development set and the frozen test set, reported apart by
//     `talksbot eval --suites` and TestRelevance.
//
// How the rest fits:
//
//   - mapping.go, lemma.go: the index schema. One analyzer for every text
//     field and for questions (ASCII folding, English possessives, "US"
//     kept apart from "us", lower case, stop words, irregular forms to
//     their lemma, Snowball stemming; lemma.go's folding and stemming
//     filters give bleve's tokens, passing ASCII text through and
//     remembering stems) and BM25 scoring on a scorch index.
//   - build.go, records.go: Build indexes passages, then quotes, in
//     batches, two at a time (batcher.go: bleve builds a batch's segment
//     on one core). A bleve document stores its record (text and
//     citation) in one field, read only for the hits a question looks
//     at; its id says where it stands in the corpus, so ties need no
//     record.
//   - data.go: what answering needs of the whole corpus, computed at build
//     time and kept beside the index: META (people, counts, the BM25
//     statistics every search is scored with, the name words also used as
//     ordinary words, the folder's people.yaml), QUOTES (each speaker's
//     quotations and reported speech, newest first) and DOCS (one entry
//     per document, for Sources). Memory does not grow with the corpus.
//   - store.go: Open keeps indexes on disk under a data directory
//     (CURRENT, index-<fingerprint>-<time>/ with a COMPLETE marker, tmp-
//     builds merged into one segment and renamed into place, each folder
//     flocked by its builder so another process's cleanup leaves it
//     alone) and reuses one while the corpus Fingerprint is unchanged. A
//     complete index is opened read-only: it never changes while served,
//     and several processes (a running serve, an ask beside it) can serve
//     it at once.
//   - folder.go, scan_*.go: Open from a Folder reads the corpus itself and
//     keeps SOURCES, the files (path, size, time, the program's build ID):
//     while they are unchanged it only stats them (two goroutines stat a
//     folder's names as they are listed), and compares the stats with
//     SOURCES in place, in the folder's order.
//   - folders*.go, fstatat_*.go: once a check has found the folder as
//     SOURCES lists it, FOLDERS keeps each of its directories' stamps
//     (inode, times) from just before they were listed; while they are
//     unchanged no file was added, removed or renamed, so the next check
//     lists nothing and stats the files SOURCES names, while the index
//     opens beside it.
//   - stream.go: a folder is built in three passes that keep little of it
//     in memory (the lines each outlet repeats; the documents in order,
//     their passages spilled beside the build and what they gave the
//     corpus-wide steps encoded as RAW; the records indexed once the
//     people are merged and the fingerprint is known).
//   - raw.go, update.go: an index read from a Folder keeps what each file
//     gave the corpus-wide steps of reading (RAW) and the lower-case words
//     of the passages (LOWER); when a few files change, an update reads
//     only those (and the files the corpus-wide steps then change), and a
//     new folder of hard links to the segments and one batch of deletes
//     and additions takes the index's place, answering exactly as a full
//     build would. update_steps.go and update_people.go redo the steps
//     for the keys the changed files hold (lines, paragraphs, people's
//     surname groups) with one pass over the other entries, read from
//     RAW's bytes without decoding them (raw_view.go); update_apply.go is
//     the batch, update_side.go the side files. layered.go: an update
//     writes RAW and DOCS as a delta of the entries it changed over the
//     whole files of an earlier folder (hard links, never written again),
//     whole again when the delta grows; gcpace.go: the collector's pace
//     while a folder is checked and updated.
//   - integrity.go: segments are checked against their CRC-32 when a
//     folder is written (VERIFIED) and at open unless still that very file
//     (a damaged index is rebuilt, not served), and the size of every file
//     is kept, so Engine.Check notices a deleted folder or a truncated
//     file with a few stat calls. ErrDamaged says so.
//   - people.go: who X is in "what did X say about Y", by the people
//     model's matcher (corpus/people) with
//     the corpus's lexicon: full name, surname, spelling variant, typo,
//     title and surname, role, role by organisation; the people a
//     free-form question names (findPeople) and the closest names to
//     one that matches no one (closestPeople); person questions ("who
//     is X", "tell me about X"), answered about that person when X names
//     one.
//   - search.go also: BM25 retrieval (passages holding every word first),
//     typo correction (words.go: a word English lacks, as written, against
//     everyday words the articles use; then its stem against the corpus
//     vocabulary; never a word of English), near-duplicate removal and
//     highlighting. Ties in
//     score go to the earlier document and paragraph, so the same corpus
//     always gives the same answer, whatever order bleve indexed it.
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
//     quote completeness, speaker precision and misattributions, the false
//     "not covered" rate, out-of-scope declined, the answerability margin),
//     used by the tests and `talksbot eval`.
//   - live.go: Live serves one engine and swaps in a rebuilt one. A
//     Reindex of an unchanged corpus rebuilds anyway when the index folder
//     is missing or damaged; a question that reads a segment truncated
//     under it (SIGBUS on the memory map, turned into a panic by
//     debug.SetPanicOnFault on the asking goroutine) or a record that no
//     longer decodes gets ErrDamaged and starts a rebuild from the corpus
//     (the one the engine was given, or its folder read again through
//     LiveOptions.Refresh), as does Live.Check.
package index
