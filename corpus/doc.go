// Package corpus turns a folder of news articles into clean, citable
// passages and attributed quotes.
//
// It is plain Go: no search engine and no Discord. Load walks a folder
// (through an os.Root, so links out of it are refused) or LoadFS an fs.FS
// such as the embedded default corpus, and hands each file to the reader
// for its format:
//
//   - read_txt.go: .txt as people paste it, one line per line;
//   - read_md.go: .md parsed by goldmark, one line per heading, paragraph
//     and list (with its items); front matter found by adrg/frontmatter;
//   - read_html.go: saved pages; go-readability finds the article body and
//     the title, byline, site name and date, the head's og:/article: tags
//     fill what it leaves; the page outside the article is listed too.
//
// A NAME.meta.yaml sidecar and a Markdown front matter are read by the
// same decoder (meta.go): an unknown key is a warning on the document
// naming the closest known key, never a reason to skip the article.
//
// Reading is one pipeline over the reader's lines:
//
//  1. clean.go says what each line is by itself: furniture by its shape
//     (rows of links or share buttons, language switchers, editor's
//     initials, photo credits and captions) or by the phrases shape cannot
//     decide (data/page.yaml: cookie notices, "Advertisement", "Read
//     more"); or a line about the article (a date line, a byline, wire
//     credits, a dateline, which also comes off the start of a story).
//     Dates are found from the shape of their tokens and read by
//     github.com/araddon/dateparse (dates.go, data/dates.yaml).
//  2. Load counts the short lines each outlet prints on several of its
//     pages (page.go): those are its furniture too.
//  3. build.go looks at lines in their page: what furniture takes with it
//     (the alt text above a caption, the links under "Related"), the head
//     of the page (section label, kicker, headline, byline, date) and its
//     tail (credits, tags, trust lines), live blogs (time stamps followed
//     by text: one passage per entry, with its time), headings (short
//     lines followed by text; never a date line, byline or dateline),
//     interview turns ("Name: …", never headings), lists (one passage
//     with the line that introduces them).
//
// steps.go exposes these steps one by one (Reader, Page, Repeats,
// Reprints, MergePeople), and Load is written as them in a row, so that
// an index kept on disk can read a few changed files and redo the
// corpus-wide steps over what it kept of the others, and read the same.
//
// kind.go reads what kind of piece a page is from how it labels itself
// (breadcrumb, kicker, byline, file name; data/page.yaml
// opinion_labels, analysis_labels): Document.Kind is KindOpinion for an
// op-ed or a column, whose writer "the columnist" asks for, KindAnalysis
// for an analysis ("who wrote the analysis piece").
//
// Every dropped line stays in Document.Skipped with the reason, in reading
// order, so inspect can show why. Repeated paragraphs are kept once,
// within a document and across documents (load.go); passages.go cuts long
// paragraphs at sentence ends. Reading is linear in the size of a file.
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
