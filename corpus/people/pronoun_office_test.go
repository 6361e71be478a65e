package people

import "testing"

// A pronoun after a sentence that speaks of someone by an office ("the
// captain and I share a name") is theirs: whom the text gave that office
// before, or no one it names; never a woman named a turn earlier.
func TestPronounAfterAnOffice(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		text  string // a quote's text
		want  string // its speaker; "" for no one
	}{
		{
			name: "an office no one named holds, in a turn: no one",
			paras: []string{
				`MODERATOR: Della Marchbank, you price this risk. What happened to premiums?`,
				`MARCHBANK: Before the attack we were writing cover at 1 percent of hull value.`,
				`MODERATOR: Mr Halvard, you are paying that.`,
				`HALVARD: We are still sailing. I want to be clear: the captain and I share a name and nothing else. But I will tell you what she said to me from her hospital bed. She said, "Tell the owners I want my ship back, not a new one."`,
			},
			text: "Tell the owners I want my ship back, not a new one.",
			want: "",
		},
		{
			name: "an office the text gave someone: theirs",
			paras: []string{
				`## Colonel Taras Lutsenko`,
				`A former signals officer, the colonel led the delegation. Colleagues credit him with narrowing the demand. "We asked for one hill, not for the whole front," he said.`,
			},
			text: "We asked for one hill, not for the whole front,",
			want: "Taras Lutsenko",
		},
		{
			name: "after a preposition, a thing: the pronoun reads on back",
			paras: []string{
				`Dr Halyna Marchenko runs the survey teams, and they call her the Mud Queen.`,
				`I think the nickname is fine in the body, not in the lead. In an interview she said, "If the mud gets us to one more village, I will wear a crown."`,
			},
			text: "If the mud gets us to one more village, I will wear a crown.",
			want: "Halyna Marchenko",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := analyse(paras(tt.paras...))
			found := false
			for _, q := range qs {
				if q.Text != tt.text {
					continue
				}
				found = true
				if q.Speaker != tt.want {
					t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, tt.want)
				}
			}
			if !found {
				t.Errorf("no quote %q", tt.text)
			}
		})
	}
}
