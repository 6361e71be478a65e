package corpus

import "testing"

// A record's numbered headings in capitals, each right over its text
// ("8. DATE OF NEXT MEETING" / "Thursday 25 June 2076 at 18:00 …"), are
// the sections of what follows them, not passages of their own; a
// numbered list in capitals standing apart stays a list.
func TestNumberedHeadingsInCapitals(t *testing.T) {
	d, _ := loadOne(t, "minutes.txt", `HOLNIK VILLAGE COUNCIL

MINUTES OF THE ORDINARY MEETING held on Thursday 28 May 2076 at 18:00 in the school hall, Holnik

APOLOGIES: Cllr Tereza Kollar (illness)

1. MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting of 30 April 2076 were approved as a correct record.

2. RINGING OF THE CHURCH BELL
Father Dorn asked that the bell be rung each time a field in the parish is declared safe.

3. DATE OF NEXT MEETING
Thursday 25 June 2076 at 18:00 in the school hall.

The meeting closed at 20:05.
`)
	want := map[string]string{
		"The minutes of the meeting of 30 April 2076 were approved as a correct record.": "MINUTES OF THE PREVIOUS MEETING",
		"Thursday 25 June 2076 at 18:00 in the school hall.":                             "DATE OF NEXT MEETING",
	}
	for _, p := range d.Passages {
		if p.Text == "DATE OF NEXT MEETING" || p.Text == "RINGING OF THE CHURCH BELL" {
			t.Errorf("heading %q is a passage", p.Text)
		}
		if s, ok := want[p.Text]; ok {
			if p.Section != s {
				t.Errorf("%q under %q, want %q", p.Text, p.Section, s)
			}
			delete(want, p.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("passages missing: %v", want)
	}
}
