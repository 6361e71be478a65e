package people

import (
	"slices"
	"testing"
)

// "Opposition MP Bohdan Solvak (Civic Union, and no relation to the
// ombudsman) said": a bracketed aside holding a comma stands outside
// the clause, so the name before it is the speaker, not whoever the
// paragraph before quoted.
func TestBracketedAsideWithComma(t *testing.T) {
	qs, _ := analyse(paras(
		`Dravenia's commissioner for children's rights, Anatol Vresk, wrote on Relay on Thursday evening: "Eleven children have been handed to relatives at their request." He did not mention the warrant.`,
		`Opposition MP Bohdan Solvak (Civic Union, and no relation to the ombudsman) said on Friday that the government had "waited too long to ask Corvanne for help".`,
	))
	if got := quotesBy(qs)["waited too long to ask Corvanne for help"]; got != "Bohdan Solvak" {
		t.Errorf("speaker %q, want Bohdan Solvak", got)
	}
}

// "Her grandson Ilko was taken …" makes her a grandmother, so "his
// grandmother says. "…," she said" paragraphs on is her; with no one the
// text makes a grandmother, the words are the unnamed grandmother's, not
// those of the last woman named before.
func TestHisGrandmotherSays(t *testing.T) {
	known := paras(
		`"I signed without reading," Nadia Orlenko said.`,
		`Her grandson Ilko, now 10, was taken from Sturnov in November 2076 while she was in hospital.`,
		`The tribunal's registrar, Henrike Vossberg, warned that it "will not accept the language of rescue".`,
		`Ilko has started school again. He still answers the phone in Dravenian, his grandmother says. "He will forget it. I will help him forget it," she said.`,
	)
	qs, _ := analyse(known)
	if got := quotesBy(qs)["He will forget it. I will help him forget it,"]; got != "Nadia Orlenko" {
		t.Errorf("with her grandson named: speaker %q, want Nadia Orlenko", got)
	}
	unknown := paras(
		`The tribunal's registrar, Henrike Vossberg, warned that it "will not accept the language of rescue".`,
		`He still answers the phone in Dravenian, his grandmother says. "He will forget it," she said.`,
	)
	qs, _ = analyse(unknown)
	if got := quotesBy(qs)["He will forget it,"]; got != "" {
		t.Errorf("with no grandmother named: speaker %q, want none", got)
	}
}

// "Matvi Sorel was 13 when …", beside "Lidia Sorel", his mother: a given
// name no list knows, before a surname the text gives someone with one
// it does, is a person; "Matvi said" later is him, not someone called
// Matvi. "Madam Ostapchuk" is how someone addresses Maryna Ostapchuk,
// no relative of hers.
func TestRelativeWithUnlistedGivenName(t *testing.T) {
	ps := paras(
		`Matvi Sorel was 13 when a bus took him from Pelyn to a camp at Lake Ursk. We spoke to him with his mother, Lidia, at his side.`,
		`"They told us we would be home in two weeks," Matvi said.`,
		`"I called every number I had," Lidia Sorel said.`,
	)
	qs, d := analyse(ps)
	if got := quotesBy(qs)["They told us we would be home in two weeks,"]; got != "Matvi Sorel" {
		t.Errorf("speaker %q, want Matvi Sorel", got)
	}
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Text)
	}
	if slices.ContainsFunc(d.People(texts), func(p Person) bool { return p.Name == "Matvi" }) {
		t.Errorf("a person called Matvi alone among %v", d.People(texts))
	}
	qs, d = analyse(paras(
		`Maryna Ostapchuk leads the delegation. "We keep the files," Ostapchuk said.`,
		`Once he said to me, "Madam Ostapchuk, I have grandchildren too," and I said nothing, Arkady Tikhomirov's opposite number recalls.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Madam Ostapchuk" {
			t.Errorf("an address made a person: %v", d.People(nil))
		}
	}
	_ = qs
}

// "Her husband stood beside her … "For eleven months I did not know if
// she knew I was alive," Ruusmaa said": of a wife and husband sharing
// the surname, the pronoun inside the quotation is the speaker's word
// about someone else, no sign of which of them speaks.
func TestPronounInsideQuotationNamesNoSpeaker(t *testing.T) {
	qs, _ := analyse(paras(
		`Liivi Ruusmaa had travelled for three days to see her husband, Sergeant Mattias Ruusmaa, who lost his right arm near Vyshnarod.`,
		`"He did not write that it was so cold," Liivi Ruusmaa said, laughing.`,
		`Her husband stood beside her, holding her suitcase. "For eleven months I did not know if she knew I was alive," Ruusmaa said. "Now she is standing in a doctor's office complaining about the weather."`,
	))
	if got := quotesBy(qs)["For eleven months I did not know if she knew I was alive,"]; got == "Liivi Ruusmaa" {
		t.Errorf("the husband's words given to his wife")
	}
}

// "Mr Aurel Benedek was appointed Special Envoy for Humanitarian Affairs
// by Prime Minister Lautrec": his title is the one given, not a title
// holding the prime minister's who gave it; "Corvanne's special envoy
// and, until three years ago, a judge" leaves no "and" on the title.
func TestAppointedTitle(t *testing.T) {
	ps := paras(
		`Mr Aurel Benedek was appointed Special Envoy for Humanitarian Affairs by Prime Minister Lautrec in November 2077.`,
		`The list is the work of Aurel Benedek, Corvanne's special envoy and, until three years ago, a judge of its Supreme Court.`,
	)
	_, d := analyse(ps)
	for _, p := range d.People(nil) {
		if p.Name != "Aurel Benedek" {
			continue
		}
		for _, r := range p.Roles {
			if r != "Special Envoy for Humanitarian Affairs" && r != "Corvanne's special envoy" {
				t.Errorf("role %q", r)
			}
		}
		return
	}
	t.Errorf("Aurel Benedek not found among %v", d.People(nil))
}

// "The Registrar further stated:", paragraphs after "The Registrar, Ms
// Henrike Vossberg, stated": an adverb between the title and its verb
// leaves the title the subject, whose holder the text named.
func TestAdverbBetweenTitleAndSpeechVerb(t *testing.T) {
	qs, _ := analyse(paras(
		`4. The Registrar, Ms Henrike Vossberg, stated: "The return of eleven children is welcome."`,
		`5. The Registry reminds all States Parties of their obligation to cooperate.`,
		`7. The Registrar further stated: "We are aware that the figures given by the parties differ widely."`,
	))
	if got := quotesBy(qs)["We are aware that the figures given by the parties differ widely."]; got != "Henrike Vossberg" {
		t.Errorf("speaker %q, want Henrike Vossberg", got)
	}
}
