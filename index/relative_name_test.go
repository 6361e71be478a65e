package index

import "testing"

// A name inside a description's relative clause is whom the one
// described acted on, never them: "the officer who told selvaag …" is
// not Selvaag, and when the articles name no such officer there is no
// answer; "the inspector who led the team" still finds her.
func TestNameInADescriptionsRelativeClause(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"hearing.txt": `Dam inspection

Chief Inspector Annika Selvaag, who led the Corvanne team at the dam, told a press conference that the structure was stable for now.

She also described the three-hour wait at the Drabna checkpoint. "An officer leaned in at the window and told me, 'The gates are not your business,'" Selvaag said.
`,
	})
	if a := ask(t, e, "whats the name of the officer who told selvaag the gates werent her business"); a.Speaker == "Annika Selvaag" {
		t.Errorf("the officer taken for Selvaag, whom he spoke to")
	}
	if a := ask(t, e, "whats the name of the inspector who led the team"); a.Speaker != "Annika Selvaag" {
		t.Errorf("the inspector who led the team: %q, want Annika Selvaag", a.Speaker)
	}
}
