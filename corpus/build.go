package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus/people"
)

// lineKind says what a reader knows about a line of text.
type lineKind int

const (
	kindRaw     lineKind = iota // plain text line: heading or paragraph, to be decided
	kindHeading                 // a heading the format marks as one
	kindPara                    // a paragraph the format marks as one
	kindItem                    // a list item standing alone (a pasted "- " line)
	kindList                    // a list the format marks as one; its items in items
	kindTitle                   // a repeat of the document's title
	kindCaption                 // a caption the format marks as one (<figcaption>)
	kindStamp                   // a live blog's entry time stamp
)

// line is one unit of text as a reader produced it, and what cleaning
// decided about it. Dropped lines stay in place with why set, so that
// Document.Skipped lists them in reading order.
type line struct {
	text  string
	kind  lineKind
	items []string // a list's items (kindList)
	// gap is true when an empty line (or a block boundary) precedes it.
	gap bool

	why    string   // why the line is no text ("" while it is)
	block  bool     // furniture whose short lines after it go with it ("Related stories")
	cut    []string // what was cut off the text, as Skipped entries
	meta   metaLine // what the line says about the article
	stamp  string   // the line is only a time of day
	linked bool     // the line held pasted link text
	rep    bool     // the line stands on other pages of the same outlet
	// caption marks a caption's lines read as one ("UKRAINE, Complainant,
	// represented by: …"): who is who, never the headline.
	caption bool
	// boxed marks a credited quotation from a box beside the article
	// ("What they said"): text, however it ends.
	boxed bool
	// aside marks a pull quote the page sets apart from the text.
	aside bool
}

// paragraph is a cleaned paragraph with the heading it stands under.
type paragraph struct {
	text    string
	section string
	num     int
	time    string // a live blog entry's time stamp
	aside   bool   // a pull quote set apart from the text
	record  bool   // a record's field or a caption naming someone new (record.go): for search, nobody speaks
	caption bool   // of those, a caption: the people model reads its names and titles
}

// built is what the shared cleaning pipeline makes of a reader's lines.
type built struct {
	meta    Meta   // what the text itself says (title, byline, date, dateline's agency)
	place   string // a dateline's place
	paras   []paragraph
	skipped []string
	live    bool
}

// buildOpts is what is known of a page before its lines are read.
type buildOpts struct {
	// title and author are what the format or the sidecar gives; when the
	// title is "", the head of the text names it.
	title, author string
	// pages says on how many pages of the outlet a short line stands (nil
	// for a file read alone); named, whether the outlet is known.
	pages func(key string) int
	named bool
}

// buildText cleans classified lines (clean.go) into paragraphs.
func buildText(lines []line, o buildOpts) built {
	var b built
	title := o.title
	if o.pages != nil {
		markRepeats(lines, o.pages, o.named)
	}
	contactNames(lines)
	afterEndMark(lines)
	lines = joinItemRuns(lines)
	b.decideStamps(lines)
	entryBylines(lines)
	b.neighbours(lines)
	keepGalleryCaptions(lines)
	b.readMeta(lines)
	b.zones(lines, title)
	if b.meta.Title != "" {
		title = b.meta.Title
	}
	markTitleRepeats(lines, title)
	decideHeadings(lines)
	author := o.author
	if author == "" {
		author = b.meta.Author
	}
	lines = aboutTheAuthor(lines, author)
	lines = corrections(lines)
	b.makeParagraphs(lines)
	if b.meta.Author == "" {
		b.meta.Author = b.deliveredBy()
	}
	for _, ln := range lines {
		b.skipped = append(b.skipped, ln.cut...)
		if ln.why == "" {
			continue
		}
		text := ln.text
		if ln.kind == kindList && text == "" {
			text = strings.Join(ln.items, " · ")
		}
		b.skipped = append(b.skipped, ln.why+": "+clip(text, 200))
	}
	return b
}

// markRepeats flags the short lines that stand on other pages of the
// outlet: a label on two pages of a named outlet (three when the outlet
// is unknown), a sentence on three pages of a named outlet, unless it
// quotes someone (a quote reused in a follow-up story is text). A
// sentence among them is the outlet's furniture only when it stands alone
// among the page's own text ("Example Wire is on Telegram"); next to
// other repeated lines it is part of a story copied whole, which
// dedupAcross keeps once.
func markRepeats(lines []line, pages func(string) int, named bool) {
	for i := range lines {
		ln := &lines[i]
		if ln.why != "" || ln.kind == kindList || !repeatable(ln.text) {
			continue
		}
		need := 2
		switch {
		case endsSentence(ln.text) && (!named || strings.ContainsAny(ln.text, "\"“”«»")):
			continue
		case endsSentence(ln.text), !named:
			need = 3
		}
		ln.rep = pages(dedupKey(ln.text)) >= need
	}
	k := kept(lines)
	copied := make([]bool, len(k))
	for j, i := range k {
		if !lines[i].rep || !endsSentence(lines[i].text) {
			continue
		}
		copied[j] = (j > 0 && lines[k[j-1]].rep) || (j+1 < len(k) && lines[k[j+1]].rep)
	}
	for j, i := range k {
		if copied[j] {
			lines[i].rep = false
		}
	}
}

// contactNames keeps who a release names as its contact, on the line
// under its contact label ("Media contact:" / "Maren Thule, IAEA
// Spokesperson"), as a record's field of its own ("Media contact: Maren
// Thule, IAEA Spokesperson"): out of the text, but found by "who do
// journalists contact at the iaea", with the telephone and e-mail the
// same line gives.
func contactNames(lines []line) {
	lx := pageWords()
	end := false // past the release's end mark
	for i := range lines {
		end = end || lines[i].why == whyEndMark
		label := strings.Trim(lines[i].text, " :*#_")
		if len(label) > maxContactLabel || !lx.contact[strings.ToLower(label)] || lines[i].kind == kindList {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j].text) == "" {
			j++
		}
		if j == len(lines) {
			return
		}
		next := &lines[j]
		if next.kind == kindList {
			// A Markdown block of one field a line, kept as text, its
			// title read as the name's.
			continue
		}
		who := next.text
		if m := lx.contactKey.FindStringIndex(who); m != nil {
			// "Hanna Lys, press officer Families of the Missing Phone:
			// …", a block read as one paragraph: the name is before
			// the number, which a member asking for the contact wants.
			// Before the end mark, such a block is the release's text,
			// read as it stands.
			if !end {
				continue
			}
			who = who[:m[0]]
		}
		name, role, ok := strings.Cut(strings.TrimSpace(who), ", ")
		if !ok || strings.TrimSpace(role) == "" || !creditedName(name, defaultLexicon()) || len(label)+2+len(next.text) > maxRecordField {
			// A whole block read as one paragraph, address and all, is
			// left as it was read.
			continue
		}
		next.text, next.why, next.kind = label+": "+strings.TrimRight(strings.TrimSpace(next.text), " ,;"), whyAfter, kindRaw
	}
}

// maxContactLabel bounds a contact label's length ("for media
// enquiries"): a longer line is not looked up.
const maxContactLabel = 32

// afterEndMark drops the contacts that follow a press release's end mark
// ("###"): from a contact label ("Media contact") to the next "About …",
// and any line with an e-mail address or a telephone number. Notes to
// editors and "About …" stay: background facts the release gives.
func afterEndMark(lines []line) {
	end, contacts := false, false
	lx := pageWords()
	for i := range lines {
		ln := &lines[i]
		if ln.why == whyEndMark {
			end = true
			continue
		}
		if !end || ln.why != "" {
			continue
		}
		// Lower-cased only here, past the end mark: most pages have none.
		low := strings.ToLower(strings.Trim(ln.text, " :*#_"))
		switch {
		case lx.contact[low]:
			contacts = true
			ln.why = whyAfterEnd
		case strings.HasPrefix(low, "about "):
			contacts = false
		case contacts || lx.contactKey.MatchString(ln.text):
			ln.why = whyAfterEnd
		}
	}
}

// joinItemRuns makes one list of a run of pasted "- " items that a line
// ending in ":" introduces ("The draft covers:"), so that it is one
// passage with that line, as a Markdown or HTML list is. Other pasted
// items stay passages of their own: a paste keeps no list structure to
// go by, and its bullets are often highlights that each stand alone.
func joinItemRuns(lines []line) []line {
	// item reports a line of the list a line ending in ":" opens: a
	// pasted "- " item, or a short line set right under it with no empty
	// line between ("Participants:" / "Hege Brattli, Minister of Foreign
	// Affairs of Norway" / …), which would otherwise read as headings.
	item := func(ln line) bool {
		return ln.why == "" && (ln.kind == kindItem || ln.kind == kindRaw && !ln.gap && ln.text != "" && headingShaped(ln.text))
	}
	// more reports a line going on with a list item opened: a longer
	// entry too ("Rafael Quintero, IAEA senior inspector, leader of the
	// recovery team (by video link from Ostrohirsk)"), so long as it is
	// no sentence.
	more := func(ln, first line) bool {
		if item(ln) || first.kind == kindItem {
			return item(ln)
		}
		return ln.why == "" && ln.kind == kindRaw && !ln.gap && listEntry(ln.text)
	}
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if !item(ln) || len(out) == 0 || !strings.HasSuffix(out[len(out)-1].text, ":") || out[len(out)-1].why != "" {
			out = append(out, ln)
			continue
		}
		j := i + 1
		for j < len(lines) && more(lines[j], ln) && (lines[j].kind == kindItem) == (ln.kind == kindItem) {
			j++
		}
		list := line{kind: kindList, gap: ln.gap}
		for _, it := range lines[i:j] {
			list.items = append(list.items, it.text)
		}
		out = append(out, list)
		i = j - 1
	}
	return out
}

// listEntry reports a line that may be an entry of a list of people or
// things under a label: opening with a capital, no sentence, at most
// maxListEntryWords words.
func listEntry(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && !endsSentence(text) && wordCount(text) <= maxListEntryWords
}

// maxListEntryWords bounds a list entry (listEntry): a name with a title
// and an organisation, or a place and a note.
const maxListEntryWords = 24

// kept returns the indices of the lines still standing as text (and the
// title repeats, which end the section before them).
func kept(lines []line) []int {
	out := make([]int, 0, len(lines))
	for i, ln := range lines {
		if ln.kind == kindTitle || (ln.why == "" && (ln.text != "" || len(ln.items) > 0)) {
			out = append(out, i)
		}
	}
	return out
}

// entryBylines drops the name standing over a live blog entry's text,
// right after its stamp ("17.15 CET" / "Dominik Arle" / "Dravenia's
// military spokesman …"): who wrote the entry, none of its words. A line
// that is a name alone (bylineName), perhaps after "By", with more of
// the entry after it.
func entryBylines(lines []line) {
	k := kept(lines)
	for j := 0; j+2 < len(k); j++ {
		if lines[k[j]].kind != kindStamp {
			continue
		}
		ln, next := &lines[k[j+1]], lines[k[j+2]]
		if ln.kind == kindStamp || ln.kind == kindHeading || next.kind == kindStamp || next.kind == kindTitle {
			continue
		}
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ln.text), "By "))
		if !strings.ContainsAny(name, ".,;:!?\"“”") && bylineName(name, defaultLexicon()) {
			ln.why = whyEntryByline
		}
	}
}

// decideStamps tells a live blog from a page with a video. A live blog
// has entries: time stamps followed by text, at least three (or two that
// name a zone, am/pm or a day). Otherwise a time on its own line is a
// video's duration or a time stamp of no use.
func (b *built) decideStamps(lines []line) {
	k := kept(lines)
	bare, rich := 0, 0
	for j, i := range k {
		if lines[i].stamp == "" || j+1 == len(k) || lines[k[j+1]].stamp != "" {
			continue
		}
		if stampHasContext(lines[i].stamp) {
			rich++
		} else {
			bare++
		}
	}
	b.live = bare+rich >= 3 || rich >= 2
	for _, i := range k {
		ln := &lines[i]
		switch {
		case ln.stamp == "":
		case b.live:
			ln.kind = kindStamp
		case stampHasContext(ln.stamp):
			ln.why = whyTime
		default:
			ln.why = whyDuration
		}
	}
}

// neighbours drops what furniture takes with it: the alt text above a
// caption, the caption under a credit, a video's title, the links under
// "Related stories".
func (b *built) neighbours(lines []line) {
	prev := -1     // the last line still standing
	lastWhy := ""  // why the line before was dropped
	blockWhy := "" // the block label the lines now read belong to
	for i := range lines {
		ln := &lines[i]
		if ln.text == "" && len(ln.items) == 0 {
			continue
		}
		if ln.why == "" && blockWhy != "" {
			if !isParagraphLike(ln.text) && ln.kind != kindHeading && (ln.kind == kindList || !endsSentence(ln.text) || wordCount(ln.text) <= 12) {
				ln.why = blockWhy
				continue
			}
			blockWhy = ""
		}
		if ln.why == "" && lastWhy == whyCredit && ln.kind == kindRaw && headingShaped(ln.text) {
			ln.why = whyCaption // the caption under a credit line
		}
		switch ln.why {
		case "":
			prev, lastWhy = i, ""
			continue
		case whyCaption:
			p := prevLine(lines, prev, i)
			switch {
			case p == nil || ln.gap || p.kind == kindHeading:
			case creditOnly(ln.text) && !isParagraphLike(p.text):
				// "Photo: Agency/Name" under its caption.
				p.why, prev = whyCaption, -1
			case !endsSentence(p.text):
				// The alt text stands right above its caption: a line
				// with no full stop that is not a heading of what follows.
				p.why, prev = whyAltText, -1
			}
		case whyDuration, whyVideo:
			// A video widget is its title, its duration and a fallback
			// line; the title goes with the first of the other two.
			if p := prevLine(lines, prev, i); p != nil && lastWhy != whyDuration && p.kind == kindRaw && headingShaped(p.text) && !fieldShaped(p.text) {
				p.why, prev = whyVideoTitle, -1
			}
		}
		if ln.block {
			blockWhy = ln.why
		}
		lastWhy = ln.why
	}
}

// prevLine returns lines[prev] when it is the text line just before i
// (only dropped lines between them), else nil.
func prevLine(lines []line, prev, i int) *line {
	if prev < 0 || prev >= i {
		return nil
	}
	return &lines[prev]
}

// readMeta takes the article's date, author, place and agency from the
// lines that give them: the first date line, the first byline (else the
// credits' reporters), the first dateline.
func (b *built) readMeta(lines []line) {
	var creditAuthor *line
	for i := range lines {
		ln := &lines[i]
		m := ln.meta
		switch m.kind {
		case metaDate:
			if b.meta.Date == "" {
				b.meta.Date, ln.why = m.date, whyUsedDate
			}
		case metaByline:
			if b.meta.Author == "" {
				b.meta.Author, ln.why = m.value, whyUsedAuthor
			}
			if b.meta.Date == "" && m.date != "" {
				b.meta.Date = m.date
			}
		case metaCredit:
			if creditAuthor == nil && m.value != "" {
				creditAuthor = ln
			}
		case metaDateline:
			if b.place == "" {
				b.place = m.place
			}
			if b.meta.Outlet == "" {
				b.meta.Outlet = m.outlet
			}
		}
	}
	// A dateline's date only counts when the page gives no other.
	for _, ln := range lines {
		if ln.meta.kind == metaDateline && ln.meta.date != "" && b.meta.Date == "" {
			b.meta.Date = ln.meta.date
		}
	}
	if d, ok := dayFirstReading(b.meta.Date, lineTexts(lines)); ok {
		// "Published 10/06/2077" on a page that writes "9 June": the
		// tenth of June, not the sixth of October.
		b.meta.Date = d
	}
	if b.meta.Outlet == "" {
		b.meta.Outlet = textOutlet(lines)
	}
	if b.meta.Author == "" && creditAuthor != nil {
		b.meta.Author = creditAuthor.meta.value
		creditAuthor.why = whyCredits + " (used as author)"
	}
}

// lineTexts are the lines' texts.
func lineTexts(lines []line) []string {
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = ln.text
	}
	return out
}

// creditOnly reports a line that is only a picture credit ("Photo:
// Lehtikuva/Anna Berg"), as stands under its caption.
func creditOnly(s string) bool {
	m := reCaption().FindStringIndex(s)
	return m != nil && m[0] == 0
}

// aboutTheAuthor puts the line about the author that ends an opinion
// piece ("Tamás Horváth is a senior fellow at ...") under a heading of
// its own, "About the author": who wrote the piece is a fact members ask
// about, not part of its argument. The line is the last text line,
// when it starts with the author's name.
func aboutTheAuthor(lines []line, author string) []line {
	k := kept(lines)
	if author == "" || len(k) < 2 {
		return lines
	}
	at := k[len(k)-1]
	ln := &lines[at]
	if ln.kind == kindHeading || ln.kind == kindList {
		return lines
	}
	for _, name := range strings.Split(author, " and ") {
		for _, name := range strings.Split(name, ", ") {
			rest, ok := strings.CutPrefix(ln.text, strings.TrimSpace(name))
			if !ok || name == "" {
				continue
			}
			for _, verb := range []string{" is ", " was ", " has ", " writes ", ", "} {
				if strings.HasPrefix(rest, verb) {
					out := append(lines[:at:at], line{text: authorHeading, kind: kindHeading, gap: true})
					return append(out, lines[at:]...)
				}
			}
		}
	}
	return lines
}

// corrections moves an outlet's correction of what it got wrong
// ("Correction: An earlier version of this article said Norway had
// offered officers … Norway has not made an offer.") to the end of the
// article, under a heading of its own: it says what is true, and a
// member asking about it should find it. Notes that only say the
// article changed ("This article has been updated …") stay out.
func corrections(lines []line) []line {
	// Most pages have none to move: they keep their lines, not a copy.
	if !slices.ContainsFunc(lines, movedCorrection) {
		return lines
	}
	var moved []line
	out := lines[:0:0]
	for _, ln := range lines {
		if movedCorrection(ln) {
			ln.why = ""
			moved = append(moved, ln)
			continue
		}
		out = append(out, ln)
	}
	if len(moved) == 0 {
		return lines
	}
	out = append(out, line{text: correctionHeading, kind: kindHeading, gap: true})
	return append(out, moved...)
}

// movedCorrection reports a line corrections moves.
func movedCorrection(ln line) bool {
	return ln.why == whyCorrection && correctionOpener(ln.text)
}

// correctionOpener reports a line opening as a correction of a fact does
// (data/page.yaml keep_starts), or an editor's note saying what it got
// wrong ("EDITOR'S NOTE: In Monday's edition we wrongly described …":
// keep_if).
func correctionOpener(text string) bool {
	low := strings.ToLower(text)
	for _, p := range pageWords().kept {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, w := range pageWords().keptIf {
		if i := strings.Index(low, w); i >= 0 && wordBreakAt(low, i+len(w)) && (i == 0 || wordBreakAt(low, i)) {
			return true
		}
	}
	return false
}

// whyCorrection is the furniture class of correction notes (data/page.yaml).
const whyCorrection = "correction note"

// correctionHeading is the section an outlet's corrections stand in.
const correctionHeading = "Correction"

// authorHeading is the section a piece's line about its author stands in.
const authorHeading = "About the author"

// textOutlet names the outlet from the page's own lines when no dateline
// does: the copyright holder ("© 2025 Capitol Review"), else the outlet
// after a byline's name ("By Daniel Reyes, Capitol Review") when another
// line of the page names it too (its masthead).
func textOutlet(lines []line) string {
	for _, ln := range lines {
		if ln.why == "copyright" {
			if o := copyrightHolder(ln.text); o != "" {
				return o
			}
		}
	}
	for i, ln := range lines {
		o := ln.meta.outlet
		if ln.meta.kind != metaByline || o == "" {
			continue
		}
		// Only the first byline naming an outlet is checked, so that this
		// stays linear in the page.
		for j, other := range lines {
			if j != i && strings.Contains(strings.ToLower(other.text), strings.ToLower(o)) {
				return o
			}
		}
		return ""
	}
	return ""
}

// copyrightHolder reads the name in a copyright line: "© 2025 The
// Harbour Times. All rights reserved." gives "The Harbour Times".
func copyrightHolder(s string) string {
	s, _, _ = strings.Cut(s, ". ")
	var words []string
	for _, w := range strings.Fields(s) {
		k := copyrightKey(w)
		if k == "" || copyrightMark(k) || hasDigit(k) {
			continue
		}
		words = append(words, strings.Trim(w, ".,;:"))
	}
	o := strings.Join(words, " ")
	if len(words) == 0 || len(words) > 5 || !(labelLike(o) || isAllCaps(o)) || strings.Contains(strings.ToLower(o), "rights") {
		return ""
	}
	return o
}

// copyrightKey is a word of a copyright line as copyrightMark reads it:
// lower case, without its punctuation and brackets.
func copyrightKey(w string) string { return strings.ToLower(strings.Trim(w, ".,;:()")) }

// copyrightMark reports a copyright line's mark (copyrightKey'd): "©",
// "(c)", "copyright", or "©2078" written as one word.
func copyrightMark(k string) bool {
	return k == "©" || k == "(c)" || k == "c" || k == "copyright" || strings.HasPrefix(k, "©")
}

// isBody reports running text: a paragraph, or a sentence of some length.
func isBody(ln *line) bool {
	switch ln.kind {
	case kindHeading, kindTitle, kindStamp:
		return false
	case kindList:
		return len(ln.items) > 0 && isParagraphLike(strings.Join(ln.items, " "))
	}
	return isParagraphLike(ln.text) || (endsSentence(ln.text) && wordCount(ln.text) >= 8 && !headingShaped(ln.text))
}

// isParagraphLike reports running text rather than a heading or label.
func isParagraphLike(s string) bool {
	return len(s) > 160 || (wordCount(s) > 12 && endsSentence(s))
}

// zones reads the head of the page (the lines before its first body
// paragraph) and its tail (after the last). In the head stand the
// section label and kicker, the headline, the byline and the date; in
// the tail, credits, links and labels. Only text that reads as text is
// kept there.
func (b *built) zones(lines []line, knownTitle string) {
	k := kept(lines)
	first, last := len(k), -1
	for j, i := range k {
		if isBody(&lines[i]) {
			if first == len(k) && !headlineAbove(lines, k, j) {
				first = j
			}
			last = j
		}
	}
	if last < 0 {
		last = len(k) - 1
	}
	head := k[:first]
	t := -1 // the title's position in head
	if knownTitle == "" {
		t = pickTitle(lines, head)
		if t > 0 && lines[head[t-1]].kind == kindStamp {
			// A live feed's first entry ("06:52 URGENT" /
			// "OSTRELIA-DRAVENIA/DAM - …") is an entry, not the page's
			// headline: the title is from above the first stamp.
			stamp := slices.IndexFunc(head, func(i int) bool { return lines[i].kind == kindStamp })
			t = pickTitle(lines, head[:stamp])
		}
		if t >= 0 {
			b.meta.Title, lines[head[t]].why = lines[head[t]].text, whyTitle
		}
	}
	for j, i := range head {
		ln := &lines[i]
		switch {
		case ln.why != "" || ln.kind == kindTitle || ln.caption:
		case j < t && (isBreadcrumb(ln.text) && !isParagraphLike(ln.text)):
			ln.why = whyBreadcrumb
		case j < t && (headingShaped(ln.text) || wordCount(ln.text) <= 4 || ln.kind == kindItem):
			ln.why = whySection // "World" above the headline
		case t < 0 && knownTitle == "" && isBreadcrumb(ln.text):
			ln.why = whyBreadcrumb
		case b.meta.Author == "" && b.nameByline(lines, head, j):
		case !headingShaped(ln.text) && !endsSentence(ln.text) && wordCount(ln.text) <= 8 && ln.kind != kindItem && ln.kind != kindList:
			ln.why = whyPageLabel // "5 min read"
		}
	}
	tail := k[last+1:]
	var labels []int // the lines of tail that are labels
	for j, i := range tail {
		ln := &lines[i]
		switch {
		case ln.why != "" || ln.kind == kindHeading || ln.kind == kindTitle || ln.kind == kindStamp || ln.boxed:
		case j == 0 && (ln.kind == kindRaw || ln.kind == kindPara) && signature(lines, k, last+1):
			// "Mykola Shevchuk, Zhmerynka" under the last letter: its
			// writer, not a link after the article.
		case j == 0 && dashCredit(ln.text) && quotationAlone(lines[k[last]].text):
			// "— Lyudmila Orlova, director of School No. 4" under a
			// newsletter's closing quote of the day: whose words they
			// are, not a line after the article.
		case (ln.kind == kindRaw || ln.kind == kindPara) && creditShaped(ln.text):
			// "Ruth Calderan, Secretary to the Committee" signing a
			// notice: who issued it, not a line after the article.
		case ln.kind == kindList:
			// "Ambassador Aurelio Venn, Chair of the Commission" under
			// "For the Federation of Callis:": who signed, not links.
			if !listIsText(ln.items) && !slices.ContainsFunc(ln.items, creditShaped) {
				ln.why = whyAfter
			}
		case labelLike(ln.text) && !isParagraphLike(ln.text):
			ln.why = whyAfter // "Our Standards: The Example Trust Principles."
			if j+1 < len(tail) && strings.HasSuffix(ln.text, ":") {
				labels = append(labels, j)
			}
		case endsSentence(ln.text):
		case ln.kind == kindRaw && headingShaped(ln.text) && j+1 < len(tail) && endsSentence(lines[tail[j+1]].text):
			// a sub-heading over a last short paragraph: decideHeadings
		default:
			ln.why = whyAfter // links and labels after the article
		}
	}
	for _, j := range labels {
		// "For Ostrava Major:" over who signed for it, kept: said in
		// the signatory's line.
		if next := &lines[tail[j+1]]; next.why == "" {
			signedFor(lines[tail[j]].text, next)
		}
	}
}

// signedFor opens next, when it is a signatory's credit ("Major General
// Stanislav Orlik, Head of Delegation"), with the label over it ("For
// Ostrava Major:"), whom they signed for.
func signedFor(label string, next *line) {
	switch {
	case next.kind == kindList && len(next.items) == 1 && creditShaped(next.items[0]):
		next.items[0] = label + " " + next.items[0]
	case (next.kind == kindRaw || next.kind == kindPara) && creditShaped(next.text):
		next.text = label + " " + next.text
	}
}

// listIsText reports a list of sentences rather than of links or labels.
func listIsText(items []string) bool {
	for _, it := range items {
		if endsSentence(it) || wordCount(it) > 12 {
			return true
		}
	}
	return false
}

// headlineAbove reports whether the j-th kept line, though it reads as
// a sentence, is a headline (sentenceHeadline) with no headline above it,
// only labels ("OPINION").
func headlineAbove(lines []line, k []int, j int) bool {
	if !sentenceHeadline(lines, k[j]) {
		return false
	}
	for _, i := range k[:j] {
		if t := lines[i].text; wordCount(t) >= 4 && titleShaped(t) && !isAllCaps(t) {
			return false // the headline stands above: this is its standfirst or the text
		}
	}
	return true
}

// sentenceHeadline reports whether line i is a headline written as
// sentences: short, shaped as a title but for its full stop, and right
// above the byline or the date line ("Geneva built a fence. Now Kyiv
// must make sure nobody climbs it." over "By Marko Shevchuk").
func sentenceHeadline(lines []line, i int) bool {
	n := wordCount(lines[i].text)
	if n < 4 || n > maxSentenceHeadline || !titleShaped(strings.TrimRight(lines[i].text, ".")) {
		return false
	}
	for next := i + 1; next < len(lines); next++ {
		if strings.TrimSpace(lines[next].text) == "" {
			continue
		}
		mk := lines[next].meta.kind
		return mk == metaByline || mk == metaDate
	}
	return false
}

// givenNameOpens reports text opening with a person's name: a given name
// the lexicon knows, then a capitalised word ("Lukas Brunner, …").
func givenNameOpens(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	_, given := defaultLexicon().GivenName(f[0])
	r, _ := utf8.DecodeRuneInString(f[1])
	return given && unicode.IsUpper(r)
}

// maxSentenceHeadline bounds a headline written as sentences.
const maxSentenceHeadline = 16

// pickTitle returns the position in head of the headline. It stands
// just above the byline or date line when the page has one, so it is
// the last line shaped like a heading with four words or more before
// that; failing that the first such line in the head; failing that the
// longest heading-shaped line; failing that the first line. Section
// labels, kickers and taglines stand above it ("World", "Analysis").
func pickTitle(lines []line, head []int) int {
	metaAt := len(lines)
	for i := range lines {
		if k := lines[i].meta.kind; k == metaDate || k == metaByline {
			metaAt = i
			break
		}
	}
	candidate := func(i int) (int, bool) {
		ln := &lines[i]
		if ln.why != "" || ln.caption || ln.kind == kindItem || ln.kind == kindList || ln.kind == kindStamp || ln.kind == kindTitle || isBreadcrumb(ln.text) && wordCount(ln.text) < 4 {
			return 0, false
		}
		if _, where, ok := nameLine(ln.text); ok && where {
			return 0, false // a byline
		}
		if label, rest, ok := strings.Cut(ln.text, ": "); ok && (wordCount(label) == 1 && givenNameOpens(rest) || pageWords().fieldLabel[strings.ToLower(label)]) {
			// "Speaker: Lukas Brunner, spokesperson of …", "Observer:
			// International Atomic Energy Agency": a field of the
			// record, not the headline.
			return 0, false
		}
		if t := strings.TrimSpace(ln.text); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			return 0, false // an editor's note: "(Updates with comments from …)"
		}
		n := wordCount(ln.text)
		return n, ln.kind == kindHeading || titleShaped(ln.text) || sentenceHeadline(lines, i)
	}
	firstLong, lastLong, best, bestWords := -1, -1, -1, 0
	headed := false // a heading of four words or more stood above
	for j, i := range head {
		n, ok := candidate(i)
		if !ok {
			continue
		}
		if n >= 4 && !isAllCaps(lines[i].text) {
			if firstLong < 0 {
				firstLong = j
			}
			if i < metaAt && !(headed && lines[i].kind != kindHeading) {
				// Not a line of text under a heading: the blog's
				// tagline over its byline ("Borderlines & Branch Lines
				// — a blog on …") is no headline.
				headed = headed || lines[i].kind == kindHeading
				// A longer line right under the headline is its standfirst
				// ("Headline" / "A sentence without a full stop" / byline).
				if lastLong >= 0 && lastLong == j-1 && n > wordCount(lines[head[lastLong]].text) {
					continue
				}
				lastLong = j
			}
		}
		if n > bestWords {
			best, bestWords = j, n
		}
	}
	switch {
	case lastLong >= 0 && metaAt < len(lines):
		return lastLong
	case firstLong >= 0:
		return firstLong
	case best >= 0:
		return best
	}
	for j, i := range head {
		if ln := &lines[i]; ln.why == "" && ln.kind != kindItem && ln.kind != kindList && ln.kind != kindStamp && ln.kind != kindTitle {
			return j
		}
	}
	return -1
}

// titleShaped reports a line a headline can be: up to 25 words (longer
// than a sub-heading may be), starting with a capital or a digit after
// any opening quote, and not ending like a sentence unless with "?" or
// "!".
func titleShaped(s string) bool {
	if wordCount(s) > 25 || len(s) > 250 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"'“‘«("))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	switch lastMeaningful(s) {
	case '?', '!':
		return true
	}
	return !endsSentence(s)
}

func isAllCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// deliveredBy is who delivered the speech an article gives, as one of
// its first paragraphs or the head line read as its title says ("The
// following is an excerpt from the homily delivered by Archbishop
// Lorenzo Bellandi, Special Envoy …", "Delivered by Marek Dunai, Chief
// of Staff to the President, on behalf of …"): their name without the
// titles before it; "" when none says so.
func (b *built) deliveredBy() string {
	lx := defaultLexicon()
	// The head's line saying so may have been read as the title
	// ("Delivered by Marek Dunai, Chief of Staff …" under the heading),
	// then the first paragraphs.
	texts := []string{b.meta.Title}
	for i := 0; i < len(b.paras) && i < maxDeliveredParas; i++ {
		texts = append(texts, b.paras[i].text)
	}
	for _, text := range texts {
		m := pageWords().delivered.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		f := strings.Fields(m[1])
		for len(f) > 2 && (lx.IsTitleNoun(people.Fold(f[0])) || lx.AddressedBy(f[0]) || lx.IsModifier(f[0])) {
			f = f[1:]
		}
		if name := strings.Join(f, " "); nameShaped(name) {
			return name
		}
	}
	return ""
}

// maxDeliveredParas is how far into an article deliveredBy looks.
const maxDeliveredParas = 3

// nameByline reads an author from a line in the head that is only a
// name: above the date ("Danilo Bilek" / "December 18, 2025"), above a
// job ("James Waterhouse" / "Ukraine correspondent"), or with the outlet
// after a comma ("Hanna Weiss, Example Wire").
func (b *built) nameByline(lines []line, head []int, j int) bool {
	ln := &lines[head[j]]
	if ini, name, _, ok := initialsFirst(ln.text); ok && initialsOf(name, ini) {
		return false // "VL Viktor Lasko, Director, …": one of those present
	}
	name, where, ok := nameLine(ln.text)
	if !ok {
		return false
	}
	if where {
		// "Hanna Weiss, Example Wire", "Eilidh MacLeod in Brussels"
		b.meta.Author, ln.why = name, whyUsedAuthor
		return true
	}
	// The line right after it, dropped or not.
	next := head[j] + 1
	if next >= len(lines) {
		return false
	}
	switch nx := &lines[next]; {
	case nx.meta.kind == metaDate:
		b.meta.Author, ln.why = name, whyUsedAuthor
		return true
	case nx.why == "" && roleLine(nx.text):
		b.meta.Author, ln.why = name, whyUsedAuthor
		nx.why = whyBylineRole
		return true
	}
	return false
}

// nameLine reads a line that is a person's name, alone ("Danilo Bilek")
// or with where they work or write from ("Hanna Weiss, Example Wire",
// "Eilidh MacLeod in Brussels"); where reports the second kind, which is
// a byline by itself.
func nameLine(s string) (name string, where, ok bool) {
	if nameShaped(s) {
		return s, false, true
	}
	for _, sep := range []string{", ", " in "} {
		n, rest, found := strings.Cut(s, sep)
		// Not "KARSK BRIDGE EXCHANGE, 12-15 OCTOBER 2084": where someone
		// works or writes from is no date.
		if found && nameShaped(n) && !endsSentence(rest) && wordCount(rest) <= 4 && (labelLike(rest) || isAllCaps(rest) || shortPlace(rest)) && !hasDigit(rest) {
			return n, true, true
		}
		// "Viktor Sabo, retired dam engineer, Kavic": who they are,
		// then where they write from.
		if i := strings.LastIndex(rest, ", "); found && sep == ", " && i > 0 && nameShaped(n) && !endsSentence(rest) &&
			wordCount(rest) <= 6 && !hasDigit(rest) && labelLike(rest[i+2:]) && !strings.ContainsAny(rest[:i], "\"“”:;—–") {
			return n, true, true
		}
	}
	return "", false, false
}

// shortPlace reports a place named in one short capitalised word, too
// short for labelLike to count ("Orn", "Ely", "Ulm").
func shortPlace(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(s) > 3 {
		return false
	}
	for _, r := range s[size:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// markTitleRepeats marks lines that repeat the title (pasted pages often
// show it twice); they end the section before them.
func markTitleRepeats(lines []line, title string) {
	key := dedupKey(title)
	if key == "" {
		return
	}
	for i := range lines {
		// A repeat is about as long as the title; longer lines are not
		// compared.
		if ln := &lines[i]; ln.why == "" && ln.kind != kindList && len(ln.text) <= 2*len(title)+8 && dedupKey(ln.text) == key {
			ln.kind, ln.why = kindTitle, whyRepeatTitle
		}
	}
}

// decideHeadings turns short unpunctuated lines followed by text into
// headings. A heading-shaped line followed by another heading is a label
// ("Rewritten Article"), and one at the very end is a leftover; both are
// dropped. A short line that stands on other pages of the outlet and is
// no heading is the outlet's furniture.
func decideHeadings(lines []line) {
	joinSignatures(lines)
	k := kept(lines)
	turns := interviewTurns(lines, k)
	shaped := func(ln *line) bool {
		return ln.kind == kindHeading || ln.kind == kindTitle || ln.kind == kindStamp || (ln.kind == kindRaw && headingShaped(ln.text)) || shoutedItem(ln)
	}
	// A heading-shaped line the document prints twice or more, or right
	// after a page's number, is a page's running header or footer
	// ("Minutes of Proceedings — Meeting No. 14" atop each page of a
	// PDF), no section's heading.
	// Only in a text with page numbers: a live blog's key events list
	// its entries' headlines again.
	printed := map[string]int{}
	running := make([]bool, len(lines)) // heading-shaped, right after a page's number
	if slices.ContainsFunc(lines, func(ln line) bool { return pageNumber.MatchString(strings.TrimSpace(ln.text)) }) {
		for _, i := range k {
			if ln := &lines[i]; ln.kind == kindRaw && headingShaped(ln.text) {
				printed[dedupKey(ln.text)]++
			}
		}
		afterPage := false
		for i := range lines {
			switch ln := &lines[i]; {
			case pageNumber.MatchString(strings.TrimSpace(ln.text)):
				afterPage = true
			case ln.kind == kindRaw && headingShaped(ln.text):
				running[i] = afterPage
			case ln.why == "":
				afterPage = false
			}
		}
	}
	for j, i := range k {
		ln := &lines[i]
		if isTurn(turns, ln.text) {
			continue // a turn of an interview, however short
		}
		if shoutedItem(ln) && j+1 < len(k) && k[j+1] == i+1 && !lines[i+1].gap && !shaped(&lines[i+1]) && lines[i+1].kind != kindItem {
			// "8. DATE OF NEXT MEETING" right over "Thursday 25 June 2076
			// at 18:00 in the school hall.": a record's numbered heading,
			// in capitals, the section of what follows it.
			ln.kind = kindHeading
			continue
		}
		if ln.kind == kindRaw && defaultLexicon().PostRef(ln.text) {
			// "Replying to @kiril_halm" under a post's line: whose post
			// this one answers, no heading and no words of anyone's.
			ln.why = whyReplyTo
			continue
		}
		if ln.kind == kindRaw && headingShaped(ln.text) && j > 0 && namedPostLine(lines[k[j-1]].text) {
			// "Shift electrician, Heating Plant No. 1" under "[4] Mira
			// Dunc @mira_on_nights . 19 Nov 2078, 12:02": what the
			// writer says they are, read with the post, no heading.
			ln.kind = kindPara
			continue
		}
		if ln.kind == kindRaw && headingShaped(ln.text) {
			switch {
			case ln.caption:
				// "UKRAINE, Complainant, represented by: …": who is who
				// in a ruling's caption, a paragraph of its own.
				ln.kind = kindPara
			case creditShaped(ln.text):
				// "Prof Marieke van Doorn - President, ICC-U, The Hague", a
				// call's participant: who they are, no section's heading.
				ln.kind = kindPara
			case printed[dedupKey(ln.text)] > 1 || running[i]:
				ln.why = whyRunning
			case signature(lines, k, j):
				// "Olena Hrytsak, Vinnytsia" under a letter: who wrote
				// the text above, a paragraph of its own.
				ln.kind = kindPara
			case j+1 == len(k):
				ln.why = whyTrailing
			case j > 0 && lines[k[j-1]].kind == kindStamp:
				// "09:48 FLASH" / "CORVANNE INSPECTORS ENTER MIROSK DAM":
				// an entry's headline, all it says, whatever follows.
				ln.kind = kindHeading
			case defaultLexicon().CaptionLine(lines[k[j+1]].text):
				// "00:04:31 SYNC: Ilona Fersch (reading statement of
				// …)" / "SUPER: Ilona Fersch / Press Secretary": the
				// cue heads the sound bite its caption credits.
				ln.kind = kindHeading
			case shaped(&lines[k[j+1]]):
				ln.why = whyLabel
			default:
				ln.kind = kindHeading
			}
			continue
		}
		if ln.rep && ln.kind != kindHeading && ln.kind != kindTitle {
			ln.why = whyRepeatPage
		}
	}
}

// namedPostLine reports a thread's line over a post naming its writer
// by display name and handle (people.Lexicon.PostHeader); a bare handle's
// line ("@bodo_lines") has the display name as a heading under it.
func namedPostLine(s string) bool {
	if !strings.Contains(s, "@") {
		return false // the display name stands before an @handle
	}
	h, name := defaultLexicon().PostHeader(s)
	return h != "" && name != ""
}

// shoutedItem reports an item of a list (its number or bullet taken off)
// shaped as a heading and written in capitals: "DATE OF NEXT MEETING",
// "THE ACCIDENT IN THE UPPER MEADOW (14 MAY)".
func shoutedItem(ln *line) bool {
	if ln.kind != kindItem || ln.why != "" || !headingShaped(ln.text) {
		return false
	}
	letters := 0
	for _, r := range ln.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4 && wordCount(ln.text) >= 2
}

// creditShaped reports a line crediting a name with a title after a
// spaced dash or in brackets: "Dr Naledi Mokoena - Treasurer, Lucerne
// Reconstruction Fund", "Cllr Iryna Kovalenko (Chair, Education
// Committee)", a name opening with an honorific, a title or a given name
// the people lexicon knows.
func creditShaped(line string) bool {
	lx := defaultLexicon()
	person := func(name string) bool {
		if !nameShaped(name) {
			return false
		}
		// "Ambassador Aurelio Venn", "Major General Stanislav Orlik": a
		// title, an address or a given name before the surname.
		ws := strings.Fields(name)
		for _, w := range ws[:len(ws)-1] {
			if _, given := lx.GivenName(w); given || lx.AddressedBy(w) || lx.IsTitleNoun(people.Fold(w)) {
				return true
			}
		}
		return false
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if name, title, ok := strings.Cut(line, d); ok && hasCapitalWord(title) && person(name) {
			return true
		}
	}
	// "Ruth Calderan, Secretary to the Committee", signing a notice:
	// a name, a comma, then a capitalised title.
	if name, title, ok := strings.Cut(line, ", "); ok && person(name) && len(strings.Fields(name)) >= 2 {
		if f := strings.Fields(title); len(f) > 0 && hasCapitalWord(f[0]) && lx.IsTitleNoun(people.Fold(f[0])) {
			return true
		}
	}
	// "Cllr Iryna Kovalenko (Chair, Education Committee)", a meeting's
	// list of those present.
	if name, title, ok := strings.Cut(line, " ("); ok && strings.HasSuffix(line, ")") && !strings.Contains(title, "(") && person(name) {
		return true
	}
	return false
}

// initialsFirst splits a line of a list of those present that opens with
// the initials a record calls someone by ("IK Dr Irena Kovac, Head
// Veterinarian, …"): the initials, the name (with any title) and what
// follows its comma.
func initialsFirst(line string) (ini, name, rest string, ok bool) {
	ini, after, ok := strings.Cut(line, " ")
	if !ok || len(ini) < 2 || len(ini) > 3 || strings.IndexFunc(ini, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return "", "", "", false
	}
	name, rest, ok = strings.Cut(strings.TrimSpace(after), ", ")
	return ini, name, rest, ok
}

// initialsOf reports ini as the initials of name's words, a title before
// them aside ("IK" of "Dr Irena Kovac").
func initialsOf(name, ini string) bool {
	ws := strings.Fields(name)
	for len(ws) > len(ini) {
		ws = ws[1:]
	}
	if len(ws) != len(ini) {
		return false
	}
	for i, w := range ws {
		if w[0] != ini[i] {
			return false
		}
	}
	return true
}

// maxSignatureLines bounds the lines a signature adds under its name
// ("Spokesman, State Archival Service of Ukraine, Kyiv"; "Chief
// Conservator" / "Kherson Regional Art Museum").
const maxSignatureLines = 3

// joinSignatures makes a signature block one paragraph: a name, with a
// given name the people lexicon knows, on a line of its own under a
// letter (whose first paragraph opens with a salutation, "Sir, -") or
// after a mail's signature delimiter ("--"), and the few short lines
// under it saying what they are and where they write from, up to a
// heading, the next message or the end. "Serhiy Kravets, Spokesman,
// State Archival Service of Ukraine, Kyiv" then names its writer and
// what they are as a sentence would.
func joinSignatures(lines []line) {
	k := kept(lines)
	for j := 1; j < len(k); j++ {
		ln := &lines[k[j]]
		name, _, ok := nameLine(ln.text)
		if !ok || ln.kind != kindRaw {
			continue
		}
		if _, given := defaultLexicon().GivenName(strings.Fields(name)[0]); !given {
			continue
		}
		if !afterDelimiter(lines, k[j]) && !inLetter(lines, k, j) {
			continue
		}
		end := j + 1
		for end < len(k) && end-j <= maxSignatureLines && signatureLine(lines[k[end]].text) {
			end++
		}
		if end == j+1 || end < len(k) && end-j > maxSignatureLines {
			continue
		}
		if end < len(k) && !headingShaped(lines[k[end]].text) && !mailFrom(lines[k[end]].text) && !separatedBefore(lines, k[end]) {
			continue
		}
		if prev := &lines[k[j-1]]; strings.EqualFold(strings.TrimRight(prev.text, ",.!"), strings.Fields(name)[0]) {
			// "Oksana" / "--" / "Oksana Lytvyn": the sign-off
			// above the signature, no heading.
			prev.why = whyLabel
		}
		parts := []string{ln.text}
		for _, i := range k[j+1 : end] {
			parts = append(parts, strings.TrimRight(lines[i].text, ","))
			lines[i].why = whyLabel
		}
		ln.text, ln.kind = strings.Join(parts, ", "), kindPara
		j = end - 1
	}
}

// dashCredit reports a line crediting the quotation above it after a
// dash ("— Lyudmila Orlova, director of School No. 4, Kamyshevka"): a
// capital after the dash, a few words, no sentence.
func dashCredit(s string) bool {
	t := strings.TrimSpace(s)
	for _, d := range []string{"— ", "– ", "-- "} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && wordCount(rest) <= 16 && !endsSentence(rest)
		}
	}
	return false
}

// quotationAlone reports a paragraph that is a quotation and nothing
// else ("“One of my pupils asked me …”").
func quotationAlone(s string) bool {
	t := strings.TrimSpace(s)
	open, _ := utf8.DecodeRuneInString(t)
	closing, _ := utf8.DecodeLastRuneInString(t)
	return (open == '"' || open == '“') && (closing == '"' || closing == '”')
}

// signatureLine reports a short line a signature may hold under its
// name: what someone is or where they are, no sentence.
func signatureLine(s string) bool {
	return s != "" && wordCount(s) <= 8 && !endsSentence(s) && !mailFrom(s) && !strings.ContainsAny(s, ":@<>")
}

// afterDelimiter reports a line right under a mail's signature delimiter
// ("--"), skipped lines between aside.
func afterDelimiter(lines []line, i int) bool {
	for i--; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i].text); t == "--" {
			return true
		} else if t != "" {
			return false
		}
	}
	return false
}

// separatedBefore reports a separator line ("-----") among the skipped
// lines right before line i.
func separatedBefore(lines []line, i int) bool {
	for i--; i >= 0 && lines[i].why != ""; i-- {
		if lines[i].why == whySeparator {
			return true
		}
	}
	return false
}

// inLetter reports the j-th kept line (k) standing under a letter: a
// few lines before it, since the last heading or separator, the first
// opens with a salutation ("Sir, -", "Dear Editor,"); the last ends a
// sentence.
func inLetter(lines []line, k []int, j int) bool {
	if !endsSentence(lines[k[j-1]].text) {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-people.MaxLetterParagraphs; i-- {
		t := lines[k[i]].text
		switch {
		case defaultLexicon().Salutes(t):
			return true
		case separatedBefore(lines, k[i]) || headingShaped(t) && !endsSentence(t):
			return false
		}
	}
	return false
}

// signature reports the j-th kept line (k) as a letter's or a
// contribution's signature: a name opening with a given name the people
// lexicon knows (or any, under a letter), alone or with where they write from ("Nadiia Kovalenko,
// Khmilnyk"), right after a paragraph ending a sentence and before a
// heading, a rule or the end.
func signature(lines []line, k []int, j int) bool {
	ln := &lines[k[j]]
	name, _, ok := nameLine(ln.text)
	if !ok || j == 0 {
		return false
	}
	if _, given := defaultLexicon().GivenName(strings.Fields(name)[0]); !given && !inLetter(lines, k, j) {
		// A name the lexicon does not know ("Walter Brisk, Kessling") is
		// one still under a letter opening with a salutation.
		return false
	}
	if prev := &lines[k[j-1]]; prev.kind == kindHeading || !endsSentence(prev.text) {
		return false
	}
	if j+1 == len(k) {
		return true
	}
	next := &lines[k[j+1]]
	if f := strings.Fields(next.text); roleLine(next.text) || len(f) > 0 && defaultLexicon().IsTitleNoun(people.Fold(strings.TrimRight(f[0], ","))) {
		return false // a sign-off: "Nadia Ostrowska" / "Editor, The Ceasefire Desk"
	}
	// Before a heading, or a rule ("-----") closing the letter.
	return next.kind == kindHeading || next.kind == kindRaw && headingShaped(next.text) || separatedBefore(lines, k[j+1])
}

// interviewTurns finds the speakers of an interview: the "Name:" a
// line starts with, when two lines or more start with it. Their lines
// are turns, never headings ("Kyiv Ledger: And the territory?"); each
// stays a paragraph of its own, as printed.
// A speaker is counted by name, whatever the brackets after it say ("Ms
// MORAVEC (Deputy Minister of Energy):" once, "Ms MORAVEC:" after).
func interviewTurns(lines []line, k []int) map[string]bool {
	count := map[string]int{}
	for _, i := range k {
		if sp := turnName(speakerOf(lines[i].text)); sp != "" {
			count[sp]++
		}
	}
	turns := map[string]bool{}
	for sp, n := range count {
		if n >= 2 {
			turns[sp] = true
		}
	}
	return turns
}

// turnName is a speaker's label without what brackets after the name
// say of them: "Ms MORAVEC" of "Ms MORAVEC (Deputy Minister of Energy)".
func turnName(sp string) string {
	name, _, _ := strings.Cut(sp, "(")
	return strings.TrimSpace(name)
}

// isTurn reports a line that is a turn of a transcript whose speakers
// (turns, interviewTurns) take turns: one of theirs, or one shouted as
// theirs are (shoutedTurn).
func isTurn(turns map[string]bool, s string) bool {
	return turns[turnName(speakerOf(s))] || len(turns) > 0 && shoutedTurn(s)
}

// shoutedTurn reports a line opening with a name in capitals and its
// colon ("MANTELL (THROUGH INTERPRETER): The first shell landed …", "Ms
// OSTRAND: And who pays for all this?", a surname in capitals after its
// honorific or title): in a transcript whose speakers take turns, the
// one turn of someone heard once, no line of the turn before it.
func shoutedTurn(s string) bool {
	name := turnName(speakerOf(s))
	if len(name) >= 3 && isAllCaps(name) {
		return true
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if utf8.RuneCountInString(last) < 3 || !isAllCaps(last) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// speakerOf returns the "Name" of a line that starts "Name: ".
func speakerOf(s string) string {
	sp, _, ok := strings.Cut(s, ": ")
	if !ok {
		return ""
	}
	// "Ms Naomi Tesfaye (Winnipeg Riverside, NDP)": a record's label
	// with what the speaker is in brackets; the name speaks.
	name := sp
	if open := strings.IndexByte(sp, '('); open > 0 && strings.HasSuffix(sp, ")") {
		name = strings.TrimSpace(sp[:open])
	}
	if len(name) > 40 || wordCount(name) > 4 || endsSentence(name) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(sp); !unicode.IsUpper(r) {
		return ""
	}
	return sp
}

// makeParagraphs numbers the paragraphs under their headings and drops
// repeats within the document. A list is one paragraph, joined to the
// line that introduces it ("The draft covers:"); a live blog's entry is
// one paragraph with its time.
func (b *built) makeParagraphs(lines []line) {
	seen := map[string]bool{}
	section := ""
	var (
		entry        *line   // the stamp of the live blog entry being read
		entryLines   []*line // its lines
		entrySection string
		entryHead    *line // the line entrySection is
	)
	addEntry := func() {
		if entry != nil && len(entryLines) == 0 && entryHead != nil {
			// An entry that is its headline alone (an agency's FLASH):
			// the headline is what it says.
			b.add(seen, []*line{entryHead}, entryHead.text, "", entry.stamp)
		}
		if entry != nil && len(entryLines) > 0 {
			texts := make([]string, len(entryLines))
			for i, ln := range entryLines {
				texts[i] = ln.text
				if ln.kind == kindList {
					texts[i] = joinItems(ln.items)
				}
			}
			b.add(seen, entryLines, strings.Join(texts, " "), entrySection, entry.stamp)
		}
		entryLines, entryHead = nil, nil
	}
	flushEntry := func() {
		addEntry()
		entry, entrySection = nil, ""
	}
	k := kept(lines)
	// A transcript stamped every few minutes ("[18:14:05]") is read as
	// entries; each speaker's turn in one stays a paragraph of its own,
	// unless the line before brings it in ("… has just posted from the
	// crossing point:").
	turns := interviewTurns(lines, k)
	records := recordFields(lines, k)
	addRecord := func(j int) {
		if fields, ok := records[j]; ok && entry == nil {
			for _, f := range fields {
				b.addRecord(seen, f)
			}
			delete(records, j)
		}
	}
	for j, i := range k {
		addRecord(j)
		ln := &lines[i]
		switch ln.kind {
		case kindTitle:
			flushEntry()
			section = ""
			continue
		case kindStamp:
			flushEntry()
			entry = ln
			continue
		case kindHeading:
			if entry != nil && len(entryLines) == 0 && j > 0 && lines[k[j-1]].kind == kindStamp {
				entrySection, entryHead = ln.text, ln // the entry's own headline
				continue
			}
			flushEntry()
			section = ln.text
			continue
		}
		if entry != nil {
			if n := len(entryLines); n > 0 && isTurn(turns, ln.text) && !strings.HasSuffix(entryLines[n-1].text, ":") {
				addEntry()
			}
			entryLines = append(entryLines, ln)
			continue
		}
		t := ln.text
		if ln.kind == kindList {
			t = joinItems(ln.items)
			// A list follows the line that introduces it ("The draft
			// covers:") in one passage.
			if len(b.paras) > 0 && j > 0 && lines[k[j-1]].why == "" && lines[k[j-1]].kind != kindHeading && lines[k[j-1]].kind != kindTitle {
				if p := &b.paras[len(b.paras)-1]; strings.HasSuffix(p.text, ":") && p.section == section {
					p.text += " " + t
					continue
				}
			}
		}
		b.add(seen, []*line{ln}, t, section, "")
	}
	flushEntry()
	for j := range len(k) + 1 {
		addRecord(j) // fields after the last kept line, or held back in a live blog's entry
	}
}

// addRecord appends a record's field as a paragraph of its own
// (record.go), unless the document already has its text.
func (b *built) addRecord(seen map[string]bool, f recordLine) {
	key := dedupKey(f.text)
	if key == "" || seen[key] {
		return
	}
	seen[key] = true
	b.paras = append(b.paras, paragraph{text: f.text, num: len(b.paras) + 1, record: true, caption: f.caption})
}

// add appends one paragraph made of from, unless the document already
// has it; then its lines are marked as repeated.
func (b *built) add(seen map[string]bool, from []*line, text, section, time string) {
	key := dedupKey(text)
	why := ""
	switch {
	case key == "":
		why = whyNoWords
	case seen[key] && !mailFrom(text) && !labelsBelow(text):
		why = whyRepeatPara
	default:
		seen[key] = true
		aside := len(from) > 0
		for _, ln := range from {
			aside = aside && ln.aside
		}
		b.paras = append(b.paras, paragraph{text: text, section: section, num: len(b.paras) + 1, time: time, aside: aside})
		return
	}
	for _, ln := range from {
		ln.why = why
	}
}

// labelsBelow reports a line of its own that credits the words under it
// and closes in a colon ("SOUNDBITE (English) OLEKSANDR MELNYK, CHIEF
// EXECUTIVE, KALYNA AIRLINES:"): a script gives it again over each of
// their sound bites, and each one says whose the next words are.
func labelsBelow(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ":") && len(t) <= maxLabelLine && len(strings.Fields(t)) >= 3
}

// maxLabelLine bounds a line crediting the words under it.
const maxLabelLine = 160

// mailFrom reports a mail header naming who sent the message under it
// ("From: Jonas Weber <…>"): each opens a message, however often the
// thread repeats it.
func mailFrom(text string) bool {
	_, ok := people.MailSender(text)
	return ok
}

// joinItems writes a list as one line: items that end like a sentence
// follow each other, others are parted by semicolons.
func joinItems(items []string) string {
	var sb strings.Builder
	for i, it := range items {
		if i > 0 {
			if endsSentence(items[i-1]) {
				sb.WriteByte(' ')
			} else {
				sb.WriteString("; ")
			}
		}
		sb.WriteString(it)
	}
	return sb.String()
}
