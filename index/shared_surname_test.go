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

// Two people sharing a surname asked for by it alone ("what did bondar
// say about the train", of Halyna and Petro Bondar) are the one whose
// words are on the subject when only one's are; when it is not clear,
// no one is guessed: the words are searched, never given to the more
// quoted of the two.
func TestSharedSurnameBySubjectOrNoOne(t *testing.T) {
	text := `Title: Trains for the fallen
Outlet: Eastern Review
Date: 2056-03-20

Halyna Bondar, spokeswoman for the Hope Returns association, said families had waited too long. "Our members will judge this deal by how many come home," she said. "The register must be open to every family," Ms Bondar said.

Petro Bondar, who heads the railway's special transport unit, is no relation. "My drivers volunteer for this train," he said.

"We drive it slower than a freight train, on purpose," Bondar told Eastern Review.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	if a := ask(t, e, "what did bondar say about the train"); a.Speaker != "Petro Bondar" {
		t.Errorf("about the train: speaker %q, want Petro Bondar", a.Speaker)
	}
	if a := ask(t, e, "what did bondar say"); a.Speaker != "" {
		t.Errorf("no subject: speaker %q, want no one guessed", a.Speaker)
	}
}
