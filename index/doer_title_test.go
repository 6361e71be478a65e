package index

import "testing"

// A "who did it" question whose passage says it by no sentence a doer
// stands in, but names the one person the articles title the deed's
// doer ("Host:" over "I'm Dana Kell"), names them; where two so titled
// are named there, no one.
func TestWhoDidItNamesTheOneTitledSo(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"podcast.txt": `THE SHORE REPORT - Episode 9
Podcast
2084-10-16

Host: Hello and welcome to The Shore Report. I'm Dana Kell. With me is Ivo Marsh, who covers the port for the Harbour Courier.

Ivo: Thanks, Dana. The ferries are running again.
`,
		"panel.txt": `Two voices on the night shift
Radio listings
2084-10-17

Radio host Mara Lind and radio host Petr Olsen take turns at the microphone on Night Shift. "We argue on air," Lind said. "We do," Olsen said.
`,
	})
	for q, want := range map[string]string{
		"who hosts the shore report": "Dana Kell",
		"who hosts night shift":      "",
	} {
		a := ask(t, e, q)
		if a.Speaker != want {
			t.Errorf("%q: named %q, want %q", q, a.Speaker, want)
		}
	}
}

// Whoever coordinates a body runs it (questions.yaml agent_nouns): "who
// runs the inspection centre" names the one person titled its
// coordinator.
func TestWhoRunsItsCoordinator(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"briefing.txt": `Press briefing at the inspection centre
Bureau
2078-03-18

Monday 14 March - The Joint Inspection Centre opens at Port Halvane under coordinator Ines Marwood of the Maritime Bureau. Minister Pavel Odrenko says 41 ships are stuck.

Friday 18 March - Ines Marwood, coordinator of the Joint Inspection Centre, tells a briefing that seven ships have been inspected.
`,
	})
	if a := ask(t, e, "who runs the inspection centre"); a.Speaker != "Ines Marwood" {
		t.Errorf("named %q, want Ines Marwood", a.Speaker)
	}
}
