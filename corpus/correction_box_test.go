package corpus

import (
	"strings"
	"testing"
)

// An outlet's correction set in a box of its own beside the letters
// (<aside> headed "Editor's note") is read as the article's correction,
// under the heading corrections stand in: it says what is true ("why did
// the herald print a correction"). A box of the most-read stories beside
// it stays outside.
func TestCorrectionInABoxOfItsOwn(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Letters</title></head><body><main><article>
<h1>Letters to the Editor</h1>
<h2>Post at last</h2>
<p>Sir, my sister in Marensk has not had a letter from me in three years, and my letter missed the first exchange by one day.</p>
<aside class="editors-note"><h3>Editor's note</h3>
<p>In our report on 14 January, we said that 4,612 letters had crossed eastbound. The correct figure, given by the ministry, is 4,126. We apologise for the error.</p>
</aside>
</article>
<aside class="most-read"><h3>Most read</h3><p>Ferry strike ends after nine days</p></aside>
</main></body></html>`
	d, texts := loadOne(t, "letters.html", page)
	found := false
	for i, p := range d.Passages {
		if strings.Contains(p.Text, "The correct figure") {
			found = true
			if p.Section != correctionHeading {
				t.Errorf("the correction under %q, want %q", p.Section, correctionHeading)
			}
		}
		if strings.Contains(texts[i], "Ferry strike") {
			t.Errorf("a most-read box read as text: %q", texts[i])
		}
	}
	if !found {
		t.Errorf("no passage holds the correction: %q", texts)
	}
}
