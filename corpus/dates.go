package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// ErrNoDate is returned by ParseDate for text that holds no date it knows.
var ErrNoDate = errors.New("corpus: no date")

// Dates are read in two steps. Where a date stands in a line is found
// here, from the shape of its tokens: one numeric token ("2025-12-18",
// "18.12.2025", an ISO time stamp) or a month word (data/dates.yaml) with
// a day number and a year beside it. What the date is, dateparse reads
// from just those tokens; its answer is kept only when it agrees with the
// year the tokens show, since dateparse reads some strings it does not
// understand as another date ("December 20, 2025 10:42 AM GMT+1" as 20
// January). A date needs a day and a year: "December 2025", "Dec 15" and
// "2 hours ago" give none, and nothing is guessed.

// ParseDate finds a calendar date in s ("Published 14 December 2025",
// "December 18, 2025", "2025-12-18T09:30:00Z", "18.12.2025") and returns
// it as YYYY-MM-DD, the date as the page prints it (an ISO time stamp's
// own offset, not UTC).
func ParseDate(s string) (string, error) {
	d, _, ok := findDate(s)
	if !ok {
		return "", fmt.Errorf("parse date %q: %w", clip(s, 60), ErrNoDate)
	}
	return d, nil
}

// dtok is one token of a line, with its byte span, as the date reader
// sees it: key is lower case without surrounding punctuation.
type dtok struct {
	raw, key   string
	start, end int
}

// dateTokens splits s at white space and at separators that stand alone
// ("|", "·", "-").
func dateTokens(s string) []dtok {
	var out []dtok
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || (j > i && strings.ContainsRune("|·•", r)) {
				break
			}
			j += size
			if strings.ContainsRune("|·•", r) {
				break
			}
		}
		raw := s[i:j]
		out = append(out, dtok{raw: raw, key: strings.ToLower(strings.Trim(raw, ",.;:()[]")), start: i, end: j})
		i = j
	}
	return out
}

// findDate returns the first date in s and the byte span it covers.
func findDate(s string) (string, [2]int, bool) {
	if len(s) > 2000 {
		s = s[:2000] // a date stands near the start of what holds one
	}
	toks := dateTokens(s)
	lx := dateWords()
	for i, t := range toks {
		if d, ok := numericDate(t.raw); ok {
			if i > 0 && lx.weekday[strings.TrimSuffix(toks[i-1].key, ".")] {
				// "Sunday 08/11/2076": the order the weekday agrees
				// with (8 November, a Sunday; not 11 August).
				d = weekdayReading(d, t.raw, toks[i-1].key)
			}
			return d, [2]int{t.start, t.end}, true
		}
		if _, ok := lx.month[strings.TrimSuffix(t.key, ".")]; !ok {
			continue
		}
		if d, from, to, ok := monthDate(toks, i); ok {
			return d, [2]int{toks[from].start, toks[to].end}, true
		}
	}
	return "", [2]int{}, false
}

// monthDate reads the date around the month word toks[m]: "14 December
// 2025", "3rd of March 2024", "December 18, 2025". It returns the first
// and last token it used.
func monthDate(toks []dtok, m int) (string, int, int, bool) {
	lx := dateWords()
	month := lx.month[strings.TrimSuffix(toks[m].key, ".")]
	from, to := m, m
	day, year := 0, 0
	switch {
	case m+2 < len(toks) && dayNumber(toks[m+1].key) > 0 && yearNumber(toks[m+2].key) > 0:
		day, year, to = dayNumber(toks[m+1].key), yearNumber(toks[m+2].key), m+2
	case m >= 1 && m+1 < len(toks) && dayNumber(toks[m-1].key) > 0 && yearNumber(toks[m+1].key) > 0:
		day, year, from, to = dayNumber(toks[m-1].key), yearNumber(toks[m+1].key), m-1, m+1
	case m >= 2 && m+1 < len(toks) && toks[m-1].key == "of" && dayNumber(toks[m-2].key) > 0 && yearNumber(toks[m+1].key) > 0:
		day, year, from, to = dayNumber(toks[m-2].key), yearNumber(toks[m+1].key), m-2, m+1
	default:
		return "", 0, 0, false
	}
	// What dateparse reads: the tokens in the page's order, with the
	// month's short name, without ordinals, "of" and commas.
	var parts []string
	for i := from; i <= to; i++ {
		switch k := toks[i].key; {
		case i == m:
			parts = append(parts, lx.short[month])
		case k == "of":
		default:
			parts = append(parts, strings.TrimRightFunc(strings.TrimSuffix(k, "."), unicode.IsLetter))
		}
	}
	t, ok := dateparseIn(strings.Join(parts, " "), true)
	if !ok || t.Year() != year || t.Day() != day || t.Month() != month {
		return "", 0, 0, false
	}
	return t.Format(time.DateOnly), from, to, true
}

// numericDate reads a date written as one token: "2025-12-18",
// "2025-11-27T08:45:00+01:00", "2025/12/18", "18.12.2025", "12/18/2025".
// A dotted date is day first, as everywhere dots are used; a slashed one
// is read month first unless that cannot be.
func numericDate(raw string) (string, bool) {
	raw = strings.TrimRight(raw, ",.;)")
	raw = strings.TrimLeft(raw, "(")
	if len(raw) < 8 || len(raw) > 40 || raw[0] < '0' || raw[0] > '9' {
		return "", false
	}
	date := raw
	if i := strings.IndexAny(raw, "Tt "); i > 0 {
		date = raw[:i]
	}
	groups := strings.FieldsFunc(date, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(groups) != 3 || len(groups[0])+len(groups[1])+len(groups[2])+2 != len(date) ||
		date[len(groups[0])] != date[len(date)-len(groups[2])-1] {
		return "", false // empty parts or mixed separators: a range or a version number
	}
	if m := dateWords().month[strings.ToLower(groups[1])]; m > 0 && date[len(groups[0])] == '-' {
		// "13-Feb-2047", as wire services and logs write a date.
		d, y := dayNumber(groups[0]), yearNumber(groups[2])
		if d == 0 || y == 0 || len(groups[2]) != 4 {
			return "", false
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return "", false // "31-Feb-2047"
		}
		return t.Format(time.DateOnly), true
	}
	year := 0
	for _, g := range groups {
		for _, r := range g {
			if r < '0' || r > '9' {
				return "", false
			}
		}
		if len(g) == 4 {
			year, _ = strconv.Atoi(g)
		} else if len(g) > 2 {
			return "", false
		}
	}
	if year < 1900 || year > 2200 || (len(groups[0]) != 4 && len(groups[2]) != 4) {
		return "", false
	}
	monthFirst := true
	if date[len(groups[0])] == '.' && len(groups[0]) <= 2 {
		// 18.12.2025: dateparse reads dots month first, so hand it the
		// same date with slashes and day first.
		raw = strings.ReplaceAll(date, ".", "/")
		monthFirst = false
	}
	t, ok := dateparseIn(raw, monthFirst)
	if !ok || t.Year() != year {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// dateparseIn is dateparse.ParseIn in UTC (an offset in the text is kept
// as written), ambiguous day/month orders retried the other way round.
// dateparse has panicked on odd input in the past; a panic is no date.
func dateparseIn(s string, monthFirst bool) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(monthFirst), dateparse.RetryAmbiguousDateWithSwap(true))
	return t, err == nil
}

func isNumericDate(raw string) bool {
	_, ok := numericDate(raw)
	return ok
}

// DayOfMonth reads a day of a month written in digits, lower case ("18",
// "3rd", "18th"): 1 to 31, else 0.
func DayOfMonth(w string) int { return dayNumber(w) }

// dayNumber reads "18", "3rd", "18th": 1 to 31, else 0.
func dayNumber(w string) int {
	w = strings.TrimSuffix(w, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearNumber reads a four-digit year from 1900 to 2200, else 0.
func yearNumber(w string) int {
	if len(w) != 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1900 || n > 2200 {
		return 0
	}
	return n
}

// A token's part in a date line, besides the date itself.
func isClockTime(w string) bool {
	if from, to, ok := strings.Cut(w, "-"); ok && from != "" && to != "" {
		// "07:10-07:24": a broadcast's slot.
		return isClockTime(from) && isClockTime(to)
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "a.m"), "p.m")
	i := strings.IndexAny(w, ":.h")
	if i < 1 || i > 2 || len(w) < i+3 {
		return false
	}
	for j, r := range w {
		if j == i || (r == ':' && j == i+3) {
			continue
		}
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(w) == i+3 || (len(w) == i+6 && w[i+3] == ':')
}

// isZone reports a time zone as pages print it: a zone of
// data/dates.yaml with perhaps an offset ("GMT", "GMT+1", "UTC+02:00",
// "(CET)"), or an offset alone ("+0100").
func isZone(raw string) bool {
	raw = strings.Trim(raw, "(),")
	letters := 0
	for letters < len(raw) && (raw[letters] >= 'A' && raw[letters] <= 'Z' || raw[letters] >= 'a' && raw[letters] <= 'z') {
		letters++
	}
	if letters > 0 && !dateWords().zone[strings.ToLower(raw[:letters])] {
		return false
	}
	rest := raw[letters:]
	if rest == "" {
		return letters > 0
	}
	if rest[0] != '+' && rest[0] != '-' && !strings.HasPrefix(rest, "−") {
		return false
	}
	rest = strings.TrimLeft(rest, "+-−")
	if rest == "" || len(rest) > 5 {
		return false
	}
	for _, r := range rest {
		if (r < '0' || r > '9') && r != ':' {
			return false
		}
	}
	return true
}

// isSeparator reports a token that only separates: "|", "·", "-", ",".
func isSeparator(t dtok) bool {
	return strings.Trim(t.raw, "|·•-–—,/()") == ""
}

// relativeAt reports a relative time starting at toks[i] ("2 hours ago",
// "an hour ago", "5 mins ago") and how many tokens it takes.
func relativeAt(toks []dtok, i int) int {
	lx := dateWords()
	if lx.relDay[toks[i].key] {
		return 1
	}
	if i+1 < len(toks) && toks[i].key == "just" && toks[i+1].key == "now" {
		return 2
	}
	n := toks[i].key
	// "2h ago", "5min ago"
	if j := strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && lx.unit[n[j:]] &&
		i+1 < len(toks) && lx.ago[toks[i+1].key] {
		return 2
	}
	if i+2 < len(toks) && (isCount(n) || lx.count[n]) && lx.unit[toks[i+1].key] && lx.ago[toks[i+2].key] {
		return 3
	}
	return 0
}

// dateLine reports whether line is a date line: a date with only words
// like "Published", a weekday, a time of day and zone, or a relative
// "Updated 2 hours ago" around it, and returns the date.
func dateLine(line string) (string, bool) {
	if len(line) > 100 || !hasDigit(line) {
		return "", false // every date has a day and a year
	}
	d, span, ok := findDate(line)
	if !ok {
		return "", false
	}
	if !onlyDateWords(dateTokens(line), span) {
		return "", false
	}
	return d, true
}

// onlyDateWords reports whether every token outside span is one that
// stands around dates.
func onlyDateWords(toks []dtok, span [2]int) bool {
	lx := dateWords()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.start >= span[0] && t.end <= span[1] {
			continue
		}
		if n := relativeAt(toks, i); n > 0 {
			i += n - 1
			continue
		}
		k := strings.TrimSuffix(t.key, ".")
		switch {
		case isSeparator(t), lx.qualifier[k], lx.weekday[k], lx.clock[strings.ReplaceAll(t.key, ".", "")],
			isClockTime(t.key), isZone(t.raw), lx.month[k] > 0, dayNumber(t.key) > 0, yearNumber(t.key) > 0, isNumericDate(t.raw):
			// a second date ("Updated December 16, 2025") is no text either
		default:
			return false
		}
	}
	return true
}

// relativeLine reports a line that only says how long ago something was
// published ("2 days ago", "Updated 5 mins ago", "Yesterday").
func relativeLine(line string) bool {
	if len(line) > 60 || len(line) > 12 && !containsFold(line, "ago") {
		return false // only "Yesterday", "Just now" go without "ago"
	}
	toks := dateTokens(line)
	lx := dateWords()
	found := false
	for i := 0; i < len(toks); i++ {
		if n := relativeAt(toks, i); n > 0 {
			found = true
			i += n - 1
			continue
		}
		if !isSeparator(toks[i]) && !lx.qualifier[toks[i].key] {
			return false
		}
	}
	return found
}

// stampLine reports a line that is only a time of day, perhaps with a
// zone, a weekday or a day and month: a live blog's entry stamp ("12:42
// GMT", "3:15 p.m. ET", "Dec 15, 12:42"), an agency feed's with the
// item's urgency ("06:52 URGENT", "16:58 BULLETIN - CORRECTION"), or a
// video's duration ("02:45").
// It returns the line as the page prints it.
func stampLine(line string) (string, bool) {
	if len(line) > 48 || !hasDigit(line) {
		return "", false
	}
	toks := dateTokens(line)
	lx := dateWords()
	clock := false
	for _, t := range toks {
		k := strings.TrimSuffix(t.key, ".")
		switch {
		case isClockTime(t.key) || isClockTime(strings.TrimSuffix(t.key, ":00")):
			clock = true
		case isSeparator(t), lx.clock[strings.ReplaceAll(t.key, ".", "")], isZone(t.raw), lx.weekday[k], lx.qualifier[k],
			lx.month[k] > 0, dayNumber(t.key) > 0, yearNumber(t.key) > 0, lx.priority[k] && isAllCaps(t.raw):
		default:
			return "", false
		}
	}
	return line, clock
}

// stampHasContext reports a stamp that says more than "12:42": a zone,
// am/pm or a day. Two of those make a live blog; bare times need three,
// as a video's duration looks the same.
func stampHasContext(stamp string) bool {
	for _, t := range dateTokens(stamp) {
		if !isClockTime(t.key) && !isSeparator(t) {
			return true
		}
	}
	return false
}

// weekdayReading is date, read month first from raw ("08/11/2076"),
// read day first instead when only that reading falls on the weekday
// the page gives with it.
func weekdayReading(date, raw, weekday string) string {
	m := reSlashDate.FindStringSubmatch(raw)
	month, day, ok := eitherOrder(m, date)
	if !ok {
		return date
	}
	y := atoi(m[3])
	on := func(month, day int) bool {
		w := strings.ToLower(time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Weekday().String())
		return strings.HasPrefix(w, strings.TrimSuffix(weekday, "."))
	}
	if !on(month, day) && on(day, month) {
		return fmt.Sprintf("%s-%02d-%02d", m[3], day, month)
	}
	return date
}

// eitherOrder reads m, a match of reSlashDate, as the numbers date was
// read from month first, when the other order reads as a date too (both
// twelve or under, not alike): its month and day as read.
func eitherOrder(m []string, date string) (month, day int, ok bool) {
	if m == nil {
		return 0, 0, false
	}
	a, b := atoi(m[1]), atoi(m[2])
	return a, b, a != b && a <= 12 && b <= 12 && date == fmt.Sprintf("%s-%02d-%02d", m[3], a, b)
}

// reSlashDate is a date of numbers with slashes or hyphens, day and
// month either way round ("10/06/2077").
var reSlashDate = regexp.MustCompile(`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b`)

// dayFirstReading is date read day first, when a line of a page gave
// it as numbers either order reads ("10/06/2077", read month first as
// 2077-10-06) and the page's lines write their dates with the day before
// the month's name ("9 June") more often than after it ("June 9"); ok
// false otherwise.
func dayFirstReading(date string, lines []string) (string, bool) {
	if y, rest, ok := strings.Cut(date, "-"); !ok || len(y) != 4 {
		return "", false
	} else if mo, d, _ := strings.Cut(rest, "-"); atoi(mo) > 12 || atoi(d) > 12 || mo == d {
		// A day past the twelfth, or the same number twice: no other
		// reading to weigh, and no line to look through.
		return "", false
	}
	var m []string
	found := false
	var month, day int
	for _, ln := range lines {
		if !strings.ContainsAny(ln, "/-") || !hasDigit(ln) {
			continue
		}
		for _, c := range reSlashDate.FindAllStringSubmatch(ln, -1) {
			if month, day, found = eitherOrder(c, date); found {
				m = c
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		return "", false
	}
	months := dateWords().month
	isMonth := func(t dtok) bool { _, ok := months[strings.TrimSuffix(t.key, ".")]; return ok }
	dayFirst, monthFirst := 0, 0
	for _, ln := range lines {
		if !hasDigit(ln) {
			continue // no day without a number
		}
		toks := dateTokens(ln)
		for i := 0; i+1 < len(toks); i++ {
			if isMonth(toks[i+1]) && dayNumber(toks[i].key) > 0 {
				dayFirst++
			}
			if isMonth(toks[i]) && dayNumber(toks[i+1].key) > 0 {
				monthFirst++
			}
		}
	}
	if dayFirst <= monthFirst {
		return "", false
	}
	return fmt.Sprintf("%s-%02d-%02d", m[3], day, month), true
}

// atoi is a run of digits' value (0 for none).
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
