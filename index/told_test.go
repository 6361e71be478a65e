package index

import "testing"

// "what did the pilot tell brasko over the radio": a pilot the crew
// chief does not name told him something on the radio, and his words
// give it; the pilot the articles do name (a podcast guest) said nothing
// of it, and his words are not the answer. A teller the listener names
// ("Colonel Hrytsenko told me") is that colonel, whose own words answer.
func TestWhatATitleToldSomeoneIsInTheListenersWords(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"essay.md": "# Six days on the Tarrow\n\n" +
			"Anton Brasko, 61, the crew chief at Grell Mill fire station, on the rail embankment on Wednesday. " +
			"\"On the second day one of the Aldorian pilots came on the radio and told me, 'Dymko, get your people off the top of the embankment,'\" Brasko said.\n\n" +
			"Captain Jonas Ferrant, a water-bomber pilot, flew the second of the two aircraft. " +
			"\"From up there the village looks like it is sitting on the shore of a black sea,\" Ferrant said.\n\n" +
			"Ferrant added: \"The corridor was a piece of sky you don't leave, and we never left it.\"\n",
		"bridge.md": "# The bridge\n\n" +
			"Colonel Bohdan Hrytsenko commanded the exchange. \"Nobody crosses until every name is read,\" he said.\n\n" +
			"Oksana Verbytska waited on the bridge. \"Colonel Hrytsenko told me on the bridge that my name was never negotiable,\" she said.\n",
	})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the pilot tell brasko over the radio", "Anton Brasko"},
		{"what did the pilot say about the corridor", "Jonas Ferrant"},
		{"wat did the colonel tell oksana on the bridge", "Bohdan Hrytsenko"},
	})
}
