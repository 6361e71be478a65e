package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// textHeader reads the "Key: value" lines a plain-text article may open
// with, as exports and e-mails write them ("Title: …", "Outlet: …",
// "Author: …", "Date: …", or their other names in data/page.yaml:
// "Headline: …", "Broadcast: …"): two metadata keys or more, one a line,
// ended by an empty line, perhaps under a masthead of a block or two of
// short lines ("CONTINENTAL 24 — EUROPE TONIGHT" / "TRANSCRIPT"); a key
// may run to three words ("Date of issue"). They are read as a
// sidecar's are (metaOf), though a value may hold a colon ("Title:
// Letters: Baku is a start"). Header lines with other keys ("Guest: Taras
// Melnychuk, First Deputy Foreign Minister", "Location: Geneva") stay in
// the text, as does the masthead. It returns the metadata, what reading
// it says, and the text without the metadata lines; ok is false when the
// text opens otherwise, and nothing is taken from it.
func textHeader(data []byte) (m Meta, poster string, warnings []string, body []byte, ok bool) {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	rest := strings.TrimLeft(s, "\n")
	if m, poster, warnings, body, ok := headerBlock(rest); ok {
		return m, poster, warnings, body, true
	}
	if first, after, found := strings.Cut(rest, "\n"); found && mastheadBlock(first) && isAllCaps(first) {
		// "SKEIN THREAD EXPORT" right over "Account: …": an export's
		// name in capitals on the header's first line.
		if m, poster, warnings, body, ok := headerBlock(after); ok {
			if m.Title == "" && poster != "" {
				// The export's name titles it, not its first post's
				// stamp.
				m.Title = strings.TrimSpace(first)
			}
			return m, poster, warnings, append([]byte(first+"\n\n"), body...), true
		}
	}
	// A masthead: a block or two of up to three short lines, no sentence,
	// no key ("MERIDIAN MARINE MARKET ASSOCIATION" / "JOINT WAR RISKS
	// COMMITTEE", then "MARKET NOTICE").
	var head []string
	for range maxMastheadBlocks {
		block, after, found := strings.Cut(rest, "\n\n")
		if !found || !mastheadBlock(block) {
			return Meta{}, "", nil, data, false
		}
		head, rest = append(head, block), strings.TrimLeft(after, "\n")
		if m, poster, warnings, body, ok = headerBlock(rest); ok {
			return m, poster, warnings, append([]byte(strings.Join(head, "\n\n")+"\n\n"), body...), true
		}
	}
	return Meta{}, "", nil, data, false
}

// maxMastheadBlocks is the most blocks of short lines a masthead over a
// plain-text header runs to.
const maxMastheadBlocks = 2

// mastheadBlock reports a block of up to three short lines, none a
// sentence or a "Key: value" line.
func mastheadBlock(block string) bool {
	lines := strings.Split(block, "\n")
	if len(lines) > 3 {
		return false
	}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" || len(l) > 60 || strings.Contains(l, ":") || endsSentence(l) {
			return false
		}
	}
	return true
}

// headerBlock reads a header that opens s (see textHeader).
func headerBlock(s string) (m Meta, poster string, warnings []string, body []byte, ok bool) {
	fields := metaFields()
	alias := pageWords().headerKey
	header := &yaml.Node{Kind: yaml.MappingNode}
	var kept []string // header lines that are no metadata
	rest := s
	n := 0
	for {
		line, after, found := strings.Cut(rest, "\n")
		if rule := ruleLine(line); strings.TrimSpace(line) == "" || rule {
			// An empty line ends the header, and so does a rule right
			// under it ("=====" over an export's posts), kept.
			if rule {
				after = rest
			}
			if n < 2 && (poster == "" || n < 1) {
				return Meta{}, "", nil, nil, false
			}
			m, warnings = metaOf(header)
			if len(kept) > 0 {
				after = strings.Join(kept, "\n") + "\n\n" + after
			}
			return m, poster, warnings, []byte(after), true
		}
		key, val, isKey := strings.Cut(line, ":")
		if !isKey || len(strings.Fields(key)) > maxHeaderKeyWords || key != strings.TrimSpace(key) || strings.TrimSpace(val) == "" || !startsWithLetter(key) {
			return Meta{}, "", nil, nil, false
		}
		name := strings.ToLower(strings.TrimSpace(key))
		if pageWords().exportKey[name] {
			// "Posts in thread: 9": the export's own field, no text.
			if !found {
				return Meta{}, "", nil, nil, false
			}
			rest = after
			continue
		}
		if pageWords().posterKey[name] {
			if who := accountName(val); who != "" {
				poster, name, val = who, "author", who
			}
		}
		if a, ok := alias[name]; ok {
			name = a
		}
		if _, known := fields[name]; !known {
			kept = append(kept, line)
		} else {
			header.Content = append(header.Content,
				&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name, Line: n + len(kept) + 1},
				&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.TrimSpace(val), Line: n + len(kept) + 1})
			n++
		}
		if !found {
			return Meta{}, "", nil, nil, false // a header and nothing after it
		}
		rest = after
	}
}

// ruleLine reports a line of one repeated mark drawing a rule ("=====",
// "-----").
func ruleLine(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) >= 3 && strings.Trim(l, l[:1]) == "" && strings.ContainsAny(l[:1], "=-_*~#")
}

// reHandle is an account's handle in brackets: "(@GovBrodec)".
var reHandle = regexp.MustCompile(`\s*\(@[A-Za-z0-9_.]{2,40}\)`)

// accountName is the person an export's account line names before the
// handle, after a channel's name ("Ombudsman of Ostrelia | Halina Vesk
// (@ombudsman_ostrelia)" → Halina Vesk); "" when no handle follows a
// name.
func accountName(val string) string {
	loc := reHandle.FindStringIndex(val)
	if loc == nil {
		return ""
	}
	name := strings.TrimSpace(val[:loc[0]])
	if i := strings.LastIndex(name, "|"); i >= 0 {
		name = strings.TrimSpace(name[i+1:])
	}
	if !nameShaped(name) {
		return ""
	}
	return name
}

// maxHeaderKeyWords is the most words a header's key runs to ("Date of
// issue", "Date answered").
const maxHeaderKeyWords = 3

// startsWithLetter reports a key that starts with a letter.
func startsWithLetter(key string) bool {
	r, _ := utf8.DecodeRuneInString(key)
	return unicode.IsLetter(r)
}

// readText splits pasted text into lines; everything about structure is
// decided later from the lines themselves. A line that continues the one
// before it in lower case (text hard-wrapped by an e-mail client or a
// terminal) is joined back to it, as is, in text hard-wrapped at one
// width (read_wrapped.go), any line after one cut near that width.
func readText(data []byte) []line {
	raw := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if srt, ok := srtLines(raw); ok {
		raw = srt
	} else if chat, ok := chatLines(raw); ok {
		return chat
	}
	lines := make([]line, 0, len(raw))
	width := wrapWidth(raw)
	last := "" // the last line as written, before any join
	for i := 0; i < len(raw); i++ {
		if items, n := textTable(raw, i); n > 0 {
			// "Item  Figure / ----  ---- / Width of the belt  18 km": a
			// table's rows, data, not short lines to join or skip.
			lines = append(lines, line{kind: kindList, items: items, gap: true})
			i += n - 1
			last = ""
			continue
		}
		if text, n := attendanceList(raw, i); n > 0 {
			// "PRESENT" / "IH   Ingrid Halvorsen, Chief Executive, …":
			// who took part, one paragraph naming them; each line is
			// still the label that says whom the initials stand for.
			for _, r := range raw[i : i+n] {
				lines = append(lines, line{text: strings.Join(strings.Fields(r), " "), why: whyLabel})
			}
			lines = append(lines, line{text: text})
			i += n - 1
			last = ""
			continue
		}
		r := strings.ReplaceAll(raw[i], "\r", "")
		prev := last
		last = r
		if n := len(lines); n > 0 {
			// "> A man who tells an audience of millions which city to" /
			// "> shell next …": a quoted block hard-wrapped, its lines
			// marked alike, is one paragraph, marked once.
			if mark, rest, ok := sameQuoteMark(prev, r); ok && (continues(strings.TrimPrefix(lines[n-1].text, mark), rest) || width > 0 && wrapped(strings.TrimPrefix(prev, mark), rest, width)) {
				lines[n-1].text = joinWrapped(lines[n-1].text, rest)
				continue
			}
		}
		if n := len(lines); n > 0 && (continues(lines[n-1].text, r) || width > 0 && wrapped(prev, r, width)) {
			lines[n-1].text = joinWrapped(lines[n-1].text, r)
			continue
		}
		if k, ok := captionRun(lines, r); ok {
			// "UKRAINE" / "Complainant" / "represented by: …": a
			// caption's short lines and the clause that runs on from
			// them are one statement of who is who.
			parts := []string{}
			for _, ln := range lines[k:] {
				parts = append(parts, strings.TrimSpace(ln.text))
			}
			lines = append(lines[:k], line{text: strings.Join(parts, ", ") + ", " + strings.TrimSpace(r), caption: true})
			continue
		}
		lines = append(lines, line{text: r})
	}
	return lines
}

// attendanceList reads a record's list of people under its label, one
// a line, from raw[i] (page.yaml attendance_labels and field_labels:
// "PRESENT", then "IH Ingrid Halvorsen, Chief Executive, Wildguard
// International (Chair)"), up to an empty line: one line "PRESENT: IH
// Ingrid Halvorsen, Chief Executive, …; VL Viktor Lasko, …", as
// written, and how many raw lines it took; 0 when raw[i] opens no such
// list of two people or more.
func attendanceList(raw []string, i int) (string, int) {
	label := strings.TrimSpace(raw[i])
	key := strings.ToLower(strings.TrimRight(label, ":"))
	if !recordLabel(key) {
		return "", 0
	}
	var people []string
	j := i + 1
	for ; j < len(raw); j++ {
		t := strings.Join(strings.Fields(raw[j]), " ")
		if t == "" {
			break
		}
		ini, name, _, ok := initialsFirst(t)
		if !ok || !initialsOf(name, ini) || endsSentence(t) {
			return "", 0
		}
		people = append(people, t)
	}
	if len(people) < 2 {
		return "", 0
	}
	return strings.TrimRight(label, ":") + ": " + strings.Join(people, "; "), j - i
}

// captionRun reports a line running on from a block of short lines above
// it (at most maxCaptionLines of them, each a few words with no
// sentence's end, the block opening the text or after an empty line)
// with a phrase that continues a caption (page.yaml caption_runs): a
// party and its role, then "represented by: …". start is where the
// block begins in lines.
func captionRun(lines []line, r string) (start int, ok bool) {
	t := strings.ToLower(strings.TrimSpace(r))
	if !slices.ContainsFunc(pageWords().captionRuns, func(p string) bool { return strings.HasPrefix(t, p) }) {
		return 0, false
	}
	start = len(lines)
	for ; start > 0; start-- {
		s := strings.TrimSpace(lines[start-1].text)
		if s == "" {
			break
		}
		if lines[start-1].kind != kindRaw || wordCount(s) > maxCaptionWords || endsSentence(s) {
			return 0, false
		}
	}
	n := len(lines) - start
	return start, n > 0 && n <= maxCaptionLines
}

// A caption's block (captionRun): at most maxCaptionLines lines of at most
// maxCaptionWords words each.
const (
	maxCaptionLines = 3
	maxCaptionWords = 4
)

// continues reports whether next is the wrapped rest of prev's sentence.
func continues(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	if prev == "" || next == "" || len(prev) < 40 || endsSentence(prev) && !strings.HasSuffix(prev, ",") || reEndsClock.MatchString(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// reEndsClock is a line ending in a time of day after a separator or a
// date: a post's or a message's heading ("> Reply by @lysse_grumbler |
// 26 Apr 2078, 10:52"), whose next line is the post, however it opens.
var reEndsClock = regexp.MustCompile(`(?:[|·•,]|\d{4})\s*\d{1,2}:\d{2}$`)

// sameQuoteMark reports a line quoted as the one before it is, with the
// same marks ("> ", ">> ", as e-mail and plain-text newsletters quote):
// the marks, and the line without them.
func sameQuoteMark(prev, next string) (mark, rest string, ok bool) {
	mark = quoteMark(prev)
	if mark == "" || quoteMark(next) != mark {
		return "", "", false
	}
	return mark, strings.TrimPrefix(next, mark), true
}

// quoteMark is the run of ">" (and the spaces after them) a quoted line
// opens with, or "".
func quoteMark(s string) string {
	i := 0
	for i < len(s) && (s[i] == '>' || s[i] == ' ' && i > 0) {
		i++
	}
	if i == 0 || s[0] != '>' {
		return ""
	}
	return s[:i]
}

// joinWrapped joins a wrapped line to the text before it: with a space,
// or, where a word was hyphenated across the break ("journal-" /
// "ists", "Hallvard-" / "sen", as PDF text keeps it), back into the word,
// without its hyphen. A hyphen after a lone letter or a digit ("e-",
// "2-") stays.
func joinWrapped(text, next string) string {
	text, next = strings.TrimRight(text, " \t"), strings.TrimSpace(next)
	if before, ok := strings.CutSuffix(text, "-"); ok && len(before) > 1 {
		r1, _ := utf8.DecodeLastRuneInString(before)
		r0, _ := utf8.DecodeLastRuneInString(before[:len(before)-utf8.RuneLen(r1)])
		n, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(r1) && unicode.IsLetter(r0) && unicode.IsLower(n) {
			return before + next
		}
	}
	return text + " " + next
}
