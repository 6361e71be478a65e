package english

import (
	"slices"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		word    string
		known   bool
		minZipf float64
		maxZipf float64
	}{
		{"the", true, 6, 8},
		{"promise", true, 4, 6},
		{"truce", true, 2.5, 4.5},
		{"borscht", true, 0, 3.2},
		{"zzxqv", false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			w := Lookup(tt.word)
			if w.Known != tt.known || w.Zipf < tt.minZipf || w.Zipf > tt.maxZipf {
				t.Errorf("Lookup(%q) = %+v, want known %v, zipf in [%.1f, %.1f]", tt.word, w, tt.known, tt.minZipf, tt.maxZipf)
			}
		})
	}
	if !Lookup("japan").Name || Lookup("capital").Name {
		t.Error("names (Japan) and common nouns (capital) are not told apart")
	}
	// Everyday words are more common than topical ones: the ordering the
	// engine relies on to weigh a missing word.
	if Lookup("held").Zipf <= Lookup("ceasefire").Zipf || Lookup("bombing").Zipf <= Lookup("borscht").Zipf {
		t.Error("frequency order of everyday and rare words is wrong")
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct{ word, want string }{
		{"held", "hold"},
		{"took", "take"},
		{"met", "meet"},
		{"promised", "promise"},
		{"bombings", "bombing"},
		{"europeans", "european"},
		{"talks", "talks"},
		{"bussed", "bus"},
		{"bussing", "bus"},
	}
	for _, tt := range tests {
		if got := Lemmas(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Lemmas(%q) = %v, want it to hold %q", tt.word, got, tt.want)
		}
	}
	// A doubled consonant is undone only where nothing else is found:
	// "passed" is "pass", never "pas".
	if got := Lemmas("passed"); slices.Contains(got, "pas") {
		t.Errorf("Lemmas(passed) = %v", got)
	}
}

func TestRelated(t *testing.T) {
	tests := []struct{ word, want string }{
		{"truce", "ceasefire"},
		{"bombing", "attack"},
		{"summit", "summit_meeting"},
		{"moscow", "russia"},
		{"european", "europe"},
		{"promise", "commitment"},
		{"give_up", "abandon"},
		{"talks", "negotiation"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			rel := Related(tt.word)
			i := slices.IndexFunc(rel, func(r Rel) bool { return r.Word == tt.want })
			if i < 0 {
				t.Fatalf("Related(%q) = %v, want %q among them", tt.word, rel, tt.want)
			}
			if w := rel[i].Weight; w <= 0 || w >= 1 {
				t.Errorf("weight %v: a related word must count less than the word itself", w)
			}
		})
	}
	if rel := Related("zzxqv"); rel != nil {
		t.Errorf("Related of an unknown word = %v, want none", rel)
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("ceasefire")
		Related("truce")
		Lemmas("bombings")
	}
}

// A name is a word mostly written with a capital whose most frequent
// sense is one: subtitles capitalise the first word of every line, which
// must not make "come" or "freeze" a name, or a question using them
// would read as about something the articles never mention.
func TestNames(t *testing.T) {
	for word, name := range map[string]bool{
		"japan": true, "monday": true, "christmas": true, "anna": true,
		"come": false, "freeze": false, "general": false, "east": false, "according": false, "chief": false,
	} {
		if got := Lookup(word).Name; got != name {
			t.Errorf("Lookup(%q).Name = %v, want %v", word, got, name)
		}
	}
}

func TestSpellings(t *testing.T) {
	ws := Spellings('n', len("negotiations"))
	if !slices.Contains(ws, "negotiations") {
		t.Errorf("Spellings('n', 12) lacks negotiations")
	}
	for _, w := range ws {
		if w[0] != 'n' || len(w) != 12 || Lookup(w).Name {
			t.Errorf("Spellings('n', 12) holds %q", w)
		}
	}
}

// TestIrregularAsTable: the map Irregular looks forms up in gives what
// the table gives, for every form it holds and for words it does not.
func TestIrregularAsTable(t *testing.T) {
	tb := tables().lemmas
	words := []string{"", "talks", "hold", "zzz", "\t"}
	for i := range tb.lines {
		form, _, _ := strings.Cut(tb.line(i), "\t")
		words = append(words, form, form+"s", form[:len(form)-1])
	}
	for _, w := range words {
		want, _ := tb.get(w)
		if got := Irregular(w); got != want {
			t.Errorf("Irregular(%q) = %q, the table says %q", w, got, want)
		}
	}
}

func TestBritish(t *testing.T) {
	for in, want := range map[string]string{
		"demilitarized": "demilitarised",
		"organization":  "organisation",
		"organizations": "organisations",
		"recognizing":   "recognising",
		"analyze":       "analyse",
		"defense":       "defence",
		"kilometers":    "kilometres",
		"size":          "size",
		"seize":         "seize",
		"demilitarised": "demilitarised",
		"ceasefire":     "ceasefire",
	} {
		if got := British(in); got != want {
			t.Errorf("British(%q) = %q, want %q", in, got, want)
		}
	}
}

// A British form the word list knows only the American way
// ("prioritising", listed as "prioritizing") is a known word of English
// with the American form's lemmas, not a name or a typo; a word the list
// has as written ("promising") keeps its own entry.
func TestBritishFormKnownTheAmericanWay(t *testing.T) {
	if w := Lookup("prioritising"); !w.Known || w.Name {
		t.Errorf("Lookup(prioritising) = %+v, want a known word", w)
	}
	if l := Lemmas("prioritising"); len(l) == 0 || l[0] != "prioritize" {
		t.Errorf("Lemmas(prioritising) = %q, want prioritize", l)
	}
	if got := American("prioritising"); got != "prioritizing" {
		t.Errorf("American(prioritising) = %q", got)
	}
	if got := American("defence"); got != "defense" {
		t.Errorf("American(defence) = %q", got)
	}
	if w, own := Lookup("promising"), Lookup("promizing"); w.Zipf == own.Zipf {
		t.Errorf("promising read as %+v, the same as promizing", w)
	}
	if l := Lemmas("promising"); len(l) == 0 || l[0] != "promising" {
		t.Errorf("Lemmas(promising) = %q", l)
	}
}

// Closeness reads a relation as Related gives it, without a list:
// "scientist" is the broader word of "biologist".
func TestCloseness(t *testing.T) {
	if got := Closeness("biologist", "scientist"); got != 0.5 {
		t.Errorf("Closeness(biologist, scientist) = %v, want 0.5", got)
	}
	if got := Closeness("biologist", "mayor"); got != 0 {
		t.Errorf("Closeness(biologist, mayor) = %v, want 0", got)
	}
	for _, r := range Related("truce") {
		if got := Closeness("truce", r.Word); got != r.Weight {
			t.Errorf("Closeness(truce, %s) = %v, Related gives %v", r.Word, got, r.Weight)
		}
	}
}

// Currency knows WordNet's units of money and coins in both numbers, by
// a lookup in the sorted table, and nothing else.
func TestCurrency(t *testing.T) {
	for w, want := range map[string]bool{"crowns": true, "krona": true, "dinars": true, "pence": true, "zloty": true,
		"seats": false, "ticket": false, "": false} {
		if got := Currency(w); got != want {
			t.Errorf("Currency(%q) = %v, want %v", w, got, want)
		}
	}
}

// A pastime is a noun WordNet files under a sport, a dish or meal, or a
// film, in its two most frequent senses, and never a verb: "basketball",
// "pizza", "documentary", a plural too; not "race" or "film" (verbs too)
// nor a verb's form ("putting"),
// "campaign" (a military one), "fishing" (a trade) or "ceasefire".
func TestPastime(t *testing.T) {
	for word, want := range map[string]string{
		"basketball": "sport", "tennis": "sport", "pizza": "food", "pizzas": "food", "documentary": "film",
		"race": "", "film": "", "campaign": "", "fishing": "", "ceasefire": "", "talks": "",
		// A verb's form is that verb first: "how much is the uk
		// putting in" is no golf.
		"putting": "", "stops": "", "rowing": "",
	} {
		if got := Pastime(word); got != want {
			t.Errorf("Pastime(%q) = %q, want %q", word, got, want)
		}
	}
}
