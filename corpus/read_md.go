package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/adrg/frontmatter"
)

var (
	reMdHeading  = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	reMdSetext   = regexp.MustCompile(`^(=+|-+)\s*$`)
	reMdRule     = regexp.MustCompile(`^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	reMdItem     = regexp.MustCompile(`^(?:[-*+]|\d{1,3}[.)])\s+(.*)$`)
	reMdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	reMdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	reMdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reMdEmph     = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)|(^|[\s(])[*_]([^*_\s][^*_]*?)[*_]`)
	reMdCode     = regexp.MustCompile("`([^`]*)`")
	reHTMLTag    = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<!--.*?-->`)
	reMdLinkDefn = regexp.MustCompile(`^\[[^\]]+\]:\s+\S+`)
)

// readMarkdown reads front matter metadata and the body's headings,
// paragraphs and list items.
// The front matter has the same keys as a sidecar and is read by the same
// decodeMeta: an unknown key is a warning naming the closest known one.
func readMarkdown(data []byte) ([]line, Meta, []string, error) {
	var raw []byte
	// adrg/frontmatter finds the block between "---" lines; decodeMeta
	// reads its keys, as a sidecar's are read.
	format := frontmatter.NewFormat("---", "---", func(b []byte, _ any) error {
		raw = append([]byte(nil), b...)
		return nil
	})
	body, err := frontmatter.Parse(bytes.NewReader(data), nil, format)
	if err != nil {
		return nil, Meta{}, nil, fmt.Errorf("%w: front matter: %v", ErrMalformed, err)
	}
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("---")) && len(body) == len(data) {
		return nil, Meta{}, nil, fmt.Errorf("%w: front matter is not closed by a --- line", ErrMalformed)
	}
	meta, warnings, err := decodeMeta(raw)
	if err != nil {
		return nil, Meta{}, nil, fmt.Errorf("%w: front matter: %v", ErrMalformed, err)
	}
	for i, w := range warnings {
		warnings[i] = "front matter: " + w
	}
	return markdownLines(string(body)), meta, warnings, nil
}

// markdownLines turns Markdown text into lines: one per heading, paragraph
// (wrapped lines joined) and list item; code blocks and images are left out.
func markdownLines(body string) []line {
	var out []line
	var para []string
	kind := kindPara
	flush := func() {
		if len(para) > 0 {
			out = append(out, line{text: mdInline(strings.Join(para, " ")), kind: kind, gap: true})
		}
		para, kind = nil, kindPara
	}
	fence := ""
	raw := strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	for i := 0; i < len(raw); i++ {
		l := strings.TrimRight(raw[i], " \t")
		t := strings.TrimSpace(l)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			flush()
			fence = t[:3]
			continue
		case t == "":
			flush()
			continue
		case reMdRule.MatchString(t) && len(para) == 0:
			flush()
			continue
		case reMdLinkDefn.MatchString(t):
			continue
		}
		if m := reMdHeading.FindStringSubmatch(t); m != nil {
			flush()
			out = append(out, line{text: mdInline(m[2]), kind: kindHeading, gap: true})
			continue
		}
		if len(para) > 0 && reMdSetext.MatchString(t) && kind == kindPara {
			text := strings.Join(para, " ")
			para = nil
			out = append(out, line{text: mdInline(text), kind: kindHeading, gap: true})
			continue
		}
		t = strings.TrimSpace(strings.TrimLeft(t, ">")) // block quotes read as text
		if m := reMdItem.FindStringSubmatch(t); m != nil {
			flush()
			para, kind = []string{m[1]}, kindItem
			continue
		}
		para = append(para, t)
	}
	flush()
	return out
}

// mdInline strips inline Markdown: images go, links keep their text,
// emphasis and code marks are dropped.
func mdInline(s string) string {
	if reMdImageOnly.MatchString(strings.TrimSpace(s)) {
		return strings.TrimSpace(s) // left whole for cleaning to record
	}
	s = reMdImage.ReplaceAllString(s, "")
	s = reMdLink.ReplaceAllString(s, "$1")
	s = reMdRefLink.ReplaceAllString(s, "$1")
	s = reMdCode.ReplaceAllString(s, "$1")
	for i := 0; i < 3; i++ {
		n := reMdEmph.ReplaceAllString(s, "$2$4$5")
		if n == s {
			break
		}
		s = n
	}
	s = reHTMLTag.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, `\`, "")
	return strings.TrimSpace(s)
}
