package index

import "testing"

// "who is the lawyer for hollmann", "who was the judge in the hollmann
// case": the one described, whom the name only qualifies, not the one
// named; "who is hollmann" is still him.
func TestNameQualifiesDescription(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"appeal.txt": `Registry official loses appeal

Gerd Hollmann, a former registry official, lost his appeal on Tuesday, the tribunal said.

His lawyer, Anna Berg, said the ruling would be studied closely. "We will read every line of it before we decide," she said.

The judge in the case, Ulrike Zand, said the evidence of the clerk had been clear.
`})
	for q, want := range map[string]string{
		"who is the lawyer for hollmann":         "Anna Berg",
		"who was the judge in the hollmann case": "Ulrike Zand",
		"who is hollmann":                        "Gerd Hollmann",
	} {
		a := ask(t, e, q)
		if a.Speaker != want {
			t.Errorf("%q: about %q, want %q", q, a.Speaker, want)
		}
	}
}
