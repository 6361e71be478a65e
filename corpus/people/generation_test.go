package people

import (
	"slices"
	"strings"
	"testing"
)

// A father and son of one name are told apart by "Senior" and
// "Junior": each is his own person, and "Mr Vardakis Senior said … he
// told the court" gives the father his words, not the captain the
// paragraph before quoted.
func TestFatherAndSonOfOneName(t *testing.T) {
	qs, d := analyse(paras(
		`I heard evidence from the master, Captain Tomasz Wrobel; from Mr Konstantinos Vardakis Senior, the founder and chairman of the claimant; and from his son, Mr Konstantinos Vardakis Junior, who manages the company with him.`,
		`Captain Wrobel said in evidence: "I had the channel boundary on the chart in red, and we were inside it."`,
		`Mr Vardakis Senior said in evidence that he had sent ships into that sea for fifty years. "I have never asked a master to cut a corner," he told the court.`,
		`"We did everything the circular asked of us," said Mr Vardakis Junior.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	for _, want := range []string{"Konstantinos Vardakis Senior", "Konstantinos Vardakis Junior", "Tomasz Wrobel"} {
		if !slices.Contains(names, want) {
			t.Errorf("people %q; want %q among them", names, want)
		}
	}
	want := map[string]string{
		"I have never asked a master": "Konstantinos Vardakis Senior",
		"We did everything":           "Konstantinos Vardakis Junior",
		"I had the channel boundary":  "Tomasz Wrobel",
	}
	for _, q := range qs {
		for start, who := range want {
			if strings.HasPrefix(q.Text, start) && q.Speaker != who {
				t.Errorf("%q given to %q; want %q", q.Text, q.Speaker, who)
			}
		}
	}
}

// "vardakis jr" is the son and "vardakis sr" the father: the surname
// anchors, the generation, written short, says whose.
func TestGenerationWrittenShort(t *testing.T) {
	m := Default().NewMatcher([]Candidate{
		{Name: "Konstantinos Vardakis Senior"},
		{Name: "Konstantinos Vardakis Junior"},
		{Name: "Tomasz Wrobel"},
	})
	for q, want := range map[string]string{
		"vardakis jr":     "Konstantinos Vardakis Junior",
		"vardakis sr.":    "Konstantinos Vardakis Senior",
		"vardakis senior": "Konstantinos Vardakis Senior",
	} {
		got := m.Match(q, MatchOptions{})
		if len(got) == 0 || []string{"Konstantinos Vardakis Senior", "Konstantinos Vardakis Junior", "Tomasz Wrobel"}[got[0].Index] != want || len(got) > 1 && got[1].Score == got[0].Score {
			t.Errorf("%q matched %+v; want %s alone first", q, got, want)
		}
	}
}
