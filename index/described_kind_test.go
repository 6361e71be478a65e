package index

import "testing"

// Members describe someone in their own words: by a broader word for what
// they are ("the wildlife scientist" for a wildlife biologist), with a
// relative clause the articles word otherwise ("the mp who hates the
// deal"), by what they were doing ("the guy driving the lead lorry"),
// or by the noun of a verb the articles use ("the volunteer" for one
// who volunteered). Each finds the one person so described, and their
// words.
func TestDescribedInMembersWords(t *testing.T) {
	text := `Zoo convoy crosses the line
Harbour Post
2074-03-10

VELINSK - "Sedation slows the body's cooling, so every hour in the heat counts," said Felix Aubrecht, a wildlife biologist at the Lestrian Institute of Ecology.

Opposition MP Gennady Voronets called the truce "propaganda dressed up as compassion" and asked for a hearing.

Stanislav Greb, who drove the lead lorry, said drivers switched off their engines to save fuel. "We had buckets, bottles, a kettle. Anything that held water," he said.

"The bears are panting," said Dr Irena Kovac, the zoo's head vet.

Lidia Marchuk, a retired schoolteacher who volunteered at the zoo through the winter, said she had carried water to the monkey house every morning.
`
	e := engineOfFiles(t, map[string]string{"convoy.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the wildlife scientist say abt sedation", "Felix Aubrecht", "Sedation slows"},
		{"wat did the mp who hates the deal say", "Gennady Voronets", "propaganda dressed up"},
		{"what did the guy driving the lead lorry say", "Stanislav Greb", "We had buckets"},
	})
	// A verb in what someone is, as the noun the member uses ("who
	// volunteered": the volunteer): whose reported words they are.
	checkAnswerers(t, e, map[string]string{"what did the volunteer lady say": "Lidia Marchuk"})
}

// "The airline boss himself" is the boss, not the spokeswoman who spoke
// on his behalf.
func TestDescribedThemselves(t *testing.T) {
	text := `# Consular hotline: questions from families

## Will the airline help with travel costs?

Yes. Petra Sandvik, a spokeswoman for Calvara Airways, told the ministry on behalf of the airline's chief executive, Lucan Ferreira-Holt: "Mr Ferreira-Holt has asked me to tell every family that the airline will pay for two relatives to travel."
`
	explainer := `Who is who in the recovery
Harbour Post
2076-06-22

Calvara Airways chief executive Lucan Ferreira-Holt, speaking after the memorial service, said: "We flew those people into that sky. We will not stop until every one of them is home."
`
	e := engineOfFiles(t, map[string]string{"faq.md": text, "explainer.txt": explainer})
	checkSpeakers(t, e, []speakerCase{
		{"what did the airline boss himself say", "Lucan Ferreira-Holt", "We flew those people"},
	})
	// The member's guess at the boss's gender is no reason to give the
	// spokeswoman's words.
	checkAnswerers(t, e, map[string]string{"what did the airline boss herself say": "Lucan Ferreira-Holt"})
}

// "The vet nurse" is a nurse, not the head vet: a word for someone
// before another says more of the second ("vet" of "nurse"), and what
// they were doing where ("riding with the bears") says who they are.
func TestDescribedNurseNotVet(t *testing.T) {
	text := `Bears reach the sanctuary
Harbour Post
2074-03-11

"We gave him everything we had," said Dr Irena Kovac, the zoo's head vet, after the oldest bear died.

Nina Saranska, a dispatcher, found the lorries. Her younger sister, Olha Saranska, is a vet nurse riding in lorry 7 with the bears. "The bears are panting. We are pouring water on the roofs every ten minutes," Olha Saranska told us by phone.
`
	e := engineOfFiles(t, map[string]string{"bears.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the vet nurse riding with the bears say", "Olha Saranska", "The bears are panting"},
		{"what did the head vet say", "Irena Kovac", "We gave him"},
	})
	// "is a vet nurse" is what the text calls her: the vet nurse, not the
	// head vet.
	checkSpeakers(t, e, []speakerCase{{"what did the vet nurse say", "Olha Saranska", "The bears are panting"}})
}
