package people

import "testing"

// A relative named in full as someone's ("Her husband, Danil Sorokan")
// leaves the shared surname to the one whose relative they are, except
// right after: "Sorokan said" in the paragraph introducing him, with no
// one named since, is him.
func TestRelativeJustNamedTakesTheSurname(t *testing.T) {
	got, _ := analyse(paras(
		`Mila Sorokan, 27, a bookkeeper on Lower Street, shut the door on the vaccination team.`,
		`"My son is two," Sorokan said.`,
		`Her husband, Danil Sorokan, 31, went to find the nurse. "Katarina vaccinated me when I was a baby," Sorokan said.`,
		`"We are lucky," Sorokan said.`,
	))
	checkQuoteSpeakers(t, got, "Mila Sorokan", "Danil Sorokan", "Mila Sorokan")
}

// Of two surnames the first is the one used alone: "Quiroga said" is
// Mariela Quiroga Benitez, no new person "Quiroga".
func TestFirstOfTwoSurnames(t *testing.T) {
	got, _ := analyse(paras(
		`Mariela Quiroga Benitez, a forensic anthropologist from Argentina, said through an interpreter that the grave had been dug "in a hurry".`,
		`"Some of them still had their boots laced," Quiroga said.`,
	))
	checkQuoteSpeakers(t, got, "Mariela Quiroga Benitez", "Mariela Quiroga Benitez")
}

// Either half of a hyphened surname is the one person: "Andar said",
// after "his grandmother, Halina Rusek-Andar", is her, no new person
// "Andar" keeping her words.
func TestHalfOfHyphenedSurname(t *testing.T) {
	got, _ := analyse(paras(
		`Tymon Rusek, 12, lives with his grandmother, Halina Rusek-Andar, in Kesh-Amar.`,
		`Reached by phone, Andar said she would not stand in the boy's way. "I will not keep him against his will," she said.`,
	))
	checkQuoteSpeakers(t, got, "Halina Rusek-Andar")
}
