package index

import (
	"context"
	"strings"
	"testing"
)

// The names the articles spell out are what their acronyms stand for;
// people's names spell nothing.
func TestAcronymsOfNames(t *testing.T) {
	text := "The Joint Monitoring Mission reported to the Security Council, said Prime Minister Keir Starmer. " +
		"Staff of the Zaporizhzhia Nuclear Power Plant and the Ministry of Foreign Affairs of Ukraine met."
	got := map[string]string{}
	acronymsOf(text, func(acr, name string) { got[acr] = name })
	want := map[string]string{
		"jmm":  "joint monitoring mission",
		"sc":   "security council",
		"pm":   "prime minister",
		"znpp": "zaporizhzhia nuclear power plant",
		"npp":  "nuclear power plant",
		"mfa":  "ministry of foreign affairs",
	}
	for acr, name := range want {
		if got[acr] != name {
			t.Errorf("%q spells %q; want %q", acr, got[acr], name)
		}
	}
	for acr, name := range got {
		if strings.Contains(name, "keir") || strings.Contains(name, "starmer") {
			t.Errorf("a person's name spelt an acronym: %q → %q", acr, name)
		}
	}
}

// A member's acronym for a name the articles spell out finds the name.
func TestQuestionAcronymFindsTheName(t *testing.T) {
	text := `Title: Monitors publish first report
Outlet: Wire
Date: 2027-10-28

The Joint Monitoring Mission, which has 140 monitors along the line, published its first report on Tuesday.

Russia said the report was biased. Ukraine welcomed it.
`
	e := engineOfFiles(t, map[string]string{"jmm.txt": text})
	a, err := e.Ask(context.Background(), "how many monitors does the jmm have", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "140 monitors") {
		t.Errorf("passages %q; want the mission's", passageTexts(a))
	}
	// A word of everyday English is read as itself, not as an acronym
	// ("ok" is not "Okay Kremlin").
	if got := e.spellAcronyms("ok what did the jmm say"); got != "ok what did the joint monitoring mission say" {
		t.Errorf("spelt %q", got)
	}
}
