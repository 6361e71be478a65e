package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A saved forum thread has no article: its posts are the text, each a
// block of the same kind and class ("<div class="post">"), side by side.
// readability takes the one post that scores best and leaves the others
// outside the article. A page whose article is one of three or more such
// posts is read post by post instead.

// minThreadPosts is how many blocks of one kind make a thread.
const minThreadPosts = 3

// threadLines returns the lines of every post of the thread the article
// (its lines as readability read them) is one post of, the posts' own
// paragraphs only (not the poster's profile, the date line or the
// signature: lines that are no sentence); ok is false when the article
// is no post of a thread, or the thread holds no more text than it.
func threadLines(doc *html.Node, article []line) (lines []line, ok bool) {
	posts := threadOf(doc, article)
	if posts == nil {
		return nil, false
	}
	words := 0
	for _, p := range posts {
		var ls []line
		htmlBlocks(brParagraphs(cloneNode(p)), &ls, false)
		for _, ln := range ls {
			if ln.kind == kindPara && !(endsSentence(ln.text) && wordCount(ln.text) >= minPostWords) {
				continue
			}
			if ln.kind == kindPara && quotesEarlier(lines, ln.text) {
				// "relaytester_mk wrote: If it's the transformers, …": a
				// reply quoting a post already read.
				continue
			}
			words += wordCount(ln.text)
			lines = append(lines, ln)
		}
	}
	if words <= linesWords(article) {
		return nil, false
	}
	return lines, true
}

// quotesEarlier reports a paragraph that repeats, after a few words of
// its own at most ("X wrote:"), the text of an earlier one, whole or in
// part.
func quotesEarlier(earlier []line, t string) bool {
	for _, e := range earlier {
		if strings.Contains(e.text, t) {
			return true
		}
		if _, rest, ok := strings.Cut(t, ":"); ok && len(rest) > 40 && strings.Contains(e.text, strings.TrimSpace(rest)) {
			return true
		}
	}
	return false
}

// minPostWords is the fewest words a post's paragraph holds: fewer, with a
// sentence's end, is a signature's motto ("Still climbing.").
const minPostWords = 6

// linesWords counts the words of lines.
func linesWords(ls []line) int {
	n := 0
	for _, ln := range ls {
		n += wordCount(ln.text)
		for _, it := range ln.items {
			n += wordCount(it)
		}
	}
	return n
}

// threadOf finds the posts, if the article's paragraphs all stand in one
// element that has at least minThreadPosts-1 siblings of its tag and
// class, each holding a paragraph of its own.
func threadOf(doc *html.Node, article []line) []*html.Node {
	var first string
	for _, ln := range article {
		if ln.kind == kindPara && wordCount(ln.text) >= minPostWords {
			first = ln.text
			break
		}
	}
	if first == "" {
		return nil
	}
	var found []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Div) && strings.Contains(normSpace(textOf(n)), first) && !hasChildHolding(n, first) {
			for a := n.Parent; a != nil && a.Parent != nil; a = a.Parent {
				if class := firstClass(a); class != "" {
					if sib := siblingsOf(a, class); len(sib) >= minThreadPosts {
						found = sib
						return
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// firstClass is the first of an element's classes ("message" of
// "message default clearfix joined"), "" for none.
func firstClass(n *html.Node) string {
	f := strings.Fields(attr(n, "class"))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// hasChildHolding reports an element child of n whose text holds t: the
// deepest element holding a paragraph's text is where it stands.
func hasChildHolding(n *html.Node, t string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && strings.Contains(normSpace(textOf(c)), t) {
			return true
		}
	}
	return false
}

// siblingsOf are n and its siblings of its tag and first class that hold
// a paragraph, in order.
func siblingsOf(n *html.Node, class string) []*html.Node {
	var out []*html.Node
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && firstClass(c) == class && holdsParagraph(c) {
			out = append(out, c)
		}
	}
	return out
}

// holdsParagraph reports an element with a paragraph in it: a <p>, or a
// block whose own text is a sentence of minPostWords words or more (a
// messaging channel's "<div class="text">").
func holdsParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.P || holdsParagraph(c) {
			return true
		}
		if c.DataAtom == atom.Div {
			var own strings.Builder
			for t := c.FirstChild; t != nil; t = t.NextSibling {
				if t.Type == html.TextNode {
					own.WriteString(t.Data)
				}
			}
			if s := normSpace(own.String()); wordCount(s) >= minPostWords && endsSentence(s) {
				return true
			}
		}
	}
	return false
}

// brParagraphs makes a paragraph of each run of text two line breaks or
// more set apart ("NIGHT SHIFT …<br><br>At two in the morning …"), as
// readability does, in n and every element under it; n is changed and
// returned.
func brParagraphs(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			brParagraphs(c)
		}
	}
	if !doubleBreak(n) {
		return n
	}
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, c)
	}
	for _, c := range kids {
		n.RemoveChild(c)
	}
	para := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	flush := func() {
		if para.FirstChild != nil {
			n.AppendChild(para)
		}
		para = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	}
	for i := 0; i < len(kids); i++ {
		c := kids[i]
		if isBreak(c) {
			j := i + 1
			for j < len(kids) && (isBreak(kids[j]) || kids[j].Type == html.TextNode && strings.TrimSpace(kids[j].Data) == "") {
				j++
			}
			breaks := 0
			for _, k := range kids[i:j] {
				if isBreak(k) {
					breaks++
				}
			}
			if breaks >= 2 {
				flush()
				i = j - 1
				continue
			}
		}
		if c.Type == html.ElementNode && isBlock(c) {
			flush()
			n.AppendChild(c)
			continue
		}
		para.AppendChild(c)
	}
	flush()
	return n
}

// doubleBreak reports an element with two line breaks in a row among its
// children (blank text between them aside).
func doubleBreak(n *html.Node) bool {
	prev := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isBreak(c):
			if prev {
				return true
			}
			prev = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		default:
			prev = false
		}
	}
	return false
}

// isBreak reports a <br>.
func isBreak(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == atom.Br }

// isBlock reports an element that is a block of its own, not inline text.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Blockquote, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Figure, atom.Pre:
		return true
	}
	return false
}
