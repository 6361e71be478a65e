package index

import "testing"

// A surname two people share names neither of them by itself: "Ms
// Gallagher" in a passage is no sign that Deputy Seán Gallagher is
// there, so a passage about the envoy never makes him the Ukrainian
// deputy foreign minister a member asks for. And the words before a role
// say whose it is: "ukraine's delegation head" is Ukraine's, not the
// Russian head of delegation.
func TestSharedSurnameAndOwnedRole(t *testing.T) {
	minutes := `Title: Committee minutes
Outlet: Oireachtas
Date: 2041-03-26

Members present: Deputy Seán Gallagher (FF), Deputy Aoife Kearney (SF). In attendance: Ms Niamh Gallagher, Special Envoy of the Minister for Foreign Affairs.

Ms Gallagher said that the first round had brought together delegations led on the Ukrainian side by Deputy Foreign Minister Halyna Tkachuk and on the Russian side by Deputy Foreign Minister Gennady Voronin.

Deputy Gallagher (FF) asked about the cost to the Exchequer. He said: "The committee should receive quarterly reports on the fund."
`
	wire := `Title: Protocol initialled
Outlet: Wire
Date: 2041-04-16

Deputy Foreign Minister Gennady Voronin, head of the Russian delegation, told journalists outside the palace: "The data will sit in The Hague, and nobody will touch it."

"We will not dig without deminers," said Dr. Marguerite Aebischer, head of the ICRC's Central Tracing Agency.

The delegation of Ukraine, led by Deputy Foreign Minister Halyna Tkachuk, began the final day at nine.

Asked who had proposed the compromise on the DNA data, Tkachuk smiled. "Formulas have many parents," she said. "Ask the mediators."
`
	e := engineOfFiles(t, map[string]string{"minutes.txt": minutes, "wire.txt": wire})
	for _, q := range []string{"what did the ukrainian deputy fm say about the committee", "ukraine's delegation head on the dna formula"} {
		a, err := e.Ask(t.Context(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == "Seán Gallagher" || a.Speaker == "Gennady Voronin" {
			t.Errorf("%q: answered as %s", q, a.Speaker)
		}
	}
	if in := e.understand("ukraine's delegation head on the dna formula"); in.who != "ukraine's delegation head" {
		t.Errorf("asked of %q, want ukraine's delegation head", in.who)
	}
	for _, tt := range []struct {
		name, text string
		named      bool
	}{
		{"Seán Gallagher", "Ms Gallagher said that the first round had brought together delegations.", false},
		{"Niamh Gallagher", "Ms Gallagher said that the first round had brought together delegations.", true},
		{"Niamh Gallagher", "Deputy Gallagher (FF) asked about the cost to the Exchequer.", false},
		{"Seán Gallagher", "Deputy Gallagher (FF) asked about the cost to the Exchequer.", true},
	} {
		for i := range e.people {
			if p := &e.people[i]; p.Name == tt.name && p.namedIn(tt.text) != tt.named {
				t.Errorf("%s named in %q: %v, want %v", tt.name, tt.text, !tt.named, tt.named)
			}
		}
	}
}
