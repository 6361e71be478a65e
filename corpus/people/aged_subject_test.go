package people

import "testing"

// "The 63-year-old" as a sentence's subject (a finite verb after it) is
// the one person the paragraph named before: "According to his daughter,
// the 63-year-old had been sleeping …" gives the caretaker his age. Not
// with two people named before it, and not as a word describing a noun
// ("the 63-year-old man") someone else may be.
func TestAgeAsTheSubject(t *testing.T) {
	ages := func(text string) map[string]int {
		_, d := analyse(paras(text))
		out := map[string]int{}
		for _, p := range d.People(nil) {
			out[p.Name] = p.Age
		}
		return out
	}
	if got := ages(`The school's caretaker, Bogdan Ferenc, was the only person in the building when the shell struck. According to his daughter, the 63-year-old had been sleeping in a storeroom.`); got["Bogdan Ferenc"] != 63 {
		t.Errorf("ages %v, want Bogdan Ferenc 63", got)
	}
	if got := ages(`Bogdan Ferenc and Vesna Haskel were at the school. The 63-year-old had been sleeping in a storeroom.`); got["Bogdan Ferenc"] != 0 || got["Vesna Haskel"] != 0 {
		t.Errorf("two named before: ages %v, want none", got)
	}
	if got := ages(`Bogdan Ferenc was at the school. Doctors said the 63-year-old man in the next bed was a driver.`); got["Bogdan Ferenc"] != 0 {
		t.Errorf("a description of a noun: ages %v, want none", got)
	}
}
