package people

import "testing"

// `He called the dismissal of the claim against Dravenia itself "the
// only correct part of the decision"`: a naming verb's object of eight
// words, then the words he gives it, his.
func TestNamingVerbWithALongerObject(t *testing.T) {
	qs, _ := analyse(paras(
		`Victor Saalberg, the lawyer for Dravatom, said his client would appeal. "The court has ignored the facts on the ground," he told reporters. He called the dismissal of the claim against Dravenia itself "the only correct part of the decision".`,
	))
	checkSpeakers(t, qs, map[string]string{
		"The court has ignored the facts":       "Victor Saalberg",
		"the only correct part of the decision": "Victor Saalberg",
	})
}
