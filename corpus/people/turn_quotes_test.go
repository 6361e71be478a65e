package people

import "testing"

// A transcript's turn that is itself a quotation is the turn's speaker's
// (`SOT (TARAS HRYTSENKO): "We have kept …"`), but one that quotes
// someone the text names as saying it (`WREN: "It was not knowing," he
// said.`, of the sergeant Wren just introduced) gives that person's
// words, and a quotation standing after it goes on being theirs.
func TestTurnQuotingSomeoneElse(t *testing.T) {
	qs, _ := analyse(paras(
		`TOBIAS WREN (CORRESPONDENT): A marine sergeant, Yaros Kessel. He is 27, and he was captured at Selvary nineteen months ago.`,
		`WREN: "It was not knowing. The guards used to say we were traded for nothing," he said. "I never did believe them, not once."`,
		`SOT (TARAS HRYTSENKO, MUSEUM DIRECTOR): "We have kept the empty frames on the walls for two years."`,
	))
	checkSpeakers(t, qs, map[string]string{
		"It was not knowing":            "Yaros Kessel",
		"I never did believe them":      "Yaros Kessel",
		"We have kept the empty frames": "Taras Hrytsenko",
	})
}

// A speaker saying whose words they give ("I'm quoting her exactly:")
// gives that person the quotation after it: the one the pronoun stands
// for, never the speaker.
func TestQuotingHerExactly(t *testing.T) {
	qs, _ := analyse(paras(
		`ANA GRELL (PRESENTER): And the ombudsman, Halina Vesk, was there herself?`,
		`TOBIAS WREN (CORRESPONDENT): She stood at the barrier the whole time. When the last bus pulled away she came over to us, and she was angry. I'm quoting her exactly: "I read fourteen names into the microphone and nobody answered."`,
	))
	checkSpeakers(t, qs, map[string]string{
		"I read fourteen names": "Halina Vesk",
	})
}
