package corpus

import (
	"strings"
	"testing"
)

// A live blog whose entries each carry their writer's name under the
// time ("17.15 CET" / "Dominik Arle" / the entry) keeps the names out of
// the entries' text, listed as the entry's writer: an entry opens with
// what it says, and "Arle Dravenia's military spokesman" is no one.
func TestLiveBlogEntryWriters(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Varga live</title></head><body><main><article>
<h1>Varga school shelling - as it happened</h1>
<div class="entry"><p class="time">18.42 CET</p><p class="byline">Hanna Vesk</p>
<p>The mission has now published its Report No. 12. It recorded 57 ceasefire violations in the 24 hours to 18:00.</p></div>
<div class="entry"><p class="time">17.15 CET</p><p class="byline">Dominik Arle</p>
<p>Dravenia's military spokesman, Colonel Arkady Zhelvin, has spoken at his evening briefing in Moravsk.</p>
<p>Zhelvin said Ostrelian forces had committed 96 "provocations" in the previous day.</p></div>
<div class="entry"><p class="time">16.30 CET</p><p class="byline">Hanna Vesk</p>
<p>Ostrelia's defence ministry said in a statement that Dravenian forces had fired 412 shells over the past day.</p></div>
</article></main></body></html>`
	d, texts := loadOne(t, "live.html", page)
	for _, p := range texts {
		if strings.HasPrefix(p, "Dominik Arle") || strings.HasPrefix(p, "Hanna Vesk") {
			t.Errorf("an entry opens with its writer's name: %q", p)
		}
	}
	if !contains(d.Skipped, whyEntryByline+": Dominik Arle") {
		t.Errorf("skipped %q, want the entry's writer listed", d.Skipped)
	}
	if len(texts) < 3 || !strings.HasPrefix(texts[len(texts)-1], "Ostrelia's defence ministry") {
		t.Errorf("passages %q", texts)
	}
}
