package index

import (
	"context"
	"testing"
)

// A country the people model does not know is still one when the
// articles write both its name and its people's adjective ("Tarsk" and
// "Tarskan", "Aldoria" and "Aldorian"): "the tarskan delegation head" is
// not Aldoria's delegation head, though the passage holding most of the
// words names him beside a Tarskan drone.
func TestCountryTheArticlesNameWithItsAdjective(t *testing.T) {
	wire := `Drone strike tests energy truce
Nordic Wire
2074-03-19

A drone struck the Harrow Ridge substation on the twelfth day of the moratorium that Aldoria and Tarsk signed in Jeddah. Aldorian engineers worked through the night.

Aldoria's deputy foreign minister, Anton Berezhny, who led his country's delegation at the Jeddah talks, blamed a Tarskan drone and said the debris would be handed to the monitors. "Our patience is not a line item in the annex," he said.

Viktor Ostrakh, Tarsk's first deputy defence minister, who headed the Tarskan side in Jeddah, said in a statement that his country "has flown nothing toward Velmora since the moratorium began".
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for _, w := range []string{"tarskan", "Tarsk's", "aldorian"} {
		if e.inferredNation(w) == "" {
			t.Errorf("%q read as no country's", w)
		}
	}
	for _, w := range []string{"drone", "berezhny", "annex"} {
		if c := e.inferredNation(w); c != "" {
			t.Errorf("%q read as the country %q", w, c)
		}
	}
	a, err := e.Ask(context.Background(), "what did the tarskan delegation head say abt the drone", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Anton Berezhny" {
		t.Errorf("the tarskan delegation head answered as %s, Aldoria's: %+v", a.Speaker, a.Quotes)
	}
	checkSpeakers(t, e, []speakerCase{
		{"what did the aldorian deputy foreign minister say", "Anton Berezhny", "Our patience is not a line item"},
	})
}
