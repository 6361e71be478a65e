package corpus

import "testing"

// A date in numbers either order reads ("10/06/2077") is read day first
// on a page that writes its dates day first ("the 9 June draft"), month
// first on one that writes "June 9"; a wire slug of hyphens alone
// ("BC-KALDOR-DRUVANIA-TALKS (UPDATE 2, CORRECTED)") is no dateline, so
// the agency of the real one ("(CPA)") is the outlet.
func TestNumericDateOrderAndDashSlug(t *testing.T) {
	page := func(mention string) string {
		return `<html><head><title>Leaked draft map puts Harnovo on Kaldor's side</title></head><body><main><article>
<h1>Leaked draft map puts Harnovo on Kaldor's side</h1>
<p class="byline">By Felix Arendt, Diplomatic Correspondent · Published 10/06/2077 14:05</p>
<p>A draft map of the buffer zone, ` + mention + ` and marked restricted, shows a notch at Dubrin Ford.</p>
<p>Both delegations declined to comment on the document on Thursday evening.</p>
</article></main></body></html>`
	}
	for mention, want := range map[string]string{"dated 9 June": "2077-06-10", "dated June 9": "2077-10-06"} {
		d, _ := loadOne(t, "page.html", page(mention))
		if d.Date != want {
			t.Errorf("page %q: dated %q, want %s", mention, d.Date, want)
		}
	}
	wire := `BC-KALDOR-DRUVANIA-TALKS (UPDATE 2, CORRECTED)

Kaldor, Druvania initial buffer-zone map after all-night talks

By Maren Holt

ORSBERG, Vallmark, June 12 (CPA) - Negotiators from Kaldor and Druvania initialled a map of a demilitarised buffer zone early on Saturday.

The text requires both armies to pull back 15 kilometres from the line of contact.
`
	d, _ := loadOne(t, "wire.txt", wire)
	if d.Outlet != "CPA" {
		t.Errorf("wire's outlet %q, want CPA from its dateline", d.Outlet)
	}
}
