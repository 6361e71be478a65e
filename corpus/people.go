package corpus

import (
	"sort"
	"strings"
)

// collectPeople merges the documents' casts into the corpus's people:
// one person per surname key (so Zelensky and Zelenskyy meet), filed
// under the canonical name, and rewrites quote speakers to that name.
func collectPeople(docs []*Document) []Person {
	byKey := map[string]*Person{}
	var order []string
	keyOf := func(name string) string { return nameKey(surnameOf(name)) }
	for _, d := range docs {
		for _, p := range d.People {
			k := keyOf(p.Name)
			m := byKey[k]
			if m == nil {
				cp := p
				cp.Aliases = append([]string(nil), p.Aliases...)
				byKey[k] = &cp
				order = append(order, k)
				continue
			}
			// Prefer a full name to a bare surname, and a well-known
			// figure's usual spelling to any other.
			if !strings.Contains(m.Name, " ") && strings.Contains(p.Name, " ") {
				m.Aliases = append(m.Aliases, strings.ToLower(m.Name))
				m.Name = p.Name
			} else if p.Name != m.Name {
				m.Aliases = append(m.Aliases, strings.ToLower(p.Name))
			}
			if len(p.Role) > len(m.Role) {
				m.Role = p.Role
			}
			m.Aliases = append(m.Aliases, p.Aliases...)
			m.Quotes += p.Quotes
			m.Mentions += p.Mentions
		}
	}
	out := make([]Person, 0, len(order))
	for _, k := range order {
		p := byKey[k]
		if p.Role == "" {
			if kp := knownBySpelling(p.Name); kp != nil {
				p.Role = kp.role
			}
		}
		p.Aliases = sortedAliases(p.Name, p.Aliases)
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	for _, d := range docs {
		for i, q := range d.Quotes {
			if q.Speaker == "" {
				continue
			}
			if p := byKey[keyOf(q.Speaker)]; p != nil {
				d.Quotes[i].Speaker = p.Name
			}
		}
	}
	return out
}
