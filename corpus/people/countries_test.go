package people

import "testing"

// Every state is a nationality the people model reads ("the omani
// mediator", "Chilean envoy"), by its demonym, its name, its official
// name and its capital; a word that is also a given name or everyday
// English stays what it is ("Chad", "Male", "Guinea").
func TestWorldStatesAreNations(t *testing.T) {
	lx := Default()
	for w, country := range map[string]string{
		"Omani": "Oman", "omani": "Oman", "Muscat": "Oman", "Sultanate of Oman": "Oman",
		"Chilean": "Chile", "Indonesian": "Indonesia", "Maltese": "Malta", "Afghan": "Afghanistan",
		"Kenya's": "Kenya",
		// Hand-kept nationalities win over generated ones.
		"Moscow": "Russia", "Kremlin": "Russia", "Dutch": "Netherlands", "Hague": "Netherlands",
	} {
		if n, ok := lx.Nation(w); !ok || n.Country != country {
			t.Errorf("Nation(%q) = %q, %v; want %s", w, n.Country, ok, country)
		}
	}
	for _, w := range []string{"Chad", "Male", "male", "Guinea", "Victoria"} {
		if n, ok := lx.Nation(w); ok {
			t.Errorf("Nation(%q) = %s; a name or an everyday word is no nation", w, n.Country)
		}
	}
	// Read in an article: the Omani envoy is Oman's, and an office the
	// text names by its state but no holder of is an unnamed source.
	got, d := analyse(paras(
		`Sheikh Khalid bin Saif Al-Harthy, the Omani special envoy who chaired the talks, announced the deal.`,
		`The Maltese foreign minister said the parties had agreed "to talk about tonnes, not about territory".`,
	))
	if len(got) != 1 || got[0].Speaker != "" || got[0].Role != "Maltese foreign minister" {
		t.Errorf("quotes %+v, want one of the unnamed Maltese foreign minister", got)
	}
	var cands []Candidate
	for _, p := range d.People(nil) {
		cands = append(cands, Candidate{Name: p.Name, Roles: p.Roles})
	}
	cands = append(cands, Candidate{Name: "Taras Melnyk", Roles: []string{"Ukraine's special envoy"}})
	m := lx.NewMatcher(cands)
	if ms := m.Match("the omani envoy", MatchOptions{}); len(ms) == 0 || cands[ms[0].Index].Name != "Khalid bin Saif Al-Harthy" || len(ms) > 1 && ms[1].Score >= ms[0].Score {
		t.Errorf("the omani envoy: %+v of %+v, want Khalid bin Saif Al-Harthy", ms, cands)
	}
}
