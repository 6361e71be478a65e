package people

import "testing"

// Words someone quotes inside their own quotation, by a pronoun and a
// speech verb ("She said to me, 'I am not asking Moscow to say
// sorry.'"), are also a quotation of the one the pronoun is, when the
// text names them. Not when the pronoun is someone the text brings in
// unnamed ("a constituent whose brother-in-law …: "He writes, '…'""),
// nor words someone might say ("if she says, 'Look at line 316,'").
func TestQuotationInsideAQuotation(t *testing.T) {
	got, _ := analyse(paras(
		`Oksana Hrytsenko, 47, leads Ukraine's delegation. She trained as an engineer.`,
		`The breakthrough came from Sheikh Khalid Al-Mannai, Qatar's envoy. "She said to me, 'Your Excellency, I am not asking Moscow to say sorry. I am asking them to pay for a compressor.' I told her that was fair," Al-Mannai said.`,
		`Edward Hartley, a Conservative MP, asked about the soldiers.`,
		`Fiona MacLeod read from a letter sent by a constituent whose Ukrainian brother-in-law has been held since 2022: "He writes, 'We were told he would be in the first group. Now they say the third.'"`,
		`"On the other side of the table they know that if she says, 'Look at line 316,' then something on line 316 is wrong," said Bohdan Yaremchuk, her deputy.`,
	))
	by := speakersByStart(got, 16)
	if by["Your Excellency,"] != "Oksana Hrytsenko" {
		t.Errorf("the words quoted inside the envoy's: %q; want Hrytsenko's", by)
	}
	for _, start := range []string{"We were told he ", "Look at line 316"} {
		if s, ok := by[start]; ok {
			t.Errorf("%q… read as %q's quotation", start, s)
		}
	}
}
