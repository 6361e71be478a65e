package corpus

import (
	"testing"
	"testing/fstest"
)

// A piece in its writer's own voice is known by how its page labels it:
// a breadcrumb ("OPINION | SHIPPING"), a kicker over its text ("OPINION
// · COLUMN"), its file name ("…-opinion-….html"). A news story on a site
// whose menu lists "Opinion" is not one. An analysis is known the same
// way ("*ANALYSIS* | The Continental Review", a kicker "CPA INSIGHT").
func TestOpinionPiecesByTheirLabels(t *testing.T) {
	pieces := map[string]string{
		"07_piece.md":                        "OPINION | SHIPPING\n\n# A swept channel is a promise, not a guarantee\n\nBy Owen Tregarthen | 14 August 2074\n\n---\n\nWhen the delegations sat down at the naval guesthouse on 3 March, almost nobody expected a deal.\n\nI still cheer the grain. More than seven million tonnes have gone south.\n",
		"kicker.txt":                         "A map is not a promise\nBy Roman Prykhodko\n14 June 2074\n\nOPINION · COLUMN\n\nI spent nineteen years as an army sapper, and I have drawn minefield records myself.\n\nThe exchange agreed at Spiez is the most useful thing to come out of any negotiation in this war.\n",
		"northern-courier-opinion-force.txt": "Europe's force must not wait\nBy Helen Marsh\n12 March 2074\n\nThe talks have produced a map. Without soldiers behind it, the map is just paper.\n\nEurope has promised to do that job.\n",
		"review.md":                          "# The 46 and the 1,900\n\n*ANALYSIS* | **The Continental Review** | By Hedda Morrow, diplomatic editor | 15 June 2077\n\nForty-three children came home on Sunday. Three did not.\n\nThe channel that brought them is narrow.\n",
		"cpa.md":                             "CPA INSIGHT\n\n# Forty minutes instead of six hours\n\n*By Ilse Marquardt | PALENC, March 24 (Continental Press Agency)*\n\nThe second convoy crossed Kessel in forty minutes.\n\nThree things changed.\n",
		"news.html":                          "<html><head><title>Maps exchanged at Spiez</title></head><body><nav>News · Farming · Opinion · Subscribe</nav><article><h1>Maps exchanged at Spiez</h1><p>By Anna Keller</p><p>Ukraine and Russia exchanged 399 minefield sheets at the Kamianka crossing on 20 March, officials said.</p><p>The sheets cover four sectors along the Dnipro.</p></article></body></html>",
	}
	fsys := fstest.MapFS{}
	for name, text := range pieces {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"07_piece.md": KindOpinion, "kicker.txt": KindOpinion, "northern-courier-opinion-force.txt": KindOpinion, "news.html": "",
		"review.md": KindAnalysis, "cpa.md": KindAnalysis}
	for _, d := range c.Documents {
		if d.Kind != want[d.ID] {
			t.Errorf("%s: kind %q, want %q", d.ID, d.Kind, want[d.ID])
		}
		delete(want, d.ID)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
