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

// A capitalised word after a speech verb that qualifies a word for
// people ("said Kestrian workers had …", a country's adjective the
// lexicon does not know), or that follows an article and an adjective
// ("The honourable Gentleman asks"), names no one.
func TestAdjectiveAndNounAreNoNames(t *testing.T) {
	_, d := analyse(paras(
		`The representative of Kestria, Energy Minister Halina Sorokova, said Kestrian workers had kept the plant running "with no rest and no choice".`,
		`Ambassador Ilya Trubin said Drovan engineers could repair the pipeline "tomorrow morning".`,
		`Halina Sorokova: The honourable Gentleman asks what happens on the third day.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Kestrian" || p.Name == "Drovan" || p.Name == "Gentleman" {
			t.Errorf("%q read as a person", p.Name)
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

// A show's credits over its script ("Presenter: Marta Yurchenko (MY) |
// Reporter: Denys Horobets (DH)") name the presenter and give her the
// part, and "MY:" is her label, though "my" is a word; the host's turn
// naming a guest ("HOST: Jared Kushner joined the team") gives him no
// part.
func TestShowCreditsAndInitialsLabels(t *testing.T) {
	qs, d := analyse(paras(
		"## Presenter: Marta Yurchenko (MY) | Reporter: Denys Horobets (DH)",
		"MY: Half past six, and this is Farm Hour. Denys Horobets has been in the fields.",
		"DH: Good morning, Marta. The first furrows in five years are here.",
		"MY: And across the line?",
		"DH: Less, so far.",
		"HOST: Jared Kushner joined the US team on Friday. What does that tell us?",
	))
	roles := checkRoles(t, d, map[string]string{"Marta Yurchenko": "presenter"})
	if r := roles["Jared Kushner"]; r != "" {
		t.Errorf("Jared Kushner given %q", r)
	}
	mine := 0
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Half past six") || strings.HasPrefix(q.Text, "And across the line") {
			if q.Speaker != "Marta Yurchenko" {
				t.Errorf("%q given to %q", q.Text, q.Speaker)
			}
			mine++
		}
	}
	if mine != 2 {
		t.Errorf("%d of her two turns quoted; quotes %+v", mine, qs)
	}
}
