package corpus

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleTally counts the titles a text gives one person, in the order first
// seen, so that a choice between equals is stable.
type roleTally struct {
	order []string
	n     map[string]int
}

func (t *roleTally) add(role string) {
	if role == "" {
		return
	}
	if t.n == nil {
		t.n = map[string]int{}
	}
	if t.n[role] == 0 {
		t.order = append(t.order, role)
	}
	t.n[role]++
}

func (t *roleTally) empty() bool { return len(t.order) == 0 }

// best is the title to file a person under: a clean title (words of a
// job, as "US President", not an affiliation or a long apposition) over
// anything else, then the most frequent, then the one matching a
// well-known figure's usual title, then the most specific (longest).
func (t *roleTally) best(known string) string {
	if t.empty() {
		return ""
	}
	cands := append([]string(nil), t.order...)
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if ca, cb := cleanTitle(a), cleanTitle(b); ca != cb {
			return ca
		}
		if t.n[a] != t.n[b] {
			return t.n[a] > t.n[b]
		}
		if ka, kb := strings.EqualFold(a, known), strings.EqualFold(b, known); ka != kb {
			return ka
		}
		return len(a) > len(b)
	})
	return cands[0]
}

// cleanTitle reports whether role reads as a job title standing before a
// name: a few words ending in a title word, no possessive, no article.
func cleanTitle(role string) bool {
	words := strings.Fields(role)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.ContainsAny(w, "()") {
			return false
		}
		switch strings.ToLower(w) {
		case "a", "an", "the", "at", "from", "who", "which":
			return false
		}
	}
	last := strings.ToLower(words[len(words)-1])
	return roleNouns[last] || roleModifiers[last]
}

// role is the title a document gives the person: the one used where the
// person is quoted, else the best of those seen next to the name.
func (p *docPerson) role() string {
	known := ""
	if k := knownBySpelling(p.name); k != nil {
		known = k.role
	}
	if !p.quoteRoles.empty() {
		return p.quoteRoles.best(known)
	}
	if !p.roles.empty() {
		return p.roles.best(known)
	}
	return known
}

// hasRole reports whether any title seen for the person holds noun.
func (p *docPerson) hasRole(noun string) bool {
	for _, r := range p.roles.order {
		if strings.Contains(strings.ToLower(r), noun) {
			return true
		}
	}
	// "the German chancellor" after "Merz met Macron": a well-known
	// figure's usual title counts when the article gives none.
	if k := knownBySpelling(p.name); k != nil && p.roles.empty() {
		return strings.Contains(strings.ToLower(k.role), noun)
	}
	return false
}

// holdsName reports whether a role names a person: a given name and a
// capitalised word, a well-known figure, or someone the document already
// named. "US special envoy Steve Witkoff" is the next person in a list,
// not Zelensky's role.
func (ps *people) holdsName(role string) bool {
	if role == "" {
		return false
	}
	words := strings.Fields(role)
	for i, w := range words {
		w = strings.Trim(w, ",;:()")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if notNames[lw] || roleNouns[lw] || roleModifiers[lw] {
			continue
		}
		if _, ok := firstNames[lw]; ok && i+1 < len(words) {
			if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
				return true
			}
		}
		if k := knownBySpelling(lw); k != nil {
			return true
		}
		if ps != nil && ps.byKey[nameKey(lw)] != nil {
			return true
		}
	}
	return false
}

// titleThenName reports whether words of an apposition are a title and
// then a name ("US special envoy Steve Witkoff"): another person in a
// list, not a description of the one before.
func titleThenName(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if !roleNouns[strings.ToLower(words[i])] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[i+1])
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// opensRole reports whether rest (the text after a capitalised word)
// continues with lower-case title words, as in "Danish| prime minister".
func opensRole(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",;:")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	return roleNouns[w] || roleModifiers[w]
}

// countryAdjectives turn the possessive form of a title into the usual
// one: "Germany's Chancellor" is the German Chancellor.
var countryAdjectives = map[string]string{
	"ukraine": "Ukrainian", "russia": "Russian", "germany": "German", "france": "French",
	"britain": "British", "uk": "UK", "us": "US", "u.s.": "US", "america": "US", "italy": "Italian",
	"poland": "Polish", "turkey": "Turkish", "china": "Chinese", "hungary": "Hungarian",
	"finland": "Finnish", "denmark": "Danish", "estonia": "Estonian", "latvia": "Latvian",
	"lithuania": "Lithuanian", "sweden": "Swedish", "norway": "Norwegian", "spain": "Spanish",
	"netherlands": "Dutch", "belarus": "Belarusian", "japan": "Japanese", "india": "Indian",
	"canada": "Canadian", "austria": "Austrian", "belgium": "Belgian", "czechia": "Czech",
	"slovakia": "Slovak", "romania": "Romanian", "moldova": "Moldovan", "georgia": "Georgian",
	"qatar": "Qatari", "israel": "Israeli", "iran": "Iranian", "switzerland": "Swiss",
}

// plainTitle writes a title the way a list of people shows it: the
// country's adjective for its possessive ("the UK's Prime Minister" →
// "UK Prime Minister").
func plainTitle(role string) string {
	words := strings.Fields(role)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 2 {
		return role
	}
	w := words[0]
	base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if base == w {
		return strings.Join(words, " ")
	}
	adj, ok := countryAdjectives[strings.ToLower(base)]
	if !ok {
		return role
	}
	return adj + " " + strings.Join(words[1:], " ")
}
