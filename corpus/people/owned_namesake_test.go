package people

import "testing"

// "The museum's Dorn" is, of two unrelated men named Dorn, the one whose
// title is the museum's: his words, however recently the other Dorn was
// quoted.
func TestNamesakeByTheOwnerOfHisTitle(t *testing.T) {
	got, _ := analyse(paras(
		`Pavel Dorn, the museum's head of security, said every crate was opened. "A seal tells you nothing," he said.`,
		`Anselm Dorn, a collector abroad, says he bought the painting at auction. "Nobody told me it was stolen," he said.`,
		`The museum's Dorn was blunter. "Same name, different side of the table," he said.`,
	))
	checkQuoteSpeakers(t, got, "Pavel Dorn", "Anselm Dorn", "Pavel Dorn")

	// A title neither holds says nothing of which: not the museum's
	// man's, for a word of his title alone.
	got, _ = analyse(paras(
		`Pavel Dorn, the museum's head of security, said every crate was opened.`,
		`Anselm Dorn, a collector abroad, says he bought the painting at auction.`,
		`The ministry's Dorn was blunter. "Same name, different side of the table," he said.`,
	))
	if got[0].Speaker == "Pavel Dorn" {
		t.Errorf("%q given to Pavel Dorn, whose title is not the ministry's", got[0].Text)
	}
}

// "X, whose director-general, Pavel Rusk, said": his title is the
// body's named before "whose".
func TestTitleOfTheBodyBeforeWhose(t *testing.T) {
	_, d := analyse(paras(
		`The notice came from the Civil Aviation Authority, whose director-general, Pavel Rusk, said on Monday that the corridor would be reviewed every thirty days.`,
	))
	roles := rolesOf(d)["Pavel Rusk"]
	if len(roles) == 0 || roles[0] != "director-general of the Civil Aviation Authority" {
		t.Errorf("Pavel Rusk's titles %q, want director-general of the Civil Aviation Authority", roles)
	}
}

// A lower-case body's title ("mission head") takes its body from the
// sentence before only when that sentence opens with one: not from a
// quotation's second sentence ("We saw no deviation").
func TestGenericBodyNotFromAQuotation(t *testing.T) {
	_, d := analyse(paras(
		`"The aircraft kept to its corridor. We saw no deviation at all," said Coralie Marchetti, spokeswoman for the monitoring mission. She said mission head Arnaud Delisle would brief both governments.`,
	))
	for _, r := range rolesOf(d)["Arnaud Delisle"] {
		if r == "We mission head" {
			t.Errorf("Arnaud Delisle's title %q: a quotation's pronoun taken for his body", r)
		}
	}
}
