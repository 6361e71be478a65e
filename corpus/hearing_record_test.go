package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A committee's verbatim record: its head lists the session's date and
// the witnesses with their titles, then the turns are labelled by title
// and surname. The witnesses' line is a field, not a video's title (the
// time "[10:02]" under it is when the first turn starts); the session's
// date is the record's; a member asking is still someone ("MR FERRAND",
// most of whose turns are questions); and a member addressing a witness
// by name ("Mr Sandahl, first I want to …") gives him no title.
func TestHearingRecordHead(t *testing.T) {
	record := `PARLIAMENT OF OSTRELIA
Standing Committee on Energy

UNCORRECTED VERBATIM RECORD

Session: Tuesday 26 January 2077, 10:00
Members present: Orla Benedek (Chair, Unity Party); Tomas Ferrand (Civic Alliance); Lidia Marsh (Unity Party)
Witnesses: Helena Dobrec, Minister of Energy; Viktor Sandahl, Chief Executive, Lumera Grid Company

[10:02]

THE CHAIR (Ms Benedek): I call the committee to order. Minister, you have five minutes.

MINISTER DOBREC: Thank you, Madam Chair. Installing the update meant taking the control centre offline for about 36 hours.

MR FERRAND: Minister, there was a budget line for it and it disappeared in the spring. Who removed it?

MINISTER DOBREC: The finance ministry removed it in the April budget revision.

MR FERRAND: You regret it. Your figure of 210 million is a fairy tale.

MR FERRAND: Will the minister resign?

MS MARSH: Mr Sandahl, first I want to put on record the committee's thanks to your chief engineer - the other Sandahl, I should say - and to her crews. When will the compensation be paid?

MR SANDAHL: The 60 ducats per household will be paid automatically through electricity bills in February.
`
	c, got := peopleOf(t, fstest.MapFS{"hearing.txt": {Data: []byte(record)}})
	d := c.Documents[0]
	if d.Date != "2077-01-26" {
		t.Errorf("date %q, want the session's, 2077-01-26", d.Date)
	}
	checkQuoteSpeakers(t, d, map[string]string{
		"offline for about 36 hours": "Helena Dobrec",
		"April budget revision":      "Helena Dobrec",
		"a fairy tale":               "Tomas Ferrand",
		"Will the minister resign?":  "Tomas Ferrand",
		"electricity bills":          "Viktor Sandahl",
	})
	for _, r := range got["Viktor Sandahl"].Roles {
		if strings.Contains(r, "put on record") {
			t.Errorf("Viktor Sandahl given the words addressed to him as a title: %q", r)
		}
	}
}

// A court's summary dates itself by its judgment ("Date of judgment:
// Tuesday, 14 September 2077"), the line kept as a passage too (it
// answers "when was the ruling").
func TestJudgmentDateIsTheRecords(t *testing.T) {
	summary := "# Federal Court of Lauzen\n\n## Press summary of judgment\n\n**Case No. 2C-118/2077**\n\n**Date of judgment:** Tuesday, 14 September 2077\n**Panel:** Feldtmann (presiding), Brask, Ostermann\n\nThe Court held that the frozen reserves may be moved into the fund.\n"
	c, _ := peopleOf(t, fstest.MapFS{"summary.md": {Data: []byte(summary)}})
	d := c.Documents[0]
	if d.Date != "2077-09-14" {
		t.Errorf("date %q, want the judgment's, 2077-09-14", d.Date)
	}
	if !slices.ContainsFunc(d.Passages, func(p Passage) bool { return strings.Contains(p.Text, "14 September 2077") }) {
		t.Errorf("the judgment's date is in no passage: %+v", d.Passages)
	}
}

// A fact-check sets each claim as a quotation alone, with the line under
// it saying who made it, when and where, as a sentence ("Marta Brennich,
// leader of the National Bloc, wrote on Murmur on Wednesday 13 April.",
// "Prime Minister Tomas Halvik, interview on ONT, Tuesday 12 April."):
// the claim is theirs. A line naming no one ("Post shared more than
// 40,000 times on Murmur, Thursday night.") leaves it no one's, and a
// sentence saying something else of the one it names ("Pavlo Bondar, a
// shipbroker in Odesa, joined the firm in 2019.") credits nothing.
func TestFactCheckClaimCredits(t *testing.T) {
	page := `Fact check: four claims about the vote

CLAIM 1

"Tomorrow they will ask us to hand a fifth of our country to Dravenia."

Marta Brennich, leader of the National Bloc, wrote on Murmur on Wednesday 13 April.

Verdict: MISLEADING

CLAIM 2

"Every one of our prisoners will be home within sixty days."

Prime Minister Tomas Halvik, interview on ONT, Tuesday 12 April.

CLAIM 3

"Only 229 MPs backed the deal. The official figure was inflated overnight."

Post shared more than 40,000 times on Murmur, Thursday night.

CLAIM 4

"Insurers will price the risk before they believe the paper."

Pavlo Bondar, a shipbroker in Odesa, joined the firm in 2019.
`
	d, _ := loadOne(t, "factcheck.txt", page)
	checkQuoteSpeakers(t, d, map[string]string{
		"hand a fifth of our country":  "Marta Brennich",
		"home within sixty days":       "Tomas Halvik",
		"Only 229 MPs backed the deal": "",
		"Insurers will price the risk": "",
	})
}

// A Markdown page's byline in bold over a plain dateline line ("**By
// Annika Feldt, Economics Correspondent**" over "LYSSE, Wednesday 27 April
// 2078 - updated …") names one writer, not the dateline's place as a
// second; and a sidebar's heading with a day in brackets ("**MARKET
// DATA** (close, Wednesday 27 April)") is no dateline naming an agency.
func TestMarkdownBylineOverDateline(t *testing.T) {
	page := `THE LYSSE LEDGER | Markets | Economy | Subscribe

# Donors pledge 8.1bn for Ostrelia, well short of 14bn request

**By Annika Feldt, Economics Correspondent**
LYSSE, Wednesday 27 April 2078 - updated Thursday 28 April 2078, 06:10

Donors in Lysse committed 8.1 billion crowns to rebuilding Ostrelia over the next three years, according to Ledger calculations.

Emeric Daunt, chief executive of Kestrel Build Group, said builders need state cover first.

> **MARKET DATA** (close, Wednesday 27 April)
> - Kestrel Build Group: 48.20 crowns, +6.1%
> - Lysse All-Share index: 7,912.4, +0.4%
`
	d, _ := loadOne(t, "ledger.md", page)
	if d.Author != "Annika Feldt" {
		t.Errorf("author %q, want Annika Feldt alone", d.Author)
	}
	if d.Date != "2078-04-27" {
		t.Errorf("date %q, want the dateline's 2078-04-27", d.Date)
	}
	if strings.Contains(d.Outlet, "close") || strings.Contains(d.Outlet, "Wednesday") {
		t.Errorf("outlet %q, read from a sidebar's heading", d.Outlet)
	}
}
