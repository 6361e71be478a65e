package people

import "testing"

// A surname two people of the article share names neither alone; the
// pronoun that follows it says which ("Koval admitted it. "…," he said":
// the former corporal, not his namesake, a widow), and never makes the
// words someone else's named before (the lawyer).
func TestNamesakeByTheNextPronoun(t *testing.T) {
	ps := paras(
		`The witness is Damir Koval, 29, a former corporal. Vesna Koval, whose brother is among the dead, sat in the second row.`,
		`"He is not my family," Vesna Koval said. "But today he gave my family something."`,
		`Cross-examination has begun. Defence lawyer Nikola Brandt put it to Koval that he had been on leave that week. Koval admitted it. "I lied then because I was afraid," he said.`,
	)
	_, d := analyse(ps)
	for _, q := range d.Quotes {
		switch q.Text {
		case "I lied then because I was afraid,":
			if q.Speaker != "Damir Koval" {
				t.Errorf("%q: speaker %q, want Damir Koval", q.Text, q.Speaker)
			}
		}
	}
}
