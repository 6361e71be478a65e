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
