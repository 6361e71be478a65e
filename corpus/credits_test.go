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
