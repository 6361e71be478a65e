package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// Two outlets ran the same wire copy with a word changed: the reader must
// see it once, not twice.
func TestNearDuplicatesShownOnce(t *testing.T) {
	wire := "The monitoring mission will deploy two hundred observers along the line of contact within a month of the ceasefire, officials said on Tuesday."
	c := &corpus.Corpus{Documents: []*corpus.Document{
		{ID: "a.txt", Title: "A", Passages: []corpus.Passage{{Text: wire, Paragraph: 1}}},
		{ID: "b.txt", Title: "B", Passages: []corpus.Passage{{Text: strings.Replace(wire, "Tuesday", "Wednesday", 1), Paragraph: 1}}},
		{ID: "c.txt", Title: "C", Passages: []corpus.Passage{{Text: "Observers of the monitoring mission would need drones to watch a ceasefire line this long.", Paragraph: 1}}},
	}}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	a, err := e.Ask(context.Background(), "ceasefire monitoring mission observers", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, p := range a.Passages {
		docs = append(docs, p.Source.Doc)
	}
	joined := strings.Join(docs, " ")
	if len(docs) != 2 || !strings.Contains(joined, "c.txt") || strings.Contains(joined, "a.txt") == strings.Contains(joined, "b.txt") {
		t.Errorf("passages from %v, want c.txt and one of a.txt, b.txt", docs)
	}
}

func TestConcurrentAsk(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	questions := []string{"what did Peskov say", "security garantees", "who won the world cup", "what did Merz say"}
	want := map[string]string{}
	for _, q := range questions {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want[q] = Render(a).Text()
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				q := questions[(g+i)%len(questions)]
				a, err := e.Ask(context.Background(), q, AskOptions{})
				if err != nil {
					errs <- err
					return
				}
				if got := Render(a).Text(); got != want[q] {
					errs <- fmt.Errorf("%q answered differently under concurrency", q)
					return
				}
				if _, err := e.Topics(context.Background()); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestSpeakersAndSources(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	sp := e.Speakers()
	for i, p := range sp {
		if p.Quotes == 0 {
			t.Errorf("%s listed as a speaker without quotes", p.Name)
		}
		if i > 0 && sp[i-1].Quotes < p.Quotes {
			t.Errorf("%s (%d) after %s (%d): want most quoted first", p.Name, p.Quotes, sp[i-1].Name, sp[i-1].Quotes)
		}
		if p.Name == "Friedrich Merz" {
			t.Error("Merz is never quoted")
		}
	}
	src := e.Sources()
	if len(src) != 2 {
		t.Fatalf("%d sources, want 2", len(src))
	}
	st := e.Stats()
	total := 0
	for _, s := range src {
		total += s.Passages
	}
	if st.Documents != 2 || st.Passages != total || st.Speakers != len(sp) {
		t.Errorf("stats %+v disagree with sources and speakers", st)
	}
}

// Twelve outlets ran the same wire copy word for word. Every build must
// answer the same, keeping the copy of the first article by document id
// (bleve's own tie-break follows the order a batch happened to be
// analysed in, which changes from build to build).
func TestSameCorpusSameAnswer(t *testing.T) {
	wire := `"The line will hold," said negotiator Anna Koval as the ceasefire talks resumed in Geneva.`
	c := &corpus.Corpus{People: []corpus.Person{{Name: "Anna Koval", Role: "negotiator", Aliases: []string{"koval"}, Quotes: 12, Mentions: 12}}}
	for _, i := range []int{7, 3, 11, 0, 9, 5, 1, 10, 4, 8, 2, 6} { // not in id order
		id := fmt.Sprintf("%c.txt", 'a'+i)
		c.Documents = append(c.Documents, &corpus.Document{
			ID: id, Title: "Talks " + id, Date: "2026-01-02",
			Passages: []corpus.Passage{{Text: wire, Paragraph: 1}},
			Quotes:   []corpus.Quote{{Speaker: "Anna Koval", Role: "negotiator", Text: "The line will hold,", Paragraph: 1}},
		})
	}
	questions := []string{"ceasefire talks resumed in Geneva", "what did Koval say", "what did Koval say about the line", "who is Anna Koval"}
	var first []string
	for build := range 5 {
		e, err := Build(context.Background(), BuildOptions{Corpus: c})
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range questions {
			a, err := e.Ask(context.Background(), q, AskOptions{Limit: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Passages) != 1 || a.Passages[0].Source.Doc != "a.txt" {
				var docs []string
				for _, p := range a.Passages {
					docs = append(docs, p.Source.Doc)
				}
				t.Errorf("build %d, %q: passages from %v, want the copy in a.txt", build, q, docs)
			}
			got := Render(a).Text()
			if build == 0 {
				first = append(first, got)
			} else if got != first[i] {
				t.Errorf("build %d, %q answered differently:\n%s\nfirst build:\n%s", build, q, got, first[i])
			}
		}
		e.Close()
	}
}

// A quote question honours the passage limit even when the passages that
// score best all say the same thing (a stock line repeated by forty
// articles): it looks further until the limit is met or nothing is left.
func TestQuotePassagesHonourLimit(t *testing.T) {
	distinct := []string{
		"Koval flew to Ankara on Monday to meet the Turkish mediators about grain corridors.",
		"Critics in parliament accused Koval of conceding too much on prisoner exchanges last spring.",
		"According to two diplomats, Koval privately doubts that any truce survives the winter.",
		"Koval's deputy will chair the working group on energy infrastructure and repairs.",
		"Before joining the government, Koval taught international law at a university in Lviv.",
		"The opposition newspaper published a long profile of Koval under a hostile headline.",
		"Western envoys describe Koval as patient, precise and hard to surprise at the table.",
		"A leaked memo shows Koval asked for written guarantees from every partner capital.",
		"Koval declined an invitation to the Budapest summit, citing a scheduling conflict.",
		"Farmers' unions praised Koval for keeping export quotas off the negotiating agenda.",
	}
	c := &corpus.Corpus{People: []corpus.Person{{Name: "Anna Koval", Role: "negotiator", Aliases: []string{"koval"}, Quotes: 1, Mentions: 51}}}
	c.Documents = append(c.Documents, &corpus.Document{
		ID: "a-quote.txt", Title: "Quote", Date: "2026-01-02",
		Passages: []corpus.Passage{{Text: `"We will sign nothing under pressure," said negotiator Anna Koval.`, Paragraph: 1}},
		Quotes:   []corpus.Quote{{Speaker: "Anna Koval", Role: "negotiator", Text: "We will sign nothing under pressure,", Paragraph: 1}},
	})
	for i := range 40 {
		c.Documents = append(c.Documents, &corpus.Document{ID: fmt.Sprintf("b%02d.txt", i), Title: "Brief", Date: "2026-01-03",
			Passages: []corpus.Passage{{Text: "Koval nodded.", Paragraph: 1}}})
	}
	for i, s := range distinct {
		c.Documents = append(c.Documents, &corpus.Document{ID: fmt.Sprintf("c%02d.txt", i), Title: "Profile", Date: "2026-01-04",
			Passages: []corpus.Passage{{Text: s, Paragraph: 1}}})
	}
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	available := 1 + 1 + len(distinct) // the quote's passage, one "nodded", the profiles
	for _, limit := range []int{1, 3, 5, 8, 20} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			a, err := e.Ask(context.Background(), "what did Koval say", AskOptions{Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			if want := min(limit, available); len(a.Passages) != want {
				t.Errorf("%d passages, want %d", len(a.Passages), want)
			}
		})
	}
}
