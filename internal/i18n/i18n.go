// Package i18n holds the words talksbot itself says — intros, buttons,
// help, errors, moderator messages, command names and descriptions — in
// English, Ukrainian and German, read from one data file
// (messages.yaml). Article text is never translated: only the bot's own
// words are looked up here.
//
// A key maps each language to a text, or to plural forms chosen by a
// count: "one"/"other" in English and German, "one"/"few"/"many" in
// Ukrainian (CLDR's rules for whole numbers), with exact counts such as
// "=2" ("twice") taking precedence. Placeholders are {name}; T and N fill
// them from name/value pairs. TestCatalogue checks that every key has
// every language, every plural form and the same placeholders.
package i18n

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Lang is a language the bot speaks.
type Lang string

// The languages of the catalogue; English is the fallback.
const (
	English   Lang = "en"
	Ukrainian Lang = "uk"
	German    Lang = "de"
)

// Langs are the catalogue's languages, English first.
var Langs = []Lang{English, Ukrainian, German}

// ForLocale picks the language for a Discord locale ("uk", "de",
// "en-US", ...): Ukrainian or German when the locale is one of them,
// else English.
func ForLocale(locale string) Lang {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(locale)), "-")
	switch Lang(base) {
	case Ukrainian:
		return Ukrainian
	case German:
		return German
	}
	return English
}

//go:embed messages.yaml
var messagesYAML []byte

// entry is one language's text of a key: plain, or plural forms.
type entry struct {
	text  string
	forms map[string]string // "one", "few", "many", "other", "=2", ...
}

func (e *entry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&e.text)
	}
	return n.Decode(&e.forms)
}

type catalogue map[string]map[Lang]entry

var (
	loadOnce sync.Once
	loaded   catalogue
	loadErr  error
)

func messages() catalogue {
	loadOnce.Do(func() { loaded, loadErr = parse(messagesYAML) })
	if loadErr != nil {
		// The file is embedded and checked by TestCatalogue; a broken
		// one is a build defect, not a runtime condition.
		panic(loadErr)
	}
	return loaded
}

func parse(data []byte) (catalogue, error) {
	var c catalogue
	if err := yaml.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("i18n: messages.yaml: %w", err)
	}
	return c, nil
}

// T is the text of key in l (English when l lacks it), placeholders
// filled from name/value pairs: T("intro.quoted", "who", "Peskov").
// An unknown key comes back as itself, so a slip shows rather than
// vanishing.
func (l Lang) T(key string, args ...any) string {
	e, ok := l.entry(key)
	if !ok {
		return key
	}
	s := e.text
	if e.forms != nil { // a count's key without a count: its general form
		if s = e.forms["other"]; s == "" {
			s = e.forms["many"]
		}
	}
	return fill(s, args)
}

// N is the form of key for the count n in l, with {n} and the
// placeholders of args filled: N("count.passages", 4) is "4 passages".
func (l Lang) N(key string, n int, args ...any) string {
	e, ok := l.entry(key)
	if !ok {
		return key
	}
	s := e.text
	if e.forms != nil {
		lang := l
		if _, ok := messages()[key][l]; !ok {
			lang = English
		}
		s, ok = e.forms["="+strconv.Itoa(n)]
		if !ok {
			s = e.forms[lang.plural(n)]
		}
	}
	return fill(s, append([]any{"n", n}, args...))
}

// Has reports whether the catalogue has key (in English at least).
func Has(key string) bool {
	_, ok := messages()[key][English]
	return ok
}

func (l Lang) entry(key string) (entry, bool) {
	byLang, ok := messages()[key]
	if !ok {
		return entry{}, false
	}
	if e, ok := byLang[l]; ok {
		return e, true
	}
	e, ok := byLang[English]
	return e, ok
}

// plural is the CLDR plural category of the whole number n in l.
func (l Lang) plural(n int) string {
	if n < 0 {
		n = -n
	}
	switch l {
	case Ukrainian:
		switch d, dd := n%10, n%100; {
		case d == 1 && dd != 11:
			return "one"
		case d >= 2 && d <= 4 && (dd < 12 || dd > 14):
			return "few"
		default:
			return "many"
		}
	default:
		if n == 1 {
			return "one"
		}
		return "other"
	}
}

// categories are the plural forms a language's entries must give.
func (l Lang) categories() []string {
	if l == Ukrainian {
		return []string{"one", "few", "many"}
	}
	return []string{"one", "other"}
}

// fill replaces {name} by the value paired with name in args.
func fill(s string, args []any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
