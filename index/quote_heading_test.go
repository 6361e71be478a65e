package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A quote's section heading says what it is on: of an analyst quoted on a
// dozen other things, "hrytsenko on the free economic zone?" shows the words
// under "What about the free economic zone?" (on a buffer zone's depth),
// which share only "zone" with the question. A quote sharing nothing
// with the subject is not on it for its heading: "what did peskov say
// about the truce" over the embedded articles' "Russia rejects Christmas
// ceasefire" section is his one quote on the truce, not also his "We
// have not seen any texts yet" under the same heading
// (TestRenderSaysNoQuoteIsOnTheSubject).
func TestQuoteOnTheSubjectOfItsHeading(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: What we know about the guarantees\noutlet: Harbour Post\ndate: 2025-12-16\n---\n\n## The guarantees\n\n")
	for i := range 12 {
		fmt.Fprintf(&b, "\"Point number %d is one more question the allies must settle before spring,\" said Oleksandr Hrytsenko, director of the Kyiv Institute for Strategic Dialogue.\n\n", i+1)
	}
	b.WriteString("\"A free economic zone is a slogan until someone draws it on a map,\" Hrytsenko said.\n\n")
	b.WriteString("## What about the Donbas and the free economic zone?\n\n")
	b.WriteString("According to Hrytsenko, ideas discussed for the depth of a buffer zone have ranged \"from five to forty kilometres on each side\", but nothing has been agreed.\n")
	e := engineOfFiles(t, map[string]string{"explainer.md": b.String()})
	a := ask(t, e, "hrytsenko on the free economic zone?")
	if !slices.ContainsFunc(a.Quotes, func(q Quote) bool { return strings.Contains(q.Text, "from five to forty kilometres") }) {
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text)
		}
		t.Errorf("quotes %q, want the one under the heading among them", got)
	}
}
