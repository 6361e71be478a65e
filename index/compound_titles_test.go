package index

import "testing"

// compoundTitleEngine is built over a port story whose harbourmaster is
// titled in one word, a ship's master quoted beside her, and a school
// story whose head teacher is titled in two.
func compoundTitleEngine(t *testing.T) *Engine {
	t.Helper()
	port := `---
title: Inspections resume at Keltse
outlet: Keltse Tidings
date: 2078-07-21
---

Harbourmaster Liesl Aumont said her team of 36 inspectors had worked in three shifts. "If a ship does not like us opening its hatches, it can go home," Aumont said.

The master of the Sea Thistle, Captain Ines Halvard, was less patient. "Five hours at anchor is five hours of wages," Halvard said.
`
	school := `---
title: School reopens after the scare
outlet: Lidvar Post
date: 2070-06-03
---

Hana Drevis, head teacher of School No. 4, said the laboratory had found norovirus. "I have never been so glad to hear a word," Drevis said.
`
	return engineOfFiles(t, map[string]string{"port.md": port, "school.md": school})
}

// A member writes a compound title apart that the articles write as one
// word ("harbour master": Harbourmaster), or as one word that they write
// apart ("headteacher": head teacher): the question finds the one the
// articles title so, never the ship's master beside her.
func TestCompoundTitleAsWritten(t *testing.T) {
	e := compoundTitleEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"what did the harbour master say about the checks", "Liesl Aumont"},
		{"harbour master on the hatches", "Liesl Aumont"},
		{"what did the headteacher say", "Hana Drevis"},
		{"what did captain halvard say", "Ines Halvard"},
	} {
		a := ask(t, e, tt.q)
		if a.Speaker != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.want)
		}
		for _, qt := range a.Quotes {
			if qt.Speaker != tt.want {
				t.Errorf("%q: quote %q shown, it is %s's", tt.q, qt.Text, qt.Speaker)
			}
		}
	}
}

// "Harbourmaster" before a name is her title, not a part of her name.
func TestCompoundTitleBeforeName(t *testing.T) {
	e := compoundTitleEngine(t)
	a := ask(t, e, "liesl aumont")
	if a.Speaker != "Liesl Aumont" {
		t.Fatalf("speaker %q, want Liesl Aumont", a.Speaker)
	}
	if a.SpeakerRole != "Harbourmaster" {
		t.Errorf("role %q, want Harbourmaster", a.SpeakerRole)
	}
}
