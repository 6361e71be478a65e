package i18n

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

func placeholders(s string) []string {
	ps := placeholder.FindAllString(s, -1)
	sort.Strings(ps)
	return slices.Compact(ps)
}

// TestCatalogue checks messages.yaml: every key in every language, plural
// keys with every form the language needs (and plain keys plain in all),
// the same placeholders in every language, and no empty text.
func TestCatalogue(t *testing.T) {
	c, err := parse(messagesYAML)
	if err != nil {
		t.Fatal(err)
	}
	if len(c) == 0 {
		t.Fatal("empty catalogue")
	}
	for key, byLang := range c {
		en, ok := byLang[English]
		if !ok {
			t.Errorf("%s: no English", key)
			continue
		}
		plural := en.forms != nil
		want := placeholders(en.text)
		if plural {
			want = placeholders(en.forms["other"])
		}
		for l := range byLang {
			if !slices.Contains(Langs, l) {
				t.Errorf("%s: unknown language %q", key, l)
			}
		}
		for _, l := range Langs {
			e, ok := byLang[l]
			if !ok {
				t.Errorf("%s: no %s", key, l)
				continue
			}
			if (e.forms != nil) != plural {
				t.Errorf("%s: %s is plural=%v, English plural=%v", key, l, e.forms != nil, plural)
				continue
			}
			if !plural {
				if strings.TrimSpace(e.text) == "" {
					t.Errorf("%s: %s is empty", key, l)
				}
				if got := placeholders(e.text); !slices.Equal(got, want) {
					t.Errorf("%s: %s has placeholders %v, English %v", key, l, got, want)
				}
				continue
			}
			for _, cat := range l.categories() {
				if strings.TrimSpace(e.forms[cat]) == "" {
					t.Errorf("%s: %s lacks the plural form %q", key, l, cat)
				}
			}
			for form, s := range e.forms {
				if !strings.HasPrefix(form, "=") && !slices.Contains(l.categories(), form) {
					t.Errorf("%s: %s has the plural form %q, which it never uses", key, l, form)
				}
				// A form may leave out {n} ("once"), never add another.
				for _, p := range placeholders(s) {
					if p != "{n}" && !slices.Contains(want, p) {
						t.Errorf("%s: %s form %q has %s", key, l, form, p)
					}
				}
			}
		}
	}
}

func TestPlurals(t *testing.T) {
	tests := []struct {
		l    Lang
		n    int
		want string
	}{
		{English, 0, "0 passages"},
		{English, 1, "1 passage"},
		{English, 2, "2 passages"},
		{English, 1041, "1041 passages"},
		{German, 1, "1 Textstelle"},
		{German, 7, "7 Textstellen"},
		{Ukrainian, 1, "1 уривок"},
		{Ukrainian, 2, "2 уривки"},
		{Ukrainian, 4, "4 уривки"},
		{Ukrainian, 5, "5 уривків"},
		{Ukrainian, 11, "11 уривків"},
		{Ukrainian, 12, "12 уривків"},
		{Ukrainian, 21, "21 уривок"},
		{Ukrainian, 22, "22 уривки"},
		{Ukrainian, 111, "111 уривків"},
		{Ukrainian, 0, "0 уривків"},
	}
	for _, tt := range tests {
		if got := tt.l.N("count.passages", tt.n); got != tt.want {
			t.Errorf("%s N(count.passages, %d) = %q, want %q", tt.l, tt.n, got, tt.want)
		}
	}
	for n, want := range map[int]string{1: "once", 2: "twice", 3: "3 times"} {
		if got := English.N("count.times", n); got != want {
			t.Errorf("times(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestForLocale(t *testing.T) {
	for locale, want := range map[string]Lang{
		"uk": Ukrainian, "de": German, "en-US": English, "en-GB": English,
		"fr": English, "": English, "DE": German, "pt-BR": English,
	} {
		if got := ForLocale(locale); got != want {
			t.Errorf("ForLocale(%q) = %q, want %q", locale, got, want)
		}
	}
}

func TestFallback(t *testing.T) {
	if got := Ukrainian.T("no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key gives %q", got)
	}
	if got := Lang("fr").T("intro.answer"); got != "From the articles:" {
		t.Errorf("a language the catalogue lacks gets %q, want English", got)
	}
	if got := English.T("intro.quoted", "who", "A", "times", "once"); got != "A is quoted once in the articles" {
		t.Errorf("placeholders: %q", got)
	}
}
