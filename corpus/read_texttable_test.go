package corpus

import (
	"strings"
	"testing"
)

// A plain-text table of a fact sheet or a report, its columns set by a
// rule of dashes: its rows are data, read as a Markdown table's are
// (each cell after its column's heading), never skipped as short lines
// of furniture nor joined as wrapped text. A heading of two lines reads
// as one, a rule over the total is passed over, and a letter of two
// bytes ("Constanța") does not shift the columns.
func TestPlainTextTableRowsAreRead(t *testing.T) {
	sheet := `FACT SHEET
Return of farm land in the Dnipro belt
Status as of 1 September 2073

Kyiv, 1 September 2073

1. The belt. The Dnipro farming belt is a demilitarised strip along the river, and withdrawal began on 1 September.

KEY FIGURES

Item                                          Figure
--------------------------------------------  -----------------------------
Width of the belt                             18 km
Harvest compensation fund                     USD 2.4 billion
  of which Russian contribution               USD 1.4 billion
Seed and fertiliser via Constanța (12 months) 410,000 t
Cattle registered for crossings               21,000 head

Table 1. Survey results by district

District        Households   Want to return
                surveyed     (%)
--------------  ----------   --------------
Dibrivka           640            71
Sukhi Stavky       482            63
--------------  ----------   --------------
Total            2,412            64

Questions may be sent to the ministry hotline.
`
	d, texts := loadOne(t, "factsheet.txt", sheet)
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"Item: Width of the belt, Figure: 18 km",
		"Item: of which Russian contribution, Figure: USD 1.4 billion",
		"Item: Seed and fertiliser via Constanța (12 months), Figure: 410,000 t",
		"Item: Cattle registered for crossings, Figure: 21,000 head",
		"District: Dibrivka, Households surveyed: 640, Want to return (%): 71",
		"District: Total, Households surveyed: 2,412, Want to return (%): 64",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no passage holds %q:\n%s", want, all)
		}
	}
	for _, s := range d.Skipped {
		if strings.Contains(s, "Width of the belt") || strings.Contains(s, "Dibrivka") {
			t.Errorf("a table's row skipped: %q", s)
		}
	}
}
