package index

import (
	"testing"
)

// Members name an office as their own country would: "the agriculture
// minister" for a "Minister of Agrarian Policy and Food", "the
// zaporizhzhia governor" for the head of its regional military
// administration, "the kupiansk mayor" for the head of its city military
// administration. A deputy asked for is never the minister.
func TestDescribedByPortfolioAndOffice(t *testing.T) {
	wire := `Title: Demining deal reaction
Outlet: Wire
Date: 2050-03-19

KYIV, March 19 - Minister of Agrarian Policy and Food Halyna Ostapchuk said the first cleared fields could be sown in the autumn. "Every cleared hectare is bread on the table," the minister said.

Iryna Kovalchuk, head of the Zaporizhzhia Regional Military Administration, said the region was ready. "We have prepared accommodation for 900 deminers," she told reporters.

Oleh Savchuk, a farmer near Polohy, was less sure. "I have heard many promises," he said.

Ruslan Kravets, head of the Kupiansk city military administration, said 64 residents were on the lists. "The least a city can do is buy their families a ticket," he said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for _, tt := range []struct{ q, speaker string }{
		{"what did the agriculture minister say", "Halyna Ostapchuk"},
		{"what did the ukrainian agri minister say about the fields", "Halyna Ostapchuk"},
		{"what did the zaporizhzhia governor say", "Iryna Kovalchuk"},
		{"what did the kupiansk mayor say", "Ruslan Kravets"},
		{"what did the deputy agriculture minister say", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if a := ask(t, e, tt.q); a.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
		})
	}
}
