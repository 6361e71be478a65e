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

// A few of someone's words inside the article's sentence about them
// (`called the ceasefire "holding but brittle"`) are shown with that
// paragraph, whose words say what they were about; a quotation standing
// as a statement of its own (opening its paragraph, or after "said:")
// is shown as a quotation.
func TestPartialQuotesAreShownInTheirParagraph(t *testing.T) {
	text := `Title: Monitors report
Outlet: Wire
Date: 2028-07-24

Its first report counted 1,317 violations in ninety days, and the commission's chief, Henrik Solberg, called the ceasefire "holding but brittle".

"We count every shot, and we publish every count within a day," Solberg said.

Solberg said: "The night is when the line moves."
`
	e := engineOfFiles(t, map[string]string{"monitors.txt": text})
	a, err := e.Ask(context.Background(), "what did solberg say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := Render(a)
	var whole, alone int
	for _, q := range r.Quotes {
		switch {
		case q.Paragraph && strings.HasPrefix(q.Text, "Its first report counted 1,317 violations"):
			whole++
		case !q.Paragraph && (strings.HasPrefix(q.Text, "We count every shot") || strings.HasPrefix(q.Text, "The night is when")):
			alone++
		}
	}
	if whole != 1 || alone != 2 || len(r.Quotes) != 3 {
		t.Errorf("reply quotes %q; want the partial one in its paragraph, the two statements as quotations", replyQuoteTexts(r))
	}
}
