package people

import "testing"

// One romanisation writes once a letter another doubles: "Kiril" is the
// "Kirill" the lexicon lists, a person whose words are his. A form two
// listed names of different genders give ("Darel": "Darrel", "Darell")
// marks neither, and a word the lexicon knows as a place ("Asia", from
// "Assia") is no given name.
func TestGivenNameWithADoubledLetterWrittenOnce(t *testing.T) {
	qs, _ := analyse(paras(
		`Kiril Halm of Block D spoke about his grandmother. "When the radiator ticked on, she put her hand on it," he told the meeting.`,
	))
	checkQuoteSpeakers(t, qs, "Kiril Halm")
	lx := Default()
	if g, ok := lx.GivenName("Kiril"); !ok || g != Male {
		t.Errorf("Kiril: %v %v, want a man's given name", g, ok)
	}
	if g, ok := lx.GivenName("Darel"); !ok || g != Unknown {
		t.Errorf("Darel: %v %v, want a given name of no known gender", g, ok)
	}
	if _, ok := lx.GivenName("Asia"); ok {
		t.Error("Asia read as a given name")
	}
}
