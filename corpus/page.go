package corpus

import (
	"path"
	"strconv"
	"strings"
)

// page is one file read by its reader, its lines classified (clean.go),
// before Load's corpus-wide pass finds the lines each outlet repeats on
// its pages.
type page struct {
	name     string
	lines    []line
	found    Meta  // what the format's own metadata says (front matter, <head>)
	side     *Meta // the sidecar's or the moderator's metadata; may be nil
	warnings []string
	outside  []string // text of the saved page outside the article
	// poster is the account an export of posts is of: every paragraph
	// is their words.
	poster string
	// people finds its quotes and people: the corpus's lexicon and the
	// read budget (the zero value: the built-in lexicon and budget).
	people attribution
}

// reading is what a format's reader hands on.
type reading struct {
	lines    []line
	meta     Meta
	poster   string // whose posts an export holds (textHeader)
	warnings []string
	outside  []string
}

// readPage reads one file with the reader for its format and classifies
// its lines.
func readPage(name string, data []byte, side *Meta) (*page, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	var (
		r   reading
		err error
	)
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		if feed, ok := readFeed(data); ok {
			r = feed
			break
		}
		if m, poster, warnings, body, ok := textHeader(data); ok {
			r.meta, r.poster, data = m, poster, body
			for _, w := range warnings {
				r.warnings = append(r.warnings, "header: "+w)
			}
		}
		r.lines = readText(data)
	case ".md", ".markdown":
		r, err = readMarkdown(data)
	case ".html", ".htm":
		r, err = readHTML(data)
	default:
		err = ErrUnsupported
	}
	if err != nil {
		return nil, err
	}
	return &page{name: name, lines: prepare(r.lines), found: r.meta, side: side, warnings: r.warnings, outside: r.outside, poster: r.poster}, nil
}

// prepare classifies each line and drops the empty ones, marking the
// line after each with gap.
func prepare(lines []line) []line {
	out := lines[:0]
	gap := false
	for _, ln := range lines {
		classify(&ln)
		if ln.text == "" && len(ln.items) == 0 && ln.why == "" {
			gap = true
			continue
		}
		ln.gap = ln.gap || gap
		gap = false
		out = append(out, ln)
	}
	return out
}

// outlet is the outlet known before the page is built: its sidecar's,
// its format's, or its dateline's agency.
func (p *page) outlet() string {
	if p.side != nil && p.side.Outlet != "" {
		return p.side.Outlet
	}
	if p.found.Outlet != "" {
		return p.found.Outlet
	}
	for _, ln := range p.lines {
		if ln.meta.kind == metaDateline && ln.meta.outlet != "" {
			return ln.meta.outlet
		}
	}
	return ""
}

// document builds the page into a Document. pages (may be nil) says on
// how many pages of its outlet a short line stands; named, whether the
// outlet is known.
func (p *page) document(pages func(string) int, named bool) (*Document, error) {
	title := p.found.Title
	if p.side != nil && p.side.Title != "" {
		title = p.side.Title
	}
	author := p.found.Author
	if p.side != nil && p.side.Author != "" {
		author = p.side.Author
	}
	b := buildText(p.lines, buildOpts{title: title, author: author, pages: pages, named: named})
	if len(b.paras) == 0 {
		return nil, ErrNoText
	}
	m := b.meta
	m.fill(&p.found)
	m.fill(p.side)
	doc := &Document{
		ID:       p.name,
		Title:    m.Title,
		Outlet:   m.Outlet,
		Author:   m.Author,
		URL:      m.URL,
		Language: m.Language,
		Place:    b.place,
		Skipped:  append(b.skipped, outsideLines(p.outside)...),
		Warnings: p.warnings,
	}
	if doc.Place == "" {
		// "Briefing by …, Moscow, March 18, 2043": the place a title
		// closes with, when no dateline gives one.
		doc.Place = titlePlace(m.Title)
	}
	if m.Date != "" {
		if d, err := ParseDate(m.Date); err == nil {
			doc.Date = d
		} else {
			doc.Warnings = append(doc.Warnings, "unreadable date: "+m.Date)
		}
	}
	for _, para := range b.paras {
		doc.Passages = append(doc.Passages, passagesOf(para)...)
	}
	doc.Kind = kindOf(doc)
	if err := p.people.analyse(doc, b.paras, p.poster); err != nil {
		return nil, err
	}
	doc.People = append(doc.People, creditedPeople(doc, p.people.lexicon())...)
	return doc, nil
}

// maxOutside bounds how many lines from outside a saved page's article
// are listed; a page's menus and footer can run to hundreds.
const maxOutside = 40

func outsideLines(texts []string) []string {
	var out []string
	for i, t := range texts {
		if i == maxOutside {
			out = append(out, whyOutside+": …and "+strconv.Itoa(len(texts)-maxOutside)+" more lines")
			break
		}
		out = append(out, whyOutside+": "+clip(t, 200))
	}
	return out
}

// repeatable reports a line short enough to be an outlet's furniture: a
// label, a promotion, a one-line notice. Longer text found on two pages
// is agency copy, kept once.
func repeatable(s string) bool {
	return len(s) <= 200 && wordCount(s) <= 20
}
