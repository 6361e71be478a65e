package index

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// answerType is the kind of thing a question asks for, which a right
// passage holds: a date, a place, a number, an organisation, a person.
type answerType uint16

const (
	typeNone    answerType = 0
	typeDate    answerType = 1 << iota // "December 14 and 15", "on Monday", "2025", "14:30"
	typePlace                          // "in Berlin", "at the chancellery"
	typeNumber                         // "20,000 troops", "ninety days", "€90bn"
	typeOrg                            // "the German Marshall Fund", "SWP"
	typeAgent                          // a person or an organisation
	typeMeasure                        // a number with its unit: "30 days", "600 kilometres"
	typeClock                          // a time of day: "14:30", "3:40 a.m.", "half past eleven"
	typeMoney                          // a sum in a currency: "40 crowns", "€90bn", "GBP 45 million"
	// typeReason marks a "why" question: a passage giving a cause
	// ranks a little higher. It is never a type a passage must hold:
	// rank takes it off before reading passages for the others.
	typeReason
)

//go:embed data/answertypes.yaml
var answerTypesYAML []byte

type typeWords struct {
	Date struct {
		Loose      []string `yaml:"loose"`
		Clock      []string `yaml:"clock"`
		ClockAfter []string `yaml:"clock_after"`
		ClockPast  []string `yaml:"clock_past"`
		ClockEnds  []string `yaml:"clock_suffixes"`
	} `yaml:"date"`
	Place struct {
		Before     []string `yaml:"before"`
		Directions []string `yaml:"directions"`
		Nouns      []string `yaml:"nouns"`
		Labels     []string `yaml:"labels"`
	} `yaml:"place"`
	Number struct {
		Words   []string `yaml:"words"`
		Units   []string `yaml:"units"`
		Before  []string `yaml:"units_before"`
		Spelled []string `yaml:"spelled"`
		Tens    []string `yaml:"spelled_tens"`
	} `yaml:"number"`
	Money struct {
		Words      []string `yaml:"words"`
		Asking     []string `yaml:"asking"`
		Currencies []string `yaml:"currencies"`
		Codes      []string `yaml:"codes"`
		Symbols    []string `yaml:"symbols"`
	} `yaml:"money"`
	Reason struct {
		Words []string `yaml:"words"`
	} `yaml:"reason"`
	Person struct {
		DefiningVerbs []string `yaml:"defining_verbs"`
		Articles      []string `yaml:"articles"`
		Apposition    []string `yaml:"apposition_articles"`
	} `yaml:"person"`

	looseDate, placeBefore, placeNoun, placeLabel, number, unit, money map[string]bool
	moneyAsking, currency                                              map[string]bool
	direction                                                          map[string]bool
	unitBefore                                                         map[string]bool
	clock, clockAfter, clockPast                                       map[string]bool
	reason                                                             map[string]bool
	// spelled maps a number written as a word to its digits and back:
	// "six" ↔ "6".
	spelled map[string]string
}

var loadTypeWords = sync.OnceValue(func() *typeWords {
	var tw typeWords
	if err := yaml.Unmarshal(answerTypesYAML, &tw); err != nil {
		panic(fmt.Sprintf("index: data/answertypes.yaml: %v", err)) // embedded data, checked by tests
	}
	set := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	tw.looseDate = set(tw.Date.Loose)
	tw.clock, tw.clockAfter, tw.clockPast = set(tw.Date.Clock), set(tw.Date.ClockAfter), set(tw.Date.ClockPast)
	tw.placeBefore, tw.placeNoun, tw.placeLabel = set(tw.Place.Before), set(tw.Place.Nouns), set(tw.Place.Labels)
	tw.direction = set(tw.Place.Directions)
	tw.number = set(tw.Number.Words)
	tw.unit = set(tw.Number.Units)
	tw.unitBefore = set(tw.Number.Before)
	tw.money = set(tw.Money.Words)
	tw.moneyAsking, tw.currency = set(tw.Money.Asking), set(append(slices.Clone(tw.Money.Currencies), tw.Money.Codes...))
	tw.reason = set(tw.Reason.Words)
	tw.spelled = map[string]string{}
	for n, w := range tw.Number.Spelled {
		tw.spelled[w], tw.spelled[strconv.Itoa(n)] = strconv.Itoa(n), w
	}
	for n, w := range tw.Number.Tens {
		tw.spelled[w], tw.spelled[strconv.Itoa(20+10*n)] = strconv.Itoa(20+10*n), w
	}
	return &tw
})

// otherSpelling is a number in the other way of writing it: "6" for
// "six", "six" for "6"; "" for any other word.
func otherSpelling(w string) string { return loadTypeWords().spelled[w] }

// typeAt is a type of thing found at the i-th word of a text. loose
// marks weak evidence: "at Christmas" for a date, "at the chancellery"
// for a place.
type typeAt struct {
	word  int
	t     answerType
	loose bool
	// ends says a sentence ends right after it: a number there counts
	// nothing in the next sentence.
	ends bool
}

// typesIn finds the types of thing text holds, word by word, calling
// found for each. isPerson says whether a capitalised word is a person the
// corpus names. It reads each word once.
func typesIn(text string, isPerson func(word string) bool, found func(typeAt)) {
	tw := loadTypeWords()
	i := -1
	prev := ""       // the word before, lower case
	prev2 := ""      // the one before it
	sentence := true // the word opens a sentence
	capRun := 0      // capitalised words in a row
	prevNumber := false
	prevCalendar := false // the word before is a month or a day, capitalised
	prevVenue := false    // the word before is a place noun, capitalised ("Villa", "Hotel")
	prevPlace := false    // the word before is clearly a place
	nation := false       // the word before is a nationality after a place's word ("in the Moldovan")
	prevEnd := 0          // where the word before ends
	prevWord := ""        // the word before as written
	for sp := range words(text) {
		i++
		var t answerType
		loose := false
		w := text[sp.start:sp.end]
		low := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		switch {
		case upper && corpus.CalendarWord(low):
			// Capitalised, as news text writes dates: lower-case "may",
			// "march", "sun" are other words.
			t |= typeDate
		case isClock(text, sp) || clockWord(low, tw) || low == "past" && tw.clockPast[prev]:
			t |= typeDate | typeClock
		case isYear(w):
			t |= typeDate
		case tw.looseDate[low]:
			t |= typeDate
			loose = true
		}
		if prevNumber && tw.clockAfter[low] && (len(low) > 1 || strings.HasPrefix(text[sp.end:], ".m")) {
			// "9 am", "3:40 a.m.", "0240 GMT": the number before is a
			// time of day.
			found(typeAt{word: i - 1, t: typeDate | typeClock})
		}
		if r >= '0' && r <= '9' || tw.number[low] {
			t |= typeNumber
			if tw.currency[prev] && prevEnd > 0 || tw.symbolBefore(text[prevEnd:sp.start]) || currencyCode(prevWord) {
				// "GBP 45 million", "US$68", "€90bn": a sum of money.
				t |= typeMoney
			}
			if tw.unitBefore[prev] {
				// "Minus 18 on my cab thermometer": a measure with no
				// unit after it.
				t |= typeMeasure
			}
			if dayOfMonth(w) && (prevCalendar || calendarNext(text, sp.end)) {
				// "7 March", "March 7": the day of a date, no count.
				t = t&^typeNumber | typeDate
			}
		} else if prevNumber && (tw.currency[low] || english.Currency(low) || !upper && coinedCurrency(low)) {
			// "3.2 million euros", "40 crowns", "four billion kroner": a
			// sum of money (a word WordNet calls a coin is one after a
			// number; "quarter", a coin too, is a number's word first).
			found(typeAt{word: i - 1, t: typeNumber | typeMoney})
		} else if prevNumber && tw.unit[low] {
			// "30 days", "nine-hour": the number before measures.
			found(typeAt{word: i - 1, t: typeNumber | typeMeasure})
		}
		prevNumber = t&typeNumber != 0
		prevCalendar = upper && corpus.CalendarWord(low)
		afterPlaceWord := tw.placeBefore[prev] || prev == "the" && tw.placeBefore[prev2] || prev == "of" && tw.direction[prev2]
		if tw.placeLabel[prev] && strings.HasPrefix(strings.TrimSpace(text[prevEnd:sp.start]), ":") {
			// "Venue: Media Centre": a record's field names a place.
			afterPlaceWord, sentence = true, false
		}
		if upper && !sentence && afterPlaceWord && nationAdjective(low) {
			// "in Ukrainian homes", "at the Russian embassy": a
			// nationality describes what follows, which is the place if
			// any is; the words before still lead to it.
			sentence = sentenceEndsAfter(text, sp)
			if t != typeNone {
				found(typeAt{word: i, t: t, loose: loose, ends: sentence})
			}
			nation = true
			continue
		}
		ofNation := nation
		nation = false
		switch {
		case upper && !sentence && !corpus.CalendarWord(low) && afterPlaceWord:
			// "in Berlin", "at the Villa des Roches".
			t |= typePlace
		case upper && !sentence && prevVenue:
			// "the Villa Ciani", "Conference Room B", "Hotel du Lac":
			// a building's name.
			t |= typePlace
			if !prevPlace {
				found(typeAt{word: i - 1, t: typePlace})
			}
		case tw.placeNoun[low] && (tw.placeBefore[prev] || prev == "the" || (prev == "a" || prev == "an") && tw.placeBefore[prev2]):
			// "at the chancellery", "at a checkpoint on the border"; "in
			// the Moldovan capital" is as plain as a name.
			t |= typePlace
			loose = !ofNation
			if ofNation {
				found(typeAt{word: i - 1, t: typePlace})
			}
		}
		prevVenue = upper && tw.placeNoun[low]
		prevPlace = t&typePlace != 0 && !loose
		if upper {
			capRun++
			if capRun >= 2 && people.Default().IsOrganisationWord(low) || isAcronym(w) {
				t |= typeOrg | typeAgent
			}
			if isPerson != nil && !sentence && isPerson(low) {
				t |= typeAgent
			}
		} else if low != "of" && low != "for" && low != "the" && low != "and" {
			capRun = 0
		}
		sentence = sentenceEndsAfter(text, sp)
		prev2, prev, prevEnd, prevWord = prev, low, sp.end, w
		if t != typeNone {
			found(typeAt{word: i, t: t, loose: loose, ends: sentence})
		}
	}
}

// namesMoney reports a question (low, lower case) with a word for money
// or paying ("cost", "paying") or for what has a price ("tickets",
// "giving"; answertypes.yaml money): after an opening asking for an
// amount (questions.yaml summing), it asks for a sum.
func namesMoney(low string) bool {
	tw := loadTypeWords()
	for sp := range words(low) {
		if w := low[sp.start:sp.end]; tw.money[w] || tw.moneyAsking[w] {
			return true
		}
	}
	return false
}

// symbolBefore reports a currency's symbol ("$", "€") in what stands
// between a number and the word before it.
func (tw *typeWords) symbolBefore(between string) bool {
	for _, sym := range tw.Money.Symbols {
		if strings.Contains(between, sym) {
			return true
		}
	}
	return false
}

// nationAdjective reports a nationality's adjective ("ukrainian",
// "russian"), not a country's name: it says whose, not where.
func nationAdjective(low string) bool {
	n, ok := people.Default().Nation(low)
	return ok && strings.EqualFold(n.Adjective, low)
}

// dayOfMonth reports digits that may be a day of a month: 1 to 31.
func dayOfMonth(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// calendarNext reports a month or a day's name, capitalised, as the word
// after text[:end] ("7 March", "14 February to 7 March").
func calendarNext(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	w := rest[:i]
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && corpus.CalendarWord(strings.ToLower(w))
}

// sentenceEndsAfter reports a full stop, question or exclamation mark
// between the word at sp and the next word of text.
func sentenceEndsAfter(text string, sp span) bool {
	gap := text[sp.end:]
	if i := strings.IndexFunc(gap, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }); i >= 0 {
		gap = gap[:i]
	}
	return strings.ContainsAny(gap, ".!?")
}

func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for i := 2; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// clockWord reports a word that is a time of day by itself: "midnight",
// "o'clock", "9am", "40pm" (of "3.40pm"), "1400hrs".
func clockWord(low string, tw *typeWords) bool {
	if tw.clock[low] {
		return true
	}
	if low == "" || low[0] < '0' || low[0] > '9' {
		return false // "9am", "3.40pm": digits first
	}
	for _, suffix := range tw.Date.ClockEnds {
		if d, ok := strings.CutSuffix(low, suffix); ok && d != "" && strings.Trim(d, "0123456789.") == "" && d[len(d)-1] != '.' {
			return true
		}
	}
	return false
}

// isClock reports a time of day: digits, a colon, two digits (14:30).
func isClock(text string, sp span) bool {
	end := sp.end
	if end+3 > len(text) || text[end] != ':' {
		return false
	}
	for i := sp.start; i < sp.end; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	return text[end+1] >= '0' && text[end+1] <= '9' && text[end+2] >= '0' && text[end+2] <= '9'
}

// isAcronym reports a word in capitals of two to six letters (SWP, NATO,
// DGAP), the way organisations are abbreviated.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// givesCause reports a word of text that gives a cause ("because", "due
// to", "the reason").
func givesCause(text string) bool {
	tw := loadTypeWords()
	for sp := range words(text) {
		if tw.reason[strings.ToLower(text[sp.start:sp.end])] {
			return true
		}
	}
	return false
}

// givesDayDate reports text giving a day of a month: a month's name with
// a day's number beside it ("14 December", "December 14", "the 4th of
// October"), which says when more exactly than a month, a weekday or
// "last week".
func givesDayDate(text string) bool {
	var prev [3]string // the words before, the nearest last
	for sp := range words(text) {
		w := strings.ToLower(text[sp.start:sp.end])
		if corpus.MonthName(w) != "" {
			if corpus.DayOfMonth(prev[2]) > 0 || prev[2] == "of" && corpus.DayOfMonth(prev[1]) > 0 {
				return true
			}
		} else if corpus.DayOfMonth(w) > 0 && corpus.MonthName(prev[2]) != "" {
			return true
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], w
	}
	return false
}

// coinedCurrency reports a plural after a number that English does not
// know (or hardly: Zipf under rareZipf), as the money of a country it
// does not know either is: "38 million ostrels", "forty-six thousand
// karvons", "1.2 billion thalers".
func coinedCurrency(low string) bool {
	stem, ok := strings.CutSuffix(low, "s")
	return ok && len(stem) >= 3 && english.Lookup(low).Zipf < rareZipf && english.Lookup(stem).Zipf < rareZipf && !loadTypeWords().unit[low]
}

// currencyCode reports a three-letter code in capitals that English does
// not know as a word, written before a number as a currency's code is:
// "CVC 1.7 million".
func currencyCode(w string) bool {
	if len(w) != 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	return !english.Lookup(strings.ToLower(w)).Known
}

// rareZipf is how rare (Zipf) a word of English is that a reader takes
// for one they do not know: about once in ten million words.
const rareZipf = 2

// holdsType reports whether text holds a thing of type t anywhere.
func holdsType(text string, t answerType) bool {
	found := false
	typesIn(text, func(string) bool { return false }, func(ta typeAt) {
		found = found || ta.t&t != 0
	})
	return found
}
