package people

import (
	"slices"
	"testing"
)

// Who gives words a page sets out plainly: a statement "by" someone
// before a colon, an inverted attribution to a title of a body written
// in lower case ("said head of delegation Pieter Almqvist"), and a
// mother's words after her son is named ("for her son Aurel"), whom
// "she" never is.
func TestStatementsAndLowerCaseTitles(t *testing.T) {
	qs, _ := analyse(paras(
		`Statement by Ombudsman for Prisoners Tomas Brellik: "The exchange has been moved to tomorrow. Two names on the list are wrong."`,
		`Ilona Mikos, 51, from Orvath has waited at Tesk since Thursday for her son Aurel, a junior sergeant captured at Lenvik. When his name was read out she dropped her thermos. "I promised him he would be home for his birthday," she told our correspondent.`,
		`Transfer at Tesk completed at 16:02. "Every seat was checked, every name was matched," said head of delegation Pieter Almqvist.`,
	))
	want := map[string]string{
		"The exchange has been moved to tomorrow. Two names on the list are wrong.": "Tomas Brellik",
		"I promised him he would be home for his birthday,":                         "Ilona Mikos",
		"Every seat was checked, every name was matched,":                           "Pieter Almqvist",
	}
	for _, q := range qs {
		if w, ok := want[q.Text]; ok {
			if q.Speaker != w {
				t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, w)
			}
			delete(want, q.Text)
		}
	}
	for text := range want {
		t.Errorf("no quote %q", text)
	}
}

// A title word used as a verb after a modal or "to" ("would judge
// Corvanne by …") makes no person of the capitalised word after it;
// the title before a name still does ("the judge, Varnier,").
func TestVerbAfterModalIsNoTitle(t *testing.T) {
	_, d := analyse(paras(
		`Salko said Ostrelia would judge Corvanne by "what sails next to our ships, not what is said in Vellmont".`,
		`The presiding arbitrator, judge Estelle Varnier, read the award.`,
	))
	var names []string
	for _, p := range d.People(nil) {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Corvanne") {
		t.Errorf("people %q: a country judged made a person", names)
	}
	if !slices.Contains(names, "Estelle Varnier") {
		t.Errorf("people %q lack the judge", names)
	}
}
