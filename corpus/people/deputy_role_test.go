package people

import "testing"

// "The deputy minister wrote …" is the deputy the paragraph before named,
// not the minister she paid tribute to there: no title of his makes him
// a deputy. With no deputy named, the words are no one's rather than
// the minister's.
func TestDeputyRoleNounIsNotTheMinister(t *testing.T) {
	qs, _ := analyse(paras(
		`Deputy Infrastructure Minister Hedda Vrana has cut the ribbon. She paid tribute to her boss, Infrastructure Minister Oskar Lindahl, who did not attend.`,
		`The deputy minister wrote on Flare shortly after the ceremony: "Kesvar is back on the map."`,
	))
	checkQuoteSpeakers(t, qs, "Hedda Vrana")

	qs, _ = analyse(paras(
		`Infrastructure Minister Oskar Lindahl did not attend the ceremony.`,
		`The deputy minister wrote on Flare shortly after the ceremony: "Kesvar is back on the map."`,
	))
	checkQuoteSpeakers(t, qs, "")
}
