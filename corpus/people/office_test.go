package people

import "testing"

// A title written in full after a name ("Chief Dispatcher of Energonet
// Ukraine"), one with its own "of" before what it is for ("Minister of
// State for Foreign Affairs") and one in a committee's list of members
// ("(Chair)") are the person's role; the capitalised title is never a
// person of its own.
func TestOfficesWrittenOut(t *testing.T) {
	got, d := analyse(paras(
		`Serhiy Marchenko, Chief Dispatcher of Energonet Ukraine, said the rest of the country had not been affected: "There are no scheduled outages today."`,
		`Saudi Minister of State for Foreign Affairs Abdulaziz Al-Mutairi, who chaired the final session, told reporters the deal meant "millions of families will not have to count the hours of light."`,
		`Members present: Dame Caroline Ashby (Chair); Rhys Morgan; Priya Ramaswamy.`,
	))
	roles := checkRoles(t, d, map[string]string{
		"Serhiy Marchenko":     "Chief Dispatcher of Energonet Ukraine",
		"Abdulaziz Al-Mutairi": "Saudi Minister of State for Foreign Affairs",
		"Caroline Ashby":       "Chair",
	})
	if _, ok := roles["Dispatcher"]; ok {
		t.Errorf("a title read as a person: %v", roles)
	}
	checkQuoteSpeakers(t, got, "Serhiy Marchenko", "Abdulaziz Al-Mutairi")
}

// "The Saudi mediator said", after a paragraph naming the Saudi minister
// who chaired the talks, is that minister: a part played in talks
// (mediator, negotiator) is no office anyone holds by that name. Two
// Saudis named leave it open, and no Saudi at all leaves it unattributed.
func TestPartInTalksByCountry(t *testing.T) {
	intro := `Saudi Minister of State for Foreign Affairs Abdulaziz Al-Mutairi, who chaired the final session, spoke to reporters.`
	quote := `"This is not peace, and nobody in this room pretends that it is," the Saudi mediator said.`
	got, _ := analyse(paras(intro, quote))
	checkQuoteSpeakers(t, got, "Abdulaziz Al-Mutairi")

	got, _ = analyse(paras(intro, `Saudi Energy Minister Faisal Al-Harbi sat beside him.`, quote))
	checkQuoteSpeakers(t, got, "")

	got, _ = analyse(paras(`Swiss special envoy Lukas Imboden spoke to reporters.`, quote))
	checkQuoteSpeakers(t, got, "")
}
