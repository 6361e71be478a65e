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
