package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// textHeader reads the "Key: value" lines a plain-text article may open
// with, as exports and e-mails write them ("Title: …", "Outlet: …",
// "Author: …", "Date: …"): the keys of a sidecar or a front matter, two
// of them or more, one a line, ended by an empty line. They are read as
// a sidecar's are (metaOf), though a value may hold a colon ("Title:
// Letters: Baku is a start"). It returns the metadata, what reading it
// says, and the text after the header; ok is false when the text opens
// otherwise, and nothing is taken from it.
func textHeader(data []byte) (m Meta, warnings []string, body []byte, ok bool) {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	fields := metaFields()
	header := &yaml.Node{Kind: yaml.MappingNode}
	rest := strings.TrimLeft(s, "\n")
	n := 0
	for {
		line, after, found := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			if n < 2 {
				return Meta{}, nil, data, false
			}
			m, warnings = metaOf(header)
			return m, warnings, []byte(after), true
		}
		key, val, isKey := strings.Cut(line, ":")
		_, known := fields[strings.ToLower(strings.TrimSpace(key))]
		if !isKey || !known || strings.ContainsAny(key, " \t") || strings.TrimSpace(val) == "" {
			return Meta{}, nil, data, false
		}
		header.Content = append(header.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: n + 1},
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.TrimSpace(val), Line: n + 1})
		n++
		if !found {
			return Meta{}, nil, data, false // a header and nothing after it
		}
		rest = after
	}
}

// readText splits pasted text into lines; everything about structure is
// decided later from the lines themselves. A line that continues the one
// before it in lower case (text hard-wrapped by an e-mail client or a
// terminal) is joined back to it.
func readText(data []byte) []line {
	raw := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	lines := make([]line, 0, len(raw))
	for _, r := range raw {
		r = strings.ReplaceAll(r, "\r", "")
		if n := len(lines); n > 0 && continues(lines[n-1].text, r) {
			lines[n-1].text = strings.TrimRight(lines[n-1].text, " \t") + " " + strings.TrimSpace(r)
			continue
		}
		lines = append(lines, line{text: r})
	}
	return lines
}

// continues reports whether next is the wrapped rest of prev's sentence.
func continues(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	if prev == "" || next == "" || len(prev) < 40 || endsSentence(prev) && !strings.HasSuffix(prev, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}
