package index

import (
	"strings"
	"testing"
)

// Chat shorthand for a title reads as the title where a word before it
// says which office or whose it is, and as itself elsewhere: "justice
// min" is a minister (so are "fin min" and "def min", the office
// shortened too, "def" alone being no office), "min wage" a minimum; a
// "chief doc" a doctor, "the doc" a document; "the tory mp" is a member of
// parliament though the articles' initials MP spell their protocol.
func TestTitleShorthandInItsPlace(t *testing.T) {
	for q, want := range map[string]string{
		"russian deputy justice min complained about what":   "russian deputy justice minister complained about what",
		"what is the min wage in kyiv":                       "what is the minimum wage in kyiv",
		"what did the deputy fin min say":                    "what did the deputy finance minister say",
		"freed melitopol journo message to daria":            "freed melitopol journalist message to daria",
		"what did the turkish def min say":                   "what did the turkish defence minister say",
		"what did the russian dep ag minister call the deal": "what did the russian deputy agriculture minister call the deal",
		"is there ag on the list":                            "is there ag on the list",
		"def the best answer, min effort":                    "def the best answer, minimum effort",
		"when did kalyna start selling tix":                  "when did kalyna start selling tickets",
		"the ukrainian atc chief on the air nav rules":       "the ukrainian air traffic control chief on the air navigation rules",
		"what did the hospital's old chief doc say":          "what did the hospital's old chief doctor say",
		"is the doc signed yet":                              "is the document signed yet",
		// A ship's or an army's rank, an association, shortened.
		"capt halvard on her crew":      "captain halvard on her crew",
		"grain traders assoc president": "grain traders association president",
		// A letter alone is thousands after a number only: after a
		// given name it is the surname's initial.
		"vera k on the deal": "vera k on the deal",
		"donors gave 90 k":   "donors gave 90 thousand",
		// Shorthand owning something: the title's.
		"did the pm's spokesman say anything": "did the prime minister's spokesman say anything",
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
	// corpus34's articles spell "MP" as their Montreux Protocol, and a
	// committee record quotes a Conservative member.
	a := ask(t, engineOfDir(t, "testdata/corpus34"), "what did the tory mp say about uk paying")
	if a.Speaker != "Alastair Penrose" {
		t.Errorf("speaker %q, want Alastair Penrose", a.Speaker)
	}
}

// Shorthand right before the name of someone the articles name reads as
// it does there: "gov saltykov" is Governor Saltykov and "max
// tkachenko" Maksym Tkachenko, by the familiar form of his name; away
// from a name, "gov" is still the government and "avg" the average.
func TestShorthandBeforeAName(t *testing.T) {
	page := "Pensions across the line\n\n" +
		"Governor Viktor Saltykov wrote on Telegram on Monday: \"Pensions will be paid only through lawful institutions of the region.\"\n\n" +
		"Maksym Tkachenko, a deminer, said the field at Velykyi Luh had to be cleared by hand. \"Every one of them has to be cleared by sappers,\" he said.\n\n" +
		"The government plan sets the average pension at 4,870 hryvnias a month.\n"
	e := engineOfFiles(t, map[string]string{"pensions.txt": page})
	checkAnswerers(t, e, map[string]string{
		"gov saltykov telegram pensions":          "Viktor Saltykov",
		"max tkachenko on digging in velykyi luh": "Maksym Tkachenko",
	})
	for _, q := range []string{"what is the gov plan", "how much is the avg pension"} {
		a := ask(t, e, q)
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "average pension") {
			t.Errorf("%q: passages %+v, want the government plan's average pension first", q, a.Passages)
		}
	}
}

// A person named by their title, then a dash and a question, asks their
// words on it; so does a yes-no question whether they used a speech
// verb, and a long question opening with a title and a name, then "on"
// and its subject (the title and the name are one person before the
// question is judged long).
func TestWaysOfAskingSomeonesWords(t *testing.T) {
	e := engineOf(t, handBuilt())
	for _, q := range []string{
		"port director - will the grain ships sail on monday or not at all this month",
		"did marchuk announce the ships would sail",
		"port director marchuk on why the grain ships would sail on monday and not any earlier",
	} {
		if a := ask(t, e, q); a.Speaker != "Oleh Marchuk" || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want Oleh Marchuk's words", q, a.Speaker, len(a.Quotes))
		}
	}
}

// A title, then a word for something written ("letter", "tweet",
// "speech") and a subject, asks for what they wrote on it: "archbishop
// letter missing stamp" is the archbishop's words in his letter.
func TestTitleThenWrittenWords(t *testing.T) {
	checkSpeakers(t, engineOfDir(t, "testdata/corpus44"), []speakerCase{{"archbishop letter missing stamp", "Ilarion Cebotari", "a pension delayed by a missing stamp"}})
}
