package corpus

import (
	"strings"
	"testing"
)

// A newsletter closing on a quote of the day credits it on the line
// under it after a dash: that line is whose words they are, not a line
// after the article.
func TestClosingQuoteCreditedUnderIt(t *testing.T) {
	text := `Strip Schools Brief

Nineteen of the 23 schools in the demilitarised strip opened on Monday morning for the first time in four years, with 164 pupils at the lyceum alone.

QUOTE OF THE DAY

"One of my pupils asked me if the new books smell like the old ones. I told her no, they smell like Slovenia."

— Lyudmila Orlova, director of School No. 4, Kamyshevka
`
	d, _ := loadOne(t, "brief.txt", text)
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "One of my pupils") {
			if q.Speaker != "Lyudmila Orlova" {
				t.Errorf("the quote of the day credited to %q, want Lyudmila Orlova", q.Speaker)
			}
			return
		}
	}
	t.Errorf("the quote of the day is not quoted: %+v", d.Quotes)
}

// A saved social post's comments are headed by their writers ("Claire
// Dufresne · Head of Eastern Europe Desk, RSF"): each comment is its
// writer's words, whatever title opens the name ("Sister Ulyana
// Hrabovska"); the line of reactions under it is no one's.
func TestCommentsUnderTheirWritersHeadings(t *testing.T) {
	text := `Elżbieta Nowicka

Yesterday at 6:15 in the morning, at a muddy crossing near Hremiach, sixteen people walked across a line and back into their own lives.

Eleven of them were Ukrainian reporters, camera operators and bloggers. Five were Russian media workers. Our team was there from 4 am.

Comments

Claire Dufresne · Head of Eastern Europe Desk, Reporters Without Borders (RSF)
Thank you, Ela. RSF welcomes the releases, with reservations. We will publish our own count of the 21 every Monday.
Like · Reply · 231

Sister Ulyana Hrabovska · Director, St Olha Family Shelter, Lviv
Nine of the families we host were waiting at that crossing. Pray for the 21, and for their mothers.
Like · Reply · 143
`
	d, _ := loadOne(t, "post.txt", text)
	checkQuotesBy(t, d.Quotes, map[string]string{"Thank you, Ela": "Claire Dufresne", "Nine of the families": "Ulyana Hrabovska"})
}

// An analyst named in the text under their own piece ("Hugo Sandal
// reported from Durn") is still credited with it by the byline as
// printed, role and all; a wire's sign-off in brackets credits its
// reporter and editor, and says more than a bare "By" line.
func TestBylineCreditsAWriterTheTextNamesToo(t *testing.T) {
	analysis := `The bridge held. The lists nearly didn't.

*Analysis · By Hugo Sandal, diplomatic editor · The Aurelle Review · Saturday 18 September 2077*

The exchange on the bridge went ahead on Tuesday after a seven-hour standoff over fourteen names on the agreed list.

Diplomats on both sides said the lists would be checked a week earlier next time.

*Hugo Sandal reported from Durn and Aurelle.*
`
	d, _ := loadOne(t, "analysis.md", analysis)
	credit := func(d *Document, name string) string {
		for _, p := range d.People {
			if p.Name == name && len(p.Credits) > 0 {
				return p.Credits[0].Line
			}
		}
		return ""
	}
	if got := credit(d, "Hugo Sandal"); !strings.Contains(got, "By Hugo Sandal, diplomatic editor") {
		t.Errorf("Hugo Sandal credited by %q, want the byline as printed", got)
	}
	wire := `Shelling halts repair of backup line during local truce

By Teodor Lisk

HALVY, March 12 (Meridian) - Shelling near the village of Stary Brod on Thursday forced engineers to stop work on the severed backup power line, the grid operator said.

The repair crew of 34 withdrew to the substation and returned after dark.

(Reporting by Teodor Lisk in Halvy; additional reporting by Ana Perovic in Vienna; Editing by Marcus Dell)
`
	d, _ = loadOne(t, "wire.txt", wire)
	if got := credit(d, "Teodor Lisk"); !strings.Contains(got, "Reporting by Teodor Lisk in Halvy") {
		t.Errorf("Teodor Lisk credited by %q, want the sign-off naming where he reported from", got)
	}
	if got := credit(d, "Marcus Dell"); got == "" {
		t.Errorf("the editor in the bracketed sign-off is not credited: %+v", d.People)
	}
}

// A picture's caption, left out of the text, still credits whoever took
// it ("Photograph: Tamas Reller for The Continental Post", "Photo: Ivan
// Lysenko / Eastern Ledger"): a photographer, credited by the caption as
// printed; an agency or a body in the credit is no one.
func TestCaptionCreditsThePhotographer(t *testing.T) {
	page := `<!doctype html><html><head><title>School waits for the monitors</title></head><body>
<article><h1>School waits for the monitors</h1>
<figure><img src="a.jpg" alt=""><figcaption>The damaged east wall of Mill Street Primary School in Varga on Friday morning. Photograph: Tamas Reller for The Continental Post</figcaption></figure>
<p>The school in Varga was hit on Thursday night. Nobody was inside, the mayor said.</p>
<figure><img src="b.jpg" alt=""><figcaption>A crane stands idle on the crest of the dam after the shelling. Photo: Ivan Lysenko / Eastern Ledger</figcaption></figure>
<figure><img src="c.jpg" alt=""><figcaption>Monitors at the town hall on Friday. Photo: MFA Corvanne / Handout</figcaption></figure>
<p>Monitors visited the site on Friday.</p>
</article></body></html>`
	d, _ := loadOne(t, "school.html", page)
	got := map[string]string{}
	for _, p := range d.People {
		if len(p.Credits) > 0 {
			got[p.Name] = p.Role + " | " + p.Credits[0].Line
		}
	}
	for name, line := range map[string]string{"Tamas Reller": "Photograph: Tamas Reller", "Ivan Lysenko": "Photo: Ivan Lysenko"} {
		if !strings.HasPrefix(got[name], "photographer") || !strings.Contains(got[name], line) {
			t.Errorf("%s: %q, want a photographer credited by the caption", name, got[name])
		}
	}
	if g, ok := got["MFA Corvanne"]; ok {
		t.Errorf("a body credited as a photographer: %q", g)
	}
}
