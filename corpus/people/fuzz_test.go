package people

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyse reads two arbitrary paragraphs: every quotation and every
// reported clause is the article's own text, reported speech is never
// among quotations, and a speaker is always someone the document names.
func FuzzAnalyse(f *testing.F) {
	for _, s := range [][2]string{
		{`"We want peace," said Kremlin spokesman Dmitry Peskov.`, `In response, he said: "Once we see them, we will analyze them."`},
		{`Standing next to Merz, Zelensky said the guarantees must come "with respect for Ukraine," he said.`, `They said that there had been talks. Merz said that it was good.`},
		{`**Observer:** Is it realistic?`, `**Lindqvist:** Size helps, but access matters more than anything.`},
		{`Q: What now?`, `A: We wait and we see what they do next time.`},
		{`"" " "“”„«»`, `Zelenskyy said "a b c d" Zelensky's office said: "e f g h"`},
		{`the spokesman for Russian President Vladimir Putin said: "No plans now at all."`, `Witkoff and Kushner met. "It went well today," he said.`},
		{`He said. She said. Peskov told Zelensky. They said.`, `"Unclosed quote runs on and on`},
	} {
		f.Add(s[0], s[1])
	}
	lx := Default()
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		ps := []Paragraph{{Text: a, Num: 1}, {Text: b, Num: 2}}
		d, err := lx.Analyse(ps, Options{})
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{}
		for _, p := range d.People(nil) {
			names[p.Name] = true
		}
		for _, q := range d.Quotes {
			if q.Reported || !strings.Contains(ps[q.Paragraph-1].Text, q.Text) {
				t.Fatalf("quote %+v not a quotation of its paragraph", q)
			}
			if q.Speaker != "" && !names[q.Speaker] {
				t.Fatalf("speaker %q is no one the document names", q.Speaker)
			}
		}
		for _, q := range d.Reported {
			if !q.Reported || q.Speaker == "" || !strings.Contains(ps[q.Paragraph-1].Text, q.Text) {
				t.Fatalf("reported %+v not the article's own words by a named person", q)
			}
		}
		if _, err := lx.Analyse(ps, Options{Steps: 1}); err == nil && len(a)+len(b) > 64 {
			t.Fatal("a budget of one step was not enforced")
		}
	})
}

func FuzzParseExtension(f *testing.F) {
	f.Add("people:\n  - {name: Karl Brandt, gender: male, aliases: [Carl Brandt]}\n")
	f.Add("titles:\n  - {word: quartermaster, kind: noun}\nspeech_verbs:\n  - {form: deadpanned, kind: say}\n")
	f.Add("people:\n  - nme: typo\n")
	f.Add("")
	f.Add("people: [{name: ''}]")
	f.Fuzz(func(t *testing.T, s string) {
		lx, err := Default().Extend([]byte(s))
		if err != nil {
			return
		}
		for _, k := range lx.KnownPeople() {
			if strings.TrimSpace(k.Name) == "" {
				t.Fatalf("accepted a person without a name: %+v", k)
			}
		}
	})
}

// FuzzReadLabel: an interview label is a few capitalised words and a
// colon opening the paragraph, and its end is inside the text.
func FuzzReadLabel(f *testing.F) {
	for _, s := range []string{"**Kjellberg:** It is realistic.", "Q: What now?", "A: Yes.", "PESKOV: No comment.", "Background: none", "**DW:**", ":", "a: b", "Ülkü Öz: yes", "PRESIDENT ZELENSKY (via interpreter): No.", "X (: y", "A (b) (c): d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, _, end, ok := readLabel(s)
		if !ok {
			return
		}
		if end > len(s) || end <= 0 || name == "" || len(strings.Fields(name)) > maxLabelWords || !strings.Contains(s[:end], ":") {
			t.Fatalf("readLabel(%q) = %q, %d", s, name, end)
		}
	})
}

// FuzzFind: the people a question names are stretches of it, in order,
// not overlapping.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"peskov on the security guarantees?", "what did the SWP expert say", "Zelensky NATO", "Ukraine's security council secretary", "", "the the the", "gen marquart", "ÄÖÜ é ß", strings.Repeat("Peskov ", 100)} {
		f.Add(s)
	}
	m := Default().NewMatcher(candidates)
	f.Fuzz(func(t *testing.T, q string) {
		last := 0
		for _, sp := range m.Find(q, MatchOptions{}) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(q) || sp.Index < 0 || sp.Index >= len(candidates) {
				t.Fatalf("Find(%q) span %+v", q, sp)
			}
			last = sp.End
		}
		m.Closest(q, 3)
	})
}
