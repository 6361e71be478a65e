package people

import "testing"

// A spokesperson telling what the one they speak for asked or said
// speaks the quoted words themselves: "His press secretary, Mira
// Santell, said the minister had asked for a line built "as soon as the
// guns allow"" is hers, never the minister's, who is not quoted. Told by
// anyone else ("A diplomat said the minister had asked …"), the words
// stay the minister's, as a verb of his frames them.
func TestSpokespersonTellingKeepsTheWords(t *testing.T) {
	for _, c := range []struct {
		name  string
		paras []string
		quote string
		want  string
	}{
		{
			"a possessive makes her his press secretary",
			[]string{`Energy Minister Teodor Halvik has not given interviews. His press secretary, Mira Santell, said the minister had asked for a second line to be built "as soon as the guns allow".`},
			"as soon as the guns allow", "Mira Santell",
		},
		{
			"a title for the minister's office, a pronoun for him",
			[]string{`The Minister of Energy, Teodor Halvik, did not speak. Press Secretary to the Minister, Mira Santell, said he had described the line as "our only lifeline".`},
			"our only lifeline", "Mira Santell",
		},
		{
			"a spokesman for the general, the general's verb",
			[]string{`General Laurent Mercadier briefed ministers. His spokesman, Paul Dorn, said the general described the force as "a reassurance presence, not a buffer" between the armies.`},
			"a reassurance presence, not a buffer", "Paul Dorn",
		},
		{
			"anyone else telling it: the minister's words",
			[]string{`Energy Minister Teodor Halvik has not given interviews. A diplomat, Ruth Amsel, said the minister had asked for a second line to be built "as soon as the guns allow".`},
			"as soon as the guns allow", "Teodor Halvik",
		},
	} {
		got, _ := analyse(paras(c.paras...))
		found := false
		for _, q := range got {
			if q.Text != c.quote {
				continue
			}
			found = true
			if q.Speaker != c.want {
				t.Errorf("%s: %q given to %q, want %q", c.name, q.Text, q.Speaker, c.want)
			}
		}
		if !found {
			t.Errorf("%s: %q not read as a quotation (got %v)", c.name, c.quote, got)
		}
	}
}
