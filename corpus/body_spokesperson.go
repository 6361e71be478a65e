package corpus

import (
	"regexp"
	"strings"
)

// A body's own page (a company's circular, a ministry's release) quotes
// its spokesperson without naming the body again: "a spokesperson for the
// company said", then "the spokesperson added". Whose spokesperson that
// is, the page says by whose it is: the body its title or byline names.

// reBodySpokesperson is an unnamed source's role that says whose
// spokesperson they are by a word for the body alone ("a spokesperson
// for the company", "the company's spokeswoman"); group 1 or 3 is the
// title, 2 or 4 the word.
var reBodySpokesperson = regexp.MustCompile(`(?i)^(?:an? |the )?(spokes(?:person|man|woman)|representative) (?:for|of) the (\p{L}+)$|^the (\p{L}+)['’]s (spokes(?:person|man|woman)|representative)$`)

// reBareSpokesperson is the same source given again by the title alone
// ("the spokesperson added").
var reBareSpokesperson = regexp.MustCompile(`(?i)^(?:an? |the )?(spokes(?:person|man|woman)|representative)$`)

// maxSpokespersonGap bounds how many paragraphs after a body's
// spokesperson was named so "the spokesperson" alone is them.
const maxSpokespersonGap = 2

// bodySpokespeople gives the unnamed quotes of a body's own page whose
// role names the body by a word for it ("the company", an organisation's
// head word) the body's name instead ("a spokesperson for Norland Mutual
// Agricultural Insurance"), and those of "the spokesperson" right after
// them the same; a page no body's name heads is left as it is.
func bodySpokespeople(doc *Document) {
	body := pageBody(doc)
	if body == "" {
		return
	}
	lx := defaultLexicon()
	last, lastAt := "", -1
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker != "" || q.Role == "" {
			continue
		}
		m := reBodySpokesperson.FindStringSubmatch(strings.TrimSpace(q.Role))
		switch {
		case m != nil:
			title, word := m[1], m[2]
			if title == "" {
				title, word = m[4], m[3]
			}
			if !lx.IsOrganisationWord(word) && !lx.IsGenericBody(strings.ToLower(word)) {
				continue
			}
			q.Role = strings.ToLower(title) + " for " + body
			last, lastAt = q.Role, q.Paragraph
		case last != "" && q.Paragraph-lastAt <= maxSpokespersonGap && reBareSpokesperson.MatchString(strings.TrimSpace(q.Role)):
			q.Role, lastAt = last, q.Paragraph
		}
	}
}

// pageBody is the body whose own page doc is: its title or its author
// when that is a body's name alone (capitalised words, one of them an
// organisation's head word: "Norland Mutual Agricultural Insurance"); ""
// otherwise.
func pageBody(doc *Document) string {
	lx := defaultLexicon()
	for _, s := range []string{doc.Title, doc.Author} {
		ws := strings.Fields(s)
		if len(ws) < 2 || len(ws) > 8 {
			continue
		}
		org, names := false, true
		for _, w := range ws {
			switch {
			case lx.IsOrganisationWord(w):
				org = true
			case !capitalised(w):
				names = false
			}
		}
		if org && names && capitalised(ws[0]) {
			return s
		}
	}
	return ""
}
