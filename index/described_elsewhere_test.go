package index

import (
	"testing"
)

// A description is never pinned on someone it does not fit, though the
// passage that holds its words names them: the president of a body is
// not a country's president, nor is the spokeswoman for one; a
// journalist asking a minister is no minister; a mayor of one town is
// not the mayor of another; a reporter named Moldovan is no Moldovan
// minister; a prime minister no foreign minister; a Director General
// no general. The right person still is found.
func TestDescriptionNotPinnedOnTheWrongPerson(t *testing.T) {
	for _, tt := range []struct {
		name, text, q, speaker string
		dir                    string // a suite's folder instead of text
	}{
		// A CBC reporter's question to Norway's minister, in a
		// briefing's transcript: "Jenna MacLeod, CBC News: Minister
		// Brattli, on the Canadian dogs".
		{name: "journalist asking a minister", dir: "testdata/corpus21", q: "wat did the canadian foreign minister say abt the dogs"},
		// "The mayor of Bilhorod-Dnistrovskyi, Roman Tkachuk", in
		// reports that name Odesa often.
		{name: "mayor of another town", dir: "testdata/corpus17", q: "who is the mayor of odesa"},
		{name: "mayor of that town", dir: "testdata/corpus17", q: "who is the mayor of bilhorod-dnistrovskyi", speaker: "Roman Tkachuk"},
		// "By Ana Moldovan in Constanta": a reporter whose surname is a
		// nationality is no Moldovan minister.
		{name: "surname that is a nationality", dir: "testdata/corpus17", q: "what did the moldovan foreign minister say"},
		{name: "nationality before a title", dir: "testdata/corpus17", q: "what did the moldovan president say"},
		{name: "that surname", dir: "testdata/corpus17", q: "who is ana moldovan", speaker: "Ana Moldovan"},
		// A prime minister is no foreign minister, nor the other way.
		{name: "another office", dir: "testdata/corpus9", q: "what did the russian prime minister say"},
		{name: "that office", dir: "testdata/corpus9", q: "what did the russian foreign minister say", speaker: "Sergei Lavrov"},
		{name: "prime minister for foreign minister", dir: "testdata/corpus8", q: "what did the polish foreign minister say"},
		// "the us": the United States, not the pronoun.
		{name: "us as a country", dir: "testdata/corpus2", q: "what did the us foreign minister say"},
		{name: "us envoy", dir: "testdata/corpus10", q: "what did the us envoy say", speaker: "Steve Witkoff"},
		// "U.S. Secretary of State Marco Rubio, Turkish President Tayyip
		// Erdogan and …": the next name's title is not his.
		{name: "title of the next name in a list", dir: "testdata/corpus8", q: "what did the us president say"},
		// A spokeswoman is no man; "spokesman" is said of anyone.
		{name: "spokeswoman", dir: "testdata/corpus3", q: "what did the russian spokeswoman say"},
		{name: "spokesman", dir: "testdata/corpus3", q: "what did the russian spokesman say", speaker: "Dmitry Peskov"},
		// Unless the body asked for is his and no woman fits: the
		// member got the gender wrong.
		{name: "spokeswoman of his body", dir: "testdata/corpus99", q: "what did the hydrovel spokeswoman say", speaker: "Jurek Pall"},
		// The one mayor quoted, whose country the articles do not say,
		// is no Romanian mayor; asked by her town, she is found.
		{name: "country not said", dir: "testdata/corpus25", q: "what did the romanian mayor say"},
		{name: "town said", dir: "testdata/corpus25", q: "what did the izmail mayor say", speaker: "Serhiy Kovalchuk"},
		// "U.S. Special Envoy": the United States, dots and all; the
		// Ukrainian envoy is the one who led Ukraine's delegation.
		{name: "U.S. with its dots", dir: "testdata/corpus19", q: "what did the ukrainian envoy say", speaker: "Oksana Hrytsenko"},
		{name: "the us envoy", dir: "testdata/corpus19", q: "what did the us envoy say", speaker: "Daniel Whitcomb"},
		// A Director General is no general; a retired general is.
		{name: "director general", dir: "testdata/corpus19", q: "what did the russian general say"},
		{name: "that director general", dir: "testdata/corpus19", q: "what did the iaea director general say", speaker: "Ingrid Solheim"},
		{name: "a general", dir: "testdata/corpus12", q: "what did the norwegian general say", speaker: "Henrik Solberg"},
		// "Mayor of Beryslav", interviewed on people from Nova Kakhovka.
		{name: "mayor asked of a neighbour town", dir: "testdata/corpus32", q: "what did the nova kakhovka mayor say about the bridge"},
		{name: "mayor asked of his town", dir: "testdata/corpus32", q: "what did the beryslav mayor say", speaker: "Serhii Ostapenko"},
		{"body's president", `Title: Montreux signing
Outlet: Wire
Date: 2050-03-18

Ukraine thanked Switzerland and the ICRC for their mediation in Montreux.

ICRC President Tomás Echeverría spoke briefly to reporters by the gate. "Maps save lives only if they are true," he said.
`, "what did the ukrainian president say about montreux", "", ""},
		{"spokeswoman for a president", `Title: Ships move
Outlet: Wire
Date: 2031-08-02

In Kyiv, Kateryna Hrytsenko, spokeswoman for the Ukrainian president, said the president had "followed every hour of the talks" and would address the nation on Wednesday evening.
`, "what did the ukrainian president say in his address to the nation", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var e *Engine
			if tt.dir != "" {
				e = engineOfDir(t, tt.dir)
			} else {
				e = engineOfFiles(t, map[string]string{"a.txt": tt.text})
			}
			if a := ask(t, e, tt.q); a.Speaker != tt.speaker {
				t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
			}
		})
	}
}
