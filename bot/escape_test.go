package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*bold* _it_ ~~s~~ `code` ||spoiler||", `\*bold\* \_it\_ \~\~s\~\~ \` + "`" + `code\` + "`" + ` \|\|spoiler\|\|`},
		{"# heading\n- item\n> quote", "\\# heading\n\\- item\n\\> quote"},
		{"a - b # c", "a - b # c"},
		{"hi @everyone and @here", "hi @\u200beveryone and @\u200bhere"},
		{"<@123> <#456> <@&789>", `\<@123\> \<#456\> \<@&789\>`},
		{"[click](https://evil.example)", `\[click\](https://evil.example)`},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEscapeHighlight(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the **Kremlin** said *no*", `the **Kremlin** said \*no\*`},
		{"unpaired **bold here", `unpaired bold here`},
		{"**a** and **b**", "**a** and **b**"},
		{"**NATO**-style\n- item", "**NATO**-style\n\\- item"},
		{"empty **** pair", "empty **\u200b** pair"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := EscapeHighlight(tt.in); got != tt.want {
				t.Errorf("EscapeHighlight(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCut(t *testing.T) {
	long := "The Kremlin rejected the idea. It wants peace, not a truce. Talks continue in Berlin next week with many officials."
	tests := []struct {
		name, in string
		max      int
		want     string
		cut      bool
	}{
		{"fits", "Short.", 100, "Short.", false},
		{"sentence boundary", long, 70, "The Kremlin rejected the idea. It wants peace, not a truce.", true},
		{"word boundary with ellipsis when no sentence fits", "Alpha beta gamma delta epsilon zeta eta theta", 20, "Alpha beta gamma …", true},
		{"never inside bold", "Some **very long bold words here** end.", 26, "Some **very long bold**" + ellipsis, true},
		{"never splits an escape", `one two \*three\* four`, 12, "one two" + ellipsis, true},
		{"counts UTF-16 like Discord", "😀😀😀 word. more", 12, "😀😀😀 word.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Cut(tt.in, tt.max)
			if got != tt.want || cut != tt.cut {
				t.Errorf("Cut(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.cut)
			}
			if Len(got) > tt.max {
				t.Errorf("Len %d > %d", Len(got), tt.max)
			}
		})
	}
}

// checkCut asserts the promises Cut makes, for the fuzzer and tests.
func checkCut(t *testing.T, in string, max int) {
	t.Helper()
	got, cut := Cut(in, max)
	if Len(got) > max && max >= 0 {
		t.Fatalf("Cut(%q, %d) = %q: longer than max", in, max, got)
	}
	if !cut && got != in {
		t.Fatalf("Cut(%q, %d) changed text without reporting a cut", in, max)
	}
	if !utf8.ValidString(got) && utf8.ValidString(in) {
		t.Fatalf("Cut(%q, %d) = %q: invalid UTF-8", in, max, got)
	}
	if cut {
		body := strings.TrimSuffix(got, ellipsis)
		if strings.HasSuffix(body, "**") && strings.Count(body, "**")%2 == 1 {
			t.Fatalf("Cut(%q, %d) = %q opens bold at the end", in, max, got)
		}
		if strings.Count(in, "**")%2 == 0 && !strings.Contains(in, `\*`) && strings.Count(got, "**")%2 != 0 {
			t.Fatalf("Cut(%q, %d) = %q leaves bold open", in, max, got)
		}
		if n := len(body) - len(strings.TrimRight(body, `\`)); n%2 == 1 {
			t.Fatalf("Cut(%q, %d) = %q ends inside an escape", in, max, got)
		}
		if body != "" && !strings.HasPrefix(in, strings.TrimSuffix(body, "**")) {
			t.Fatalf("Cut(%q, %d) = %q is not a prefix", in, max, got)
		}
	}
}

func FuzzEscapeCut(f *testing.F) {
	for _, s := range []string{
		"The **Kremlin** rejected the idea. It wants *peace*.",
		"@everyone <@123> [x](https://e.example) `a` ||b||",
		"# head\n- list\n> quote\n",
		"😀 emoji **bold 😀** end.",
		`trailing \`,
		"****",
	} {
		f.Add(s, 20)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 5000 {
			return
		}
		e := Escape(s)
		for _, bad := range []string{"@everyone", "@here"} {
			if strings.Contains(e, bad) {
				t.Fatalf("Escape(%q) = %q keeps %s", s, e, bad)
			}
		}
		h := EscapeHighlight(s)
		if strings.Count(h, "**")%2 != 0 {
			t.Fatalf("EscapeHighlight(%q) = %q: unbalanced bold", s, h)
		}
		checkCut(t, e, max)
		checkCut(t, h, max)
	})
}
