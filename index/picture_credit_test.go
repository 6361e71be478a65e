package index

import (
	"strings"
	"testing"
)

// "who took the pic of the school wall": the one the picture's caption
// credits ("Photograph: Tamas Reller for The Continental Post"), found by
// what the caption shows, though the caption is no passage of the story;
// another caption's photographer is not the answer, nor an agency.
func TestWhoTookThePicture(t *testing.T) {
	page := `<!doctype html><html><head><title>Varga's bombed school waits for the monitors</title></head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Varga's bombed school waits for the monitors</h1>
<p class="byline">By Leontine Marsh</p>
<figure><img src="wall.jpg" alt=""><figcaption>The damaged east wall of Mill Street Primary School in Varga on Friday morning. Photograph: Tamas Reller for The Continental Post</figcaption></figure>
<p>The school in Varga was hit on Thursday night. Nobody was inside, the mayor said.</p>
<figure><img src="crater.jpg" alt=""><figcaption>Monitors measure the crater in the road outside the town hall. Photograph: Ivan Dorsk for The Continental Post</figcaption></figure>
<p>Monitors from the ceasefire mission visited the site on Friday and measured the crater.</p>
</article>
<footer>Copyright The Continental Post</footer>
</body></html>`
	e := engineOfFiles(t, map[string]string{"school.html": page})
	a := ask(t, e, "who took the pic of the school wall")
	if a.Speaker != "Tamas Reller" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Photograph: Tamas Reller") {
		t.Errorf("answered for %q with %v, want Tamas Reller and the caption crediting him", a.Speaker, firstText(a))
	}
	if a := ask(t, e, "who took the photo of the crater"); a.Speaker != "Ivan Dorsk" {
		t.Errorf("the crater: answered for %q, want Ivan Dorsk", a.Speaker)
	}
}
