package people

import (
	"slices"
	"testing"
)

// A photo essay heads each picture with what the one it shows is ("4.
// The beekeeper") and names them in the caption under it: they are the
// beekeeper. A heading that is a thing ("The boat") gives no one a
// title, nor does one over a caption opening with something other than
// a name, and a heading saying less than the caption ("The chief" over
// "the crew chief at Grell Mill fire station") adds nothing.
func TestPhotoHeadingNamesWhatTheCaptionedIs(t *testing.T) {
	_, d := analyse(paras(
		"The chief",
		"Anton Brasko, 61, the crew chief at Grell Mill fire station, on the rail embankment on Wednesday.",
		"The beekeeper",
		`Hana Ferrant, 58, holds a frame from one of her burnt hives on Saturday. "Bees I can replace," she said.`,
		"The boat",
		"A river police boat lands at Sennet Ford carrying Emil Dravic, 12.",
		"The pilot",
		"On Friday the planes flew again. Captain Jonas Ferrant flew the second one.",
	))
	roles := rolesOf(d)
	if !slices.Contains(roles["Hana Ferrant"], "beekeeper") {
		t.Errorf("Hana Ferrant: roles %q, want beekeeper", roles["Hana Ferrant"])
	}
	if slices.Contains(roles["Anton Brasko"], "chief") {
		t.Errorf("Anton Brasko: roles %q, want the caption's fuller title alone", roles["Anton Brasko"])
	}
	if r := roles["Emil Dravic"]; slices.Contains(r, "boat") {
		t.Errorf("Emil Dravic: roles %q, want no boat", r)
	}
	if r := roles["Jonas Ferrant"]; slices.Contains(r, "pilot") {
		t.Errorf("Jonas Ferrant: roles %q, want none from a heading over a caption he does not open", r)
	}
}
