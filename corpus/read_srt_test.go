package corpus

import (
	"strings"
	"testing"
)

// A press conference's subtitles saved as text: the cue numbers and
// timings go, a sentence running over several cues is read whole, and a
// cue opening with its speaker ("[SHEIKH NAWAF]", "- Moriarty:") opens
// that speaker's turn, so their words are quoted as theirs; a note in
// brackets stands apart.
func TestSubtitlesReadAsTurns(t *testing.T) {
	srt := `1
00:00:01,000 --> 00:00:04,200
[Press conference, Doha, Friday 19 March 2066]

2
00:00:05,500 --> 00:00:09,000
[SHEIKH NAWAF] Good morning, and thank you
for waiting. We will put 4.5 million riyals

3
00:00:09,000 --> 00:00:13,400
into the monitoring group,
because good intentions need an office.

4
00:00:13,600 --> 00:00:18,000
- Declan Moriarty: We will ask one question
of every name. Did this person publish?

5
00:00:18,000 --> 00:00:20,000
[LAUGHTER]

6
00:00:20,500 --> 00:00:25,000
- Declan Moriarty: Strict and boring.
Boring is what keeps people alive.
`
	d, texts := loadOne(t, "subtitles.txt", srt)
	for _, tx := range texts {
		if strings.Contains(tx, "-->") || strings.TrimSpace(tx) == "3" {
			t.Errorf("a cue's timing or number read as text: %q", tx)
		}
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "We will put 4.5 million riyals into the monitoring group, because good intentions need an office.") {
		t.Errorf("the sentence across cues is not read whole:\n%s", all)
	}
	quoted := 0
	for _, q := range d.Quotes {
		if q.Speaker == "Declan Moriarty" {
			quoted++
		}
	}
	if quoted != 2 {
		t.Errorf("Moriarty's two turns: %d quotes of his (%+v)", quoted, d.Quotes)
	}
	// A text with a number or a time here and there is no subtitles.
	if _, ok := srtLines([]string{"1", "The talks began at 09:00.", "", "2", "They ended late."}); ok {
		t.Error("plain text read as subtitles")
	}
}

// A cue opening with a transcript's label in capitals ("MARGRIT
// OBERHOLZER (ICRC): …") opens that speaker's turn: her words are hers,
// not the reporter's whose cues ran before.
func TestSubtitleCapitalLabelOpensATurn(t *testing.T) {
	srt := `1
00:00:01,000 --> 00:00:04,000
[ANNA BERG] Samples from the three families

2
00:00:04,000 --> 00:00:07,000
have gone to a laboratory in Geneva.

3
00:00:07,500 --> 00:00:11,000
HELGA STROM (ICRC): The name of a child
is not something we trade. We establish it.
`
	d, _ := loadOne(t, "subtitles.txt", srt)
	found := false
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "is not something we trade") {
			found = true
			if q.Speaker != "Helga Strom" {
				t.Errorf("%q by %q, want Helga Strom", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("the labelled cue is no one's quote: %+v", d.Quotes)
	}
}

// Text extracted from a PDF hyphenates words across its line breaks
// ("journal-" / "ists", "Hallvard-" / "sen"): they are read as the words
// they are, so a name is found and a phrase matched.
func TestHyphenatedLineBreaksJoined(t *testing.T) {
	for _, tt := range []struct{ text, next, want string }{
		{"the OSCE Representative, Dr Ingrid Hallvard-", "sen, said the journal-", "the OSCE Representative, Dr Ingrid Hallvardsen, said the journal-"},
		{"fourteen hours of arguing over com-", "mas", "fourteen hours of arguing over commas"},
		{"a front-", "Line report", "a front- Line report"},
		{"an e-", "mail to the union", "an e- mail to the union"},
	} {
		if got := joinWrapped(tt.text, tt.next); got != tt.want {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", tt.text, tt.next, got, tt.want)
		}
	}
}

// A news report's subtitles set a caption on a cue of its own when
// someone new speaks, as television shows it under them: their name in
// capitals, what they are and perhaps the day ("[AUREL KOSTOVAN -
// FINANCE MINISTER OF OSTRELIA - TUESDAY]"). The cues under it, up to
// the next speaker, are their words, with the title the caption gives;
// a note in brackets that names no one with a title ("[JINGLE - NEWS
// IN]", "[CLIP - HELSINKI, 19 MAY 2061]") is no one's words.
func TestSubtitleLowerThirdOpensATurn(t *testing.T) {
	srt := `1
00:00:00,000 --> 00:00:03,500
[JINGLE - NEWS IN]

2
00:00:03,600 --> 00:00:08,200
SANNE IDRIS (reporter): Two days of talks, and one number
everybody here is repeating tonight.

3
00:00:16,900 --> 00:00:19,400
[AUREL KOSTOVAN - FINANCE MINISTER OF OSTRELIA - TUESDAY]

4
00:00:19,500 --> 00:00:24,800
(in Ostrelian, translated)
Sixty-two billion crowns. That is what the war has cost us so far.

5
00:00:24,900 --> 00:00:28,600
We ask for fourteen. We will raise the rest ourselves.

6
00:00:28,700 --> 00:00:33,900
SANNE IDRIS: The minister flew home that night for a budget vote.

7
00:00:34,000 --> 00:00:36,200
[CLIP - HELSINKI, 19 MAY 2061]
`
	d, texts := loadOne(t, "report.srt.txt", srt)
	joined := strings.Join(texts, "\n")
	var found bool
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "JINGLE") || strings.Contains(q.Text, "HELSINKI") {
			t.Errorf("a note is read as %s's words: %q", q.Speaker, q.Text)
		}
		if strings.Contains(q.Text, "We will raise the rest ourselves") {
			found = true
			if q.Speaker != "Aurel Kostovan" || !strings.Contains(strings.ToLower(q.Role), "finance minister") {
				t.Errorf("the words under the caption are %s's (%s), want Aurel Kostovan's, the finance minister's", q.Speaker, q.Role)
			}
			if !strings.Contains(q.Text, "cost us so far") {
				t.Errorf("the turn under the caption is cut: %q", q.Text)
			}
		}
		if strings.Contains(q.Text, "flew home") && q.Speaker != "Sanne Idris" {
			t.Errorf("the reporter's words after the turn are %s's", q.Speaker)
		}
	}
	if !found {
		t.Errorf("the words under the caption are no one's quote:\n%s", joined)
	}
}
