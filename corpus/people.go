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
	// Roles: those given where the person is quoted first, then each
	// document's title for the person, written the plain way.
	quoteRoles := map[string]*roleTally{}
	docRoles := map[string]*roleTally{}
	tally := func(m map[string]*roleTally, k, role string) {
		if m[k] == nil {
			m[k] = &roleTally{}
		}
		m[k].add(plainTitle(role))
	}
	for _, d := range docs {
		for _, q := range d.Quotes {
			if q.Speaker != "" && q.Role != "" {
				tally(quoteRoles, keyOf(q.Speaker), q.Role)
			}
		}
		for _, p := range d.People {
			k := keyOf(p.Name)
			tally(docRoles, k, p.Role)
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
			m.Aliases = append(m.Aliases, p.Aliases...)
			m.Quotes += p.Quotes
			m.Mentions += p.Mentions
		}
	}
	out := make([]Person, 0, len(order))
	for _, k := range order {
		p := byKey[k]
		known := ""
		if kp := knownBySpelling(p.Name); kp != nil {
			known = kp.role
		}
		switch {
		case quoteRoles[k] != nil && !quoteRoles[k].empty():
			p.Role = quoteRoles[k].best(known)
		case docRoles[k] != nil && !docRoles[k].empty():
			p.Role = docRoles[k].best(known)
		default:
			p.Role = known
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
