package corpus

import (
	"strings"
	"unicode/utf8"
)

// keepGalleryCaptions reads a photo gallery's captions as its text. On
// most pages a caption repeats what the story says ("A substation near
// Kharkiv after a strike. Photo: Example Agency") and is dropped; on a
// gallery the captions are the story — who is pictured, what they said,
// where and when — and the paragraphs around them are an introduction.
// A page is a gallery when its captions, their credits cut off, hold more
// words than its running text and there are at least minGalleryCaptions
// of them. Each caption becomes a paragraph of its own, without its
// credit ("Photo: Marek Duda / Pomorze Press").
func keepGalleryCaptions(lines []line) {
	type caption struct {
		at   int
		text string // without its credit
	}
	var captions []caption
	captionWords, bodyWords := 0, 0
	for i := range lines {
		ln := &lines[i]
		switch {
		case ln.why == whyCaption && ln.kind == kindCaption:
			text := withoutCredit(ln.text)
			if n := wordCount(text); n >= minCaptionWords {
				captions = append(captions, caption{i, text})
				captionWords += n
			}
		case ln.why == "" && isBody(ln):
			bodyWords += wordCount(ln.text)
		}
	}
	if len(captions) < minGalleryCaptions || captionWords <= bodyWords {
		return
	}
	for _, c := range captions {
		ln := &lines[c.at]
		ln.text, ln.why, ln.kind = c.text, "", kindPara
	}
}

const (
	// minGalleryCaptions is how many captions with text a page needs to
	// be read as a gallery: a story with one or two pictures is not one.
	minGalleryCaptions = 4
	// minCaptionWords is how many words a caption needs, its credit cut
	// off, to be text rather than a label ("Gate 5").
	minCaptionWords = 6
)

// withoutCredit is a caption without the picture credit at its end
// ("… in her opening remarks. Photo: Marek Duda / Pomorze Press").
func withoutCredit(s string) string {
	m := reCaption().FindStringIndex(s)
	if m == nil {
		return s
	}
	start := m[0]
	if start > 0 {
		// The expression opens on the mark or space before the word.
		_, size := utf8.DecodeRuneInString(s[start:])
		start += size
	}
	return strings.TrimSpace(s[:start])
}
