package index

import (
	"context"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// typedCorpus holds, for each kind of typed question, a passage that
// matches the question's words without the thing asked for, ranked first
// by words alone (it repeats them), and one that holds it.
func typedCorpus() *corpus.Corpus {
	texts := []string{
		// when
		"The talks were long, the talks were tense, and the talks ended without a deal.",
		"The talks took place on December 14 and 15.",
		// where
		"Delegates said the summit was useful. The summit was the first of its kind, the summit organisers said.",
		"The summit was held at the Chancellery in Berlin.",
		// how many
		"Observers from many nations would watch the line; observers would report to the observers' council.",
		"The mission would deploy 2,400 observers along the front line.",
		// which organisation
		"Claudia Major spoke at length; Major, who has written widely, spoke again later.",
		"Claudia Major is a security expert at the German Marshall Fund.",
		// unrelated filler, so that words are not in every passage
		"Heavy snow fell across the region overnight.",
		"Farmers said the harvest had been poor.",
	}
	doc := &corpus.Document{ID: "typed.txt", Title: "Typed", Outlet: "Test Wire", Date: "2025-12-16"}
	for i, t := range texts {
		doc.Passages = append(doc.Passages, corpus.Passage{Text: t, Paragraph: i + 1})
	}
	return &corpus.Corpus{Documents: []*corpus.Document{doc}}
}

// A passage that matches the words and holds the type of thing asked for
// (a date, a place, a number, an organisation) ranks above one that only
// matches the words.
func TestAnswerTypes(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: typedCorpus()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		q, kind, want string
	}{
		{"when were the talks", "when", "December 14 and 15"},
		{"what date were the talks", "when", "December 14 and 15"},
		{"where was the summit", "where", "at the Chancellery in Berlin"},
		{"in which city was the summit", "where", "at the Chancellery in Berlin"},
		{"how many observers", "howmany", "2,400 observers"},
		{"number of observers", "howmany", "2,400 observers"},
		{"which organisation does Claudia Major work for", "org", "German Marshall Fund"},
		{"claudia major works for which think tank", "org", "German Marshall Fund"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if in := e.understand(tt.q); string(in.kind) != tt.kind {
				t.Errorf("kind %q, want %q", in.kind, tt.kind)
			}
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, tt.want) {
				t.Errorf("first passage %v, want the one with %q", firstText(a), tt.want)
			}
		})
	}
}

func firstText(a *Answer) string {
	if len(a.Passages) == 0 {
		return "(none)"
	}
	return a.Passages[0].Text
}

// The abstention rule: a question is out of scope when what it is about is
// missing from the articles (a name they never mention, a rare word, a
// thing), not when an everyday word is ("held", "stop", "promise"), and a
// word of everyday English is never taken for a typo of an article's word.
func TestAbstention(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		q        string
		answered bool
	}{
		{"where were the talks held", true},
		{"will the bombing stop over the holidays", true},
		{"what kind of ceasefire monitoring is planned", true},
		{"security garantees", true},
		{"what's the weather in Kyiv tomorrow", false},
		{"how many troops does the US have in Japan", false},
		{"ukraine eurovision", false},
		{"Christmas presents for kids", false},
		{"best pizza recipe", false},
		{"asdkjh qwpoeiru zzxv", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Answered() != tt.answered {
				t.Errorf("answered %v (relevance %.3f), want %v: %s", a.Answered(), a.relevance, tt.answered, firstText(a))
			}
			if !a.Answered() && len(a.Suggestions) == 0 {
				t.Error("no answer and no topics suggested")
			}
		})
	}
}

// Graded confidence: a question the articles answer in other words gets
// their closest passages, said to be such; one they answer in its own
// words is answered plainly.
func TestClosestPassages(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		q       string
		closest bool
	}{
		{"will the bombing stop over the holidays", true},
		{"article 5", false},
		{"christmas ceasefire", false},
	}
	for _, tt := range tests {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered() || a.Closest != tt.closest {
			t.Errorf("%q: answered %v, closest %v (relevance %.3f), want answered, closest %v", tt.q, a.Answered(), a.Closest, a.relevance, tt.closest)
		}
		if intro := Render(a).Intro; strings.Contains(intro, "Closest") != tt.closest {
			t.Errorf("%q: intro %q", tt.q, intro)
		}
	}
}
