package people

import (
	"slices"
	"testing"
)

// A TV running order credits each sound bite with the caption over it
// ("L3: NAME / TITLE", shouted): the title is the speaker's, as a comma
// would set it. "VIK (LIVE):" is how the correspondent is on air, no
// place; "ITEM 6 — CRITICS", a heading in capitals, ends the turn before
// it, never a quotation of its speaker. A role joining two titles with a
// comma ("Deputy Minister, Head of Ukrainian Delegation") is two titles.
func TestTVRunningOrder(t *testing.T) {
	qs, d := analyse(paras(
		`ANCHOR: Our correspondent Tomas Vik is at the Caspian Pavilion in Baku. Tomas, what exactly did they sign?`,
		`VIK (LIVE): Clara, it sets up a claims commission and an arbitration panel of three jurists.`,
		`L3: RAUF MAMMADLI / DEPUTY FOREIGN MINISTER OF AZERBAIJAN`,
		`SOT MAMMADLI: "Four days ago they would not sit at the same table. Tonight they signed the same paper."`,
		`L3: OKSANA KRAVETS / DEPUTY MINISTER, HEAD OF UKRAINIAN DELEGATION`,
		`SOT KRAVETS: "This is not peace and it is not justice yet. It is a receipt."`,
		`L3: RENATA FIGUEIRA LOBO / PRESIDING ARBITRATOR`,
		`SOT FIGUEIRA LOBO: "I have no side in this war. My only client is the evidence."`,
		`ITEM 6 — CRITICS`,
		`ANCHOR: Environmental groups were less impressed.`,
	))
	checkByStart(t, qs, map[string]string{
		"Clara, it sets up a ": "Tomas Vik",
		"Four days ago they w": "Rauf Mammadli",
		"I have no side in th": "Renata Figueira Lobo",
	})
	for _, q := range qs {
		if q.Text == "ITEM 6 — CRITICS" {
			t.Errorf("a heading read as %q's words", q.Speaker)
		}
	}
	checkHasRoles(t, d, map[string]string{
		"Rauf Mammadli":        "Deputy Foreign Minister of Azerbaijan",
		"Renata Figueira Lobo": "Presiding Arbitrator",
		"Tomas Vik":            "correspondent",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Tomas Vik" && slices.Contains(p.Roles, "from Live") {
			t.Errorf("a broadcast's note read as where Vik is from: %q", p.Roles)
		}
	}
	if got := Default().Titles("Deputy Minister, Head of Ukrainian Delegation"); len(got) != 2 {
		t.Errorf("Titles = %q, want two", got)
	}
	if got := Default().Titles("Chief Conservator, Kherson Regional Art Museum"); len(got) != 1 {
		t.Errorf("a title and its body split: %q", got)
	}
}

// A tribunal's list of its members sets each title after the name and
// the country in brackets, items closed by semicolons ("Judge Renata
// Figueira Lobo (Brazil), Presiding Arbitrator; Professor Hannu Virtanen
// (Finland), appointed by the Claimant"): the title is the one before
// the semicolon's. A quotation in a sentence of its own making ("He
// submitted that the Respondent "…."") is not the words of whoever the
// next sentence names as speaking.
func TestTribunalRecord(t *testing.T) {
	qs, d := analyse(paras(
		`Tribunal: Judge Renata Figueira Lobo (Brazil), Presiding Arbitrator; Professor Hannu Virtanen (Finland), appointed by the Claimant.`,
		`At that meeting Counsel Arkady Lebedev requested an extension. He submitted that the Respondent "cannot be asked to answer for a harbour it has never been allowed to inspect." Counsel Taras Bondar opposed the request, stating that "every month of delay is another month of oil in the sediment."`,
	))
	checkByStart(t, qs, map[string]string{
		"cannot be asked to a": "Arkady Lebedev",
		"every month of delay": "Taras Bondar",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Renata Figueira Lobo" && !slices.ContainsFunc(p.Roles, func(r string) bool { return r == "Brazilian Judge, Presiding Arbitrator" }) {
			t.Errorf("the presiding arbitrator's roles: %q", p.Roles)
		}
	}
}
