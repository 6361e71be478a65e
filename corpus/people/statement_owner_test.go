package people

import "testing"

// "…," the statement said: the words of the one the text before made the
// statement's, read out on their behalf, theirs by a possessive or from
// them; a ministry's statement, or one read for a council, is no one's.
func TestStatementReadOutIsTheirs(t *testing.T) {
	const words = `"Every hour that station runs on diesel is an hour we are borrowing against luck," the statement said.`
	for _, c := range []struct {
		name, before, want string
	}{
		{"read on his behalf by an aide", `Stanislav Pruett, the member of the National Assembly for Veldany, is abroad. His aide, Nadia Korsh, read a statement on his behalf in the town hall.`, "Stanislav Pruett"},
		{"a statement from him", `Stanislav Pruett is abroad. A statement from Stanislav Pruett was read out in the town hall.`, "Stanislav Pruett"},
		{"his statement, by a possessive", `Stanislav Pruett is abroad. Pruett's statement was read out by an aide, Nadia Korsh.`, "Stanislav Pruett"},
		{"a ministry's statement", `The energy ministry issued a statement on Tuesday. Its minister, Teodor Halvik, was in Sarn.`, ""},
		{"read for a council", `Nadia Korsh read a statement on behalf of the regional council.`, ""},
	} {
		got, _ := analyse(paras(c.before, words))
		if len(got) != 1 {
			t.Errorf("%s: quotes %+v, want the statement's", c.name, got)
			continue
		}
		if got[0].Speaker != c.want {
			t.Errorf("%s: the statement's words given to %q, want %q", c.name, got[0].Speaker, c.want)
		}
	}
}
