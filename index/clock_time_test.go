package index

import (
	"slices"
	"strings"
	"testing"
)

// A time of day as members type it ("4pm", "6 am", "9:30a.m.") reads
// as its hour: "pm" after a number is no prime minister, and "4pm" no
// word the articles lack, so a question about the opening hours finds
// the passage giving them ("8 a.m. to 2 p.m."), not "not covered".
// Chat shorthand for a company and the environment reads as the words.
func TestTimesOfDayAndShorthand(t *testing.T) {
	for q, want := range map[string]string{
		"is it open till 4pm":                        "is it open until 4",
		"why cant i turn up before 6 am":             "why cannot i turn up before 6",
		"what happens at 9:30a.m.":                   "what happens at 9:30",
		"how much oil leaked acc to the pipeline co": "how much oil leaked according to the pipeline company",
		"what did the deputy enviro minister say":    "what did the deputy environment minister say",
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
	e := engineOfFiles(t, map[string]string{"faq.md": `---
title: Pensions at Greywater Bridge
date: 2078-10-21
---

The marquee is open from 8 a.m. to 2 p.m., Monday to Friday. Please do not arrive at the bridge before 6 a.m.; the monitors do not open the barrier before then.

Prime Minister Jarle Stenmo said the pension office would not be moved by a single metre.
`})
	a := ask(t, e, "is it open till 4pm")
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "8 a.m. to 2 p.m.") }) {
		t.Errorf("is it open till 4pm: passages %v, want the opening hours", firstText(a))
	}
	if a.Speaker != "" {
		t.Errorf("is it open till 4pm: answered as about %s", a.Speaker)
	}
}
