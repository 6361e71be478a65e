package main

import (
	"html"
	"net/url"
	"strings"
)

// markdown renders the subset of Discord's Markdown the bot sends — bold,
// italics, inline code, block quotes, masked links with hover titles,
// backslash escapes — as HTML. It is for looking at replies, not a full
// Discord parser: what it does not know it shows as text.
func markdown(s string) string {
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "> ") || lines[i] == ">" {
			b.WriteString(`<blockquote>`)
			for ; i < len(lines) && (strings.HasPrefix(lines[i], "> ") || lines[i] == ">"); i++ {
				b.WriteString(inline(strings.TrimPrefix(strings.TrimPrefix(lines[i], ">"), " ")))
				b.WriteString("<br>")
			}
			b.WriteString(`</blockquote>`)
			i--
			continue
		}
		b.WriteString(inline(lines[i]))
		if i < len(lines)-1 {
			b.WriteString("<br>")
		}
	}
	return b.String()
}

// inline renders one line's inline Markdown.
func inline(s string) string {
	var b strings.Builder
	bold, italic := false, false
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs) && isPunct(rs[i+1]):
			i++
			b.WriteString(html.EscapeString(string(rs[i])))
		case r == '*' && i+1 < len(rs) && rs[i+1] == '*':
			i++
			if bold {
				b.WriteString("</strong>")
			} else {
				b.WriteString("<strong>")
			}
			bold = !bold
		case (r == '*' || r == '_') && (italic || closes(rs, i, r)):
			if italic {
				b.WriteString("</em>")
			} else {
				b.WriteString("<em>")
			}
			italic = !italic
		case r == '`':
			end := indexRune(rs, i+1, '`')
			if end < 0 {
				b.WriteString("`")
				continue
			}
			b.WriteString("<code>" + html.EscapeString(string(rs[i+1:end])) + "</code>")
			i = end
		case r == '[':
			if text, href, title, n, ok := link(rs, i); ok {
				b.WriteString(`<a href="` + html.EscapeString(href) + `" title="` + html.EscapeString(title) + `">` + inline(text) + `</a>`)
				i = n
				continue
			}
			b.WriteString("[")
		case r == '\u200b':
		default:
			b.WriteString(html.EscapeString(string(r)))
		}
	}
	if italic {
		b.WriteString("</em>")
	}
	if bold {
		b.WriteString("</strong>")
	}
	return b.String()
}

func isPunct(r rune) bool { return strings.ContainsRune("\\*_~`|<>[]()#-+.!@", r) }

// closes reports whether the emphasis marker at i has a partner later on
// the line (a lone * is shown as is).
func closes(rs []rune, i int, m rune) bool {
	if i+1 >= len(rs) || rs[i+1] == ' ' {
		return false
	}
	for j := i + 1; j < len(rs); j++ {
		if rs[j] == '\\' {
			j++
			continue
		}
		if rs[j] == m && (m != '*' || j+1 >= len(rs) || rs[j+1] != '*') && rs[j-1] != ' ' {
			return true
		}
	}
	return false
}

func indexRune(rs []rune, from int, r rune) int {
	for j := from; j < len(rs); j++ {
		if rs[j] == r {
			return j
		}
	}
	return -1
}

// link reads [text](url "title") at i; n is the index of its last rune.
func link(rs []rune, i int) (text, href, title string, n int, ok bool) {
	depth := 0
	close := -1
	for j := i; j < len(rs); j++ {
		if rs[j] == '\\' {
			j++
			continue
		}
		if rs[j] == '[' {
			depth++
		}
		if rs[j] == ']' {
			depth--
			if depth == 0 {
				close = j
				break
			}
		}
	}
	if close < 0 || close+1 >= len(rs) || rs[close+1] != '(' {
		return "", "", "", 0, false
	}
	end := indexRune(rs, close+2, ')')
	if end < 0 {
		return "", "", "", 0, false
	}
	target := string(rs[close+2 : end])
	href, title, _ = strings.Cut(target, " ")
	title = strings.Trim(title, `"`)
	if u, err := url.Parse(href); err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return "", "", "", 0, false
	}
	return string(rs[i+1 : close]), href, title, end, true
}
