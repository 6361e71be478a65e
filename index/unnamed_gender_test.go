package index

import "testing"

// "what was the name of the woman who saw the tripwire": the passages
// name only the man who reported her, so the articles do not give her
// name; asked for the man by a word of his gender, they do.
func TestUnnamedWomanNotTheManWhoReportedHer(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"live.txt": "Remembrance truce: live\n\n" +
			"12:35 - Visitors are being moved away from the north wall after a possible mine was spotted. We are told a woman saw a tripwire and called out.\n\n" +
			"13:10 - Lukas Brenner, who heads the ICRC sub-delegation, said the woman who saw the tripwire did exactly the right thing. \"She stood still and she shouted,\" he said.\n",
	})
	if a := ask(t, e, "what was the name of the woman who saw the tripwire"); a.Unnamed == "" {
		t.Errorf("the woman: answered %+v, want that the articles do not give her name", a.Passages)
	}
	if a := ask(t, e, "whats the name of the guy who said the visitor did the right thing"); a.Unnamed != "" {
		t.Errorf("the guy: answered that the articles do not give his name, though they name Lukas Brenner")
	}
}
