package corpus

import "testing"

// A documentary's transmission script cues each sound bite with its
// timecode and "SYNC:", the caption ("SUPER:") often on the line under
// it: every bite is its speaker's, and a statement a press secretary
// reads out for her minister ("reading statement of …") is the
// minister's, not hers; what she answers afterwards is hers.
func TestTransmissionScriptSoundBites(t *testing.T) {
	d := parseTxt(t, `RIVER LINES - Episode 4: "The Sluices of Vell"
TRANSMISSION SCRIPT - as broadcast Monday 13 June 2078, 21:00

00:00:40  VOICEOVER: The dam stands in territory held by Dravenia. The man who runs it has worked here for twenty-two years.

00:00:52  SYNC: Ludvik Kervan
SUPER: Ludvik Kervan / Chief Engineer, Vell Reservoir Dam
"We opened three of the five gates at six o'clock exactly. I have never had so many people watching me do it."

00:01:29  SYNC: Ludvik Kervan
"A dam is a machine for keeping water until someone needs it. It is not a machine for punishing people."

00:04:20  VOICEOVER: In the capital, the agriculture minister, Aurel Mandosk, did not appear in person. His press secretary, Ilona Fersch, read his statement.

00:04:31  SYNC: Ilona Fersch (reading statement of Minister Aurel Mandosk)
SUPER: Ilona Fersch / Press Secretary to the Minister of Agriculture
"Today the farmers of the Harrow valley can stop counting the days. This water belongs to them."

00:05:02  VOICEOVER: Asked whether the minister would visit Lisk, Fersch put the paper down and answered for herself.

00:05:08  SYNC: Ilona Fersch
"He will go when the water goes, and not before. I am not going to give you a date today."
`)
	want := map[string]string{
		"We opened three of the five gates":      "Ludvik Kervan",
		"A dam is a machine for keeping water":   "Ludvik Kervan",
		"Today the farmers of the Harrow valley": "Aurel Mandosk",
		"He will go when the water goes":         "Ilona Fersch",
	}
	for opening, who := range want {
		found := false
		for _, q := range d.Quotes {
			if len(q.Text) >= len(opening) && q.Text[:len(opening)] == opening {
				found = true
				if q.Speaker != who {
					t.Errorf("%q…: speaker %q, want %q", opening, q.Speaker, who)
				}
			}
		}
		if !found {
			t.Errorf("%q…: no quotation read", opening)
		}
	}
	for _, p := range d.People {
		if p.Name == "Vell Reservoir Dam" {
			t.Errorf("%q, where the engineer works, read as a person", p.Name)
		}
	}
}
