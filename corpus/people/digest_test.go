package people

import (
	"slices"
	"testing"
)

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

// A social post embedded in a page gives its text first and its credit
// after ("Taras Melnyk (@TMelnyk_UA), spokesman, Ukrainian delegation, 2
// May 2042"): the post is theirs, set apart or run into a live blog's
// entry after its reporting. A credit naming no one the article names
// takes nothing.
func TestEmbeddedPostCreditedAfter(t *testing.T) {
	got, _ := analyse(paras(
		`Taras Melnyk, spokesman for the Ukrainian delegation, posted within minutes of the signing.`,
		`Signed. 120 days. First ship leaves Izmail at dawn. To every dock worker on the Danube: thank you for holding on.`,
		`Taras Melnyk (@TMelnyk_UA), spokesman, Ukrainian delegation, 2 May 2042, 18:02`,
		`Oksana Hrytsenko led Ukraine's delegation. "This is not peace, but it is a door," Hrytsenko said. Our first grain leaves tonight and the next at dawn. Oksana Hrytsenko (@OHrytsenko), 2 May 2042`,
		`The port is open again for the first time in months. Night shift at Reni (@reni_port), 2 May`,
	))
	byText := checkByStart(t, got, map[string]string{
		"Signed. 120 days. Fi": "Taras Melnyk",
		"Our first grain leav": "Oksana Hrytsenko",
		"This is not peace, b": "Oksana Hrytsenko",
	})
	if _, ok := byText["The port is open aga"]; ok {
		t.Errorf("a post credited to no one the article names became a quote: %+v", got)
	}
}

// A digest's forwarded post is often set apart with no quotation marks,
// under a line with its time and mark ("13 Mar 2050, 16:05 - ↪️ Forwarded
// from Yelena Dorofeyeva | Spokeswoman, MFA of Russia"): it is hers. A
// line opening with a word and a colon that names no one ("Sources: …")
// is no speaker whose turn runs on over the posts after it.
func TestDigestForwardedPostsWithoutMarks(t *testing.T) {
	got, _ := analyse(paras(
		`12 Mar 2050, 23:15 - Kyiv Brief`,
		`Sources: talks are stuck on one name. The mediators are shuttling between the floors.`,
		`13 Mar 2050, 07:10 - ↪️ Forwarded from Taras Kovalchuk | Foreign Minister of Ukraine`,
		`312 names. 312 homes where a light will come on again.`,
		`❤️ 12K`,
		`13 Mar 2050, 16:05 - ↪️ Forwarded from Yelena Dorofeyeva | Spokeswoman, MFA of Russia`,
		`We expect the protocol to be implemented to the letter, not in the headlines.`,
		`Relatives: our hotline is open day and night.`,
		`13 Mar 2050, 18:00 - ↪️ Forwarded from Coordination Centre for Detained Civilians`,
		`Do not pay anyone who promises to add your relative to a list.`,
	))
	checkQuoteSpeakers(t, got, "Taras Kovalchuk", "Yelena Dorofeyeva")
}

// A digest of posts heads each with its time, the platform and the
// writer's handle, who they are in brackets after it ("07:12 | Telegram |
// @zhuravlev_va (Viktor Zhuravlev, Russian deputy foreign minister)"),
// as a section's heading or a line of its own: the post under it is
// theirs, whether the brackets open with the name, a title before it or
// a body that names who signed. A body posting alone ("@GenStaffUA
// (General Staff of the Armed Forces of Ukraine)") makes the post no
// person's.
func TestDigestPostsUnderHandleCredits(t *testing.T) {
	got, _ := analyse(paras(
		`## 07:12 | Telegram | @zhuravlev_va (Viktor Zhuravlev, Russian deputy foreign minister, head of delegation)`,
		`"Day three in Ankara. The status of the station is not a subject for negotiation."`,
		`[Translated from Russian.]`,
		`08:03 | X | @UkrEnergyMin (Ministry of Energy of Ukraine; post signed by spokesman Taras Bondar)`,
		`"This morning's reading: the cooling pond is at 13.9 m."`,
		`## 13:30 | Telegram | @GenStaffUA (General Staff of the Armed Forces of Ukraine)`,
		`"Overnight, Russian forces shelled Marhanivka six times."`,
		`## 14:45 | X | @EnvoyRaghunathan (Ambassador Meera Raghunathan, Special Envoy of India)`,
		`"Met both delegations separately this morning."`,
	))
	checkQuoteSpeakers(t, got, "Viktor Zhuravlev", "Taras Bondar", "", "Meera Raghunathan")
	// The body before the semicolon is whose spokesman signed.
	if _, d := analyse(paras(`08:03 | X | @UkrEnergyMin (Ministry of Energy of Ukraine; post signed by spokesman Taras Bondar)`, `"The cooling pond is at 13.9 m."`)); !slices.Contains(rolesOf(d)["Taras Bondar"], "spokesman, Ministry of Energy of Ukraine") {
		t.Errorf("Bondar's roles %q, want the ministry's spokesman", rolesOf(d)["Taras Bondar"])
	}
}
