package index

import (
	"context"
	"strings"
	"testing"
)

// Members name people by what they are: "the iaea woman" (of a man and a
// woman at the agency), "iaea deputy dg - where did she say …" (a dash,
// then what she said where), "head of ukrenergo on the crews" (a title of
// a body, then the subject). The last is also quoted unnamed, under his
// office ("The head of Ukrenergo: "…""): those words are shown beside his
// own.
func TestDescribedByOfficeGenderAndDash(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"hearing.txt": `Oral evidence: The Muscat energy truce

Witnesses: Dr Amara Okonkwo, Deputy Director General for Nuclear Safety, International Atomic Energy Agency.

Q10 The Chair: Dr Okonkwo, what do your teams check?

Dr Okonkwo: Our people go where the cables go. We inspect the six substations that feed the nuclear plants, and we do not take part in the argument about railway sites.
`,
		"wire.txt": `IAEA chief stays in Vienna as inspectors deploy

VIENNA, Nov 9 (Meridian) - IAEA Director General Tomas Aguirre will not travel to Ukraine this month, the agency said. "The inspectors know their work," Aguirre said on Thursday.

Volodymyr Kostiuk, chief executive of Ukrenergo, said crews would restore 1,500 megawatts in ten days. "Give us ten quiet days and the megawatts come back," Kostiuk said.
`,
		"channel.md": `# Svitlo Watch

Repair windows today: 23 crews at 14 sites, all notified through the hotline. The head of Ukrenergo: "Every crew that comes home tonight is a small proof that the paper works."
`,
	})
	ctx := context.Background()
	for _, tt := range []struct{ q, want, quote string }{
		{"what did the iaea woman say about the railway sites row", "Amara Okonkwo", "argument about railway sites"},
		{"iaea deputy dg - where did she say her people will go", "Amara Okonkwo", "go where the cables go"},
		{"head of ukrenergo on the crews coming home", "Volodymyr Kostiuk", "a small proof that the paper works"},
	} {
		a, err := e.Ask(ctx, tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		shown := false
		for _, q := range a.Quotes {
			shown = shown || strings.Contains(q.Text, tt.quote)
		}
		if a.Speaker != tt.want || !shown {
			t.Errorf("%q: speaker %q, quote %q shown %v; want %s's", tt.q, a.Speaker, tt.quote, shown, tt.want)
		}
	}
}

// A region's word stands for any of its countries in a description ("the
// nordic envoy": Norway's, not Oman's); a region none of the people is
// from finds no one.
func TestRegionInADescription(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": `Envoys welcome the energy truce

MUSCAT, Nov 7 (Meridian) - "We asked him to show us the tanks. He showed us a timetable," said Signe Halvorsen, Norway's special envoy.

"The cold will not be used as a weapon this winter," said Sheikh Khalid bin Saif Al-Harthy, Oman's special envoy, who chaired the talks.
`,
	})
	ctx := context.Background()
	for _, tt := range []struct{ q, want string }{
		{"what did the nordic envoy say about the tanks", "Signe Halvorsen"},
		{"what did the gulf envoy say", "Khalid bin Saif Al-Harthy"},
		{"what did the baltic envoy say", ""},
	} {
		a, err := e.Ask(ctx, tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.want)
		}
	}
}

// A side's party is one thing in a title, whatever the word: "who led
// the russian side" is the head of the Russian delegation; the leader of
// the Russian part of a sub-committee is not.
func TestSideIsItsDelegation(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"statement.txt": `Statement on the Muscat arrangements

The Russian delegation was headed by Deputy Minister of Foreign Affairs A.V. Lebedev.

"We have agreed to put on paper what we already do," Deputy Foreign Minister Arkady Lebedev said.

Russian Energy Minister Pavel Zorin will lead the Russian side of the sub-committee.
`,
	})
	for _, q := range []string{"who led the russian side in muscat", "who headed the russian team"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "Arkady Lebedev" {
			t.Errorf("%q: speaker %q, want Arkady Lebedev", q, a.Speaker)
		}
	}
}

// A regional or city military administration's head is its governor or
// mayor, whether the title says "head of the Sumy Regional Military
// Administration" or drops the article before the place, as bulletins
// and captions do ("head of Ostrohirsk Regional Military Administration").
func TestGovernorAndMayorByTheirAdministration(t *testing.T) {
	wire := `Title: Cask leaves the grey zone
Outlet: Agency
Date: 2064-03-20

"I ask everyone on the route to give way," said Oleh Rudenko, head of Ostrohirsk Regional Military Administration.

"The town's buses are ready," said Iryna Koval, head of Horobynivka City Military Administration.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	checkSpeakerOf(t, e, map[string]string{
		"what did the governor say abt the convoy": "Oleh Rudenko",
		"what did the mayor say":                   "Iryna Koval",
	})
}
