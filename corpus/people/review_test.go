package people

import "testing"

// A press review sets each paper's words in its own forms: the verb
// before its subject ("Writes Le Temps's correspondent Mathilde Favre,
// who …: "…""), and one source quoting another ("NRC's Joost Verhagen
// quotes him as saying: "…""), whose words are the one quoted, never the
// one quoting. A pronoun object that could be either names no one.
func TestPressReviewAttribution(t *testing.T) {
	qs, _ := analyse(paras(
		`Writes Le Temps's correspondent Mathilde Favre, who followed the week from the lobby: "The Swiss got the two sides to agree on how to measure the river." Favre reports that Foreign Minister Annick Rochat-Brunner kept the delegations in session, and she quotes the minister telling reporters: "Water is the one thing both sides need on the same day."`,
		`Cornelis van der Hoeven, 73, is a retired hydraulic engineer. NRC's Joost Verhagen quotes him as saying: "You cannot pour a reservoir back in one summer."`,
		`Interfax quoted Kremlin spokesman Dmitry Peskov as saying: "We are ready to talk about anything at all."`,
		`Sergei Lavrov met Viktor Golubev on Friday. Tass quoted him as saying "we will see what comes of all this".`,
	))
	by := checkByStart(t, qs, map[string]string{
		"The Swiss got the two sides": "Mathilde Favre",
		"Water is the one thing":      "Annick Rochat-Brunner",
		"You cannot pour a reservoir": "Cornelis van der Hoeven",
		"We are ready to talk":        "Dmitry Peskov",
	})
	if s := by["we will see what come"]; s != "" {
		t.Errorf("words quoted of an ambiguous \"him\" given to %q", s)
	}
}

// Titles and names as a conference programme and a review write them:
// "Federal Councillor Annick Rochat-Brunner" is a person (a modifier
// before the title, a double surname, a given name the lexicon lacks);
// "Chief Executive, Ukrhydroenergo" is a title and the body it is held
// at, no person called Ukrhydroenergo; a sentence's adverb or verb
// ("Even Ambassador Lev Shatrov", "Writes Le Temps's correspondent") is
// no part of a title.
func TestTitlesOfAProgramme(t *testing.T) {
	_, d := analyse(paras(
		`**Oksana Melnyk** — Chief Executive, Ukrhydroenergo (Ukraine).`,
		`The letter went to the mediators, Federal Councillor Annick Rochat-Brunner among them.`,
		`Minister Rochat-Brunner thanked Türkiye. "The river will not wait for our diplomacy," she said.`,
		`Even Ambassador Lev Shatrov, who leads the Russian delegation, said: "He was a patient and decent man."`,
		`Writes Le Temps's correspondent Mathilde Favre: "They did not get them to agree on who may drink from it."`,
	))
	checkHasRoles(t, d, map[string]string{
		"Oksana Melnyk":         "Chief Executive, Ukrhydroenergo",
		"Annick Rochat-Brunner": "Federal Councillor",
		"Lev Shatrov":           "Ambassador",
		"Mathilde Favre":        "Le Temps's correspondent",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Ukrhydroenergo" || p.Name == "Rochat-Brunner" {
			t.Errorf("read as a person of its own: %+v", p)
		}
		for _, r := range p.Roles {
			if r == "Even Ambassador" || r == "Writes Le Temps's correspondent" {
				t.Errorf("%s: a sentence's word read into the title: %q", p.Name, r)
			}
		}
	}
}

// A double surname is a name, not a compound ending in a word for a
// person ("Rochat-Brunner" does not end in "runner"); a hyphenated title
// still is one ("vice-president", "co-chair").
func TestHyphenatedSurnameIsNoPersonNoun(t *testing.T) {
	lx := Default()
	for _, w := range []string{"rochat-brunner", "mensah-boateng"} {
		if lx.IsPersonNoun(w) {
			t.Errorf("%q read as a word for a person", w)
		}
	}
	for _, w := range []string{"vice-president", "co-chair", "headteacher"} {
		if !lx.IsPersonNoun(w) {
			t.Errorf("%q not read as a word for a person", w)
		}
	}
}

// A title owned by a body's initials and held for a field ("The UN
// special envoy for water, Dr Efua Mensah-Boateng,") is the name's; a
// word whose ending calls a person of a profession ("Neutral
// Hydrologist", words.tsv personsuffix) is a title, never a surname
// ("Chief Hydrologist" is no person called Hydrologist).
func TestTitlesOfRareProfessions(t *testing.T) {
	_, d := analyse(paras(
		`The UN special envoy for water, Dr Efua Mensah-Boateng, said in a statement that the talks "kept the technical conversation alive".`,
		`**Dr Aino Halonen** — Neutral Hydrologist, Joint Engineering Commission (Finland).`,
		`**Dr Marta Kowalczyk** — Chief Hydrologist, Vistula Basin Authority (Poland).`,
	))
	checkHasRoles(t, d, map[string]string{
		"Efua Mensah-Boateng": "UN special envoy for water",
		"Aino Halonen":        "Neutral Hydrologist, Joint Engineering Commission",
		"Marta Kowalczyk":     "Chief Hydrologist, Vistula Basin Authority",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Hydrologist" {
			t.Errorf("a title read as a person: %+v", p)
		}
	}
}

// "the Dutchman said", "said the Russian": a noun for one person of a
// nation (words.tsv demonym, or an adjective in "-an" used as a noun) is
// the one person of that nation the text has just named; two of them,
// or a nation's people ("the Swiss said"), name no one.
func TestNationalNounSubject(t *testing.T) {
	qs, _ := analyse(paras(
		`Cornelis van der Hoeven, the retired Dutch engineer who chairs the commission, met Sergei Lavrov, the Russian foreign minister.`,
		`"He was the only negotiator who could read a sluice drawing faster than I could," the Dutchman said. "Nobody will sign anything before the summer," said the Russian.`,
		`Ivan Petrov, a Russian diplomat, joined them later. "The gates stay where they are for now," the Russian said.`,
		`The Swiss hosts were pleased. "Water is where peace starts, and we said so," the Swiss said.`,
	))
	by := checkByStart(t, qs, map[string]string{
		"He was the only negotiator": "Cornelis van der Hoeven",
		"Nobody will sign anything":  "Sergei Lavrov",
	})
	for _, start := range []string{"The gates stay where", "Water is where peace"} {
		if s := by[start[:20]]; s != "" {
			t.Errorf("%q… given to %q; the text names no one person there", start, s)
		}
	}
}

// An Arabic name joins a given name to the father's with "bin" ("Sheikh
// Nawaf bin Rashid Al-Sulaiti"): the name runs from the given name, five
// words at most, whatever the lexicon knows of it, and "Sheikh Nawaf"
// after it is the same person.
func TestPatronymicName(t *testing.T) {
	qs, d := analyse(paras(
		`Talks resumed in Doha at the invitation of Qatar's Minister of State for Foreign Affairs, Sheikh Nawaf bin Rashid Al-Sulaiti.`,
		`Sheikh Nawaf said: "Qatar is proud to have hosted them, and we will pay our share."`,
	))
	checkByStart(t, qs, map[string]string{"Qatar is proud to ha": "Nawaf bin Rashid Al-Sulaiti"})
	for _, p := range d.People(nil) {
		if p.Name == "Rashid Al-Sulaiti" {
			t.Errorf("the father's name read as the person's: %+v", p)
		}
	}
}
