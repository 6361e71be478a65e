package people

import "testing"

// "a river police boat took 12-year-old Emil Dravic and his 76-year-old
// grandfather": an age set right before a name is theirs; one before a
// word for a relative ("his 76-year-old grandfather") gives the named
// man none.
func TestAgeSetBeforeAName(t *testing.T) {
	_, d := analyse(paras(
		`On Thursday evening a river police boat took 12-year-old Emil Dravic and his 76-year-old grandfather across the Tarrow.`,
		`Stefan Dravic said the 76-year-old grandfather, Ivo, had refused to leave the cat.`,
	))
	ages := map[string]int{}
	for _, p := range d.People(nil) {
		ages[p.Name] = p.Age
	}
	if ages["Emil Dravic"] != 12 {
		t.Errorf("Emil Dravic aged %d, want 12", ages["Emil Dravic"])
	}
	if ages["Stefan Dravic"] != 0 {
		t.Errorf("Stefan Dravic aged %d, want none", ages["Stefan Dravic"])
	}
}
