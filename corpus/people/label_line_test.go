package people

import (
	"slices"
	"testing"
)

// A line ending in a colon brings in the quotation under it, as a
// channel's posts write it: after an emoji ("🎙 Navy spokesman Captain
// Taras Kovalchuk:"), and past whom the speaker speaks to ("Captain
// Kovalchuk thanked Rear Admiral Selin Karataş and the crews:"), but not
// for two speakers ("Kovalchuk and Karataş said:"). A rank between a
// title and the name is how they are addressed, not part of the title;
// a dash closes a title set after a name. A given name that is also a
// place's ("Sofia") names a woman before her surname.
func TestLabelLinesAndRanks(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		quote string
		want  string // its speaker, "" for no one
		role  string // a title of the speaker's, "" for any
	}{
		{
			name:  "emoji before a label",
			paras: []string{"[13.03.2054 08:10]", "🎙 Navy spokesman Captain Taras Kovalchuk:", "\"We signed a paper, not a promise.\""},
			quote: "We signed a paper", want: "Taras Kovalchuk", role: "Navy spokesman",
		},
		{
			name:  "whom the speaker thanks",
			paras: []string{"[16.03.2054 18:45]", "Captain Taras Kovalchuk thanked Rear Admiral Selin Karataş and the crews of the task group:", "\"Sixty-three mines that will never find a ship.\""},
			quote: "Sixty-three mines", want: "Taras Kovalchuk",
		},
		{
			// "Sofia" is Bulgaria's capital too: before a surname, a
			// woman's given name.
			name:  "a given name that is a place's",
			paras: []string{"Elin Rask returned to Solvik this morning.", "Foreign Minister Sofia Lindahl said:", "\"Today our whole country can breathe out.\""},
			quote: "our whole country", want: "Sofia Lindahl", role: "Foreign Minister",
		},
		{
			name:  "the place before a word of a body",
			paras: []string{"Flights from Sofia Airport resumed on Monday.", "Its director said:", "\"We are ready for the pilgrims.\""},
			quote: "ready for the pilgrims", want: "",
		},
		{
			name:  "two speakers",
			paras: []string{"The corridor opened on Monday.", "Taras Kovalchuk and Selin Karataş said:", "\"Sixty-three mines that will never find a ship.\""},
			quote: "Sixty-three mines", want: "",
		},
		{
			name:  "a dash closes the title",
			paras: []string{"On the line from Odesa, Mykola Kovalchuk, president of the Ukrainian Grain Exporters Union - and, he tells me, no relation to the navy spokesman. \"The farmers are waiting,\" Kovalchuk said."},
			quote: "The farmers are waiting", want: "Mykola Kovalchuk", role: "president of the Ukrainian Grain Exporters Union",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, d := analyse(paras(tt.paras...))
			q := quoteHolding(t, qs, tt.quote)
			if q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
			}
			if tt.role != "" && !slices.Contains(rolesOf(d)[tt.want], tt.role) {
				t.Errorf("%s's titles %q, want %q among them", tt.want, rolesOf(d)[tt.want], tt.role)
			}
		})
	}
	// "Secretary General", "Lieutenant General" are one title each.
	for text, role := range map[string]string{
		"NATO Secretary General Mark Rutte said the allies agreed.":      "NATO Secretary General",
		"Ukrainian Lieutenant General Ihor Petrenko said the line held.": "Ukrainian Lieutenant General",
	} {
		_, d := analyse(paras(text))
		for name, roles := range rolesOf(d) {
			if !slices.Contains(roles, role) {
				t.Errorf("%q: %s's titles %q, want %q", text, name, roles, role)
			}
		}
	}
}

// A speech verb's past form used as an adjective ("a single confirmed
// drone violation") is nobody speaking: the reported words stay the
// subject's ("Bramwell added that a single confirmed drone violation
// "would put the number back …""); the verb with its object still speaks
// ("Kyiv confirmed the strike").
func TestPastFormAsAdjective(t *testing.T) {
	for _, tt := range []struct {
		paras []string
		quote string
		want  string
	}{
		{[]string{"Fiona Bramwell, head of aviation war risk, says the premium is a live reading.", "Bramwell added that a single confirmed drone violation near an airport \"would put the number back above ten thousand dollars overnight\"."}, "would put the number back", "Fiona Bramwell"},
		{[]string{"Colonel Dmytro Kovalchuk spoke on Monday.", "Kovalchuk said the reported incidents \"were all outside the corridor, every one of them\"."}, "were all outside", "Dmytro Kovalchuk"},
	} {
		qs, _ := analyse(paras(tt.paras...))
		q := quoteHolding(t, qs, tt.quote)
		if q.Speaker != tt.want {
			t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
		}
	}
}

// A section heading crediting what is under it with a cue of more than
// one word ("Answered by Anjali Mehta, Minister of State for Europe", a
// parliament's written answer) names that person with their title.
func TestHeadingCreditCue(t *testing.T) {
	_, d := analyse(paras(
		"## Asked by Hugh Penrose (Conservative, Falmouth and Roseland)",
		"To ask the Secretary of State what contribution the Government plans to make to the Black Sea Cover Facility.",
		"## Answered by Anjali Mehta, Minister of State for Europe",
		"The United Kingdom will provide a guarantee of up to £300 million to the Black Sea Cover Facility.",
	))
	roles := rolesOf(d)
	if !slices.Contains(roles["Anjali Mehta"], "Minister of State for Europe") {
		t.Errorf("titles %q, want Anjali Mehta the Minister of State for Europe", roles)
	}
	if _, ok := roles["Hugh Penrose"]; !ok {
		t.Errorf("titles %q, want Hugh Penrose named", roles)
	}
}

// A bare word for a kind of office holder ("The officer was kind.")
// stands for someone given a title of that kind only as far back as a
// reader looks: the writer's son, a sergeant named three paragraphs
// before, is not the hotline officer who spoke to her.
func TestKindWordReachesBackOneParagraph(t *testing.T) {
	qs, _ := analyse(paras(
		"EDITOR'S NOTE: Nadiia Savchuk wrote to us. Her son, Sergeant Andrii Savchuk, has been missing since 2054.",
		"My son Andrii was twenty-four when he stopped answering his phone.",
		"In October I gave a sample of my blood at the laboratory in Kyiv.",
		"Now I read that there will be a commission and a register.",
		"Last winter I rang the hotline for the fourth time. The officer was kind. He said to me, \"Mrs Savchuk, there is no news, and no news is good news.\"",
	))
	if q := quoteHolding(t, qs, "no news is good news"); q.Speaker != "" {
		t.Errorf("credited to %q, want no one", q.Speaker)
	}
}

// A line of fields, as a radio running order heads its page, names each
// one after its label: "Mira Kovac", not "Mira Kovac Studio". A label in
// capitals is one whole ("PIETER VAN AALST:"). "Nothing", opening a
// blog comment's reply after its time, is no one.
func TestFieldLabelsEndNames(t *testing.T) {
	_, d := analyse(paras(
		`EDITOR: D. Marsic   PRESENTER: Mira Kovac   STUDIO: 2   PRODUCER: J. Lenz`,
		`[00:00:31] PIETER VAN AALST: Hi Nadia. The bridge held, and the train crossed at walking pace.`,
		`Lena Horvath · 15 March 2071 at 17:03 Nothing confirmed yet, Ivo. Fingers crossed. Thinking of your aunt.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	for _, bad := range []string{"Mira Kovac Studio", "Nothing", "Pieter Van"} {
		if slices.Contains(names, bad) {
			t.Errorf("people %q: %q is no one", names, bad)
		}
	}
	for _, want := range []string{"Mira Kovac", "Pieter van Aalst"} {
		if !slices.Contains(names, want) {
			t.Errorf("people %q: want %q", names, want)
		}
	}
}
