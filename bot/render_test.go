package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/index"
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

func TestRenderGolden(t *testing.T) {
	a := &answers{perPage: 3}
	tests := []struct {
		name    string
		answer  *index.Answer
		q       query
		wantCut bool
	}{
		{"quote", loadAnswer(t, "quote"), query{Kind: queryQuote, Speaker: "Peskov"}, false},
		{"search", loadAnswer(t, "search"), query{Kind: queryAsk, Text: "who is Claudia Major? <@123> @everyone *bold*"}, false},
		{"noanswer", loadAnswer(t, "noanswer"), query{Kind: queryAsk, Text: "who won the world cup"}, false},
		{"cut", longAnswer(t), query{Kind: queryAsk, Text: "security guarantees"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := a.render(tt.answer, tt.q, 0, "4242")
			if len(resp.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(resp.Embeds))
			}
			e := resp.Embeds[0]
			checkLimits(t, e)
			if got := strings.Contains(e.Description, "Shortened to fit Discord"); got != tt.wantCut {
				t.Errorf("cut note shown = %v, want %v", got, tt.wantCut)
			}
			if q, ok := queryOfMessage(&discordgo.Message{Embeds: resp.Embeds}); !ok || q != tt.q {
				t.Errorf("footer gives back %+v, %v; want %+v", q, ok, tt.q)
			}
			goldenCompare(t, tt.name, resp)
		})
	}
}

func TestRenderShowsWhatUsersNeed(t *testing.T) {
	a := &answers{perPage: 3}
	t.Run("quote block with speaker, role and a linked citation", func(t *testing.T) {
		e := a.render(loadAnswer(t, "quote"), query{Kind: queryQuote, Speaker: "Peskov"}, 0, "1").Embeds[0]
		for _, want := range []string{
			"> We have not seen any texts yet.",
			"> — **Dmitry Peskov**, Kremlin spokesman [",
		} {
			if !strings.Contains(e.Description, want) {
				t.Errorf("description lacks %q:\n%s", want, e.Description)
			}
		}
		if len(e.Fields) == 0 || !strings.Contains(e.Fields[0].Value, "[1] [Ukraine peace talks: What are the security guarantees?](https://www.dw.com/") ||
			!strings.Contains(e.Fields[0].Value, "DW · Danilo Bilek · 2025-12-18 · Russia rejects Christmas ceasefire") {
			t.Errorf("citations: %+v", e.Fields)
		}
	})
	t.Run("corpus text and question cannot ping or format", func(t *testing.T) {
		resp := a.render(loadAnswer(t, "search"), query{Kind: queryAsk, Text: "x"}, 0, "1")
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
	t.Run("no answer lists topics with buttons", func(t *testing.T) {
		resp := a.render(loadAnswer(t, "noanswer"), query{Kind: queryAsk, Text: "who won the world cup"}, 0, "77")
		if !strings.Contains(resp.Embeds[0].Description, "don't cover") || !strings.Contains(resp.Embeds[0].Description, "They do cover: security guarantees, NATO and Article 5") {
			t.Errorf("description: %s", resp.Embeds[0].Description)
		}
		var ids []string
		for _, row := range resp.Components {
			for _, c := range row.(discordgo.ActionsRow).Components {
				ids = append(ids, c.(discordgo.Button).CustomID)
			}
		}
		if len(ids) != 4 || ids[1] != "topic:77:NATO and Article 5" {
			t.Errorf("topic buttons: %v", ids)
		}
	})
}

func TestPaging(t *testing.T) {
	a := &answers{perPage: 1}
	ans := loadAnswer(t, "search") // two passages: two pages
	q := query{Kind: queryAsk, Text: "who is Claudia Major?"}
	tests := []struct {
		page                 int
		backOff, moreOff     bool
		wantText, wantFooter string
	}{
		{0, true, false, "Claudia", "Page 1 of 2 · asked: who is Claudia Major?"},
		{1, false, true, "Keir Starmer", "Page 2 of 2 · asked: who is Claudia Major?"},
		{7, false, true, "Keir Starmer", "Page 2 of 2 · asked: who is Claudia Major?"},
	}
	for _, tt := range tests {
		resp := a.render(ans, q, tt.page, "99")
		row := resp.Components[0].(discordgo.ActionsRow)
		back, more := row.Components[0].(discordgo.Button), row.Components[1].(discordgo.Button)
		if back.Disabled != tt.backOff || more.Disabled != tt.moreOff {
			t.Errorf("page %d: back disabled %v, more disabled %v", tt.page, back.Disabled, more.Disabled)
		}
		if !strings.Contains(resp.Embeds[0].Description, tt.wantText) || resp.Embeds[0].Footer.Text != tt.wantFooter {
			t.Errorf("page %d: footer %q, description %q", tt.page, resp.Embeds[0].Footer.Text, resp.Embeds[0].Description)
		}
		for _, b := range []discordgo.Button{back, more} {
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
		e := a.render(ans, q, page, "1").Embeds[0]
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
