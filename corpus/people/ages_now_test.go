package people

import "testing"

// "He is 15 now", "Her grandson Ilko, now 10,": an age the text gives
// as it stands today; "was 13 when a bus took him" is the age he was, no
// age of his now.
func TestAgeGivenAsNow(t *testing.T) {
	ps := paras(
		`Matvi Sorel was 13 when a bus took him from Pelyn to a camp at Lake Ursk. He is 15 now.`,
		`"I called every number I had," Lidia Sorel said. Her grandson Ilko Varn, now 10, was taken in November.`,
	)
	_, d := analyse(ps)
	want := map[string]int{"Matvi Sorel": 15, "Ilko Varn": 10}
	for _, p := range d.People(nil) {
		if w, ok := want[p.Name]; ok {
			if p.Age != w {
				t.Errorf("%s: age %d, want %d", p.Name, p.Age, w)
			}
			delete(want, p.Name)
		}
	}
	for n := range want {
		t.Errorf("%s not found among %v", n, d.People(nil))
	}
}
