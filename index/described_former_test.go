package index

import "testing"

// "The deminer turned researcher" is one person, who was the one and is
// the other: not the deminer the podcast talks about, whom nobody
// quotes. "The russian mod spokesman" is the Defence Ministry's official
// representative, as Russian briefings call its spokesman, not the
// Kremlin's spokeswoman. And "the head of the ukrainian delegation" is
// who the report says led it.
func TestSpeakersByWhatTheyWereAndWhoTheySpeakFor(t *testing.T) {
	podcast := `Frontline Diplomacy, episode 41
Frontline Diplomacy
2043-09-10

This week the host talks to Dr Nadiya Rudenko, a senior researcher at the Kharkiv Institute for Mine Action Studies, who spent nine years as a deminer herself, about the death of deminer Serhii Pavlenko in July.

"Sixty-four per cent is not a rounding error," Rudenko said. "When a deminer trusts a map, she changes how she works."
`
	digest := `Telegram digest: the maps row
Channel Watch
2043-07-20

Kremlin spokeswoman Yelena Arkhipova, asked about the death of a Ukrainian deminer: "Let us not turn a tragedy into a political campaign against the maps."

Statement by the official representative of the Ministry of Defence, Major General Igor Belyakov. The maps transferred on 2 April "reflect in full the data available to Russian engineering units", Belyakov said.

Ukraine's delegation was led by First Deputy Foreign Minister Solomiia Marchenko. "We will sign nothing that leaves a field unmapped," she said after the session.
`
	e := engineOfFiles(t, map[string]string{"podcast.txt": podcast, "digest.txt": digest})
	checkSpeakers(t, e, []speakerCase{
		{"what did the deminer turned researcher say about the russian map accuracy", "Nadiya Rudenko", "Sixty-four per cent"},
		{"russian mod spokesman statement on the maps", "Igor Belyakov", "reflect in full"},
		{"what did the head of the ukrainian delegation say", "Solomiia Marchenko", "We will sign nothing"},
	})
}

// "the russian side on the prisoner lists" is the one leading Russia's
// delegation, though another Russian is quoted on the lists too; a side
// with no one leading it named is left to the words on the subject.
func TestASideSpeaksByItsNegotiator(t *testing.T) {
	text := `Lists checked, exchange on Friday
Wire
2031-03-04

ISTANBUL - "The lists were checked name by name," said Arkady Belov, a Russian deputy defence minister who led Moscow's team.

Russian ombudswoman Tatiana Moskalkova said the lists "still have gaps we will close by Friday".

Ukraine's delegation was led by Deputy Foreign Minister Oksana Hrytsenko. "The lists are the hardest part," she said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"russian side on the prisoner lists?", "Arkady Belov", "The lists were checked"},
		{"what did the ukrainian side say about the lists", "Oksana Hrytsenko", "The lists are the hardest part"},
	})
}
