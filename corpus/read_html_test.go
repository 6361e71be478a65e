package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const htmlBody = `<article><p>Negotiators met again in Geneva on Tuesday, working from a shorter draft than before, officials said.</p>
<p>The new text drops the cap on Ukraine's armed forces and moves sanctions relief to an annex, two diplomats said.</p>
<p>Both sides said the next round would take place in January, without naming a city for it.</p></article>`

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             Meta
	}{
		{
			name: "og tags, meta author, published_time, canonical",
			head: `<meta property="og:title" content="Draft shrinks"><meta property="og:site_name" content="Example Wire"><meta name="author" content="Lena Hartmann"><meta property="article:published_time" content="2025-12-03T09:00:00Z"><link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/og">`,
			want: Meta{Title: "Draft shrinks", Outlet: "Example Wire", Author: "Lena Hartmann", Date: "2025-12-03", URL: "https://example.org/a", Language: "en"},
		},
		{
			name: "<title> with a site suffix, <time datetime>, og:url",
			head: `<title>Draft shrinks | Example Wire</title><meta property="og:url" content="https://example.org/og">`,
			body: `<time datetime="2025-12-04">4 December</time>`,
			want: Meta{Title: "Draft shrinks", Outlet: "Example Wire", Date: "2025-12-04", URL: "https://example.org/og", Language: "en"},
		},
		{
			name: "a live blog's dateline where a byline would be is its date, not its author",
			head: `<title>Talks live</title>`,
			body: `<p class="byline">Live updates · Friday 14 April 2028 · Last updated 17:05 GMT</p>`,
			want: Meta{Title: "Talks live", Date: "2028-04-14", Language: "en"},
		},
		{
			name: "a newsletter's byline strip: the name before the date, no 'By', both read",
			head: `<title>Nineteen hours - The Long Table</title>`,
			body: `<div class="byline">Henrik Lindqvist · 15 March 2050 · ♥ 214 · 💬 3 comments · <a href="#share">Share</a></div>`,
			want: Meta{Title: "Nineteen hours", Outlet: "The Long Table", Author: "Henrik Lindqvist", Date: "2050-03-15", Language: "en"},
		},
		{
			name: "a byline with its date gives both",
			head: `<title>Draft shrinks</title>`,
			body: `<p class="byline">By Lena Hartmann · Thursday, 7 June 2040 · 9 min read</p>`,
			want: Meta{Title: "Draft shrinks", Author: "Lena Hartmann", Date: "2040-06-07", Language: "en"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head>` + tt.head + `</head><body>` + tt.body + htmlBody + `</body></html>`
			d, err := ParseFile("p.html", []byte(page), nil)
			if err != nil {
				t.Fatal(err)
			}
			got := Meta{Title: d.Title, Outlet: d.Outlet, Author: d.Author, Date: d.Date, URL: d.URL, Language: d.Language}
			if got != tt.want {
				t.Errorf("meta = %+v, want %+v", got, tt.want)
			}
			if len(d.Passages) != 3 || !strings.HasPrefix(d.Passages[0].Text, "Negotiators met") {
				t.Errorf("passages = %q", passageTexts(d))
			}
		})
	}
}

func TestMarkdownBody(t *testing.T) {
	md := "---\ntitle: T\n---\nIntro paragraph that is\nwrapped over two lines by the editor.\n\n## First *section*\n\n1. An item with a [link](https://example.org).\n2. Another **bold** item.\n\n> A block quote paragraph that stays as text.\n\n```\ncode is left out\n```\n\nSetext heading\n--------------\n\nLast paragraph.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Passage{
		{Text: "Intro paragraph that is wrapped over two lines by the editor.", Paragraph: 1},
		{Text: "An item with a link. Another bold item.", Section: "First section", Paragraph: 2},
		{Text: "A block quote paragraph that stays as text.", Section: "First section", Paragraph: 3},
		{Text: "Last paragraph.", Section: "Setext heading", Paragraph: 4},
	}
	if len(d.Passages) != len(want) {
		t.Fatalf("passages = %+v", d.Passages)
	}
	for i := range want {
		if d.Passages[i] != want[i] {
			t.Errorf("passage %d = %+v, want %+v", i, d.Passages[i], want[i])
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Draft shrinks | Example Wire", "Draft shrinks"},
		{"What security guarantees is Ukraine likely to be granted? – DW – 12/18/2025", "What security guarantees is Ukraine likely to be granted?"},
		{"Russia-Ukraine talks - what we know so far about the draft", "Russia-Ukraine talks - what we know so far about the draft"},
		{"Ceasefire", "Ceasefire"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.in); got != tt.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A post embedded in a saved page, in a blockquote whose class calls it
// social ("social-embed", "twitter-tweet"), is the article's text, not
// the page's furniture: what an official posted is what members ask for.
func TestEmbeddedPostIsText(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Talks live</title></head><body><main><article>
<h1>Valletta talks live: deal signed</h1>
<p>Russian and Ukrainian delegations signed the arrangement at 17.20 local time after five days of talks hosted by Malta and co-mediated by Brazil. The text runs to 14 pages.</p>
<p>Ukraine's delegation was led by First Deputy Prime Minister Oksana Hrytsenko, who said the text did not recognise a single centimetre of occupied territory and that farmers had waited long enough.</p>
<blockquote class="social-embed"><p>Signed. 120 days. First ship leaves Izmail at dawn. To every dock worker on the Danube: thank you for holding on.</p>
<p>Taras Melnyk (@TMelnyk_UA), spokesman, Ukrainian delegation, 2 May 2042</p></blockquote>
<p>The first ship, the Aurelia Dawn, is loading 31,500 tonnes of corn at Izmail and is due to sail on Saturday morning.</p>
<p>Inspections will take place aboard a chartered Maltese ship anchored off Sulina, with 44 inspectors drawn equally from the two sides and the mediators, working in shifts around the clock.</p>
<p>The arrangement runs for 120 days and renews automatically unless either side gives 30 days' notice, which makes the end of July the first real test of whether it holds.</p>
<p>Insurers said war-risk premiums for the Danube ports fell on the first day, though brokers cautioned that a single strike on a port would reverse the fall within hours.</p>
</article></main><footer><div class="share">Share on Facebook | Share on X</div></footer></body></html>`
	d, err := ParseFile("live.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "First ship leaves Izmail at dawn") {
			return
		}
	}
	t.Errorf("the embedded post is not among the passages: %+v", d.Passages)
}

// A post's credit in its blockquote's own <footer> ("Selin Aydemir
// (@SelinAydemirTR) 8 April 2045") is part of the post, not the page's
// footer: the post is hers.
func TestEmbeddedPostCreditInItsFooter(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Swap day live</title></head><body><main><article>
<h1>Sinop swap day live</h1>
<p>Sixty-six people are due to cross at Sinop today under the protocol signed last month, with buses waiting on both quays since dawn.</p>
<p>Turkey's special envoy Selin Aydemir, who chaired the Sinop talks, has posted this:</p>
<blockquote class="social-embed twitter">
<p>Sinop is ready. Two ships, one harbour, 66 people going home. Grateful to everyone who kept faith.</p>
<footer>Selin Aydemir (@SelinAydemirTR) 8 April 2045</footer>
</blockquote>
<p>The first ship is expected at noon, and families have been waiting behind the harbour fence since the early morning.</p>
</article></main><footer><div class="share">Share on Facebook | Share on X</div></footer></body></html>`
	checkPageQuote(t, "live.html", page, "Sinop is ready", "Selin Aydemir")
}

// A post embedded with its author opening it ("Beatriz Valdés Ortega
// @UNESCO_EnvoyCP"), then its text and when it was posted, is credited
// as one whose footer gives the author: the post is hers, without the
// date.
func TestEmbeddedPostCreditOpeningIt(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Valletta, night five</title></head><body><main><article>
<h1>Valletta, night five: roofs, registers and a gold collection that stays put</h1>
<p>The deal was signed at 01:40 after eleven hours of talks at the Auberge de Castille, and the mediators went straight to their phones.</p>
<blockquote class="social-post">
<p class="post-author">Beatriz Valdés Ortega <span class="handle">@UNESCO_EnvoyCP</span></p>
<p>Tonight both parties agreed that restoration cannot wait for the end of every dispute. Thank you, Malta.</p>
<p class="post-date">23 April 2067 · 02:31</p>
</blockquote>
<p>The museum's director was less celebratory, and said she would bring the museum's own list of 211 gold items to Geneva in June.</p>
</article></main></body></html>`
	q := checkPageQuote(t, "blog.html", page, "Tonight both parties", "Beatriz Valdés Ortega")
	if strings.Contains(q.Text, "2067") || strings.Contains(q.Text, "@") {
		t.Errorf("the post's credit read as its words: %q", q.Text)
	}
}

// A live blog's entry runs its lines together: the line introducing a
// Facebook post, the post, and its credit after a dash, with a handle
// holding a dot ("— Maryna Ostapchuk (@m.ostapchuk) · Facebook · …"), or
// with none ("— Alla Ryzhova · Telegram · …"). The post is the
// credited person's, without the line introducing it.
func TestFacebookPostInALiveBlogEntry(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Children cross at Vilna Hora: live</title></head><body><main>
<article class="post" id="post-1640">
<p class="timestamp">16:40</p>
<h3>Summary: all 38 children in Sumy</h3>
<p>We are going to pause our live coverage here. Thirty-eight children crossed at the Vilna Hora crossing on three buses.</p>
</article>
<article class="post" id="post-1555">
<p class="timestamp">15:55</p>
<h3>"Today I learned their voices"</h3>
<p>Ukraine's chief negotiator, First Deputy Foreign Minister Maryna Ostapchuk, wrote on Facebook a few minutes ago:</p>
<blockquote class="embed embed-facebook">
<p>Thirty-eight. I have read each of their files so many times that I know their birthdays by heart. Today I learned their voices.</p>
<footer>— Maryna Ostapchuk (@m.ostapchuk) · Facebook · 16 March 2060, 15:48</footer>
</blockquote>
</article>
</main></body></html>`
	checkPageQuote(t, "live.html", page, "Thirty-eight. I have read", "Maryna Ostapchuk")
	// Run into the entry's one paragraph, as some pages save it.
	entry := "Children cross at Vilna Hora: live\n\n15:55 Ukraine's chief negotiator, First Deputy Foreign Minister Maryna Ostapchuk, wrote on Facebook a few minutes ago: Thirty-eight. I have read each of their files so many times that I know their birthdays by heart. Today I learned their voices. — Maryna Ostapchuk (@m.ostapchuk) · Facebook · 16 March 2060, 15:48\n"
	checkPageQuote(t, "live.txt", entry, "Thirty-eight. I have read", "Maryna Ostapchuk")
	// A channel's post credited with no handle, after a dash and before
	// where and when it was posted.
	entry = "Children cross at Vilna Hora: live\n\n15:10 Russia's foreign ministry spokeswoman, Alla Ryzhova, was less diplomatic. She wrote on Telegram: Kyiv is turning a humanitarian process into a propaganda show. Russia fulfils its obligations quietly. — Alla Ryzhova · Telegram · 16 March 2060, 14:57 · 212K views\n"
	checkPageQuote(t, "live.txt", entry, "Kyiv is turning", "Alla Ryzhova")
}

// checkPageQuote parses a saved page and checks whose words the
// quotation opening with prefix is; it returns that quotation.
func checkPageQuote(t *testing.T, name, page, prefix, want string) Quote {
	t.Helper()
	d, err := ParseFile(name, []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			if q.Speaker != want {
				t.Errorf("%q… is %q's words, want %s's", prefix, q.Speaker, want)
			}
			return q
		}
	}
	t.Errorf("%q… is no one's words: %+v", prefix, d.Quotes)
	return Quote{}
}

// The last reader's letter on a saved page keeps its signature ("Halyna
// Pavlenko, Odesa"): its writer, not a line after the article.
func TestLastLetterKeepsItsSignature(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Letters</title></head><body><main><article>
<h1>Letters to the Editor</h1>
<h2>Boats tied up since 2044</h2>
<p>My two boats have been tied up in Mykolaiv since the autumn of 2044, and the bank does not care about protocols. I have not seen a single form.</p>
<p class="signature">Bohdan Hrytsenko, Mykolaiv</p>
<h2>A trawler for a fishing licence?</h2>
<p>Your columnist celebrates the protocol, but I wonder whether we are celebrating too early. The next round must begin with the Chaika-7 and the other ten, or it should not begin at all.</p>
<p class="signature">Halyna Pavlenko, Odesa</p>
</article></main><footer>© 2045 The Kyiv Ledger</footer></body></html>`
	d, err := ParseFile("letters.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Bohdan Hrytsenko, Mykolaiv", "Halyna Pavlenko, Odesa"} {
		if !slices.ContainsFunc(d.Passages, func(p Passage) bool { return p.Text == name }) {
			t.Errorf("signature %q dropped: %+v", name, d.Passages)
		}
	}
}

// Show notes set each line under a label with no blank line between
// ("**Host:** …" over "**Guests:** …"), which Markdown would run into one
// paragraph: each is read on its own, so that "Rachel Okafor Guests" is no
// one's name and the guests' roles are theirs. A wrapped paragraph stays
// whole.
func TestMarkdownLabelLines(t *testing.T) {
	md := "# Frontline Diplomacy, episode 212\n\n**Host:** Rachel Okafor\n**Guests:** Dr Ingrid Solberg, research director of Atomic Safety Watch; Tomasz Wierzbicki, Geneva correspondent for a Polish daily\n\n**[00:00] HOST (RACHEL OKAFOR):** Welcome back. The talks ran for four days: the delegations met\nevery morning at nine.\n\n**[00:40] INGRID SOLBERG:** It was a long week.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(passageTexts(d), "[00:00] HOST (RACHEL OKAFOR): Welcome back. The talks ran for four days: the delegations met every morning at nine.") {
		t.Errorf("passages %q, want the wrapped turn whole", passageTexts(d))
	}
	var solberg []string
	for _, p := range d.People {
		if strings.Contains(p.Name, "Guests") {
			t.Errorf("a label read into a name: %q", p.Name)
		}
		if p.Name == "Ingrid Solberg" {
			solberg = p.Roles
		}
	}
	if !slices.Contains(solberg, "research director of Atomic Safety Watch") {
		t.Errorf("Solberg's roles %q, want the show notes'", solberg)
	}
}

// A label may say more of itself in brackets ("**Guest (on the line from
// Tarnholm):** …"): still a label, its line read on its own, so that the
// host listed on the line above is not "Jakob Lind Guest".
func TestMarkdownLabelWithAside(t *testing.T) {
	md := "# Frontline Furrows, episode 41\n\n**Published:** Friday 25 February 2078\n**Hosts:** Fenna Ross, Jakob Lind\n**Guest (on the line from Tarnholm):** Luka Kessary, team leader, Maelis Mine Action Service\n\n**[00:00:04] FENNA ROSS:** Welcome to the podcast about farming and the ceasefire.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	if texts := passageTexts(d); !slices.Contains(texts, "Hosts: Fenna Ross, Jakob Lind") {
		t.Errorf("passages %q, want the hosts' line on its own", texts)
	}
	for _, p := range d.People {
		if strings.Contains(p.Name, "Guest") {
			t.Errorf("a label read into a name: %q", p.Name)
		}
	}
}

// A press release's contact block sets one field a line ("Mateo
// Ferrandi" over "Spokesman, Office of Public Information" over
// "Phone: …"), which Markdown would run into "Mateo Ferrandi Spokesman":
// its lines are read as a list, so the name is his and the title his.
// So does a signature of a name over a title. A paragraph wrapped over
// lines stays as written.
func TestMarkdownContactBlock(t *testing.T) {
	md := "# Agency welcomes the Ankara protocol\n\n\"The agency's crews are ready,\" said Mateo Ferrandi in Vienna.\n\nThe talks resume on Monday and both\ndelegations will attend them.\n\nZuzana Kovacova\nMinister of Foreign and European Affairs\n\nThe minister will travel to Kyiv on Friday.\n\n## Media contact\n\nMateo Ferrandi\nSpokesman, Office of Public Information\nIASO Headquarters, Vienna\nPhone: +43 1 2600 4417\n\nThe talks resume on Monday.\nBoth delegations will attend.\nNo date is set for the third round.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := passageTexts(d)
	if !slices.Contains(texts, "Mateo Ferrandi, Spokesman, Office of Public Information, IASO Headquarters, Vienna, Phone: +43 1 2600 4417") {
		t.Errorf("passages %q, want the contact block's fields apart", texts)
	}
	if !slices.Contains(texts, "The talks resume on Monday. Both delegations will attend. No date is set for the third round.") {
		t.Errorf("passages %q, want the wrapped sentences as one paragraph", texts)
	}
	// A signature of two lines, a name over a title; two lines of one
	// sentence stay as written.
	if !slices.Contains(texts, "Zuzana Kovacova, Minister of Foreign and European Affairs") || !slices.Contains(texts, "The talks resume on Monday and both delegations will attend them.") {
		t.Errorf("passages %q, want the signature's lines apart and the wrapped sentence whole", texts)
	}
	for _, p := range d.People {
		if strings.Contains(p.Name, "Spokesman") {
			t.Errorf("a title read into a name: %q", p.Name)
		}
		if p.Name == "Mateo Ferrandi" && !slices.ContainsFunc(p.Roles, func(r string) bool { return strings.HasPrefix(r, "Spokesman") }) {
			t.Errorf("Ferrandi's roles %q, want the contact block's title", p.Roles)
		}
	}
}

// A quotation in a blockquote credited in its own <footer> with no
// handle ("Oleksandr Pidhirnyi, Chief Executive Officer, Ukrzaliznytsia")
// is the credited person's words, as a dash before the credit says in
// print.
func TestQuotationCreditedInItsFooter(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Pilot train</title></head><body><main><article>
<h1>Pilot train Kharkiv – Belgorod: timetable and prices</h1>
<p>The train has six carriages and 384 seats, and the journey of 87 km takes 2 hours and 10 minutes, including the stops for border control.</p>
<blockquote class="ceo-message">
<p>"For most of our lifetimes this line ended in a buffer stop and a fence. From 14 April it ends in Belgorod again."</p>
<footer>Oleksandr Pidhirnyi, Chief Executive Officer, Ukrzaliznytsia</footer>
</blockquote>
<p>Both cities use the same time during the pilot period, and the return train runs on the same days as the outbound one.</p>
</article></main><footer><div class="share">Share on Facebook | Share on X</div></footer></body></html>`
	checkPageQuote(t, "train.html", page, "For most of our lifetimes", "Oleksandr Pidhirnyi")
}

// A magazine's pull quote credits its words in a <cite> inside the
// blockquote ("<cite>Roman Havryliuk, returnee</cite>"): the credited
// person's words, the cite set off by a dash as in print, not run into
// the quotation's last word.
func TestPullQuoteCreditedInItsCite(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Returnees</title></head><body><main><article>
<h1>Home by ferry</h1>
<p>Roman Havryliuk, a ferry engineer from Kherson, came home on the second boat after nineteen months in detention.</p>
<blockquote class="pullquote">"I learned the names of every ship in the harbour from my cell window."<cite>Roman Havryliuk, returnee</cite></blockquote>
<p>The next boat is due on Friday with 140 more people on board, the port authority said.</p>
</article></main></body></html>`
	checkPageQuote(t, "ferry.html", page, "I learned the names", "Roman Havryliuk")
}

// A box beside the article listing what people said ("What they said",
// each item a quotation and its credit) is read after the article, each
// item the credited person's words; a box of links beside it stays
// outside.
func TestWhatTheySaidBox(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>The hill</title></head><body><main><article>
<h1>The hill where the war paused for a phone call</h1>
<p>For four days in March, engineers from both banks of the river worked side by side on Kalyna Hill to repair a mobile-phone mast.</p>
<p>The first call went through at 14:20 on 13 March, and 412 calls crossed the line in the first hour, the operator said.</p>
</article>
<aside class="sidebar"><h2>What they said</h2><ul>
<li>"We fix the cable, not the war." — Oksana Melnyk, senior field engineer, Stepline Mobile</li>
<li>"We could not establish the direction of fire." — Ingrid Solvang, head of the OSCE monitoring mission</li>
</ul></aside>
<aside class="more"><h2>More stories</h2><ul><li><a href="/a">The last ferry</a></li><li><a href="/b">A mayor says no</a></li></ul></aside>
</main></body></html>`
	checkPageQuote(t, "hill.html", page, "We fix the cable", "Oksana Melnyk")
	checkPageQuote(t, "hill.html", page, "We could not establish", "Ingrid Solvang")
	d, err := ParseFile("hill.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range passageTexts(d) {
		if strings.Contains(p, "The last ferry") {
			t.Errorf("a box of links read as text: %q", p)
		}
	}
}

// A pull quote (<blockquote class="pull-quote">) no credit names carries
// on no speaker of the paragraph before it: it is whose words it repeats
// (the mediator's, here), and with none, no one's (the op-ed writer's
// own line is not the colonel's she quoted above it).
func TestPullQuoteWithoutACredit(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Op-ed</title></head><body><main><article>
<h1>A laboratory cannot fix a list</h1>
<p>I stood at the crossing that morning beside Colonel Yurii Lutsyk, the Ukrainian officer who signed for the convoy. The colonel told me: "I can count bodies. I cannot count lies." He meant the list, not the men in the trucks.</p>
<blockquote class="pull-quote"><p>"A neutral laboratory cannot fix a dishonest inventory. It can only expose one."</p></blockquote>
<p>Selin Aydemir, the chief mediator, first met the delegations in November. "She is the only negotiator I have known who reads the annexes first," Aydemir said of the Ukrainian delegation's head.</p>
<blockquote class="pullquote">"She is the only negotiator I have known who reads the annexes first."</blockquote>
<p>My worry is that the protocol depends on a chain of trust with one strong link and several weak ones.</p>
</article></main></body></html>`
	checkPageQuote(t, "oped.html", page, "A neutral laboratory", "")
	d, err := ParseFile("oped.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "She is the only negotiator") {
			n++
			if q.Speaker != "Selin Aydemir" {
				t.Errorf("%q is %q's words, want Selin Aydemir's", q.Text, q.Speaker)
			}
		}
	}
	if n == 0 {
		t.Errorf("the mediator's words are no quote: %+v", d.Quotes)
	}
}

// A photo story's captions that give someone's words ("\"…,\" says
// Olena Tkachuk, 34, a teacher from Lozove.") are text, the words the
// speaker's; a caption describing a picture stays a caption.
func TestCaptionGivingSomeonesWords(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Photo story</title></head><body><main><article>
<h1>Twelve summer days across the water</h1>
<p>For twelve days in July, 412 children from five front-line villages lived at a camp on the far shore of the lake.</p>
<figure><img src="a.jpg" alt=""><figcaption>"I counted them onto the bus and I counted them off the boat," says Olena Tkachuk, 34, a teacher from Lozove.</figcaption></figure>
<figure><img src="b.jpg" alt=""><figcaption>Children board the ferry Aino at the Lozove jetty on 1 July.</figcaption></figure>
<p>On 13 July the wind rose on the lake and the return crossing took more than three hours.</p>
</article></main></body></html>`
	q := checkPageQuote(t, "photos.html", page, "I counted them onto the bus", "Olena Tkachuk")
	if q.Role != "teacher from Lozove" {
		t.Errorf("role %q, want the caption's \"teacher from Lozove\"", q.Role)
	}
	d, err := ParseFile("photos.html", []byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range passageTexts(d) {
		if strings.Contains(p, "Children board the ferry") {
			t.Errorf("a picture's caption read as text: %q", p)
		}
	}
}

// A Markdown table (GitHub's extension, as saved explainers and reports
// set them) is read as its rows, not as a paragraph of pipes: each cell
// under its column's heading, or, in a box of names and values, the
// name and its value, so that "where was it signed" finds "Location:
// Feriye conference centre".
func TestMarkdownTables(t *testing.T) {
	md := "# Istanbul Gas Transit Agreement\n\n| Istanbul Gas Transit Agreement | |\n|---|---|\n| **Signed** | 19 April 2063, 23:40 local time |\n| **Location** | Feriye conference centre, Istanbul |\n\nThe agreement is a one-year contract under which gas is shipped through Ukraine to Slovakia, Hungary and Austria, signed after two rounds.\n\n| Sector | Area | Violations |\n|---|---|---:|\n| A | Kharkiv | 22 |\n| B | Luhansk | 31 |\n\nThe mission recorded 53 violations in the two northern sectors during the week, fewer than the week before.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := passageTexts(d)
	for _, want := range []string{
		"Istanbul Gas Transit Agreement; Signed: 19 April 2063, 23:40 local time; Location: Feriye conference centre, Istanbul",
		"Sector: A, Area: Kharkiv, Violations: 22; Sector: B, Area: Luhansk, Violations: 31",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("passages %q, want %q", texts, want)
		}
	}
	for _, p := range texts {
		if strings.Contains(p, "|") {
			t.Errorf("a table read as pipes: %q", p)
		}
	}
}

// A page's footnotes (GitHub Markdown's "[^3]") are read as a reader
// sees them: the markers are no part of the text, so "altogether.[^3]
// "…," he told me" is two sentences and the quotation the ambassador's,
// whom the first is about; the notes stay where they stood, under their
// own heading, not under the page's last one.
func TestMarkdownFootnotes(t *testing.T) {
	md := "# A truce for a tank farm\n\n## The Vienna format\n\n" +
		"The talks were co-chaired by Ambassador Matthias Eberl, Austria's special envoy. Major General Arkady Samsonov led the Russian delegation.\n\n" +
		"\"We did not come to Vienna to be put on trial,\" Samsonov said.\n\n" +
		"Eberl's way out was to drop attribution from the mandate altogether.[^3] \"The chlorine does not care who fired,\" he told me afterwards.\n\n" +
		"## Notes\n\n[^3]: Author's interview with Ambassador Matthias Eberl, Vienna, 26 March 2074.\n\n" +
		"## Sources\n\nOPCW Technical Note TN/BRV/2074/01, 27 March 2074.\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "[^") {
			t.Errorf("a footnote marker in the text: %q", p.Text)
		}
		if strings.Contains(p.Text, "Author's interview") && p.Section != "Notes" {
			t.Errorf("the note filed under %q, want Notes", p.Section)
		}
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "The chlorine") && q.Speaker != "Matthias Eberl" {
			t.Errorf("%q attributed to %q, want Matthias Eberl", q.Text, q.Speaker)
		}
	}
}

// A table of people (a name column and a role column) is read as a
// who's who: each row the name, a dash and the role, then the body, so
// the people model gives them that role ("the russian head of
// delegation" is Voronin).
func TestMarkdownTableOfPeople(t *testing.T) {
	md := "# Heritage talks\n\nThe talks opened at UNESCO in Paris on 14 March 2067 and moved to Valletta in April, with these delegations.\n\n| Name | Role | Organisation |\n|---|---|---|\n| Arkady Voronin | Head of delegation; Deputy Minister of Culture | Ministry of Culture of the Russian Federation |\n| Maxim Orlov | Legal adviser | Ministry of Justice of the Russian Federation |\n\nVoronin told the opening session: \"Nothing was looted. Everything was evacuated for safekeeping.\"\n"
	d, err := ParseFile("a.md", []byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "Arkady Voronin — Head of delegation; Deputy Minister of Culture, Ministry of Culture of the Russian Federation; Maxim Orlov — Legal adviser, Ministry of Justice of the Russian Federation"
	if texts := passageTexts(d); !slices.Contains(texts, want) {
		t.Errorf("passages %q, want %q", texts, want)
	}
	roles := map[string][]string{}
	for _, p := range d.People {
		roles[p.Name] = append(roles[p.Name], p.Roles...)
	}
	if !slices.Contains(roles["Arkady Voronin"], "Head of delegation") || !slices.Contains(roles["Maxim Orlov"], "Legal adviser") {
		t.Errorf("roles %q: want the table's", roles)
	}
}

// A statement signed with the name and the title on two lines of one
// block ("Ingrid Solberg<br>Director General, …") names its writer apart
// from what she is, as a text signature does: "the Director General"
// later in the page is her, and "General" is no part of her name. A line
// break inside a sentence stays a space.
func TestSignatureLineBreaks(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Restricted area notice</title></head><body><main>
<h1>Restricted area over the recovery site</h1>
<p>The authority closed two air routes on Monday for the recovery
operation.<br>Operators must plan via route T-19.</p>
<h2>Statement from the Authority</h2>
<p>"We know how long the families have waited, and we will not let airspace be the reason for one more day of delay."</p>
<p class="signature">Ingrid Solberg<br>Director General, Kestrian Civil Aviation Authority</p>
<h2>Guidance</h2>
<p>At a briefing for airline managers, the Director General put it plainly: "If you are not carrying the team, you are not flying there."</p>
</main></body></html>`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notice.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	for _, p := range c.Documents[0].Passages {
		texts[p.Text] = true
	}
	for _, want := range []string{
		"Ingrid Solberg, Director General, Kestrian Civil Aviation Authority",
		"The authority closed two air routes on Monday for the recovery operation. Operators must plan via route T-19.",
	} {
		if !texts[want] {
			t.Errorf("no passage %q in %v", want, texts)
		}
	}
	var found bool
	for _, p := range c.People {
		if strings.Contains(p.Name, "General") {
			t.Errorf("a person named %q", p.Name)
		}
		if p.Name == "Ingrid Solberg" {
			found = true
			if !slices.Contains(p.Roles, "Director General, Kestrian Civil Aviation Authority") {
				t.Errorf("Ingrid Solberg's roles %q", p.Roles)
			}
		}
	}
	if !found {
		t.Fatalf("Ingrid Solberg not among the people %+v", c.People)
	}
	for _, q := range c.Documents[0].Quotes {
		if strings.Contains(q.Text, "not flying there") && q.Speaker != "Ingrid Solberg" {
			t.Errorf("the Director General's words given to %q", q.Speaker)
		}
	}
}

// The site's name a page's title ends with is its outlet, not a date or a
// section stacked with it, a network or a byline.
func TestSiteNameFromTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Draft shrinks | Example Wire": "Example Wire",
		"What security guarantees is Ukraine likely to be granted? – DW – 12/18/2025": "DW",
		"Let the Lucerne deadline slip | Opinion":                                     "",
		"The Plant Is Not a Bargaining Chip | by Marko Halych":                        "",
		"Russia-Ukraine talks - what we know so far about the draft":                  "",
		"Ceasefire": "",
	} {
		if got := siteName(in); got != want {
			t.Errorf("siteName(%q) = %q, want %q", in, got, want)
		}
	}
}
