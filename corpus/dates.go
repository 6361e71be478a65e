package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ErrNoDate is returned by ParseDate for text that holds no date it knows.
var ErrNoDate = errors.New("corpus: no date")

var monthNames = map[string]time.Month{
	"jan": time.January, "january": time.January,
	"feb": time.February, "february": time.February,
	"mar": time.March, "march": time.March,
	"apr": time.April, "april": time.April,
	"may": time.May,
	"jun": time.June, "june": time.June,
	"jul": time.July, "july": time.July,
	"aug": time.August, "august": time.August,
	"sep": time.September, "sept": time.September, "september": time.September,
	"oct": time.October, "october": time.October,
	"nov": time.November, "november": time.November,
	"dec": time.December, "december": time.December,
}

const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// The date shapes news pages use; each regexp yields year, month, day in
// the order named by its layout.
var datePatterns = []struct {
	re    *regexp.Regexp
	order string // positions of y, m (number), M (name), d among the groups
}{
	{regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)`), "ymd"},
	{regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`), "ymd"},
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?` + monthRE + `,? (\d{4})\b`), "dMy"},
	{regexp.MustCompile(`(?i)\b` + monthRE + ` (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`), "Mdy"},
	{regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`), "dmy"},
}

// ParseDate finds a calendar date in s ("Published 14 December 2025",
// "December 18, 2025", "2025-12-18T09:30:00Z", "18.12.2025") and returns
// it as YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	d, _, ok := findDate(s)
	if !ok {
		return "", fmt.Errorf("parse date %q: %w", clip(s, 60), ErrNoDate)
	}
	return d, nil
}

// findDate returns the first valid date in s and the span it covers.
func findDate(s string) (string, [2]int, bool) {
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(s, -1) {
			var y, mo, d int
			for i, c := range p.order {
				g := s[m[2+2*i]:m[3+2*i]]
				switch c {
				case 'y':
					y, _ = strconv.Atoi(g)
				case 'd':
					d, _ = strconv.Atoi(g)
				case 'm':
					mo, _ = strconv.Atoi(g)
				case 'M':
					mo = int(monthNames[strings.ToLower(strings.TrimSuffix(g, "."))])
				}
			}
			if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 {
				continue
			}
			t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d || int(t.Month()) != mo {
				continue // 31 February and the like
			}
			return t.Format(time.DateOnly), [2]int{m[0], m[1]}, true
		}
	}
	return "", [2]int{}, false
}

// dateLineRest matches what may stand around the date on a dateline.
var dateLineRest = regexp.MustCompile(`(?i)\b(?:first |last )?(?:published|updated|posted|modified|date|on|at|am|pm|gmt|utc|cet|cest|eet|eest|est|edt|pst|pdt|bst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b|\d{1,2}:\d{2}(?::\d{2})?|[\s,.:;|·•()\-–—/+]|\d{1,2}h\d{2}`)

// dateLine reports whether line is a dateline: a date with only words like
// "Published" or a time of day around it.
func dateLine(line string) (string, bool) {
	if len(line) > 80 {
		return "", false
	}
	d, span, ok := findDate(line)
	if !ok {
		return "", false
	}
	rest := line[:span[0]] + " " + line[span[1]:]
	if strings.TrimSpace(dateLineRest.ReplaceAllString(rest, "")) != "" {
		return "", false
	}
	return d, true
}
