package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// "who edited the meridian story" asks for the one the story's credits
// make its editor ("Editing by Ruth Anvers"), shown with the credit
// line; not its reporter, and not "the story is by" her. An outlet named
// alone picks its one story. Asked of a credit no article gives ("who
// translated …"), the question is read as any "who" question.
func TestWhoEditedTheStory(t *testing.T) {
	dir := t.TempDir()
	wire := "Kessary corridor collapses on second day\n\nHALDEN, March 14 (Meridian) - A humanitarian corridor out of the besieged town of Kessary collapsed on Tuesday when the road was shelled near a checkpoint.\n\nThe governor said 40 buses had left before the shelling began.\n\n(Reporting by Hana Dobrec in Halden; Editing by Ruth Anvers)\n"
	other := "The doctor who stayed\n\nBy Mira Tolland\n\nVolunteer doctor Sabine Korrel stayed at the district hospital with 40 patients who could not be moved.\n"
	for name, text := range map[string]string{"wire.txt": wire, "interview.txt": other} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e := engineOfDir(t, dir)
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
