package people

import (
	"slices"
	"strings"
	"testing"
)

// A title is read with the body that owns it ("the central bank's
// governor"), a lawyer's with "counsel", and a statement's words are its
// author's; a reporter's outlet beside "QUESTION" is no title, and a
// sentence crediting words before a colon is no label.
func TestTitlesTheirOwnersAndStatements(t *testing.T) {
	tests := []struct {
		name    string
		para    string
		speaker string // of the quotation in para
		role    string // one of the speaker's roles; "" for none
	}{
		{"a body in common nouns owns the title",
			`In Moscow that evening, the central bank's governor, Yelena Arkhipova, said the award was "an expensive lesson in the value of neutrality".`,
			"Yelena Arkhipova", "central bank's governor"},
		{"a body's name, \"of\" and all",
			`The Bank of Russia's governor, Yelena Arkhipova, said the award was "an expensive lesson in the value of neutrality".`,
			"Yelena Arkhipova", "Bank of Russia's governor"},
		{"a statement described something",
			`In Moscow that evening, the central bank's governor, Yelena Arkhipova, issued a statement describing the award as "an expensive lesson in the value of neutrality".`,
			"Yelena Arkhipova", "central bank's governor"},
		{"a participle after a comma goes on with the verb before it",
			`"Our conditions are well known, and nothing said in Berlin changes them," Sergei Lavrov added, describing the statement as "a wish list written without asking Russia".`,
			"Sergei Lavrov", ""},
		{"a long phrase before the subject",
			`Speaking outside the hearing venue on the Rue de Lausanne shortly after 16:00, Konstantin Belov, counsel for the Bank of Russia, said: "Today a tribunal has decided that the interest belongs to whoever holds the key."`,
			"Konstantin Belov", "counsel for the Bank of Russia"},
		{"letters after the name, counsel before the verb",
			`Sarah Whitcombe KC, counsel for Ukraine, said: "Two point nine billion euros will now go where it should always have gone."`,
			"Sarah Whitcombe", "counsel for Ukraine"},
		{"a reporter's outlet is no constituency",
			"QUESTION (Nadia Bernet, Radio Lac): Federal Councillor, is 31 March realistic, given the interest dispute?\nBEATRICE AMSLER: It is realistic if both sides want it to be, and I believe they do.\nQUESTION (Tom Adeyemi, Continental Wire): Moscow says any interest belongs to its central bank. Do you agree?",
			"Tom Adeyemi", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, d := analyse(paras(strings.Split(tt.para, "\n")...))
			if len(qs) == 0 {
				t.Fatalf("no quotation found in %q", tt.para)
			}
			q := qs[len(qs)-1]
			if q.Speaker != tt.speaker {
				t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, tt.speaker)
			}
			roles := rolesOf(d)[tt.speaker]
			if tt.role == "" {
				if slices.ContainsFunc(roles, func(r string) bool { return strings.Contains(r, "MP") }) {
					t.Errorf("%s's roles %q: an outlet read as a constituency", tt.speaker, roles)
				}
				return
			}
			if !slices.Contains(roles, tt.role) {
				t.Errorf("%s's roles %q, want %q among them", tt.speaker, roles, tt.role)
			}
		})
	}
}

// A call's list of participants credits each name with a title after a
// dash ("Prof Marieke van Doorn - President, ICC-U, The Hague"); a body
// named after a title and a comma ("Chair, Escrow Supervisory Board") is
// no person.
func TestParticipantLines(t *testing.T) {
	_, d := analyse(paras(
		"Participants:",
		"Dr Henrik Solvang - Chair, Escrow Supervisory Board; Vice-President, Europe and Central Asia, World Bank",
		"Dr Naledi Mokoena - Treasurer, Lucerne Reconstruction Fund",
		"Prof Marieke van Doorn - President, ICC-U, The Hague",
		"Marieke van Doorn: As of yesterday the register holds 1,412,000 claims - we certify about 9,000 a week.",
	))
	checkHasRoles(t, d, map[string]string{
		"Henrik Solvang":    "Chair, Escrow Supervisory Board",
		"Naledi Mokoena":    "Treasurer, Lucerne Reconstruction Fund",
		"Marieke van Doorn": "President, ICC-U, The Hague",
	})
	roles := rolesOf(d)
	if _, ok := roles["Escrow Supervisory Board"]; ok {
		t.Errorf("a board read as a person: %q", roles)
	}
}

// A press call's questions are the askers' ("Question - Dmytro Pavlenko,
// Kyiv Business Review:"), never the last answerer's, and a label may
// hold a surname's particle ("Marieke van Doorn:").
func TestCallQuestionsAreTheAskers(t *testing.T) {
	qs, _ := analyse(paras(
		"Dr Naledi Mokoena - Treasurer, Lucerne Reconstruction Fund",
		"Prof Marieke van Doorn - President, ICC-U, The Hague",
		"Operator: Good afternoon, and welcome to the first operational update of the fund.",
		"Naledi Mokoena: Payments to claimants will be made in hryvnia through Ukrainian state banks.",
		"Question - Kenji Watanabe, Asia Markets Daily: Dr Mokoena, why only 40% hedging? The hryvnia has been volatile.",
		"Naledi Mokoena: Because hedging costs money, and every euro spent on it does not fix a roof.",
		"Question - Dmytro Pavlenko, Kyiv Business Review: A follow-up for Professor van Doorn. Are business claims pushed to the back?",
		"Marieke van Doorn: It is the rule the parties chose, not one we invented. We look at the damage, not the letterhead.",
	))
	byText := speakersByStart(qs, 24)
	for start, want := range map[string]string{
		"Dr Mokoena, why only 40%": "Kenji Watanabe",
		"A follow-up for Professo": "Dmytro Pavlenko",
		"It is the rule the parti": "Marieke van Doorn",
		"Because hedging costs mo": "Naledi Mokoena",
	} {
		if got := byText[start]; got != want {
			t.Errorf("%q… credited to %q, want %q", start, got, want)
		}
	}
}

// A council's minutes name a councillor in the list of those present and
// then by title and surname ("Cllr Kovalenko asked that her words be
// minuted"): hers, not the judge of the same surname named after her.
func TestCouncillorIsNotTheJudge(t *testing.T) {
	qs, _ := analyse(paras(
		"Cllr Mykola Bondar (Chair)",
		"Cllr Iryna Kovalenko (Chair, Education Committee)",
		`Cllr I. Kovalenko reported that four schools would reopen. Cllr Kovalenko asked that her words be minuted: "We will not send children into a building with no roof."`,
		"Cllr Kovalenko noted that she is not related to Judge Taras Kovalenko of the national property claims panel.",
	))
	for _, q := range qs {
		if strings.Contains(q.Text, "no roof") && q.Speaker != "Iryna Kovalenko" {
			t.Errorf("%q credited to %q, want Iryna Kovalenko", q.Text, q.Speaker)
		}
	}
}

// A title cut short with a full stop ("Col.", "Gen.", "Cdr.") is a title; "Dr."
// is only how someone is addressed, and an adverb opening the sentence
// ("Later") no part of a title.
func TestAbbreviatedTitles(t *testing.T) {
	_, d := analyse(paras(
		"Col. Yegor Lapshin, who heads the Russian military working group, confirmed the handover.",
		"Later Gen. Oleh Bondar said nothing.",
		"Dr. Anneliese Brunner of the Bern Institute for Nuclear Safety was not surprised.",
		// A rank as the military write it short.
		"The navy, through spokesman Cdr. Ilya Dorskov, says the mine broke loose.",
	))
	roles := rolesOf(d)
	if _, ok := roles["Cdr"]; ok {
		t.Errorf("a rank cut short read as a person: %q", roles)
	}
	if _, ok := roles["Ilya Dorskov"]; !ok {
		t.Errorf("Ilya Dorskov, after a rank cut short, not read as a person: %q", roles)
	}
	if !slices.Contains(roles["Yegor Lapshin"], "Col.") {
		t.Errorf("Lapshin's roles %q, want Col.", roles["Yegor Lapshin"])
	}
	if !slices.Contains(roles["Oleh Bondar"], "Gen.") {
		t.Errorf("Bondar's roles %q, want Gen. alone", roles["Oleh Bondar"])
	}
	if slices.Contains(roles["Anneliese Brunner"], "Dr.") {
		t.Errorf("Brunner's roles %q: an address taken for a title", roles["Anneliese Brunner"])
	}
}

// A capitalised word after a speech verb is the speaker ("said
// Reisner") unless a verb follows it: then it opens the clause reported
// ("she says Izmir is a floor").
func TestReportedClauseSubjectIsNoSpeaker(t *testing.T) {
	_, d := analyse(paras(
		"When she says Izmir is a floor, I agree with her.",
		`"We will not hurry," said Reisner.`,
	))
	roles := rolesOf(d)
	if _, ok := roles["Izmir"]; ok {
		t.Errorf("a city read as a person: %q", roles)
	}
	if _, ok := roles["Reisner"]; !ok {
		t.Errorf("people %q, want Reisner", roles)
	}
}
