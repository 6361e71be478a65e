package corpus

import (
	"strings"
	"testing"
)

// A parliament's verbatim record of a sitting labels members by honorific,
// name and role, with their party in square brackets ("Mr Pavel Dremmer
// [Homeland Front]:", "The Prime Minister (Tomas Halvik) [Civic
// Alliance]:"), and its chair by office alone ("The Speaker:"), named
// once in a note ("[The Speaker (Irena Vosk) in the Chair.]"). Each turn
// is its member's words; the chair's are the one the note names, and the
// deputy's after the note saying he took the chair are his.
func TestPlenaryRecordTurns(t *testing.T) {
	record := `OFFICIAL REPORT (VERBATIM RECORD)
Sitting of Thursday, 14 April 2078

[The sitting resumed at 14:02. The Speaker (Irena Vosk) in the Chair.]

The Speaker: Order, order. We resume the third reading of the Bill. I call the Prime Minister.

The Prime Minister (Tomas Halvik) [Civic Alliance]: Madam Speaker, this bill freezes the line and brings our prisoners home within sixty days.

Mrs Marta Brennich (Leader of the Opposition) [National Bloc]: Madam Speaker, I call it what it is: a surrender signed in instalments.

Mr Pavel Dremmer [Homeland Front]: Traitors! You are selling the graves of our sons!

The Speaker: Mr Dremmer, you will withdraw that remark.

[The Deputy Speaker (Rolf Hennig) took the Chair at 16:40.]

The Deputy Speaker: Before I call the next member, I remind the House that visitors in the gallery take no part in our proceedings.
`
	d, _ := loadOne(t, "record.txt", record)
	for text, want := range map[string]string{
		"We resume the third reading":          "Irena Vosk",
		"brings our prisoners home":            "Tomas Halvik",
		"a surrender signed in instalments":    "Marta Brennich",
		"selling the graves of our sons":       "Pavel Dremmer",
		"you will withdraw that remark":        "Irena Vosk",
		"visitors in the gallery take no part": "Rolf Hennig",
	} {
		got := "(no quote)"
		for _, q := range d.Quotes {
			if strings.Contains(q.Text, text) {
				got = q.Speaker
			}
		}
		if got != want {
			t.Errorf("%q is %s's, want %s's", text, got, want)
		}
	}
	roles := map[string]string{}
	for _, p := range d.People {
		roles[p.Name] = strings.Join(p.Roles, "; ")
	}
	for name, want := range map[string]string{"Irena Vosk": "Speaker", "Rolf Hennig": "Deputy Speaker", "Pavel Dremmer": "Homeland Front"} {
		if !strings.Contains(roles[name], want) {
			t.Errorf("%s's titles are %q, want %q among them", name, roles[name], want)
		}
	}
}
