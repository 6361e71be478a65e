// Package corpus turns a folder of news articles into clean, citable
// passages and attributed quotes.
//
// It is plain Go: no search engine and no Discord. Load walks a folder
// (or an fs.FS such as the embedded default corpus) and hands each file to
// the reader for its format (.txt as people paste it, .md with YAML front
// matter, .html saved pages). A reader yields raw paragraphs and metadata;
// cleaning drops page furniture (navigation, captions, widgets); splitting
// makes passages with their section and paragraph number; attribution finds
// direct quotes and who said them. A NAME.meta.yaml sidecar fills or
// overrides a file's metadata. Files that cannot be read are skipped with a
// reason, never fatal for the rest of the corpus.
package corpus
