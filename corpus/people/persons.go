package people

import (
	"sort"
	"strings"
	"unicode"
)

// sortedAliases returns the folded spellings other than name.
func (lx *Lexicon) sortedAliases(name string, spellings []string) []string {
	low := Fold(name)
	sur := Fold(lx.Surname(name))
	out := []string{sur}
	if halves := strings.Split(sur, "-"); len(halves) == 2 && strings.Contains(name, " ") && len(halves[0]) > 2 && len(halves[1]) > 2 {
		// "who's wyss": a double surname ("Claudia Wyss-Morandi") is
		// called by either half.
		out = append(out, halves[0], halves[1])
	}
	for _, s := range spellings {
		if s != low && s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// Person is someone a document or corpus names, as the people model sees
// them.
type Person struct {
	Name          string
	Role          string   // the title to show: see tally.best
	Gender        Gender   // from a given name, a known figure or a title
	Roles         []string // every title the text gives, most used first
	Organisations []string // organisations named in those titles
	Aliases       []string // other spellings and the surname, folded
	Quotes        int
	Mentions      int
	// Age is the age the articles give them ("Petro Lysenko, 61";
	// "the 61-year-old"), 0 when none or when two articles disagree.
	Age int
}

// Credited is a person an article credits but its text does not name (a
// reporter, an editor), with role: no quotes, no mentions, found by the
// full name and the surname.
func (lx *Lexicon) Credited(name, role string) Person {
	p := Person{Name: name, Role: role, Roles: []string{role}, Aliases: lx.sortedAliases(name, nil)}
	if g, ok := lx.GivenName(strings.Fields(name)[0]); ok {
		p.Gender = g
	}
	return p
}

// persons lists the document's people with their counts in passages.
func (c *cast) persons(passages []string) []Person {
	lows := make([]string, len(passages))
	for i, p := range passages {
		lows[i] = lowerSameLength(p)
	}
	var out []Person
	for _, p := range c.list() {
		name := p.canonical()
		spell := append([]string{}, p.spellings...)
		if p.known != nil {
			spell = append(spell, Fold(c.lx.Surname(p.known.Name)))
			for _, a := range p.known.Aliases {
				spell = append(spell, Fold(a))
			}
		}
		spell = append(spell, Fold(c.lx.Surname(name)))
		// The text is searched lower case, not folded: "Aydın" is
		// "aydın" there, though its folded spelling is "aydin".
		for _, w := range []string{name, c.lx.Surname(name)} {
			if l := strings.ToLower(w); l != Fold(w) && !contains(spell, l) {
				spell = append(spell, l)
			}
		}
		roles := p.allRoles()
		g := p.gender
		for _, r := range roles {
			if g != Unknown {
				break
			}
			// "the veteran's younger brother, Luka Brodar": the relative
			// a title ends in says.
			g = c.lx.kinGender(Fold(lastWord(r)))
		}
		out = append(out, Person{
			Name:          name,
			Role:          p.role(c.lx),
			Gender:        g,
			Roles:         roles,
			Organisations: c.lx.organisationsIn(roles, p.known),
			Aliases:       c.lx.sortedAliases(name, spell),
			Quotes:        p.quotes,
			Mentions:      countMentions(passages, lows, append(spell, Fold(name))),
			Age:           p.age,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// organisationsIn names the organisations a person's titles hold ("SWP",
// "German Marshall Fund"), by their full names, and a known figure's.
func (lx *Lexicon) organisationsIn(roles []string, k *Known) []string {
	var out []string
	addOrg := func(o *Organisation) {
		if !contains(out, o.Name) {
			out = append(out, o.Name)
		}
	}
	if k != nil && k.Organisation != "" {
		if o := lx.orgNamed(k.Organisation); o != nil {
			addOrg(o)
		} else if !contains(out, k.Organisation) {
			out = append(out, k.Organisation)
		}
	}
	for _, r := range roles {
		for _, o := range lx.orgsIn(r) {
			addOrg(o)
		}
	}
	return out
}

// orgsIn finds the organisations a text names, by name, alias or
// abbreviation, as whole words.
func (lx *Lexicon) orgsIn(text string) []*Organisation {
	var out []*Organisation
	words := wordToks(text)
	for i := range words {
		if i > 0 {
			// "Central Election Commission" is not the Commission: a
			// phrase ending a longer capitalised name is no body's
			// name, unless what stands before it is a nation's word
			// or someone's ("Russian Foreign Ministry", "Ukraine's").
			// A comma between ends the name before: "Deputy Director
			// General for Nuclear Safety, International Atomic Energy
			// Agency".
			prev := text[words[i-1][0]:words[i-1][1]]
			if _, nation := lx.Nation(prev); unicode.IsUpper(firstRune(prev)) && !Possessive(prev) && !nation && !strings.ContainsAny(text[words[i-1][1]:words[i][0]], ",;:(") {
				continue
			}
		}
		// The longest phrase starting at word i that names one.
		for j := min(len(words), i+8); j > i; j-- {
			phrase := strings.Trim(text[words[i][0]:words[j-1][1]], "()")
			if o := lx.orgNamed(StripPossessive(phrase)); o != nil {
				if !containsOrg(out, o) {
					out = append(out, o)
				}
				break
			}
		}
	}
	return out
}

func containsOrg(list []*Organisation, o *Organisation) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

// countMentions counts the passages naming any of the spellings; lows
// are the passages' texts as lowerSameLength gives them.
func countMentions(passages []string, lows []string, spellings []string) int {
	n := 0
	for i, p := range passages {
		if namesAny(p, lows[i], spellings) {
			n++
		}
	}
	return n
}

// lowerSameLength lower-cases text unless that would move byte offsets,
// in which case the text is compared as written.
func lowerSameLength(text string) string {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return text
	}
	return low
}

// namesAny reports whether text names one of the folded spellings as a
// whole word written with a capital letter, so that "a major hurdle"
// does not mention Claudia Major.
func namesAny(text, low string, spellings []string) bool {
	for _, sp := range spellings {
		if sp == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(low[from:], sp)
			if i < 0 {
				break
			}
			i += from
			end := i + len(sp)
			from = i + 1
			if !wordBoundary(text, i, end) {
				continue
			}
			if strings.IndexFunc(text[i:end], unicode.IsUpper) >= 0 {
				return true
			}
		}
	}
	return false
}
