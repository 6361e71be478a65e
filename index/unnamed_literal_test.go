package index

import (
	"strings"
	"testing"
)

// "the diplomat": an ambassador is a diplomat, but when the articles
// quote a diplomat unnamed, the question means that one; the ambassador's
// words are not shown for them, nor is she offered as who was meant.
// Asked for by her own title, she answers.
func TestUnnamedSourceCalledSoOverTitleOfItsKind(t *testing.T) {
	release := `Title: Joint statement
Outlet: Foreign Ministry
Date: 2077-08-10

Ambassador Ilse Marrand, Orvenna's special envoy, said: "Today a door opened. It is a small door, and we must keep it open."
`
	analysis := `Title: The list
Outlet: Review
Date: 2077-08-14

Whether Halek was the obstacle is another matter. "Nobody in Grod signs a memo like that alone," said a Western diplomat in Lenhof who asked not to be named. The diplomat said the list had started moving again in early July.
`
	e := engineOfFiles(t, map[string]string{"release.txt": release, "analysis.txt": analysis})
	a, err := e.Ask(t.Context(), "what did the diplomat say about the memo", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Ilse Marrand" || len(a.Candidates) > 0 {
		t.Errorf("answered as %q, candidates %v; want the unnamed diplomat", a.Speaker, a.Candidates)
	}
	found := false
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "signs a memo like that alone") {
			found = q.Speaker == ""
		}
		if q.Speaker == "Ilse Marrand" {
			t.Errorf("the envoy's words shown: %q", q.Text)
		}
	}
	if !found {
		t.Errorf("quotes %+v: want the diplomat's, unattributed", a.Quotes)
	}
	a, err = e.Ask(t.Context(), "what did the ambassador say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Ilse Marrand" {
		t.Errorf("the ambassador: answered as %q", a.Speaker)
	}
}
