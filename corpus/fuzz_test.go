package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDoc holds what any parsed document must satisfy, whatever came in.
func checkDoc(t *testing.T, d *Document) {
	t.Helper()
	last := 0
	for _, p := range d.Passages {
		if strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) {
			t.Fatalf("empty or invalid passage %q", p.Text)
		}
		if p.Paragraph < last || p.Paragraph < 1 {
			t.Fatalf("paragraph numbers out of order: %d after %d", p.Paragraph, last)
		}
		last = p.Paragraph
	}
	if d.Date != "" && (len(d.Date) != 10 || d.Date[4] != '-' || d.Date[7] != '-') {
		t.Fatalf("date %q not YYYY-MM-DD", d.Date)
	}
	for _, q := range d.Quotes {
		if q.Paragraph < 1 || q.Paragraph > last {
			t.Fatalf("quote in paragraph %d of %d", q.Paragraph, last)
		}
		// A quote's text is exactly what the article says.
		var para strings.Builder
		for _, p := range d.Passages {
			if p.Paragraph == q.Paragraph {
				para.WriteString(p.Text + " ")
			}
		}
		if !strings.Contains(para.String(), q.Text) {
			t.Fatalf("quote %q not in its paragraph %q", q.Text, para.String())
		}
	}
}

func addSeeds(f *testing.F, glob string) {
	files, _ := filepath.Glob(glob)
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, "embedded/*.txt")
	addSeeds(f, "testdata/articles/*.txt")
	addSeeds(f, "testdata/fixtures/*.txt")
	f.Add([]byte("Title\nBy A B\nJan 1, 2025\n\n\"unclosed quote, he said."))
	f.Add([]byte("12:42 GMT\nEntry one is here.\n13:10 GMT\nEntry two.\n14:00 GMT\n"))
	f.Add([]byte("KYIV, Dec 15 (X) - \nA: q?\nB: a.\nA: q?\n###\nafter"))
	f.Add([]byte("-\n-\n1. Skip to content\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ParseFile("f.txt", data, nil); err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, "testdata/articles/*.md")
	addSeeds(f, "testdata/fixtures/*.md")
	f.Add([]byte("- a\n  - b\n\n1. c\n\n<div>x</div>\n\n    code\n\n> q\n"))
	f.Add([]byte("---\ntitle: x\ndate: 2025-01-01\n---\n# H\n\ntext *em* [l](u)\n"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("```\ncode\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ParseFile("f.md", data, nil); err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, "testdata/articles/*.html")
	addSeeds(f, "testdata/fixtures/*.html")
	f.Add([]byte("<html><body><p>Only one paragraph here, said nobody at all.</p></body></html>"))
	f.Add([]byte("<p><p><div></p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ParseFile("f.html", data, nil); err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Published 14 December 2025", "December 18, 2025", "2025-11-27T08:45:00+01:00", "18.12.2025", "31 February 2025", "Dec. 19, 2025 10:15 GMT",
		"December 20, 2025 10:42 AM GMT+1 Updated 2 hours ago", "3rd of March 2024", "12/18/2025", "1.2.2025", "Mon, 15 Dec 2025 12:42:00 +0100", "2025-12-18-19"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if again, err := ParseDate(d); err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %q, which reparses as %q, %v", s, d, again, err)
		}
	})
}

func FuzzQuotes(f *testing.F) {
	f.Add(`"We have not seen any texts yet," said Kremlin spokesman Dmitry Peskov.`, `In response, he said: "Once we see them, we will analyze them."`)
	f.Add(`She said: “It is support. However, it is not an obligation,” she told ARD.`, `He said "on the path to victory," he said. "Unclosed`)
	f.Add(`"" " "“”„«»`, `Zelenskyy said "a b c d" Zelensky`)
	f.Add(`"We will not accept any deal," said Danish prime minister Henrik Larsen. She argued "this is final and binding now."`, `In their "Leader's statement on Ukraine," European leaders referred to a "force made up from willing nations."`)
	f.Add(`"The plan is dead and buried," said Dr. J. D. Vance. Rustem Umerov, Ukraine's chief negotiator, said`, `Jared Kushner, the son-in-law of US President Donald Trump, and Ukrainian President Volodymyr Zelenskyy, US special envoy Steve Witkoff,`)
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		ps := []paragraph{{text: normSpace(a), num: 1}, {text: normSpace(b), num: 2}}
		quotes, _ := analyse(ps)
		for _, q := range quotes {
			if !strings.Contains(ps[q.Paragraph-1].text, q.Text) {
				t.Fatalf("quote %q not in paragraph %q", q.Text, ps[q.Paragraph-1].text)
			}
			// One word short is kept only when a speaker is named saying it.
			if n := wordCount(q.Text); n < minQuoteWords-1 || n < minQuoteWords && q.Speaker == "" {
				t.Fatalf("scare quote %q kept", q.Text)
			}
		}
	})
}

func FuzzParseMeta(f *testing.F) {
	addSeeds(f, "embedded/*.meta.yaml")
	f.Add([]byte("date: [1, 2]\n"))
	f.Add([]byte("titel: x\nautor: [a, b]\ntitle: y\ntitle: z\n"))
	f.Add([]byte("- a\n- b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, warnings, err := ParseMeta(data)
		if err == nil && m == nil {
			t.Fatalf("ParseMeta(%q) = nil, %q, nil", data, warnings)
		}
	})
}

// FuzzLine feeds one line to every reader of a single line: none may
// panic, and what they return must come from the line.
func FuzzLine(f *testing.F) {
	for _, s := range []string{
		"KYIV, Dec 15 (Meridian) - Ukraine said on Monday it was ready.", "MOSCOW, December 16. /Volga Agency/. The Kremlin said.",
		"WASHINGTON, United States", "Kyiv, 16 December 2025", "By MARTA KOWAL and ERIC LANE Northline Press",
		"Reporting by A in B and C; Editing by D", "Published 19.12.2025 | Updated 19.12.2025 14:10", "3:15 p.m. ET",
		"ua en ru", "(mk)", "mk/jcg (AFP, Reuters)", "caption. MERIDIAN/Jana Holt/File Photo Buy reprint rights, opens new tab",
		"© 2025 The Harbour Times. All rights reserved.", "Comments (12)", "Tags: a, b", "2h ago",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ln := line{text: s}
		classify(&ln)
		if _, rest, ok := datelinePrefix(s); ok && !strings.HasSuffix(strings.TrimSpace(s), rest) {
			t.Fatalf("datelinePrefix(%q) left %q", s, rest)
		}
		if who, _, ok := byline(s); ok && who == "" {
			t.Fatalf("byline(%q) is empty", s)
		}
		if d, ok := dateLine(s); ok {
			if again, err := ParseDate(d); err != nil || again != d {
				t.Fatalf("dateLine(%q) = %q, which reparses as %q, %v", s, d, again, err)
			}
		}
		_, _ = stampLine(s)
		_ = relativeLine(s)
		_, _ = credits(s)
		_ = copyrightHolder(s)
	})
}
