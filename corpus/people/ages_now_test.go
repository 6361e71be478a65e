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

// "Miroslava Tenning watched … The head of the Harrow Farmers'
// Cooperative, 58, who is known …": the age set after a title of a body
// is that of the one person the paragraph named before it; where it
// named two, no one's.
func TestAgeAfterABodysTitle(t *testing.T) {
	_, d := analyse(paras(
		`For ten months Miroslava Tenning watched the Vell river turn to dust. The head of the Harrow Farmers' Cooperative, 58, who is known to everyone in the valley as Aunt Mira, spent the winter driving to the capital.`,
		`Anton Kervan met Ludvik Rask at the dam. The chief engineer of the Vell Reservoir Dam, 61, showed him the gates.`,
	))
	for _, p := range d.People(nil) {
		switch {
		case p.Name == "Miroslava Tenning" && p.Age != 58:
			t.Errorf("%s: age %d, want 58", p.Name, p.Age)
		case p.Name != "Miroslava Tenning" && p.Age != 0:
			t.Errorf("%s: age %d; the paragraph names two before the title", p.Name, p.Age)
		}
	}
}
