package people

import "testing"

// A Telegram digest sets each post's quotation apart, under a line that
// brings its speaker in with a colon and no verb ("Special Envoy Niamh
// Gallagher:", "Svitlana Petrenko, 61, from Orikhiv, whose son Denys has
// been missing since August 2024:"), or under the line saying whom the
// post is forwarded from; the post's emoji after the quotation change
// nothing. A post forwarded from a channel names no one, and a line
// naming two people credits neither.
func TestDigestPostsCreditedAbove(t *testing.T) {
	got, _ := analyse(paras(
		`Special Envoy Niamh Gallagher:`,
		`"Three days ago these delegations could not agree on an agenda. Tonight they initialled eleven pages."`,
		`About 200 relatives gathered outside the regional administration. Svitlana Petrenko, 61, from Orikhiv, whose son Denys has been missing since August 2024:`,
		`"I don't need another promise from a politician. I need a shovel, a DNA test and a grave I can visit." 😢`,
		`*Forwarded from Halyna Tkachuk*`,
		`"For almost two decades families have lived in a waiting room. Today we opened a door." 🚪`,
		`*Forwarded from Kremlin Pool*`,
		`"We are not expecting miracles, but we are expecting a document from them."`,
		`Kremlin spokesman Pavel Orlov and Deputy Foreign Minister Gennady Voronin, outside the palace:`,
		`"This protocol is not a gift to Kyiv, and nobody should read it as one."`,
	))
	checkQuoteSpeakers(t, got, "Niamh Gallagher", "Svitlana Petrenko", "Halyna Tkachuk", "", "")
}
