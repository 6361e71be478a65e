package index

import (
	"strings"
	"testing"
)

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what did Peskov say", "what did Peskov say"},
		{"@everyone what did Trump say <@&1300000000000000001>", "what did Trump say"},
		{"<@123456789012345678> <@!42> what did **Merz** say about the _truce_?", "what did Merz say about the truce?"},
		{"<:ukraine:112233445566778899> where were the talks held <a:wave:998877>", "where were the talks held"},
		{"in <#555> ~~what~~ when were the ||talks||", "in what when were the talks"},
		{"> quoting: who is `Claudia Major`", "quoting: who is Claudia Major"},
		{"# big question\nwhat did the europeans promise", "big question what did the europeans promise"},
		{"see https://example.com/x?y=1 and <https://example.org> peskov on guarantees", "see and peskov on guarantees"},
		{"[the DW piece](https://dw.example/x) what did Stewart say", "the DW piece what did Stewart say"},
		{"Zelensky’s remarks on NATO", "Zelensky's remarks on NATO"},
		{"@here", ""},
		{"- one\n- two", "one two"},
		{"<t:1734220800:R> __when__ was it", "when was it"},
	}
	for _, tt := range tests {
		if got := normalise(tt.in); got != tt.want {
			t.Errorf("normalise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"what did Peskov say", "<@&1> **x** ||y|| ~~z~~", "[a](b) `c` > d", "\x00<:a:1>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := normalise(s)
		// It only ever removes: what is left, spaces aside, is a
		// subsequence of the message.
		in := []rune(strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToValidUTF8(s, " ")))
		i := 0
		for _, r := range out {
			if r == ' ' {
				continue
			}
			for i < len(in) && in[i] != r {
				i++
			}
			if i == len(in) {
				t.Fatalf("normalise(%q) = %q: %q was not in the message there", s, out, r)
			}
			i++
		}
		if discordSyntax.MatchString(out) {
			t.Errorf("normalise(%q) = %q still holds Discord syntax", s, out)
		}
	})
}
