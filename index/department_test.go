package index

import (
	"testing"
)

// A body asked for as a "department" or "dept" is the ministry the
// articles name ("what did the ostrelian defence department say", of
// "Ostrelia's defence ministry said in a statement …"): the articles do
// cover it. A department of something they never name is still no one.
func TestDepartmentIsTheMinistry(t *testing.T) {
	text := "Shells on Varga\n\nOstrelia's defence ministry said in a statement that Dravenian forces had fired 412 shells at Ostrelian positions over the past day, including \"a deliberate strike on a school in Varga\".\n\nThe mission logged 57 violations for the day.\n"
	e := engineOfFiles(t, map[string]string{"blog.txt": text})
	for _, q := range []string{"what did the ostrelian defence department say", "wat did ostrelias defence dept say"} {
		if a := ask(t, e, q); a.SpeakerStatus == SpeakerUnknown || len(a.Passages) == 0 {
			t.Errorf("%q: status %q with %d passages, want the ministry's statement", q, a.SpeakerStatus, len(a.Passages))
		}
	}
	if a := ask(t, e, "what did the ostrelian fisheries department say"); a.SpeakerStatus != SpeakerUnknown && a.Answered() && !a.Closest {
		t.Errorf("a department the articles never name: answered as exact, %v", a.Passages)
	}
}
