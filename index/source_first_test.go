package index

import "testing"

// A question may open with whose account it wants ("according to the
// clerk what did hollmann say"): the words asked for are Hollmann's, as
// the clerk repeats them, not the clerk's own; asking nothing of anyone
// else, the source's own ("according to the clerk, what happened").
func TestSourceOpeningQuestion(t *testing.T) {
	text := `Registry official dismissed

The witness Britta Lanz, a clerk at the Ostmark registry since 2062, gave evidence on 3 June. She said: "Mr Hollmann asked me to bring him the files of the older Orlesk children. He said, 'These ones are grown men, they will only put them in uniform.' He kept the files in his office overnight."

Gerd Hollmann, the former deputy head of the registry, did not attend the hearing.
`
	e := engineOfFiles(t, map[string]string{"ruling.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"according to the clerk what did hollmann say abt the older kids", "Gerd Hollmann", "These ones are grown men"},
		{"according to lanz, what did hollmann tell her", "Gerd Hollmann", "These ones are grown men"},
		{"according to the clerk, what happened to the files", "Britta Lanz", "Mr Hollmann asked me"},
	})
}
