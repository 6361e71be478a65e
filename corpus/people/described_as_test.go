package people

import "testing"

// "described" and "commented" are past forms, never the nouns a base
// form such as "comment" or "state" may be ("Russian state television"):
// after a name they are that person's verbs, and the few words they
// frame are theirs. A body's name between the person and the verb ("of
// the Baltic Institute for Arms Control") is where they are from.
func TestPastFormAfterANameIsAVerb(t *testing.T) {
	for text, want := range map[string]string{
		`Henrike Mallin described the reopening as "fragile but real".`:                                           "Henrike Mallin",
		`Henrike Mallin commented that the reopening was "fragile but real".`:                                     "Henrike Mallin",
		`Piotr Zalewski of the Baltic Institute for Arms Control described it as "a narrow win, not a template".`: "Piotr Zalewski",
	} {
		qs, _ := analyse(paras(`The crossing reopened on Monday after eleven weeks.`, text))
		if len(qs) != 1 || qs[0].Speaker != want {
			t.Errorf("%s\nquotes %+v, want one by %s", text, qs, want)
		}
	}
	// A base form after a capitalised word is still a noun: no one's.
	qs, _ := analyse(paras(`Russian state television said the talks were "fragile but real".`))
	for _, q := range qs {
		if q.Speaker != "" {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
}
