// Package corpus turns a folder of news articles into clean, citable
// passages and attributed quotes.
//
// It is plain Go: no search engine and no Discord. Load walks a folder
// (through an os.Root, so links out of it are refused) or LoadFS an fs.FS
// such as the embedded default corpus, and hands each file to the reader
// for its format:
//
//   - read_txt.go: .txt as people paste it; the head gives title, byline
//     and dateline;
//   - read_md.go: .md with YAML front matter (adrg/frontmatter);
//   - read_html.go: saved pages; go-readability finds the article body and
//     the head's meta tags give the metadata.
//
// A NAME.meta.yaml sidecar (meta.go) fills or overrides any file's
// metadata; dates are normalised to YYYY-MM-DD (dates.go).
//
// Every reader yields lines; build.go runs the shared pipeline over them:
// clean.go drops page furniture (navigation, breadcrumbs, captions with
// their alt text, video widgets, share and cookie lines) and records it in
// Document.Skipped; short unpunctuated lines followed by text become
// section headings; repeated paragraphs are kept once, within a document
// and across documents (load.go); passages.go cuts long paragraphs at
// sentence ends.
//
// Who said what is the people model's, in corpus/people: its lexicon of
// names, titles, nationalities, organisations, speech verbs and known
// people is embedded data that a folder's people.yaml (PeopleFile)
// extends, and it finds each document's quotations with their speakers
// (a pronoun or a role only when one person fits, never a guess),
// reported speech (Document.Reported, kept apart from Quotes) and the
// people named. people.go hands it the paragraphs with a time budget per
// file (Options.ReadBudget: a file over it is skipped with the reason)
// and merges each document's cast into Corpus.People; attribution.go
// scores the attributions against hand labels (ScoreAttribution), as the
// suite in testdata/attribution does. Files that cannot be read are
// skipped with a reason, never fatal for the rest of the corpus.
package corpus
