package index

import "testing"

// A ministry's spokesperson whose titles name no country is of the
// country the articles naming them were filed from: "Foreign Ministry
// Spokeswoman Alevtina Sorokina" at a briefing headed "…, Moscow, March
// 18, 2043" is Russia's, the spokesman of a statement filed from Kyiv
// Ukraine's, and members asking for either by country get the right one.
func TestSpokespersonOfTheDatelinesCountry(t *testing.T) {
	moscow := `<html><head><title>Briefing by Foreign Ministry Spokeswoman Alevtina Sorokina, Moscow, March 18, 2043</title></head>
<body><h1>Briefing by Foreign Ministry Spokeswoman Alevtina Sorokina, Moscow, March 18, 2043</h1>
<p>On March 12 the delegations signed a protocol on nuclear safety.</p>
<p><strong>Question (Ukrinfo Wire):</strong> When will the 27 employees of the plant be released?</p>
<p><strong>Answer:</strong> The lists are being reconciled through the agency, and the persons will be transferred within the deadlines.</p>
<p><strong>Question (RIA Vesti):</strong> Kiev says the station remains Ukrainian. How do you respond?</p>
<p><strong>Answer:</strong> Kiev can say whatever it likes at its briefings. We work with the text.</p>
</body></html>`
	kyiv := `Statement on the protocol
Ministry Bulletin
2043-03-13

KYIV, March 13 - Foreign Ministry spokesman Oleh Nikitenko said the protocol changed nothing about the status of the plant. "It is Ukrainian, it was Ukrainian and it will be Ukrainian," Nikitenko said.
`
	e := engineOfFiles(t, map[string]string{"briefing.html": moscow, "statement.txt": kyiv})
	checkSpeakerOf(t, e, map[string]string{
		"russian mfa spokeswoman on the 27 prisoners list":  "Alevtina Sorokina",
		"ukrainian foreign ministry spokesman on the plant": "Oleh Nikitenko",
	})
}
