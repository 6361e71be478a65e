package index

import "testing"

// "The old physicist's colleague" is the one the physicist calls his
// colleague, whose words he quotes, never the physicist himself; a tie no
// one in the articles is given ("the physicist's neighbour") is no one.
func TestAssociateOfADescribedPerson(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"bulletin.txt": `Evening bulletin

The station ran on diesel for 31 hours after the last line was cut.

Dr Anselm Kovar, a retired reactor physicist who headed the physics department until 2069, has seen this before. "My old colleague Radomir Tesch was in the control room for the ice-storm blackout in 2051. He told me, 'The reactors were never the problem. The problem was that nobody knew when the line would come back.' That is still the problem," Kovar said.

Kovar said the crews had done "in one day what normally takes a week".
`,
	})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the old physicist's colleague tell him back then", "Radomir Tesch"},
		{"what did kovars colleague say", "Radomir Tesch"},
		{"what did the colleague of kovar say", "Radomir Tesch"},
		{"what did the physicist's neighbour say", ""},
		{"what did the physicist say", "Anselm Kovar"},
	})
}
