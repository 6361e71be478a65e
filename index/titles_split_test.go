package index

import (
	"context"
	"testing"
)

// "who's deputy head of the ukrainian delegation", where a caption gives
// the head "Deputy Minister, Head of Ukrainian Delegation" and the decree
// names her deputy: the deputy, never the head, whose "Deputy" belongs
// to another of her titles. "The presiding arbitrator" is the judge the
// caption titles so, not a person called PRESIDING ARBITRATOR because a
// caption shouts it, nor is "the mud queen" a person called Mud Queen.
func TestTitlesJoinedByACommaStayApart(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"running_order.txt": `MORNING BULLETIN

L3: OKSANA KRAVETS / DEPUTY MINISTER, HEAD OF UKRAINIAN DELEGATION

SOT KRAVETS: "This is not peace and it is not justice yet. It is a receipt."

L3: RENATA FIGUEIRA LOBO / PRESIDING ARBITRATOR

SOT FIGUEIRA LOBO: "I have no side in this war. My only client is the evidence."

Her teams call her "the Mud Queen", and she pretends to hate it.
`,
		"decree.txt": `DECREE No. 412/2065

Roman Tkachuk, Deputy Minister of Foreign Affairs of Ukraine, Deputy Head of the Delegation.
`,
	})
	checkAnswerers(t, e, map[string]string{
		"who's deputy head of the ukrainian delegation":                    "Roman Tkachuk",
		"what did the presiding arbitrator say about whose side she is on": "Renata Figueira Lobo",
	})
	ctx := context.Background()
	for _, who := range []string{"presiding arbitrator", "mud queen"} {
		if p, err := e.mentionedName(ctx, who); err != nil || p != nil {
			t.Errorf("%q: a title's words, or an epithet, read as a name: %+v (%v)", who, p, err)
		}
	}
}

// A name the articles set in quotation marks of its own ("your old staff
// called you \"Red Pen\"") is what someone is called, no person of that
// name: "red pen said what about being strict" is asked of no Red Pen.
func TestQuotedNicknameIsNoName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"presser.txt": `Doha press conference

Reporter: Mr Moriarty, your old staff called you "Red Pen". Will you be strict?

Declan Moriarty: Strict and boring. Boring is what keeps people alive.
`,
	})
	if p, err := e.mentionedName(context.Background(), "red pen"); err != nil || p != nil {
		t.Errorf("a nickname in quotation marks read as a name: %+v (%v)", p, err)
	}
	if !quotedAlone(`call her "the Mud Queen", and`, len(`call her "the `), len(`call her "the Mud Queen`)) {
		t.Error(`"the Mud Queen" in quotation marks not read as set apart`)
	}
}

// "what did the kremlin say about the doha deal", where the Kremlin's
// press secretary and Russia's negotiator both speak of it: the Kremlin's
// voice is its press secretary (title_phrases.tsv), a spokesman by
// another title, not whichever Russian speaks on the subject.
func TestKremlinSpeaksThroughItsPressSecretary(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"newsletter.txt": `The Doha accord

The Kremlin's press secretary, Arkady Vetrov, described the Doha accord on Monday as "a humanitarian gesture, not a concession".

Ambassador Gennady Zarubin, who led the Russian delegation in Doha, said of the accord: "We signed a procedure for the Doha list, nothing more."
`,
	})
	checkAnswerers(t, e, map[string]string{
		"what did the kremlin say about the doha deal": "Arkady Vetrov",
		"kremlin reaction to the doha deal?":           "Arkady Vetrov",
	})
}

// "what did unicef say", where one person is quoted for UNICEF and it
// has no spokesperson: her words, under her name. Not a body two people
// are quoted for.
func TestBodySpeaksThroughTheOneQuotedForIt(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"digest.txt": `Schools brief

The parents' hotline has taken 3,912 calls. UNICEF's Ingrid Haavik said the busiest hour was between 7 and 8 in the evening, "when the children are asleep and the parents start to worry".

NATO's Lena Strand said the alliance "will not send anyone to the strip". Piotr Nowak, a NATO adviser, said "the strip is a matter for the two sides".
`,
	})
	checkAnswerers(t, e, map[string]string{
		"what did unicef say about the hotline": "Ingrid Haavik",
		"what did nato say about the strip":     "",
	})
}
