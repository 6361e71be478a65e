package corpus

import (
	"strings"
	"testing"
)

// On a photo gallery the captions are the story: who is pictured, what
// they said, where and when. They are passages, without their picture
// credits, and a quotation in one is its speaker's; on a story page with
// a picture or two, a caption is still dropped.
func TestGalleryCaptionsAreText(t *testing.T) {
	figure := func(caption, credit string) string {
		return `<figure><img src="/p.jpg" alt="A picture"><figcaption>` + caption + ` <span class="credit">Photo: ` + credit + `</span></figcaption></figure>`
	}
	gallery := `<!doctype html><html lang="en"><head><title>In pictures: the dam talks</title></head><body><main>
<h1>In pictures: the dam talks</h1>
<p class="intro">For six weeks negotiators argued over sluice gates and silt. These are the people behind the deal.</p>
` + figure(`Deputy Minister Jana Kowalczyk opens the first round at the harbour conference centre in Gdansk on 10 March.`, `Marek Duda / Pomorze Press`) + `
` + figure(`Inspectors walk the crest of the Sukhodil dam on 16 April, two days before gate 5 was freed.`, `handout / ICTB`) + `
` + figure(`Major Dmytro Savchuk, the army's liaison officer for the inspectors, briefs the team at 7:30 a.m. "My job is to make sure the only thing that explodes here is the argument," he said.`, `Serhii Karpenko / Hansa Press`) + `
` + figure(`Residents of Verkhnia Krynytsia queue at a water truck on 3 April, carrying canisters up a five-storey block.`, `Olena Bereza / Hansa Press`) + `
` + figure(`The two chief negotiators sign the communique in Trieste at 11:15 a.m. on 21 May.`, `Marek Duda / Pomorze Press`) + `
</main></body></html>`
	d, err := ParseFile("gallery.html", []byte(gallery), nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range d.Passages {
		texts = append(texts, p.Text)
		if strings.Contains(p.Text, "Photo:") || strings.Contains(p.Text, "Pomorze Press") {
			t.Errorf("a passage keeps its picture credit: %q", p.Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Gdansk on 10 March.", "gate 5 was freed", "11:15 a.m. on 21 May."} {
		if !strings.Contains(all, want) {
			t.Errorf("no passage holds the caption's %q; passages:\n%s", want, all)
		}
	}
	checkPageQuote(t, "gallery.html", gallery, "My job is to make sure", "Dmytro Savchuk")

	story := `<!doctype html><html lang="en"><head><title>Dam gates freed</title></head><body><main><article>
<h1>Dam gates freed</h1>
<p>Inspectors freed the second jammed gate of the Sukhodil dam on Thursday, the chief inspector said, ending a week of work on the crest under a local ceasefire.</p>
` + figure(`Inspectors walk the crest of the Sukhodil dam on 16 April, two days before gate 5 was freed.`, `handout / ICTB`) + `
<p>The gate will be tested again in June, when the spring flood has passed and the reservoir is at its lowest level of the year.</p>
</article></main></body></html>`
	d, err = ParseFile("story.html", []byte(story), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "walk the crest") {
			t.Errorf("a story's picture caption is a passage: %q", p.Text)
		}
	}
}
