package corpus

import "testing"

// A company's own circular quotes "a spokesperson for the company", then
// "the spokesperson" again: both are the company's spokesperson, named by
// the body the circular's title names; on a news page, whose company "the
// company" is stays unsaid.
func TestBodysOwnPageSpokesperson(t *testing.T) {
	circular := parseTxt(t, `Norland Mutual Agricultural Insurance

Circular to Policyholders, 14 April 2078

"No farmer on the Sorrel Plain should carry this risk alone, and this cover is how we keep that promise," a spokesperson for the company said.

"Our chief executive asked us to make the claim form one page long. It is one page long," the spokesperson added.
`)
	for _, q := range circular.Quotes {
		if q.Speaker != "" || q.Role != "spokesperson for Norland Mutual Agricultural Insurance" {
			t.Errorf("%.30q: speaker %q, role %q; want the insurer's spokesperson", q.Text, q.Speaker, q.Role)
		}
	}
	if len(circular.Quotes) != 2 {
		t.Errorf("%d quotes, want 2", len(circular.Quotes))
	}
	wire := parseTxt(t, `Insurers cover cleared fields
Wire
2078-04-14

"No farmer should carry this risk alone, and this cover is how we keep that promise," a spokesperson for the company said.
`)
	for _, q := range wire.Quotes {
		if q.Role != "a spokesperson for the company" {
			t.Errorf("on a news page: role %q, want it as written", q.Role)
		}
	}
}
