package index

import "testing"

// A question about a pastime the articles never name (a sport, a dish, a
// show: english.Pastime and questions.yaml's chatter pastimes) is out of
// scope, however many everyday words it shares with them ("last night",
// "final", "3-1"); one the articles do name is asked of them.
func TestPastimeTheArticlesNeverName(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": `Talks resume after a night session

The final session of the talks ran late last night. The delegations agreed a 3-1 split of the monitoring posts, officials said.

Volunteers served pizza to the crews waiting at the crossing on Friday night.
`,
	})
	for _, q := range []string{
		"did anyone watch the basketball final last night lol",
		"did u guys see the derby last night 3-1",
		"who won the tennis final",
		"any good documentary to watch friday night",
	} {
		if a := ask(t, e, q); a.Answered() {
			t.Errorf("%q answered with %q, want the no-answer", q, a.Passages[0].Text)
		}
	}
	for _, q := range []string{"who served pizza at the crossing", "when did the final session end"} {
		if a := ask(t, e, q); !a.Answered() {
			t.Errorf("%q: not answered, want the passage naming it", q)
		}
	}
}
