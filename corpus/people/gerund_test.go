package people

import "testing"

// "recalled Korolyov leaning across the table and saying: "…"": a
// participle of speech joined by "and" to a verb in -ing after someone
// named is theirs, not the subject of the sentence's main verb; someone
// named with no such verb after them is not.
func TestParticipleAfterSomeoneDoingSomething(t *testing.T) {
	got := quotesBy(first(analyse(paras(
		`Negotiators describe a turning point. One Ukrainian negotiator, who asked not to be named, recalled Vadim Korolyov leaning across the table and saying: "If your boats stay out of our water, our guards will stay out of your boats."`,
		`I remember the Turkish co-mediator, Selin Aydin, coming into the press room around midnight and saying, "Turkey has mediated grain, prisoners and now atoms."`,
		`Olena Hrib thanked Vadim Korolyov and said, "We will meet again in the spring, on the river."`,
	))))
	for q, want := range map[string]string{
		"If your boats stay out of our water, our guards will stay out of your boats.": "Vadim Korolyov",
		"Turkey has mediated grain, prisoners and now atoms.":                          "Selin Aydin",
		"We will meet again in the spring, on the river.":                              "Olena Hrib",
	} {
		if got[q] != want {
			t.Errorf("%q by %q, want %q", q, got[q], want)
		}
	}
}
