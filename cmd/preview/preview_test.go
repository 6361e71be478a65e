package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a **bold** word", "a <strong>bold</strong> word"},
		{`\*not bold\* and \<@1\>`, "*not bold* and &lt;@1&gt;"},
		{"*italic* title", "<em>italic</em> title"},
		{"2 * 3 = 6", "2 * 3 = 6"},
		{"`/ask question:`", "<code>/ask question:</code>"},
		{`[1] [DW · ¶9](https://dw.com/a "A title") — *T*`, `[1] <a href="https://dw.com/a" title="A title">DW · ¶9</a> — <em>T</em>`},
		{"[x](javascript:alert(1))", "[x](javascript:alert(1))"},
		{"> one\n> — **P** [1]\n\nafter", "<blockquote>one<br>— <strong>P</strong> [1]<br></blockquote><br>after"},
		{"<script>", "&lt;script&gt;"},
	}
	for _, tt := range tests {
		if got := markdown(tt.in); got != tt.want {
			t.Errorf("markdown(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestPage draws the golden replies and the live answers onto one page.
func TestPage(t *testing.T) {
	golden := filepath.Join("..", "..", "bot", "testdata", "golden")
	files, _ := filepath.Glob(filepath.Join(golden, "*.json"))
	replies, err := collect(context.Background(), golden, true, "", 5, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(replies) != len(files)+len(live) {
		t.Fatalf("%d replies, want %d goldens and %d live", len(replies), len(files), len(live))
	}
	dir := t.TempDir()
	if err := write(dir, "test", pick(replies, []string{"ask-search", "ask-no-answer", "quote"})); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{`data-name="ask-search"`, `class="embed"`, `Next ›`, `class="select">Pick a topic the articles cover`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, `<section class="reply"`); n != 3 {
		t.Errorf("%d replies drawn, want 3", n)
	}
}

// --corpus and --ask draw the answers to a member's own questions over a
// folder of articles, and nothing else when the live set is left out.
func TestPageOfOwnQuestions(t *testing.T) {
	dir := t.TempDir()
	text := "Title: Families wait\nOutlet: Wire\nDate: 2027-02-12\n\n" +
		"Olha Reshetnyak travelled from Zaporizhzhia to stand outside the talks. \"They told me his name is in the second group,\" she said. \"I will believe it when I hear his voice.\"\n"
	if err := os.WriteFile(filepath.Join(dir, "wire.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	replies, err := collect(context.Background(), "", false, "", 5, dir, []string{"what did olha reshetnyak say"})
	if err != nil {
		t.Fatal(err)
	}
	if len(replies) != 1 || replies[0].Name != "ask-1" {
		t.Fatalf("replies %+v, want the one asked", replies)
	}
	var all strings.Builder
	all.WriteString(replies[0].Msg.Content)
	for _, e := range replies[0].Msg.Embeds {
		all.WriteString(e.Description)
		for _, f := range e.Fields {
			all.WriteString(f.Value)
		}
	}
	if !strings.Contains(all.String(), "in the second group … I will believe it") {
		t.Errorf("the paragraph's two quotes are not one block:\n%s", all.String())
	}
}
