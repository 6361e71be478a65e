package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A transcript's answer is about the question of the turn before it, even
// when that turn goes on past its question mark: "levchuk on turnout" is
// her answer to "What about the turnout rule? Because …".
func TestTranscriptAnswerIsAboutTheTurnBefore(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"podcast.txt": `Title: The Long Table, episode 212
Outlet: Long Table
Date: 2028-04-28

MAYA: Oksana Levchuk, thank you for coming on.

LEVCHUK: Thank you both. I have followed these polls for fifteen years.

MAYA: What about the turnout rule? Because I keep seeing people online saying the whole thing fails if not enough people show up.

LEVCHUK: That's true. Under the 2021 referendum law, at least half of registered voters have to take part, or the result is invalid.

MAYA: And who wins?

LEVCHUK: I'm a researcher, I don't predict. Fine, I think yes wins.
`})
	checkSpeakers(t, e, []speakerCase{{"levchuk on turnout", "Oksana Levchuk", "That's true. Under the 2021 referendum law"}})
}

// A transcript's answer answers the question of the turn before it: "is
// canada's 45m new money" is answered by the deputy minister's "Yes. It is
// new money, …", which never says how much, as well as by the question
// that does.
func TestTranscriptAnswerPassage(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"committee.txt": `Title: Standing Committee on Foreign Affairs, evidence
Outlet: Committee record
Date: 2028-04-30

Mr. Amrit Sandhu: The Government of Canada says it will provide $45 million over two years. Is the $45 million new money?

Ms. Catherine Lindqvist: Yes. It is new money, drawn from the Peace and Stabilization Operations Program, and it does not come out of existing humanitarian funding.

Mr. Amrit Sandhu: Where would the Canadian monitors be based?

Ms. Catherine Lindqvist: Most would be assigned to the regional hub in Dnipro.

The committee also heard that new money for demining in other countries would come later.
`})
	a, err := e.Ask(context.Background(), "is canada's 45m new money", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Peace and Stabilization Operations Program") }) {
		t.Errorf("passages %+v, want the answer drawn from the Peace and Stabilization Operations Program among them", a.Passages)
	}
}
