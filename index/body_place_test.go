package index

import "testing"

// Of a body's people, the one whose title places them where the question
// does: "the red cross woman in kolvash" is the ICRC's spokeswoman in
// Kolvash, not its delegation head; and "the red cross guy in kolvash" is
// she too, not the body's one man, in Geneva: the place says whom, the
// word for her only guessed the gender.
func TestBodysPersonByTheirPlace(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"wire.txt": "Exchange delayed\n\n" +
		"Leila Andrus, the ICRC's spokeswoman in Kolvash, said the buses were waiting at the bridge. \"The buses are ready. What we do not have yet is an agreed list,\" she said.\n\n" +
		"In Geneva, ICRC spokesperson Jonas Pereira said the organisation would not comment on names. \"We are a neutral intermediary,\" he said.\n\n" +
		"Marit Ekholm, head of the ICRC's regional delegation, said the men would be interviewed in private. \"Nobody crosses against his will,\" she said.\n"})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the red cross woman in kolvash say", "Leila Andrus"},
		{"what did the red cross guy in kolvash say in the morning", "Leila Andrus"},
		{"what did the red cross guy say", "Jonas Pereira"},
	})
}
