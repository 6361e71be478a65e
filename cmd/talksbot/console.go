package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"
)

// A terminal gets colour and wrapped lines; anything else (a pipe, a
// file, a log) gets the plain text, the same Markdown Discord users read,
// and never a progress bar's carriage returns. NO_COLOR (no-color.org)
// and TERM=dumb turn colour off on a terminal too.

// console is what an output stream is.
type console struct {
	tty   bool
	color bool
	width int // columns, when tty
}

// ttyWriter lets tests stand in for a terminal.
type ttyWriter interface {
	Terminal() (width int)
}

// consoleOf looks at w.
func consoleOf(w io.Writer) console {
	width := 0
	switch t := w.(type) {
	case ttyWriter:
		width = t.Terminal()
	case *os.File:
		fd := int(t.Fd())
		if !term.IsTerminal(fd) {
			return console{}
		}
		if width, _, _ = term.GetSize(fd); width <= 0 {
			width = 80
		}
	default:
		return console{}
	}
	return console{
		tty:   true,
		width: width,
		color: os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
	}
}

// ANSI styles.
const (
	styleBold  = "\x1b[1m"
	styleDim   = "\x1b[2m"
	styleCyan  = "\x1b[36m"
	styleReset = "\x1b[0m"
)

// maxLine keeps wrapped text readable on a wide terminal.
const maxLine = 100

// citeMark is a citation number in an answer's text: " [3]".
var citeMark = regexp.MustCompile(`\[\d+\]`)

// answer renders a reply's Markdown for c: unchanged unless c is a
// terminal; there, bold shows as bold (or, without colour, as plain
// text), citation numbers and sources are dimmed, and lines wrap at the
// terminal's width with quotes keeping their "> " bar.
func (c console) answer(md string) string {
	if !c.tty {
		return md
	}
	width := min(max(c.width, 20), maxLine)
	var b strings.Builder
	sources := false
	for i, line := range strings.Split(strings.TrimSuffix(md, "\n"), "\n") {
		prefix, indent := "", ""
		switch {
		case strings.HasPrefix(line, "> "):
			prefix, indent, line = "> ", "> ", line[2:]
		case sources && citeMark.MatchString(line) && strings.HasPrefix(line, "["):
			indent = "    "
		}
		if line == "Sources:" || line == "Passages:" {
			sources = line == "Sources:"
			if c.color {
				line = styleBold + line + styleReset
			}
		} else {
			line = c.inline(line, i == 0, sources)
		}
		b.WriteString(wrap(prefix+line, indent, width))
		b.WriteByte('\n')
	}
	return b.String()
}

// inline turns ** into bold (or drops it) and dims citation marks.
func (c console) inline(line string, intro, sources bool) string {
	parts := strings.Split(line, "**")
	if len(parts)%2 == 0 { // an unpaired marker is the article's own text
		parts = []string{line}
	}
	var b strings.Builder
	for i, p := range parts {
		if i%2 == 1 && c.color {
			b.WriteString(styleBold + p + styleReset)
			continue
		}
		b.WriteString(p)
	}
	out := b.String()
	if !c.color {
		return out
	}
	switch {
	case intro:
		return styleBold + out + styleReset
	case sources:
		return styleDim + out + styleReset
	}
	return citeMark.ReplaceAllStringFunc(out, func(m string) string { return styleCyan + m + styleReset })
}

// ansi matches an escape sequence, which takes no room on the screen.
var ansi = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// visible is how many columns s takes.
func visible(s string) int { return utf8.RuneCountInString(ansi.ReplaceAllString(s, "")) }

// wrap breaks line at spaces so that no line is wider than width,
// starting continuation lines with indent. A word longer than the line
// stays whole.
func wrap(line, indent string, width int) string {
	if visible(line) <= width {
		return line
	}
	var b strings.Builder
	cur := 0
	for i, word := range strings.Split(line, " ") {
		w := visible(word)
		switch {
		case i == 0:
		case cur+1+w > width && cur > visible(indent):
			b.WriteString("\n" + indent)
			cur = visible(indent)
		default:
			b.WriteByte(' ')
			cur++
		}
		b.WriteString(word)
		cur += w
	}
	return b.String()
}

// column alignments for table.
const (
	left = iota
	right
)

// table lays rows out in aligned columns two spaces apart; the last
// column is not padded. On a terminal a row is cut to the width.
func (c console) table(rows [][]string, align []int) string {
	widths := make([]int, len(align))
	for _, r := range rows {
		for i, cell := range r[:len(r)-1] {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		var line strings.Builder
		for i, cell := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			pad := strings.Repeat(" ", max(widths[i]-utf8.RuneCountInString(cell), 0))
			switch {
			case i == len(r)-1:
				line.WriteString(cell)
			case align[i] == right:
				line.WriteString(pad + cell)
			default:
				line.WriteString(cell + pad)
			}
		}
		s := strings.TrimRight(line.String(), " ")
		if c.tty && utf8.RuneCountInString(s) > c.width && c.width > 1 {
			s = string([]rune(s)[:c.width-1]) + "…"
		}
		b.WriteString(s + "\n")
	}
	return b.String()
}
