package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// TestBoldIsDistinctive asks every question of the relevance suites (and
// the render goldens') and checks every bold word of every passage: none
// is in more than half of the corpus's passages, and a common word (not a
// name) in at most a third.
func TestBoldIsDistinctive(t *testing.T) {
	tests := []struct {
		name  string
		load  func() (*corpus.Corpus, error)
		cases string
		extra []string
	}{
		{"embedded", func() (*corpus.Corpus, error) { return embedded(t), nil }, "testdata/relevance/embedded.yaml",
			[]string{"security garantees", "security guarantees for Ukraine", "Ukraine", "what did Zelensky say about Ukraine's security"}},
		{"corpus2", func() (*corpus.Corpus, error) { return corpus.Load("testdata/corpus2") }, "testdata/relevance/corpus2.yaml", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			e, err := Build(context.Background(), BuildOptions{Corpus: c})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			cases, err := LoadEval(tt.cases)
			if err != nil {
				t.Fatal(err)
			}
			questions := tt.extra
			for _, c := range cases {
				questions = append(questions, c.Question)
			}
			n := e.vocab.n
			bolded := 0
			for _, q := range questions {
				a, err := e.Ask(context.Background(), q, AskOptions{Limit: 5})
				if err != nil {
					t.Fatalf("%q: %v", q, err)
				}
				for _, p := range a.Passages {
					if got := highlight(p.Text, p.Marks); got != p.Highlight {
						t.Errorf("%q: Highlight does not follow Marks:\n%s\n%s", q, got, p.Highlight)
					}
					for _, m := range p.Marks {
						if !slices.ContainsFunc(p.Matches, func(x Mark) bool { return x.Start <= m.Start && m.End <= x.End }) {
							t.Errorf("%q: bold %v lies outside the matches %v", q, m, p.Matches)
						}
						for sp := range words(p.Text[m.Start:m.End]) {
							w := p.Text[m.Start+sp.start : m.Start+sp.end]
							df := e.vocab.df(e.terms.of(w))
							bolded++
							if df*2 > n {
								t.Errorf("%q: bold %q is in %d of %d passages (more than half)", q, w, df, n)
							}
							if df*boldShare > n && df > 1 && !isName(p.Text, m.Start+sp.start) {
								t.Errorf("%q: bold %q (not a name) is in %d of %d passages", q, w, df, n)
							}
						}
					}
				}
			}
			if bolded == 0 {
				t.Error("nothing was bold at all: the filter keeps too little")
			}
		})
	}
}

func TestDistinctiveMarks(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	text := "Ukraine wants security guarantees, Peskov said, and a Christmas truce."
	span := func(w string) Mark {
		i := strings.Index(text, w)
		return Mark{i, i + len(w)}
	}
	marks := []Mark{span("Ukraine"), span("security guarantees"), span("Peskov"), span("Christmas truce")}
	got := highlight(text, e.distinctiveMarks(text, marks))
	// "Ukraine", "security" and "guarantees" are in most of the embedded
	// corpus's passages; Peskov, Christmas and truce are not.
	want := "Ukraine wants security guarantees, **Peskov** said, and a **Christmas truce**."
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestIsName(t *testing.T) {
	text := `Security matters. Talks with Peskov began; "Russia wants more," said Mr Smith: Europe`
	tests := []struct {
		word string
		want bool
	}{
		{"Security", false}, // opens the text
		{"Talks", false},    // opens a sentence
		{"Peskov", true},
		{"Russia", true}, // a semicolon and a quote mark do not begin a sentence
		{"Smith", true},
		{"Europe", false}, // after a colon
		{"with", false},
	}
	for _, tt := range tests {
		i := strings.Index(text, tt.word)
		if got := isName(text, i); got != tt.want {
			t.Errorf("isName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// A word only distantly related to the question's ("give" and
// "continuation", related to "held" in some sense of it) counts for a
// little but is never bold: bold shows where a passage answers.
func TestDistantRelativesAreNotBold(t *testing.T) {
	e := engineOf(t, embedded(t))
	a := ask(t, e, "where were the talks held")
	if len(a.Passages) == 0 {
		t.Fatal("no passages")
	}
	for _, p := range a.Passages {
		for _, w := range []string{"**give**", "**continuation**", "**continue**"} {
			if strings.Contains(p.Highlight, w) {
				t.Errorf("%s bold in %q", w, p.Highlight)
			}
		}
	}
	if !strings.Contains(a.Passages[0].Highlight, "**talks**") {
		t.Errorf("the question's own word is not bold: %q", a.Passages[0].Highlight)
	}
}
