package index

import "testing"

// An acronym that is also an everyday word ("WHO") is the body when a
// member writes it in capitals or after "the": "what did the WHO official
// say" and "the who guy" ask for the World Health Organization's officer,
// not for "who". A member guessing the gender wrong ("the who guy", of a
// woman) still gets her words when the body says whom and no man fits;
// asked who the guy is, she is no answer, and with a man at the body, he
// is the guy.
func TestAcronymThatIsAWord(t *testing.T) {
	flood := "Flood warning\n\n" +
		"The World Health Organization has warned about contaminated water. Dr Sunita Raghavan, the WHO's emergency officer for the region, told a briefing in Altheim: \"The flood itself is over. The next danger is the water people drink.\"\n\n" +
		"Mayor Ilona Marek said the town hall had reopened. \"We are still counting,\" she said.\n"
	e := engineOfFiles(t, map[string]string{"flood.txt": flood})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the WHO official say abt water", "Sunita Raghavan"},
		{"what did the who official say abt water", "Sunita Raghavan"},
		{"what did the who guy say", "Sunita Raghavan"},
		{"WHO said the danger is the water?", ""},
	})
	if a := ask(t, e, "who is the who guy"); a.Speaker == "Sunita Raghavan" {
		t.Errorf("who is the who guy: answered as Sunita Raghavan, a woman")
	}

	two := flood + "\nDr Pavel Grun, a WHO epidemiologist, said three suspected cases were being treated. \"None of them is cholera,\" he said.\n"
	e2 := engineOfFiles(t, map[string]string{"flood.txt": two})
	askedAs(t, e2, []struct{ q, who string }{
		{"what did the WHO guy say", "Pavel Grun"},
		{"what did the WHO woman say abt water", "Sunita Raghavan"},
	})
}
