package index

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// discordSyntax matches what Discord puts into a message besides words:
// user, role and channel mentions (<@id>, <@!id>, <@&id>, <#id>), custom
// and animated emoji (<:name:id>, <a:name:id>), timestamps (<t:…>), slash
// command mentions (</name:id>), @everyone and @here.
var discordSyntax = regexp.MustCompile(`<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::[a-zA-Z])?|/[\w -]+:\d+)>|@(?:everyone|here)\b`)

// link is a web address left in the text once Markdown is read.
var link = regexp.MustCompile(`<?https?://[^\s>]+>?`)

// spoiler is Discord's ||hidden|| text; the words count, the bars do not.
var spoiler = regexp.MustCompile(`\|\|`)

var markdown = goldmark.New(goldmark.WithExtensions(extension.Strikethrough))

// normalise turns a message as Discord delivers it into the words a member
// typed: Discord syntax removed, Markdown (bold, italics, strike-through,
// spoilers, code, quotes, headings, lists, links) reduced to its text,
// curly apostrophes straightened and spaces collapsed. A question asked
// with mentions, emoji or formatting therefore reads exactly as without.
func normalise(q string) string {
	q = strings.ToValidUTF8(q, " ")
	q = discordSyntax.ReplaceAllString(q, " ")
	q = spoiler.ReplaceAllString(q, " ")
	q = strings.NewReplacer("’", "'", "‘", "'", "`", " ").Replace(q)
	// Spaces are collapsed line by line first: what is left of a line
	// after a mention must not read as an indented code block.
	lines := strings.Split(q, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	src := []byte(strings.Join(lines, "\n"))
	doc := markdown.Parser().Parse(text.NewReader(src))
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(src))
				b.WriteByte(' ')
			}
		case *extast.Strikethrough, *ast.Emphasis, *ast.Link:
			// their text children are written as they come
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(link.ReplaceAllString(b.String(), " ")), " ")
}
