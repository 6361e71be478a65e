package bot

import (
	"strings"
	"testing"

	"github.com/talksbot/talksbot/index"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{`He said "stop." Then he left.`, []string{`He said "stop."`, "Then he left."}},
		{"Mr. Smith met Dr. Jones in the U.S. capital. J. D. Vance spoke.", []string{"Mr. Smith met Dr. Jones in the U.S. capital.", "J. D. Vance spoke."}},
		{"NATO's Article 5. The US proposal stands.", []string{"NATO's Article 5.", "The US proposal stands."}},
		{"It rose 2.5 percent. prices fell. 2026 comes.", []string{"It rose 2.5 percent. prices fell.", "2026 comes."}},
		{"  ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sentenceSpans(tt.text) {
			got = append(got, tt.text[s.start:s.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentenceSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func mark(text, word string) index.Mark {
	i := strings.Index(text, word)
	return index.Mark{Start: i, End: i + len(word)}
}

// TestTrimKeepsTheAnsweringSentencesVerbatim: a long passage keeps the
// sentences holding the question's words, word for word, with an
// ellipsis at every cut; a short one is left whole.
func TestTrimKeepsTheAnsweringSentencesVerbatim(t *testing.T) {
	text := "The talks began in Berlin on Sunday. Delegations arrived late. " +
		"Peskov said the Kremlin had seen no texts. Officials declined to comment. " +
		"The weather was cold. A second round is planned for January, Peskov added. Nothing else was agreed."
	marks := []index.Mark{mark(text, "Peskov"), mark(text, "Kremlin")}
	marks = append(marks, index.Mark{Start: strings.LastIndex(text, "Peskov"), End: strings.LastIndex(text, "Peskov") + len("Peskov")})

	t.Run("short passages stay whole", func(t *testing.T) {
		got := trimPassage(text, marks, nil, 1000)
		if got.Text != text || got.Cut || len(got.Marks) != 3 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("long passages keep what answers", func(t *testing.T) {
		got := trimPassage(text, marks, nil, 140)
		want := "… Peskov said the Kremlin had seen no texts. … A second round is planned for January, Peskov added. …"
		if got.Text != want {
			t.Errorf("got  %q\nwant %q", got.Text, want)
		}
		for _, piece := range strings.Split(got.Text, cutMark) {
			if p := strings.TrimSpace(piece); p != "" && !strings.Contains(text, p) {
				t.Errorf("%q is not the article's text", p)
			}
		}
		var bold []string
		for _, m := range got.Marks {
			bold = append(bold, got.Text[m.Start:m.End])
		}
		if strings.Join(bold, ",") != "Peskov,Kremlin,Peskov" {
			t.Errorf("marks rebased onto %q", bold)
		}
	})
	t.Run("the best sentence first when only one fits", func(t *testing.T) {
		got := trimPassage(text, marks, nil, 60)
		if got.Text != "… Peskov said the Kremlin had seen no texts. …" {
			t.Errorf("got %q", got.Text)
		}
	})
	t.Run("matches count where bold was left out", func(t *testing.T) {
		// "talks" is too common to be bold, but it is where the passage
		// answers a question about the talks.
		got := trimPassage(text, nil, []index.Mark{mark(text, "talks")}, 60)
		if got.Text != "The talks began in Berlin on Sunday. …" {
			t.Errorf("got %q", got.Text)
		}
	})
	t.Run("a sentence too long for the room is cut around its match", func(t *testing.T) {
		long := strings.Repeat("word ", 60) + "Peskov spoke " + strings.Repeat("more ", 40) + "end."
		got := trimPassage(long, []index.Mark{mark(long, "Peskov")}, nil, 120)
		if !strings.HasPrefix(got.Text, cutMark+" ") || !strings.HasSuffix(got.Text, " "+cutMark) || !strings.Contains(got.Text, "Peskov spoke") || Len(got.Text) > 120 {
			t.Errorf("got %q (%d)", got.Text, Len(got.Text))
		}
		if len(got.Marks) != 1 || got.Text[got.Marks[0].Start:got.Marks[0].End] != "Peskov" {
			t.Errorf("marks %v", got.Marks)
		}
	})
	t.Run("no match: the opening", func(t *testing.T) {
		got := trimPassage(text, nil, nil, 80)
		if got.Text != "The talks began in Berlin on Sunday. …" {
			t.Errorf("got %q", got.Text)
		}
	})
}

func FuzzTrimPassage(f *testing.F) {
	f.Add("The talks began. Peskov said no. Officials declined.", 17, 23, 30)
	f.Add("Один. Два! Три? "+strings.Repeat("слово ", 50), 0, 6, 40)
	f.Fuzz(func(t *testing.T, text string, start, end, room int) {
		if room < 1 || room > 2000 {
			return
		}
		var marks []index.Mark
		if 0 <= start && start < end && end <= len(text) {
			marks = []index.Mark{{Start: start, End: end}}
		}
		got := trimPassage(text, marks, marks, room)
		for _, m := range got.Marks {
			if m.Start < 0 || m.End > len(got.Text) || m.Start >= m.End {
				t.Fatalf("mark %v outside %q", m, got.Text)
			}
		}
		for _, piece := range strings.Split(got.Text, cutMark) {
			if p := strings.TrimSpace(piece); p != "" && !strings.Contains(text, p) {
				t.Fatalf("%q is not in %q", p, text)
			}
		}
	})
}
