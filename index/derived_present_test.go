package index

import (
	"strings"
	"testing"
)

// A question word the articles use still finds the words general English
// derives from it, for less: "how many signed the petition" is answered
// by "212,400 signatures", not by a quote that only says "sign"; where
// both the word and its relative stand, the word itself wins.
func TestDerivedWordsOfAWordTheArticlesUse(t *testing.T) {
	// corpus98 quotes the trawler's owner: "I would sign the same paper
	// again tomorrow", and reports the petition's "212,400 signatures".
	a := ask(t, engineOfDir(t, "testdata/corpus98"), "how many ppl signed the petition")
	if !strings.Contains(first(a), "212,400 signatures") {
		t.Errorf("how many ppl signed the petition: first %q, want the one with the signatures", first(a))
	}
	a = ask(t, petitionEngine(t), "where was the agreement signed")
	if !strings.Contains(first(a), "Aurelstad") {
		t.Errorf("where was the agreement signed: first %q, want where it was signed", first(a))
	}
}

// A verb's past after a noun the articles lack is no noun that noun
// qualifies: "how many people signed the petition", in articles that
// never say "people", still finds what was signed (as "prisoner
// exchanges" in articles that never say "prisoner" does not).
func TestAPastVerbAfterAMissingNoun(t *testing.T) {
	a := ask(t, petitionEngine(t), "how many people signed the petition")
	if !strings.Contains(first(a), "212,400 signatures") {
		t.Errorf("how many people signed the petition: first %q, want the one with the signatures", first(a))
	}
}

// petitionEngine has a petition's signatures, a quote that says "sign",
// and an agreement signed somewhere, in articles that never say "people".
func petitionEngine(t *testing.T) *Engine {
	t.Helper()
	return engineOfFiles(t, map[string]string{"wire.txt": "Crew freed\n\n" +
		"Kessgard chief executive Ruben Astrup confirmed that the company had paid. \"We paid because fourteen families asked us to,\" he said. \"I would sign the same paper again tomorrow.\"\n\n" +
		"She started the Bring the Brenna Home petition on January 12, the day after the seizure. By Wednesday it had 212,400 signatures.\n\n" +
		"The talks were held in Aurelstad, where the agreement was signed on March 2.\n\n" +
		"The fourteen crew members were handed over at sea on Wednesday afternoon after 51 days in detention.\n\n" +
		"The trawler itself remains at the Korvath naval base, and its catch of cod was sold at auction.\n\n" +
		"Doctors at St Brigid's said the men were exhausted and underweight but not in danger.\n"})
}

// first is the text of an answer's first passage, "" without one.
func first(a *Answer) string {
	if len(a.Passages) == 0 {
		return ""
	}
	return a.Passages[0].Text
}
