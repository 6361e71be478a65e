package index

import "testing"

// A body named in full once and then by its head noun ("the Court",
// "the centre", or opening a title: "Agency spokeswoman") is still the
// body a member names ("the icc registrar", "the vektor sociologist",
// "the iaea spokeswoman"); a word for what someone does that the
// articles never use ("sociologist") leaves the other words to say who,
// but only when they name a body: "the russian sociologist" is no one,
// as a country says too little. "The Court" is no body's name when the
// articles name two courts.
func TestSpeakerOfABodyCalledByItsHeadNoun(t *testing.T) {
	release := `Title: Warrants unsealed
Outlet: Court press office
Date: 2033-02-01

THE HAGUE - Today, Pre-Trial Chamber I of the International Criminal Court ("ICC" or "the Court") unsealed two warrants of arrest.

"A warrant is not a verdict, but it is a promise," said the Registrar of the Court, Ines Albrecht.

"We will keep the files open," said Piet de Wit, the Court's duty officer for the day.
`
	survey := `Title: Moscow reads the polls
Outlet: Eastern Review
Date: 2033-02-03

A survey by the Vektor Centre for Social Research found that 61 percent of Russians support the agreement. "People support the end, not the terms," said Tatiana Gromova, who heads research at the centre.

"Ask the mothers instead," said Mykola Petrenko, a retired teacher from Odesa, outside a polling station.
`
	faq := `Title: Horobynivka source recovery: questions and answers
Outlet: International Atomic Energy Agency
Date: 2064-03-22

The International Atomic Energy Agency (IAEA) led the recovery of the source.

"Our measurements show that people can go about their lives normally," said Agency spokeswoman Marta Oyelaran.
`
	e := engineOfFiles(t, map[string]string{"release.txt": release, "survey.txt": survey, "faq.md": faq})
	checkSpeakerOf(t, e, map[string]string{
		"what did the icc registrar say":       "Ines Albrecht",
		"what did the iaea spokeswoman say":    "Marta Oyelaran",
		"what did the vektor sociologist say":  "Tatiana Gromova",
		"what did the russian sociologist say": "",
	})
}

// "The Court" is the International Criminal Court only while the articles
// shorten no other court's name.
func TestHeadNounOfTwoBodiesNamesNeither(t *testing.T) {
	for _, tt := range []struct {
		also string
		want bool
	}{
		{"", true},
		{" days after the Supreme Court in Kyiv ruled on the same files", false},
	} {
		release := "Title: Warrants unsealed\nOutlet: Court press office\nDate: 2033-02-01\n\n" +
			"THE HAGUE - Today, Pre-Trial Chamber I of the International Criminal Court (\"ICC\" or \"the Court\") unsealed two warrants of arrest," + tt.also + ".\n\n" +
			"\"A warrant is not a verdict,\" said the Registrar of the Court, Ines Albrecht.\n"
		e := engineOfFiles(t, map[string]string{"release.txt": release})
		if got := e.namedByHead("Registrar of the Court", "international criminal court"); got != tt.want {
			t.Errorf("with %q: the Court is the ICC: %v, want %v", tt.also, got, tt.want)
		}
	}
}
