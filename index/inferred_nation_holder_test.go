package index

import "testing"

// "who led the kaldor delegation", of a country the articles name with
// its people's adjective ("Kaldorian"): the one "who led the Kaldorian
// team", not the leader of another body's advance team ("An advance
// team of 40 staff, led by …"), whose title leaves Kaldor out as it may
// leave out a place.
func TestInferredNationIsNoPlace(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"talks.txt": `Map initialled in Orsberg

Kaldor's chief negotiator, Deputy Foreign Minister Mirela Kostadin, said her side had "a map, not a peace".

According to Mirela Kostadin, who led the Kaldorian team, the president had set fifteen kilometres as "the ceiling and the floor".

An advance team of 40 staff, led by the Head of Mission, Agnes Tamm, will arrive in Zelitsa on Friday. "We will be on the ground within a week," Tamm said.
`})
	a := ask(t, e, "who led the kaldor delegation")
	if a.Speaker != "Mirela Kostadin" {
		t.Errorf("speaker %q, want Mirela Kostadin", a.Speaker)
	}
}
