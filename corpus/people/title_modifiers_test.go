package people

import "testing"

// "UNICEF's regional director said …" in a paragraph naming no one: an
// office said whose it is, its modifier ("regional", "medical",
// "technical") part of the title, so the unnamed source is UNICEF's
// regional director, never a bare "director" any article's director
// would answer to.
func TestTitleModifierKeepsTheOfficeWhole(t *testing.T) {
	for text, want := range map[string]string{
		`UNICEF's regional director, who travelled with the convoy, said the agency would follow every case "until the last child is home".`: "UNICEF's regional director",
		`The hospital's medical director said the wards were "warm to the touch by lunchtime" on Friday.`:                                    "hospital's medical director",
	} {
		qs, _ := analyse(paras(text))
		if len(qs) != 1 || qs[0].Speaker != "" || qs[0].Role != want {
			t.Errorf("%.40q…: quotes %+v, want one by an unnamed %q", text, qs, want)
		}
	}
}
