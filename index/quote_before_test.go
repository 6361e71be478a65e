package index

import (
	"context"
	"strings"
	"testing"
)

// A quote often answers what the paragraph before it says, in words of
// its own: "Washington has pledged no money … / Whitcomb defended that
// choice: …". Asked "whitcomb on why no money", that quote comes first;
// and a weak match in a neighbouring paragraph never hides the
// speaker's other words when none is on the subject.
func TestQuoteAnswersWhatThePreviousParagraphSays(t *testing.T) {
	wire := `---
title: Minehunters sail
outlet: Harbour Post
date: 2033-04-01
---

Daniel Whitcomb, the US special envoy for Black Sea affairs, posted on X: "Good to see the procedure tested and working on day one."

The United States has pledged no money to the insurance fund and sends no ships, leaving the clearance to Turkey, Romania and Bulgaria.

Daniel Whitcomb defended that choice in Washington last week. "We are not in the room, and we should not pretend to be," the envoy said.

"Our job is to keep the lane open for everyone," Whitcomb said of the convoys.
`
	e := engineOfFiles(t, map[string]string{"wire.md": wire})
	a, err := e.Ask(context.Background(), "us envoy whitcomb on why no money", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Daniel Whitcomb" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "We are not in the room") {
		t.Fatalf("speaker %q, quotes %v; want Whitcomb's \"We are not in the room\" first", a.Speaker, a.Quotes)
	}
	if len(a.Quotes) < 3 {
		t.Errorf("%d quotes; want his other words after it too", len(a.Quotes))
	}
}

// In an interview the answer to the question asked on a subject ("Q: And
// security guarantees?") comes before the speaker's other words that only
// mention it; one word asked about ("Did you sleep after the signing?")
// is no such question.
func TestAnswerToTheQuestionAskedFirst(t *testing.T) {
	text := `Title: Interview: Ingrid Solheim
Outlet: Harbour Post
Date: 2026-02-20

Ingrid Solheim is director of the Eurasia programme at the Bergen Institute.

Q: Was Vienna a breakthrough?

A: It is a breakthrough in process, not yet in substance. The two hardest questions, territory and who guarantees Ukraine's security, were not touched.

Q: And security guarantees?

A: Here I am more pessimistic. Article 5 works because of 75 years of practice, not because of the wording.
`
	e := engineOfFiles(t, map[string]string{"interview.txt": text})
	a := ask(t, e, "dr solheim security guarantees")
	if a.Speaker != "Ingrid Solheim" || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "Here I am more pessimistic") {
		t.Errorf("speaker %q, quotes %+v; want her answer to the question on guarantees first", a.Speaker, a.Quotes)
	}
}
