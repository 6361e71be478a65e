package corpus_test

import (
	"fmt"

	"github.com/talksbot/talksbot/corpus"
)

func ExampleParseFile() {
	article := `Kremlin rejects Christmas truce
Published 18 December 2025

The Kremlin rejected the idea of a short Christmas ceasefire. "We want peace, not a truce that would give Ukraine a respite," said Kremlin spokesman Dmitry Peskov.

Share this article
`
	doc, err := corpus.ParseFile("truce.txt", []byte(article), &corpus.Meta{Outlet: "Example Wire"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, "|", doc.Outlet, "|", doc.Date)
	for _, p := range doc.Passages {
		fmt.Printf("¶%d %s\n", p.Paragraph, p.Text[:40])
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s (%s): %s\n", q.Speaker, q.Role, q.Text)
	}
	fmt.Println(doc.Skipped)
	// Output:
	// Kremlin rejects Christmas truce | Example Wire | 2025-12-18
	// ¶1 The Kremlin rejected the idea of a short
	// Dmitry Peskov (Kremlin spokesman): We want peace, not a truce that would give Ukraine a respite,
	// [used as title: Kremlin rejects Christmas truce used as date: Published 18 December 2025 share or follow prompt: Share this article]
}

func ExampleLoadFS() {
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range c.Documents {
		fmt.Printf("%s %s outlet=%q\n", d.ID, d.Date, d.Outlet)
	}
	for _, p := range c.People {
		if p.Name == "Friedrich Merz" {
			fmt.Println(p.Name, "quoted", p.Quotes, "times, mentioned in", p.Mentions, "passages")
		}
	}
	// Output:
	// 000_9c538db9ef34791f.txt 2025-12-14 outlet=""
	// 004_ca1823765503ac41.txt 2025-12-18 outlet="DW"
	// Friedrich Merz quoted 0 times, mentioned in 3 passages
}

func ExampleLoad() {
	c, err := corpus.Load("testdata/articles")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range c.Documents {
		fmt.Printf("%s: %q by %s, %s, %d passages, %d quotes\n", d.ID, d.Title, d.Author, d.Date, len(d.Passages), len(d.Quotes))
	}
	fmt.Println("skipped files:", len(c.Skipped))
	// Output:
	// ceasefire-page.html: "Energy truce proposal gains support" by Sofia Brandt, 2025-11-27, 4 passages, 4 quotes
	// geneva-round.md: "Negotiators return to Geneva with a shorter draft" by Lena Hartmann and Pavel Novak, 2025-12-03, 6 passages, 5 quotes
	// pasted-byline.txt: "Prisoner exchange planned before the new year" by Anna Kowalska and Tom Baker, 2025-12-19, 4 passages, 3 quotes
	// skipped files: 0
}

func ExampleParseMeta() {
	meta, warnings, err := corpus.ParseMeta([]byte("titel: Talks resume in Geneva\noutlet: Example Wire\ndate: 18 December 2025\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("outlet=%q date=%q title=%q\n", meta.Outlet, meta.Date, meta.Title)
	fmt.Println(warnings)
	// Output:
	// outlet="Example Wire" date="18 December 2025" title=""
	// [line 1: unknown key "titel" (did you mean "title"?); ignored]
}
