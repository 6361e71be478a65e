package index_test

import (
	"context"
	"fmt"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

func exampleCorpus() *corpus.Corpus {
	return &corpus.Corpus{
		Documents: []*corpus.Document{{
			ID: "grain.txt", Title: "Grain talks resume", Outlet: "Harbour Post", Date: "2026-03-03",
			Passages: []corpus.Passage{
				{Text: `"A hotline is a small step," said Turkish foreign minister Selin Arslan.`, Section: "Inspections", Paragraph: 1},
				{Text: "Insurers refuse to cover ships in the northwestern Black Sea.", Section: "Shipping", Paragraph: 2},
			},
			Quotes: []corpus.Quote{{Speaker: "Selin Arslan", Role: "Turkish foreign minister", Text: "A hotline is a small step,", Paragraph: 1}},
		}},
		People: []corpus.Person{{Name: "Selin Arslan", Role: "Turkish foreign minister", Aliases: []string{"arslan"}, Quotes: 1, Mentions: 1}},
	}
}

func ExampleEngine_Ask() {
	ctx := context.Background()
	e, err := index.Build(ctx, index.BuildOptions{Corpus: exampleCorpus(), Topics: []index.Topic{}})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	a, _ := e.Ask(ctx, "what did arslan say", index.AskOptions{})
	fmt.Println(a.Speaker, "-", a.Quotes[0].Text)
	a, _ = e.Ask(ctx, "ship insurence", index.AskOptions{})
	fmt.Println(a.Passages[0].Highlight)
	// Output:
	// Selin Arslan - A hotline is a small step
	// **Insurers** refuse to cover **ships** in the northwestern Black Sea.
}

func ExampleRender() {
	ctx := context.Background()
	e, err := index.Build(ctx, index.BuildOptions{Corpus: exampleCorpus()})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	a, _ := e.Ask(ctx, "what did the Turkish foreign minister say", index.AskOptions{Limit: 1})
	fmt.Print(index.Render(a).Text())
	// Output:
	// Selin Arslan (Turkish foreign minister) is quoted once in the articles:
	//
	// > A hotline is a small step
	// > — Selin Arslan [1]
	//
	// Passages:
	//
	// "A hotline is a small step," said Turkish foreign minister **Selin Arslan**. [1]
	//
	// Sources:
	// [1] Grain talks resume · Harbour Post · 2026-03-03 · Inspections ¶1
}

// RenderIn gives the reply's own words in another language; the articles'
// text stays as written.
func ExampleRenderIn() {
	ctx := context.Background()
	e, err := index.Build(ctx, index.BuildOptions{Corpus: exampleCorpus()})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	a, _ := e.Ask(ctx, "what did arslan say", index.AskOptions{Limit: 1})
	fmt.Println(index.RenderIn(a, i18n.Ukrainian).Intro)
	fmt.Println(index.RenderIn(a, i18n.German).Intro)
	// Output:
	// Selin Arslan (Turkish foreign minister) цитується в статтях один раз:
	// Selin Arslan (Turkish foreign minister) wird in den Artikeln einmal zitiert:
}
