package index

import "testing"

// hearingEngine is built over a committee record with two witnesses from
// one office, both directors, two Hungarian ministers and two more.
func hearingEngine(t *testing.T) *Engine {
	t.Helper()
	record := `---
title: Foreign Affairs Committee, oral evidence
outlet: Parliament Record
date: 2050-03-20
---

Witnesses: Helen Tranter, Director for Eastern Europe and Central Asia, Foreign, Commonwealth and Development Office (FCDO); Dr Samuel Oyelaran, Legal Director, FCDO; Nikolai Varga, Deputy Foreign Minister of Hungary; Eszter Bodnar, Foreign Minister of Hungary.

Helen Tranter: We were asked to help pay for the monitoring, not to sit at the table, and that was the right division of labour.

Dr Samuel Oyelaran: The protocol is binding on the parties once both have ratified it, and not a day before.

Nikolai Varga: Budapest will host the technical teams if both parties ask us to do so.

Eszter Bodnar: Hungary will pay for the hall and the interpreters, and nothing else.

Henrik Solvang, a Norwegian economist and the World Bank's vice-president for Europe, was asked whether the bank would leave. "We are not in the walking-away business," he said.

Sarah Whitcombe KC, counsel for Ukraine, said: "Two point nine billion euros will now go where it should always have gone."
`
	return engineOfFiles(t, map[string]string{"hearing.md": record})
}

// Two people holding every word a question gives of a title are two, and
// the answer names neither; a word making one title second to the other
// ("deputy") still says which the plain title means. A question after a
// dash is asked of the one described before it, however long.
func TestTitleHeldByTwo(t *testing.T) {
	e := hearingEngine(t)
	for _, tt := range []struct{ q, speaker string }{
		{"what did the fcdo director say", ""},
		{"fcdo director - why is the uk paying if it was not even at the table with the others", ""},
		{"what did the legal director say", "Samuel Oyelaran"},
		{"what did the hungarian foreign minister say", "Eszter Bodnar"},
		{"world bank vp - would they walk away if the deadline keeps slipping all summer", "Henrik Solvang"},
		// Letters after a name, asked for as the title they stand for.
		{"ukraine's KC reaction to the interest award", "Sarah Whitcombe"},
		{"hungarian foreign minister - who pays for the hall and the interpreters at the talks then", "Eszter Bodnar"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if a := ask(t, e, tt.q); a.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
		})
	}
}
