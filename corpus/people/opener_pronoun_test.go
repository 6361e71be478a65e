package people

import "testing"

// An opener alone before a pronoun ("Afterwards she", "Then, he") is no
// subject: the pronoun is, and a speech verb joined to its verb by "and"
// is its speaker's ("Afterwards she took my hand and told me, "…""). With
// no one of the pronoun's gender in reach the words stay unattributed.
func TestOpenerBeforeAPronounAndAJoinedSpeechVerb(t *testing.T) {
	intro := `Then Agnes Jastrow, the village head, started clapping, and everyone joined in. `
	for _, tc := range []struct{ text, want string }{
		{`Afterwards she took my hand and told me, "Now Brenna is a village again."`, "Agnes Jastrow"},
		{`Afterwards, she took my hand and said, "Now Brenna is a village again."`, "Agnes Jastrow"},
		{`Later he took my hand and said, "Now Brenna is a village again."`, ""},
	} {
		got, _ := analyse(paras(intro + tc.text))
		checkQuoteSpeakers(t, got, tc.want)
	}
}
