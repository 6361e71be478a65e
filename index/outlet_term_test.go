package index

import (
	"strings"
	"testing"
)

// A question naming an article by its outlet, whose name only the page's
// masthead prints ("what got corrected in the continental post article"),
// is answered from what the articles say: the outlet's words are where
// the answer is printed, not a subject the articles lack. A word no
// outlet has and no article uses still rules a question out.
func TestOutletNamedInAQuestion(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Varga school waits | The Continental Post</title>
<meta property="og:site_name" content="The Continental Post"></head><body><main><article>
<h1>Varga's bombed school waits for the monitors</h1>
<p>The school's caretaker was the only person in the building when the shell struck at about 1.40am on Friday.</p>
<p>Correction: An earlier version of this article said the mission recorded 75 violations on the day of the attack. The correct figure is 57.</p>
</article></main></body></html>`
	e := engineOfFiles(t, map[string]string{"story.html": page})
	a := ask(t, e, "what got corrected in the continental post article")
	if !a.Answered() || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "earlier version") {
		t.Errorf("answered %v, passages %v: want the correction first", a.Answered(), a.Passages)
	}
	if a := ask(t, e, "what got corrected in the eurovision article"); a.Answered() && !a.Closest {
		t.Errorf("a word no article or outlet has: answered as exact, %v", a.Passages)
	}
}

// So too a word of an article's title the passages never use, nor any
// relative of it: "the ama" of a thread titled "AMA: I captained the
// Morning Lark" names the article, not a subject the articles lack.
func TestTitleWordNamesTheArticle(t *testing.T) {
	text := "AMA: I captained the Morning Lark through the mined strait\n\nPosted Friday 17 September 2077, 18:02\n\nHello everyone. I was master of the Morning Lark when she struck a mine off Keltse on 28 July. Four of my 23 crew were injured.\n\nThe owners have promised the ship will sail again by spring.\n"
	e := engineOfFiles(t, map[string]string{"thread.txt": text})
	if a := ask(t, e, "how many crew got hurt according to the ama"); !a.Answered() {
		t.Errorf("not covered: %v", a)
	}
}
