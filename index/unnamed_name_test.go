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
		{"what's the linemans wife called", "the linemans wife", nameAny},
		{"whats the real name of the guard called owl", "the guard called owl", nameAny},
	} {
		who, name, ok := e.nameQuestion(c.q)
		if ok != (c.name != nameNone) || who != c.who || name != c.name {
			t.Errorf("%q: read as %q, %d, %v; want %q, %d", c.q, who, name, ok, c.who, c.name)
		}
	}
}

// Asked the name of someone the articles describe but never name, the
// reply says so even when the passage about them names another person
// (the one beside them, or the one who reported it); one the articles do
// call what was asked is still named.
func TestAskedForANameBesideAnother(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"ship.txt": `Mine holes grain ship off Pelk

PELK, June 14 - The bulk carrier Orla Venture hit a drifting mine about 22 nautical miles north of the anchorage. Her third engineer, Joel Mabasa, broke his wrist; an able seaman, 24, had concussion and cuts. Nobody was killed.

Old Bohdan Lysak, the harbour master, said the tug reached the ship within the hour. An elderly man who lived by the quay died of a heart attack that night, neighbours said.

At the field hospital, a nurse who did not give her name said the crew were "tired, not broken". The hospital's director, Dr Ines Carvalho, said the seaman would be discharged on Tuesday.

In the cabin of Mabasa's friend Teodor Brasko slept a boy of seven, the son of a deckhand, whom the crew had taken aboard at Durn.

Sabina Orlik, chair of the Deminers' Union, said the crew had been lucky. A deminer who spoke to the Herald on condition of anonymity said the mine had drifted for weeks.
`})
	for _, c := range []struct {
		q       string
		unnamed string // "" for answered with the person named
		named   string
	}{
		{"whats the name of the able seaman who got hurt", "the able seaman who got hurt", ""},
		{"whats the name of the old man who died", "the old man who died", ""},
		{"what's the nurse's name at the field hospital", "the nurse at the field hospital", ""},
		{"whats the name of the boy in brasko's cabin", "the boy in brasko's cabin", ""},
		{"whats the name of the nurse who looked after the crew at the field hospital", "the nurse who looked after the crew at the field hospital", ""},
		{"whats the name of the deminer who talked to the herald", "the deminer who talked to the herald", ""},
		{"what's the seaman's wife called", "the seaman's wife", ""},
		{"whats the name of the third engineer", "", "Joel Mabasa"},
		{"whats the name of the hospital director", "", "Ines Carvalho"},
	} {
		a := ask(t, e, c.q)
		if a.Unnamed != c.unnamed {
			t.Errorf("%q: unnamed %q, want %q (speaker %q)", c.q, a.Unnamed, c.unnamed, a.Speaker)
		}
		text := Render(a).Text()
		if c.unnamed != "" {
			if a.Answered() || !strings.Contains(text, "don't give the name") {
				t.Errorf("%q: answered %v, reply %q; want not covered", c.q, a.Answered(), text)
			}
			continue
		}
		if !a.Answered() || !strings.Contains(text, c.named) {
			t.Errorf("%q: answered %v, reply %q; want %s named", c.q, a.Answered(), text, c.named)
		}
	}
}
