package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
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
		{
			name:  "transcript header under a masthead, other names for the keys, a guest line kept",
			text:  "CHANNEL 9 — EUROPE TONIGHT\nTRANSCRIPT\n\nHeadline: Ukraine's negotiator on the draft\nBroadcast: Saturday 15 April 2028, 21:00 CET\nGuest: Taras Melnychuk, First Deputy Foreign Minister of Ukraine and head of the delegation at the talks\n\nHOST: Good evening, and welcome to the programme tonight.\n",
			title: "Ukraine's negotiator on the draft", date: "2028-04-15",
			first: "Guest: Taras Melnychuk, First Deputy Foreign Minister of Ukraine and head of the delegation at the talks",
		},
		{
			name:  "wire update: masthead, slug, the note on what changed, dateline",
			text:  "MERIDIAN PRESS AGENCY (MPA) -- WORLD SERVICE\nSlug: UKRAINE-RUSSIA/NUCLEAR-TALKS (UPDATE 3)\nFirst published: 13-Feb-2047 14:05 GMT | Updated: 17:32 GMT, 21:10 GMT\n\nUPDATE 3-Russia, Ukraine agree outline of a safety zone in Vienna\n\n(Updates with comments from Russian deputy negotiator in paragraphs 10-11)\n\nBy Petra Lindqvist\n\nVIENNA, Feb 13, 2047 (MPA) - Ukrainian and Russian negotiators agreed on Wednesday on the outline of a zone.\n",
			title: "UPDATE 3-Russia, Ukraine agree outline of a safety zone in Vienna", author: "Petra Lindqvist", date: "2047-02-13",
			first: "Ukrainian and Russian negotiators agreed on Wednesday on the outline of a zone.",
		},
		{
			name:  "hard-wrapped wire copy: the date line under the headline stays apart",
			text:  "URGENT\nUPDATE 2-First grain ship leaves Izmail as Danube deal takes effect on the river\n03-May-2042 09:14 GMT\n\n(Adds Russian foreign ministry comment, WFP reaction, insurance details\nin paragraphs 8-14)\n\nBy Olena Savchuk\n\nIZMAIL, Ukraine, May 3 (NordWire) - The first cargo ship to leave Ukraine's Danube ports\nunder a deal brokered by Malta and Brazil sailed from Izmail early on Saturday.\n",
			title: "UPDATE 2-First grain ship leaves Izmail as Danube deal takes effect on the river", author: "Olena Savchuk", date: "2042-05-03",
			first: "The first cargo ship to leave Ukraine's Danube ports under a deal brokered by Malta and Brazil sailed from Izmail early on Saturday.",
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
			name:    "a correction is kept, an update note is not",
			text:    "Title line here\n\nCorrection: An earlier version of this article said Norway had offered officers. Norway has not made an offer.\n\nFirst paragraph of the article, long enough to be running text for the reader.\n\nThis article has been updated with comment from the ministry.\n",
			gone:    []string{"has been updated"},
			kept:    []string{"Correction: An earlier version of this article said Norway had offered officers. Norway has not made an offer."},
			skipped: []string{"correction note: This article has been updated"},
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

// Layouts moderators paste, each reduced to what it tests.
func TestPastedLayouts(t *testing.T) {
	tests := []struct {
		name, text                  string
		title, author, date, outlet string
		passages                    []Passage
		skipped                     []string // prefixes of Skipped entries
	}{
		{
			name:  "wire paste: section label, byline, date with zone, dateline, credits, trust line",
			text:  "World\nTruce talks resume in Geneva after a pause\nBy Ada Brook\nDecember 20, 2025 10:42 AM GMT+1 Updated 2 hours ago\n\nGENEVA, Dec 20 (Example Wire) - Negotiators resumed talks on Saturday after a pause of two weeks, officials said.\n\nReporting by Ada Brook; Editing by Tom Hale\nOur Standards: The Example Trust Principles.\n",
			title: "Truce talks resume in Geneva after a pause", author: "Ada Brook", date: "2025-12-20", outlet: "Example Wire",
			passages: []Passage{{Text: "Negotiators resumed talks on Saturday after a pause of two weeks, officials said.", Paragraph: 1}},
			skipped:  []string{"section label: World", "used as title:", "used as author: By Ada Brook", "used as date:", "dateline: GENEVA, Dec 20 (Example Wire) -", "editing credits:", "trust line:"},
		},
		{
			name:  "credits give the author when there is no byline",
			text:  "Truce talks resume in Geneva after a pause\n\nNegotiators resumed talks on Saturday after a pause of two weeks, officials said.\n\nReporting by Ada Brook in Geneva and Tom Hale in Kyiv; Editing by Rob Lane\n",
			title: "Truce talks resume in Geneva after a pause", author: "Ada Brook and Tom Hale",
			passages: []Passage{{Text: "Negotiators resumed talks on Saturday after a pause of two weeks, officials said.", Paragraph: 1}},
		},
		{
			name:     "category line and a place line are never sections",
			text:     "Why the map comes last in the talks\nPublished in News & Features\nWASHINGTON, United States\nThe administration wants the guarantee settled first, because every later step depends on it, officials said.\n",
			title:    "Why the map comes last in the talks",
			passages: []Passage{{Text: "The administration wants the guarantee settled first, because every later step depends on it, officials said.", Paragraph: 1}},
			skipped:  []string{"used as title:", "category line: Published in News & Features", "dateline: WASHINGTON, United States"},
		},
		{
			name:     "language switcher and editor's initials",
			text:     "ua en ru\nGrid repairs race the frost in Kharkiv\n\nEngineers worked through the night to restore heating to the eastern districts of the city, the mayor said.\n(mk)\n",
			title:    "Grid repairs race the frost in Kharkiv",
			passages: []Passage{{Text: "Engineers worked through the night to restore heating to the eastern districts of the city, the mayor said.", Paragraph: 1}},
			skipped:  []string{"language switcher: ua en ru", "used as title:", "editor's initials: (mk)"},
		},
		{
			name:  "live blog: one passage per entry, with its time and headline",
			text:  "Talks live: envoys meet in Geneva\n18 December 2025\n\n14:10 GMT\nEnvoys break for lunch\nThe delegations left the hall for lunch and will return at three, a spokesperson said.\nShare\n\n12:30 GMT\nThe talks began half an hour late because one delegation's flight was delayed.\nIt is the first meeting since November.\n",
			title: "Talks live: envoys meet in Geneva", date: "2025-12-18",
			passages: []Passage{
				{Text: "The delegations left the hall for lunch and will return at three, a spokesperson said.", Section: "Envoys break for lunch", Paragraph: 1, Time: "14:10 GMT"},
				{Text: "The talks began half an hour late because one delegation's flight was delayed. It is the first meeting since November.", Paragraph: 2, Time: "12:30 GMT"},
			},
		},
		{
			name:  "a transcript stamped every few minutes: each turn its own passage, with the stamp",
			text:  "The evening desk: who comes home?\n18 December 2025\n\nPRESENTER: Is this a good deal for the families waiting?\n\nMOROZ: It is a good deal with a hole in the middle, and we will keep counting.\n\n[18:14:05]\nPRESENTER: How do you build a register like that?\n\nMOROZ: Mostly from families, who call us with the last known location.\n\n[18:16:30]\nPRESENTER: Thank you for joining us tonight.\n\n[18:17:00]\nPRESENTER: After the news, the weather in Kyiv and Odesa.\n",
			title: "The evening desk: who comes home?", date: "2025-12-18",
			passages: []Passage{
				{Text: "PRESENTER: Is this a good deal for the families waiting?", Paragraph: 1},
				{Text: "MOROZ: It is a good deal with a hole in the middle, and we will keep counting.", Paragraph: 2},
				{Text: "PRESENTER: How do you build a register like that?", Paragraph: 3, Time: "[18:14:05]"},
				{Text: "MOROZ: Mostly from families, who call us with the last known location.", Paragraph: 4, Time: "[18:14:05]"},
				{Text: "PRESENTER: Thank you for joining us tonight.", Paragraph: 5, Time: "[18:16:30]"},
				{Text: "PRESENTER: After the news, the weather in Kyiv and Odesa.", Paragraph: 6, Time: "[18:17:00]"},
			},
		},
		{
			name:  "a list with the line that introduces it is one passage",
			text:  "What the draft covers\n\nThe draft, seen by reporters on Monday, covers three areas:\n- security guarantees\n- the line of contact\n- sanctions\n\nNone of them is settled yet, diplomats familiar with the text said on Monday.\n",
			title: "What the draft covers",
			passages: []Passage{
				{Text: "The draft, seen by reporters on Monday, covers three areas: security guarantees; the line of contact; sanctions", Paragraph: 1},
				{Text: "None of them is settled yet, diplomats familiar with the text said on Monday.", Paragraph: 2},
			},
		},
		{
			name:  "interview: a question is a turn, never a section",
			text:  "Interview: the envoy on the next round\n\nQ: When is the next round?\nA: In January, if the date holds, and we expect the annexes to be ready by then.\nQ: Who will take part?\nA: The same delegations as in Berlin, with observers from the United Nations.\n",
			title: "Interview: the envoy on the next round",
			passages: []Passage{
				{Text: "Q: When is the next round?", Paragraph: 1},
				{Text: "A: In January, if the date holds, and we expect the annexes to be ready by then.", Paragraph: 2},
				{Text: "Q: Who will take part?", Paragraph: 3},
				{Text: "A: The same delegations as in Berlin, with observers from the United Nations.", Paragraph: 4},
			},
		},
		{
			name:  "press release: its notes to editors after the end mark are background, its contacts not",
			text:  "PRESS RELEASE\nMinistry opens a hotline for the families of prisoners\nKYIV, 16 December 2025\nThe ministry opened a hotline on Tuesday for families of prisoners of war, the minister said.\n###\nNotes to editors\nThe ministry was founded in 2020 and reports to the cabinet.\nMedia contact\nPress Service of the Ministry\nSpokesperson: Dmytro Hrytsenko\nEmail: press@ministry.example\nAbout the ministry\nIt runs 14 regional offices.\nPhone: +380 44 000 0000\n",
			title: "Ministry opens a hotline for the families of prisoners", date: "2025-12-16",
			passages: []Passage{
				{Text: "The ministry opened a hotline on Tuesday for families of prisoners of war, the minister said.", Paragraph: 1},
				{Text: "The ministry was founded in 2020 and reports to the cabinet.", Section: "Notes to editors", Paragraph: 2},
				{Text: "It runs 14 regional offices.", Section: "About the ministry", Paragraph: 3},
			},
			skipped: []string{"section label: PRESS RELEASE", "used as title:", "dateline: KYIV, 16 December 2025", "end mark: ###", "after the end mark: Media contact", "after the end mark: Press Service", "after the end mark: Spokesperson: Dmytro Hrytsenko", "after the end mark: Email:", "after the end mark: Phone:"},
		},
		{
			name:  "an op-ed's headline written as sentences, over its byline, under a section label",
			text:  "OPINION\n\nGeneva built a fence. Now Kyiv must make sure nobody climbs it.\n\nBy Marko Shevchuk\n\nPublished 22 March 2050\n\nI have sat in rooms like the ones in Geneva, and I know the silence when a mediator comes back.\n",
			title: "Geneva built a fence. Now Kyiv must make sure nobody climbs it.", author: "Marko Shevchuk", date: "2050-03-22",
			passages: []Passage{{Text: "I have sat in rooms like the ones in Geneva, and I know the silence when a mediator comes back.", Paragraph: 1}},
			skipped:  []string{"section label: OPINION", "used as title:", "used as author: By Marko Shevchuk", "used as date:"},
		},
		{
			name:  "a briefing's head: the building and the city before the date, kept as the record's where and when; who speaks is not the headline",
			text:  "PRESS BRIEFING — GENEVA TALKS ON THE PLANT\nMaison de la Paix, Geneva, Friday 18 March 2050, 11:00 CET\n\nSpeaker: Lukas Brunner, spokesperson of the Swiss Federal Department of Foreign Affairs\n\nLUKAS BRUNNER: Good morning. Thank you for your patience, and I will take your questions now.\n",
			title: "PRESS BRIEFING — GENEVA TALKS ON THE PLANT", date: "2050-03-18",
			passages: []Passage{
				{Text: "Maison de la Paix, Geneva, Friday 18 March 2050, 11:00 CET", Paragraph: 1, Record: true},
				{Text: "Speaker: Lukas Brunner, spokesperson of the Swiss Federal Department of Foreign Affairs", Paragraph: 2, Record: true},
				{Text: "LUKAS BRUNNER: Good morning. Thank you for your patience, and I will take your questions now.", Section: "Speaker: Lukas Brunner, spokesperson of the Swiss Federal Department of Foreign Affairs", Paragraph: 3},
			},
			skipped: []string{"used as title:", "dateline: Maison de la Paix, Geneva, Friday 18 March 2050"},
		},
		{
			name:  "a byline in capitals with the outlet after it; a copyright line names the outlet",
			text:  "Swap talks gather pace\nBy MARTA KOWAL and ERIC LANE Northline Press\n\nMediators are shuttling between the capitals with lists of names, officials on both sides said Thursday.\n\n© 2025 Northline Press. All rights reserved.\n",
			title: "Swap talks gather pace", author: "Marta Kowal and Eric Lane", outlet: "Northline Press",
			passages: []Passage{{Text: "Mediators are shuttling between the capitals with lists of names, officials on both sides said Thursday.", Paragraph: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseTxt(t, tt.text)
			if d.Title != tt.title || d.Author != tt.author || d.Date != tt.date || d.Outlet != tt.outlet {
				t.Errorf("title/author/date/outlet = %q/%q/%q/%q, want %q/%q/%q/%q", d.Title, d.Author, d.Date, d.Outlet, tt.title, tt.author, tt.date, tt.outlet)
			}
			if len(d.Passages) != len(tt.passages) {
				t.Fatalf("passages = %+v, want %+v", d.Passages, tt.passages)
			}
			for i := range tt.passages {
				if d.Passages[i] != tt.passages[i] {
					t.Errorf("passage %d = %+v, want %+v", i+1, d.Passages[i], tt.passages[i])
				}
			}
			for i, s := range tt.skipped {
				if i >= len(d.Skipped) || !strings.HasPrefix(d.Skipped[i], s) {
					t.Errorf("Skipped = %q, want in this order: %q", d.Skipped, tt.skipped)
					break
				}
			}
		})
	}
}

// A short line an outlet prints on its pages is its furniture (a label on
// two pages, a sentence on three); a quote a follow-up story reuses and a
// story copied whole into two files are kept once.
func TestRepeatedAcrossAnOutlet(t *testing.T) {
	story := func(lead string) string {
		return "Talks news " + lead + "\n\n" + lead + " was the subject of talks on Monday between the two delegations, officials said.\n\nExample Wire is on Telegram, where we follow the talks.\n\n\"We will not sign a blank page,\" the envoy said.\n\nA second paragraph about " + lead + " followed, with details the officials gave.\n"
	}
	dir := writeFiles(t, map[string]string{
		"a.txt": story("Grain"), "a.meta.yaml": "outlet: Example Wire\n",
		"b.txt": story("Energy"), "b.meta.yaml": "outlet: Example Wire\n",
		"d.txt": story("Prisoners"), "d.meta.yaml": "outlet: Example Wire\n",
		"c.txt": goodArticle, "copy-of-c.txt": goodArticle,
	})
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	quoteKept := 0
	for _, id := range []string{"a.txt", "b.txt", "d.txt"} {
		d := docByID(t, c, id)
		for _, p := range d.Passages {
			if strings.Contains(p.Text, "blank page") {
				quoteKept++
			}
		}
		for _, p := range d.Passages {
			if strings.Contains(p.Text, "Telegram") {
				t.Errorf("%s kept the outlet's promotion as a passage", id)
			}
		}
		if !contains(d.Skipped, "repeated on other pages of the outlet: Example Wire is on Telegram, where we follow the talks.") {
			t.Errorf("%s skipped = %q", id, d.Skipped)
		}
	}
	if quoteKept != 1 {
		t.Errorf("the reused quote stands in %d documents, want 1", quoteKept)
	}
	if d := docByID(t, c, "c.txt"); len(d.Passages) != 1 {
		t.Errorf("a story copied into two files lost its text: %+v", d.Passages)
	}
}

// The page's header, which readability leaves out, still gives a date.
func TestHTMLHeaderOutsideTheArticle(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>A ceasefire without a map | Example Review</title></head><body>
<div id="top"><a href="/">Example Review</a> | <a href="/opinion">Opinion</a> | <a href="/n">Newsletters</a></div>
<div class="post"><p class="date">Posted on 18 December 2025</p><div class="post-body">` + htmlBody + `</div></div>
<div id="footer">Example Review · Budapest · Contact · Privacy</div></body></html>`
	d, err := ParseFile("p.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != "2025-12-18" || d.Title != "A ceasefire without a map" {
		t.Errorf("title/date = %q/%q", d.Title, d.Date)
	}
	if !contains(d.Skipped, "outside the article: Example Review | Opinion | Newsletters") {
		t.Errorf("skipped = %q", d.Skipped)
	}
}

// A plain-text article may open with "Key: value" lines, as exports and
// e-mails write them: they are its metadata, not its title and first
// paragraph. Text that only looks like it ("Update: …", one key alone)
// is read as text.
func TestTextKeyValueHeader(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{
		"letters.txt": &fstest.MapFile{Data: []byte("Title: Letters: Baku is a start\nOutlet: Podillia Courier (Vinnytsia)\nAuthor: Bohdan Savchuk\nDate: 29 January 2028\n\nThis week's postbag was dominated by the talks in Baku and the prisoner exchange.\n")},
		"update.txt":  &fstest.MapFile{Data: []byte("Ships leave Odesa\n\nUpdate: the port reopened on Monday after a drone attack, officials said.\n")},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range c.Documents {
		switch d.ID {
		case "letters.txt":
			if d.Title != "Letters: Baku is a start" || d.Outlet != "Podillia Courier (Vinnytsia)" || d.Author != "Bohdan Savchuk" || d.Date != "2028-01-29" {
				t.Errorf("header read as title %q, outlet %q, author %q, date %q", d.Title, d.Outlet, d.Author, d.Date)
			}
			if len(d.Passages) != 1 || !strings.HasPrefix(d.Passages[0].Text, "This week's postbag") {
				t.Errorf("passages %+v", d.Passages)
			}
		case "update.txt":
			if d.Title != "Ships leave Odesa" || len(d.Passages) != 1 || !strings.HasPrefix(d.Passages[0].Text, "Update: the port reopened") {
				t.Errorf("plain text misread: title %q, passages %+v", d.Title, d.Passages)
			}
		}
	}
}

// A call's list of participants, each a name, a dash and a title, or a
// meeting's list of those present, each a name and a title in brackets,
// is who speaks, kept as passages: no line of it is a section's heading
// over the transcript, nor a label to drop.
func TestParticipantsAreNoHeadings(t *testing.T) {
	text := `Press and Investor Call - First Operational Update
Thursday 14 May 2052

Participants:
Dr Henrik Solvang - Chair, Escrow Supervisory Board; Vice-President, Europe and Central Asia, World Bank
Dr Naledi Mokoena - Treasurer, Lucerne Reconstruction Fund
Prof Marieke van Doorn - President, ICC-U, The Hague

PRESENT
Cllr Mykola Bondar (Chair)
Cllr Iryna Kovalenko (Chair, Education Committee)
Cllr Serhiy Lytvyn (Infrastructure and Safety)

Operator: Good afternoon, ladies and gentlemen, and welcome to the first operational update of the fund.

Marieke van Doorn: As of yesterday the register holds 1,412,000 claims, up from 1.38 million in February.
`
	d := parseTxt(t, text)
	texts := passageTexts(d)
	for _, want := range []string{"Dr Naledi Mokoena - Treasurer, Lucerne Reconstruction Fund", "Prof Marieke van Doorn - President, ICC-U, The Hague", "Cllr Iryna Kovalenko (Chair, Education Committee)"} {
		if !slices.Contains(texts, want) {
			t.Errorf("passages %q, want %q among them", texts, want)
		}
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Section, " - ") {
			t.Errorf("passage %q under the section %q, a participant's line", p.Text, p.Section)
		}
	}
}

// A briefing's "PARTICIPANTS:" list runs on while its lines are entries
// ("Name, title"), a long one too: its last entry is no heading over the
// transcript, and the turn under that participant's label is theirs.
func TestParticipantsListWithALongEntry(t *testing.T) {
	text := `TRANSCRIPT
Press briefing on the recovery of the source
20 March 2064, 15:00 (Kyiv time)

PARTICIPANTS:
Oksana Tkach, Deputy Minister of Health of Ukraine
Rafael Quintero, IAEA senior inspector, leader of the recovery team (by video link from Ostrohirsk)
Denys Kravets, radiation-safety officer, State Nuclear Regulatory Inspectorate of Ukraine

MODERATOR: Good afternoon. Deputy Minister Tkach will make a short statement.

TKACH: Thank you. At 11:20 this morning the cask arrived at the storage facility.

Q (Reuters): And the doses to your team?

KRAVETS: The highest individual dose was 1.9 millisieverts, received by one of the two specialists.
`
	d := parseTxt(t, text)
	for _, p := range d.Passages {
		if strings.Contains(p.Section, "Kravets") {
			t.Errorf("passage %q under the section %q, a participant's line", p.Text, p.Section)
		}
	}
	i := slices.IndexFunc(d.Quotes, func(q Quote) bool { return strings.Contains(q.Text, "1.9 millisieverts") })
	if i < 0 || d.Quotes[i].Speaker != "Denys Kravets" {
		t.Errorf("quotes %+v: the dose answer is not Denys Kravets's", d.Quotes)
	}
}

// A ruling's caption says who is who: each party with its role and who
// represents it is one passage ("UKRAINE, Complainant, represented by:
// …"), under no heading; a field of the record ("Observer: …",
// "Before: Judge …") is never taken for its headline.
func TestRulingCaption(t *testing.T) {
	text := `JOINT VERIFICATION PANEL

Case No. JVP/2064/01

UKRAINE
Complainant
represented by: Ms Iryna Sokil, Agent; Brigadier General Taras Petrenko, Military Adviser

v.

THE RUSSIAN FEDERATION
Respondent
represented by: Mr Pavel Gromov, Agent; Colonel Viktor Sheremet, Military Adviser

Before: Judge Nurlan Abenov (Kazakhstan), Presiding Member; Ms Dervla Kinsella (Ireland)
Observer: International Atomic Energy Agency

DECISION ON COMPLAINTS CONCERNING THE PAUSE OF 18-20 MARCH 2064

1. On 6 March 2064 the Parties signed the Protocol on the Recovery of the Radioactive Source at Horobynivka, negotiated in Astana from 3 to 5 March 2064.

2. The Panel received two complaints, one from each Party, concerning the pause in hostilities.
`
	d := parseTxt(t, text)
	if d.Title != "DECISION ON COMPLAINTS CONCERNING THE PAUSE OF 18-20 MARCH 2064" {
		t.Errorf("title %q, want the decision's heading", d.Title)
	}
	texts := passageTexts(d)
	for _, want := range []string{
		"UKRAINE, Complainant, represented by: Ms Iryna Sokil, Agent; Brigadier General Taras Petrenko, Military Adviser",
		"THE RUSSIAN FEDERATION, Respondent, represented by: Mr Pavel Gromov, Agent; Colonel Viktor Sheremet, Military Adviser",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("passages %q, want %q among them", texts, want)
		}
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Section, "represented by") {
			t.Errorf("passage %q under the caption %q", p.Text, p.Section)
		}
	}
}

// A press office's text of a speech names who gave it in its first
// lines: the speaker is its author, the speech their words.
func TestSpeechDeliveredBy(t *testing.T) {
	text := `APOSTOLIC NUNCIATURE - PRESS OFFICE

Astana, 8 June 2053

The following is an excerpt from the homily delivered by Archbishop Lorenzo Bellandi, Special Envoy of the Holy See to the talks, at the evening Mass on Sunday 8 June 2053.

Dear brothers and sisters, tomorrow men and women who have been enemies will sit at the same table.

A house is not four walls. A house is the place where someone waits for you.
`
	if d := parseTxt(t, text); d.Author != "Lorenzo Bellandi" {
		t.Errorf("author %q, want Lorenzo Bellandi", d.Author)
	}
	plain := "Harbour talks resume\n\nThe statement was welcomed by the minister, who said little else.\n\nTalks resume on Monday in a neutral city.\n"
	if d := parseTxt(t, plain); d.Author != "" {
		t.Errorf("author %q of a report quoting a statement, want none", d.Author)
	}
	// A line of its own under the speech's heading says who read it,
	// on whose behalf: the reader is its author, not the president.
	address := `OFFICE OF THE PRESIDENT OF OSTRELIA

ADDRESS AT THE WELCOME CEREMONY FOR RETURNED DEFENDERS
Delivered by Marek Dunai, Chief of Staff to the President,
on behalf of President Teodor Vask
Sunday, 9 October 2078

President Vask wanted to stand here today, and he asked me to read these words for him.

You did not come home to be forgotten. Every one of you will receive a one-time payment of 150,000 marks.
`
	if d := parseTxt(t, address); d.Author != "Marek Dunai" {
		t.Errorf("author %q of an address read out, want Marek Dunai", d.Author)
	}
	read := "Harbour talks resume\n\nRead by 2,000 people a day, the port's notice board says the talks resume on Monday.\n"
	if d := parseTxt(t, read); d.Author != "" {
		t.Errorf("author %q of a paragraph opening with a verb and no name, want none", d.Author)
	}
}

// A broadcast script gives the same caption over each of someone's sound
// bites: a repeated line closing in a colon stays, each one crediting
// the words under it, and both quotations are theirs.
func TestRepeatedSoundBiteCaptions(t *testing.T) {
	text := `CHANNEL 7 EVENING NEWS

ANCHOR (MARK ELLISON): Good evening. A scheduled passenger jet has landed in Kyiv.

REPORTER (VOICEOVER): Kalyna's chief executive flew in on the first flight.

SOUNDBITE (English) OLEKSANDR MELNYK, CHIEF EXECUTIVE, KALYNA AIRLINES:
"Today it was flowers and water cannon. Tomorrow it has to be boring, and on time."

REPORTER (VOICEOVER): Asked about the high prices, he said the airline could not add seats faster.

SOUNDBITE (English) OLEKSANDR MELNYK, CHIEF EXECUTIVE, KALYNA AIRLINES:
"I would love to sell every seat for 79 euros. But every extra flight needs insurance."
`
	d := parseTxt(t, text)
	n := 0
	for _, p := range d.Passages {
		if strings.HasPrefix(p.Text, "SOUNDBITE (English) OLEKSANDR MELNYK") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d caption passages, want 2: %q", n, passageTexts(d))
	}
	for _, bite := range []string{"Today it was flowers", "I would love to sell"} {
		i := slices.IndexFunc(d.Quotes, func(q Quote) bool { return strings.HasPrefix(q.Text, bite) })
		if i < 0 || d.Quotes[i].Speaker != "Oleksandr Melnyk" {
			t.Errorf("%q: quotes %+v, want it credited to Oleksandr Melnyk", bite, d.Quotes)
		}
	}
}

// A notice signed at its foot ("Ruth Calderan, Secretary to the
// Committee", a name, a comma and a title) keeps that line as a passage:
// who issued it, not a line after the article nor a label to drop,
// whether the notice ends there or a disclaimer follows.
func TestSignedNoticeKeepsItsSigner(t *testing.T) {
	text := `MARKET NOTICE
15 September 2077

1.1 The committee's guidance on war risks is revised from 0.40% to 1.10% of agreed value.

1.2 Enquiries concerning this notice should be addressed to the Secretary of the Committee.

Issued on behalf of the Joint War Risks Committee
Ruth Calderan, Secretary to the Committee
Meridian Marine Market Association, 4 Tallow Lane, Essmark
`
	for _, text := range []string{text, text + "\nThis notice is for information only and does not constitute legal advice.\n"} {
		d := parseTxt(t, text)
		if texts := passageTexts(d); !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "Ruth Calderan, Secretary to the Committee") }) {
			t.Errorf("passages %q, want the signer's line among them", texts)
		}
	}
}

// A communique's signatories, each under whom they signed for ("For
// Ostrava Major:" / "Major General Stanislav Orlik, Head of Delegation"),
// are passages that say both: who signed, for whom, and in what office.
func TestCommuniqueKeepsItsSignatories(t *testing.T) {
	text := `JOINT COMMUNIQUE No. 7

Vessara, 16 May 2078

Article 1
The Parties welcome the delivery of medical supplies to Mirow on 5 May 2078.

Done in Vessara on 16 May 2078 in three copies, all texts being equally authentic.

SIGNATORIES

For the Republic of Lirenia:
Katya Morvai, Deputy Minister of Foreign Affairs, Head of Delegation

For Ostrava Major:
Major General Stanislav Orlik, Head of Delegation
`
	texts := passageTexts(parseTxt(t, text))
	for _, want := range []string{"For the Republic of Lirenia: Katya Morvai, Deputy Minister of Foreign Affairs", "For Ostrava Major: Major General Stanislav Orlik, Head of Delegation"} {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("passages %q, want one holding %q", texts, want)
		}
	}
}

// A formal notice's header, under a masthead of two blocks (the body,
// then "MARKET NOTICE"), with keys of more than one word: "Subject:" is
// its title, "Date of issue:" its date, and the other keys stay in its
// text ("Effective: …", which a member may ask about).
func TestNoticeHeaderUnderTwoBlockMasthead(t *testing.T) {
	text := `MERIDIAN MARINE MARKET ASSOCIATION
JOINT WAR RISKS COMMITTEE

MARKET NOTICE

Reference:      JWRC/2077/041
Date of issue:  15 September 2077
Effective:      00:01 UTC, Thursday 16 September 2077
Subject:        Western Sea - Sarnek approaches - Listed Areas and additional premium guidance

1.1 The committee's guidance on war risks is revised from 0.40% to 1.10% of agreed value.
`
	d := parseTxt(t, text)
	if d.Title != "Western Sea - Sarnek approaches - Listed Areas and additional premium guidance" || d.Date != "2077-09-15" {
		t.Errorf("title %q, date %q; want the subject and 2077-09-15", d.Title, d.Date)
	}
	if texts := passageTexts(d); !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "Thursday 16 September 2077") }) {
		t.Errorf("passages %q, want the effective time among them", texts)
	}
}
