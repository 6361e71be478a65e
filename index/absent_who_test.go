package index

import "testing"

// "what did the cops say", of articles that only ever say "police": the
// police, as the words of a question are read (questions.yaml
// absent_shorthand), and so their spokesman's words.
func TestAbsentShorthandInWhoIsAsked(t *testing.T) {
	live := `Title: Protest outside parliament
Outlet: Live
Date: 2076-11-02

11:55 Varosh police now put the crowd at about 6,000. Police spokesman Inspector Dario Mlinar said the atmosphere was "loud but overwhelmingly peaceful" and that trams had been diverted.

12:30 The mediator, Ana Brel, said: "The map is not finished."
`
	e := engineOfFiles(t, map[string]string{"live.txt": live})
	if a := ask(t, e, "what did the cops say about the mood of the crowd"); a.Speaker != "Dario Mlinar" {
		t.Errorf("speaker %q, want Dario Mlinar", a.Speaker)
	}
}
