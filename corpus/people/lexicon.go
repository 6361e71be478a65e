package people

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed data
var dataFS embed.FS

// Gender is what a pronoun needs to know of its antecedent.
type Gender int

const (
	Unknown Gender = iota
	Male
	Female
)

// String is the gender as the data files write it: "male", "female" or "".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return ""
}

// pronoun is the pronoun for one person of the gender, as
// resolvePronoun takes it: "he", "she", or "" for Unknown.
func (g Gender) pronoun() string {
	switch g {
	case Male:
		return "he"
	case Female:
		return "she"
	}
	return ""
}

func parseGender(s string) (Gender, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "male", "m", "he":
		return Male, nil
	case "female", "f", "she":
		return Female, nil
	case "", "-", "unknown":
		return Unknown, nil
	}
	return Unknown, fmt.Errorf("gender %q: want male, female or unknown", s)
}

// Known is a public figure the lexicon knows: the usual spelling, other
// spellings, gender and usual title.
type Known struct {
	Name         string   `yaml:"name"`
	Gender       string   `yaml:"gender,omitempty"`
	Role         string   `yaml:"role,omitempty"`
	Organisation string   `yaml:"organisation,omitempty"`
	Aliases      []string `yaml:"aliases,omitempty"`

	gender Gender
}

// Title is a title word: a noun ends a role and may stand before a
// surname; a modifier stands inside a role.
type Title struct {
	Word   string `yaml:"word"`
	Kind   string `yaml:"kind"` // noun, modifier or both
	Gender string `yaml:"gender,omitempty"`
	// Class groups words that stand for each other in a question
	// (expert, analyst, researcher); "" or "-" is a class of its own.
	Class string `yaml:"class,omitempty"`

	gender Gender
}

// Nation is a nationality: its adjective, its country, and other forms
// that stand for it before a title (Ukraine's, Kremlin, Moscow).
type Nation struct {
	Adjective string   `yaml:"adjective"`
	Country   string   `yaml:"country"`
	Forms     []string `yaml:"forms,omitempty"`
}

// Organisation is a body a role may name, with its abbreviations.
type Organisation struct {
	Name          string   `yaml:"name"`
	Abbreviations []string `yaml:"abbreviations,omitempty"`
	Aliases       []string `yaml:"aliases,omitempty"`
	Country       string   `yaml:"country,omitempty"`
	// Kind "think tank" makes its people experts.
	Kind string `yaml:"kind,omitempty"`
}

// Names are every name the organisation goes by: its name, then its
// abbreviations and other names.
func (o Organisation) Names() []string {
	return append(append([]string{o.Name}, o.Abbreviations...), o.Aliases...)
}

// NamedIn reports whether title names the organisation, by one of its
// names as whole words ("ICRC" in "head of the ICRC delegation", not
// "UN" in "UNICEF").
func (o Organisation) NamedIn(title string) bool {
	for _, n := range o.Names() {
		if i := strings.Index(title, n); i >= 0 && wordBoundary(title, i, i+len(n)) {
			return true
		}
	}
	return false
}

// Verb is a speech verb form ("said", "pointed out", "according to").
type Verb struct {
	Form string `yaml:"form"`
	// Kind is say, write, according, name (words someone gives a thing:
	// "called the outcome "…"", "described the force as "…""), or
	// question (a form only questions use: "what does X think").
	Kind string `yaml:"kind"`
	// Flags: that (may open reported speech), object (takes a listener:
	// "told DW"), participle (its subject is the sentence's: "adding"),
	// ask (a question may use it: "what did X say"), forward (attributes
	// only words after it: "X put it differently"), plain (says only that
	// words were spoken or written: "said", "told").
	Flags []string `yaml:"flags,omitempty"`
}

// Plain reports a verb that says only that words were spoken or
// written ("said", "told", "posted"; speech_verbs.tsv flag plain).
func (v Verb) Plain() bool { return v.has("plain") }

func (v Verb) has(flag string) bool {
	for _, f := range v.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// Extension is the form of a people.yaml: any of these lists, each
// adding to the lexicon.
type Extension struct {
	People        []Known        `yaml:"people,omitempty"`
	Titles        []Title        `yaml:"titles,omitempty"`
	SpeechVerbs   []Verb         `yaml:"speech_verbs,omitempty"`
	Organisations []Organisation `yaml:"organisations,omitempty"`
	Nationalities []Nation       `yaml:"nationalities,omitempty"`
	GivenNames    []struct {
		Name   string `yaml:"name"`
		Gender string `yaml:"gender,omitempty"`
	} `yaml:"given_names,omitempty"`
}

// Lexicon is everything the people model knows of the world: given names,
// titles, nationalities, organisations, speech verbs, words that are not
// names, and known people. It is read from the embedded data files
// (Default) and extended by a corpus's people.yaml (Extend); it is not
// changed after that, so one Lexicon serves any number of goroutines.
type Lexicon struct {
	given    map[string]Gender // folded given name
	titles   map[string]*Title // folded word
	nations  []*Nation
	nationBy map[string]*Nation // folded adjective, country or form
	// regions are the countries a region's word stands for
	// (regions.tsv): "gulf" → the United Arab Emirates, Qatar, ….
	regions map[string][]string
	// portfolios are the other words titles use for a government
	// portfolio's field (portfolios.tsv): "agriculture" → "agrarian".
	portfolios map[string][]string
	// bodyHeads are the titles of whoever holds a body's office
	// (body_heads.tsv): "ministry" → "minister".
	bodyHeads map[string][]string
	// kin are the words for a relative another stands for (kin.tsv):
	// "grandad" → "grandfather".
	kin map[string]string
	// familiar are the given names a short form stands for
	// (diminutives.tsv): "sasha" → "oleksandr", "aleksandr", ….
	familiar map[string][]string
	// whoseKin is what someone is to the relative a "whose" clause
	// names (whose_kin.tsv): for a woman, a man, and either.
	whoseKin map[string][3]string
	// honorificRoles are the roles honorifics give (honorific_roles.tsv):
	// "father" → "priest".
	honorificRoles map[string]string
	// recordTurns are the sections a record's field makes someone's words
	// ("answered by" → "answer", "reply"; record_turns.tsv).
	recordTurns map[string][]string
	// romanised are the spellings folded alike in names, each with the
	// letter it is folded to, in the order they are tried
	// (romanisations.tsv).
	romanised [][2]string
	// french are the French spellings of Slavic names and the English
	// ones they stand for (french_spellings.tsv).
	french    [][2]string
	orgs      []*Organisation
	orgBy     map[string]*Organisation // folded name, alias or abbreviation
	verbs     []*Verb
	verbOne   map[string]*Verb   // single-word forms, as written
	verbMulti map[string][]*Verb // first word → longer forms, longest first
	// verbCapital is verbMulti's according forms by their first word
	// capitalised ("According", "In"), as they open a sentence.
	verbCapital map[string][]*Verb
	words       map[string]map[string]bool
	// demonymEndings are words.tsv's demonymending words, in its order.
	demonymEndings []string
	particles      []string // surname particles, longest first
	prefixes       []string // glued to a name by a hyphen: "al-"
	known          []*Known
	knownBy        map[string]*Known // folded full name or alias, and "key:" surname keys
	// persons are the nouns that call a person ("pharmacist", "baker"),
	// from WordNet: what someone is when no title says it.
	persons map[string]bool
	// personKinds are the broader person nouns each of persons is a kind
	// of, space-separated as person_nouns.tsv's second column gives them
	// ("ecologist": "biologist scientist"): kept as read, one string a
	// noun, for a look-up that allocates nothing.
	personKinds map[string]string
	// unmakers are the words of class "unmaking" ("shadow", "former"),
	// listed for a look-up that allocates nothing.
	unmakers []string
	// predicates are the verbs giving a title (predicate_roles.tsv):
	// form → title; predicateByFirst the shortest forms, to look for
	// before running predicateRe.
	// kinds are the titles a word for a kind of office holder covers
	// (title_kinds.tsv): kind → title → true.
	kinds map[string]map[string]bool
	// phrases are the titles a one-word title stands for when written
	// out (title_phrases.tsv): class of the word → phrases.
	phrases map[string][]string
	// phraseParts are those phrases as phraseAt reads them, split once.
	phraseParts map[string][]string
	// parties are parliament's abbreviations for parties (parties.tsv):
	// abbreviation as written → the party's name.
	parties    map[string]string
	predicates map[string]string
	// predicatePreps are the prepositions a verb of predicates may take
	// before its object ("teaches at the village school").
	predicatePreps   map[string][]string
	predicateByFirst [256][]string // the shortest forms, by first byte
	predicateRe      *regexp.Regexp
	// predicateDirectRe is predicateRe for the clause right after a
	// name, not past an apposition.
	predicateDirectRe *regexp.Regexp
}

// Default returns the lexicon of the embedded data files, read once and
// shared (a Lexicon is never changed). It panics if they are malformed,
// which every test run rules out.
func Default() *Lexicon {
	l, err := defaultLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

var defaultLexicon = sync.OnceValues(load)

func load() (*Lexicon, error) {
	l := &Lexicon{
		given: make(map[string]Gender, 20000), titles: map[string]*Title{}, nationBy: map[string]*Nation{},
		orgBy: map[string]*Organisation{}, verbOne: map[string]*Verb{}, verbMulti: map[string][]*Verb{}, verbCapital: map[string][]*Verb{},
		words: map[string]map[string]bool{}, knownBy: map[string]*Known{}, persons: map[string]bool{},
	}
	var ext Extension
	err := eachRow("given_names.tsv", 2, func(f []string) error {
		g, err := parseGender(f[1])
		l.given[Fold(f[0])] = g
		return err
	})
	if err == nil {
		// "Nadiia", "Andrii": Ukraine's own transliteration of names the
		// list spells as other systems do ("Nadiya", "Andriy").
		more := map[string]Gender{}
		for name, g := range l.given {
			if v := nationalTranslit(name); v != name {
				if _, ok := l.given[v]; !ok {
					more[v] = g
				}
			}
		}
		maps.Copy(l.given, more)
	}
	if err == nil {
		err = eachRow("titles.tsv", 4, func(f []string) error {
			ext.Titles = append(ext.Titles, Title{Word: f[0], Kind: f[1], Gender: f[2], Class: f[3]})
			return nil
		})
	}
	if err == nil {
		// The hand-kept nationalities, then the rest of the world's
		// states (countries.tsv, generated; it never repeats a form).
		for _, file := range []string{"nationalities.tsv", "countries.tsv"} {
			if err == nil {
				err = eachRow(file, 3, func(f []string) error {
					ext.Nationalities = append(ext.Nationalities, Nation{Adjective: f[0], Country: f[1], Forms: strings.Split(f[2], ",")})
					return nil
				})
			}
		}
	}
	if err == nil {
		err = eachRow("speech_verbs.tsv", 3, func(f []string) error {
			v := Verb{Form: f[0], Kind: f[1]}
			if f[2] != "-" {
				v.Flags = strings.Split(f[2], ",")
			}
			ext.SpeechVerbs = append(ext.SpeechVerbs, v)
			return nil
		})
	}
	if err == nil {
		l.kinds = map[string]map[string]bool{}
		err = eachRow("title_kinds.tsv", 2, func(f []string) error {
			l.kinds[f[0]] = map[string]bool{}
			for _, t := range strings.Fields(f[1]) {
				l.kinds[f[0]][t] = true
			}
			return nil
		})
	}
	if err == nil {
		l.regions = map[string][]string{}
		err = eachRow("regions.tsv", 2, func(f []string) error {
			l.regions[Fold(f[0])] = strings.Split(f[1], ",")
			return nil
		})
	}
	if err == nil {
		l.portfolios = map[string][]string{}
		err = eachRow("portfolios.tsv", 2, func(f []string) error {
			l.portfolios[Fold(f[0])] = strings.Split(f[1], ",")
			return nil
		})
	}
	if err == nil {
		l.bodyHeads = map[string][]string{}
		err = eachRow("body_heads.tsv", 2, func(f []string) error {
			l.bodyHeads[Fold(f[0])] = strings.Split(f[1], ",")
			return nil
		})
	}
	if err == nil {
		l.kin = map[string]string{}
		err = eachRow("kin.tsv", 2, func(f []string) error {
			l.kin[Fold(f[0])] = Fold(f[1])
			return nil
		})
	}
	if err == nil {
		l.familiar = map[string][]string{}
		err = eachRow("diminutives.tsv", 2, func(f []string) error {
			for _, n := range strings.Split(f[1], ",") {
				l.familiar[Fold(f[0])] = append(l.familiar[Fold(f[0])], Fold(n))
			}
			return nil
		})
	}
	if err == nil {
		l.honorificRoles = map[string]string{}
		err = eachRow("honorific_roles.tsv", 2, func(f []string) error {
			l.honorificRoles[Fold(f[0])] = f[1]
			return nil
		})
	}
	if err == nil {
		l.recordTurns = map[string][]string{}
		err = eachRow("record_turns.tsv", 2, func(f []string) error {
			l.recordTurns[Fold(f[0])] = strings.Split(f[1], ",")
			return nil
		})
	}
	if err == nil {
		l.whoseKin = map[string][3]string{}
		err = eachRow("whose_kin.tsv", 4, func(f []string) error {
			l.whoseKin[Fold(f[0])] = [3]string{f[1], f[2], f[3]}
			return nil
		})
	}
	if err == nil {
		err = eachRow("romanisations.tsv", 2, func(f []string) error {
			l.romanised = append(l.romanised, [2]string{f[0], f[1]})
			return nil
		})
	}
	if err == nil {
		err = eachRow("french_spellings.tsv", 2, func(f []string) error {
			l.french = append(l.french, [2]string{f[0], f[1]})
			return nil
		})
	}
	if err == nil {
		l.phrases, l.phraseParts = map[string][]string{}, map[string][]string{}
		err = eachRow("title_phrases.tsv", 2, func(f []string) error {
			l.phrases[f[0]] = append(l.phrases[f[0]], f[1])
			l.phraseParts[f[1]] = phraseParts(f[1])
			return nil
		})
	}
	if err == nil {
		l.parties = map[string]string{}
		err = eachRow("parties.tsv", 2, func(f []string) error {
			l.parties[f[0]] = f[1]
			return nil
		})
	}
	if err == nil {
		err = eachRow("words.tsv", 2, func(f []string) error {
			if l.words[f[1]] == nil {
				l.words[f[1]] = map[string]bool{}
			}
			l.words[f[1]][f[0]] = true
			switch f[1] {
			case "demonymending":
				l.demonymEndings = append(l.demonymEndings, f[0])
			case "particle":
				l.particles = append(l.particles, f[0])
			case "prefix":
				l.prefixes = append(l.prefixes, f[0])
			case "person":
				l.persons[f[0]] = true
			}
			return nil
		})
	}
	if err == nil {
		l.personKinds = map[string]string{}
		err = eachRow("person_nouns.tsv", 2, func(f []string) error {
			l.persons[f[0]] = true
			if f[1] != "-" {
				l.personKinds[f[0]] = f[1]
			}
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	if err == nil {
		l.predicates = map[string]string{}
		l.predicatePreps = map[string][]string{}
		err = eachRow("predicate_roles.tsv", 3, func(f []string) error {
			l.predicates[f[0]] = f[1]
			if f[2] != "-" {
				l.predicatePreps[f[0]] = strings.Fields(f[2])
			}
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	l.predicateRe = predicateExpr(predicateHead, l.predicates, l.predicatePreps)
	l.predicateDirectRe = predicateExpr("^"+predicateDirect, l.predicates, l.predicatePreps)
	var stems []string
	for f := range l.predicates {
		if !slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(f, s) }) {
			stems = slices.DeleteFunc(stems, func(s string) bool { return strings.HasPrefix(s, f) })
			stems = append(stems, f)
		}
	}
	sort.Strings(stems)
	for _, st := range stems {
		l.predicateByFirst[st[0]] = append(l.predicateByFirst[st[0]], st)
	}
	for w := range l.words["unmaking"] {
		l.unmakers = append(l.unmakers, w)
	}
	sort.Strings(l.unmakers)
	sort.SliceStable(l.particles, func(i, j int) bool { return len(l.particles[i]) > len(l.particles[j]) })
	if err := l.add(ext); err != nil {
		return nil, err
	}
	// title_phrases.tsv names a title; WrittenOut asks by its class, so
	// "spokesman"'s phrases are "spokeswoman"'s too.
	byClass := map[string][]string{}
	for k, ps := range l.phrases {
		if c := l.titles[Fold(k)]; c != nil && c.Class != "" {
			k = c.Class
		}
		byClass[k] = append(byClass[k], ps...)
	}
	l.phrases = byClass
	for _, name := range []string{"organisations.yaml", "people.yaml"} {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, err
		}
		e, err := ParseExtension(b)
		if err != nil {
			return nil, fmt.Errorf("people: data/%s: %w", name, err)
		}
		if err := l.add(e); err != nil {
			return nil, fmt.Errorf("people: data/%s: %w", name, err)
		}
	}
	l.addSingleLetters()
	return l, nil
}

// addSingleLetters adds each given name with a doubled consonant written
// once ("Kiril", "Gennadi"), as one romanisation writes a name another
// doubles ("Kirill", "Gennadiy"; romanisations.tsv folds surnames so),
// unless the lexicon knows the word as something else ("Asia" is no
// "Assia"). A form two names of different genders give marks neither.
func (l *Lexicon) addSingleLetters() {
	more := map[string]Gender{}
	for name, g := range l.given {
		v := singleLetters(name)
		if v == name || len(v) < 5 || l.NotName(v) || l.IsTitleNoun(v) || l.IsOrganisationWord(v) {
			continue
		}
		if _, ok := l.given[v]; ok {
			continue
		}
		if was, ok := more[v]; ok && was != g {
			g = Unknown // "Darel": "Darrel" a man's, "Darell" a woman's
		}
		more[v] = g
	}
	maps.Copy(l.given, more)
}

// eachRow calls fn with the tab-separated fields of each data line of an
// embedded file, skipping blank lines and # comments.
func eachRow(name string, fields int, fn func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("people: data/%s:%d: %d fields, want %d", name, n, len(f), fields)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("people: data/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// ParseExtension reads a people.yaml. Unknown keys are refused, so a
// misspelt key is reported rather than ignored.
func ParseExtension(data []byte) (Extension, error) {
	var e Extension
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	// An empty file is an empty extension: yaml reports io.EOF for it.
	if err := dec.Decode(&e); err != nil && !errors.Is(err, io.EOF) {
		return Extension{}, fmt.Errorf("people.yaml: %w", err)
	}
	return e, nil
}

// Extend returns a copy of l with a people.yaml's additions. A person
// whose name or an alias is already known adds to that person (aliases,
// and role, organisation and gender where given).
func (l *Lexicon) Extend(data []byte) (*Lexicon, error) {
	e, err := ParseExtension(data)
	if err != nil {
		return nil, err
	}
	c := l.clone()
	if err := c.add(e); err != nil {
		return nil, fmt.Errorf("people.yaml: %w", err)
	}
	return c, nil
}

func (l *Lexicon) clone() *Lexicon {
	c := *l
	c.given = cloneMap(l.given)
	c.titles = map[string]*Title{}
	for k, v := range l.titles {
		t := *v
		c.titles[k] = &t
	}
	c.nations = append([]*Nation(nil), l.nations...)
	c.nationBy = cloneMap(l.nationBy)
	c.orgs = append([]*Organisation(nil), l.orgs...)
	c.orgBy = cloneMap(l.orgBy)
	c.verbs = append([]*Verb(nil), l.verbs...)
	c.verbOne = cloneMap(l.verbOne)
	c.verbMulti = map[string][]*Verb{}
	for k, v := range l.verbMulti {
		c.verbMulti[k] = append([]*Verb(nil), v...)
	}
	c.verbCapital = map[string][]*Verb{}
	for k, v := range l.verbCapital {
		c.verbCapital[k] = append([]*Verb(nil), v...)
	}
	c.known = nil
	c.knownBy = map[string]*Known{}
	for _, k := range l.known {
		cp := *k
		cp.Aliases = append([]string(nil), k.Aliases...)
		c.addKnown(&cp)
	}
	return &c
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// nationalTranslit spells a folded given name as Ukraine's national
// transliteration (2010) does: я, ю, є after a consonant's soft sign or
// "і" become "ia", "iu", "ie" where other systems write "iya", "iyu",
// "iye", and a final "ій" is "ii" where they write "iy".
func nationalTranslit(name string) string {
	v := name
	if strings.Contains(name, "iy") {
		v = nationalIY.Replace(name)
	}
	if strings.HasSuffix(v, "iy") && len(v) > 4 {
		v = v[:len(v)-2] + "ii"
	}
	return v
}

// singleLetters is a folded given name with each doubled consonant
// written once ("kirill" → "kiril"); name itself when it doubles none.
func singleLetters(name string) string {
	if len(name) < 5 {
		return name // "Anna" is no "Ana" of another romanisation
	}
	doubled := false
	for i := 1; i < len(name) && !doubled; i++ {
		doubled = name[i] == name[i-1] && 'a' <= name[i] && name[i] <= 'z' && !strings.ContainsRune("aeiouy", rune(name[i]))
	}
	if !doubled {
		return name
	}
	out := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		if i > 0 && c == name[i-1] && 'a' <= c && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c)) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// nationalIY is the first rule of nationalTranslit, made once: the
// lexicon asks it of each of its ~20,000 given names.
var nationalIY = strings.NewReplacer("iya", "iia", "iyu", "iiu", "iye", "iie")

// add merges an extension into l.
func (l *Lexicon) add(e Extension) error {
	for _, g := range e.GivenNames {
		gen, err := parseGender(g.Gender)
		if err != nil {
			return fmt.Errorf("given name %q: %w", g.Name, err)
		}
		l.given[Fold(g.Name)] = gen
	}
	for _, t := range e.Titles {
		t := t
		if t.Kind != "noun" && t.Kind != "modifier" && t.Kind != "both" {
			return fmt.Errorf("title %q: kind %q, want noun, modifier or both", t.Word, t.Kind)
		}
		g, err := parseGender(t.Gender)
		if err != nil {
			return fmt.Errorf("title %q: %w", t.Word, err)
		}
		t.gender = g
		if t.Class == "-" {
			t.Class = ""
		}
		l.titles[Fold(t.Word)] = &t
	}
	for _, n := range e.Nationalities {
		n := n
		l.nations = append(l.nations, &n)
		for _, f := range append([]string{n.Adjective, n.Country}, n.Forms...) {
			if f = strings.TrimSpace(f); f != "" {
				l.nationBy[Fold(f)] = &n
			}
		}
	}
	for _, o := range e.Organisations {
		o := o
		if o.Name == "" {
			return errors.New("an organisation without a name")
		}
		l.orgs = append(l.orgs, &o)
		for _, f := range o.Names() {
			l.orgBy[Fold(strings.TrimPrefix(f, "the "))] = &o
		}
	}
	for _, v := range e.SpeechVerbs {
		v := v
		switch v.Kind {
		case "say", "write", "according", "name", "question":
		default:
			return fmt.Errorf("speech verb %q: kind %q, want say, write, according, name or question", v.Form, v.Kind)
		}
		v.Form = strings.Join(strings.Fields(v.Form), " ")
		l.verbs = append(l.verbs, &v)
		if v.Kind == "question" {
			// Only questions use it ("what does X think"): in an
			// article it attributes nothing.
			continue
		}
		first, _, multi := strings.Cut(v.Form, " ")
		if !multi {
			l.verbOne[v.Form] = &v
			continue
		}
		l.verbMulti[first] = append(l.verbMulti[first], &v)
		sort.SliceStable(l.verbMulti[first], func(i, j int) bool {
			return len(l.verbMulti[first][i].Form) > len(l.verbMulti[first][j].Form)
		})
		if v.Kind == "according" {
			// "According to", "In the view of" opening a sentence.
			c := strings.ToUpper(first[:1]) + first[1:]
			l.verbCapital[c] = append(l.verbCapital[c], &v)
		}
	}
	for _, k := range e.People {
		k := k
		if strings.TrimSpace(k.Name) == "" {
			return errors.New("a person without a name")
		}
		g, err := parseGender(k.Gender)
		if err != nil {
			return fmt.Errorf("person %q: %w", k.Name, err)
		}
		k.gender = g
		if old := l.knownOf(k.Name, k.Aliases); old != nil {
			// Additions to someone already known.
			cp := *old
			cp.Aliases = append(append([]string(nil), old.Aliases...), k.Aliases...)
			if !strings.EqualFold(k.Name, old.Name) {
				cp.Aliases = append(cp.Aliases, k.Name)
			}
			if k.Role != "" {
				cp.Role = k.Role
			}
			if k.Organisation != "" {
				cp.Organisation = k.Organisation
			}
			if g != Unknown {
				cp.gender, cp.Gender = g, g.String()
			}
			l.replaceKnown(old, &cp)
			continue
		}
		l.addKnown(&k)
	}
	return nil
}

func (l *Lexicon) knownOf(name string, aliases []string) *Known {
	if k := l.knownBy[Fold(name)]; k != nil {
		return k
	}
	for _, a := range aliases {
		if k := l.knownBy[Fold(a)]; k != nil && strings.Contains(a, " ") {
			return k
		}
	}
	return nil
}

func (l *Lexicon) addKnown(k *Known) {
	l.known = append(l.known, k)
	l.indexKnown(k)
}

func (l *Lexicon) indexKnown(k *Known) {
	l.knownBy["key:"+Key(l.Surname(k.Name))] = k
	l.knownBy[Fold(k.Name)] = k
	for _, a := range k.Aliases {
		l.knownBy[Fold(a)] = k
		if !strings.Contains(a, " ") {
			l.knownBy["key:"+Key(a)] = k
		} else {
			l.knownBy["key:"+Key(l.Surname(a))] = k
		}
	}
}

func (l *Lexicon) replaceKnown(old, k *Known) {
	for i, x := range l.known {
		if x == old {
			l.known[i] = k
		}
	}
	for key, x := range l.knownBy {
		if x == old {
			l.knownBy[key] = k
		}
	}
	l.indexKnown(k)
}

// KnownPeople lists the known people, in the order the data gives them.
func (l *Lexicon) KnownPeople() []Known {
	out := make([]Known, 0, len(l.known))
	for _, k := range l.known {
		cp := *k
		cp.Aliases = append([]string(nil), k.Aliases...)
		out = append(out, cp)
	}
	return out
}

// LookupKnown finds a known person by full name, alias or surname
// spelling (Zelenskyy and Zelenskiy find Volodymyr Zelensky).
func (l *Lexicon) LookupKnown(s string) (Known, bool) {
	k := l.lookupKnown(s)
	if k == nil {
		return Known{}, false
	}
	return *k, true
}

func (l *Lexicon) lookupKnown(s string) *Known {
	s = StripPossessive(strings.TrimSpace(s))
	if k := l.knownBy["key:"+Key(s)]; k != nil && !strings.Contains(s, " ") {
		return k
	}
	k, _ := get(l.knownBy, s)
	return k
}

// GenderOf returns the gender of a known person.
func (k Known) GenderOf() Gender { return k.gender }

// GivenName reports whether word is a given name, and its gender.
func (l *Lexicon) GivenName(word string) (Gender, bool) {
	g, ok := get(l.given, word)
	return g, ok
}

// TitleOf returns the title word w is, if it is one.
func (l *Lexicon) TitleOf(w string) (Title, bool) {
	t, _ := get(l.titles, StripPossessive(w))
	if t == nil {
		return Title{}, false
	}
	return *t, true
}

// IsTitleNoun reports whether w ends a role ("spokesman", "minister").
func (l *Lexicon) IsTitleNoun(w string) bool {
	t, _ := get(l.titles, w)
	return t != nil && t.Kind != "modifier" || l.SuffixedPerson(w)
}

// SuffixedPerson reports a word whose ending calls a person of a
// profession, however rare the word ("hydrologist", "seismologist":
// words.tsv personsuffix), or a compound whose last part is a title noun
// of titles.tsv, written as one word ("harbourmaster", "headteacher":
// master, teacher, after at least minCompoundHead letters): a title, as
// "analyst" is.
func (l *Lexicon) SuffixedPerson(w string) bool {
	one := !strings.ContainsAny(w, " -‐–")
	w = Fold(w)
	for i := 3; i+5 <= len(w); i++ {
		if l.is("personsuffix", w[i:]) {
			return true
		}
		if !one || i < minCompoundHead || len(w)-i < minCompoundTitle {
			continue
		}
		if t, _ := get(l.titles, w[i:]); t != nil && t.Kind != "modifier" {
			return true
		}
	}
	return false
}

// minCompoundHead and minCompoundTitle are the fewest letters of the
// two parts of a compound title ("harbour" and "master"): shorter parts
// make words that are no compounds of a title ("minister").
const (
	minCompoundHead  = 4
	minCompoundTitle = 6
)

// IsKindOf reports whether w, a noun that calls a person, is a kind of
// kind by WordNet's hypernyms ("ecologist" of "scientist", "paediatrician"
// of "doctor"; person_nouns.tsv), for a word titles.tsv does not list:
// the titles it lists say what stands for what themselves (titles.tsv's
// classes, title_kinds.tsv), where WordNet's first sense may be another
// ("skipper", a student who skips classes).
func (l *Lexicon) IsKindOf(w, kind string) bool {
	if t, _ := get(l.titles, w); t != nil {
		return false
	}
	for k := range strings.FieldsSeq(l.personKinds[w]) {
		if k == kind {
			return true
		}
	}
	return false
}

// IsPersonNoun reports whether w (lower case, singular) is a noun that
// calls a person ("pharmacist", "mechanic", "boss"), title or not, or a
// compound ending in one of five letters or more after three or more
// ("headteacher").
func (l *Lexicon) IsPersonNoun(w string) bool {
	if l.unmaking(w) {
		// "ex" is a person in English (someone's former partner), but
		// before a title it only says the title was theirs: "the ex un
		// mine guy".
		return false
	}
	if l.persons[w] || l.IsTitleNoun(w) {
		return true
	}
	// A compound ending in one: "headteacher", "gamekeeper" (not
	// "tractor", which ends in "actor": the first part has three letters
	// or more). Of a hyphenated word, its last part is the compound: a
	// double surname ("Rochat-Brunner") does not end in "runner".
	if _, last, ok := strings.Cut(w, "-"); ok {
		return l.IsPersonNoun(last)
	}
	for i := 3; i+5 <= len(w); i++ {
		if l.persons[w[i:]] {
			return true
		}
	}
	return false
}

// titleGender is the gender a title word marks ("spokeswoman").
func (l *Lexicon) titleGender(w string) Gender {
	if t, _ := get(l.titles, w); t != nil {
		return t.gender
	}
	return Unknown
}

// IsUnmaking reports a word that makes a title not what the bare title
// names: "former", "ex", "shadow" (words.tsv class unmaking).
func (l *Lexicon) IsUnmaking(w string) bool { return l.unmaking(w) }

// IsModifier reports whether w may stand inside a role before its noun:
// a title modifier or a nationality ("special", "German", "Kremlin").
func (l *Lexicon) IsModifier(w string) bool {
	if t, _ := get(l.titles, w); t != nil && t.Kind != "noun" {
		return true
	}
	n, _ := get(l.nationBy, w)
	if n == nil {
		return false
	}
	f := Fold(w)
	return Fold(n.Adjective) == f || isOneWord(f) && !strings.HasSuffix(f, "s") || f == "us" || f == "u.s."
}

func isOneWord(s string) bool { return !strings.Contains(s, " ") }

// IsSurnameParticle reports a word that may stand inside a surname, in
// lower case: "van", "von", "de", "al".
func (l *Lexicon) IsSurnameParticle(w string) bool { return l.isFold("particle", w) }

// IsGivenHonorific reports a word set before a given name alone as well
// as before a full name ("sheikh": "Sheikh Jassim").
func (l *Lexicon) IsGivenHonorific(w string) bool { return l.isFold("givenhonorific", w) }

// IsOwnerPronoun reports a possessive pronoun (words.tsv class whose:
// "his", "her", "their").
func (l *Lexicon) IsOwnerPronoun(w string) bool { return l.isFold("whose", w) }

// givenName reports a given name the lexicon knows ("Vasyl"): after
// "Father" it is the name a priest is called by, where a surname
// ("Father Savchuk") is called by the title.
func (l *Lexicon) givenName(w string) bool {
	_, ok := get(l.given, w)
	return ok
}

// Region returns the countries a region's word stands for ("gulf": the
// United Arab Emirates, Qatar, …; regions.tsv), nil for any other word.
func (l *Lexicon) Region(w string) []string { return l.regions[Fold(w)] }

// PortfolioNames returns the other words a title may use for the field
// of a government portfolio a word names ("agriculture": "agrarian",
// …; portfolios.tsv), nil for any other word.
func (l *Lexicon) PortfolioNames(w string) []string { return l.portfolios[Fold(w)] }

// BodyHeads are the titles of whoever holds the office of the body w
// names ("minister" for "ministry"; body_heads.tsv), nil for any other
// word: a title naming its holder names the body.
func (l *Lexicon) BodyHeads(w string) []string { return l.bodyHeads[Fold(w)] }

// IsPartyName reports a party's name as members call its members
// ("conservative", "labour": parties.tsv's second column), in any case.
func (l *Lexicon) IsPartyName(w string) bool {
	for _, name := range l.parties {
		if strings.EqualFold(name, w) {
			return true
		}
	}
	return false
}

// Nations returns every nationality the lexicon knows, in the order of
// nationalities.tsv.
func (l *Lexicon) Nations() []Nation {
	out := make([]Nation, len(l.nations))
	for i, n := range l.nations {
		out[i] = *n
	}
	return out
}

// Nation returns the nationality a word or phrase stands for: "German",
// "Germany", "Germany's", "Berlin".
func (l *Lexicon) Nation(w string) (Nation, bool) {
	n, _ := get(l.nationBy, w)
	if n == nil {
		n, _ = get(l.nationBy, StripPossessive(w))
	}
	if n == nil && len(w) > 4 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		// "kyivs negotiator", "russias offer": a possessive typed
		// without its apostrophe.
		n, _ = get(l.nationBy, w[:len(w)-1])
	}
	if n == nil {
		return Nation{}, false
	}
	return *n, true
}

// Organisation finds an organisation by name, alias or abbreviation.
func (l *Lexicon) Organisation(s string) (Organisation, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	o := l.orgNamed(s)
	if o == nil {
		return Organisation{}, false
	}
	return *o, true
}

// orgNamed is the organisation s names, by name, alias or abbreviation,
// in any case, but for an abbreviation that is also a word the people
// model reads ("WHO" is no "who"): that is found only in capitals.
func (l *Lexicon) orgNamed(s string) *Organisation {
	f := Fold(s)
	o := l.orgBy[f]
	if o == nil || isInitials(s) {
		return o
	}
	for _, a := range o.Abbreviations {
		if Fold(a) == f && l.isWord(f) {
			return nil
		}
	}
	return o
}

// isWord reports a word some class of words.tsv holds.
func (l *Lexicon) isWord(w string) bool {
	for _, ws := range l.words {
		if ok, _ := get(ws, w); ok {
			return true
		}
	}
	return false
}

// Organisations lists the organisations, in the order the data gives them.
func (l *Lexicon) Organisations() []Organisation {
	out := make([]Organisation, 0, len(l.orgs))
	for _, o := range l.orgs {
		out = append(out, *o)
	}
	return out
}

// SpeechVerbs lists the speech verb forms. With flag set, only those
// carrying it ("ask": the forms a question uses, "what did X say").
func (l *Lexicon) SpeechVerbs(flag string) []Verb {
	var out []Verb
	for _, v := range l.verbs {
		if flag == "" || v.has(flag) {
			out = append(out, *v)
		}
	}
	return out
}

// SpeechVerb returns the speech verb a form is ("pointed out").
func (l *Lexicon) SpeechVerb(form string) (Verb, bool) {
	form = strings.Join(strings.Fields(form), " ")
	if v := l.verbOne[form]; v != nil {
		return *v, true
	}
	first, _, _ := strings.Cut(form, " ")
	for _, v := range l.verbMulti[first] {
		if v.Form == form {
			return *v, true
		}
	}
	for _, v := range l.verbs {
		if strings.EqualFold(v.Form, form) {
			return *v, true
		}
	}
	return Verb{}, false
}

// DemonymEndings are the endings that make a country's people's
// adjective of its name (words.tsv demonymending): "Tarsk" and
// "Tarskan", "Aldoria" and "Aldorian", for countries the lexicon does
// not know.
func (l *Lexicon) DemonymEndings() []string { return l.demonymEndings }

func (l *Lexicon) is(class, w string) bool {
	ok, _ := get(l.words[class], w)
	return ok
}

// Pronoun reports whether w (lower case) is a pronoun that stands for one
// person asked about ("what did she say"), and the gender it asks of them:
// Unknown for "they".
func (l *Lexicon) Pronoun(w string) (Gender, bool) {
	if !l.is("pronoun", w) {
		return Unknown, false
	}
	return l.markedGender(w), true
}

// BackRef reports whether w (lower case), in a question naming someone,
// can only stand for them ("when he quit"), and the gender it gives them.
func (l *Lexicon) BackRef(w string) (Gender, bool) {
	if !l.is("backref", w) {
		return Unknown, false
	}
	return l.markedGender(w), true
}

// markedGender is the gender words.tsv's female and male classes give w
// (lower case), Unknown when neither does.
func (l *Lexicon) markedGender(w string) Gender { return l.classGender(w, "female", "male") }

// classGender is Female for a word of class female, Male for one of
// class male, else Unknown.
func (l *Lexicon) classGender(w, female, male string) Gender {
	switch {
	case l.is(female, w):
		return Female
	case l.is(male, w):
		return Male
	}
	return Unknown
}

// kinGender is the gender a word for a relative says (words.tsv classes
// femalekin and malekin: "sister", "brother"), Unknown for another word
// or one that says none ("cousin").
func (l *Lexicon) kinGender(w string) Gender { return l.classGender(w, "femalekin", "malekin") }

// AddressedBy reports a word a person is addressed by before their name,
// whatever their job: an honorific ("Ms", "Mr.") or a title of address
// ("Dr", "Prof"; words.tsv class addressonly).
func (l *Lexicon) AddressedBy(w string) bool {
	f := Fold(strings.TrimSuffix(w, "."))
	return l.is("honorific", f) || l.is("addressonly", f)
}

// HonorificGender reports whether w is an honorific ("Ms", "Mr.";
// words.tsv class honorific) and the gender it marks: Unknown for "Dr"
// or "Mx".
func (l *Lexicon) HonorificGender(w string) (Gender, bool) {
	f := Fold(strings.TrimSuffix(w, "."))
	if !l.is("honorific", f) {
		return Unknown, false
	}
	return l.markedGender(f), true
}

// IsAuxiliary reports a verb that only helps another ("has", "was";
// words.tsv class auxiliary).
func (l *Lexicon) IsAuxiliary(w string) bool { return l.isFold("auxiliary", w) }

// IsThirdParty reports a word for a part played in talks by neither
// side ("mediator"; words.tsv class thirdparty).
func (l *Lexicon) IsThirdParty(w string) bool { return l.is("thirdparty", w) }

// ThirdPartyWords are the words for a part played in talks by neither
// side (words.tsv class thirdparty), in order.
func (l *Lexicon) ThirdPartyWords() []string {
	return slices.Sorted(maps.Keys(l.words["thirdparty"]))
}

// IsThirdPartyTitle reports a title whose holder a country sends to carry
// talks ("envoy"; words.tsv class thirdpartytitle).
func (l *Lexicon) IsThirdPartyTitle(w string) bool { return l.isFold("thirdpartytitle", w) }

// IsTalksParty reports a country that is a side in the talks (words.tsv
// class talksparty), by its name as Nation gives it.
func (l *Lexicon) IsTalksParty(country string) bool { return l.isFold("talksparty", country) }

// IsLeaderWord reports whether a question's word (lower case) calls
// whoever heads a body: "chief", "boss".
func (l *Lexicon) IsLeaderWord(w string) bool { return l.is("leaderword", w) }

// IsGenericBody reports a word calling any body ("group", "association":
// words.tsv genericbody), which says someone is with one, not which.
func (l *Lexicon) IsGenericBody(w string) bool { return l.is("genericbody", w) }

// TitleOfTwo reports two title nouns that are one title together
// ("director general", "chief executive": words.tsv headtitle, or
// postgeneral before "general"), not a title saying more of the next
// ("vet nurse").
func (l *Lexicon) TitleOfTwo(a, b string) bool {
	a, b = Fold(a), Fold(b)
	return l.is("headtitle", a+" "+b) || b == "general" && l.GeneralAfter(a)
}

// KinWord is the word for a relative another stands for (kin.tsv:
// "mum" → "mother", "grandpa" → "grandfather"), or w itself, folded.
func (l *Lexicon) KinWord(w string) string {
	w = Fold(w)
	if k, ok := l.kin[w]; ok {
		return k
	}
	return w
}

// SameKin reports two words for the same relative ("mum", "mother"), in
// any case.
func (l *Lexicon) SameKin(a, b string) bool { return l.sameKin(Fold(a), Fold(b)) }

// RoleHead is the title noun heading role ("head" of "deputy head of the
// regional administration", "deputy" of "deputy on the delegation"), ""
// when it has none or a word unmakes it ("former president").
func (l *Lexicon) RoleHead(role string) string { return l.roleHead(role) }

// IsKin reports a word for a relative (words.tsv class kin, or a word
// kin.tsv says means one: "mum"), in any case.
func (l *Lexicon) IsKin(w string) bool {
	w = Fold(w)
	if k, ok := l.kin[w]; ok {
		w = k
	}
	return l.is("kin", w)
}

// IsAssociate reports a word for someone known by a tie to another
// person that is not kinship (words.tsv class associate: "colleague",
// "neighbour"), in any case.
func (l *Lexicon) IsAssociate(w string) bool { return l.is("associate", Fold(w)) }

// StandsForHead reports a title that, held by no one as asked, stands
// for whoever heads what the description names (words.tsv class
// headtoo: "director").
func (l *Lexicon) StandsForHead(w string) bool { return l.is("headtoo", w) }

// IsNationalOffice reports a word of an office of a country's government
// (words.tsv class nationaloffice: "ministry", "minister"), in any case.
func (l *Lexicon) IsNationalOffice(w string) bool {
	return l.is("nationaloffice", StripPossessive(Fold(w)))
}

// HoldsNationalOffice reports whether a title holds a word of an office of
// a country's government (words.tsv class nationaloffice: "Foreign
// Ministry Spokeswoman", "Foreign Minister").
func (l *Lexicon) HoldsNationalOffice(title string) bool {
	for _, w := range titleWords(title) {
		if l.is("nationaloffice", StripPossessive(w)) {
			return true
		}
	}
	return false
}

// IsAnyTitle reports a title any office holder answers to (words.tsv
// class anytitle: "official"), in lower case.
func (l *Lexicon) IsAnyTitle(w string) bool { return l.is("anytitle", w) }

// IsSecond reports a word that makes a title second to its head:
// "deputy", "vice" (words.tsv class second).
func (l *Lexicon) IsSecond(w string) bool { return l.is("second", w) }

// GeneralAfter reports whether "general" right after the title noun w
// (lower case) is part of its name, not the rank ("Director General",
// "Secretary General": words.tsv class postgeneral).
func (l *Lexicon) GeneralAfter(w string) bool { return l.isFold("postgeneral", w) }

// IsOffice reports a word before a title noun saying which office it is
// ("prime", "foreign", "defence": words.tsv class office).
func (l *Lexicon) IsOffice(w string) bool { return l.isFold("office", w) }

// HasSecond reports whether any of words (in any case) makes a title
// second to its head: a question asking for a deputy ("the deputy fm").
func (l *Lexicon) HasSecond(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return l.IsSecond(strings.ToLower(w)) })
}

// UnderSecond reports whether the word at i of a title's words (lower
// case) is made second by a word before it in the same title: "minister"
// in "first deputy foreign minister", not "negotiator" in "deputy foreign
// minister and chief negotiator" nor "general" in "deputy chief of the
// general staff" (a word joining titles or opening what one is of, class
// rolejoin or rolefor, ends the title).
// Titles splits a role that joins two titles with a comma ("Deputy
// Minister, Head of Ukrainian Delegation", as a caption gives them) into
// each: the words of one never qualify the other ("deputy" is no deputy
// head there). A comma before anything else ("Chief Conservator, Kherson
// Regional Art Museum") is kept.
func (l *Lexicon) Titles(role string) []string {
	parts := strings.Split(role, ", ")
	out := parts[:1:1]
	for _, part := range parts[1:] {
		first, _, _ := strings.Cut(part, " ")
		if l.IsTitleNoun(Fold(first)) {
			out = append(out, part)
			continue
		}
		out[len(out)-1] += ", " + part
	}
	return out
}

func (l *Lexicon) UnderSecond(f []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := strings.TrimSuffix(f[j], "-")
		switch {
		case l.is("second", w):
			return true
		case l.is("rolejoin", w) || l.is("rolefor", w):
			return false
		}
	}
	return false
}

// InComplement reports whether the word at i of a title's words (lower
// case, with "of", "for" and the like) is the head of what the title is
// for or of, not the title: "president" in "spokeswoman for the
// president of Ukraine" or "adviser to the president", though not
// "general" in "chief of the Polish General Staff" (a word of a name
// there), "head" in "… and head of the delegation" ("and" opens
// another title) nor "commissioner" in "Council of Europe Commissioner"
// (no title before the "of").
func (l *Lexicon) InComplement(f []string, i int) bool {
	if i+1 < len(f) && !l.is("complement", f[i+1]) && !l.is("stop", f[i+1]) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		switch {
		case f[j] == "and":
			return false
		case l.is("complement", f[j]):
			// Only after a title: "of" in "Council of Europe
			// Commissioner" is the body's name.
			return slices.ContainsFunc(f[:j], l.IsTitleNoun)
		}
	}
	return false
}

// PartsLed are the words of a title that name a part of a body (class
// part in words.tsv: "team" of "leader of the IAEA team"), in lower case:
// whoever holds the title heads that part, not the whole body.
func (l *Lexicon) PartsLed(title string) []string {
	var parts []string
	for _, w := range titleWords(title) {
		if l.is("part", w) {
			parts = append(parts, w)
		}
	}
	return parts
}

// HeadsBody reports whether a title heads its body ("IAEA Director
// General", "chairman of the committee"), not as a deputy's ("deputy
// head of the mission").
func (l *Lexicon) HeadsBody(title string) bool {
	f := titleWords(title)
	for i := range f {
		if first, _, hyphen := strings.Cut(f[i], "-"); i > 0 && l.is("second", strings.TrimSuffix(f[i-1], "-")) || hyphen && l.is("second", first) {
			continue
		}
		if l.classAt(f, i, "headtitle") {
			if i+1 < len(f) && l.IsTitleNoun(f[i+1]) && !l.is("headtitle", f[i]+" "+f[i+1]) {
				// "Chief Inspector": the first of the inspectors, not
				// the head of their body (a "Chief Executive" is).
				continue
			}
			if i+1 < len(f) && !l.is("headtitle", f[i]+" "+f[i+1]) && l.titleNounAfter(f[i+1:]) {
				// "chief quality-assurance officer": the first of the
				// officers, with what they do between.
				continue
			}
			return true
		}
	}
	return false
}

// titleNounAfter reports a title noun among words before the first
// preposition ("quality-assurance officer for Kesh"): what a leader word
// before them is the first of.
func (l *Lexicon) titleNounAfter(words []string) bool {
	for _, w := range words {
		if l.IsPreposition(w) {
			return false
		}
		if l.IsTitleNoun(w) {
			return true
		}
	}
	return false
}

// titleWords are a title's words in lower case, without commas and
// brackets.
func titleWords(title string) []string {
	return strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(title)))
}

// classAt reports whether the word at i of f, alone or with the next
// one ("secretary general"), is of class in words.tsv.
func (l *Lexicon) classAt(f []string, i int, class string) bool {
	return l.is(class, f[i]) || i+1 < len(f) && l.is(class, f[i]+" "+f[i+1])
}

// AtResearchBody reports whether a title or body names one that studies
// ("director of the Eurasia programme at the Bergen Institute", "Centre
// for Eastern Studies").
func (l *Lexicon) AtResearchBody(title string) bool {
	f := titleWords(title)
	for i := range f {
		if l.classAt(f, i, "researchbody") {
			return true
		}
	}
	return false
}

// IsRelative reports whether w (lower case) opens a relative clause about
// the word before it ("who", "whose", "which").
func (l *Lexicon) IsRelative(w string) bool { return l.is("relative", w) }

// IsPreposition reports whether w (lower case) opens a phrase that
// qualifies what stands before it ("for", "in", "of", "at").
func (l *Lexicon) IsPreposition(w string) bool { return l.is("preposition", w) }

// IsRoleFor reports a word joining a title to whom or what it serves
// (words.tsv rolefor: "spokesman for …", "chief of staff to …").
func (l *Lexicon) IsRoleFor(w string) bool { return l.is("rolefor", w) }

// IsArticle reports whether a word, in lower case, is an article (words.tsv
// article: "the", "a", "an").
func (l *Lexicon) IsArticle(w string) bool { return l.is("article", w) }

// IsAcademic reports a title of someone who teaches or studies at a body
// that studies ("professor", "lecturer"; words.tsv academic).
func (l *Lexicon) IsAcademic(w string) bool { return l.isFold("academic", w) }

// ToldMe reports the first person as the one told, after a verb taking a
// listener ("told me", "told us"; words.tsv toldme).
func (l *Lexicon) ToldMe(w string) bool { return l.isFold("toldme", w) }

// IsIndefinite reports an article bringing in someone new ("a", "an",
// "one"; words.tsv indefinite).
func (l *Lexicon) IsIndefinite(w string) bool { return l.isFold("indefinite", w) }

// IsAreaNoun reports a word for a kind of area (words.tsv areanoun:
// "region", "oblast", "city").
func (l *Lexicon) IsAreaNoun(w string) bool { return l.isFold("areanoun", w) }

// IsOrganisationWord reports whether a word heads an organisation's name
// ("Command", "Fund", "Institute"): a name ending in one is a body.
func (l *Lexicon) IsOrganisationWord(w string) bool { return l.is("orgword", strings.ToLower(w)) }

// NotName reports whether a capitalised word is never a person's name:
// places, bodies, outlets, pronouns, days, nationalities, title words.
func (l *Lexicon) NotName(w string) bool {
	w = StripPossessive(w)
	if l.is("notname", w) {
		return true
	}
	if n, _ := get(l.nationBy, w); n != nil {
		return true
	}
	if o, _ := get(l.orgBy, w); o != nil {
		return true
	}
	if t, _ := get(l.titles, w); t != nil || l.SuffixedPerson(w) {
		_, given := get(l.given, w)
		return !given
	}
	return false
}

// FamiliarOf returns the given names a short, familiar form stands for,
// folded ("sasha": oleksandr, aleksandr, …); nil when w is none.
func (l *Lexicon) FamiliarOf(w string) []string { return l.familiar[Fold(w)] }

// sameKin reports two words for people that name the same relative:
// the same word, or one kin.tsv says the other means ("grandad",
// "grandfather").
func (l *Lexicon) sameKin(a, b string) bool {
	canon := func(w string) string {
		if k, ok := l.kin[w]; ok {
			return k
		}
		return w
	}
	return canon(a) == canon(b)
}

// Romanised is a name folded so that its usual romanisations read alike
// (romanisations.tsv): "Zarevych" and "Zarevich" are both "zarevic",
// "Hryhor" and "Grigor" both "grigor". Two names Romanised alike may be
// one person's in two articles; the key says nothing more.
func (l *Lexicon) Romanised(name string) string {
	s := Fold(name)
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); {
		out, n := s[i:i+1], 1
		for _, r := range l.romanised {
			if strings.HasPrefix(s[i:], r[0]) {
				out, n = r[1], len(r[0])
				break
			}
		}
		for j := 0; j < len(out); j++ {
			if len(b) == 0 || b[len(b)-1] != out[j] {
				b = append(b, out[j]) // a doubled letter once
			}
		}
		i += n
	}
	return string(b)
}

// EnglishOfFrench is a folded name as English spells what French does
// (french_spellings.tsv): "jelvine" → "zhelvin", "poutine" → "putin";
// name itself when it holds no French spelling.
func (l *Lexicon) EnglishOfFrench(name string) string {
	for _, r := range l.french {
		if end, ok := strings.CutSuffix(r[0], "$"); ok {
			if base, ok := strings.CutSuffix(name, end); ok {
				name = base + r[1]
			}
			continue
		}
		name = strings.ReplaceAll(name, r[0], r[1])
	}
	return name
}

// HonorificRole is the role an honorific gives whoever it stands before
// (honorific_roles.tsv: "Father" → "priest"), or "".
func (l *Lexicon) HonorificRole(w string) string { return l.honorificRoles[Fold(w)] }
