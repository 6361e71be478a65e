package index

import (
	"strings"
	"testing"
)

// "who edited the meridian story" asks for the one the story's credits
// make its editor ("Editing by Ruth Anvers"), shown with the credit
// line; not its reporter, and not "the story is by" her. An outlet named
// alone picks its one story. Asked of a credit no article gives ("who
// translated …"), the question is read as any "who" question.
func TestWhoEditedTheStory(t *testing.T) {
	wire := "Kessary corridor collapses on second day\n\nHALDEN, March 14 (Meridian) - A humanitarian corridor out of the besieged town of Kessary collapsed on Tuesday when the road was shelled near a checkpoint.\n\nThe governor said 40 buses had left before the shelling began.\n\n(Reporting by Hana Dobrec in Halden; Editing by Ruth Anvers)\n"
	other := "The doctor who stayed\n\nBy Mira Tolland\n\nVolunteer doctor Sabine Korrel stayed at the district hospital with 40 patients who could not be moved.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire, "interview.txt": other})
	a := ask(t, e, "who edited the meridian story")
	if a.Speaker != "Ruth Anvers" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Editing by Ruth Anvers") {
		t.Errorf("speaker %q, passages %v: want Ruth Anvers and her credit line", a.Speaker, a.Passages)
	}
	if a.AuthorOf != "" {
		t.Errorf("the story said to be by its editor: %q", a.AuthorOf)
	}
	if a := ask(t, e, "who translated the meridian story"); a.Speaker == "Ruth Anvers" || a.Speaker == "Hana Dobrec" {
		t.Errorf("no translator credited: speaker %q", a.Speaker)
	}
}

// "who signed the market notice" asks for the one who signs the notice
// off ("Ruth Calderan" over "Secretary to the Committee"), not its
// byline's writer; "who signed for russia" asks for a side's signatory,
// no piece's signature.
func TestWhoSignedThePiece(t *testing.T) {
	notice := "Notice to traders at Keltse market\n\nFrom Monday the market will open at 07:00 and close at 15:00 while the curfew lasts. Stalls left after 15:00 will be cleared.\n\nTraders with questions may call the market office.\n\nRuth Calderan\nSecretary to the Committee\n"
	wire := "Truce signed\n\nBy Hana Dobrec\n\nVELLMONT, July 18 (Meridian) - Ostrelia and Dravenia signed a corridor agreement on Monday. Deputy Foreign Minister Anton Kessling signed for Dravenia.\n"
	e := engineOfFiles(t, map[string]string{"notice.txt": notice, "wire.txt": wire})
	if a := ask(t, e, "who signed the market notice"); a.Speaker != "Ruth Calderan" {
		t.Errorf("who signed the notice: speaker %q, want Ruth Calderan", a.Speaker)
	}
	if a := ask(t, e, "who signed for dravenia"); a.Speaker == "Ruth Calderan" || a.Speaker == "Hana Dobrec" {
		t.Errorf("who signed for dravenia: speaker %q", a.Speaker)
	}
}
