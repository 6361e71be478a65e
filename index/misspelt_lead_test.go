package index

import "testing"

// "vassel on thirsty kids": a name misspelt so that its stem is the
// name's (Vassell) opens a question about her words, as "what did vassel
// say" does; a possessive typed without its apostrophe ("vassells
// interpreter") is still no question of hers.
func TestMisspeltNameThenSubject(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"conference.txt": `Water deal press conference
Merrowgate Courier
2078-06-07

Corvanne's water commissioner, Teodora Vassell, spoke through her interpreter, Matthias Quell. "It is a tap. But you cannot build peace in a valley where the children are thirsty," Vassell said.

Quell, who has interpreted for her for six years, said he had never seen her so tired.
`})
	if a := ask(t, e, "vassel on thirsty kids"); a.Speaker != "Teodora Vassell" || len(a.Quotes) == 0 {
		t.Errorf("vassel on thirsty kids: speaker %q, %d quotes; want Vassell's words", a.Speaker, len(a.Quotes))
	}
	if a := ask(t, e, "what did vassells interpreter say"); a.Speaker == "Teodora Vassell" {
		t.Errorf("what did vassells interpreter say: answered with Vassell's words")
	}
}
