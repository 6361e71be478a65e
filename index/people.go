package index

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/talksbot/talksbot/corpus"
)

// person is a corpus person prepared for matching a question's words.
type person struct {
	corpus.Person
	names []string   // folded name and alias tokens, surname included
	last  string     // folded surname
	full  []string   // folded full name and aliases, whole
	roles [][]string // folded role tokens without filler words, per role
	// match are the index terms that find passages naming the person.
	match []string
}

// roleFiller are words that do not distinguish one role from another.
var roleFiller = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "at": true, "for": true,
	"in": true, "from": true, "and": true, "to": true, "on": true,
}

func tokens(s string) []string {
	var out []string
	for _, sp := range wordSpans(s) {
		w := strings.TrimSuffix(strings.TrimSuffix(s[sp.start:sp.end], "'s"), "’s")
		out = append(out, fold(w))
	}
	return out
}

func newPeople(people []corpus.Person, speakers map[string]*speakerInfo, t *terms) []person {
	byName := map[string]corpus.Person{}
	for _, p := range people {
		byName[p.Name] = p
	}
	// The quotes are the truth about who is quoted: a speaker the people
	// list lacks is added, and counts come from the quotes themselves.
	for name, s := range speakers {
		p, ok := byName[name]
		if !ok {
			p = corpus.Person{Name: name, Role: s.first}
		}
		p.Quotes = s.quotes
		byName[name] = p
	}
	out := make([]person, 0, len(byName))
	for name, p := range byName {
		if _, quoted := speakers[name]; !quoted {
			p.Quotes = 0
		}
		pp := person{Person: p}
		nt := tokens(p.Name)
		if len(nt) > 0 {
			pp.last = nt[len(nt)-1]
		}
		pp.full = append(pp.full, strings.Join(nt, " "))
		pp.names = append(pp.names, nt...)
		for _, a := range p.Aliases {
			at := tokens(a)
			pp.full = append(pp.full, strings.Join(at, " "))
			pp.names = append(pp.names, at...)
		}
		// Roles: the people list's, and those given where they speak.
		roles := []string{p.Role}
		if s := speakers[name]; s != nil {
			roles = append(roles, s.roles...)
		}
		seenRole := map[string]bool{}
		for _, r := range roles {
			var rt []string
			for _, w := range tokens(r) {
				if !roleFiller[w] {
					rt = append(rt, w)
				}
			}
			if k := strings.Join(rt, " "); k != "" && !seenRole[k] {
				seenRole[k] = true
				pp.roles = append(pp.roles, rt)
			}
		}
		seen := map[string]bool{}
		for _, w := range append([]string{pp.last}, aliasLasts(p.Aliases)...) {
			if term := t.of(w); term != "" && !seen[term] {
				seen[term] = true
				pp.match = append(pp.match, term)
			}
		}
		out = append(out, pp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// aliasLasts are the last words of the aliases: surnames and spellings.
func aliasLasts(aliases []string) []string {
	var out []string
	for _, a := range aliases {
		if t := tokens(a); len(t) > 0 {
			out = append(out, t[len(t)-1])
		}
	}
	return out
}

// similar reports whether a question word w stands for the name word n,
// allowing the typos a reader makes (peskof, zelenski).
func similar(w, n string) (float64, bool) {
	if w == n {
		return 1, true
	}
	limit := maxEdits(utf8.RuneCountInString(n))
	if limit == 0 || w == "" || n == "" || w[0] != n[0] {
		return 0, false
	}
	if d, over := search.LevenshteinDistanceMax(w, n, limit); !over {
		return 1 - 0.15*float64(d), true
	}
	return 0, false
}

// roleSimilar matches role words more loosely: same stem region
// ("spokesman"/"spokesperson", "ukraine"/"ukrainian") counts.
func roleSimilar(w, r string) bool {
	// "officials" is a group, not the official: plurals name no one.
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(r, "s") {
		if _, ok := similar(w[:len(w)-1], r); ok {
			return false
		}
	}
	if _, ok := similar(w, r); ok {
		return true
	}
	n := 0
	for n < len(w) && n < len(r) && w[n] == r[n] {
		n++
	}
	short := min(len(w), len(r))
	return n >= 5 && float64(n) >= 0.6*float64(short)
}

// resolve finds the person a question names: by full name or alias, by
// surname, by role ("the Kremlin spokesman"), or through a typo. It returns
// nil when no one fits; it never guesses between equally good strangers.
func (e *Engine) resolve(who string) *person {
	return e.bestPerson(who, func(p *person, whole string, kept []string) float64 {
		return max(nameScore(p, whole, kept), roleScore(p, kept))
	})
}

// resolveName finds the person a "who is X" question names, by full name,
// surname, spelling variant or typo, never by role: "tell me about
// security" is not about the security expert. A word the articles use
// otherwise must be one of the person's names as spelt ("who is Major" is
// Claudia Major; "the major hurdle" is no one); only a word they never use
// may be a typo of a name ("who is peskof").
func (e *Engine) resolveName(who string) *person {
	return e.bestPerson(who, func(p *person, whole string, kept []string) float64 {
		for _, w := range kept {
			if !slices.Contains(p.names, w) && e.vocab.df(e.terms.of(w)) > 0 {
				return 0
			}
		}
		return nameScore(p, whole, kept)
	})
}

// bestPerson returns the person scoring highest for who's words (whole:
// all of them; kept: without filler), ties going to the more quoted, then
// the more mentioned; nil when everyone scores 0.
func (e *Engine) bestPerson(who string, score func(p *person, whole string, kept []string) float64) *person {
	words := tokens(who)
	var kept []string
	for _, w := range words {
		if !roleFiller[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	whole := strings.Join(words, " ")
	var best *person
	bestScore := 0.0
	for i := range e.people {
		p := &e.people[i]
		s := score(p, whole, kept)
		if s <= 0 {
			continue
		}
		if best == nil || s > bestScore+1e-9 ||
			(s > bestScore-1e-9 && (p.Quotes > best.Quotes || (p.Quotes == best.Quotes && p.Mentions > best.Mentions))) {
			best, bestScore = p, s
		}
	}
	return best
}

func nameScore(p *person, whole string, kept []string) float64 {
	for _, f := range p.full {
		if f == whole || f == strings.Join(kept, " ") {
			return 3
		}
	}
	// Every word must be one of the person's names, and one of them must
	// be the surname or an alias: "Dmitry" alone is not enough.
	total, anchored := 0.0, false
	for _, w := range kept {
		best := 0.0
		for _, n := range p.names {
			if s, ok := similar(w, n); ok && s > best {
				best = s
			}
		}
		if best == 0 {
			return 0
		}
		if s, ok := similar(w, p.last); ok && s > 0 {
			anchored = true
		}
		for _, a := range aliasLasts(p.Aliases) {
			if _, ok := similar(w, fold(a)); ok {
				anchored = true
			}
		}
		total += best
	}
	if !anchored {
		return 0
	}
	return 1 + total/float64(len(kept))
}

func roleScore(p *person, kept []string) float64 {
	best := 0.0
	for _, role := range p.roles {
		best = max(best, oneRoleScore(role, kept))
	}
	return best
}

func oneRoleScore(role []string, kept []string) float64 {
	if len(role) == 0 {
		return 0
	}
	for _, w := range kept {
		found := false
		for _, r := range role {
			if roleSimilar(w, r) {
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	// A role named in full beats one named in part.
	return 1 + float64(len(kept))/float64(len(role))
}

// namesSomethingKnown reports whether every content word of who is a word
// the articles use: "European leaders" is, "Boris Johnson" is not.
func (e *Engine) namesSomethingKnown(who string) bool {
	ts := e.terms.analyze(who)
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if e.vocab.df(t) == 0 {
			return false
		}
	}
	return true
}

// mentionedName finds a full name (two words or more, each capitalised in
// the text) that the corpus's people list lacks but a passage spells out,
// such as someone named once in passing. It returns nil when there is none.
func (e *Engine) mentionedName(ctx context.Context, who string) (*person, error) {
	words := strings.Fields(who)
	if len(words) < 2 {
		return nil, nil
	}
	ts := e.terms.analyze(who)
	var must []query.Query
	for _, t := range ts {
		tq := bleve.NewTermQuery(t)
		tq.SetField(fieldText)
		must = append(must, tq)
	}
	if len(must) == 0 {
		return nil, nil
	}
	hits, err := e.searchPassages(ctx, bleve.NewConjunctionQuery(must...), 20)
	if err != nil {
		return nil, err
	}
	want := fold(strings.Join(words, " "))
	for _, h := range hits {
		r, err := e.passageOf(&h)
		if err != nil {
			return nil, err
		}
		text := r.text
		for _, sp := range wordSpans(text) {
			end := sp.start + len(want)
			if end > len(text) || fold(text[sp.start:end]) != want {
				continue
			}
			name := text[sp.start:end]
			if !capitalised(name) || strings.ContainsAny(name, "'’") {
				continue
			}
			p := &person{Person: corpus.Person{Name: name}, last: fold(words[len(words)-1])}
			for _, t := range ts {
				p.match = append(p.match, t)
			}
			return p, nil
		}
	}
	return nil, nil
}

// capitalised reports whether every word of s starts with a capital.
func capitalised(s string) bool {
	for _, sp := range wordSpans(s) {
		r, _ := utf8.DecodeRuneInString(s[sp.start:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namedIn reports whether text names the person: their full name or an
// alias of two words or more, or their surname (or an alias's last word),
// capitalised. So "a major hurdle" does not name Claudia Major, while
// "Major said" and "CLAUDIA MAJOR" do.
func (p *person) namedIn(text string) bool {
	lasts := append([]string{p.last}, aliasLasts(p.Aliases)...)
	var fulls [][]string
	for _, f := range append([]string{strings.Join(tokens(p.Name), " ")}, p.full...) {
		if ft := strings.Fields(f); len(ft) >= 2 {
			fulls = append(fulls, ft)
		}
	}
	word := func(sp span) string {
		return fold(strings.TrimSuffix(strings.TrimSuffix(text[sp.start:sp.end], "'s"), "’s"))
	}
	spans := wordSpans(text)
	for i, sp := range spans {
		// Names start with a capital in running text; skipping the other
		// words keeps this cheap on the thousands of passages a
		// frequently named person may have.
		if r, _ := utf8.DecodeRuneInString(text[sp.start:]); !unicode.IsUpper(r) {
			continue
		}
		w := word(sp)
		if slices.Contains(lasts, w) {
			return true
		}
	full:
		for _, ft := range fulls {
			if ft[0] != w || i+len(ft) > len(spans) {
				continue
			}
			for k := 1; k < len(ft); k++ {
				if word(spans[i+k]) != ft[k] {
					continue full
				}
			}
			return true
		}
	}
	return false
}
