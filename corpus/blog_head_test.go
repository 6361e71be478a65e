package corpus

import (
	"strings"
	"testing"
)

// A blog's head in Markdown: the headline, then its tagline and byline
// in italics on two lines Markdown would run together ("*Posted 23
// April 2057 by Agnieszka Wróbel*"). The headline stays the title, the
// byline gives author and date, and neither line is a passage.
func TestBlogHeadInItalics(t *testing.T) {
	md := "# Same gauge, different worlds: what the pilot tells us about border railways\n\n" +
		"*Borderlines & Branch Lines — a blog on transport across contested frontiers*\n" +
		"*Posted 23 April 2057 by Agnieszka Wróbel*\n\n" +
		"When train 781 pulled out of Kharkiv on 14 April with 297 passengers, most commentary focused on the politics of who signed.\n\n" +
		"## 1. The gauge paradox\n\n" +
		"Both sides use the same 1,520 mm gauge at the border, yet freight cannot simply roll across.\n"
	d, err := ParseFile("blog.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Title, "Same gauge, different worlds") {
		t.Errorf("title %q, want the headline", d.Title)
	}
	if d.Author != "Agnieszka Wróbel" || d.Date != "2057-04-23" {
		t.Errorf("author %q, date %q; want Agnieszka Wróbel, 2057-04-23", d.Author, d.Date)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "Posted 23 April") {
			t.Errorf("the byline is a passage: %q", p.Text)
		}
	}
}

// Lines of one paragraph that are not each in italics (a reader's
// question in bold over its signature) stay one passage.
func TestBoldLinesStayOneParagraph(t *testing.T) {
	md := "# Ask the expert\n\n" +
		"**Q: Does the truce mean people will have electricity all winter?**\n*- Olena, Lviv*\n\n" +
		"A: Not automatically, I'm afraid. The truce stops the damage from getting worse.\n"
	d, err := ParseFile("ask.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if strings.TrimSpace(p.Text) == "- Olena, Lviv" || strings.TrimSpace(p.Text) == "Olena, Lviv" {
			t.Errorf("the signature is a passage of its own: %+v", d.Passages)
		}
	}
}
