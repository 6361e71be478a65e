package index

import "testing"

// "the ombudsman lady" is the Ombudsman, not the spokeswoman for the
// ombudsman's office: a possessive in a title says whose office it is,
// not what its holder is.
func TestTitleOwnerIsNotTheTitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"bridge.txt": `Children cross the Oskra bridge

KESH-AMAR, June 14 - The Norwegian Ombudsman, Astrid Vangsnes, said: "We will not stop at the bridge."

Kari Nesheim, spokeswoman for the Norwegian ombudsman's office, said the boy would stay with his grandmother. "He told officials he wants to stay," she said.

Vangsnes later told KTV: "He is not a hostage."
`})
	if a := ask(t, e, "what did the ombudsman lady say"); a.Speaker != "Astrid Vangsnes" {
		t.Errorf("answered as %q's words, want Astrid Vangsnes's", a.Speaker)
	}
}
