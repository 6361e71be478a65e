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
		htmlBlocks(p, &ls, false)
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
		if n.Type == html.ElementNode && n.DataAtom == atom.P && normSpace(textOf(n)) == first {
			for a := n.Parent; a != nil && a.Parent != nil; a = a.Parent {
				if class := attr(a, "class"); class != "" {
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

// siblingsOf are n and its siblings of its tag and class that hold a
// paragraph, in order.
func siblingsOf(n *html.Node, class string) []*html.Node {
	var out []*html.Node
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == n.DataAtom && attr(c, "class") == class && holdsParagraph(c) {
			out = append(out, c)
		}
	}
	return out
}

// holdsParagraph reports an element with a <p> in it.
func holdsParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || holdsParagraph(c)) {
			return true
		}
	}
	return false
}
