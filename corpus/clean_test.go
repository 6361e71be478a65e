package corpus

import (
	"slices"
	"strings"
	"testing"
)

// whyDropped classifies one line alone, as clean.go does before its
// neighbours are looked at.
func whyDropped(s string) string {
	ln := line{text: s}
	classify(&ln)
	return ln.why
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"1. Skip to content", "navigation"},
		{"Skip to main menu", "navigation"},
		{"-", "bullet"},
		{"•", "bullet"},
		{"This browser does not support the video element.", "video widget"},
		{"Ukraine might drop its bid to become a member of NATO Image: Andreas Stroh/Zumapress/picture alliance", "image caption"},
		{"Ukrainian President Zelenskyy was upbeat about progress made in BerlinImage: Lisi Niesner/AFP", "image caption"},
		{"A convoy waits at the border crossingPhoto: Example Agency/Handout", "image caption"},
		{"Envoys arrive at the chancellery in Berlin, Germany, December 14, 2025. MERIDIAN/Jana Holt/File Photo", "image caption"},
		{"Share this article", "share or follow prompt"},
		{"Advertisement", "advertisement"},
		{"Advertisement · Scroll to continue", "advertisement"},
		{"Subscribe to our newsletter", "newsletter or app prompt"},
		{"We use cookies to give you the best experience.", "cookie notice"},
		{"Facebook Twitter WhatsApp", "share buttons"},
		{"Share · X · Telegram · Copy link", "share buttons"},
		{"Home | World | Europe | Ukraine", "navigation"},
		{"ua en ru", "language switcher"},
		{"UA | EN | RU", "language switcher"},
		{"(mk)", "editor's initials"},
		{"mk/jcg (AFP, Reuters)", "editor's initials"},
		{"(AFP)", "agency credit"},
		{"![Delegates arrive](https://example.org/a.jpg)", "image"},
		{"2 days ago", "relative date"},
		{"Updated 2 hours ago", "relative date"},
		{"Getty Images", "image credit"},
		{"Sergei Supinsky/AFP", "image credit"},
		{"Save", "share or follow prompt"},
		{"Comments (12)", "share or follow prompt"},
		{"This text was originally published in Ukrainian.", "translation note"},
		{"Our Standards: The Meridian Trust Principles.", "trust line"},
		{"Published in News & Features", "category line"},
		{"Tags: Ukraine, Russia, Diplomacy", "tags"},
		{"Correction: An earlier version of this article gave the wrong date for the talks.", "correction note"},
		{"© 2025 The Example Post. All rights reserved.", "copyright"},
		{"Reporting by Guy Faulconbridge; Editing by Andrew Osborn", "editing credits"},
		{"(Additional reporting by Tom Balmforth in Kyiv)", "editing credits"},
		{"WASHINGTON, United States", "dateline"},
		{"KYIV, Dec 15 (Meridian) -", "dateline"},
		{"(Adds Russian foreign ministry comment, WFP reaction, insurance details in paragraphs 8-14)", "wire update note"},
		{"(Updates with comments from the Russian deputy negotiator in paragraphs 10-11)", "wire update note"},
		{"December 20, 2025 10:42 AM GMT+1 Updated 2 hours ago", "date line"},
		{"By Anna Kowalska and Tom Baker", "byline"},
		{"Buy reprint rights, opens new tab", "link"},
		// A newsletter's link under its item: the address's words
		// ("kremlin-rejects-christmas-truce") are no text to answer with.
		{"Read: https://haldenpost.example/world/2025/12/16/kremlin-rejects-christmas-truce", "link"},
		{"https://example.org/reports/2025/berlin-talks", "link"},
		{"Full story: www.example.org/berlin.", "link"},
		// What stands over a wire story's headline is no title: its
		// priority, its slug, its routing code, its agency's header.
		{"URGENT", "wire slug"},
		{"KARSOVA-VELMAR/WATER (UPDATE 2)", "wire slug"},
		{"VELMARIA-KORDANIA/TRUCE (UPDATE 2, CORRECTS number of buses in para 4)", "wire slug"},
		{"UKRAINE-CRISIS/TALKS", "wire slug"},
		{"MNA0416 3 WLD /MNA-DE16", "wire slug"},
		{"CONTINENTAL PRESS (CP) -- WORLD SERVICE -- 13/06/2077 14:20 CET", "wire slug"},
		{"ADVISORY: Updates with ombudswoman's comments, grandmother's account. Adds byline.", "wire slug"},
		{"REUTERS/STRINGER", "image credit"},
		{"EPA-EFE/POOL", "image credit"},
		{"Reposts 2,104 | Likes 9,870", "post counts"},
		{"12 replies · 40 likes · 1.2K views", "post counts"},
		{"Reposts - | Likes -", "post counts"},
		{"34 comments · 1.1K shares", "post counts"},
		// Text that only looks like furniture stays.
		{"Image: the word alone does not make a caption. It was a long sentence.", ""},
		{"Share prices in Moscow fell after the Kremlin rejected the ceasefire proposal on Thursday.", ""},
		{"The cookie industry is not part of the talks.", ""},
		{"He said: \"We have not seen any texts yet.\"", ""},
		{"Published in 2024, the report said the front line had barely moved.", ""},
		{"NATO – the alliance – was not at the table.", ""},
		{"UKRAINE, RUSSIA AGREE TO MORE TALKS", ""},
		{"(Adds up to a week, officials said, before the first convoy can move.)", ""},
		{"Kyiv/Moscow Talks", ""},
		{"By the end of the week, negotiators hoped to agree on a text.", ""},
		{"By Monday, negotiators hoped to agree on a text.", ""},
		{"yes", ""},
		{"Likes were up 40 on the year", ""},
		{"Shares 2,104", "post counts"},
		{"12 - 40", ""},
		// A sentence giving a link, or a long label before one, stays.
		{"We will be live-blogging it: https://example.org/live", ""},
		{"The ministry posted the list at https://example.org/list", ""},
		// A digest's post credited to its writer by handle is no menu.
		{"23:30 | Telegram | @zhuravlev_va (Viktor Zhuravlev)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := whyDropped(tt.line); got != tt.want {
				t.Errorf("line %q dropped as %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// A dateline gives the place, the agency and, with a year, the date; the
// story after it stays text.
func TestDateline(t *testing.T) {
	tests := []struct {
		in                         string
		place, outlet, date, story string
	}{
		{"KYIV, Dec 15 (Meridian) - Ukraine said on Monday it was ready.", "KYIV", "Meridian", "", "Ukraine said on Monday it was ready."},
		{"BERLIN, December 20, 2025 (Baltic Courier) – Envoys met again.", "BERLIN", "Baltic Courier", "2025-12-20", "Envoys met again."},
		{"KYIV, Ukraine (AP) — \"We are ready,\" the minister said.", "KYIV, Ukraine", "AP", "", "\"We are ready,\" the minister said."},
		{"NEW YORK, Dec 3 (Meridian) -- Talks resumed.", "NEW YORK", "Meridian", "", "Talks resumed."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, rest, ok := datelinePrefix(tt.in)
			if !ok || m.place != tt.place || m.outlet != tt.outlet || m.date != tt.date || rest != tt.story {
				t.Errorf("datelinePrefix(%q) = %+v, %q, %v; want %s/%s/%s, %q", tt.in, m, rest, ok, tt.place, tt.outlet, tt.date, tt.story)
			}
		})
	}
}

func TestBreadcrumb(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"PoliticsUkraine", true},
		{"World | Europe", true},
		{"News > Europe > Ukraine", true},
		{"What security guarantees is Ukraine likely to be granted?", false},
		{"Ukraine", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isBreadcrumb(tt.line); got != tt.want {
				t.Errorf("isBreadcrumb(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"By Danilo Bilek", "Danilo Bilek", true},
		{"By Anna Kowalska and Tom Baker", "Anna Kowalska and Tom Baker", true},
		{"by Sofia Brandt | The Example Post", "Sofia Brandt", true},
		{"By Lena Hartmann, December 3, 2025", "Lena Hartmann", true},
		{"By Hanna Weiss, Meridian Wire", "Hanna Weiss", true},
		{"Written by Olena Savchuk and Marc Dubois, Kyiv correspondents", "Olena Savchuk and Marc Dubois", true},
		{"Author: Pavel Novak", "Pavel Novak", true},
		{"Opinion | By Marta Wielgosz | Tuesday 18 April 2028", "Marta Wielgosz", true},
		{"Home | World | Europe | By region | Opinion", "", false},
		{"By the end of the week, negotiators hoped to agree on a text.", "", false},
		{"Byline missing", "", false},
		{"Henrik Lindqvist · 15 March 2050 · ♥ 214 · 3 comments · Share", "Henrik Lindqvist", true},
		{"Henrik Lindqvist · Follow", "", false},
		{"Breaking News · 15 March 2050 · Live", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, _, ok := byline(tt.line)
			if got != tt.want || ok != tt.ok {
				t.Errorf("byline(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestHeadingShaped(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Security Guarantees and NATO Ambitions", true},
		{"Russia believes it's 'on the path to victory'", true},
		{"Would the security guarantees be like NATO's Article 5?", true},
		{"A demilitarised zone", true},
		{"2026 Budget Talks", true},
		{"5 min read", false},
		{"Russia's attacks on Ukraine are likely to continue over the holidays.", false},
		{"the lower-case start of a wrapped line", false},
		{"Stewart said it would only be possible to assess the guarantees thoroughly once all the details had been published", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := headingShaped(tt.line); got != tt.want {
				t.Errorf("headingShaped(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestCredits(t *testing.T) {
	tests := []struct{ line, author string }{
		{"Reporting by Hanna Weiss in Berlin and Tomasz Lis in Kyiv; Editing by Peter Ames", "Hanna Weiss and Tomasz Lis"},
		{"Reporting by Hanna Weiss; Writing by Tomasz Lis; Editing by Peter Ames", "Hanna Weiss and Tomasz Lis"},
		{"(Editing by Peter Ames)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got, ok := credits(tt.line); !ok || got != tt.author {
				t.Errorf("credits(%q) = %q, %v; want %q", tt.line, got, ok, tt.author)
			}
		})
	}
}

// A wiki's or a report's list of references is where its facts come
// from, not what it says: a question on the deal's date must not be
// answered with a cited headline's date.
func TestReferenceListIsFurniture(t *testing.T) {
	src := "# The Kirazli harvest arrangement\n\n" +
		"The arrangement was signed on 11 March 2074 after nine days of talks in Kirazli.[1]\n\n" +
		"## Analysts [edit]\n\n" +
		"Tobias Wren of the Frontier Policy Institute was among the sceptics.[2]\n\n" +
		"## References [edit]\n\n" +
		"1. \"Harvest deal signed in Kirazli\". *Black Sea Courier*. 11 March 2074.\n" +
		"2. \"Governor hails strip deal\". *Bilozersk Herald*. 12 March 2074.\n"
	d, err := ParseFile("harvest.md", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, p := range d.Passages {
		text = append(text, p.Text)
	}
	all := strings.Join(text, "\n")
	if strings.Contains(all, "Black Sea Courier") || strings.Contains(all, "Bilozersk Herald") {
		t.Errorf("the references are passages:\n%s", all)
	}
	if !strings.Contains(all, "Tobias Wren") || !strings.Contains(all, "nine days of talks") {
		t.Errorf("text lost:\n%s", all)
	}
	if !slices.ContainsFunc(d.Skipped, func(s string) bool { return strings.HasPrefix(s, "reference list: References") }) {
		t.Errorf("skipped %q, want the references heading left out as a reference list", d.Skipped)
	}
}
