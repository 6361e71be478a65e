package index

import "testing"

// "what did open ledger post", of the Open Ledger Initiative, whose
// director speaks for it: a body's name shortened by the word for its
// kind is the body, and its one quoted voice answers, not a "person"
// called Open Ledger whom the articles only mention. One word a title
// capitalises ("liaison officer to the Norwegian Monitors") is no body's
// name: "what did the monitors say" is not the colonel's words.
func TestShortenedBodyNameSpeaksThroughItsVoice(t *testing.T) {
	wire := `Title: Watchdog warns over bridge contractor
Outlet: Wire
Date: 2077-09-14

Viktor Hanak, director of the Open Ledger Initiative, pointed to a construction firm. "We are not saying stop. We are saying look before you pay," he said.

Hanak from Open Ledger will brief the donors on Friday.

Colonel Arkady Brusk, liaison officer to the Norwegian Monitors, said: "The track is clear and it came from the west."
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	if a := ask(t, e, "what did open ledger say"); a.Speaker != "Viktor Hanak" || len(a.Quotes) == 0 {
		t.Errorf(`"what did open ledger say": speaker %q with %d quotes, want Viktor Hanak's words`, a.Speaker, len(a.Quotes))
	}
	if a := ask(t, e, "what did the monitors say"); a.Speaker == "Arkady Brusk" {
		t.Errorf(`"what did the monitors say" answered with the liaison officer's words`)
	}
}
