package people

import (
	"slices"
	"strings"
	"testing"
)

// "who gave only his first name, Yuri": the text says the word after is
// a name, all it gives, and who stands before the clause is who they
// are; their words and their "he said" are theirs.
func TestNameTheTextSaysIsAllItGives(t *testing.T) {
	ps := paras(
		`Teodor Brasko, who was mayor of Harskova for thirteen years, walked between the rows with a clipboard.`,
		`The driver of bus 9, who gave only his first name, Yuri, said he had driven the same road every weekday before the war. "Today I brought their grandmothers to the cemetery," he said.`,
		`Our reporter Katja Lind spoke to the ship's cook, a Sulanese man who gave only his first name, Ramon. Asked about the base, he said: "For seven weeks they fed us rice and fish."`,
		`A Kordanian engineer officer, who gave his name only as Lieutenant Ostrov, told reporters the device was old. "It was rusty, but alive," he said.`,
	)
	qs, d := analyse(ps)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	for text, want := range map[string]string{
		"Today I brought their grandmothers to the cemetery,": "Yuri",
		"For seven weeks they fed us rice and fish.":          "Ramon",
		"It was rusty, but alive,":                            "Ostrov",
	} {
		if got[text] != want {
			t.Errorf("%q: speaker %q, want %q", text, got[text], want)
		}
	}
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	for _, c := range []struct{ name, role string }{{"Yuri", "driver of bus 9"}, {"Ramon", "ship's cook"}} {
		i := slices.IndexFunc(d.People(texts), func(p Person) bool { return p.Name == c.name })
		if i < 0 || !slices.Contains(d.People(texts)[i].Roles, c.role) {
			t.Errorf("%s: not found with the role %q among %v", c.name, c.role, d.People(texts))
		}
	}
}

// "One of the drivers, who gave only his first name, Milan, tells us:
// "…"": the present "tells" after a comma is the verb, not a noun made
// of it as after a name ("Russian state television"), and "one of the
// drivers" makes him a driver.
func TestGivenOnlyOneOfManyTellsUs(t *testing.T) {
	ps := paras(`13:47 - The four buses are boarding again. One of the drivers, who gave only his first name, Milan, tells us: "I've driven this road for thirty years and nobody on my bus said a word."`)
	qs, d := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Milan" {
		t.Fatalf("quotes %+v, want one, Milan's", qs)
	}
	texts := []string{ps[0].Text}
	i := slices.IndexFunc(d.People(texts), func(p Person) bool { return p.Name == "Milan" })
	if i < 0 || !slices.Contains(d.People(texts)[i].Roles, "driver") {
		t.Errorf("Milan not found as a driver among %v", d.People(texts))
	}
}

// "Samuel Okafor, a former adviser who has worked in Angola, Cambodia
// and Iraq, described the plan to clear 480,000 hectares of farmland by
// 2031 as "…"": the list inside the apposition and the number's comma
// end no clause; the words are his.
func TestNamingVerbAfterAListInTheApposition(t *testing.T) {
	for _, text := range []string{
		`Demining is where the gap is widest. Samuel Okafor, a former United Nations mine action adviser who has worked in Angola, Cambodia and Iraq, described the plan to clear 480,000 hectares of farmland by 2031 as "ambitious but not crazy, provided the money arrives every year". The hardest part, he warned, would be the forests.`,
		`Samuel Okafor, a former adviser who has worked in Angola, Cambodia and Iraq, described the plan as "ambitious but not crazy". He left.`,
	} {
		qs, _ := analyse(paras(text))
		if len(qs) != 1 || qs[0].Speaker != "Samuel Okafor" {
			t.Errorf("%s\nquotes %+v, want one, Samuel Okafor's", text, qs)
		}
	}
}

// "According to Ndour, the injured fitter was back at work "…"": the
// words after the source's comma are the clause's subject, not who
// Ndour is; "Ndour, the OSCE team leader, said" still makes him that.
func TestAccordingToThenASubjectIsNoApposition(t *testing.T) {
	ps := paras(
		`OSCE team leader Pascal Ndour confirms that all 14 engineers have crossed back.`,
		`Work stopped for three hours. According to Ndour, the injured fitter was back at work this morning "with a bandage and a bad mood".`,
		// The role and the name of whom it is: the subject, too.
		`According to Ndour, the commander, General Arkady Selin, had "personally ordered every battery to stand down".`,
	)
	qs, d := analyse(ps)
	for _, q := range qs {
		if strings.Contains(q.Role, "fitter") || strings.Contains(q.Role, "commander") {
			t.Errorf("quote %q shown with the subject's role %q", q.Text, q.Role)
		}
	}
	texts := []string{ps[0].Text, ps[1].Text, ps[2].Text}
	for _, p := range d.People(texts) {
		if p.Name == "Pascal Ndour" && slices.ContainsFunc(p.Roles, func(r string) bool { return strings.Contains(r, "fitter") || strings.Contains(r, "commander") }) {
			t.Errorf("Ndour given the subject's role: %v", p.Roles)
		}
	}
}

// "Lena Hartigan of the ICRC says": a body named by its initials alone
// is the body she is of, as "of the German Council on Foreign
// Relations" is; "the red cross woman" is then she.
func TestOfTheBodyByItsInitials(t *testing.T) {
	ps := paras(`10:05 — Lena Hartigan of the ICRC says the second motor is still in a customs warehouse. "It might as well be on the moon," she says.`)
	qs, d := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Lena Hartigan" || qs[0].Role != "ICRC" {
		t.Fatalf("quotes %+v, want Lena Hartigan's, of the ICRC", qs)
	}
	ppl := d.People([]string{ps[0].Text})
	if i := slices.IndexFunc(ppl, func(p Person) bool { return p.Name == "Lena Hartigan" }); i < 0 || !slices.Contains(ppl[i].Organisations, "International Committee of the Red Cross") {
		t.Errorf("people %+v; want Lena Hartigan of the International Committee of the Red Cross", ppl)
	}
}

// "The driver of one of the city's 23 tankers, who gave only his first
// name, Milo, said": the clause says Milo is a name, whatever the
// lexicon's given names hold, and he is the driver the words before it
// say, up to the first "of" that ends a title.
func TestGivenOnlyNameTheLexiconLacks(t *testing.T) {
	ps := paras(`The driver of one of the city's 23 tankers, who gave only his first name, Milo, said he had been making four runs a day. "People wait at the corner with prams full of empty bottles," he said.`)
	qs, d := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Milo" {
		t.Fatalf("quotes %+v, want one, Milo's", qs)
	}
	ppl := d.People([]string{ps[0].Text})
	if i := slices.IndexFunc(ppl, func(p Person) bool { return p.Name == "Milo" }); i < 0 || !slices.Contains(ppl[i].Roles, "driver of one of the city's 23 tankers") {
		t.Errorf("people %+v; want Milo, the driver of one of the city's 23 tankers", ppl)
	}
}

// "… said his units had "not fired a single round" since 6 a.m. on
// Monday, and accused Velmar of "shelling its own engineers"": a full
// stop before a lower-case word ends no sentence, and "accused X of"
// frames its subject's words as "described X as" does.
func TestAccusedAfterAnAbbreviatedTime(t *testing.T) {
	ps := paras(`Both sides denied responsibility. Colonel Teodor Vash, the Karsovan commander in the sector, said his units had "not fired a single round" since the truce took effect at 6 a.m. on Monday, and accused Velmar of "shelling its own engineers to blame us".`)
	qs, _ := analyse(ps)
	if len(qs) != 2 || qs[0].Speaker != "Teodor Vash" || qs[1].Speaker != "Teodor Vash" {
		t.Fatalf("quotes %+v, want two, both Teodor Vash's", qs)
	}
}

// "Karsovan sector commander Colonel Teodor Vash": a colonel's rank
// before the name, and before it an office written in lower case, the
// office his quotes are shown with — not "commander Colonel".
func TestOfficeBeforeARankBeforeTheName(t *testing.T) {
	ps := paras(`09:20 — From the other side, Karsovan sector commander Colonel Teodor Vash says his orders are unchanged. "Nothing leaves a barrel until eight o'clock tonight," he told reporters.`)
	qs, _ := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Teodor Vash" || qs[0].Role != "Karsovan sector commander" {
		t.Fatalf("quotes %+v, want Teodor Vash's, as Karsovan sector commander", qs)
	}
}

// "Pannoria's interior ministry disputed that account. A ministry
// spokeswoman, Petra Sol, said …": the bare "ministry" of her title is
// the one the sentence before names, so "the interior ministry" finds
// her.
func TestBareBodyOfATitleNamedBefore(t *testing.T) {
	ps := paras(`Pannoria's interior ministry disputed that account. A ministry spokeswoman, Petra Sol, said the duty centre had received "a single automated message" at 01:58.`)
	qs, _ := analyse(ps)
	if len(qs) != 1 || qs[0].Speaker != "Petra Sol" || qs[0].Role != "Pannoria's interior ministry spokeswoman" {
		t.Fatalf("quotes %+v, want Petra Sol's, as Pannoria's interior ministry spokeswoman", qs)
	}
}
