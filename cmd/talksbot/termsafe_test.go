package main

import "testing"

func TestTermSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"briefing.md", "briefing.md"},
		{"Zelensky's “guarantee” — Київ", "Zelensky's “guarantee” — Київ"},
		{"two\nlines.txt", `"two\nlines.txt"`},
		{"tab\there", `"tab\there"`},
		{"report\u202etxt.md", `"report\u202etxt.md"`},
		{"isolate\u2066x\u2069.txt", `"isolate\u2066x\u2069.txt"`},
		{"\x1b[31mred\x1b[0m", `"\x1b[31mred\x1b[0m"`},
		{"bad\xffbyte", `"bad\xffbyte"`},
		{"zero\u200bwidth", `"zero\u200bwidth"`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := termSafe(tt.in); got != tt.want {
			t.Errorf("termSafe(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func FuzzTermSafe(f *testing.F) {
	for _, s := range []string{"a.txt", "a\nb", "x\u202ey", "\xff", "Київ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := termSafe(s)
		for _, r := range out {
			if unsafeRune(r) {
				t.Fatalf("termSafe(%q) = %q still holds %U", s, out, r)
			}
		}
	})
}
