package people

import (
	"slices"
	"testing"
)

// A story's opening gives a part in talks with no name ("…, the United
// Nations mediator said") and names her two paragraphs on by the same
// body's title ("UN Special Envoy Ilse Marthaler"): the part is hers.
// When the first one named after it is of another body, it is no one's.
func TestPartInTalksNamedLater(t *testing.T) {
	for _, tt := range []struct {
		next, name string
		hers       bool
	}{
		{`"It is not a peace treaty," UN Special Envoy Ilse Marthaler told reporters in the lobby of the hotel.`, "Ilse Marthaler", true},
		{`"It is not a peace treaty," Druvanian Foreign Minister Peter Valdan told reporters in the lobby of the hotel.`, "Peter Valdan", false},
	} {
		ps := paras(
			`Negotiators initialled a map of a buffer zone early on Saturday, ending six days of talks that at several points appeared close to collapse, the United Nations mediator said.`,
			`The text requires both armies to pull back 15 kilometres from the line of contact.`,
			tt.next,
		)
		_, d := analyse(ps)
		var texts []string
		for _, p := range ps {
			texts = append(texts, p.Text)
		}
		found := false
		for _, p := range d.People(texts) {
			if p.Name != tt.name {
				continue
			}
			found = true
			if has := slices.Contains(p.Roles, "United Nations mediator"); has != tt.hers {
				t.Errorf("%s: roles %q; the mediator's part theirs: %v, want %v", p.Name, p.Roles, has, tt.hers)
			}
		}
		if !found {
			t.Errorf("%s not among the people %+v", tt.name, d.People(texts))
		}
	}
}
