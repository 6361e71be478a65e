package corpus

import (
	"iter"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// clean.go says what one line is by itself, before its neighbours are
// looked at (build.go): page furniture, by its shape or by the phrases of
// data/page.yaml; or a line that tells something about the article (a
// date line, a byline, credits, a dateline) and so is no passage either.

// Why a line is dropped, when the reason is a shape rather than a phrase
// of data/page.yaml (whose reasons are its own keys).
const (
	whyBullet      = "bullet"
	whyImage       = "image"
	whyCaption     = "image caption"
	whyCredit      = "image credit"
	whyAltText     = "image alt text"
	whyVideoTitle  = "video title"
	whyDuration    = "video duration"
	whyVideo       = "video widget"
	whyRelative    = "relative date"
	whyShare       = "share buttons"
	whyPostCounts  = "post counts"
	whyReplyTo     = "reply to another post"
	whySharePrompt = "share or follow prompt" // a reason of page.yaml's furniture
	whyNavigation  = "navigation"
	whyBreadcrumb  = "breadcrumb"
	whyLanguages   = "language switcher"
	whyInitials    = "editor's initials"
	whyAgency      = "agency credit"
	whyLink        = "link"
	whyDateLine    = "date line"
	whyDateline    = "dateline"
	whyWireNote    = "wire update note" // page.yaml's reason
	whyWireSlug    = "wire slug"        // page.yaml's reason too
	whyByline      = "byline"
	whyCredits     = "editing credits"
	whyTime        = "time stamp"
	whySection     = "section label"
	whyLabel       = "label"
	whyPageLabel   = "page label"
	whyBylineRole  = "byline role"
	whyTrailing    = "trailing label"
	whyAfter       = "after the article"
	whyRepeatTitle = "repeated title"
	whyRepeatPara  = "repeated paragraph"
	whyRepeatPage  = "repeated on other pages of the outlet"
	whyRunning     = "running header or footer"
	whyNoWords     = "no words"
	whyCode        = "code block"
	whyEndMark     = "end mark"
	whyAfterEnd    = "after the end mark"
	whySeparator   = "separator"
	whyTitle       = "used as title"
	whyUsedDate    = "used as date"
	whyUsedAuthor  = "used as author"
	whyOutside     = "outside the article"
	whyEntryByline = "live blog entry's writer"
)

// metaKind says what a line tells about its article.
type metaKind int

const (
	metaNone     metaKind = iota
	metaDate              // a date line: value is the date
	metaByline            // value is the author
	metaCredit            // editing credits; value is the author they name, if any
	metaDateline          // "KYIV, Dec 15 (Reuters) -": place, outlet and perhaps a date
)

type metaLine struct {
	kind   metaKind
	value  string // the author a byline or credits name
	date   string // the date a date line, byline or dateline gives
	place  string // a dateline's place
	outlet string // a dateline's agency
}

var (
	reBullet      = regexp.MustCompile(`^[-–—•*·>]+$`)
	reMdImageOnly = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)$`)
	// A dateline: a place in capitals, perhaps a country or a date after
	// commas, perhaps the agency in brackets, then a dash and the story.
	// The agency may stand in slashes: "MOSCOW, December 16. /Agency/.".
	reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}'’.\-]*(?: \p{Lu}[\p{Lu}\p{M}'’.\-]*){0,3})((?:, [\p{L}\d][\p{L}\p{M}\d .'’]{0,30}?){0,2})(?:(?: ?\(([^()]{2,40})\))? ?(?:[-–—]{1,2}|$)| /([^/]{2,40})/\.?)`)
	// A dateline with no place: a day and month, the agency, a dash.
	reDatedAgency = regexp.MustCompile(`^(\p{Lu}\p{L}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{L}{2,8}) \(([^()]{2,40})\) ?[-–—]{1,2}`)
	// Editor's initials: "(mk)", "mk/jcg", "mk/jcg (AFP, Reuters)".
	reInitials = regexp.MustCompile(`^\(?\p{Ll}{1,4}(?:/\p{Ll}{1,4})*\)?(?: ?\([^()]{1,40}\))?$`)
	// Initials at the end of the last paragraph: "... on Monday. (mk)".
	reTrailInitials = regexp.MustCompile(`([.!?"”’]) \((\p{Ll}{1,4}(?:/\p{Ll}{1,4})*)\)$`)
	// A photo credit at the end of a caption: "REUTERS/Lisi Niesner/File
	// Photo", "Sergei Supinsky/AFP", "Andreas Stroh/Zumapress/picture
	// alliance"; pasted link text may follow it ("Buy reprint rights").
	reCreditTail = regexp.MustCompile(`(?:^|\s)(\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3})/(\p{L}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3})(?:/\p{L}[\p{L} ]{1,25})?`)
	reBreadGlue  = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+){2,4}$`)
	reBreadSep   = regexp.MustCompile(`^[\p{L}][\p{L} &'-]{0,30}(?:\s?[>»›/|]\s?[\p{L}][\p{L} &'-]{0,30}){1,5}$`)
)

// reCaption finds "Image: credit" glued to the end of a caption; its
// words are data/page.yaml's caption_words.
var reCaption = sync.OnceValue(func() *regexp.Regexp {
	words := slices.Sorted(maps.Keys(pageWords().caption))
	return regexp.MustCompile(`(?i)(?:^|[\p{Ll}\p{N}.,)\s”"'])(?:` + alternates(words) + `)\s?:\s*(\S.{0,100})$`)
})

// classify decides what ln is by itself: it cleans its text, sets why for
// furniture, meta for lines about the article, stamp for a time of day.
// cut records what was taken off the text (a dateline before the story).
func classify(ln *line) {
	lx := pageWords()
	ln.text = unruled(normSpace(ln.text))
	if ln.why != "" || (ln.text == "" && ln.kind != kindList) {
		return // the reader has decided already, or nothing to decide
	}
	if ln.kind == kindList {
		for i := range ln.items {
			ln.items[i], _ = stripLinkNoise(normSpace(ln.items[i]))
		}
		return
	}
	if ln.kind == kindStamp {
		// An entry's time the reader knows for one (a feed item's):
		// build.go decides, as for a stamp read off the text.
		ln.stamp = ln.text
		return
	}
	ln.text, ln.linked = stripLinkNoise(ln.text)
	s := ln.text
	if s == "" {
		ln.why = whyLink
		return
	}
	if ln.kind == kindCaption {
		if !quotedCaption(s) {
			ln.why = whyCaption
			return
		}
		// A photo story's caption giving someone's words ("\"…,\" says
		// Olena Tkachuk, 34, a teacher from Lozove."): text.
		ln.kind = kindPara
	}
	if ln.kind == kindRaw || ln.kind == kindPara || ln.kind == kindItem {
		if rest, ok := bulletItem(s); ok {
			ln.text, ln.kind = rest, kindItem
			s = rest
		}
	}
	if len(s) <= 16 && lx.endMark[strings.ToLower(s)] {
		ln.why = whyEndMark
		return
	}
	if d, ok := dateLine(s); ok {
		ln.why, ln.meta = whyDateLine, metaLine{kind: metaDate, date: d}
		return
	}
	if relativeLine(s) {
		ln.why = whyRelative
		return
	}
	if stamp, ok := stampLine(s); ok {
		ln.stamp = stamp // a live blog's entry or a video's length: build.go decides
		return
	}
	if who, ok := credits(s); ok {
		ln.why, ln.meta = whyCredits, metaLine{kind: metaCredit, value: who}
		return
	}
	if who, date, ok := byline(s); ok {
		ln.why, ln.meta = whyByline, metaLine{kind: metaByline, value: who, date: date, outlet: bylineOutlet(s, who)}
		return
	}
	if why, block := lx.furniturePhrase(s); why != "" && (why != whyWireNote || wireNote(s)) && !lx.headline(ln.kind, s) {
		ln.why, ln.block = why, block
		return
	}
	if why := shapeOf(s); why != "" {
		ln.why = why
		if why == whyNavigation {
			ln.meta = rowDate(s)
		}
		return
	}
	if m, ok := datelineOnly(s); ok {
		ln.why, ln.meta = whyDateline, m
		return
	}
	if ln.kind != kindHeading {
		if m, rest, ok := datelinePrefix(s); ok {
			ln.cut = append(ln.cut, whyDateline+": "+strings.TrimSpace(s[:len(s)-len(rest)]))
			ln.text, ln.meta = rest, m
			s = rest
		}
		if !strings.HasSuffix(s, ")") {
		} else if m := reTrailInitials.FindStringSubmatchIndex(s); m != nil {
			ln.cut = append(ln.cut, whyInitials+": "+s[m[4]-1:m[5]+1])
			ln.text = s[:m[3]]
		}
	}
	if ln.linked && !endsSentence(s) && wordCount(s) <= 12 {
		ln.why = whyLink
	}
}

// unruled takes off the rules a plain-text headline is framed in ("===
// 43 of 46 children reunited … ==="); a line that is only a rule, or
// has one on one side only, stays as it is.
func unruled(s string) string {
	t := strings.TrimLeft(s, "=~")
	u := strings.TrimRight(t, "=~")
	if len(s)-len(t) < 2 || len(t)-len(u) < 2 {
		return s // a rule on one side only: no frame
	}
	if u = strings.TrimSpace(u); u == "" {
		return s
	}
	return u
}

// wireNote reports a line that is wholly one note in brackets, not a
// sentence: "(Adds Kremlin comment in paragraphs 13-14)", where "(Adds
// up to a week, officials said.)" is text.
func wireNote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1 && !endsSentence(s[:len(s)-1])
}

// rowDate is the date a row of links and labels gives in one of its
// cells ("Desk: Ostrelia / Dravenia | Wednesday, 13 April 2078 | All
// times local"): the page's, as a date line's is.
func rowDate(s string) metaLine {
	for _, cell := range strings.Split(s, "|") {
		if d, ok := dateLine(strings.TrimSpace(cell)); ok {
			return metaLine{kind: metaDate, date: d}
		}
	}
	return metaLine{}
}

// shapeOf says which furniture line is by its shape alone, or "".
func shapeOf(s string) string {
	lx := pageWords()
	switch {
	case len(s) <= 12 && reBullet.MatchString(s):
		return whyBullet
	case strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
		return whySeparator
	case reMdImageOnly.MatchString(s):
		return whyImage
	case len(s) <= 60 && !isWordLine(s) && reInitials.MatchString(s):
		return whyInitials
	case agencyNote(s):
		return whyAgency
	case len(s) <= 60 && (lx.agency[strings.ToLower(s)] || agencyVia(s)):
		return whyCredit
	case isShareRow(s):
		return whyShare
	case isPostCounts(s):
		return whyPostCounts
	case isLanguageSwitcher(s):
		return whyLanguages
	case isLinkRow(s):
		return whyNavigation
	case linkLine(s):
		return whyLink
	case wireSlugLine(s):
		return whyWireSlug
	case isCaption(s):
		return whyCaption
	}
	if len(s) <= 400 && strings.IndexByte(s, '/') > 0 {
		for _, m := range reCreditTail.FindAllStringSubmatchIndex(s, -1) {
			rest := s[m[1]:]
			if !creditSide(s[m[2]:m[3]]) && !creditSide(s[m[4]:m[5]]) || wordCount(rest) > 5 || endsSentence(rest) {
				continue
			}
			if strings.TrimSpace(s[:m[0]]) == "" {
				return whyCredit
			}
			return whyCaption
		}
	}
	return ""
}

// creditSide reports one side of a "Photographer/AGENCY" credit: an
// agency, or a name in capitals.
func creditSide(s string) bool {
	return pageWords().agency[strings.ToLower(s)] || (isAllCaps(s) && utf8.RuneCountInString(s) >= 2)
}

// isWordLine reports a lone lower-case word ("ok", "menu") rather than
// initials in brackets or with a slash.
func isWordLine(s string) bool {
	return !strings.ContainsAny(s, "()/")
}

// agencyNote reports a line that is only agencies in brackets: "(AFP)",
// "(Reuters, dpa)".
func agencyNote(s string) bool {
	if len(s) > 50 || !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	inner := s[1 : len(s)-1]
	if strings.ContainsAny(inner, "()") || endsSentence(inner) {
		return false
	}
	for _, part := range strings.Split(inner, ",") {
		part = strings.TrimSpace(part)
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || wordCount(part) > 3 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// agencyVia reports "Getty Images via Example" style credits.
func agencyVia(s string) bool {
	a, _, ok := strings.Cut(strings.ToLower(s), " via ")
	return ok && len(s) <= 60 && pageWords().agency[a]
}

// splitRow cuts a line at the separators of a row of links or buttons.
func splitRow(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|·•»›", r) })
}

// isShareRow reports a row of share buttons, or one alone: "Facebook
// Twitter WhatsApp", "Share · X · Telegram · Copy link", "Email".
func isShareRow(s string) bool {
	if len(s) > 120 {
		return false
	}
	lx := pageWords()
	if first, _, _ := strings.Cut(s, " "); !lx.social[strings.ToLower(strings.Trim(first, ",/|·:"))] {
		return false
	}
	n := 0
	for _, part := range splitRow(s) {
		words := strings.Fields(strings.ToLower(part))
		for i := 0; i < len(words); i++ {
			w := strings.Trim(words[i], ",/")
			if i+1 < len(words) && lx.social[w+" "+strings.Trim(words[i+1], ",/")] {
				i++
			} else if !lx.social[w] {
				return false
			}
			n++
		}
	}
	return n >= 1
}

// isPostCounts reports the counts under a social post: words of
// page.yaml's post_counts and numbers alone, at least one of each kind
// or a dash for a count a deleted post no longer shows ("Reposts 2,104
// | Likes 9,870", "12 replies · 40 likes", "Reposts - | Likes -").
func isPostCounts(s string) bool {
	if len(s) > 100 {
		return false
	}
	lx := pageWords()
	words, counts := 0, 0
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '·' || r == '•'
	})
	for i := 0; i < len(f); i++ {
		w := strings.Trim(f[i], ":;")
		switch {
		case w == "":
		case i+1 < len(f) && lx.postCounts[w+" "+strings.Trim(f[i+1], ":;")]:
			words++
			i++
		case lx.postCounts[w] || lx.whole[wholeKey(w)].reason == whySharePrompt || lx.social[w] || iconOnly(w):
			words++
		case w == "-" || w == "–" || w == "—" || reCount.MatchString(w):
			counts++
		case reCountsTime.MatchString(w) && words > 0:
			// "♡ 3,302 ⟲ 1,049 💬 118 · 13:51": when it was posted.
		default:
			return false
		}
	}
	return words > 0 && counts > 0
}

// iconOnly reports a word of pictographs alone, as a messaging app
// labels a post's views and reactions ("👁 61.4K ❤️ 2.0K", "⟲ 1,049"):
// symbols beyond ASCII, and the joiners and variation selectors inside
// emoji.
func iconOnly(w string) bool {
	icons := false
	for _, r := range w {
		switch {
		case unicode.Is(unicode.So, r) || r >= utf8.RuneSelf && unicode.Is(unicode.Sm, r):
			// "❤️", "💬", and arrows set as icons ("⟲" reposts).
			icons = true
		case emojiJoiner(r) || unicode.Is(unicode.Sk, r):
		default:
			return false
		}
	}
	return icons
}

// reCountsTime is the time of day a post's counts may end with ("13:51").
var reCountsTime = regexp.MustCompile(`^\d{1,2}:\d{2}$`)

// reCount is a count as a post shows it: "9,870", "1.2k", "21K", "3M".
var reCount = regexp.MustCompile(`^\d{1,3}(?:[,.]\d{3})*(?:[.,]\d+)?[kKmM]?$`)

// isLanguageSwitcher reports a row of two-letter language codes: "ua en
// ru", "UA | EN | RU".
func isLanguageSwitcher(s string) bool {
	if len(s) > 40 {
		return false
	}
	n := 0
	for _, part := range splitRow(strings.ReplaceAll(s, "/", "|")) {
		for _, w := range strings.Fields(part) {
			if utf8.RuneCountInString(w) != 2 {
				return false
			}
			for _, r := range w {
				if !unicode.IsLetter(r) {
					return false
				}
			}
			n++
		}
	}
	return n >= 2
}

// reWireSlug is a wire story's keyword slug ("KARSOVA-VELMAR/WATER
// (UPDATE 2)", "CPA-WORLD/KESTRIA-VARKESH-TRAWLER (UPDATE 2, CORRECTED)")
// or its agency's routing code ("MNA0416 3 WLD /MNA-DE16").
var (
	reWireSlug = regexp.MustCompile(`^[A-Z][A-Z0-9.'-]*(?:/[A-Z0-9][A-Z0-9 .'-]*)+(?:\s*\([^()]*\))?$`)
	// reDashSlug is a slug of words joined by hyphens alone, as some
	// agencies write it ("BC-KALDOR-DRUVANIA-TALKS (UPDATE 2,
	// CORRECTED)"): three words at least, so no dateline ("KYIV (CPA) -").
	reDashSlug = regexp.MustCompile(`^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,}(?:\s*\([^()]*\))?$`)
	reWireCode = regexp.MustCompile(`^[A-Z]{2,}[0-9]{2,}(?:\s+[A-Z0-9/-]+)+$`)
)

// wireSlugLine reports a wire story's slug or routing code, or its
// agency's header row in capitals ("CONTINENTAL PRESS (CP) -- WORLD
// SERVICE -- 13/06/2077 14:20 CET"): the lines over a wire headline,
// no text and no title.
func wireSlugLine(s string) bool {
	if len(s) > 120 {
		return false
	}
	if reWireCode.MatchString(s) || reDashSlug.MatchString(s) {
		return true
	}
	if reWireSlug.MatchString(s) {
		// The bracketed note may be in lower case ("(UPDATE 2, CORRECTS
		// number of buses in para 4)"); the slug itself is not. Without
		// a note, the slug names two sides or places ("UKRAINE-CRISIS/
		// TALKS"), never an agency ("REUTERS/STRINGER", "EPA-EFE/POOL":
		// a photo's credit).
		slug, note, _ := strings.Cut(s, " (")
		first, _, _ := strings.Cut(slug, "/")
		named := note != "" || strings.Contains(first, "-") && !pageWords().agency[strings.ToLower(first)]
		return isAllCaps(slug) && named
	}
	parts := strings.Split(s, " -- ")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" || wordCount(p) > 5 || endsSentence(p) {
			return false
		}
	}
	return isAllCaps(parts[0]) && isAllCaps(parts[1])
}

// linkLine reports a line that is only a link, bare or after a short
// label: "https://…", "Read: https://…/kremlin-rejects-christmas-truce"
// under a newsletter's item. The words of its address are no text.
func linkLine(s string) bool {
	label, link := "", s
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		label, link = strings.TrimSpace(s[:i]), s[i+1:]
	}
	if label != "" && (!strings.HasSuffix(label, ":") || wordCount(label) > 4) {
		return false
	}
	link = strings.TrimRight(link, ".)>")
	lower := strings.ToLower(link)
	for _, p := range []string{"https://", "http://", "www."} {
		if strings.HasPrefix(lower, p) && len(link) > len(p)+3 {
			return true
		}
	}
	return false
}

// isLinkRow reports a row of three or more short links with separators:
// "Home | World | Europe", "Unsubscribe · Preferences · View online".
func isLinkRow(s string) bool {
	if len(s) > 200 || !strings.ContainsAny(s, "|·•»›") {
		return false
	}
	parts := splitRow(s)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" || wordCount(p) > 4 || endsSentence(p) {
			return false
		}
		if strings.HasPrefix(p, "@") && strings.Contains(p, "(") {
			// "23:30 | Telegram | @zhuravlev_va (Viktor Zhuravlev)": a
			// digest's post credited to its writer, no menu.
			return false
		}
	}
	return true
}

// isCaption reports an image credit line, also when the credit is glued to
// the caption before it ("...in BerlinImage: Lisi Niesner/AFP").
func isCaption(line string) bool {
	// The credit is at most 100 characters after the last colon, and the
	// caption word stands right before it: only the end is searched.
	i := strings.LastIndexByte(line, ':')
	if i < 0 || len(line)-i > 110 {
		return false
	}
	line = line[max(0, i-30):]
	m := reCaption().FindStringSubmatch(line)
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

// stripLinkNoise removes the screen-reader text pasted links leave
// (data/page.yaml link_noise) and reports whether there was any. One
// pass per phrase over an ASCII-lowered copy keeps it linear in the line.
func stripLinkNoise(s string) (string, bool) {
	if !containsFold(s, "new") && !containsFold(s, "link") {
		return s, false
	}
	lower := asciiLower(s)
	found := false
	for _, n := range pageWords().noise {
		if !strings.Contains(lower, n) {
			continue
		}
		var out, outLower strings.Builder
		for {
			i := strings.Index(lower, n)
			if i < 0 {
				break
			}
			out.WriteString(s[:i])
			outLower.WriteString(lower[:i])
			s, lower = s[i+len(n):], lower[i+len(n):]
		}
		out.WriteString(s)
		outLower.WriteString(lower)
		s, lower = out.String(), outLower.String()
		found = true
	}
	if !found {
		return s, false
	}
	s = strings.ReplaceAll(normSpace(s), " ,", ",")
	return strings.ReplaceAll(s, " .", "."), true
}

// containsFold reports whether s holds the lower-case ASCII needle in
// any case, without allocating.
func containsFold(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for j < len(needle) && s[i+j]|0x20 == needle[j] {
			j++
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// asciiLower lower-cases ASCII letters only, so that byte offsets in the
// result are those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// datelineOnly reads a line that is only a dateline: "WASHINGTON, United
// States", "KYIV, Dec 15 (Reuters) -".
func datelineOnly(s string) (metaLine, bool) {
	if len(s) > 80 {
		return metaLine{}, false
	}
	if m, rest, ok := datelineAt(s); ok && strings.TrimSpace(rest) == "" {
		return m, true
	}
	// "Kyiv, 16 December 2025": a place in a few capitalised words, then
	// a date line.
	place, rest, ok := strings.Cut(s, ", ")
	if !ok || (wordCount(place) > 3 || !labelLike(place) && !isAllCaps(place)) && !placeWords(place) {
		return metaLine{}, false
	}
	for {
		if d, ok := dateLine(rest); ok {
			return metaLine{kind: metaDateline, place: place, date: d}, true
		}
		// "Maison de la Paix, Geneva, Friday 18 March 2050, 11:00 CET":
		// the building, then the city.
		next, after, ok := strings.Cut(rest, ", ")
		if !ok || !placeWords(place) || !placeWords(next) {
			return metaLine{}, false
		}
		place, rest = next, after
	}
}

// placeWords reports a place's name as a dateline sets it: one to four
// capitalised words ("Maison de la Paix", "Geneva"), no digits, no
// separators, no day of the week.
func placeWords(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !nameParticles[w]) || CalendarWord(strings.ToLower(w)) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' || c == '-' && len(w) == 1 {
				return false
			}
		}
	}
	return true
}

// datelinePrefix reads the dateline a wire story starts with and returns
// the story after it: "KYIV, Dec 15 (Reuters) - Ukraine said ...".
func datelinePrefix(s string) (metaLine, string, bool) {
	m, rest, ok := datelineAt(s)
	if !ok || rest == "" {
		return metaLine{}, s, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'«", r) {
		return metaLine{}, s, false
	}
	if isAllCaps(rest) {
		// "MERIDIAN PRESS AGENCY (MPA) -- WORLD SERVICE": a masthead, its
		// desk after the dash, not a story after its dateline.
		return metaLine{}, s, false
	}
	return m, rest, true
}

// datedAgency is reDatedAgency's match in s, nil when none.
func datedAgency(s string) []int {
	if !strings.Contains(s, "(") {
		return nil
	}
	return reDatedAgency.FindStringSubmatchIndex(s)
}

// datelineAt matches a dateline at the start of s. A place alone is not
// enough ("NATO - ..."): a country or date after a comma, or the agency
// in brackets, must follow it.
func datelineAt(s string) (metaLine, string, bool) {
	// The agency stands in brackets: a line with none is not tried (the
	// regexp's state is as long as the line, though it is anchored).
	if m := datedAgency(s); m != nil {
		// No place: "Dec 18 (Reuters) - " (factboxes, round-ups).
		if !monthDay(s[m[2]:m[3]]) {
			return metaLine{}, s, false
		}
		return metaLine{kind: metaDateline, outlet: s[m[4]:m[5]]}, strings.TrimSpace(s[m[1]:]), true
	}
	// A dateline starts with a word in capitals.
	if w, _, _ := strings.Cut(s, " "); len(w) < 2 || !isAllCaps(strings.TrimRight(w, ",")) {
		return metaLine{}, s, false
	}
	m := reDateline.FindStringSubmatchIndex(s)
	if m == nil {
		return metaLine{}, s, false
	}
	place := s[m[2]:m[3]]
	parts := s[m[4]:m[5]]
	agency := ""
	switch {
	case m[6] >= 0:
		agency = s[m[6]:m[7]]
	case m[8] >= 0:
		agency = s[m[8]:m[9]]
	}
	if utf8.RuneCountInString(strings.ReplaceAll(place, " ", "")) < 3 || (parts == "" && agency == "") {
		return metaLine{}, s, false
	}
	out := metaLine{kind: metaDateline, place: place, outlet: agency}
	parts = strings.TrimPrefix(parts, ", ")
	if d, span, ok := findDate(parts); ok {
		out.date = d
		parts = parts[:span[0]] + parts[span[1]:]
	}
	for _, p := range strings.Split(parts, ",") {
		if p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), ".")); p == "" {
			continue
		}
		// The parts after the place are a country or a date, never words
		// in capitals (a headline "UKRAINE, RUSSIA AGREE") or a sentence.
		if p == strings.ToUpper(p) && !hasDigit(p) || wordCount(p) > 4 {
			return metaLine{}, s, false
		}
		if !hasDigit(p) && !monthDay(p) {
			out.place += ", " + p
		}
	}
	if agency != "" && (wordCount(agency) > 4 || endsSentence(agency) || hasDigit(agency) || slices.ContainsFunc(strings.Fields(agency), func(w string) bool { return CalendarWord(strings.ToLower(strings.Trim(w, ",."))) })) {
		// Not "MARKET DATA (close, Wednesday 27 April)": an agency
		// names no day.
		return metaLine{}, s, false
	}
	return out, strings.TrimSpace(s[m[1]:]), true
}

// monthDay reports a day and month without a year ("Dec 15"): part of a
// dateline, but no date, as the year is not guessed.
func monthDay(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	if len(f) != 2 {
		return false
	}
	lx := dateWords()
	m0, m1 := lx.month[strings.TrimSuffix(f[0], ".")], lx.month[strings.TrimSuffix(f[1], ".")]
	return (m0 > 0 && dayNumber(f[1]) > 0) || (m1 > 0 && dayNumber(f[0]) > 0)
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

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
	if unicode.IsDigit(r) && !hasCapitalWord(line) {
		return false // "5 min read"; "2026 Budget Talks" is a heading
	}
	if lastMeaningful(line) == '?' {
		return n <= 12
	}
	return !endsSentence(line)
}

// hasCapitalWord reports a word of two or more letters starting with a
// capital.
func hasCapitalWord(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "\"'“‘«(")
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && len(w) > size {
			return true
		}
	}
	return false
}

// labelLike reports a short line written like a label rather than a
// sentence: most of its words capitalised ("Our Standards: The Example
// Trust Principles."), whatever punctuation it ends in.
func labelLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	caps, long := 0, 0
	for _, w := range words {
		w = strings.Trim(w, "\"'“”‘’«»()[]:,.;!?")
		if utf8.RuneCountInString(w) < 4 {
			continue // "of", "the", "and" are lower case in titles too
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && caps*4 >= long*3
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

// byline returns the author named by a byline: "By Name", "By A and B",
// "Written by A, Example Post", "by A | Outlet", "By A, December 3, 2025"
// (and then the date).
func byline(line string) (who, date string, ok bool) {
	if len(line) > 160 {
		return "", "", false
	}
	if who, date, ok := bylineField(line); ok {
		return who, date, true
	}
	lx := pageWords()
	_, who, ok = prefixPhrase(line, lx.bylines)
	if !ok {
		if _, who, ok = prefixPhrase(line, lx.author); !ok {
			// "Posted 23 April 2057 by Agnieszka Wróbel": the date,
			// then who.
			m := reDatedBy.FindStringSubmatch(line)
			if m == nil {
				return "", "", false
			}
			d, _, dated := findDate(m[1])
			if !dated {
				return "", "", false
			}
			who, date = m[2], d
		}
	}
	who = strings.TrimLeft(who, ":")
	if d, span, ok := findDate(who); ok {
		who, date = who[:span[0]], d
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ", updated", ", published", " · "} {
		if i := strings.Index(who, sep); i > 0 {
			who = who[:i]
		}
	}
	who = strings.Trim(strings.TrimSpace(who), ",;:|-–— ")
	if names := authorNames(who); len(names) > 0 {
		return joinNames(names), date, true
	}
	// One name alone ("By Staff", "By Example Wire"): every word
	// capitalised, no sentence.
	words := strings.Fields(who)
	if len(words) == 0 || len(words) > 6 || endsSentence(who) {
		return "", "", false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" && !nameParticles[w] {
			return "", "", false
		}
	}
	return who, date, true
}

// reDatedBy is a byline giving the date before the author: "Posted 23
// April 2057 by Agnieszka Wróbel", "Published on 3 May by …".
var reDatedBy = regexp.MustCompile(`^(?i:posted|published|written|updated)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(\S.*)$`)

// bylineFieldSeps part the fields of a page's byline strip.
var bylineFieldSeps = []string{" | ", " · ", " • "}

// bylineField reads a byline that is one field of a strip of short ones:
// "Opinion | By Marta Wielgosz | Tuesday 18 April 2028". The other fields
// may be a section label or the date, which is the byline's too.
func bylineField(line string) (who, date string, ok bool) {
	var parts []string
	for _, sep := range bylineFieldSeps {
		if strings.Contains(line, sep) {
			parts = strings.Split(line, sep)
			break
		}
	}
	if len(parts) < 2 {
		return "", "", false
	}
	at := -1
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if w, d, ok := byline(p); ok && at < 0 {
			at, who, date = i, w, d
			continue
		}
		if wordCount(p) > 5 {
			return "", "", false // a sentence, not a strip of fields
		}
	}
	bare := at < 0
	if bare {
		// "Henrik Lindqvist · 15 March 2050 · ♥ 214 · 3 comments": a
		// newsletter's strip names its author without "By", first and
		// beside the date.
		name := strings.TrimSpace(parts[0])
		if lx := defaultLexicon(); !nameShaped(name) || !creditedName(name, lx) || !bylineName(name, lx) {
			return "", "", false
		}
		at, who = 0, name
	}
	for i, p := range parts {
		if d, _, ok := findDate(p); ok && i != at && date == "" {
			date = d
		}
	}
	if bare && date == "" {
		return "", "", false // a name alone needs the date beside it
	}
	return who, date, true
}

// bylineOutlet returns the outlet named after the author on a byline
// ("By Daniel Reyes, Capitol Review"), or "".
func bylineOutlet(line, who string) string {
	_, rest, ok := strings.Cut(line, who)
	if !ok {
		return ""
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(rest), ",")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || wordCount(rest) > 4 || roleLine(rest) || endsSentence(rest) || !labelLike(rest) {
		return ""
	}
	return rest
}

// authorNames reads "A", "A and B", "A, B and C", "A in Kyiv and B in
// Moscow", "A, Example Post" as the names of persons, dropping places and
// an outlet or a job after them; none when the text does not start with
// a person's name.
func authorNames(s string) []string {
	var names []string
	parts := strings.Split(s, ", ")
	if len(parts) == 2 && !strings.Contains(parts[1], " and ") {
		// "A, B" is a name and where the person works ("Hanna Weiss,
		// Example Wire"): two persons would be "A and B".
		parts = parts[:1]
	}
	for _, part := range parts {
		var inPart []string
		for _, n := range strings.Split(part, " and ") {
			n = strings.TrimSpace(n)
			if i := strings.Index(n, " in "); i > 0 {
				n = n[:i] // "Hanna Weiss in Berlin"
			}
			n = capsName(n)
			if !nameShaped(n) || roleLine(n) {
				inPart = nil
				break
			}
			inPart = append(inPart, n)
		}
		if inPart == nil {
			break // an outlet, a place or a job: the names end here
		}
		names = append(names, inPart...)
	}
	return names
}

// capsName reads a name in capitals with the outlet after it ("ERIC LANE
// Northline Press") as the name alone, written as a name ("Eric Lane").
func capsName(n string) string {
	words := strings.Fields(n)
	caps := 0
	for caps < len(words) && isAllCaps(words[caps]) && utf8.RuneCountInString(words[caps]) > 1 {
		caps++
	}
	if caps < 2 {
		return n
	}
	for i, w := range words[:caps] {
		words[i] = titleWord(w)
	}
	return strings.Join(words[:caps], " ")
}

// titleWord writes a word in capitals with a capital first letter only
// ("KOWAL" → "Kowal", "NOVAK-SMITH" → "Novak-Smith").
func titleWord(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}

// credits reads a line of wire credits ("Reporting by A in Kyiv and B;
// Editing by C") and returns the author it names ("" when it names only
// editors).
func credits(line string) (string, bool) {
	if len(line) > 400 {
		return "", false
	}
	s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(line), "("), ")")
	lx := pageWords()
	if _, _, ok := prefixPhrase(s, lx.credits); !ok {
		return "", false
	}
	var names []string
	for p, ns := range creditParts(s) {
		if slices.Contains(lx.author, p) {
			names = append(names, ns...)
		}
	}
	return joinNames(names), true
}

// creditParts yields each credit of a credits line ("Reporting by X in
// Kyiv; Editing by Y"): its phrase as written, and the names after it
// ("Prepared by: Jonas Virtel, Head of Delegation": a report's credit,
// a colon after it).
func creditParts(line string) iter.Seq2[string, []string] {
	return func(yield func(string, []string) bool) {
		// A wire's sign-off comes in brackets: "(Reporting by Teodor Lisk
		// in Halvy; Editing by Marcus Dell)".
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") {
			line = line[1 : len(line)-1]
		}
		for _, part := range strings.Split(line, ";") {
			p, rest, ok := prefixPhrase(strings.TrimSpace(part), pageWords().credits)
			if !ok {
				continue
			}
			if !yield(p, authorNames(strings.TrimLeft(strings.TrimRight(rest, "."), ": "))) {
				return
			}
		}
	}
}

// bulletItem strips a list marker ("- ", "• ", "* ", "1. ").
func bulletItem(s string) (string, bool) {
	for _, m := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(s, m) && len(s) > len(m) {
			return strings.TrimSpace(s[len(m):]), true
		}
	}
	if m := reNumbered.FindStringIndex(s); m != nil && m[1] < len(s) {
		return s[m[1]:], true
	}
	return s, false
}

var reNumbered = regexp.MustCompile(`^\d{1,2}[.)] +`)

// roleLine reports a short line naming a job ("Ukraine correspondent",
// "Political editor"), as stands under a byline.
func roleLine(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || endsSentence(s) {
		return false
	}
	return defaultLexicon().IsTitleNoun(f[len(f)-1])
}

// reQuotedCaption is a caption that is a quotation and who said it: a
// quotation mark opening it, and after a closing one a verb and a
// capitalised word ("… boat," says Olena Tkachuk), or a dash and one.
var reQuotedCaption = regexp.MustCompile(`^["“].+["”],?\s+(?:(\p{Ll}+)|[—–-])\s+\p{Lu}`)

// quotedCaption reports a caption that gives someone's words with a
// speech verb or a dash naming them.
func quotedCaption(s string) bool {
	m := reQuotedCaption.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	if m[1] == "" {
		return true
	}
	_, ok := defaultLexicon().SpeechVerb(m[1])
	return ok
}
