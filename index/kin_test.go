package index

import (
	"context"
	"testing"
)

// A relative of someone named ("andriys dad", "halyna's son") is never the
// one named: a parent is the one of the parent's gender, sharing the
// surname, named in a passage that calls the named one a son; a child the
// one that passage calls so; any other relative the one sharing the
// surname whom the articles call that relative ("his wife Halyna
// Bondar"), and no one where they name none (a brother).
func TestRelativeOfSomeoneNamed(t *testing.T) {
	text := `Families wait in Kupiansk
Harbour Post
2047-06-12

Across town, Petro Bondar, 71, and his wife Halyna Bondar, 68, have repainted a room. Their son, Andriy Bondar, 44, taught computer science until he was detained in 2044.

"They came at six in the morning, five of them, and they took his laptop and him," Petro Bondar said.

"I keep his coat on the hook by the door," Halyna Bondar said.

Andriy Bondar wrote to them in May. "Tell Mama the coat still fits," he wrote.
`
	e := engineOfFiles(t, map[string]string{"feature.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did andriys dad say about the arrest": "Petro Bondar",
		"andriy's mum on the coat":                  "Halyna Bondar",
		"what did halyna's son write":               "Andriy Bondar",
		"what did petros wife say":                  "Halyna Bondar",
		// A full name, then the word for a relative, no possessive.
		"what did andriy bondar dad say": "Petro Bondar",
	})
	a, err := e.Ask(context.Background(), "what did andriy's brother say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("andriy's brother, whom the articles never name: answered as %s", a.Speaker)
	}
}

// A relative sharing the surname of the one a profile is about: "hnatiuk's
// mum" and "the mother of hnatiuk" are the mother ("Her mother, Nadiia
// Hnatiuk"), never the negotiator the surname alone means.
func TestRelativeSharingTheSurnameAskedFor(t *testing.T) {
	text := `The woman who reads pump curves
Harbour Post
2059-06-02

Oleksandra Hnatiuk spent two decades underground before she sat down opposite Moscow.

"If you hear nothing, that is the best sound in the world," Hnatiuk said of the first morning of the pause.

Her mother, Nadiia Hnatiuk, a retired geography teacher, remembers the first sign. "She took the kettle apart when she was six," she said.

Hnatiuk does not dispute the missing sentence. "I can have the sentence in ten years, or I can have water in June," she said.
`
	e := engineOfFiles(t, map[string]string{"profile.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did hnatiuk's mum say about her as a kid": "Nadiia Hnatiuk",
		"what did the mother of hnatiuk say":            "Nadiia Hnatiuk",
		"what did hnatiuk say about the pause":          "Oleksandra Hnatiuk",
		"hnatiuk on the delegation":                     "Oleksandra Hnatiuk",
	})
}

// A mother sharing her son's surname, both named in full and the
// surname alone read as hers (she is the one quoted): "rudak's mum" is
// still the mother of the Rudak who has one.
func TestMotherOfASonSharingTheSurname(t *testing.T) {
	text := `Fixer still held
Harbour Post
2077-05-20

Stefan Rudak, the paper's fixer, remains in custody in Velmarsk.

His mother, Nadia Rudak, reached at her flat in Brenno, said she had written to the bishop three times. "He wrote back every time," she said. "Nobody else did."

"He took that passport so he could keep working," Rudak said of her son.
`
	e := engineOfFiles(t, map[string]string{"fixer.txt": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did rudak's mum say about the passport": "Nadia Rudak",
		"what did rudaks mother say":                  "Nadia Rudak",
	})
}

// "and what did his wife say", after an answer about a man, asks for the
// one the articles call his wife ("Petro Bondar, 71, and his wife Halyna
// Bondar"), as "her son" after an answer about a woman does.
func TestHisWifeAfterAnswerAboutHim(t *testing.T) {
	text := `Families wait in Kupiansk
Harbour Post
2047-06-12

Across town, Petro Bondar, 71, and his wife Halyna Bondar, 68, have repainted a room.

"They came at six in the morning," Petro Bondar said.

His wife remembers it differently. "It was not six, it was before six, it was still dark," Halyna Bondar said.
`
	e := engineOfFiles(t, map[string]string{"feature.txt": text})
	ctx := context.Background()
	a, err := e.Ask(ctx, "what did petro bondar say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := a.PersonAfter()
	b, err := e.Ask(ctx, "and what did his wife say", AskOptions{After: after})
	if err != nil {
		t.Fatal(err)
	}
	if b.Speaker != "Halyna Bondar" {
		t.Errorf("his wife, after Petro Bondar: %q", b.Speaker)
	}
}

// "the mom" alone is the one woman a passage naming her calls a child's
// mother ("Her son, Maksym Kovalenko, is 15"), by her given or full name
// (a grandmother sharing the surname is not her); with two such mothers,
// no one.
func TestParentAskedForAlone(t *testing.T) {
	feature := `Waiting for Maksym
Harbour Post
2034-05-02

Every evening Halyna Kovalenko sets the table for three. Her son, Maksym Kovalenko, is 15 and came home in April.

"I had a picture in my head of a ten-year-old," Halyna said. "He was taller than me."

His grandmother, Nina Kovalenko, lives next door. "He eats again," she said.
`
	e := engineOfFiles(t, map[string]string{"feature.txt": feature})
	checkSpeakers(t, e, []speakerCase{
		{"what did the mom say about seeing him again", "Halyna Kovalenko", "I had a picture"},
	})
	two := feature + `
In Sumy, Oksana Bondar waits too. Her daughter, Iryna Bondar, is still in Russia. "I count the days," Oksana said.
`
	e = engineOfFiles(t, map[string]string{"feature.txt": two})
	a, err := e.Ask(context.Background(), "what did the mom say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("with two mothers, the mom read as %q", a.Speaker)
	}
}

// "the dad from pishchane" asks for a parent: not the mediator whose
// passage on Pishchane speaks of no child ("I gave the families of
// Pishchane my word"), though he is the one man it names.
func TestDadIsSomeonesParent(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"mediator.txt": "Lake talks\n\nThe mediator, UNICEF's Tomas Arriaga, kept the agenda to timetables and tonnage.\n\n" +
			"Arriaga has made the village a test of his own credibility. \"I gave the families of Pishchane my word, and I intend to keep it in August,\" he said.\n",
		"convoy.txt": "The convoy\n\nSerhiy Pavlyuk, whose two daughters were among those left behind, watched the convoy pass on the Lozove road. \"They drove right past us. My girls waved at the buses until they were gone,\" he said.\n",
	})
	if a := ask(t, e, "what did the dad from pishchane say"); a.Speaker == "Tomas Arriaga" {
		t.Errorf("the dad from Pishchane answered as the mediator: %+v", a.Quotes)
	}
}

// A blog's "Baba" is the grandmother it names: her words are found by
// what the writer calls her, and a passage naming her so names someone,
// as a "who" question asks.
func TestKinWordAsNameInABlog(t *testing.T) {
	text := `Baba came home on the slow train
Notes from Selmitz
2071-03-15

For eleven months my grandmother, Emilia Sarkany, 84, has lived on the ground floor of the same flat in Korvany where she taught piano to half the town.

"I have waited for worse things than a train," Baba said when I asked how she stood it.

When they reached the river, the conductor asked everyone to stay seated and keep quiet. Baba held the hand of the signalman's wife.

The Orla crossing, photographed by Baba on her old phone. Blurry, but she insisted I post it.

The town administrator rang on Sunday morning to check she had arrived, which I thought was kind.
`
	e := engineOfFiles(t, map[string]string{"blog.md": text})
	checkSpeakerOf(t, e, map[string]string{
		"what did the grandma say about the wait": "Emilia Sarkany",
		"what did baba say":                       "Emilia Sarkany",
	})
	a, err := e.Ask(context.Background(), "who took the blurry pic of the river crossing", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered() {
		t.Error(`"who took the blurry pic of the river crossing": not covered; the blog says Baba photographed it`)
	}
}
