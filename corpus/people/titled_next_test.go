package people

import "testing"

// "The minister told me …, and I quote: "…"" before the text names him
// is the minister it names, titled so, right after; not someone else
// named first, nor one named without the title.
func TestTheMinisterNamedRightAfter(t *testing.T) {
	tests := []struct {
		name, next, want string
	}{
		{"titled next", `Minister Taras Hlib also asked me to thank the mediators.`, "Taras Hlib"},
		{"someone else first", `Ambassador Inge Dahl and Minister Taras Hlib met the mediators.`, ""},
		{"named without the title", `Taras Hlib also asked me to thank the mediators.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesBy(first(analyse(paras(
				`As you know, the line was repaired yesterday. The minister told me this morning, and I quote: "Every call across that line is proof that people should have the last word." End of quote.`,
				tt.next,
			))))
			if s := got["Every call across that line is proof that people should have the last word."]; s != tt.want {
				t.Errorf("speaker %q, want %q", s, tt.want)
			}
		})
	}
}
