package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: lines a reader's eye skips. Each pattern is matched
// against one whole normalised line.
var (
	reSkipTo      = regexp.MustCompile(`(?i)^(?:\d+\.\s*)?skip to\b`)
	reMdImageOnly = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)$`)
	reRelDate     = regexp.MustCompile(`(?i)^(?:updated |published )?(?:\d+|an?|one) (?:second|minute|hour|day|week|month)s? ago$`)
	reCredit      = regexp.MustCompile(`(?i)^(?:(?:getty images|reuters|afp|epa|ap|pa media|shutterstock|anadolu|bloomberg|dpa|picture alliance|zumapress|sputnik|tass)(?: via [\p{L} ]+)?|[\p{L} .\-]{2,40}/(?:getty images|reuters|afp|epa|ap|dpa|picture alliance|zumapress|sputnik|tass|anadolu|shutterstock))$`)
	reBullet      = regexp.MustCompile(`^[-–—•*·>]+$`)
	reDuration    = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	reNoVideo     = regexp.MustCompile(`(?i)^(?:this|your) browser does not support (?:the )?(?:video|audio|html5 video)`)
	reCaption     = regexp.MustCompile(`(?:^|[\p{Ll}\p{N}.,)\s”"'])(?:Image|Images|Photo|Photos|Picture|Pictures|Photograph|Foto|Credit|Bild|Illustration|Video)\s?:\s*(\S.{0,100})$`)
	reBreadGlue   = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+){2,4}$`)
	reBreadSep    = regexp.MustCompile(`^[\p{L}][\p{L} &'-]{0,30}(?:\s?[>»›/|]\s?[\p{L}][\p{L} &'-]{0,30}){1,5}$`)
	reSocial      = regexp.MustCompile(`(?i)^(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|print|copy link|share|bluesky|threads|flipboard|pinterest)\s*[|·,/]?\s*){2,}$`)
	reBoiler      = regexp.MustCompile(`(?i)^(?:advertisement(?:\s*[·|:–—-].*)?|advert|ad|this (?:text|article|story|report) was (?:originally )?(?:published|written) in \p{L}+\.?|\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|research) by\b.*|sponsored(?: content)?|scroll to continue(?: with content)?|share(?: this)?(?: article| story| page)?(?: on \w+)?|share via\b.*|subscribe\b.*|sign up\b.*|sign in\b.*|log in\b.*|follow us\b.*|follow (?:dw|bbc|cnn|reuters)\b.*|read more\b.*|read also\b.*|also read\b.*|see also\b.*|related(?: articles| stories| topics| content| coverage)?|more on this(?: story| topic)?|click here\b.*|we use cookies\b.*|this (?:site|website) uses cookies\b.*|(?:accept|reject|manage) (?:all )?cookies\b.*|cookie (?:settings|policy|preferences|consent)\b.*|print|email|copy link|comments?|save|\d+ comments?|newsletter\b.*|download the app\b.*|listen to (?:this )?(?:article|story)\b.*|\d+ min(?:ute)?s? read|back to top|advertising|continue reading\b.*|most (?:read|popular)|trending(?: now)?|you might also like\b.*|recommended(?: for you)?|all rights reserved\b.*|© .*|copyright \d{4}\b.*)$`)
)

// furniture says why line is page furniture, or "" when it is text.
func furniture(line string) string {
	switch {
	case reSkipTo.MatchString(line):
		return "navigation"
	case reBullet.MatchString(line):
		return "bullet"
	case reMdImageOnly.MatchString(line):
		return "image"
	case reDuration.MatchString(line):
		return "video duration"
	case reRelDate.MatchString(line):
		return "relative date"
	case reCredit.MatchString(line):
		return "image credit"
	case reNoVideo.MatchString(line):
		return "video widget"
	case reSocial.MatchString(line):
		return "share buttons"
	case len(line) <= 120 && reBoiler.MatchString(line):
		return "boilerplate"
	case isCaption(line):
		return "image caption"
	}
	return ""
}

// isCaption reports an image credit line, also when the credit is glued to
// the caption before it ("...in BerlinImage: Lisi Niesner/AFP").
func isCaption(line string) bool {
	if !strings.Contains(line, ":") {
		return false
	}
	m := reCaption.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	credit := m[1]
	// A credit is a name or an agency, not a sentence.
	return !strings.Contains(credit, ". ") && wordCount(credit) <= 10 && !strings.ContainsAny(credit, "\"“”")
}

// isBreadcrumb reports a section trail above the title ("PoliticsUkraine",
// "News > Europe > Ukraine").
func isBreadcrumb(line string) bool {
	return len(line) <= 80 && (reBreadGlue.MatchString(line) || reBreadSep.MatchString(line))
}

// headingShaped reports a line that looks like a heading: short, starting
// like a title and not ending like a sentence. Whether it is one depends
// on what follows it.
func headingShaped(line string) bool {
	if len(line) > 140 || line == "" {
		return false
	}
	n := wordCount(line)
	if n > 14 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«", r) {
		return false
	}
	if lastMeaningful(line) == '?' {
		return n <= 12
	}
	return !endsSentence(line)
}

// nameShaped reports a line that is only a person's name ("Danilo Bilek").
func nameShaped(line string) bool {
	if len(line) > 50 {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if nameParticles[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true, "la": true, "le": true, "al": true, "bin": true, "ten": true}

var reByline = regexp.MustCompile(`(?i)^by\s+(.+)$`)

// byline returns the author named by a "By Name" line.
func byline(line string) (string, bool) {
	m := reByline.FindStringSubmatch(line)
	if m == nil || len(line) > 120 {
		return "", false
	}
	who := m[1]
	if _, span, ok := findDate(who); ok {
		who = who[:span[0]]
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ", updated", ", published"} {
		if i := strings.Index(who, sep); i > 0 {
			who = who[:i]
		}
	}
	who = strings.Trim(strings.TrimSpace(who), ",;:|-–— ")
	if who == "" || wordCount(who) > 12 || strings.ContainsAny(who, "\"“”!?") {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(who)
	if !unicode.IsUpper(r) {
		return "", false
	}
	return who, true
}
