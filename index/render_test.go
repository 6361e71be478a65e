package index

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render")

// The golden files are what `talksbot ask` prints and Discord users read.
func TestRenderGolden(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		file     string
		question string
	}{
		{"quote.golden", "what did Peskov say"},
		{"quote-about.golden", "what did the Kremlin spokesman say about security guarantees"},
		{"not-quoted.golden", "what did Merz say"},
		{"unknown-person.golden", "what did Boris Johnson say"},
		{"search.golden", "security garantees"},
		{"no-answer.golden", "who won the world cup"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.question, AskOptions{Limit: 3})
			if err != nil {
				t.Fatal(err)
			}
			got := Render(a).Text()
			path := filepath.Join("testdata", "render", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./index -run RenderGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s changed; got:\n%s", path, got)
			}
		})
	}
}

func TestRenderCitations(t *testing.T) {
	src := func(doc string, para int) Source {
		return Source{Doc: doc, Title: "T " + doc, Outlet: "DW", Date: "2025-12-18", Section: "S", Paragraph: para}
	}
	a := &Answer{
		Kind: KindQuote, Speaker: "A B", SpeakerStatus: SpeakerQuoted, QuotesTotal: 2,
		Quotes: []Quote{{Speaker: "A B", Text: "one", Source: src("x", 3)}, {Speaker: "A B", Text: "two", Source: src("y", 1)}},
		Passages: []Passage{
			{Text: "same paragraph as the first quote", Highlight: "same", Source: src("x", 3)},
			{Text: "new", Highlight: "new", Source: Source{Doc: "z", Title: "Z", URL: "https://example.org/z"}},
		},
	}
	r := Render(a)
	if got := []int{r.Quotes[0].Citation, r.Quotes[1].Citation, r.Passages[0].Citation, r.Passages[1].Citation}; got[0] != 1 || got[1] != 2 || got[2] != 1 || got[3] != 3 {
		t.Errorf("citation numbers %v, want [1 2 1 3]: a paragraph keeps its number", got)
	}
	if len(r.Citations) != 3 {
		t.Fatalf("%d citations, want 3", len(r.Citations))
	}
	if got := r.Citations[0].String(); got != "[1] T x · DW · 2025-12-18 · S ¶3" {
		t.Errorf("citation = %q (unknown author left out)", got)
	}
	if got := r.Citations[2].String(); got != "[3] Z <https://example.org/z>" {
		t.Errorf("citation = %q", got)
	}
	if !strings.HasPrefix(r.Intro, "A B is quoted twice") {
		t.Errorf("intro %q", r.Intro)
	}
}

// The role is given once per speaker, and not at all under the quotes of
// the speaker the intro introduces; reported speech is marked as such and
// never shown as a block quote.
func TestRenderRolesAndReportedSpeech(t *testing.T) {
	src := Source{Doc: "x", Title: "T", Outlet: "DW", Date: "2025-12-18", Paragraph: 1}
	src2 := src
	src2.Paragraph = 2
	a := &Answer{
		Kind: KindPerson, Speaker: "Dmitry Peskov", SpeakerRole: "Kremlin spokesman", SpeakerStatus: SpeakerQuoted, QuotesTotal: 2,
		Quotes: []Quote{
			{Speaker: "Dmitry Peskov", Role: "Kremlin spokesman", Text: "We want peace", Source: src},
			{Speaker: "Dmitry Peskov", Role: "Kremlin spokesman", Text: "the Kremlin would study the texts", Source: src, Reported: true},
			{Speaker: "Yuri Ushakov", Role: "Kremlin aide", Text: "One", Source: src},
			{Speaker: "Yuri Ushakov", Role: "Kremlin aide", Text: "Two", Source: src2},
		},
		Passages: []Passage{{Text: "Kremlin spokesman Dmitry Peskov said the talks would go on.", Source: src}},
	}
	r := Render(a)
	for i, want := range []bool{false, false, true, false} {
		if got := r.ShowRole(i); got != want {
			t.Errorf("ShowRole(%d) = %v, want %v", i, got, want)
		}
	}
	text := r.Text()
	for _, want := range []string{
		"Who Dmitry Peskov is, and their words (quoted twice in the articles):",
		"> We want peace\n> — Dmitry Peskov [1]\n",
		"\nDmitry Peskov (reported, not a direct quote): the Kremlin would study the texts [1]\n",
		"> One\n> — Yuri Ushakov, Kremlin aide [1]\n",
		"> Two\n> — Yuri Ushakov [2]\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "> the Kremlin would study") {
		t.Errorf("reported speech shown as a quotation:\n%s", text)
	}
	// No passage shown gives his title (a digest gives it in an entry's
	// heading): the intro does.
	a.Passages = nil
	if text := Render(a).Text(); !strings.Contains(text, "Who Dmitry Peskov (Kremlin spokesman) is, and their words") {
		t.Errorf("intro lacks the title no passage gives:\n%s", text)
	}
}

func TestRenderIn(t *testing.T) {
	a := &Answer{Question: "x", Kind: KindSearch, Suggestions: []TopicCount{{Topic: Topic{Name: "Security guarantees"}, Passages: 3}}}
	for l, want := range map[i18n.Lang]string{
		i18n.English:   "The articles don't cover that. They do cover: Security guarantees.",
		i18n.Ukrainian: "Статті про це не пишуть. Вони пишуть про: Security guarantees.",
		i18n.German:    "Darüber berichten die Artikel nicht. Sie behandeln: Security guarantees.",
	} {
		if got := RenderIn(a, l).Intro; got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}

// One speaker's words from one paragraph, split by "he said", are one
// block with one citation, the words between them marked by an ellipsis;
// another speaker's, another paragraph's and reported speech stay apart.
func TestRenderJoinsAParagraphsQuotes(t *testing.T) {
	p1 := Source{Doc: "x", Title: "T", Paragraph: 4}
	p2 := Source{Doc: "x", Title: "T", Paragraph: 5}
	a := &Answer{
		Kind: KindQuote, Speaker: "Dmitry Peskov", SpeakerStatus: SpeakerQuoted, QuotesTotal: 5,
		Quotes: []Quote{
			{Speaker: "Dmitry Peskov", Text: "We see a map", Source: p1},
			{Speaker: "Dmitry Peskov", Text: "We do not yet see an agreement", Source: p1},
			{Speaker: "Dmitry Peskov", Text: "the talks would go on", Source: p1, Reported: true},
			{Speaker: "Dmitry Peskov", Text: "Nothing is final", Source: p2},
			{Speaker: "Yuri Ushakov", Text: "Businesslike", Source: p2},
		},
	}
	r := Render(a)
	var got []string
	for _, q := range r.Quotes {
		got = append(got, fmt.Sprintf("%s [%d]", q.Text, q.Citation))
	}
	want := []string{
		"We see a map … We do not yet see an agreement [1]",
		"the talks would go on [1]",
		"Nothing is final [2]",
		"Businesslike [2]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("quotes shown as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if text := r.Text(); !strings.Contains(text, "> We see a map … We do not yet see an agreement\n> — Dmitry Peskov [1]\n") {
		t.Errorf("text:\n%s", text)
	}
}

// A headline written as sentences keeps no full stop inside the quotation
// marks the answer sets it in: the sentence's own closes it.
func TestWorkTitleWithoutItsFullStop(t *testing.T) {
	dir := t.TempDir()
	col := "OPINION\n\nGeneva built a fence. Now Kyiv must make sure nobody climbs it.\n\nBy Marko Shevchuk\n\nPublished 22 March 2050\n\nI have sat in rooms like the ones in Geneva. A protocol without a penalty is a promise with a good lawyer.\n\nMy advice to the government is simple. Take the win and prepare for Istanbul.\n"
	if err := os.WriteFile(filepath.Join(dir, "col.txt"), []byte(col), 0o644); err != nil {
		t.Fatal(err)
	}
	e := engineOfDir(t, dir)
	for _, q := range []string{"what did marko shevchuk say", "who is marko shevchuk"} {
		text := Render(ask(t, e, q)).Text()
		if !strings.Contains(text, "“Geneva built a fence. Now Kyiv must make sure nobody climbs it”") || strings.Contains(text, ".”") {
			t.Errorf("%q:\n%s\nwant the headline quoted without its full stop", q, text)
		}
	}
}

// Asked for someone's words on a subject none of their words touch, the
// reply says so before showing what they did say, never as if it were on
// the subject; asked on one they speak to, it counts those quotes.
func TestRenderSaysNoQuoteIsOnTheSubject(t *testing.T) {
	e := engineOf(t, embedded(t))
	for _, tt := range []struct{ q, want, not string }{
		{"what did peskov say about nato", "none of it is about nato:", "about nato:\n\n> We"},
		{"what did peskov say about the weather", "none of it is about the weather:", ""},
		{"what did peskov say about the truce", "1 quote about the truce:", "none of it"},
	} {
		intro := Render(ask(t, e, tt.q)).Intro
		if !strings.Contains(intro, tt.want) || tt.not != "" && strings.Contains(intro, tt.not) {
			t.Errorf("%q: intro %q, want it to say %q", tt.q, intro, tt.want)
		}
	}
}

// A citation gives an entry's time after the article's date; a time that
// names its own day (a feed item's "15 Sep 2078 12:30") stands in the
// date's place, so a story of the 15th is not cited as of the feed's
// newest day.
func TestCitationOfAnEntryWithItsDay(t *testing.T) {
	for _, tt := range []struct {
		date, time, want, not string
	}{
		{"2078-09-17", "15 Sep 2078 12:30", "Meridian News Service · 15 Sep 2078 12:30 · ¶2", "2078-09-17"},
		{"2060-03-16", "10:15", "Meridian News Service · 2060-03-16 · 10:15 · ¶2", ""},
	} {
		got := Citation{N: 1, Source: Source{Outlet: "Meridian News Service", Date: tt.date, Time: tt.time, Paragraph: 2}}.Label()
		if got != tt.want || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("label %q, want %q", got, tt.want)
		}
	}
}
