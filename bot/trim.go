package bot

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/talksbot/talksbot/index"
)

// A phone shows about 40 characters a line; a passage of 900 is a whole
// screen. trimPassage keeps the sentences that answer — those holding the
// question's words — and marks every cut with an ellipsis. What it keeps
// is the article's text exactly; only whole sentences are left out, or,
// when one sentence alone is too long, its ends beyond a word boundary.

// cutMark stands where text was left out.
const cutMark = "…"

// trimmed is a passage as shown: pieces of its text, verbatim, with an
// ellipsis wherever something between or around them was left out, and
// the bold marks rebased onto Text.
type trimmed struct {
	Text  string
	Marks []index.Mark
	Cut   bool
}

// trimPassage shortens text (its bold marks and where the question's
// words are, matches) to at most max characters (Len) when it is longer.
func trimPassage(text string, marks, matches []index.Mark, max int) trimmed {
	if lead := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace)); lead > 0 {
		text = text[lead:]
		marks, matches = shiftMarks(marks, -lead), shiftMarks(matches, -lead)
	}
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	marks, matches = validMarks(text, marks), validMarks(text, matches)
	if Len(text) <= max {
		return trimmed{Text: text, Marks: validMarks(text, marks)}
	}
	if len(matches) == 0 {
		matches = marks
	}
	sents := sentenceSpans(text)
	// How much of the question each sentence holds: its distinct matched
	// words, the bold (rare) ones counting double.
	score := make([]int, len(sents))
	for i, s := range sents {
		seen := map[string]bool{}
		for _, m := range matches {
			if m.Start < s.start || m.End > s.end {
				continue
			}
			// A range may hold several words ("security guarantees").
			for _, w := range strings.Fields(strings.ToLower(text[m.Start:m.End])) {
				if !seen[w] {
					seen[w] = true
					score[i]++
				}
			}
		}
		for _, m := range marks {
			if m.Start >= s.start && m.End <= s.end {
				score[i]++
			}
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })

	var keep []span
	used := 0
	for _, i := range order {
		if len(keep) > 0 && score[i] == 0 {
			break
		}
		s := sents[i]
		cost := Len(text[s.start:s.end]) + Len(" "+cutMark+" ")
		if len(keep) > 0 && used+cost > max {
			continue
		}
		if len(keep) == 0 && cost > max {
			// One sentence too long for the room: a window of it, at word
			// boundaries, that holds its first matched word.
			keep = append(keep, window(text, s, matches, max-2*Len(cutMark+" ")))
			break
		}
		keep = append(keep, s)
		used += cost
	}
	sort.Slice(keep, func(a, b int) bool { return keep[a].start < keep[b].start })
	return assemble(text, keep, marks)
}

// assemble joins the kept spans of text with an ellipsis at every gap
// and rebases the marks that fall inside them.
func assemble(text string, keep []span, marks []index.Mark) trimmed {
	var sb strings.Builder
	var out []index.Mark
	at := 0 // end of the last kept span in text
	for i, k := range keep {
		switch {
		case i == 0 && k.start > 0:
			sb.WriteString(cutMark + " ")
		case i > 0 && strings.TrimSpace(text[at:k.start]) != "":
			sb.WriteString(" " + cutMark + " ")
		case i > 0:
			sb.WriteString(" ")
		}
		base := sb.Len()
		sb.WriteString(text[k.start:k.end])
		for _, m := range marks {
			s, e := max(m.Start, k.start), min(m.End, k.end)
			if s < e && strings.TrimSpace(text[s:e]) == text[s:e] {
				out = append(out, index.Mark{Start: base + s - k.start, End: base + e - k.start})
			}
		}
		at = k.end
	}
	if strings.TrimSpace(text[at:]) != "" {
		sb.WriteString(" " + cutMark)
	}
	return trimmed{Text: sb.String(), Marks: out, Cut: true}
}

// window is the part of sentence s, at most max long and cut at word
// boundaries, that starts at the sentence or, if the first matched word
// lies too far in, a little before that word.
func window(text string, s span, matches []index.Mark, max int) span {
	start := s.start
	for _, m := range matches {
		if m.Start >= s.start && m.End <= s.end {
			if Len(text[s.start:m.End]) > max*2/3 {
				start = wordStartBefore(text, m.Start, max/4, s.start)
			}
			break
		}
	}
	end, length := start, 0
	for i, r := range text[start:s.end] {
		if length > max {
			break
		}
		if unicode.IsSpace(r) {
			end = start + i
		}
		length += utf16.RuneLen(r)
	}
	if length <= max {
		end = s.end
	}
	if end <= start { // a single word longer than max: keep it whole
		end = s.end
	}
	return span{start, strings.LastIndexFunc(text[:end], func(r rune) bool { return !unicode.IsSpace(r) }) + 1}
}

// wordStartBefore is the start of the word beginning about back
// characters before i (not before floor).
func wordStartBefore(text string, i, back, floor int) int {
	j := i
	for n := 0; j > floor && n < back; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
	}
	for j > floor {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	for j < i {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return j
}

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// sentenceSpans splits text into sentences: after '.', '!', '?' or '…'
// (and any closing quotes or brackets) where a space and a capital
// letter, digit or opening quote follow — but not after an initial
// ("J."), an abbreviation with inner stops ("U.S.") or a title ("Mr.",
// "Gen."). The spans cover text without the spaces
// between sentences.
func sentenceSpans(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune("\"'”’)]»", c) {
				break
			}
			j += n
		}
		k := j
		for k < len(text) {
			c, n := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(c) {
				break
			}
			k += n
		}
		if k == j || k >= len(text) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"'“‘«", next) {
			continue
		}
		if r == '.' && abbreviated(text[start:i-1]) {
			continue
		}
		out = append(out, span{start, j})
		start = k
		i = k
	}
	if end := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) }) + 1; end > start {
		out = append(out, span{start, end})
	}
	return out
}

// abbreviated reports whether s ends in a word that takes a full stop
// without ending the sentence: an initial ("J"), a word with inner stops
// ("U.S") or a title or month ("Mr", "Gen", "Dec"). A number ("Article
// 5.") ends a sentence. The titles are corpus/passages.go's, which splits
// long paragraphs by the same rule.
func abbreviated(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"“", r) })
	w := s[i+1:]
	first, _ := utf8.DecodeRuneInString(w)
	if (utf8.RuneCountInString(w) == 1 && unicode.IsLetter(first)) || strings.Contains(w, ".") {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "vs", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// validMarks keeps the marks that lie inside text.
func validMarks(text string, marks []index.Mark) []index.Mark {
	var out []index.Mark
	for _, m := range marks {
		if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
			out = append(out, m)
		}
	}
	return out
}

func shiftMarks(marks []index.Mark, by int) []index.Mark {
	out := make([]index.Mark, len(marks))
	for i, m := range marks {
		out[i] = index.Mark{Start: m.Start + by, End: m.End + by}
	}
	return out
}
