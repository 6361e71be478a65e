package people

import (
	"slices"
	"strings"
	"testing"
)

// Every word list is written once: no word has two entries in one data
// file, and the lexicon reads every file.
func TestLexiconDataOnce(t *testing.T) {
	for _, name := range []string{"given_names.tsv", "titles.tsv", "nationalities.tsv", "speech_verbs.tsv", "diminutives.tsv"} {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			key := strings.Split(line, "\t")[0]
			if seen[key] {
				t.Errorf("%s: %q twice", name, key)
			}
			seen[key] = true
		}
	}
	b, _ := dataFS.ReadFile("data/words.tsv")
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if seen[line] {
			t.Errorf("words.tsv: %q twice", line)
		}
		seen[line] = true
	}
}

// The forms a question may use ("what did X say", "what does X think")
// come from the lexicon, for the question patterns.
func TestQuestionVerbs(t *testing.T) {
	var forms []string
	for _, v := range Default().SpeechVerbs("ask") {
		forms = append(forms, v.Form)
	}
	got := strings.Join(forms, " ")
	for _, want := range []string{"say", "said", "told", "think", "warned", "commented"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("ask forms %q lack %q", got, want)
		}
	}
	if _, ok := Default().SpeechVerb("think"); !ok {
		t.Error("think unknown")
	}
	if Default().hasSpeechVerb("I think so") {
		t.Error("'think' read as a speech verb in an article")
	}
}

func TestIsAbbreviation(t *testing.T) {
	lx := Default()
	for s, want := range map[string]bool{"said Dr.": true, "J.": true, "the U.S.": true, "the talks.": false, "Peskov said.": false} {
		if got := lx.IsAbbreviation(s); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPersonNouns(t *testing.T) {
	lx := Default()
	for w, want := range map[string]bool{
		"pharmacist": true, "mechanic": true, "baker": true, "boss": true, "spokesman": true,
		"sea": false, "grid": false, "local": false, "truce": false, "bakers": false,
	} {
		if got := lx.IsPersonNoun(w); got != want {
			t.Errorf("IsPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// A compound whose last part is a title noun, written as one word, is a
// title ("Harbourmaster Liesl Aumont", "the headteacher"); a phrase of
// words ending in one, or a word with too short a first part ("webmaster"), is not one.
func TestCompoundTitles(t *testing.T) {
	lx := Default()
	for w, want := range map[string]bool{
		"harbourmaster": true, "Harbourmaster": true, "headteacher": true, "quartermaster": true,
		"navy spokesman captain": false, "webmaster": false, "master": true, "Under-Secretary-General": false,
	} {
		if got := lx.IsTitleNoun(w); got != want {
			t.Errorf("IsTitleNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// A given name spelt as Ukraine's national transliteration spells it
// ("Nadiia", "Andrii", "Yuliia") is the name the list holds in another
// spelling ("Nadiya", "Andriy", "Yuliya"), with its gender.
func TestGivenNamesInTheNationalTransliteration(t *testing.T) {
	lx := Default()
	for w, want := range map[string]Gender{"Nadiia": Female, "Andrii": Male, "Serhii": Male, "Yuliia": Female, "Nadiya": Female} {
		if g, ok := lx.GivenName(w); !ok || g != want {
			t.Errorf("GivenName(%q) = %v, %v; want %v", w, g, ok, want)
		}
	}
	if _, ok := lx.GivenName("Kyiv"); ok {
		t.Error("Kyiv read as a given name")
	}
}

// A nation's possessive typed without its apostrophe is that nation's:
// "kyivs negotiator" is Ukraine's.
func TestNationPossessiveWithoutApostrophe(t *testing.T) {
	lx := Default()
	for _, w := range []string{"kyivs", "Kremlins", "ukraines"} {
		if _, ok := lx.Nation(w); !ok {
			t.Errorf("Nation(%q): none", w)
		}
	}
	m := lx.NewMatcher([]Candidate{{Name: "Taras Melnychuk", Aliases: []string{"melnychuk"}, Roles: []string{"Ukraine's chief negotiator"}}})
	if ms := m.Match("kyivs negotiator", MatchOptions{}); len(ms) != 1 {
		t.Errorf("kyivs negotiator: %+v, want Taras Melnychuk", ms)
	}
}

// The familiar forms of given names come from diminutives.tsv, folded:
// "Sasha" stands for Oleksandr and its other spellings; a word that is
// no familiar form stands for nothing.
func TestFamiliarOf(t *testing.T) {
	lx := Default()
	if got := lx.FamiliarOf("Sasha"); !slices.Contains(got, "oleksandr") || !slices.Contains(got, "aleksandr") {
		t.Errorf("FamiliarOf(Sasha) = %v, want oleksandr and aleksandr among them", got)
	}
	if got := lx.FamiliarOf("olya"); !slices.Contains(got, "olha") {
		t.Errorf("FamiliarOf(olya) = %v, want olha among them", got)
	}
	if got := lx.FamiliarOf("ceasefire"); got != nil {
		t.Errorf("FamiliarOf(ceasefire) = %v, want none", got)
	}
}

// The plural a country's people are called by is the country too, the
// irregular ones as nationalities.tsv gives them ("the poles", "brits"),
// and the rest by their adjective ("americans"); so are the other
// adjectives English uses ("azeri", "aussies", "slovakian").
func TestNationByItsPeople(t *testing.T) {
	lx := Default()
	for w, country := range map[string]string{"poles": "Poland", "Brits": "Britain", "turks": "Turkey", "americans": "United States", "azeri": "Azerbaijan", "aussies": "Australia", "slovakian": "Slovakia"} {
		if n, ok := lx.Nation(w); !ok || n.Country != country {
			t.Errorf("Nation(%q) = %q, %v; want %s", w, n.Country, ok, country)
		}
	}
}

// A noun that calls a person is a kind of the broader ones WordNet puts
// over its first sense (person_nouns.tsv): an ecologist is a scientist, a
// paediatrician a doctor. A word titles.tsv lists is left to that list:
// WordNet's first "skipper" is a student who skips classes.
func TestPersonNounKinds(t *testing.T) {
	lx := Default()
	for _, c := range []struct {
		w, kind string
		want    bool
	}{
		{"ecologist", "scientist", true},
		{"ecologist", "biologist", true},
		{"paediatrician", "doctor", true},
		{"scientist", "ecologist", false},
		{"skipper", "student", false},
	} {
		if got := lx.IsKindOf(c.w, c.kind); got != c.want {
			t.Errorf("IsKindOf(%q, %q) = %v, want %v", c.w, c.kind, got, c.want)
		}
	}
}
