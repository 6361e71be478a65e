package corpus

import (
	"strings"
	"testing"
)

// captionedProfile is a magazine profile in Markdown whose photo caption
// is the one place naming the head nurse the text calls only by her
// title, and whose second caption names a minister no text speaks of.
const captionedProfile = `# The doctor on the mountain

*By Helena Marti | Alpen Review, April 2075*

At ten past seven on a Tuesday morning, Dr Lukas Fehr is already on the second floor of the old sanatorium, checking dressings.

![](terrace.jpg)
*Head nurse Brigitte Zumstein on the south terrace, where internees from both armies sit in the sun after lunch. Photo: Jon Casutt*

The head nurse, who followed him up from Chur, says the wounds are not the hardest part. "It is the waiting," she said.

![](visit.jpg)
*Health Minister Ivan Koval, who visited the sanatorium on Monday, walks along the north corridor. Photo: Jon Casutt*

"They come, they look, they leave," he said.
`

// A caption naming someone the text calls only by a title gives the
// people model that title for them ("the head nurse … she said" is
// Brigitte Zumstein's), but no pronoun after it means them: "he said"
// under the minister's photo is never the minister's.
func TestCaptionNamesWhomTheTextTitles(t *testing.T) {
	d, texts := loadOne(t, "profile.md", captionedProfile)
	if !strings.Contains(strings.Join(texts, "\n"), "Head nurse Brigitte Zumstein on the south terrace") {
		t.Errorf("the caption naming the head nurse is no passage:\n%s", strings.Join(texts, "\n"))
	}
	found := false
	for _, q := range d.Quotes {
		switch q.Text {
		case "It is the waiting,":
			found = true
			if q.Speaker != "Brigitte Zumstein" {
				t.Errorf("%q given to %q, want Brigitte Zumstein", q.Text, q.Speaker)
			}
		case "They come, they look, they leave,":
			if q.Speaker == "Ivan Koval" {
				t.Errorf("%q given to the minister only a caption names", q.Text)
			}
		}
	}
	if !found {
		t.Errorf("the head nurse's quote is missing: %+v", d.Quotes)
	}
}
