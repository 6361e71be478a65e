package people

import "testing"

// "Halina Vesk … tells Jonas Ekberg how …", under a byline crediting
// Jonas Ekberg: the writer is the one asking, so the answers are hers;
// and "The staff call you "Sova"", asked of her, is her nickname.
func TestUnlabelledInterviewByTheBylinesWriter(t *testing.T) {
	ps := paras(
		"Twice in January the station lost every link to the grid. Halina Vesk, the shift supervisor in charge of the control room both times, tells Jonas Ekberg how the staff kept four reactors cool on diesel.",
		"You were on shift when the line went on 10 January. What happened in the first minute?",
		"The lights dipped, the alarms came up, and then we heard the diesels start. I looked at the board and saw six green.",
		`The staff call you "Sova". Where does that come from?`,
		"It means the owl. I have worked nights for nineteen years, and it stuck.",
		"How much fuel did you really have?",
		"I had seven days in my tanks at the load we were running.",
	)
	d, err := Default().Analyse(ps, Options{Writer: "Jonas Ekberg"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 3 {
		t.Fatalf("quotes %+v, want the three answers", d.Quotes)
	}
	for _, q := range d.Quotes {
		if q.Speaker != "Halina Vesk" {
			t.Errorf("%q credited to %q, want Halina Vesk", q.Text, q.Speaker)
		}
	}
	for _, p := range d.People(nil) {
		if p.Name == "Halina Vesk" && !contains(p.Aliases, "sova vesk") {
			t.Errorf("Halina Vesk's aliases %q, want her nickname before her surname", p.Aliases)
		}
	}
	// Without the byline, who is asking is no guess to make.
	d, err = Default().Analyse(ps, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if q.Speaker != "" {
			t.Errorf("no byline: %q credited to %q, want no one", q.Text, q.Speaker)
		}
	}
}
