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
// quotes.go finds direct quotations and their speakers from the sentence
// around them ("said X", "X told Y", `he said: "..."`, "according to X"),
// resolving pronouns to the nearest person of compatible gender within
// reach and leaving a quote unattributed rather than guessing. speakers.go
// finds the people an article names, with their roles, and joins spellings
// of one name (Zelensky, Zelenskyy); names_data.go holds the small
// lexicons this needs; people.go merges each document's cast into
// Corpus.People. Files that cannot be read are skipped with a reason,
// never fatal for the rest of the corpus.
package corpus
