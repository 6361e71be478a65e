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
	replies, err := collect(context.Background(), golden, true, "", 5)
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
