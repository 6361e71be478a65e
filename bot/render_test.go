package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func loadAnswer(t *testing.T, name string) *index.Answer {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "answers", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var a index.Answer
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &a
}

// longAnswer is a search answer whose passages cannot all fit one embed.
func longAnswer(t *testing.T) *index.Answer {
	a := loadAnswer(t, "search")
	a.Question = "security guarantees"
	base := a.Passages[0]
	a.Passages = nil
	sentence := "The US proposal, described as the \"platinum standard\" by American officials, seeks to provide Ukraine with **security** **guarantees** akin to NATO's Article 5. "
	for i := range 3 {
		p := base
		p.Highlight = strings.Repeat(sentence, 11)
		p.Text = strings.ReplaceAll(p.Highlight, "**", "")
		p.Source.Paragraph = 30 + i
		a.Passages = append(a.Passages, p)
	}
	return a
}

func goldenCompare(t *testing.T, name string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(data, want) {
		t.Errorf("%s differs from %s (run with -update if the change is intended)\ngot:\n%s", name, path, data)
	}
}

// checkLimits asserts every Discord limit on an embed.
func checkLimits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	if n := Len(e.Title); n > maxTitle {
		t.Errorf("title is %d long", n)
	}
	if n := Len(e.Description); n > maxDescription {
		t.Errorf("description is %d long", n)
	}
	if len(e.Fields) > maxFields {
		t.Errorf("%d fields", len(e.Fields))
	}
	for _, f := range e.Fields {
		if Len(f.Value) > maxFieldValue || Len(f.Name) > maxFieldName || f.Value == "" {
			t.Errorf("field %q: name %d, value %d", f.Name, Len(f.Name), Len(f.Value))
		}
	}
	if n := embedTotal(e); n > maxEmbedTotal {
		t.Errorf("embed total is %d", n)
	}
	if strings.Count(e.Description, "**")%2 != 0 {
		t.Errorf("unbalanced bold in %q", e.Description)
	}
}

// checkPhone asserts a page fits a phone: at most phoneBudget characters
// of embed text and maxPerPage quotes and passages.
func checkPhone(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	if n := embedTotal(e); n > phoneBudget {
		t.Errorf("page holds %d characters of embed text, more than %d:\n%s", n, phoneBudget, e.Description)
	}
	if n := len(blocksOf(e)); n > maxPerPage {
		t.Errorf("page shows %d quotes and passages, more than %d", n, maxPerPage)
	}
}

// citeEnd ends a quote's or passage's paragraph: its citation number.
var citeEnd = regexp.MustCompile(`\[\d+\]$`)

// blocksOf are the quotes and passages of a page: the description's
// paragraphs that end with a citation.
func blocksOf(e *discordgo.MessageEmbed) []string {
	var out []string
	for _, p := range strings.Split(e.Description, "\n\n") {
		if citeEnd.MatchString(p) {
			out = append(out, p)
		}
	}
	return out
}

func TestRenderGolden(t *testing.T) {
	a := &answers{perPage: 3}
	tests := []struct {
		name   string
		answer *index.Answer
		q      query
		lang   i18n.Lang
	}{
		{"quote", loadAnswer(t, "quote"), query{Kind: queryQuote, Speaker: "Peskov"}, i18n.English},
		{"search", loadAnswer(t, "search"), query{Kind: queryAsk, Text: "who is Claudia Major? <@123> @everyone *bold*"}, i18n.English},
		{"noanswer", loadAnswer(t, "noanswer"), query{Kind: queryAsk, Text: "who won the world cup"}, i18n.English},
		{"cut", longAnswer(t), query{Kind: queryAsk, Text: "security guarantees"}, i18n.English},
		{"uk_quote", loadAnswer(t, "quote"), query{Kind: queryQuote, Speaker: "Peskov"}, i18n.Ukrainian},
		{"uk_noanswer", loadAnswer(t, "noanswer"), query{Kind: queryAsk, Text: "who won the world cup"}, i18n.Ukrainian},
		{"de_search", loadAnswer(t, "search"), query{Kind: queryAsk, Text: "who is Claudia Major?"}, i18n.German},
		{"de_cut", longAnswer(t), query{Kind: queryAsk, Text: "security guarantees"}, i18n.German},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := a.render(tt.answer, tt.q, 0, "4242", tt.lang)
			if len(resp.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(resp.Embeds))
			}
			e := resp.Embeds[0]
			checkLimits(t, e)
			checkPhone(t, e)
			if q, ok := queryOfMessage(&discordgo.Message{Embeds: resp.Embeds}); !ok || q != tt.q {
				t.Errorf("footer gives back %+v, %v; want %+v", q, ok, tt.q)
			}
			goldenCompare(t, tt.name, resp)
		})
	}
}

// TestGoldenRepliesFitAPhone reads back every golden reply: the first
// page of each answer holds at most 1,200 characters of embed text and
// at most 3 quotes and passages.
func TestGoldenRepliesFitAPhone(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil || len(files) < 10 {
		t.Fatalf("%d golden files (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var resp struct{ Embeds []*discordgo.MessageEmbed }
			if err := json.Unmarshal(data, &resp); err != nil {
				t.Fatal(err)
			}
			if len(resp.Embeds) != 1 {
				t.Fatalf("%d embeds", len(resp.Embeds))
			}
			e := resp.Embeds[0]
			if e.Footer == nil || !strings.Contains(e.Footer.Text, ": ") {
				t.Fatalf("not an answer: footer %+v", e.Footer)
			}
			checkPhone(t, e)
		})
	}
}

func TestRenderShowsWhatUsersNeed(t *testing.T) {
	a := &answers{perPage: 3}
	t.Run("quote block with speaker, role once and a compact linked citation", func(t *testing.T) {
		e := a.render(loadAnswer(t, "quote"), query{Kind: queryQuote, Speaker: "Peskov"}, 0, "1", i18n.English).Embeds[0]
		for _, want := range []string{
			"Dmitry Peskov (Kremlin spokesman) is quoted twice",
			"> We have not seen any texts yet.",
			"> — **Dmitry Peskov** [",
		} {
			if !strings.Contains(e.Description, want) {
				t.Errorf("description lacks %q:\n%s", want, e.Description)
			}
		}
		if n := strings.Count(e.Description, "Kremlin spokesman"); n != 1 {
			t.Errorf("the role is given %d times, want once:\n%s", n, e.Description)
		}
		if len(e.Fields) != 1 {
			t.Fatalf("fields: %+v", e.Fields)
		}
		src := e.Fields[0].Value
		for _, want := range []string{
			`[1] [DW · 18 Dec 2025 · ¶21](https://www.dw.com/en/ukraine-security-guarantees/a-75000000 "Ukraine peace talks: What are the security guarantees?") — *Ukraine peace talks: What are the security guarantees?*`,
			`[2] [DW · 18 Dec 2025 · ¶22](https://www.dw.com/`,
		} {
			if !strings.Contains(src, want) {
				t.Errorf("sources lack %q:\n%s", want, src)
			}
		}
		if n := strings.Count(src, "*Ukraine peace talks"); n != 1 {
			t.Errorf("the title is shown %d times, want once:\n%s", n, src)
		}
	})
	t.Run("a live blog entry's citation gives its time stamp after the date, as the CLI does", func(t *testing.T) {
		ans := loadAnswer(t, "search")
		ans.Passages = ans.Passages[:1]
		ans.Passages[0].Source.Time = "10:15"
		e := a.render(ans, query{Kind: queryAsk, Text: "when did the first bus cross"}, 0, "1", i18n.English).Embeds[0]
		if len(e.Fields) == 0 || !strings.Contains(e.Fields[0].Value, "18 Dec 2025 · 10:15 · ¶") {
			t.Errorf("sources lack the entry's time:\n%+v", e.Fields)
		}
		if !strings.Contains(index.Render(ans).Text(), "2025-12-18 · 10:15 · ") {
			t.Errorf("the CLI citation lacks the entry's time:\n%s", index.Render(ans).Text())
		}
		// A feed item's stamp names its own day: it stands in the
		// article's date's place, in Discord as in the CLI.
		ans.Passages[0].Source.Time = "15 Dec 2025 09:40"
		e = a.render(ans, query{Kind: queryAsk, Text: "when did the first bus cross"}, 0, "1", i18n.English).Embeds[0]
		if len(e.Fields) == 0 || !strings.Contains(e.Fields[0].Value, "DW · 15 Dec 2025 09:40 · ¶") || strings.Contains(e.Fields[0].Value, "18 Dec") {
			t.Errorf("sources give the article's date beside an entry's own day:\n%+v", e.Fields)
		}
		if cli := index.Render(ans).Text(); !strings.Contains(cli, "15 Dec 2025 09:40 · ") || strings.Contains(cli, "2025-12-18") {
			t.Errorf("the CLI citation gives the article's date beside an entry's own day:\n%s", cli)
		}
	})
	t.Run("an unnamed source's words carry its role on every block, as the CLI shows them", func(t *testing.T) {
		ans := loadAnswer(t, "search")
		src := ans.Passages[0].Source
		ans.Quotes = []index.Quote{
			{Role: "senior EU official", Text: "The money is the easy part.", Source: src},
			{Role: "senior EU official", Text: "Nobody will trade sanctions for people.", Source: index.Source{Doc: src.Doc + "x", Title: src.Title, Paragraph: 9}},
		}
		e := a.render(ans, query{Kind: queryAsk, Text: "what are eu officials saying"}, 0, "1", i18n.English).Embeds[0]
		if n := strings.Count(e.Description, "unattributed, senior EU official"); n != 2 {
			t.Errorf("the role is given %d times, want on both blocks:\n%s", n, e.Description)
		}
		if !strings.Contains(index.Render(ans).Text(), "unattributed, senior EU official") {
			t.Errorf("the CLI reply lacks the role")
		}
	})
	t.Run("corpus text and question cannot ping or format", func(t *testing.T) {
		resp := a.render(loadAnswer(t, "search"), query{Kind: queryAsk, Text: "x"}, 0, "1", i18n.English)
		e := resp.Embeds[0]
		all := e.Title + e.Description
		for _, bad := range []string{"@everyone", "@here", "<@123>", "[links](https://evil.example)", " *nothing* "} {
			if strings.Contains(all, bad) {
				t.Errorf("%q survives escaping:\n%s", bad, all)
			}
		}
		if !strings.Contains(e.Description, "**Claudia** **Major**") {
			t.Errorf("matched words not bold:\n%s", e.Description)
		}
	})
	t.Run("no answer offers the topics in one select menu", func(t *testing.T) {
		resp := a.render(loadAnswer(t, "noanswer"), query{Kind: queryAsk, Text: "who won the world cup"}, 0, "77", i18n.English)
		if !strings.Contains(resp.Embeds[0].Description, "don't cover") || !strings.Contains(resp.Embeds[0].Description, "They do cover: security guarantees, NATO and Article 5") {
			t.Errorf("description: %s", resp.Embeds[0].Description)
		}
		if len(resp.Components) != 1 {
			t.Fatalf("%d component rows, want one", len(resp.Components))
		}
		menu, ok := resp.Components[0].(discordgo.ActionsRow).Components[0].(discordgo.SelectMenu)
		if !ok || menu.CustomID != "topic:77" || len(menu.Options) != 4 || menu.Options[1].Value != "NATO and Article 5" || menu.Options[1].Description != "9 passages" {
			t.Errorf("topic menu: %+v", resp.Components[0])
		}
	})
	t.Run("three topics or fewer are buttons", func(t *testing.T) {
		ans := loadAnswer(t, "noanswer")
		ans.Suggestions = ans.Suggestions[:2]
		resp := a.render(ans, query{Kind: queryAsk, Text: "who won the world cup"}, 0, "77", i18n.English)
		var ids []string
		for _, c := range resp.Components[0].(discordgo.ActionsRow).Components {
			ids = append(ids, c.(discordgo.Button).CustomID)
		}
		if len(ids) != 2 || ids[1] != "topic:77:NATO and Article 5" {
			t.Errorf("topic buttons: %v", ids)
		}
	})
	t.Run("a topic answer does not repeat its name", func(t *testing.T) {
		ans := loadAnswer(t, "search")
		ans.Question, ans.Kind = "Security guarantees", index.KindTopic
		ans.Topic = &index.Topic{Name: "Security guarantees", Description: "What protection Ukraine would get after a deal"}
		e := a.render(ans, query{Kind: queryTopic, Text: "Security guarantees"}, 0, "1", i18n.English).Embeds[0]
		if e.Title != "Security guarantees" || !strings.HasPrefix(e.Description, "What protection Ukraine would get after a deal.\n\n") || strings.Contains(e.Description, "Security guarantees") {
			t.Errorf("title %q, description:\n%s", e.Title, e.Description)
		}
	})
	t.Run("reported speech is marked, never a block quote", func(t *testing.T) {
		ans := loadAnswer(t, "quote")
		ans.Quotes[1].Reported = true
		ans.Quotes[1].Text = "the Kremlin would study any texts once it had seen them"
		e := a.render(ans, query{Kind: queryQuote, Speaker: "Peskov"}, 0, "1", i18n.English).Embeds[0]
		if !strings.Contains(e.Description, "**Dmitry Peskov** *(reported, not a direct quote)*: the Kremlin would study") ||
			strings.Contains(e.Description, "> the Kremlin would study") {
			t.Errorf("reported speech:\n%s", e.Description)
		}
	})
	t.Run("closest passages are not dressed as an answer", func(t *testing.T) {
		ans := loadAnswer(t, "search")
		ans.Closest = true
		e := a.render(ans, query{Kind: queryAsk, Text: "x"}, 0, "1", i18n.English).Embeds[0]
		if !strings.HasPrefix(e.Description, "The articles may not answer that exactly. Closest passages:") || e.Color != colorClosest {
			t.Errorf("colour %x, description:\n%s", e.Color, e.Description)
		}
	})
}

func TestPaging(t *testing.T) {
	a := &answers{perPage: 1}
	ans := loadAnswer(t, "search") // two passages: two pages
	q := query{Kind: queryAsk, Text: "who is Claudia Major?"}
	tests := []struct {
		page                 int
		backOff, nextOff     bool
		wantText, wantFooter string
	}{
		{0, true, false, "Claudia", "Page 1 of 2 · asked: who is Claudia Major?"},
		{1, false, true, "Keir Starmer", "Page 2 of 2 · asked: who is Claudia Major?"},
		{7, false, true, "Keir Starmer", "Page 2 of 2 · asked: who is Claudia Major?"},
	}
	for _, tt := range tests {
		resp := a.render(ans, q, tt.page, "99", i18n.English)
		row := resp.Components[0].(discordgo.ActionsRow)
		back, next := row.Components[0].(discordgo.Button), row.Components[1].(discordgo.Button)
		if back.Label != "‹ Back" || next.Label != "Next ›" {
			t.Errorf("labels %q %q: they say what pressing does", back.Label, next.Label)
		}
		if back.Disabled != tt.backOff || next.Disabled != tt.nextOff {
			t.Errorf("page %d: back disabled %v, next disabled %v", tt.page, back.Disabled, next.Disabled)
		}
		if !strings.Contains(resp.Embeds[0].Description, tt.wantText) || resp.Embeds[0].Footer.Text != tt.wantFooter {
			t.Errorf("page %d: footer %q, description %q", tt.page, resp.Embeds[0].Footer.Text, resp.Embeds[0].Description)
		}
		for _, b := range []discordgo.Button{back, next} {
			if len(b.CustomID) > maxCustomID {
				t.Errorf("custom_id too long: %q", b.CustomID)
			}
			if user, _, ok := parsePageID(b.CustomID); !ok || user != "99" {
				t.Errorf("custom_id %q does not parse back", b.CustomID)
			}
		}
	}
}

func TestPagingQuotesThenPassages(t *testing.T) {
	a := &answers{perPage: 1}
	ans := loadAnswer(t, "quote") // two quotes, one passage
	q := query{Kind: queryQuote, Speaker: "Peskov"}
	want := []string{"> We want peace", "> We have not seen any texts yet", "little hope for a swift agreement"}
	for page, w := range want {
		e := a.render(ans, q, page, "1", i18n.English).Embeds[0]
		if !strings.Contains(e.Description, w) {
			t.Errorf("page %d lacks %q:\n%s", page+1, w, e.Description)
		}
		if !strings.Contains(e.Description, "quoted twice") {
			t.Errorf("page %d lost the intro:\n%s", page+1, e.Description)
		}
		if got := fmt.Sprintf("Page %d of 3", page+1); !strings.HasPrefix(e.Footer.Text, got) {
			t.Errorf("footer %q, want %s", e.Footer.Text, got)
		}
	}
}

// A page ends at the phone budget even below perPage items: long
// passages move to the next page rather than make one tall page.
func TestPagesEndAtThePhoneBudget(t *testing.T) {
	a := &answers{perPage: 3}
	ans := longAnswer(t)
	for i := range ans.Passages {
		// Distinct sentences, each holding a matched word, so trimming
		// cannot make them short.
		var sb strings.Builder
		for j := range 4 {
			fmt.Fprintf(&sb, "Sentence %d of passage %d says the **guarantees** would hold for a long time to come, officials said on the record. ", j, i)
		}
		ans.Passages[i].Highlight = sb.String()
		ans.Passages[i].Text = strings.ReplaceAll(sb.String(), "**", "")
	}
	q := query{Kind: queryAsk, Text: "security guarantees"}
	seen := 0
	for page := 0; ; page++ {
		resp := a.render(ans, q, page, "1", i18n.English)
		e := resp.Embeds[0]
		checkPhone(t, e)
		seen += len(blocksOf(e))
		if len(resp.Components) == 0 || resp.Components[0].(discordgo.ActionsRow).Components[1].(discordgo.Button).Disabled {
			break
		}
	}
	if seen != len(ans.Passages) {
		t.Errorf("%d passages shown over all pages, want %d", seen, len(ans.Passages))
	}
}

func TestFooterRoundTrip(t *testing.T) {
	queries := []query{
		{Kind: queryAsk, Text: "what did Peskov say · about peace"},
		{Kind: queryQuote, Speaker: "Dmitry Peskov", About: "ceasefire"},
		{Kind: queryQuote, Speaker: "Dmitry Peskov"},
		{Kind: queryTopic, Text: "NATO and Article 5"},
		{Kind: queryAsk, Text: "@everyone hi"},
		{Kind: queryAsk, Text: "and what did she say about troops", After: "Claudia Major"},
	}
	for _, l := range i18n.Langs {
		for _, q := range queries {
			for _, pages := range []int{1, 4} {
				f := encodeFooter(q, 1, pages, l)
				if got, ok := decodeFooter(f); !ok || got != q {
					t.Errorf("%s: %q reads back as %+v, %v; want %+v", l, f, got, ok, q)
				}
			}
		}
	}
}

// The longest question /ask takes still leaves a page within the budget:
// the title is cut, the footer keeps it whole, the passages make room.
func TestLongQuestionFitsAPhone(t *testing.T) {
	a := &answers{perPage: 3}
	question := strings.TrimSpace(strings.Repeat("security guarantees for Ukraine and Europe ", 8))[:maxQuestion]
	q := query{Kind: queryAsk, Text: question}
	for page := range 4 {
		resp := a.render(longAnswer(t), q, page, "1", i18n.English)
		checkPhone(t, resp.Embeds[0])
		if got, ok := queryOfMessage(&discordgo.Message{Embeds: resp.Embeds}); !ok || got != q {
			t.Errorf("page %d: the footer lost the question: %+v", page, got)
		}
	}
}

// Passages related to the question but not answering it come after those
// that do, under a heading saying so, on whichever page they open; an
// answer without any shows no such heading.
func TestRelatedPassagesUnderTheirHeading(t *testing.T) {
	ans := loadAnswer(t, "search") // two passages
	q := query{Kind: queryAsk, Text: "who is Claudia Major?"}
	const heading = "*Related passages:*"
	a := &answers{perPage: 3}
	if d := a.render(ans, q, 0, "1", i18n.English).Embeds[0].Description; strings.Contains(d, heading) {
		t.Errorf("a heading for related passages where there are none:\n%s", d)
	}
	ans.Passages[1].Related = true
	d := a.render(ans, q, 0, "1", i18n.English).Embeds[0].Description
	first, head, second := strings.Index(d, "Claudia"), strings.Index(d, heading), strings.Index(d, "Keir Starmer")
	if head < 0 || !(first < head && head < second) {
		t.Errorf("the related passage is not under its heading after the answer:\n%s", d)
	}
	if strings.Count(d, heading) != 1 {
		t.Errorf("the heading is not shown once:\n%s", d)
	}
	// One to a page: the related passage's page opens with the heading.
	a = &answers{perPage: 1}
	for page, want := range []bool{false, true} {
		d := a.render(ans, q, page, "1", i18n.English).Embeds[0].Description
		if strings.Contains(d, heading) != want {
			t.Errorf("page %d: heading shown %v, want %v:\n%s", page+1, !want, want, d)
		}
	}
}
