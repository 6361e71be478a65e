package index

import "testing"

// "the bee lady" is the beekeeper: a title written as one word, the
// question's word then a noun for a person ("bee" + "keeper"). "the
// fish lady" is no one the articles title so, and "the keeper lady"
// does not find her by the compound's tail.
func TestDescriptionWordOpeningAClosedCompoundTitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"village.md": "# Grell Mill counts the cost\n\n" +
			"Hana Ferrant, a beekeeper, walked along the row of blackened hives. \"The bees knew before we did,\" she said.\n\n" +
			"Anton Brasko, the crew chief, kept his crew on the embankment. \"Iron does not care how brave you are,\" he said.\n",
	})
	askedAs(t, e, []struct{ q, who string }{
		{"wat did the bee lady say abt her bees before the fire", "Hana Ferrant"},
		{"what did the fish lady say", ""},
	})
}
