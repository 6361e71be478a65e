package index

import (
	"context"
	"testing"
)

// A name typed with a letter doubled that the index stems as the name
// itself ("marthaller", of Marthaler) or with two letters the wrong way
// round ("riener", of Reiner), or in another romanisation ("korbani", of
// Qorbani), is that person's, not "not mentioned".
func TestNameSlipsFindTheSpeaker(t *testing.T) {
	wire := `Envoy says leak cost a day and a half

"It cost us a day and a half. It did not cost us the agreement," UN Special Envoy Ilse Marthaler told reporters on Saturday.

Tomas Reiner, leader of the opposition Homeland Bloc, said the government had "sold Harnovo for a railway bridge".

Nadia Qorbani, who heads the UNMAS programme, said "speed is not the enemy of safety".
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for q, want := range map[string]string{
		"wat did marthaller say about the leak":   "Ilse Marthaler",
		"what did tomas riener say about harnovo": "Tomas Reiner",
		"what did nadia korbani say":              "Nadia Qorbani",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != want || len(a.Quotes) == 0 {
			t.Errorf("%q: speaker %q with %d quotes, want %s's words", q, a.Speaker, len(a.Quotes), want)
		}
	}
}
