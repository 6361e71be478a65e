package corpus

import (
	"strings"
	"testing"
)

func parseTxt(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseFile("a.txt", []byte(text), nil)
	if err != nil {
		t.Fatalf("ParseFile: %v", err)
	}
	return d
}

func passageTexts(d *Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Text)
	}
	return out
}

func TestTextHeader(t *testing.T) {
	tests := []struct {
		name, text                 string
		title, author, date, first string
	}{
		{
			name:  "title and Published line",
			text:  "US Proposes NATO-Style Security Guarantees for Ukraine Amid Peace Talks\nPublished 14 December 2025\nHighlights\n- The US has proposed NATO-style security guarantees for Ukraine.\n",
			title: "US Proposes NATO-Style Security Guarantees for Ukraine Amid Peace Talks", date: "2025-12-14",
			first: "The US has proposed NATO-style security guarantees for Ukraine.",
		},
		{
			name:  "lone name line before the date",
			text:  "1. Skip to content\nPoliticsUkraine\n\nWhat security guarantees is Ukraine likely to be granted?\n\nDanilo Bilek\nDecember 18, 2025\n\nEuropean leaders' commitment to security guarantees for Ukraine is important but not crucial, say experts.\n",
			title: "What security guarantees is Ukraine likely to be granted?", author: "Danilo Bilek", date: "2025-12-18",
			first: "European leaders' commitment to security guarantees for Ukraine is important but not crucial, say experts.",
		},
		{
			name:  "By line with two authors",
			text:  "Prisoner exchange planned\nBy Anna Kowalska and Tom Baker\nUpdated: Dec. 19, 2025 10:15 GMT\n\nUkraine and Russia are preparing an exchange of about 300 prisoners of war each, mediators said.\n",
			title: "Prisoner exchange planned", author: "Anna Kowalska and Tom Baker", date: "2025-12-19",
			first: "Ukraine and Russia are preparing an exchange of about 300 prisoners of war each, mediators said.",
		},
		{
			name:  "byline over a job title, relative date",
			text:  "Zelensky says peace plan 'can work'\n2 days ago\nShare\nJames Waterhouse\nUkraine correspondent\n\nUkraine's president has said a revised peace plan can work, after two days of talks in Miami.\n",
			title: "Zelensky says peace plan 'can work'", author: "James Waterhouse",
			first: "Ukraine's president has said a revised peace plan can work, after two days of talks in Miami.",
		},
		{
			name:  "no byline: a name-shaped line not before a date stays text",
			text:  "Talks in Geneva\n\nMarta Kovalenko\n\nThe analyst said the draft was shorter than the last one and easier to read for everyone.\n",
			title: "Talks in Geneva", first: "The analyst said the draft was shorter than the last one and easier to read for everyone.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseTxt(t, tt.text)
			if d.Title != tt.title || d.Author != tt.author || d.Date != tt.date {
				t.Errorf("title/author/date = %q/%q/%q, want %q/%q/%q", d.Title, d.Author, d.Date, tt.title, tt.author, tt.date)
			}
			if len(d.Passages) == 0 || d.Passages[0].Text != tt.first {
				t.Errorf("first passage = %q, want %q", passageTexts(d), tt.first)
			}
		})
	}
}

func TestTextFurnitureIsDroppedAndRecorded(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		gone    []string // must not be in any passage
		kept    []string // must be a passage
		skipped []string // prefixes of Skipped entries
	}{
		{
			name:    "image alt text and caption",
			text:    "Title line here\n\nFirst paragraph of the article, long enough to be running text for the reader.\n\nUkrainian blue and yellow flags with the NATO compass rose of the NATO flag\nUkraine might drop its bid to become a member of NATO Image: Andreas Stroh/Zumapress/picture alliance\n\nSecond paragraph of the article, which goes on about the talks in Berlin at length.\n",
			gone:    []string{"compass rose", "Image:"},
			kept:    []string{"Second paragraph of the article, which goes on about the talks in Berlin at length."},
			skipped: []string{"image alt text: Ukrainian blue", "image caption: Ukraine might"},
		},
		{
			name:    "caption glued to the sentence before",
			text:    "Title line here\n\nFirst paragraph of the article, long enough to be running text for the reader.\n\nUkrainian President Zelenskyy was upbeat about progress made in BerlinImage: Lisi Niesner/AFP\n\nSecond paragraph of the article, which goes on about the talks in Berlin at length.\n",
			gone:    []string{"upbeat about progress made in Berlin"},
			skipped: []string{"image caption: Ukrainian President Zelenskyy"},
		},
		{
			name:    "video widget with title and duration",
			text:    "Title line here\n\nFirst paragraph of the article, long enough to be running text for the reader.\n\nUkraine peace talks in Berlin focus on security guarantees\n\n02:45\n\nThis browser does not support the video element.\n\n\"As soon as the Russians are in such an area, regulations will be undermined,\" Jilge told DW.\n",
			gone:    []string{"focus on security guarantees", "02:45", "This browser"},
			kept:    []string{"\"As soon as the Russians are in such an area, regulations will be undermined,\" Jilge told DW."},
			skipped: []string{"video title:", "video duration: 02:45", "video widget:"},
		},
		{
			name:    "credit line with its caption under it",
			text:    "Title line here\n\nFirst paragraph of the article, long enough to be running text for the reader.\n\nGetty Images\nUkrainian soldiers near Pokrovsk\n\nSecond paragraph of the article, which goes on about the talks in Berlin at length.\n",
			gone:    []string{"Pokrovsk", "Getty"},
			skipped: []string{"image credit: Getty Images", "image caption: Ukrainian soldiers near Pokrovsk"},
		},
		{
			name:    "labels, lone bullets and the repeated title",
			text:    "Same Title Twice\nPublished 14 December 2025\nHighlights\n- A highlight that sums the article up in one sentence.\n-\nRewritten Article\nSame Title Twice\nThe body starts here with a long sentence about the talks and what they mean.\n",
			gone:    []string{"Rewritten Article", "Same Title Twice"},
			kept:    []string{"A highlight that sums the article up in one sentence.", "The body starts here with a long sentence about the talks and what they mean."},
			skipped: []string{"bullet: -", "repeated title: Same Title Twice", "label: Rewritten Article"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseTxt(t, tt.text)
			all := strings.Join(passageTexts(d), "\n")
			for _, g := range tt.gone {
				if strings.Contains(all, g) {
					t.Errorf("passages contain furniture %q:\n%s", g, all)
				}
			}
			for _, k := range tt.kept {
				if !contains(passageTexts(d), k) {
					t.Errorf("passage %q missing from:\n%s", k, all)
				}
			}
			for _, s := range tt.skipped {
				found := false
				for _, got := range d.Skipped {
					found = found || strings.HasPrefix(got, s)
				}
				if !found {
					t.Errorf("Skipped lacks %q: %q", s, d.Skipped)
				}
			}
		})
	}
}

// Headings are found by shape and by what follows, not by a list.
func TestTextSectionsAndRepeats(t *testing.T) {
	text := `Harbour talks resume
Published 2 March 2026

Opening paragraph about the harbour talks, which resumed on Monday after a pause.
Who pays for the cranes
The second paragraph explains who would pay for rebuilding the cranes at the port.
What comes next
Opening paragraph about the harbour talks, which resumed on Monday after a pause.
The last paragraph says a new round is planned for April in a neutral city.
`
	d := parseTxt(t, text)
	want := []Passage{
		{Text: "Opening paragraph about the harbour talks, which resumed on Monday after a pause.", Section: "", Paragraph: 1},
		{Text: "The second paragraph explains who would pay for rebuilding the cranes at the port.", Section: "Who pays for the cranes", Paragraph: 2},
		{Text: "The last paragraph says a new round is planned for April in a neutral city.", Section: "What comes next", Paragraph: 3},
	}
	if len(d.Passages) != len(want) {
		t.Fatalf("got %d passages %q, want %d", len(d.Passages), passageTexts(d), len(want))
	}
	for i := range want {
		if d.Passages[i] != want[i] {
			t.Errorf("passage %d = %+v, want %+v", i, d.Passages[i], want[i])
		}
	}
}

func TestLongParagraphSplitsAtSentences(t *testing.T) {
	sentence := "Negotiators in Geneva worked through the night on the annex about sanctions and prisoners. "
	text := "A long one\n\n" + strings.Repeat(sentence, 30) + "\n"
	d := parseTxt(t, text)
	if len(d.Passages) < 2 {
		t.Fatalf("a %d-byte paragraph stayed one passage", len(text))
	}
	for _, p := range d.Passages {
		if p.Paragraph != 1 {
			t.Errorf("split passage has paragraph %d, want 1", p.Paragraph)
		}
		if len(p.Text) > maxPassage {
			t.Errorf("passage of %d bytes exceeds %d", len(p.Text), maxPassage)
		}
		if !strings.HasSuffix(p.Text, "prisoners.") {
			t.Errorf("passage not cut at a sentence end: …%q", p.Text[len(p.Text)-20:])
		}
	}
}

func TestSentencesKeepAbbreviations(t *testing.T) {
	got := sentences(`Mr. Peskov spoke. The U.S. envoy said "no." Then he left!`)
	want := []string{"Mr. Peskov spoke.", `The U.S. envoy said "no."`, "Then he left!"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
