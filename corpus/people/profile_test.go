package people

import "testing"

// A profile goes on calling its subject "she" for paragraphs after
// naming someone else once, to give their words on her (`Professor Marta
// Zielińska … is blunter: "She won the metering and lost the money."`):
// the later "she" is the profile's subject, named in more paragraphs
// than anyone, never the one-off commentator; so are the words the
// sheikh recalls her saying. "The sheikh recalled", after "Sheikh Khalid
// Al-Mannai", is the sheikh.
func TestProfileSubjectOutlastsACommentator(t *testing.T) {
	qs, _ := analyse(paras(
		`Oksana Hrytsenko took off her shoes and drew the compressor station from memory.`,
		`Hrytsenko is 52 and holds the title of first deputy energy minister. She was born in Kremenchuk.`,
		`Not everyone admires the method. Professor Marta Zielińska of the Centre for Energy Transit Studies is blunter about the outcome: "She won the metering and lost the money."`,
		`The money was the repair bill. The breakthrough came from Sheikh Khalid Al-Mannai, Qatar's envoy. "She said to me, 'I am asking them to pay for a compressor,'" the sheikh recalled. "I told her that Doha could pay."`,
		`Anton Imboden, the retired Swiss judge, worked with her. "She is the only negotiator who reads the annexes first," the former judge said.`,
		`At home, she lives in Kyiv with her husband. She calls it "my only souvenir".`,
	))
	checkByStart(t, qs, map[string]string{
		"She won the metering":                "Marta Zielińska",
		"She said to me, 'I am":               "Khalid Al-Mannai",
		"I am asking them to pay for a compr": "Oksana Hrytsenko",
		"my only souvenir":                    "Oksana Hrytsenko",
	})
}
