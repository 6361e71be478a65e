package gencorpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/talksbot/talksbot/corpus"
)

// article is one generated article before it becomes a Document or a file.
type article struct {
	id, title, outlet, author, url string
	date                           time.Time
	// blocks are headings (heading != "") and paragraphs in reading order.
	blocks []block
}

type block struct {
	heading string
	text    string
	quote   *corpus.Quote
}

// Generate returns a corpus of n articles; the same (n, seed) always gives
// the same corpus.
func Generate(n int, seed int64) *corpus.Corpus {
	c := &corpus.Corpus{}
	for i := range n {
		c.Documents = append(c.Documents, toDocument(makeArticle(i, seed)))
	}
	c.People = peopleOf(c.Documents)
	return c
}

// WriteDir writes the n articles of Generate(n, seed) into dir as .txt
// files, each with a .meta.yaml sidecar giving its outlet and URL.
func WriteDir(dir string, n int, seed int64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gencorpus: %w", err)
	}
	for i := range n {
		a := makeArticle(i, seed)
		if err := os.WriteFile(filepath.Join(dir, a.id), []byte(a.text()), 0o644); err != nil {
			return fmt.Errorf("gencorpus: %w", err)
		}
		meta := fmt.Sprintf("outlet: %s\nurl: %s\n", a.outlet, a.url)
		side := strings.TrimSuffix(a.id, ".txt") + ".meta.yaml"
		if err := os.WriteFile(filepath.Join(dir, side), []byte(meta), 0o644); err != nil {
			return fmt.Errorf("gencorpus: %w", err)
		}
	}
	return nil
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func makeArticle(i int, seed int64) *article {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)*0x9e3779b97f4a7c15+1))
	th := themes[r.IntN(len(themes))]
	place := pick(r, places)
	title := pick(r, th.title)
	if strings.Contains(title, "%s") {
		title = fmt.Sprintf(title, place)
	}
	a := &article{
		id:     fmt.Sprintf("a%05d-%s.txt", i, slug(th.name)),
		title:  title,
		outlet: pick(r, outlets),
		author: pick(r, authors),
		date:   time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365)),
	}
	a.url = fmt.Sprintf("https://news.example.org/%d/%s-%d", a.date.Year(), slug(th.name), i)
	// Two or three people speak in each article; one more is only named.
	speakers := r.Perm(len(people))[:4]
	para := 0
	// A lead paragraph stands before any heading.
	a.blocks = append(a.blocks, block{text: sentence(r, th, i, para) + " " + sentence(r, th, i, para+1)})
	para++
	headings := r.Perm(len(th.heading))
	nSections := 2 + r.IntN(2)
	for s := range nSections {
		a.blocks = append(a.blocks, block{heading: th.heading[headings[s%len(headings)]]})
		nParas := 2 + r.IntN(2)
		for p := range nParas {
			var b block
			switch {
			case p == 1 && s < 3:
				sp := people[speakers[s]]
				q := pick(r, th.quotes)
				b.text = fmt.Sprintf("%s %s %s the %s. \"%s,\" said %s %s %s.",
					pick(r, connectives), pick(r, actors), pick(r, verbs), pick(r, th.nouns), q, sp.role, sp.first, sp.last)
				b.quote = &corpus.Quote{Speaker: sp.first + " " + sp.last, Role: sp.role, Text: q + ","}
			case p == 2 && s == 0:
				sp := people[speakers[3]]
				b.text = fmt.Sprintf("%s %s, the %s, was briefed on the %s in %s, but made no public comment.",
					sp.first, sp.last, sp.role, pick(r, th.nouns), pick(r, places))
			default:
				b.text = sentence(r, th, i, para) + " " + sentence(r, th, i, para+7) + " " + pick(r, closers)
			}
			a.blocks = append(a.blocks, b)
			para++
		}
	}
	return a
}

// sentence builds one sentence; i and k are woven in so that paragraphs of
// different articles differ (the corpus reader drops repeated paragraphs).
func sentence(r *rand.Rand, th theme, i, k int) string {
	f := pick(r, frames)
	s := fmt.Sprintf(f, pick(r, actors), pick(r, verbs), pick(r, th.nouns), 2+(i*7+k*3+r.IntN(40))%97, pick(r, places))
	return strings.ToUpper(s[:1]) + s[1:]
}

func slug(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "-") }

// text renders the article as a pasted .txt file.
func (a *article) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nBy %s\nPublished %s\n\n", a.title, a.author, a.date.Format("2 January 2006"))
	for _, bl := range a.blocks {
		if bl.heading != "" {
			fmt.Fprintf(&b, "%s\n\n", bl.heading)
			continue
		}
		fmt.Fprintf(&b, "%s\n\n", bl.text)
	}
	return b.String()
}

func toDocument(a *article) *corpus.Document {
	d := &corpus.Document{
		ID: a.id, Title: a.title, Outlet: a.outlet, Author: a.author,
		Date: a.date.Format("2006-01-02"), URL: a.url, Language: "en",
	}
	section, para := "", 0
	for _, bl := range a.blocks {
		if bl.heading != "" {
			section = bl.heading
			continue
		}
		para++
		d.Passages = append(d.Passages, corpus.Passage{Text: bl.text, Section: section, Paragraph: para})
		if bl.quote != nil {
			// The quote keeps its comma, as the corpus reader keeps it.
			q := *bl.quote
			q.Paragraph = para
			d.Quotes = append(d.Quotes, q)
		}
	}
	return d
}

// peopleOf lists everyone the generated documents name, with counts.
func peopleOf(docs []*corpus.Document) []corpus.Person {
	type acc struct {
		p      person
		quotes int
		ments  int
	}
	byName := map[string]*acc{}
	for _, p := range people {
		byName[p.first+" "+p.last] = &acc{p: p}
	}
	for _, d := range docs {
		for _, q := range d.Quotes {
			byName[q.Speaker].quotes++
		}
		for _, ps := range d.Passages {
			for _, a := range byName {
				if strings.Contains(ps.Text, a.p.last) {
					a.ments++
				}
			}
		}
	}
	var out []corpus.Person
	for name, a := range byName {
		if a.ments == 0 {
			continue
		}
		out = append(out, corpus.Person{
			Name: name, Role: a.p.role,
			Aliases: []string{strings.ToLower(a.p.last)},
			Quotes:  a.quotes, Mentions: a.ments,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
