package index

import "testing"

// "The truck driver", where three people drive the convoy's trucks and
// only one's title happens to name a truck ("the driver of the truck
// behind"), is the driver whose words are on what is asked: his
// daughter is Jonas Pell's subject, not Marek Joss's.
func TestSharedTitleDecidedBySubject(t *testing.T) {
	timeline := `# The ice road, day by day

- **12 January, 13:05** - The first truck reaches the harbour in Kallevo. Its driver, Jonas Pell, has not seen his daughter Lidia, a nurse at the district hospital, since October. "I had not seen my daughter since October, and we talked through the window of the cab for four minutes," Pell said.

- **13 January, 11:35** - Truck 17 breaks through the ice near marker 24. Its driver, Kasimir Dunavel, is pulled out of the water by Marek Joss, the driver of the truck behind. "He is driving again on Thursday, stubborn as ever," Joss said of his friend.
`
	e := engineOfFiles(t, map[string]string{"timeline.md": timeline})
	for q, want := range map[string]string{
		"what did the truck driver say abt seeing his daughter":             "Jonas Pell",
		"what did the truck driver say about his friend going back to work": "Marek Joss",
	} {
		if a := ask(t, e, q); a.Speaker != want {
			t.Errorf("%q: speaker %q, want %s", q, a.Speaker, want)
		}
	}
}
