package corpus

import (
	"strings"
)

// lineKind says what a reader knows about a line of text.
type lineKind int

const (
	kindRaw     lineKind = iota // plain text line: heading or paragraph, to be decided
	kindHeading                 // a heading the format marks as one
	kindPara                    // a paragraph the format marks as one
	kindItem                    // a list item
	kindTitle                   // a repeat of the document's title
	kindCaption                 // a caption the format marks as one (<figcaption>)
)

// line is one unit of text as a reader produced it.
type line struct {
	text string
	kind lineKind
	// gap is true when an empty line (or a block boundary) precedes it.
	gap bool
}

// paragraph is a cleaned paragraph with the heading it stands under.
type paragraph struct {
	text    string
	section string
	num     int
}

// built is what the shared cleaning pipeline makes of a reader's lines.
type built struct {
	meta    Meta // what the text itself says (pasted .txt header)
	paras   []paragraph
	skipped []string
}

// buildText cleans lines into paragraphs. With header set (pasted text),
// the first lines are read for title, byline and date.
func buildText(lines []line, header bool, knownTitle string) built {
	var b built
	kept := b.dropFurniture(lines, header)
	if header {
		kept = b.readHeader(kept)
	}
	title := knownTitle
	if b.meta.Title != "" {
		title = b.meta.Title
	}
	kept = b.markTitleRepeats(kept, title)
	kept = b.decideHeadings(kept)
	b.makeParagraphs(kept)
	return b
}

func (b *built) skip(why, text string) {
	b.skipped = append(b.skipped, why+": "+text)
}

// dropFurniture removes navigation, captions, widgets and the like.
func (b *built) dropFurniture(lines []line, header bool) []line {
	var out []line
	gap := false
	titleSeen := false
	lastWhy := ""
	for _, ln := range lines {
		ln.text = normSpace(ln.text)
		if ln.text == "" {
			gap = true
			continue
		}
		ln.gap = ln.gap || gap
		gap = false
		if ln.kind == kindRaw || ln.kind == kindItem || ln.kind == kindPara {
			if rest, ok := bulletItem(ln.text); ok {
				ln.text, ln.kind = rest, kindItem
			}
		}
		why := furniture(ln.text)
		switch {
		case ln.kind == kindCaption:
			why = "image caption"
		case why == "" && lastWhy == "image credit" && ln.kind == kindRaw && headingShaped(ln.text):
			why = "image caption" // the caption under a credit line
		}
		if why == "" && header && !titleSeen && isBreadcrumb(ln.text) {
			why = "breadcrumb"
		}
		switch why {
		case "":
			lastWhy = ""
			titleSeen = true
			out = append(out, ln)
			continue
		case "image caption":
			// The alt text stands right above its caption: a line with no
			// full stop that is not a heading of what follows.
			if n := len(out); n > 0 && !ln.gap && out[n-1].kind != kindHeading && !endsSentence(out[n-1].text) {
				b.skip("image alt text", out[n-1].text)
				out = out[:n-1]
			}
		case "video duration", "video widget":
			// A video widget is its title, its duration and a fallback
			// line; the title goes with the first of the other two.
			if n := len(out); n > 0 && lastWhy != "video duration" && out[n-1].kind == kindRaw && headingShaped(out[n-1].text) {
				b.skip("video title", out[n-1].text)
				out = out[:n-1]
			}
		}
		lastWhy = why
		b.skip(why, ln.text)
	}
	return out
}

// bulletItem strips a list marker ("- ", "• ", "* ").
func bulletItem(s string) (string, bool) {
	for _, m := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(s, m) && len(s) > len(m) {
			return strings.TrimSpace(s[len(m):]), true
		}
	}
	return s, false
}

// readHeader takes title, author and date from the head of pasted text:
// the lines before the first real paragraph.
func (b *built) readHeader(lines []line) []line {
	var out []line
	inHead := true
	for i, ln := range lines {
		if inHead && (i >= 8 || (ln.kind != kindHeading && isParagraphLike(ln.text))) {
			inHead = false
		}
		if !inHead {
			out = append(out, ln)
			continue
		}
		if d, ok := dateLine(ln.text); ok {
			if b.meta.Date == "" {
				b.meta.Date = d
			}
			continue
		}
		if who, ok := byline(ln.text); ok && b.meta.Author == "" {
			b.meta.Author = who
			continue
		}
		if b.meta.Title == "" && ln.kind != kindItem {
			b.meta.Title = ln.text
			continue
		}
		if b.meta.Author == "" && nameShaped(ln.text) && i+1 < len(lines) {
			if _, ok := dateLine(lines[i+1].text); ok {
				b.meta.Author = ln.text
				continue
			}
			// "James Waterhouse" over "Ukraine correspondent".
			if roleLine(lines[i+1].text) {
				b.meta.Author = ln.text
				b.skip("byline role", lines[i+1].text)
				lines[i+1].text = ""
				continue
			}
		}
		if ln.text == "" {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// isParagraphLike reports running text rather than a heading or label.
func isParagraphLike(s string) bool {
	return len(s) > 160 || (wordCount(s) > 12 && endsSentence(s))
}

// markTitleRepeats marks lines that repeat the title (pasted pages often
// show it twice); they end the section before them.
func (b *built) markTitleRepeats(lines []line, title string) []line {
	key := dedupKey(title)
	if key == "" {
		return lines
	}
	for i := range lines {
		if dedupKey(lines[i].text) == key {
			lines[i].kind = kindTitle
			b.skip("repeated title", lines[i].text)
		}
	}
	return lines
}

// decideHeadings turns short unpunctuated lines followed by a paragraph
// into headings. A heading-shaped line followed by another heading is a
// label ("Rewritten Article"), and one at the very end is a leftover; both
// are dropped.
func (b *built) decideHeadings(lines []line) []line {
	shaped := func(ln line) bool {
		return ln.kind == kindHeading || ln.kind == kindTitle || (ln.kind == kindRaw && headingShaped(ln.text))
	}
	var out []line
	for i, ln := range lines {
		if ln.kind == kindRaw && headingShaped(ln.text) {
			switch {
			case i+1 == len(lines):
				b.skip("trailing label", ln.text)
				continue
			case shaped(lines[i+1]):
				b.skip("label", ln.text)
				continue
			}
			ln.kind = kindHeading
		}
		out = append(out, ln)
	}
	return out
}

// makeParagraphs numbers the paragraphs under their headings and drops
// repeats within the document.
func (b *built) makeParagraphs(lines []line) {
	seen := map[string]bool{}
	section := ""
	for _, ln := range lines {
		switch ln.kind {
		case kindTitle:
			section = ""
			continue
		case kindHeading:
			section = ln.text
			continue
		}
		if _, ok := dateLine(ln.text); ok {
			b.skip("dateline", ln.text)
			continue
		}
		key := dedupKey(ln.text)
		if key == "" {
			b.skip("no words", ln.text)
			continue
		}
		if seen[key] {
			b.skip("repeated paragraph", clip(ln.text, 80))
			continue
		}
		seen[key] = true
		b.paras = append(b.paras, paragraph{text: ln.text, section: section, num: len(b.paras) + 1})
	}
}

// roleLine reports a short line naming a job ("Ukraine correspondent",
// "Political editor"), as stands under a byline.
func roleLine(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || endsSentence(s) {
		return false
	}
	return defaultLexicon().IsTitleNoun(f[len(f)-1])
}
