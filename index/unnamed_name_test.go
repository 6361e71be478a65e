package index

import (
	"strings"
	"testing"
)

// A question asking for a name the articles do not give is not covered,
// and says so, however many passages speak of the one asked about; one
// whose name they give is answered with it.
func TestAskedForAName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"lesk.txt": `Drone hits grain store near the bridge

DRAVEL, Oct 16 - A drone struck a grain store in Lesk at about 02:30. A night watchman, aged 70, was injured and is being treated in Dravel.

Colonel Vesna Tarik, who commands the Olmark escort, refused at first to let the wounded go ahead. "Rules are for the first hour," she said.

Tomas, 29, a lineman who was grazed on the forearm, went back to work the next day.
`})
	for _, c := range []struct {
		q       string
		unnamed string // "" for answered
		intro   string
	}{
		{"whats the name of the watchman who got hurt in lesk", "the watchman who got hurt in lesk", "don't give the name of the watchman"},
		{"what was the name of the old watchman", "the old watchman", "don't give the name"},
		{"whats tomas the linemans surname", "Tomas", "call them only Tomas; they give no surname"},
		{"whats the name of the olmark colonel", "", ""},
		{"what's the name of the lineman", "", ""},
	} {
		a := ask(t, e, c.q)
		if a.Unnamed != c.unnamed {
			t.Errorf("%q: unnamed %q, want %q", c.q, a.Unnamed, c.unnamed)
		}
		text := Render(a).Text()
		if c.unnamed != "" {
			if a.Answered() || !strings.Contains(text, c.intro) {
				t.Errorf("%q: answered %v, reply %q; want not covered, saying %q", c.q, a.Answered(), text, c.intro)
			}
			continue
		}
		if !a.Answered() {
			t.Errorf("%q: not covered, want an answer", c.q)
		}
	}
	// Asked without a name asked for, the passages about him answer.
	if a := ask(t, e, "was anyone hurt in lesk"); !a.Answered() || a.Unnamed != "" {
		t.Errorf("was anyone hurt in lesk: answered %v, unnamed %q", a.Answered(), a.Unnamed)
	}
}

// Questions asking for a name are read so only when they ask it of
// someone: a word for a person, a relative or a name.
func TestNameQuestion(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"a.txt": `"Coffee is free for the guards," said Teodor, 52, who runs the cafe on the square. Tomas, 29, a lineman, was grazed.
`})
	for _, c := range []struct {
		q, who string
		name   nameAsk
	}{
		{"whats the name of the watchman who got hurt", "the watchman who got hurt", nameAny},
		{"what was the name of the guard who told daria to go home", "the guard who told daria to go home", nameAny},
		{"whats the co-pilots name", "the co-pilot", nameAny},
		{"whats tomas the linemans surname", "tomas the lineman", nameSurname},
		{"whats teodors last name, the cafe guy", "teodor", nameSurname},
		{"whats the name of the checkpoint they crossed", "", nameNone},
		{"what did dr moroz say about how they check names", "", nameNone},
		{"whats the deal called", "", nameNone},
	} {
		who, name, ok := e.nameQuestion(c.q)
		if ok != (c.name != nameNone) || who != c.who || name != c.name {
			t.Errorf("%q: read as %q, %d, %v; want %q, %d", c.q, who, name, ok, c.who, c.name)
		}
	}
}
