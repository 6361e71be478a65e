package index

import "testing"

// "the donetsk military admin head", of the "head of the regional
// military administration" in an article on the Donetsk region: the
// place's name the title leaves to "regional" does not keep the one
// title holder from being found; a title of no area does not take it.
func TestPlaceATitleLeavesToRegional(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"donetsk.txt": "Evacuations in Donetsk region\n\n" +
			"Shelling hit Kramatorsk and Sloviansk in the Donetsk region overnight.\n\n" +
			"The head of the regional military administration, Vadym Filashkin, repeated on Telegram his call for residents to evacuate. \"Leave now,\" he wrote.\n\n" +
			"Oksana Marchenko, head of the military hospital in Dnipro, said beds were ready. \"We have room,\" she said.\n",
	})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the donetsk military admin head say", "Vadym Filashkin"},
		{"what did the kharkiv military admin head say", ""},
	})
}
