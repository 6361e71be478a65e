package people

import (
	"strings"
	"testing"
)

// A wire's "What they said" roundup sets each speaker on a line ending in
// a colon over their words: each quotation is the one named above it,
// never the one named below it.
func TestRoundupLabelsCreditTheWordsBelow(t *testing.T) {
	qs, _ := analyse(paras(
		"WHAT THEY SAID:",
		"Moldovan Foreign Minister Victor Rusnac:",
		"\"Our twelve monitors are engineers, not soldiers. They will report to the agency.\"",
		"INSA spokesperson Pieter Vos:",
		"\"The first monitors will cross into the zone on April 1. The agency will publish a report every month.\"",
		"Ukrainian Deputy Energy Minister Bohdan Kravets:",
		"\"Wells and wires. Strip away the diplomacy and that is what this deal is.\"",
	))
	checkByStart(t, qs, map[string]string{
		"Our twelve monitors a": "Victor Rusnac",
		"The first monitors wi": "Pieter Vos",
		"Wells and wires. Stri": "Bohdan Kravets",
	})
}

// Who the words are credited to after a quotation set alone ("That was
// the view of Viktoria Lysenko, …") speaks it, whoever the paragraph
// before had speaking; and a remark a sentence gives as someone's
// ("Arkady Voronov's remark … that the vote would be "judged by …"") is
// theirs, not the sentence subject's.
func TestCreditsThatNameTheSpeaker(t *testing.T) {
	qs, _ := analyse(paras(
		"Bohdan Yatsenko, a Kyiv lawyer, said he would write to the commission this week.",
		"\"The registry is the most serious thing the two sides have built since the ceasefire.\"",
		"That was the view of Viktoria Lysenko, a senior fellow at the Razumkov Centre in Kyiv.",
		"Natalia Beck, director of the Baltic Policy Forum, was blunter. She pointed to Arkady Voronov's remark on the last day that the vote would be \"judged by how they are run, not by when\". \"That sentence is a door left open,\" Beck said.",
		"Maria Zakharova called Mark Rutte's comments \"a crude attempt to prejudge the Vienna talks\".",
	))
	checkByStart(t, qs, map[string]string{
		"The registry is the m": "Viktoria Lysenko",
		"judged by how they ar": "Arkady Voronov",
		"That sentence is a do": "Natalia Beck",
		"a crude attempt to pr": "Maria Zakharova",
	})
}

// A magazine profile speaks of its subject as "she" throughout: a
// sentence whose subject is "she" and which names only someone whose
// gender no one gave ("she flew to Jakarta to meet the Indonesian
// ambassador, Rizal Setiawan") does not make "she says" theirs.
func TestSheIsNotSomeoneOfUnknownGender(t *testing.T) {
	qs, _ := analyse(paras(
		"When Kyiv proposed Ireland as a mediator, she flew to Jakarta to meet the Indonesian ambassador, Rizal Setiawan, before agreeing. They spent four hours, she says, talking about tea. \"I wanted to know if he understood that this is not a technical file.\"",
	))
	for _, q := range qs {
		if q.Speaker == "Rizal Setiawan" {
			t.Errorf("%q credited to Rizal Setiawan, whom the text calls he", q.Text)
		}
	}
}

// A priest named in full ("Father Mykhailo Tkach") is the "Father
// Mykhailo" of later paragraphs, and his words are his; one the text
// names no other way keeps "Father" in his name.
func TestFatherAndAGivenName(t *testing.T) {
	qs, d := analyse(paras(
		"\"I have prayed in front of photographs,\" said Father Mykhailo Tkach, who has served as priest of St Nicholas since 2019.",
		"Taras Hrytsenko, the museum director, asked villagers not to touch the icons. \"Old paint is patient only up to a point,\" he said.",
		"Father Mykhailo, 58, said he would pass the request on. \"People will listen,\" he said.",
		"In the next village, Father Vasyl, 52, the parish priest, rang the bell. \"We waited long enough,\" he said.",
	))
	checkByStart(t, qs, map[string]string{
		"I have prayed in fron": "Mykhailo Tkach",
		"Old paint is patient ": "Taras Hrytsenko",
		"People will listen,":   "Mykhailo Tkach",
		"We waited long enough": "Father Vasyl",
	})
	if _, ok := rolesOf(d)["Father Mykhailo"]; ok {
		t.Error("Father Mykhailo read as a second person")
	}
}

// "the agency's chief inspector said", in a paragraph naming no one, is
// an unnamed source with that role, as "a spokesperson for the agency"
// is; in one naming someone, or with no body saying whose office ("the
// chief inspector said"), the words stay no one's.
func TestOfficeSaysWhoseItIs(t *testing.T) {
	qs, _ := analyse(paras(
		"\"Forty sensors, reading every ten minutes, published every hour,\" the agency's chief inspector said at the same briefing.",
		"\"We will publish everything we measure,\" the chief inspector said.",
		"Tomasz Wierzbicki runs the fund in Warsaw. \"Solomiia rings me at eleven at night,\" the fund's chief said.",
	))
	byRole := map[string]string{}
	for _, q := range qs {
		byRole[q.Text[:min(len(q.Text), 20)]] = q.Role + "|" + q.Speaker
	}
	for start, want := range map[string]string{
		"Forty sensors, readi": "agency's chief inspector|",
		"We will publish ever": "|",
	} {
		if got := byRole[start]; got != want {
			t.Errorf("%q…: role|speaker %q, want %q", start, got, want)
		}
	}
	if got := byRole["Solomiia rings me at"]; strings.HasPrefix(got, "fund's chief") {
		t.Errorf("words in a paragraph naming the fund's chief credited to an unnamed one: %q", got)
	}
}
