package corpus

import (
	"strings"
	"testing"
)

// A parliament's verbatim record of a sitting labels members by honorific,
// name and role, with their party in square brackets ("Mr Pavel Dremmer
// [Homeland Front]:", "The Prime Minister (Tomas Halvik) [Civic
// Alliance]:"), and its chair by office alone ("The Speaker:"), named
// once in a note ("[The Speaker (Irena Vosk) in the Chair.]"). Each turn
// is its member's words; the chair's are the one the note names, and the
// deputy's after the note saying he took the chair are his.
func TestPlenaryRecordTurns(t *testing.T) {
	record := `OFFICIAL REPORT (VERBATIM RECORD)
Sitting of Thursday, 14 April 2078

[The sitting resumed at 14:02. The Speaker (Irena Vosk) in the Chair.]

The Speaker: Order, order. We resume the third reading of the Bill. I call the Prime Minister.

The Prime Minister (Tomas Halvik) [Civic Alliance]: Madam Speaker, this bill freezes the line and brings our prisoners home within sixty days.

Mrs Marta Brennich (Leader of the Opposition) [National Bloc]: Madam Speaker, I call it what it is: a surrender signed in instalments.

Mr Pavel Dremmer [Homeland Front]: Traitors! You are selling the graves of our sons!

The Speaker: Mr Dremmer, you will withdraw that remark.

[The Deputy Speaker (Rolf Hennig) took the Chair at 16:40.]

The Deputy Speaker: Before I call the next member, I remind the House that visitors in the gallery take no part in our proceedings.
`
	d, _ := loadOne(t, "record.txt", record)
	checkQuoteSpeakers(t, d, map[string]string{
		"We resume the third reading":          "Irena Vosk",
		"brings our prisoners home":            "Tomas Halvik",
		"a surrender signed in instalments":    "Marta Brennich",
		"selling the graves of our sons":       "Pavel Dremmer",
		"you will withdraw that remark":        "Irena Vosk",
		"visitors in the gallery take no part": "Rolf Hennig",
	})
	roles := map[string]string{}
	for _, p := range d.People {
		roles[p.Name] = strings.Join(p.Roles, "; ")
	}
	for name, want := range map[string]string{"Irena Vosk": "Speaker", "Rolf Hennig": "Deputy Speaker", "Pavel Dremmer": "Homeland Front"} {
		if !strings.Contains(roles[name], want) {
			t.Errorf("%s's titles are %q, want %q among them", name, roles[name], want)
		}
	}
}

// A podcast's hosts labelled by full names the lexicon does not know
// ("JONAH PRATT:", a given name that is also a word) are still who speak,
// when the transcript writes the name as a name too ("Hosts: Mika Sorel
// and Jonah Pratt", "And I'm Jonah Pratt"); a label of two words the text
// never writes so ("NEWS DESK:") is no one.
func TestTranscriptLabelOfAnUnknownName(t *testing.T) {
	transcript := `THE ORLA DISPATCH - Episode 187
Hosts: Mika Sorel and Jonah Pratt

[00:00:14] MIKA SOREL: Hello and welcome to The Orla Dispatch. I'm Mika Sorel.

[00:00:17] JONAH PRATT: And I'm Jonah Pratt. It's Friday, and Ostrelia has ratified the accord.

[00:00:25] NEWS DESK: Two hundred and thirty-one for, one hundred and forty-eight against.

[00:00:36] JONAH PRATT: Pavel Dremmer was thrown out of the chamber. We'll get to him.

[00:00:48] NEWS DESK: The president has fifteen days to sign.
`
	d, _ := loadOne(t, "podcast.txt", transcript)
	for text, want := range map[string]string{
		"Ostrelia has ratified the accord":    "Jonah Pratt",
		"thrown out of the chamber":           "Jonah Pratt",
		"one hundred and forty-eight against": "",
		"fifteen days to sign":                "",
	} {
		got := quoteSpeaker(d, text)
		if want == "" && got == "(no quote)" {
			continue
		}
		if got != want {
			t.Errorf("%q is %q's, want %q's", text, got, want)
		}
	}
	// One word, when its holder gives it as their name: "And I'm Jonah."
	d, _ = loadOne(t, "podcast2.txt", `THE LONG TABLE - Episode 212

MAEVE: Welcome to The Long Table. I'm Maeve Keane.

JONAH: And I'm Jonah. And this week we are doing the referendum, there's no avoiding it.

MAEVE: People are voting yes for a thing they don't believe in, Jonah.

JONAH: Voting yes for a thing they don't believe in is still voting yes.
`)
	jonah := ""
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "still voting yes") {
			jonah = q.Speaker
		}
	}
	if jonah != "Jonah" {
		t.Errorf("Jonah's turn is %q's, want Jonah's", jonah)
	}
}

// A phone-in's host reads out a listener's text after "from" and their
// name ("A text now from Jonas in Brenn: "…""): the listener's words,
// never those of the spokesman the host names next ("Jonas, the prime
// minister's spokesman, Yannick Tessaro, told this programme …"), whose
// own quotation stays his.
func TestPhoneInTextReadOut(t *testing.T) {
	transcript := `ORN RADIO 2 | THE MORNING LINE
Programme transcript - Thursday 28 April 2078, 07:05-07:48
Presenter: Dana Weller
Topic: "Did Lysse deliver?" Listeners on the donors' conference

[07:05]

HOST: Good morning, it's five past seven and this is The Morning Line. Yesterday afternoon in Lysse the reconstruction conference for Ostrelia closed with pledges of 8.4 billion crowns over three years. Our government went in asking for 14 billion. So, one question this morning: did Lysse deliver? The lines are open. Agnes in Tarnholm, you're first.

HOST: Back to your calls. Ruta in Velsk.

RUTA (Velsk): I watched the young woman from Tarnholm on the stream yesterday, Mira Jovanek. Nineteen years old and she said what all of us think. Build something so our kids don't leave.

HOST: She got the longest applause of the two days, by most accounts, and she wrote on Murmur afterwards that her hands were still shaking. A text now from Jonas in Brenn: "Why wasn't the prime minister there himself?" Jonas, the prime minister's spokesman, Yannick Tessaro, told this programme on Tuesday that Mr Tervane "could not leave Merav while parliament votes on the budget". The finance minister flew home after the first day for the same reason. Oskar in Merav, quickly.

OSKAR (Merav): Just that Dravenia should pay. Every crown. Not Corvanne, not the fund. Dravenia.

HOST: Dravenia wasn't invited, of course, and its foreign ministry has called the whole thing "a theatre of debts". That's all we have time for. After the news at eight: the weather, and the price of seed potatoes.
`
	d, _ := loadOne(t, "phonein.txt", transcript)
	for _, q := range d.Quotes {
		switch {
		case strings.Contains(q.Text, "Why wasn't the prime minister"):
			if q.Speaker != "" {
				t.Errorf("the listener's text is %s's", q.Speaker)
			}
		case strings.Contains(q.Text, "could not leave Merav"):
			if q.Speaker != "Yannick Tessaro" {
				t.Errorf("the spokesman's words are %q's", q.Speaker)
			}
		}
	}
}

// A personal blog saved as HTML names its writer only in its footer's
// copyright ("Text (c) 2078 Mira Jovanek"): the writer, and "I told them:
// "…"" in the post is her words; "When I asked …, she answered …. "…,"
// she said" stays the one answering, and an outlet's copyright ("©
// 2078 The Harbour Times") makes no author.
func TestBlogWriterFromItsFooter(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>What I said in Lysse - Row K</title></head><body>
<header><p class="blog-title"><a href="/">Row K</a></p></header>
<main><article>
<h1>What I said in Lysse</h1>
<p>I was given six minutes. I used seven. In the end the sentence that mattered was the one I almost cut. I told them: "Do not build us a country we will have to leave." The hall went quiet.</p>
<p>Our mayor, Livia Stanek, found me afterwards. When I asked whether the schools would open by autumn, she answered the way a mayor would. "Ask me again in September," she said.</p>
<p>Next stop: exams. Then every future meeting of this conference, because the communique says young people must be at the table.</p>
</article></main>
<footer><p>Row K runs on Quillpage. Text (c) 2078 Mira Jovanek. RSS | Privacy</p></footer>
</body></html>`
	d, _ := loadOne(t, "blog.html", page)
	if d.Author != "Mira Jovanek" {
		t.Errorf("author %q, want Mira Jovanek from the footer", d.Author)
	}
	for _, q := range d.Quotes {
		switch {
		case strings.Contains(q.Text, "Do not build us a country") && q.Speaker != "Mira Jovanek":
			t.Errorf("the writer's own words are %q's", q.Speaker)
		case strings.Contains(q.Text, "Ask me again in September") && q.Speaker != "Livia Stanek":
			t.Errorf("the mayor's answer is %q's", q.Speaker)
		}
	}
	outlet, _ := loadOne(t, "news.html", strings.Replace(page, "Text (c) 2078 Mira Jovanek", "© 2078 The Harbour Times", 1))
	if outlet.Author != "" {
		t.Errorf("an outlet's copyright makes %q the author", outlet.Author)
	}
}

// quoteSpeaker is whose the first of d's quotes holding text is, "(no
// quote)" when none holds it.
func quoteSpeaker(d *Document, text string) string {
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, text) {
			return q.Speaker
		}
	}
	return "(no quote)"
}

// checkQuoteSpeakers fails t for each text of want whose quote in d is
// not the speaker want gives ("" for no one).
func checkQuoteSpeakers(t *testing.T, d *Document, want map[string]string) {
	t.Helper()
	for text, who := range want {
		if got := quoteSpeaker(d, text); got != who {
			t.Errorf("%q is %q's, want %q's", text, got, who)
		}
	}
}
