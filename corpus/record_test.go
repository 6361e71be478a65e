package corpus

import (
	"slices"
	"strings"
	"testing"
)

// debateTranscript opens with the fields of a broadcast's record, then
// turns labelled by surname, one of which is the moderator's "thank you".
const debateTranscript = `CHANNEL 9 HALIV — "THE EVENING QUESTION"
Broadcast: 28 March 2074, 21:00
Transcript prepared by the Channel 9 newsdesk. Unofficial; may contain errors.

MODERATOR: Marta Holub
GUESTS:
  Dr Olena Marchuk, toxicologist, Haliv Institute of Occupational Health
  Harald Brenner, independent industrial safety consultant

HOLUB: Good evening. Nineteen days after shells tore into the chemical works, the inspectors have packed up. Dr Marchuk, is the danger over?

MARCHUK: The acute danger, yes. Chlorine does not sit around for weeks; it reacts and it spreads out.

HOLUB: Thank you.

MODERATOR: Thank you.
`

// hearingRecord is a committee's record whose head lists where it sat
// and who was present; cleaning makes the list the heading of the turns.
const hearingRecord = `Committee on Agrarian Policy
Subject: Returning mined farmland to use
Date: Tuesday 29 May 2074
Place: Room 412, Committee Building
Members present: Yurii Savchenko (Chair), Bohdan Koval, Inna Moroz

CHAIR: Good morning, colleagues. We have a quorum and I declare the sitting open.

COLONEL HNATIUK: Thank you, Chair. At Spiez we agreed to exchange every record we hold.
`

// A record's fields, which cleaning takes out of the text as labels, a
// heading or the date, are kept as a passage of their own where they
// stand, so that "who moderated" and "where did the committee sit" find
// them; nobody's words are read in them, and a turn's "MODERATOR: Thank
// you." stays a turn.
func TestRecordFieldsArePassages(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // each in one passage
	}{
		{"debate.txt", debateTranscript, []string{"Broadcast: 28 March 2074, 21:00", "MODERATOR: Marta Holub"}},
		{"hearing.txt", hearingRecord, []string{"Place: Room 412, Committee Building", "Members present: Yurii Savchenko (Chair)"}},
	} {
		d, texts := loadOne(t, c.name, c.text)
		for _, w := range c.want {
			i := slices.IndexFunc(texts, func(s string) bool { return strings.Contains(s, w) })
			if i < 0 {
				t.Errorf("%s: no passage holds %q; passages:\n%s", c.name, w, strings.Join(texts, "\n"))
				continue
			}
			if !d.Passages[i].Record {
				t.Errorf("%s: passage %q not marked a record", c.name, texts[i])
			}
		}
		for _, q := range d.Quotes {
			if strings.Contains(q.Text, "Marta Holub") || strings.Contains(q.Text, "Room 412") {
				t.Errorf("%s: a record's field read as %q's words: %q", c.name, q.Speaker, q.Text)
			}
		}
		for i, p := range d.Passages {
			if p.Record && strings.Contains(p.Text, "Thank you") {
				t.Errorf("%s: a turn made a record: %q", c.name, texts[i])
			}
		}
	}
}

// communique is signed under a table whose cells run a name into the
// title under it once their line breaks are gone.
const communique = `<html><body><article>
<h1>Joint communique on the Trieste water arrangement</h1>
<p>The parties agreed on 21 May to share the results of every water test within 48 hours.</p>
<p>"Nobody in this room pretended to like the other side," Polish Deputy Minister Halina Zaremba said at the signing.</p>
<p>Signed at Trieste on 21 May 2059.</p>
<table>
<tr><td>For Ukraine:<br>Oleksandra Hnatiuk<br>First Deputy Minister of Environmental Protection</td></tr>
<tr><td>Witnessed by:<br>Halina Zaremba<br>Deputy Minister of Climate and Environment, Republic of Poland</td></tr>
</table>
</article></body></html>`

// The people reader never reads a record's fields: a name run into the
// title under it ("Halina Zaremba Deputy Minister") is no one's name.
func TestRecordFieldsNameNoOne(t *testing.T) {
	d, texts := loadOne(t, "communique.html", communique)
	if !slices.ContainsFunc(d.Passages, func(p Passage) bool { return p.Record }) {
		t.Fatalf("no record read; passages:\n%s", strings.Join(texts, "\n"))
	}
	for _, q := range d.Quotes {
		if q.Speaker != "Halina Zaremba" {
			t.Errorf("%q given to %q; want Halina Zaremba", q.Text, q.Speaker)
		}
	}
	for _, p := range d.People {
		if strings.Contains(p.Name, "Minister") {
			t.Errorf("a record's field read as a person: %q", p.Name)
		}
	}
}

// liveBlogPage has two captions: one names a woman the text never names,
// the other a man the text names in full.
const liveBlogPage = `<html><body><article>
<h1>Live: polio pause day two</h1>
<p>The generator at the Dravna cold store failed on the first night. Staff moved the vaccine into refrigerated boxes within the hour.</p>
<figure><img src="coldstore.jpg" alt=""><figcaption>Vlasta Mirek checks ice packs at the Dravna cold store on Tuesday night. Photo: Meridian News</figcaption></figure>
<p>Colonel Arkady Brusk said the shell had come from the west.</p>
<figure><img src="brusk.jpg" alt=""><figcaption>Arkady Brusk speaks to reporters at the Kosel clinic on Tuesday. Photo: Meridian News</figcaption></figure>
</article></body></html>`

// A caption naming someone the text never names in full is the one place
// saying who they are: it is kept as a passage, without its credit. A
// caption naming only people the text names stays out, as captions do.
func TestCaptionNamingSomeoneNewIsAPassage(t *testing.T) {
	d, texts := loadOne(t, "live.html", liveBlogPage)
	joined := strings.Join(texts, "\n")
	if !strings.Contains(joined, "Vlasta Mirek checks ice packs at the Dravna cold store on Tuesday night.") {
		t.Errorf("the caption naming Vlasta Mirek is no passage; passages:\n%s", joined)
	}
	if strings.Contains(joined, "Photo: Meridian News") || strings.Contains(joined, "speaks to reporters at the Kosel clinic") {
		t.Errorf("a credit or a caption naming someone the text names is a passage:\n%s", joined)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "Vlasta Mirek") && !p.Record {
			t.Errorf("caption passage %q not marked a record", p.Text)
		}
	}
}
