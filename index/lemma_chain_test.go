package index

import "testing"

// "who are the hackers", of articles that say only "a hacking group":
// the question's word in another form, two steps of lemmas away
// ("hackers" → "hacker" → "hack"), answers as its own would; a word that
// is no form of theirs does not ("golfers", which WordNet gives as a
// sense of "hacker", finds nothing).
func TestLemmaOfLemmaAnswers(t *testing.T) {
	wire := `Title: Grid operator blames hacking group
Outlet: Wire
Date: 2077-01-21

A security firm says early analysis links the malware to a hacking group it calls Cinder Heron, which it has tied to military intelligence.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	if a := ask(t, e, "who are the hackers"); !a.Answered() || a.Closest {
		t.Errorf(`"who are the hackers": answered %v, closest %v; want the hacking group's passage`, a.Answered(), a.Closest)
	}
	if a := ask(t, e, "who are the golfers"); a.Answered() && !a.Closest {
		t.Errorf(`"who are the golfers" answered as if the articles said so`)
	}
}
