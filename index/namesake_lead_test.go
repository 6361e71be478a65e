package index

import "testing"

// Two people share a surname: "mr orlik abt fixing windows?" asks the
// man's words, "capt halvard on her crew?" the captain's (her title and
// "her"), "vesna on the cold classrooms" the one named Vesna, and "whats the name of the first officer", whom the captain's
// words mention, is no one the articles name.
func TestNamesakeLeadingAQuestion(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"school.txt": `Windows for the school

Vesna Orlik, a teacher, said the classrooms were cold. "The children write in their coats," she said.

Her husband, Tomas Orlik, a carpenter, is fixing the school's windows first. "My own windows can wait. The pupils cannot sit in a draught," he said.
`,
		"ship.txt": `The Morning Lark

The ship's master, Captain Ines Halvard, was flown to hospital. "The first officer shouted 'drone, port side' and then everything went white," Captain Halvard said. "My crew did everything right."

Jonas Halvard, chief executive of Greyhaven, is not related to the captain. "We will keep sailing the corridor," he said.
`,
	})
	askedAs(t, e, []struct{ q, who string }{
		{"mr orlik abt fixing windows?", "Tomas Orlik"},
		{"capt halvard on her crew?", "Ines Halvard"},
		// A given name alone, of the one person the articles give it.
		{"vesna on the cold classrooms", "Vesna Orlik"},
	})
	if a := ask(t, e, "whats the name of the first officer on the lark"); a.Speaker != "" {
		t.Errorf("the first officer taken for %q", a.Speaker)
	}
}
