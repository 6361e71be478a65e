package people

import "testing"

// "The former" and "the latter" are the first and the second of the two
// people the sentence before names; a title after "former" is a role of
// someone else ("the former minister").
func TestFormerAndLatter(t *testing.T) {
	got, _ := analyse(paras(
		`Oksana Melnyk and Viktor Sirenko both spoke to reporters after the signing. The former called it "a step on a long road, nothing more", while the latter said it proved "that the two banks can still share one river".`,
		`The former minister said the deal was "a present to the other side and nothing else".`,
	))
	want := map[string]string{
		"a step on a long road, nothing more":          "Oksana Melnyk",
		"that the two banks can still share one river": "Viktor Sirenko",
		"a present to the other side and nothing else": "",
	}
	for _, q := range got {
		if w, ok := want[q.Text]; ok {
			if q.Speaker != w {
				t.Errorf("%q by %q, want %q", q.Text, q.Speaker, w)
			}
			delete(want, q.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("quotations missing: %v", want)
	}
}
