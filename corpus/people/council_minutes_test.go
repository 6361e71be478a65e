package people

import (
	"slices"
	"testing"
)

// A council's minutes list those present, one a line, each with a title
// after a comma or in brackets; "The Mayor said" is the mayor, not the
// deputy mayor (whose every mayor's title is a deputy's), and a title
// closing one line is that line's name's, not the next line's.
func TestCouncilMinutes(t *testing.T) {
	got, d := analyse(paras(
		"PRESENT:\nMayor Anton Kervan (Chair)\nCllr Hanne Sorvik (Deputy Mayor)\nCllr Piet Ambros",
		"IN ATTENDANCE:\nGerda Holm, Town Clerk\nBram Ostel, Town Engineer\nMiroslava Tenning, Head of the Harrow Farmers' Cooperative (for item 4)",
		`Mrs Tenning said: "The water is at the door, but the door is locked. We need the council's diggers, not its sympathy."`,
		`The Mayor said: "We will find the money. This town has waited ten months for this river."`,
		`Cllr Banks asked whether the council would hold a public celebration. The Mayor said it would wait until after the harvest. "We celebrate when the barns are full, not before," he said.`,
	))
	checkQuoteSpeakers(t, got, "Miroslava Tenning", "Anton Kervan", "Anton Kervan")
	if got[0].Role == "Town Engineer" {
		t.Errorf("Tenning's words credited under the town engineer's title")
	}
	for _, p := range d.People(nil) {
		if p.Name == "Miroslava Tenning" && slices.Contains(p.Roles, "Town Engineer") {
			t.Errorf("Tenning titled %q, the line before hers", p.Roles)
		}
	}
}

// "Her aunt, Agnes Jastrow, is the village head of Brenna": the name
// set apart as the subject's, the sentence titles her too; "The village
// head was blunter. "…," she said." two paragraphs on is her.
func TestCopulaAfterANameInApposition(t *testing.T) {
	got, _ := analyse(paras(
		`Mira Jastrow, 29, handles a spaniel called Pepper. Her aunt, Agnes Jastrow, is the village head of Brenna.`,
		`"The dogs don't get bored, and they don't get brave," Mira Jastrow said.`,
		`The village head was blunter. "Brenna lost three harvests and one good man's leg. We are not going to lose anything else," she said.`,
	))
	checkQuoteSpeakers(t, got, "Mira Jastrow", "Agnes Jastrow")
}
