package people

import "testing"

// Two capitalised words whose first is a given name the lexicon lacks
// ("Yaryna", "Jarina") are someone's name when the document treats them
// as one: the surname alone given an age ("Tkalets, 57,"), the initials
// taking an interview's turns ("YT:"), or the given name alone taking a
// transcript's ("[00:02:52] JARINA:"). Their turns are then their words.
func TestNameWithAGivenNameTheLexiconLacks(t *testing.T) {
	got, _ := analyse(paras(
		`For 31 years Yaryna Tkalets has walked the streets of Marensk with a leather bag. Tkalets, 57, spoke to the Courier by phone on Tuesday.`,
		`VP: How did you hear that post was coming?`,
		`YT: From the radio, like everyone. Nobody from the post office told me anything.`,
	))
	checkQuoteSpeakers(t, got, "Yaryna Tkalets")
	got, _ = analyse(paras(
		`[00:02:40] NARRATOR: In occupied Marensk the sacks are met by one woman. Jarina Tkalec has delivered post there for thirty-one years.`,
		`[00:02:52] JARINA: The first bag had about four hundred letters for Marensk. I carried them in two trips.`,
	))
	checkQuoteSpeakers(t, got, "Jarina Tkalec")
}

// A title before a surname the document gives someone in full is that
// person, however the surname is used alone: "Major Tesic" is Major
// Lazar Tesic, not a second man whose given name is "Major".
func TestTitleBeforeASurnameGivenAnAge(t *testing.T) {
	_, d := analyse(paras(
		`Today the trial of Major Lazar Tesic, 58, continues. Tesic commanded the 2nd Battalion.`,
		`According to Koval, Major Tesic told the men to dig. "Nobody counts tonight, and nobody remembers tomorrow," he said.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Major Tesic" {
			t.Errorf("a title read as a given name: %q", p.Name)
		}
	}
}
