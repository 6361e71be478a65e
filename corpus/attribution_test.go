package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The hand-labelled attribution suite: no quotation given to the wrong
// person or to anyone when it has no named speaker, and nine in ten
// labelled speakers found.
func TestAttributionSuite(t *testing.T) {
	c, labels := attributionSuite(t)
	rep := ScoreAttribution(c, labels)
	t.Logf("attribution suite\n%s", rep.Table())
	if p := rep.Precision(); p < 1 {
		t.Errorf("precision %.3f, want 1", p)
	}
	if r := rep.Recall(); r < 0.9 {
		t.Errorf("recall %.3f, want ≥ 0.9", r)
	}
}

// attributionSuite loads the hand-labelled articles and their labels.
func attributionSuite(t *testing.T) (*Corpus, []AttributionLabel) {
	t.Helper()
	c, err := Load("testdata/attribution")
	if err != nil {
		t.Fatal(err)
	}
	labels, err := LoadAttributionLabels("testdata/attribution/labels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c, labels
}

// A letter to the editor is its signer's words, from its salutation to
// the signature under it, and a mailing list's message its sender's
// ("From:"), never the earlier message it quotes ("> …"): every signed
// text of the suite is found, and given to no one else.
func TestSignedTexts(t *testing.T) {
	c, labels := attributionSuite(t)
	labels = slices.DeleteFunc(labels, func(l AttributionLabel) bool { return l.Case != "signed" })
	if len(labels) < 10 {
		t.Fatalf("%d signed labels, want the suite's 10", len(labels))
	}
	rep := ScoreAttribution(c, labels)
	if rep.Precision() < 1 || rep.Recall() < 1 {
		t.Errorf("signed texts\n%s", rep.Table())
	}
	// A letter's words start after its salutation ("Sir, - …").
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			if q.Speaker != "" && (strings.HasPrefix(q.Text, "Sir,") || strings.HasPrefix(q.Text, "Dear ")) {
				t.Errorf("%s: %s's words open with the salutation: %.40q", d.ID, q.Speaker, q.Text)
			}
		}
	}
}

// A signature's lines under a name ("Svitlana Bondar" / "Senior
// Inspector, Ukrainian Sea Ports Authority") say what the writer is; a
// title written in capitals there is no one's name ("Chief Inspector").
func TestSignatureTitles(t *testing.T) {
	c, _ := attributionSuite(t)
	want := map[string]string{
		"Daniel Osei":     "Chief Inspector, Joint Corridor Monitoring Centre",
		"Svitlana Bondar": "Senior Inspector, Ukrainian Sea Ports Authority",
	}
	for _, p := range c.People {
		if r, ok := want[p.Name]; ok {
			if !slices.Contains(p.Roles, r) {
				t.Errorf("%s: roles %q, want %q among them", p.Name, p.Roles, r)
			}
			delete(want, p.Name)
		}
		if strings.HasSuffix(p.Name, "Inspector") {
			t.Errorf("a person named %q", p.Name)
		}
	}
	for n := range want {
		t.Errorf("%s not among the people", n)
	}
}

// ScoreAttribution counts a quotation given to the wrong person, one
// given to someone when labelled no one, and one missed, each once.
func TestScoreAttribution(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Talks\n\n\"We want peace and nothing less than peace,\" said Kremlin spokesman Dmitry Peskov. \"The plan is a basis for talks,\" the Kremlin said.\n\n\"Nobody knows what comes next now,\" a diplomat said.\n")},
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	labels := []AttributionLabel{
		{File: "a.txt", Quote: "We want peace", Speaker: "Dmitry Peskov", Case: "plain"},
		{File: "a.txt", Quote: "the plan is a basis", Speaker: "", Case: "office"},
		{File: "a.txt", Quote: "Nobody knows", Speaker: "Yuri Ushakov", Case: "unnamed"},
		{File: "a.txt", Quote: "We want peace", Speaker: "Vladimir Putin", Case: "wrong"},
		{File: "b.txt", Quote: "not there", Speaker: "Dmitry Peskov", Case: "missing"},
	}
	rep := ScoreAttribution(c, labels)
	if rep.Named != 4 || rep.Right != 1 || rep.Wrong != 1 || rep.Missed != 2 || rep.Guessed != 0 {
		t.Errorf("report %+v", rep.AttributionScore)
	}
	if got := rep.Precision(); got != 0.5 {
		t.Errorf("precision %.2f, want 0.50", got)
	}
	if tab := rep.Table(); !strings.Contains(tab, "wrong") || !strings.Contains(tab, "given to Dmitry Peskov, labelled Vladimir Putin") {
		t.Errorf("table lacks the wrong attribution:\n%s", tab)
	}
}

func FuzzParseAttributionLabels(f *testing.F) {
	f.Add("- file: a.txt\n  quote: We want peace\n  speaker: Dmitry Peskov\n  case: plain\n")
	f.Add("- {file: a.txt, quote: x, speaker: \"\"}\n")
	f.Add("- file: a.txt\n")
	f.Add("[]")
	f.Fuzz(func(t *testing.T, s string) {
		labels, err := ParseAttributionLabels([]byte(s))
		if err != nil {
			return
		}
		for _, l := range labels {
			if strings.TrimSpace(l.File) == "" || strings.TrimSpace(l.Quote) == "" {
				t.Fatalf("accepted a label without file or quote: %+v", l)
			}
		}
	})
}
