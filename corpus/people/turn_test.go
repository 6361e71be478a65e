package people

import "testing"

// In an interview's turn the speaker is "I": "GUSEV: I have known Vadim
// … and he said to me, "Pyotr, …"" gives the inner quotation to the one
// he speaks of, never to himself, and the rest of the turn stays his.
func TestHeInATurnIsNotItsSpeaker(t *testing.T) {
	got, _ := analyse(paras(
		`CLAIRE DONNELLY, ANCHOR: With us from Moscow is Pyotr Gusev, a former Russian deputy foreign minister.`,
		`ANCHOR: You know the Russian envoy, Vadim Korolyov, personally. What is he thinking tonight?`,
		`GUSEV: I have known Vadim for twenty-five years. I spoke to him last week, before the exchange, and he said to me, "Pyotr, this time nobody at the table is pretending." That is rare.`,
	))
	var inner, own bool
	for _, q := range got {
		switch {
		case q.Text == "Pyotr, this time nobody at the table is pretending.":
			inner = true
			if q.Speaker != "Vadim Korolyov" {
				t.Errorf("inner quotation by %q, want Vadim Korolyov", q.Speaker)
			}
		case q.Speaker == "Pyotr Gusev":
			own = true
		}
	}
	if !inner || !own {
		t.Errorf("quotes %+v: want the inner quotation and Gusev's own words", got)
	}
}

// A pronoun in a turn is never the turn's speaker, even when the
// pronouns before it lead back to her: in a spokeswoman's answer about
// the deputy minister, "she told me …, and I quote her: "…"" is the
// minister's or no one's.
func TestPronounChainInATurnIsNotItsSpeaker(t *testing.T) {
	got, _ := analyse(paras(
		`Transcript of the weekly briefing by spokeswoman Marta Levko`,
		`SPOKESWOMAN LEVKO: Good morning. The delegation came back from Vienna last night.`,
		`QUESTION (Ivan Sirko, City Radio): Was the deputy minister pleased with the result? She looked tired on the pictures.`,
		`SPOKESWOMAN LEVKO: She was tired. Twenty hours is a long session. But she told me this morning, and I quote her exactly: "We went for a bridge and we are coming home with a bridge." I think that says it.`,
	))
	found := false
	for _, q := range got {
		if q.Text == "We went for a bridge and we are coming home with a bridge." {
			found = true
			if q.Speaker == "Marta Levko" {
				t.Errorf("the deputy minister's words given to the spokeswoman who relays them")
			}
		}
	}
	if !found {
		t.Errorf("quotes %+v: the quotation is missing", got)
	}
}

// An aside between spaced dashes right before a quotation ("She told me
// - I'm reading from my notes - "…"") is the speaker's own remark: the
// words are what she told, not the reporter's reading.
func TestAsideBetweenDashesBeforeAQuotation(t *testing.T) {
	got, _ := analyse(paras(
		`HOST: Mariana Boyko is in Kyiv. Mariana, what is the mood there?`,
		`MARIANA BOYKO: Cautious. I spoke to the energy minister, Oksana Hrytsenko, on Tuesday, and she was very careful. She told me - I'm reading from my notes - "We will count every transformer, and we will send the bill to whoever breaks one." So she is already thinking about money.`,
	))
	found := false
	for _, q := range got {
		if q.Text == "We will count every transformer, and we will send the bill to whoever breaks one." {
			found = true
			if q.Speaker != "Oksana Hrytsenko" {
				t.Errorf("the minister's words by %q, want Oksana Hrytsenko", q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("quotes %+v: the minister's words are missing", got)
	}
}
