package corpus

import (
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// creditedPeople are the people an article credits — its author, and the
// reporters and editors of its credit lines — whom its text does not name:
// "what did sarah kim say" is answered with who she is (a reporter for
// Northline, never quoted), not with "no one of that name". Only names
// that open with a given name the people lexicon knows are taken, so an
// outlet or a desk ("Northline Press writers") is never a person.
func creditedPeople(doc *Document, lx *people.Lexicon) []Person {
	roles := pageWords().creditRole
	var out []Person
	add := func(name, role string) {
		if role == "" || !creditedName(name, lx) {
			return
		}
		key := people.Key(name)
		for _, p := range append(doc.People, out...) {
			if people.Key(p.Name) == key {
				return
			}
		}
		if doc.Outlet != "" {
			role += " for " + doc.Outlet
		}
		out = append(out, personOf(lx.Credited(name, role)))
	}
	for _, n := range authorNames(doc.Author) {
		add(n, roles["byline"])
	}
	for _, s := range doc.Skipped {
		why, line, ok := strings.Cut(s, ": ")
		if !ok {
			continue
		}
		switch why {
		case whyCredits, whyCredits + " (used as author)":
			for _, part := range strings.Split(line, ";") {
				p, rest, ok := prefixPhrase(strings.TrimSpace(part), pageWords().credits)
				if !ok {
					continue
				}
				for _, n := range authorNames(strings.TrimRight(rest, ".")) {
					add(n, roles[strings.ToLower(p)])
				}
			}
		case "contributors":
			// "Northline Press writers Ivan Rudenko in Moscow and Sarah
			// Kim in Washington contributed to this report."
			for _, n := range givenNamed(line, lx) {
				add(n, roles["contributors"])
			}
		}
	}
	return out
}

// creditedName reports a name of two to four words opening with a given
// name ("Anya Brandt"), not an outlet or a desk.
func creditedName(name string, lx *people.Lexicon) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	_, given := lx.GivenName(f[0])
	return given
}

// givenNamed finds the names in a line that open with a given name and go
// on with capitalised words: "… writers Ivan Rudenko in Moscow and Sarah
// Kim in Washington …" → Ivan Rudenko, Sarah Kim.
func givenNamed(line string, lx *people.Lexicon) []string {
	f := strings.Fields(line)
	var out []string
	for i := 0; i < len(f); i++ {
		w := strings.Trim(f[i], ",;.()")
		if _, ok := lx.GivenName(w); !ok || !capitalised(w) {
			continue
		}
		name := []string{w}
		for j := i + 1; j < len(f) && len(name) < 4; j++ {
			x := strings.Trim(f[j], ",;.()")
			if !capitalised(x) {
				break
			}
			name = append(name, x)
			if strings.ContainsAny(f[j], ",;.") {
				break
			}
		}
		if len(name) >= 2 {
			out = append(out, strings.Join(name, " "))
			i += len(name) - 1
		}
	}
	return out
}

func capitalised(w string) bool {
	return w != "" && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}
