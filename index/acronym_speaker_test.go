package index

import "testing"

// "what did the icds tallinn researcher say": spelt out, the acronym made
// the speaker too long to read as one ("the international centre for
// defence and security tallinn researcher"), and the question was
// answered as a search; read as asked, then spelt out, it is his words.
func TestAcronymInASpeakerDescription(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"wire.txt": "Guarantees debated\n\n" +
			"Martin Kask, a research fellow at the International Centre for Defence and Security in Tallinn, said the most important word in the text was \"legally\". \"For thirty years we have been given political declarations,\" he said.\n\n" +
			"Anna Berg, a researcher at the Swedish Institute in Stockholm, said the text was vague. \"It is a start,\" she said.\n",
	})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the icds tallinn researcher say was the key word", "Martin Kask"},
		{"what did the icds researcher say", "Martin Kask"},
	})
}
