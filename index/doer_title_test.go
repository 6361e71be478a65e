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
