package bot

import (
	"context"
	"strings"
	"testing"
)

// TestRenderGoldenFromEngine renders what members see for real questions
// over the embedded articles, end to end from the corpus reader through the
// engine to the embed, so a change anywhere on that path shows up here as a
// reviewed golden diff. The fixtures of TestRenderGolden pin the renderer
// alone.
func TestRenderGoldenFromEngine(t *testing.T) {
	a := &answers{engine: newTestLive(t), perPage: 3}
	tests := []struct {
		golden string
		q      query
		want   []string // what a member must read in the embed
	}{
		{"engine_quote", query{Kind: queryAsk, Text: "what did Peskov say"},
			[]string{"Dmitry Peskov (Kremlin spokesman) is quoted twice", "> — **Dmitry Peskov** [", "We have not seen any texts yet", "DW · 18 Dec 2025 · ¶"}},
		{"engine_search", query{Kind: queryAsk, Text: "security garantees"},
			[]string{"security guarantees", "[1]"}},
		{"engine_not_quoted", query{Kind: queryAsk, Text: "what did Merz say"},
			[]string{"never quoted", "Merz"}},
		{"engine_noanswer", query{Kind: queryAsk, Text: "who won the world cup"},
			[]string{"don't cover"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			resp, err := a.reply(context.Background(), tt.q, 0, "4242")
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(resp.Embeds))
			}
			e := resp.Embeds[0]
			checkLimits(t, e)
			text := e.Description
			for _, f := range e.Fields {
				text += "\n" + f.Value
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("embed lacks %q:\n%s", w, text)
				}
			}
			goldenCompare(t, tt.golden, resp)
		})
	}
}

// A paragraph where the article both reports someone and quotes them is
// shown whole, once, marked as such: never its quote as a block quote
// and its report apart, and never again among the passages.
func TestParagraphReportingAndQuoting(t *testing.T) {
	a := &answers{engine: newTestLive(t), perPage: 5}
	resp, err := a.reply(context.Background(), query{Kind: queryAsk, Text: "what did Claudia Major say"}, 0, "4242")
	if err != nil {
		t.Fatal(err)
	}
	e := resp.Embeds[0]
	checkLimits(t, e)
	d := e.Description
	if !strings.Contains(d, "**Claudia Major** *(reported and quoted in one paragraph)*: She said that") {
		t.Errorf("the paragraph is not shown whole and marked:\n%s", d)
	}
	if strings.Contains(d, "> Will troops be sent") || strings.Count(d, "Will troops be sent") != 1 {
		t.Errorf("its quote is shown apart, or twice:\n%s", d)
	}
}
