package index

import (
	"strings"
	"testing"
)

// Asked who someone is by a nickname ("uncle bogdan?") or another
// spelling, the passage that calls them so comes first: it is what tells
// the member whom the articles mean.
func TestPersonAskedByNicknameShowsThePassageGivingIt(t *testing.T) {
	news := "School hit in Varga\n\n" +
		"The school's caretaker, Bogdan Ferenc, was the only person in the building when the shell struck at about 1.40am on Friday.\n\n" +
		"Doctors at Varga District Hospital said Ferenc had shrapnel wounds to his arm.\n"
	letter := "An open letter to parents\n\n" +
		"No child was in the building. Our caretaker, Mr Bogdan Ferenc, whom the children call Uncle Bogdan, was sleeping downstairs as he always does.\n"
	e := engineOfFiles(t, map[string]string{"news.txt": news, "letter.txt": letter})
	a := ask(t, e, "uncle bogdan?")
	if a.Speaker != "Bogdan Ferenc" || len(a.Passages) == 0 {
		t.Fatalf("speaker %q with %d passages, want Bogdan Ferenc", a.Speaker, len(a.Passages))
	}
	if !strings.Contains(a.Passages[0].Text, "Uncle Bogdan") {
		t.Errorf("first passage %q, want the one calling him Uncle Bogdan", a.Passages[0].Text)
	}
}
