package people

import "testing"

// A radio script's clip block: a numbered slug naming the speaker in
// capitals ("CLIP 1: TOLVA / HOSPITAL"), the cue lines under it, then the
// clip's words written out after "TEXT:": the words are the one the
// slug names. The presenter's "(READS)" cue is no title of hers.
func TestRadioScriptClipText(t *testing.T) {
	ps := paras(
		"MARA (READS): The farmer who lost a leg, Emmerich Tolva, who is 58, spoke to Ben Hollis from his bed at the district hospital.",
		"CLIP 1: TOLVA / HOSPITAL (rec. Sat 19 Feb)",
		`IN: "They keep telling me..."`,
		`OUT: "...what is under it."`,
		`DUR: 0'17"`,
		`TEXT: "They keep telling me I was lucky. Lucky would have been a map that showed the truth."`,
		"MARA (READS): The Maelis envoy, Count Teodor Annevelle, visited the village yesterday. His words are voiced by his interpreter.",
		"CLIP 2: ANNEVELLE (INTERPRETER VOICE-OVER) / SORREL FORD",
		`IN: "I came to see..."`,
		`DUR: 0'11"`,
		`TEXT: "I came to see this field with my own eyes. A map is a promise, and here the promise was broken."`,
	)
	got, d := analyse(ps)
	want := map[string]string{
		"They keep telling me I was lucky. Lucky would have been a map that showed the truth.":            "Emmerich Tolva",
		"I came to see this field with my own eyes. A map is a promise, and here the promise was broken.": "Teodor Annevelle",
	}
	for _, q := range got {
		if w, ok := want[q.Text]; ok {
			if q.Speaker != w {
				t.Errorf("%q given to %q, want %s", q.Text, q.Speaker, w)
			}
			delete(want, q.Text)
		}
	}
	for text := range want {
		t.Errorf("%q not read as a quotation", text)
	}
	for _, p := range d.People(nil) {
		for _, r := range p.Roles {
			if r == "from Reads" || r == "Reads" {
				t.Errorf("%s given the presenter's cue as a title: %q", p.Name, p.Roles)
			}
		}
	}
}
