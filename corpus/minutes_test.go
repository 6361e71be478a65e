package corpus

import (
	"slices"
	"strings"
	"testing"
)

// commissionMinutes are minutes that list those present with the
// initials they then call them by.
const commissionMinutes = `CLAIMS COMMISSION FOR WAR DAMAGE TO THE ENVIRONMENT
MINUTES OF THE 3RD PLENARY MEETING

Date: Tuesday, 30 June 2065
Time: 10:00–13:10 (Geneva time)
Place: International Environment House, Geneva

PRESENT
Oksana Kravets (OK), Ukraine, head of delegation
Solveig Berg (SB), Norwegian Ministry of Climate and Environment, observer
Yelena Shatrova (YS), Russian Federation, head of delegation
Kofi Asante (KA), secretariat, minutes

3. SCHEDULE B PROCEDURE

YS stated that the Russian Federation "does not recognise any claim in Schedule B as admissible." OK replied that Ukraine "will register every hectare, whether or not anyone is allowed to look at it." SB said Norway would "keep the proposal on the table until the autumn."

4. FUND STATUS

The fund holds EUR 310 million. Members agreed that it was OK to publish the figure.
`

// Minutes call people by the initials their list of those present gives
// them: "YS stated that …" is Yelena Shatrova's.
func TestMinutesInitialsSpeak(t *testing.T) {
	d, _ := loadOne(t, "minutes.txt", commissionMinutes)
	want := map[string]string{
		"does not recognise any claim":   "Yelena Shatrova",
		"will register every hectare":    "Oksana Kravets",
		"keep the proposal on the table": "Solveig Berg",
	}
	for start, who := range want {
		wantSpeaker(t, d, start, who)
	}
}

// coordinationMinutes list those present with their initials first, in
// a column, then name, title and body.
const coordinationMinutes = `VELINSK CITY ADMINISTRATION
ZOO EVACUATION COORDINATION GROUP

MINUTES OF MEETING No. 4

Date:   Thursday 8 March 2074, 18:00-19:40
Place:  Velinsk City Hall, Room 212

PRESENT
IH   Ingrid Halvorsen, Chief Executive, Wildguard International (Chair)
VL   Viktor Lasko, Director, Velinsk City Zoo
IK   Dr Irena Kovac, Head Veterinarian, Velinsk City Zoo
ED   Ewa Domanska, Liaison Officer, Ministry of Foreign Affairs of Poland (by video)

1. SEDATION PLAN
1.1 IK raised concern about the oldest bear, Tuman. IK: "He is twenty-six and his heart is weak. I cannot promise you he will arrive."
1.2 ED confirmed the Front had been told of the new route via the mediators.

2. ANY OTHER BUSINESS
2.1 VL: "Most of these animals were born here. Let the people who fed them say goodbye."
`

// Those present, initials first, are who the minutes' initials are, with
// the titles the list gives them; none of them is the minutes' author,
// and the initials are no part of a name.
func TestMinutesInitialsFirst(t *testing.T) {
	d, _ := loadOne(t, "minutes.txt", coordinationMinutes)
	wantSpeaker(t, d, "He is twenty-six", "Irena Kovac")
	wantSpeaker(t, d, "Most of these animals", "Viktor Lasko")
	if !slices.ContainsFunc(d.People, func(p Person) bool {
		return p.Name == "Ingrid Halvorsen" && slices.Contains(p.Roles, "Chief Executive, Wildguard International")
	}) {
		t.Errorf("Ingrid Halvorsen and her title not read: %+v", d.People)
	}
	for _, p := range d.People {
		if strings.HasPrefix(p.Name, "VL ") {
			t.Errorf("a person named %q", p.Name)
		}
	}
	if d.Author != "" {
		t.Errorf("author %q, want none", d.Author)
	}
}

// The list of those present is text a member can find ("who is ewa
// domanska", "who chaired the meeting"): one passage, as written, the
// lines still declaring the initials; and the initials before a title
// ("IK Dr Irena Kovac") are no part of it.
func TestMinutesListOfThosePresentIsText(t *testing.T) {
	d, _ := loadOne(t, "minutes.txt", coordinationMinutes)
	listed := false
	for _, p := range d.Passages {
		listed = listed || strings.HasPrefix(p.Text, "PRESENT: IH Ingrid Halvorsen, Chief Executive, Wildguard International (Chair); ") &&
			strings.Contains(p.Text, "ED Ewa Domanska, Liaison Officer, Ministry of Foreign Affairs of Poland (by video)")
	}
	if !listed {
		t.Errorf("no passage lists those present: %+v", d.Passages)
	}
	for _, p := range d.People {
		for _, r := range append([]string{p.Role}, p.Roles...) {
			if strings.HasPrefix(r, "IK") {
				t.Errorf("%s has the title %q", p.Name, r)
			}
		}
	}
}
