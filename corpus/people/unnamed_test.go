package people

import "testing"

// "A senior EU official tells us … "…," the official said": the words are
// that unnamed official's, under the role the article gave them, never a
// named official's. So are "A Ukrainian delegate jokes that "…"" and
// "the delegate said" after him. A named holder of the title since the
// unnamed one takes "the official" back.
func TestUnnamedSourceKeepsItsRole(t *testing.T) {
	got, _ := analyse(paras(
		`Commissioner Ingrid Berg arrived at noon.`,
		`A senior EU official tells us the facility is agreed in principle. "The money is the easy part," the official said, speaking on condition of anonymity.`,
		`Lunch overran by two hours. A Ukrainian delegate jokes that "the soup is a negotiating tactic".`,
		`"We will eat later," the delegate said.`,
	))
	checkQuoteSpeakers(t, got, "", "", "")
	for i, want := range []string{"senior EU official", "Ukrainian delegate", "Ukrainian delegate"} {
		if got[i].Role != want {
			t.Errorf("quote %q: role %q, want %q", got[i].Text, got[i].Role, want)
		}
	}

	got, _ = analyse(paras(
		`A senior EU official said the facility was agreed. Later, EU official Marta Lind joined the briefing.`,
		`"The money is the easy part," the official said.`,
	))
	if len(got) != 1 || got[0].Role == "senior EU official" {
		t.Errorf("%+v: the official named since is not the unnamed one", got)
	}
}

// A relative clause between the subject and its verb says something of
// the subject, not who it is: "A Russian diplomat in Istanbul, who asked
// not to be named, said …" is that unnamed diplomat; "Halyna Dovhan, a
// European Solidarity MP, who argued …, said" is Dovhan.
func TestSubjectBeforeARelativeClause(t *testing.T) {
	got, _ := analyse(paras(
		`The Kremlin did not comment. A Russian diplomat in Istanbul, who asked not to be named, said Moscow would judge the deal "by the first ten ships, not by the first ten speeches."`,
		`Halyna Dovhan, a European Solidarity MP from Lviv, who argued that the deal was weak, said: "We gave too much away."`,
	))
	checkQuoteSpeakers(t, got, "", "Halyna Dovhan")
	if got[0].Role != "Russian diplomat" {
		t.Errorf("role %q, want Russian diplomat", got[0].Role)
	}
}

// "The Norwegian diplomat described …", after a paragraph naming an envoy
// whose country the text has not said, is that envoy: a report gives the
// country with the title the second time. An envoy the text made Swedish
// is no Norwegian diplomat.
func TestCountryGivenTheSecondTime(t *testing.T) {
	got, _ := analyse(paras(
		`The mediator, OSCE special envoy Henrik Vaaler, has given a short briefing.`,
		`The Norwegian diplomat described the document as "ninety percent of a text", adding: "The last ten percent is always the expensive part."`,
	))
	// "…", adding: "…": the participle's subject is the sentence's.
	checkQuoteSpeakers(t, got, "Henrik Vaaler", "Henrik Vaaler")

	got, _ = analyse(paras(
		`The mediator, Swedish special envoy Henrik Vaaler, has given a short briefing.`,
		`The Norwegian diplomat described the document as "ninety percent of a text", adding: "The last ten percent is always the expensive part."`,
	))
	checkQuoteSpeakers(t, got, "", "")
}

// "In the view of X, …" credits X as "according to X" does, opening a
// sentence or not: a named expert, or an unnamed diplomat under the role
// the article gives.
func TestInTheViewOf(t *testing.T) {
	got, _ := analyse(paras(
		`It makes detentions visible. In the view of a senior EU diplomat involved in funding the mission, that is enough: "Brussels sees the 30 million euros as the cheapest insurance policy we have bought."`,
		`In the view of Katrin Vogel, the deal "buys time, not peace".`,
	))
	checkQuoteSpeakers(t, got, "", "Katrin Vogel")
	if got[0].Role != "senior EU diplomat" {
		t.Errorf("role %q, want senior EU diplomat", got[0].Role)
	}
}

// "A nurse who did not give her name said …. "…," she said": the pronoun
// is the unnamed nurse's, whose own name "her" in the relative clause
// speaks of, not the woman named a paragraph before; "an official who
// has sat across the table from her" speaks of someone else, whom a
// later "she" may still be.
func TestUnnamedSubjectOwnsItsPossessive(t *testing.T) {
	got, _ := analyse(paras(
		`Vesna Orlyk, whose son has been missing since May, said she no longer watched the news. "I watch the phone," she said.`,
		`Inside the bus, a nurse who did not give her name said the centre had taken 160 samples. "Every time the train is on the news, the queue doubles," she said.`,
	))
	checkQuoteSpeakers(t, got, "Vesna Orlyk", "")
	if len(got) == 2 && got[1].Role != "nurse" {
		t.Errorf("quote %q: role %q, want nurse", got[1].Text, got[1].Role)
	}

	got, _ = analyse(paras(
		`Deputy Foreign Minister Halyna Tkachuk closed the exchange in Istanbul. A Russian official who has sat across the table from her more than once calls her tireless.`,
		`"The dead are patient," she says.`,
	))
	checkQuoteSpeakers(t, got, "Halyna Tkachuk")
}

// "Her husband, a retired railway signalman, said he had driven …. "…,"
// he said": a man the text names only by kin, and the "he" of what he
// said is him, not the man named a paragraph before; the quote is no
// one's by name.
func TestKinSubjectHoldsItsPronoun(t *testing.T) {
	got, _ := analyse(paras(
		`The head of the commission, Bahrom Tashar, has said that soldiers were among the bodies.`,
		`Vesna Orlyk said she no longer watched the news. Her husband, a retired railway signalman, said he had driven to Zaborska. "I thought maybe I would see the wagons. I saw a fence," he said.`,
	))
	checkQuoteSpeakers(t, got, "")
}

// "A Russian diplomat who asked not to be named said …": with no commas
// round the relative clause, the words are still that unnamed diplomat's,
// under the role the article gives.
func TestUnnamedSubjectBeforeARestrictiveClause(t *testing.T) {
	got, _ := analyse(paras(
		`Foreign Minister Irina Volkova arrived at noon.`,
		`A Russian diplomat who asked not to be named said the delay was "an embarrassment we made ourselves".`,
	))
	checkQuoteSpeakers(t, got, "")
	if len(got) == 1 && got[0].Role != "Russian diplomat" {
		t.Errorf("role %q, want Russian diplomat", got[0].Role)
	}
}
