package people

import (
	"strings"
	"testing"
)

// A briefing's transcript headed "Briefing by Foreign Ministry
// Spokeswoman Alevtina Sorokina" labels her turns "Answer:": they are
// hers, though the paragraphs before the first question name others (the
// delegation's head, the minister), and the questions are nobody's. A
// heading naming two people says of neither that the answers are theirs.
func TestBriefingAnswersAreTheHeadingsSpeaker(t *testing.T) {
	ps := paras(
		"On March 12 the delegations signed a protocol. The Russian delegation was headed by Deputy Foreign Minister Gennady Ryabov.",
		"Foreign Minister Arkady Voronin has instructed the relevant departments to ensure the timely fulfilment of Russia's obligations.",
		"Question (Ukrinfo Wire): When will the 27 employees of the plant be released?",
		"Answer: The persons you are referring to will be transferred in accordance with the agreed procedure.",
		"Question (RIA Vesti): Kiev says the station remains Ukrainian. How do you respond?",
		"Answer: Kiev can say whatever it likes at its briefings. We work with the text.",
	)
	d, err := Default().Analyse(ps, Options{Heading: "Briefing by Foreign Ministry Spokeswoman Alevtina Sorokina, Moscow, March 18, 2043"})
	if err != nil {
		t.Fatal(err)
	}
	checkByStart(t, d.Quotes, map[string]string{
		"The persons you are r": "Alevtina Sorokina",
		"Kiev can say whatever": "Alevtina Sorokina",
	})
	for _, q := range d.Quotes {
		if q.Speaker != "Alevtina Sorokina" {
			t.Errorf("%q credited to %q", q.Text, q.Speaker)
		}
	}
	d, err = Default().Analyse(ps, Options{Heading: "Joint press conference of Foreign Minister Arkady Voronin and Deputy Foreign Minister Gennady Ryabov"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if q.Speaker != "" {
			t.Errorf("under a heading naming two, %q credited to %q", q.Text, q.Speaker)
		}
	}
}

// A briefing whose spokesperson opens under their name ("LUKAS BRUNNER:
// Good morning …") and then answers as "A:" gives the answers to them,
// though nothing before the first label names an interviewee; with two
// who speak under their names, the "A:" turns are neither's.
func TestAnswersOfTheOneNamedSpeaker(t *testing.T) {
	ps := paras(
		"Unofficial transcript. Check against delivery.",
		"LUKAS BRUNNER: Good morning. Thank you for your patience. I'll take your questions.",
		"Q: Natalia Petrenko, Kyiv Courier. What happens if Russia simply does not withdraw?",
		"A: There is no automatic penalty, and we have never pretended there is.",
		"Q: Hans Vogel, Berliner Abendblatt. Who pays?",
		"A: The European Union has pledged the largest share.",
	)
	_, d := analyse(ps)
	checkByStart(t, d.Quotes, map[string]string{
		"There is no automatic": "Lukas Brunner",
		"The European Union ha": "Lukas Brunner",
	})
	for _, q := range d.Quotes {
		if q.Speaker != "Lukas Brunner" && q.Speaker != "" {
			t.Errorf("%q credited to %q", q.Text, q.Speaker)
		}
	}
	two := append(ps, paras("ANNA KOVAL: Good morning from me too. I will add one word on the money.")...)
	_, d = analyse(two)
	for _, q := range d.Quotes {
		if q.Speaker != "" && !strings.HasPrefix(q.Text, "Good morning") {
			t.Errorf("with two named speakers, %q credited to %q", q.Text, q.Speaker)
		}
	}
}
