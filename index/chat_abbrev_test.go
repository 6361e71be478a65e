package index

import "testing"

// Chat's short words for a question, a university, a podcast and "would"
// read as the words; "ag" before a ministry is agriculture, as before a
// minister; "le temps" stays a newspaper.
func TestChatAbbreviations(t *testing.T) {
	for q, want := range map[string]string{
		"who answered the written q on demining":           "who answered the written question on demining",
		"what did the researcher from orsund uni say":      "what did the researcher from orsund university say",
		"did the journalist on the pod think it will last": "did the journalist on the podcast think it will last",
		"when wud the moratorium start":                    "when would the moratorium start",
		"what did the ag ministry say after the accident":  "what did the agriculture ministry say after the accident",
		"who leaked the emails to le temps":                "who leaked the emails to le temps",
	} {
		if got := expandShorthand(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
}
