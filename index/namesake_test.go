package index

import (
	"strings"
	"testing"
)

// Of two people sharing a surname, a word for a woman or a man in the
// question says which ("the granny kovalenko", "the kovalenko guy"), and
// so does an honorific ("ms kovalenko", "mr kovalenko"); with no such
// word, or both of one gender, it is no guess.
func TestNamesakeByAWordForWomanOrMan(t *testing.T) {
	// corpus43: Halyna Kovalenko, a pensioner from Vovchansk, and Andriy
	// Kovalenko, the customs spokesman ("No relation, he says").
	e := engineOfDir(t, "testdata/corpus43")
	for _, tt := range []struct{ q, speaker, quote string }{
		{"what did the granny kovalenko from vovchansk say", "Halyna Kovalenko", ""},
		{"what did the kovalenko guy say", "Andriy Kovalenko", ""},
		{"what did ms kovalenko say", "Halyna Kovalenko", ""},
		{"what did mr kovalenko say abt the slots", "Andriy Kovalenko", ""},
		{"what did kovalenko say", "", ""},
	} {
		a := ask(t, e, tt.q)
		if a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
			continue
		}
		if tt.quote != "" && (len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, tt.quote)) {
			t.Errorf("%q: quotes %+v, want %q first", tt.q, a.Quotes, tt.quote)
		}
	}
}

// "… acc to customs": a body the articles quote through its one
// spokesperson is asked for their words on it; a body with none is
// searched as words.
func TestAccordingToABodysSpokesperson(t *testing.T) {
	page := "Your questions answered\n\n" +
		"From 1 May you will have to book a time slot for the crossing. Andriy Kovalenko, spokesman for the State Customs Service, urged drivers not to turn up without one. \"If you come without a slot after the first of May, you will be sent to the waiting area in Derhachi,\" the customs spokesman said.\n\n" +
		"The railway will publish the timetable in the coming days.\n"
	e := engineOfFiles(t, map[string]string{"qa.txt": page})
	a := ask(t, e, "what happens if i show up w/o a slot after may 1 acc to customs")
	if a.Speaker != "Andriy Kovalenko" || len(a.Quotes) == 0 || !strings.Contains(a.Quotes[0].Text, "waiting area in Derhachi") {
		t.Errorf("speaker %q, quotes %+v; want the customs spokesman on the waiting area", a.Speaker, a.Quotes)
	}
	if a := ask(t, e, "when is the timetable out acc to the railway"); a.Speaker != "" {
		t.Errorf("the railway, which no spokesperson speaks for: speaker %q, want none", a.Speaker)
	}
}

// Of two people sharing a surname, the one whose words are on the
// question's subject answers it: whose quotation itself says "train",
// not the namesake whose paragraph merely mentions one; and when only
// what one of them is reported to have said is on it ("told Reuters
// that …"), that report comes first.
func TestNamesakeWhoseWordsAreOnTheSubject(t *testing.T) {
	page := "Relatives wait for the train\n\n" +
		"Halyna Bondar, spokeswoman for the families' association, said relatives had \"learned to count handovers, not signatures\". She added that the association would send volunteers to meet the train in Kyiv.\n\n" +
		"\"Every family deserves a name on a grave,\" Halyna Bondar said.\n\n" +
		"Petro Bondar, who heads the railway's special transport unit, has run the train since 2053. \"We drive it slower than a freight train, on purpose,\" he said. \"A gentle journey is the least we owe them.\"\n\n" +
		"\"My drivers volunteer for this work,\" Petro Bondar said.\n\n" +
		"On Saturday, Petro Bondar told Reuters that the wagons would be cooled to two degrees.\n"
	e := engineOfFiles(t, map[string]string{"train.txt": page})
	checkSpeakers(t, e, []speakerCase{{"what did bondar say about the train", "Petro Bondar", "We drive it slower than a freight train"}})
	a := ask(t, e, "what did bondar tell reuters")
	if a.Speaker != "Petro Bondar" || len(a.Quotes) == 0 || !a.Quotes[0].Reported || !strings.Contains(a.Quotes[0].Text, "two degrees") {
		t.Errorf("speaker %q, quotes %+v; want what Petro Bondar told Reuters first", a.Speaker, a.Quotes)
	}
}

// Of two people sharing a surname, a nationality before it says which,
// when the titles of only one name that country: "the dravenian brask"
// is Dravenia's deputy foreign minister, not the captain of no country
// the articles give.
func TestNamesakeByNationality(t *testing.T) {
	page := "Grain ships sail\n\n" +
		"Captain Teodor Brask of the bulk carrier Morning Wren said his crew had waited 19 days. \"We counted the days by the bread,\" Brask said.\n\n" +
		"Dravenia's deputy foreign minister, Oskar Brask, spoke on Dravenian state television. \"We signed a text, not a blank cheque,\" he said.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": page})
	for _, tt := range []struct{ q, speaker string }{
		{"what did the dravenian brask say", "Oskar Brask"},
		{"what did brask say", ""},
	} {
		if a := ask(t, e, tt.q); a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
	}
}
