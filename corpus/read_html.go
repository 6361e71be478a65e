package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a saved web page: the article body as readability
// extracts it (navigation, footers and asides left behind, and listed as
// outside the article), its metadata from readability's reading of the
// page first (title, byline, site name, published time), then from the
// head's og:/article: tags and <title>, <time>, canonical link.
func readHTML(data []byte) (reading, error) {
	if !looksLikeHTML(data) {
		return reading{}, fmt.Errorf("%w: no HTML markup found", ErrMalformed)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return reading{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	head, titleTag := htmlMeta(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = 200000
	// The base URL only resolves relative links; nothing is fetched.
	// readability changes the tree it reads, so it gets its own copy.
	body := cloneNode(doc)
	keepQuotations(body)
	art, err := p.ParseDocument(body, &url.URL{Scheme: "file", Path: "/"})
	if err != nil || art.Node == nil {
		return reading{}, fmt.Errorf("%w: no article body found", ErrNoText)
	}
	var meta Meta
	meta.Title = stripSiteName(normSpace(art.Title))
	meta.Outlet = normSpace(art.SiteName)
	if by := normSpace(art.Byline); by != "" {
		if who, d, ok := byline(by); ok {
			meta.Author, meta.Date = who, d
		} else if names := authorNames(by); len(names) > 0 {
			meta.Author = joinNames(names)
		} else if d, _, ok := findDate(by); ok {
			// "Live updates · Friday 14 April 2028 · Last updated 17:05
			// GMT": a dateline, not an author.
			meta.Date = d
		} else if len(by) < 80 && !endsSentence(by) {
			meta.Author = by
		}
	}
	if art.PublishedTime != nil {
		meta.Date = art.PublishedTime.Format(time.DateOnly)
	}
	meta.Language = art.Language
	// The head's tags fill what readability left empty.
	head.fill(&meta)
	meta = head
	if meta.Title == "" {
		meta.Title = stripSiteName(titleTag)
	}
	if meta.Outlet == "" {
		// "Leaked draft map … | The Vallmark Courier": the site's name
		// the page's title ends with.
		meta.Outlet = siteName(titleTag)
	}
	meta.trim()
	if meta.Author == "" {
		// "Text (c) 2078 Mira Jovanek" in a blog's footer: the one
		// person the page's copyright is held by wrote it.
		meta.Author = copyrightPerson(doc)
	}
	var lines []line
	htmlBlocks(art.Node, &lines, false)
	if posts, ok := threadLines(doc, lines); ok {
		lines = posts
	}
	lines = append(lines, quoteBoxes(doc, lines)...)
	lines = append(lines, correctionBoxes(doc, lines)...)
	outside, before := outsideArticle(doc, lines)
	// readability leaves the page's header behind with the article's date
	// or byline in it: what it did not find itself is read from there.
	for _, t := range before {
		if d, ok := dateLine(t); ok && meta.Date == "" {
			meta.Date = d
		}
		if who, d, ok := byline(t); ok && meta.Author == "" {
			meta.Author = who
			if meta.Date == "" {
				meta.Date = d
			}
		}
	}
	if d, ok := dayFirstReading(meta.Date, slices.Concat(lineTexts(lines), before, []string{normSpace(art.Byline)})); ok {
		// "Published 10/06/2077" in a byline over "the 9 June draft".
		meta.Date = d
	}
	return reading{lines: lines, meta: meta, outside: outside}, nil
}

// pullMark is the attribute keepQuotations sets on a pull quote's
// blockquote when it clears its class.
const pullMark = "data-talksbot-pull"

// keepQuotations clears the class and id of every blockquote, so that
// readability, which drops what a class calls social or shared, keeps a
// post embedded in the article ("<blockquote class="social-embed">",
// "twitter-tweet"): what an official posted is the article's text.
func keepQuotations(n *html.Node) {
	if n.Type == html.ElementNode && n.Data == "blockquote" {
		pull := slices.ContainsFunc(n.Attr, func(a html.Attribute) bool {
			return (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "pull")
		})
		n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
		if pull {
			// A pull quote ("<blockquote class="pull-quote">"), set apart
			// from the text: marked, as its class goes.
			n.Attr = append(n.Attr, html.Attribute{Key: pullMark})
		}
		// Its footer is the post's credit ("Selin Aydemir
		// (@SelinAydemirTR) 8 April 2045"), not the page's furniture,
		// which readability drops: a paragraph of the post. A footer
		// that is no post's credit (no handle) credits the quotation
		// above it as a dash would in print ("— Oleksandr Pidhirnyi,
		// Chief Executive Officer, Ukrzaliznytsia"); so does a pull
		// quote's cite ("<cite>— Sigrun Haugland</cite>"), run into the
		// quotation's line otherwise.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Footer || c.DataAtom == atom.Cite) {
				c.Data, c.DataAtom = "p", atom.P
				if t := strings.TrimSpace(textOf(c)); t != "" && !strings.Contains(t, "(@") && !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "–") && !strings.HasPrefix(t, "-") {
					c.InsertBefore(&html.Node{Type: html.TextNode, Data: "— "}, c.FirstChild)
				}
			}
		}
	}
	if n.Type == html.ElementNode && n.Data == "blockquote" {
		creditPostAfter(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		keepQuotations(c)
	}
}

// reCreditedQuote is a list item that is a quotation and its credit: a
// quotation mark opening it, and after a closing one a dash and a
// capitalised word (`"We fix the cable, not the war." — Oksana Melnyk,
// senior field engineer`).
var reCreditedQuote = regexp.MustCompile(`^["“].*["”]\s*[—–-]\s+\p{Lu}`)

// quoteBoxes are the boxes beside an article that list what people said
// (an <aside> headed "What they said", its items each a quotation and
// its credit), which readability leaves out as furniture: their heading
// and each item as a paragraph after the article's. A box counts when
// two or more of its items, and most of them, are credited quotations.
func quoteBoxes(doc *html.Node, article []line) []line {
	in := articleKeys(article)
	var out []line
	eachAside(doc, func(heading string, items, _ []string) {
		credited := 0
		for _, it := range items {
			if reCreditedQuote.MatchString(it) && !in[dedupKey(it)] {
				credited++
			}
		}
		if credited < 2 || 2*credited <= len(items) {
			return
		}
		if heading != "" {
			out = append(out, line{text: heading, kind: kindHeading, gap: true})
		}
		for _, it := range items {
			out = append(out, line{text: it, kind: kindPara, gap: true, boxed: reCreditedQuote.MatchString(it)})
		}
	})
	return out
}

// correctionBoxes are an outlet's corrections set in a box of their own
// (an <aside> headed "Editor's note" or "Correction"), which readability
// leaves out as furniture: each paragraph that, read after its heading,
// corrects a fact (correctionOpener: "Editor's note: … we said that 4,612
// letters had crossed … The correct figure … is 4,126"), under the
// heading corrections stand in, as build.go's corrections puts those in
// the article.
func correctionBoxes(doc *html.Node, article []line) []line {
	in := articleKeys(article)
	var out []line
	eachAside(doc, func(heading string, _, paras []string) {
		for _, p := range paras {
			if p != "" && heading != "" && !in[dedupKey(p)] && correctionOpener(heading+": "+p) {
				if len(out) == 0 {
					out = append(out, line{text: correctionHeading, kind: kindHeading, gap: true})
				}
				out = append(out, line{text: p, kind: kindPara, gap: true})
			}
		}
	})
	return out
}

// articleKeys are the dedup keys of the article's lines: a box's text
// the article already holds is not read again.
func articleKeys(article []line) map[string]bool {
	in := map[string]bool{}
	for _, ln := range article {
		in[dedupKey(ln.text)] = true
	}
	return in
}

// eachAside calls f with each <aside> of the page: its first heading
// (<h2>–<h4>, or <strong> ending in a colon or not), its list items and
// its paragraphs, as text.
func eachAside(doc *html.Node, f func(heading string, items, paras []string)) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Aside {
			heading := ""
			var items, paras []string
			var find func(c *html.Node)
			find = func(c *html.Node) {
				for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
					if ch.Type != html.ElementNode {
						continue
					}
					switch ch.DataAtom {
					case atom.H2, atom.H3, atom.H4, atom.Strong:
						if heading == "" {
							heading = strings.TrimRight(normSpace(textOf(ch)), ":")
						}
					case atom.Li:
						items = append(items, normSpace(textOf(ch)))
					case atom.P:
						paras = append(paras, normSpace(textOf(ch)))
					default:
						find(ch)
					}
				}
			}
			find(n)
			f(heading, items, paras)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// outsideArticle lists the text blocks of the page's body that are not
// in the article readability found: its menus, teasers and footer; and
// apart, those that stand before the article's first block (its header).
func outsideArticle(doc *html.Node, article []line) (outside, head []string) {
	in := map[string]bool{}
	for _, ln := range article {
		in[dedupKey(ln.text)] = true
		for _, it := range ln.items {
			in[dedupKey(it)] = true
		}
	}
	var all []line
	htmlBlocks(doc, &all, true)
	started := false
	for _, ln := range all {
		t := ln.text
		if ln.kind == kindList {
			t = strings.Join(ln.items, " · ")
		}
		key := dedupKey(t)
		if key == "" {
			continue
		}
		if in[key] {
			started = true
			continue
		}
		in[key] = true
		outside = append(outside, t)
		if !started {
			head = append(head, t)
		}
	}
	return outside, head
}

// cloneNode copies an HTML tree.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneNode(ch))
	}
	return c
}

func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	for _, tag := range []string{"<html", "<!doctype html", "<body", "<article", "<p", "<div", "<head"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// htmlMeta reads the page's own metadata tags, and the <title> apart.
func htmlMeta(doc *html.Node) (Meta, string) {
	var m Meta
	var titleTag, timeTag, ogURL string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.Language = attr(n, "lang")
			case atom.Title:
				if titleTag == "" {
					titleTag = textOf(n)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name"))
				val := attr(n, "content")
				switch key {
				case "og:title":
					m.Title = val
				case "og:site_name":
					m.Outlet = val
				case "author", "article:author", "byl", "dc.creator":
					if m.Author == "" && !strings.HasPrefix(val, "http") {
						m.Author = strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by ")
					}
				case "article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished":
					if m.Date == "" {
						m.Date = val
					}
				case "og:url":
					ogURL = val
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.URL = attr(n, "href")
				}
			case atom.Time:
				if timeTag == "" {
					timeTag = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.Date == "" {
		m.Date = timeTag
	}
	if m.URL == "" {
		m.URL = ogURL
	}
	m.trim()
	return m, normSpace(titleTag)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(lineBreak)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return normSpace(joinBreaks(b.String()))
}

// lineBreak stands for a <br> until joinBreaks joins the lines it cuts:
// the parser never leaves a NUL in text, and the source's own newlines
// are spaces.
const lineBreak = '\x00'

// joinBreaks joins the lines of a block that line breaks (<br>) cut.
// A name on a line of its own with what its owner is on the next
// ("Ingrid Solberg<br>Director General, Civil Aviation Authority") is a
// signature, and reads as a text one does once joined: "Ingrid
// Solberg, Director General, …", the name apart from the title. Other
// breaks are a space.
func joinBreaks(s string) string {
	if !strings.ContainsRune(s, lineBreak) {
		return s
	}
	lines := strings.Split(s, string(lineBreak))
	var b strings.Builder
	for i, ln := range lines {
		if i > 0 {
			prev, next := strings.TrimSpace(lines[i-1]), strings.TrimSpace(ln)
			if nameShaped(prev) && signatureLine(next) && !nameShaped(next) {
				b.WriteString(", ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(ln)
	}
	return b.String()
}

// postAuthor matches an embedded post's opening line naming who posted
// it: "Beatriz Valdés Ortega @UNESCO_EnvoyCP", or with the handle in
// brackets. Group 1 is the name, 2 the handle.
var postAuthor = regexp.MustCompile(`^([^@()]{2,60}?)\s*\(?@([A-Za-z0-9_]{2,30})\)?$`)

// creditPostAfter moves the credit of a post embedded as a blockquote
// that opens with its author ("Beatriz Valdés Ortega @UNESCO_EnvoyCP",
// then the post, then "23 April 2067 · 02:31") to after the post, where
// an embed's footer gives it ("… Thank you, Malta. Beatriz Valdés
// Ortega (@UNESCO_EnvoyCP) 23 April 2067 · 02:31"), with the date line
// that closes it: one credit, read as the footer's is.
func creditPostAfter(q *html.Node) {
	var kids []*html.Node
	for c := q.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	if len(kids) < 2 {
		return
	}
	m := postAuthor.FindStringSubmatch(textOf(kids[0]))
	if m == nil {
		return
	}
	credit := strings.TrimSpace(m[1]) + " (@" + m[2] + ")"
	q.RemoveChild(kids[0])
	kids = kids[1:]
	if last := kids[len(kids)-1]; len(kids) > 1 && datedLine(textOf(last)) {
		credit += " " + textOf(last)
		q.RemoveChild(last)
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: credit})
	q.AppendChild(p)
}

// datedLine reports a short line giving when something was posted ("23
// April 2067 · 02:31"): a few words, a digit, no sentence.
func datedLine(t string) bool {
	return t != "" && len(strings.Fields(t)) <= 8 && strings.ContainsAny(t, "0123456789") && !endsSentence(t)
}

// htmlBlocks emits one line per heading, paragraph and list (with its
// items); inline text standing directly in a container becomes a
// paragraph of its own. With all set it also reads navigation, asides,
// footers and forms, to list what the article leaves out.
func htmlBlocks(n *html.Node, out *[]line, all bool) {
	var pending strings.Builder
	flush := func() {
		if t := normSpace(joinBreaks(pending.String())); t != "" {
			*out = append(*out, line{text: t, kind: kindPara, gap: true})
		}
		pending.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			pending.WriteString(c.Data)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			flush()
			*out = append(*out, line{text: textOf(c), kind: kindHeading, gap: true})
		case atom.P, atom.Blockquote, atom.Pre, atom.Dt, atom.Dd:
			flush()
			pull := c.DataAtom == atom.Blockquote && slices.ContainsFunc(c.Attr, func(a html.Attribute) bool { return a.Key == pullMark })
			*out = append(*out, line{text: textOf(c), kind: kindPara, gap: true, aside: pull})
		case atom.Ul, atom.Ol:
			flush()
			var items []string
			for li := c.FirstChild; li != nil; li = li.NextSibling {
				if t := textOf(li); t != "" {
					items = append(items, t)
				}
			}
			if len(items) > 0 {
				*out = append(*out, line{kind: kindList, items: items, gap: true})
			}
		case atom.Li:
			flush()
			*out = append(*out, line{text: textOf(c), kind: kindItem, gap: true})
		case atom.Figcaption:
			flush()
			*out = append(*out, line{text: textOf(c), kind: kindCaption, gap: true})
		case atom.Figure:
			flush()
			htmlBlocks(c, out, all)
		case atom.Nav, atom.Aside, atom.Footer, atom.Form:
			flush()
			if all {
				htmlBlocks(c, out, all)
			}
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
			atom.Button, atom.Iframe, atom.Video, atom.Audio, atom.Img, atom.Svg, atom.Picture, atom.Select:
			flush()
		case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.Q, atom.Cite, atom.Abbr,
			atom.Small, atom.Sub, atom.Sup, atom.Mark, atom.Code, atom.Time, atom.S:
			pending.WriteString(textOf(c))
		case atom.Br:
			pending.WriteByte(lineBreak)
		default:
			flush()
			htmlBlocks(c, out, all)
		}
	}
	flush()
}

// stripSiteName drops a " | Site" (or " - Site") suffix from a <title>:
// a last part of a few words after the last separator. Some sites stack
// several parts: "Title – DW – 12/18/2025".
func stripSiteName(title string) string {
	for range maxSiteParts {
		cut := cutSitePart(title)
		if cut == title {
			break
		}
		title = cut
	}
	return title
}

// siteName is the name of the site a page's title ends with, as
// stripSiteName cuts it off ("The Vallmark Courier" of "Leaked draft map
// … | The Vallmark Courier"), not a date or a section it may stack with
// it ("Title – DW – 12/18/2025": DW); "" when it ends with none.
func siteName(title string) string {
	name := ""
	for range maxSiteParts {
		cut := cutSitePart(title)
		if cut == title {
			break
		}
		part := strings.TrimLeft(strings.TrimSpace(title[len(cut):]), "|-–—: ")
		low := strings.ToLower(part)
		first, _, _ := strings.Cut(low, " ")
		if _, date := dateLine(part); !date && strings.ContainsFunc(part, unicode.IsUpper) &&
			!pageWords().sections[low] && !pageWords().social[low] && !slices.Contains(pageWords().bylines, first) {
			// Not a section ("Opinion"), a network ("Telegram") or a
			// byline ("by Marko Halych").
			name = part
		}
		title = cut
	}
	return name
}

// cutSitePart is title without its last part, when a separator sets off
// a few words after at least two: one step of stripSiteName.
func cutSitePart(title string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			if wordCount(title[i+len(sep):]) <= 4 && wordCount(title[:i]) >= 2 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// maxSiteParts is how many parts stripSiteName cuts off at most.
const maxSiteParts = 3

// copyrightPerson is the person a page's footer says holds its copyright
// ("Row K runs on Quillpage. Text (c) 2078 Mira Jovanek."): the name
// after the mark and the year, when it is two or three capitalised words
// opening with a given name the people lexicon knows; "" otherwise (an
// outlet's "© 2078 The Harbour Times").
func copyrightPerson(doc *html.Node) string {
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Footer {
			continue
		}
		for _, part := range strings.Split(normSpace(textOf(n)), ". ") {
			if who := copyrightName(part); who != "" {
				return who
			}
		}
	}
	return ""
}

// copyrightName is the person's name after a copyright mark and its year
// in part ("Text (c) 2078 Mira Jovanek"), or "".
func copyrightName(part string) string {
	ws := strings.Fields(part)
	at := slices.IndexFunc(ws, func(w string) bool { return copyrightMark(copyrightKey(w)) })
	if at < 0 {
		return ""
	}
	var name []string
	for _, w := range ws[at+1:] {
		w = strings.Trim(w, ".,;:")
		if len(name) == 0 && (hasDigit(w) || w == "") {
			continue // the year
		}
		if !hasCapitalWord(w) || strings.ContainsAny(w, "|/") {
			break
		}
		name = append(name, w)
	}
	if len(name) < 2 || len(name) > 3 {
		return ""
	}
	if _, given := defaultLexicon().GivenName(name[0]); !given {
		return ""
	}
	return strings.Join(name, " ")
}
