package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a saved web page: metadata from its head, the article
// body as readability extracts it (navigation, footers and asides left
// behind).
func readHTML(data []byte) ([]line, Meta, error) {
	if !looksLikeHTML(data) {
		return nil, Meta{}, fmt.Errorf("%w: no HTML markup found", ErrMalformed)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, Meta{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	meta, titleTag := htmlMeta(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = 200000
	// The base URL only resolves relative links; nothing is fetched.
	art, err := p.ParseDocument(doc, &url.URL{Scheme: "file", Path: "/"})
	if err != nil || art.Node == nil {
		return nil, Meta{}, fmt.Errorf("%w: no article body found", ErrNoText)
	}
	if meta.Title == "" {
		meta.Title = stripSiteName(art.Title)
	}
	if meta.Title == "" {
		meta.Title = stripSiteName(titleTag)
	}
	if meta.Outlet == "" {
		meta.Outlet = art.SiteName
	}
	if meta.Author == "" && art.Byline != "" {
		if who, ok := byline(normSpace(art.Byline)); ok {
			meta.Author = who
		} else if len(art.Byline) < 80 {
			meta.Author = art.Byline
		}
	}
	if meta.Date == "" && art.PublishedTime != nil {
		meta.Date = art.PublishedTime.Format("2006-01-02")
	}
	if meta.Language == "" {
		meta.Language = art.Language
	}
	meta.trim()
	var lines []line
	htmlBlocks(art.Node, &lines)
	return lines, meta, nil
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
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return normSpace(b.String())
}

// htmlBlocks emits one line per heading, paragraph and list item; inline
// text standing directly in a container becomes a paragraph of its own.
func htmlBlocks(n *html.Node, out *[]line) {
	var pending strings.Builder
	flush := func() {
		if t := normSpace(pending.String()); t != "" {
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
			*out = append(*out, line{text: textOf(c), kind: kindPara, gap: true})
		case atom.Li:
			flush()
			*out = append(*out, line{text: textOf(c), kind: kindItem, gap: true})
		case atom.Figcaption:
			flush()
			*out = append(*out, line{text: textOf(c), kind: kindCaption, gap: true})
		case atom.Figure:
			flush()
			htmlBlocks(c, out)
		case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside, atom.Footer,
			atom.Form, atom.Button, atom.Iframe, atom.Video, atom.Audio, atom.Img, atom.Svg, atom.Picture:
			flush()
		case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.Q, atom.Cite, atom.Abbr,
			atom.Small, atom.Sub, atom.Sup, atom.Mark, atom.Code, atom.Time, atom.S:
			pending.WriteString(textOf(c))
		case atom.Br:
			pending.WriteByte(' ')
		default:
			flush()
			htmlBlocks(c, out)
		}
	}
	flush()
}

// stripSiteName drops a " | Site" (or " - Site") suffix from a <title>:
// a last part of a few words after the last separator.
func stripSiteName(title string) string {
	// Some sites stack several parts: "Title – DW – 12/18/2025".
	for range 3 {
		cut := title
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
			if i := strings.LastIndex(cut, sep); i > 0 {
				if wordCount(cut[i+len(sep):]) <= 4 && wordCount(cut[:i]) >= 2 {
					cut = strings.TrimSpace(cut[:i])
					break
				}
			}
		}
		if cut == title {
			break
		}
		title = cut
	}
	return title
}
