package people

import "testing"

// A channel's message saved as one paragraph opens with the credit of
// where it was forwarded from: the quotation right after the name is
// that person's, or the body's, as an unnamed source; a forwarded news
// item that names who it quotes keeps them.
func TestForwardedMessageCreditsItsQuotation(t *testing.T) {
	qs, _ := analyse(paras(
		`20:18 The envoy's deputy, Mirela Sond: "The envoy has slept four hours a night since Monday."`,
		`Forwarded from Benedikt Arlo "Symmetry on paper is easy. On the ground it needs four hundred pairs of eyes."`,
		`Forwarded from Dravenian Defence Ministry - official "The leak is an attempt to poison the talks. We will not negotiate through newspapers."`,
		`Forwarded from OTV 24 [photo] Agnese Tulli, 63, farms goats in Sorrin. "My grandson asked me if the goats would come too," Tulli said.`,
	))
	want := map[string][2]string{
		"The envoy has slept":         {"Mirela Sond", ""},
		"Symmetry on paper is easy":   {"Benedikt Arlo", ""},
		"The leak is an attempt":      {"", "Dravenian Defence Ministry"},
		"My grandson asked me if the": {"Agnese Tulli", ""},
	}
	if len(qs) != len(want) {
		t.Fatalf("quotes %+v, want %d", qs, len(want))
	}
	for _, q := range qs {
		for start, w := range want {
			if len(q.Text) >= len(start) && q.Text[:len(start)] == start && (q.Speaker != w[0] || w[1] != "" && q.Role != w[1]) {
				t.Errorf("%q credited to %q (role %q), want %q (role %q)", q.Text, q.Speaker, q.Role, w[0], w[1])
			}
		}
	}
}
