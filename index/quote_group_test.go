package index

import (
	"context"
	"strings"
	"testing"
)

// A speaker's words split by "she said", in one paragraph, come back
// together and in the paragraph's order, even when another of their
// quotes ranks between them: one block in the reply, with one citation.
func TestQuotesOfOneParagraphStayTogether(t *testing.T) {
	text := `Title: Grid operator warns of a long winter
Outlet: Wire
Date: 2025-12-20

KYIV - Ukraine's grid operator said on Saturday that repairs to substations hit by drones would take until spring.

"Substations, substations: the substations in Kharkiv were hit four times in a week," said Olena Marchuk, the chief executive of Ukrenergo. "We repair them at night and by morning they are hit again, and then we repair the substations again, and the lines, and the towers, and the roads that lead to all of them."

Marchuk said the company had asked European partners for more transformers. "Every substation we fix is a substation we lose without a truce," she said.
`
	e := engineOfFiles(t, map[string]string{"grid.txt": text})
	a, err := e.Ask(context.Background(), "what did marchuk say about the substations", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Olena Marchuk" || len(a.Quotes) < 3 {
		t.Fatalf("speaker %q, %d quotes; want Olena Marchuk's three", a.Speaker, len(a.Quotes))
	}
	// Answer.Quotes (and ask --json) keeps each quotation apart, the two
	// of the second paragraph next to each other in its order.
	first, second := -1, -1
	for i, q := range a.Quotes {
		switch {
		case strings.HasPrefix(q.Text, "Substations, substations"):
			first = i
		case strings.HasPrefix(q.Text, "We repair them at night"):
			second = i
		}
	}
	if first < 0 || second != first+1 {
		t.Errorf("the paragraph's quotes at %d and %d, want side by side in order: %q", first, second, quoteTexts(a))
	}
	r := Render(a)
	var joined, whole int
	for _, q := range r.Quotes {
		if strings.HasPrefix(q.Text, "Substations, substations: the substations in Kharkiv were hit four times in a week … We repair them at night") && !q.Paragraph {
			joined++
		}
		// The third paragraph reports her ("Marchuk said the company had
		// asked …") and quotes her: it is shown whole, her name in bold.
		if q.Paragraph && strings.HasPrefix(q.Text, "Marchuk said the company had asked") && len(q.Marks) == 1 {
			whole++
		}
	}
	if joined != 1 || whole != 1 || len(r.Quotes) != 2 {
		t.Errorf("reply quotes %q; want the second paragraph's two as one block and the third whole", replyQuoteTexts(r))
	}
	for _, p := range r.Passages {
		if strings.HasPrefix(p.Text, "Marchuk said the company") {
			t.Errorf("the paragraph shown whole among the quotes is shown again as a passage")
		}
	}
	if text := r.Text(); !strings.Contains(text, "Olena Marchuk (reported and quoted in one paragraph): **Marchuk** said the company") {
		t.Errorf("text:\n%s", text)
	}
}

func quoteTexts(a *Answer) []string {
	var out []string
	for _, q := range a.Quotes {
		out = append(out, q.Text)
	}
	return out
}

func replyQuoteTexts(r Reply) []string {
	var out []string
	for _, q := range r.Quotes {
		out = append(out, q.Text)
	}
	return out
}
