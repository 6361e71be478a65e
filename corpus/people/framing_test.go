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
