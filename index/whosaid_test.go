package index

import (
	"slices"
	"strings"
	"testing"
)

// "who said …" is the one person whose quotation holds the words asked,
// answered with their words on it; words two people said alike, or no
// one did, name no one.
func TestWhoSaid(t *testing.T) {
	text := `Title: Conference closes
Outlet: Wire
Date: 2050-05-27

Closing the conference, the Minister for Foreign Affairs of Finland, Aino Lehtikuusi, said: "A reactor does not care whose flag flies over it, and neither should our money."

"The list is complete and it is final," said Russian negotiator Pavel Orlov.

"The list is complete, and we have checked it twice," said Ukrainian negotiator Olena Hrytsenko.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for q, want := range map[string]string{
		"who said reactors dont care about flags": "Aino Lehtikuusi",
		"who said the list is complete":           "",
		"who said the money will run out":         "",
		// Asking who said what on a subject is asking who spoke on it,
		// not for the words of someone called "who".
		"who said what about reactors": "Aino Lehtikuusi",
	} {
		a := ask(t, e, q)
		if a.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, want)
		}
		if want != "" && len(a.Quotes) == 0 {
			t.Errorf("%q: no quotes of %s", q, want)
		}
	}
}

// "who blamed russia for the mortars" asks who blamed: a spokeswoman's
// quotation on the mortars in a paragraph that blames no one is not the
// answer given as hers; the passages are searched, the governor's
// blaming Russian forces among them.
func TestWhoBlamed(t *testing.T) {
	text := `Title: Mast repairs halted
Outlet: Wire
Date: 2070-03-13

The work was halted late on Monday when three mortar rounds landed about 800 metres from the mast. Regional governor Roman Bondar blamed Russian forces, writing on Telegram that the shelling was "a deliberate attempt to wreck the truce".

IRYNA KOVAL: Good morning, colleagues. I will take your questions.

OLENA MARCHUK, HROMADSKE: Does the ministry hold Russia responsible for the mortars near the mast?

IRYNA KOVAL: No. I would put it this way: we will not let three mortar rounds decide whether a grandmother can call her son. The facts will come out.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	a := ask(t, e, "who blamed russia for the mortars")
	if a.Speaker == "Iryna Koval" {
		t.Errorf("who blamed: %s, whose words blame no one", a.Speaker)
	}
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Roman Bondar blamed Russian forces") }) {
		t.Errorf("who blamed: passages %+v, want the governor's among them", a.Passages)
	}
}

// A transcript's turn that reports someone else's words ("Dravenia …
// calls the missing names a paperwork mistake") does not make the one
// speaking it the one who said them: "who said it was a paperwork
// mistake" names no one from it, while the minister's own turn that says
// "I told them …" is hers.
func TestWhoSaidNotWhoReported(t *testing.T) {
	text := `Title: The evening news
Outlet: Northline Radio
Date: 2077-08-14

ANA GRELL (PRESENTER): Good evening. Dravenia says it handed over 208 people, and calls the missing names a paperwork mistake. Our correspondent spent the day at the bridge.

TOBIAS WREN (CORRESPONDENT): The buses came back at four.

IVONA LISK (MINISTER): I told them the fourteen families deserve an answer by Friday, and I will say it again.
`
	e := engineOfFiles(t, map[string]string{"radio.txt": text})
	if a := ask(t, e, "who said it was a paperwork mistake"); a.Speaker == "Ana Grell" {
		t.Errorf("the presenter reporting Dravenia's words given as their speaker: %+v", a.Quotes)
	}
	if a := ask(t, e, "who said the families deserve an answer by friday"); a.Speaker != "Ivona Lisk" {
		t.Errorf("the minister's own words: speaker %q, want Ivona Lisk", a.Speaker)
	}
}

// "which dravenian guy said the flights can end" asks for a Dravenian:
// the anchor's words, the only ones holding the question's, are not the
// answer given as his, as the articles never call him one.
func TestWhichDescribedSaid(t *testing.T) {
	text := `Title: Live: first flight lands
Outlet: News 24
Date: 2078-05-26

ANCHOR (MATS ORVEL): Good morning. These flights can end any day now, and Dravenia has reacted, and not warmly.

GEN. RADOMIR SZUBA (DRAVENIAN AIR FORCE): "This is a trial. We reserve the right to stop this arrangement at a day's notice."
`
	e := engineOfFiles(t, map[string]string{"live.txt": text})
	a := ask(t, e, "which dravenian guy said the flights can end")
	if a.Speaker == "Mats Orvel" {
		t.Errorf("speaker %q: the anchor, whom no article calls Dravenian", a.Speaker)
	}
	a = ask(t, e, "which anchor said the flights can end")
	if a.Speaker != "Mats Orvel" {
		t.Errorf("speaker %q, want the anchor, Mats Orvel", a.Speaker)
	}
}
