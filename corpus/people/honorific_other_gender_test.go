package people

import "testing"

// "Mrs Dalvo" is not the man the text has named with that surname: she
// is the woman it named before with a given name no list knows, and her
// words are hers, not her husband's.
func TestHonorificOfTheOtherGenderIsSomeoneElse(t *testing.T) {
	for _, tc := range []struct{ name, first, want string }{
		{"named before", "For fifty-one days, Irja Dalvo kept a notebook by the telephone in her kitchen.", "Irja Dalvo"},
		{"never named", "For fifty-one days, the family kept a notebook by the telephone in the kitchen.", "Mrs Dalvo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := analyse(paras(
				tc.first,
				`Her husband, Captain Henrik Dalvo, 56, skipper of the trawler Brenna Dawn, had just climbed aboard a coast guard cutter.`,
				`"I never asked anyone for pity," Mrs Dalvo told the Herald on Wednesday evening.`,
				`"I have not slept a full night since January," she said.`,
				`"We were fishing. Nothing else," Captain Dalvo said.`,
			))
			got := map[string]string{}
			for _, q := range qs {
				got[q.Text] = q.Speaker
			}
			for text, want := range map[string]string{
				"I never asked anyone for pity,":               tc.want,
				"I have not slept a full night since January,": tc.want,
				"We were fishing. Nothing else,":               "Henrik Dalvo",
			} {
				if got[text] != want {
					t.Errorf("%q: speaker %q, want %q (all: %v)", text, got[text], want, got)
				}
			}
		})
	}
}
