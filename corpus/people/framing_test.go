package people

import (
	"strings"
	"testing"
)

// speakerOf is who the quotation opening with start is given to, and
// whether there is one.
func speakerOf(qs []Quote, start string) (string, bool) {
	for _, q := range qs {
		if strings.HasPrefix(q.Text, start) {
			return q.Speaker, true
		}
	}
	return "", false
}

// checkSpeakers fails t for every quotation of want not given to its
// speaker ("" for no one).
func checkSpeakers(t *testing.T, qs []Quote, want map[string]string) {
	t.Helper()
	for start, who := range want {
		got, ok := speakerOf(qs, start)
		if !ok {
			t.Errorf("no quotation %q read", start)
		} else if got != who {
			t.Errorf("%q given to %q; want %q", start, got, who)
		}
	}
}

// A title joining two fields of one portfolio ("climate and
// environment") is one person's; "residents and the mayor" are two
// subjects, and their words no one's alone.
func TestPortfolioOfTwoFields(t *testing.T) {
	qs, d := analyse(paras(
		`"Nobody in this room pretended to like the other side," Polish deputy climate and environment minister Halina Zaremba told reporters as she left the hall. "That was enough to keep us at the table."`,
		`"The water came back at noon," residents and mayor Ivan Petrenko said.`,
		`"We lost two pumps in one night," farmers and agriculture minister Olha Dovhan said.`,
	))
	checkSpeakers(t, qs, map[string]string{
		"Nobody in this room": "Halina Zaremba",
		"That was enough":     "Halina Zaremba",
		"The water came back": "",
		"We lost two pumps":   "",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Halina Zaremba" && !strings.Contains(strings.Join(p.Roles, "|"), "deputy climate and environment minister") {
			t.Errorf("Zaremba's roles %q; want the whole title among them", p.Roles)
		}
	}
}

// A plain-text newsletter quotes as e-mail does, marking the block "> ":
// the marks are no words before the quotation, which is whoever the
// paragraph before brought in to speak, after an opening phrase
// ("Speaking in Kyiv on Tuesday, she said:").
func TestQuotedBlockAfterItsIntroduction(t *testing.T) {
	qs, _ := analyse(paras(
		`Deputy Foreign Minister Oksana Levchuk, who led Ukraine's delegation in both Vienna and Doha, gave a press conference in Kyiv on Tuesday.`,
		`Levchuk did not soften her position. Speaking in Kyiv on Tuesday, she said:`,
		`> "A man who tells an audience of millions which city to shell next is not a journalist. He is part of the targeting system."`,
		`The group's chair, the retired Irish editor Declan Moriarty, will rule on the four by 20 April. Moriarty told this newsletter:`,
		`> "I have read every script those men broadcast. I will read them again, and I will decide by the scripts."`,
	))
	checkSpeakers(t, qs, map[string]string{
		"A man who tells":          "Oksana Levchuk",
		"I have read every script": "Declan Moriarty",
	})
}

// Asides and openings between a speaker and their words: an opening
// phrase before the pronoun, a live blog's "Name, aside, on the topic:",
// a title of two capitalised words before a name and its apposition, a
// body's chair named by a verb ("chaired by") and then called its
// chairman, and an anecdote the speaker "remembers".
func TestSpeakerAcrossAsides(t *testing.T) {
	qs, d := analyse(paras(
		`Viktor Sazonov and Larysa Demchuk signed the Varna Arrangement.`,
		`Ukraine's energy minister, Oksana Hrytsenko, spoke at the closing press conference in Muscat.`,
		`Asked about the money, she was just as blunt: "We need $3.8 billion before spring."`,
		`**23:58** Sazonov, leaving the palace, on the missing handshake: "We signed. That is enough intimacy for one evening."`,
		`Major General Igor Pankratov, the Russian Defence Ministry's representative on the commission, calls them "the complete record as held in our archives".`,
		`The Ukrainian Air Traffic Controllers' Union, chaired by Bohdan Savchuk, has warned that the service is short of staff. "We will not hand over tired people to a live corridor," the union's chairman said in a statement.`,
		`"She does not raise her voice. She raises a page number," said Bohdan Yaremchuk, her deputy on the delegation.`,
		`He remembers a night session in Helsinki when the Russian team produced a list that was two names short. "She looked at the head of their group. They found them at two in the morning."`,
		`A: Everyone remembers. The monitors have been to the pumping station twice already.`,
	))
	checkSpeakers(t, qs, map[string]string{
		"We need $3.8 billion":   "Oksana Hrytsenko",
		"We signed.":             "Viktor Sazonov",
		"the complete record":    "Igor Pankratov",
		"We will not hand over":  "Bohdan Savchuk",
		"She looked at the head": "Bohdan Yaremchuk",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Everyone" {
			t.Errorf("a person %q read from \"Everyone remembers\"", p.Name)
		}
	}
}

// An alert's "Role Name on the topic:", the words "in the director's
// words" and "his message" bring in, and a word for a person that is no
// title ("the collector", "the paediatrician") standing for the one whose
// role holds it.
func TestSpeakerByFramingWords(t *testing.T) {
	qs, _ := analyse(paras(
		`[2 Mar 2074, 22:15] Ukraine's deputy energy minister Halyna Moroz on the dam deal: "We did not come to Geneva to make friends. We came to save the villages."`,
		`The laboratory is led by its director, Dr Niamh Brennan, and has a staff of 46. In the director's words: "We do not work for either army. We work for the families."`,
		`Colonel Gennady Lutov, who led the Russian delegation at Melk, took no questions but read a short statement. His message was blunt: "Nothing was looted. Everything was evacuated and now returned."`,
		`The three lots were consigned by Konrad Aeschlimann, a private collector based in Zurich, who has agreed to their withdrawal.`,
		`In a written statement, the collector said: "I bought three beautiful panels with paperwork that looked in order."`,
		`Dr Marta Koval, the convoy's paediatrician, ran a 12-bed infirmary at the camp for the whole stay.`,
		`"Asthma gets worse with fear, and these children have had a lot of fear," the paediatrician added.`,
	))
	checkSpeakers(t, qs, map[string]string{
		"We did not come to Geneva": "Halyna Moroz",
		"We do not work":            "Niamh Brennan",
		"Nothing was looted":        "Gennady Lutov",
		"I bought three":            "Konrad Aeschlimann",
		"Asthma gets worse":         "Marta Koval",
	})
}

// A name the text gives no one, before a colon ("UN's Vasquez:"),
// frames the quotation after it: a pronoun in the next sentence does not
// give it to the last woman quoted.
func TestColonFramedByUnknownName(t *testing.T) {
	qs, _ := analyse(paras(
		`[2 Mar 2074, 22:15] Ukraine's deputy energy minister Halyna Moroz said: "We did not come to Geneva to make friends."`,
		`[24 Mar 2074, 20:02] UN's Vasquez: "Three weeks of silence bought a spring without a flood." She urged both sides to keep their guns away from the dam.`,
	))
	checkSpeakers(t, qs, map[string]string{
		"We did not come to Geneva": "Halyna Moroz",
		"Three weeks of silence":    "",
	})
}

// A lone capitalised word next to a verb of speech is a surname unless
// the document shows it is a body or a country: "Chief Executive of
// Aldgrid", "Aldgrid spokeswoman", "the Tarskan side", or a country's
// people's adjective ("Dravenian", of Dravenia).
func TestBodyOrCountryNoSurname(t *testing.T) {
	_, d := analyse(paras(
		`About 118,000 households were without electricity by mid-morning, Aldgrid said, adding that rolling blackouts would start on Tuesday.`,
		`"Nobody goes near that yard," Aldgrid spokeswoman Hanna Kirrow said.`,
		`Oskar Vendel, Chief Executive of Aldgrid, visited the site.`,
		`Viktor Ostrakh, who headed the Tarskan side in Jeddah, spoke on Monday; on Tuesday Tarsk said the damage came from an interceptor.`,
		`"The drone came from the east," said Reisner, who has tracked the launches for a year.`,
		// A firm's name joins two words with "&".
		`Hugh Pennick of the broker Calder & Moss said on Monday that quotes had eased.`,
		// The people's adjective of a country the document names.
		`Dravenia denied it. The navy said Dravenian submarines had laid a field.`,
	))
	names := map[string]bool{}
	for _, p := range d.People(nil) {
		names[p.Name] = true
	}
	for _, not := range []string{"Aldgrid", "Tarsk", "Moss", "Dravenian"} {
		if names[not] {
			t.Errorf("%q read as a person; people %v", not, names)
		}
	}
	if !names["Reisner"] {
		t.Errorf("the surname Reisner not read as a person; people %v", names)
	}
}
