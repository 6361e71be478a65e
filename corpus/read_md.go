package corpus

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// readMarkdown reads the front matter's metadata (the same keys and the
// same checks as a sidecar) and the body's blocks, parsed by goldmark:
// headings, paragraphs, lists (one line each, with their items), block
// quotes as text; code blocks and images are left out.
func readMarkdown(data []byte) (reading, error) {
	var raw []byte
	// adrg/frontmatter finds the block between "---" lines; its keys are
	// read by decodeMeta, as a sidecar's are.
	format := frontmatter.NewFormat("---", "---", func(b []byte, _ any) error {
		raw = append([]byte(nil), b...)
		return nil
	})
	body, err := frontmatter.Parse(bytes.NewReader(data), nil, format)
	if err != nil {
		return reading{}, fmt.Errorf("%w: front matter: %v", ErrMalformed, err)
	}
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("---")) && len(body) == len(data) {
		return reading{}, fmt.Errorf("%w: front matter is not closed by a --- line", ErrMalformed)
	}
	meta, warnings, err := decodeMeta(raw)
	if err != nil {
		return reading{}, fmt.Errorf("%w: front matter: %v", ErrMalformed, err)
	}
	for i, w := range warnings {
		warnings[i] = "front matter: " + w
	}
	return reading{lines: markdownLines(body), meta: meta, warnings: warnings}, nil
}

// markdownLines turns a Markdown body into lines, one per block.
func markdownLines(src []byte) []line {
	md := mdReader{src: src}
	doc := mdParser().Parse(text.NewReader(src))
	md.notes = md.footnotes(doc)
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if at := sourceStart(c); at >= 0 {
			md.flushNotes(at)
		}
		md.block(c)
	}
	md.flushNotes(len(src) + 1)
	return md.out
}

type mdReader struct {
	src   []byte
	out   []line
	notes []footnote // footnotes not yet written, in source order
}

// A footnote is one "[^3]: …" definition: where it stood in the source,
// and its text.
type footnote struct {
	at   int
	text string
}

// footnotes are the definitions goldmark gathers in a list at the
// document's end, taken out of it to be written where they stood: under
// the page's "Notes" heading, not its last one.
func (r *mdReader) footnotes(doc ast.Node) []footnote {
	var out []footnote
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		list, ok := c.(*east.FootnoteList)
		if !ok {
			continue
		}
		for f := list.FirstChild(); f != nil; f = f.NextSibling() {
			var parts []string
			for b := f.FirstChild(); b != nil; b = b.NextSibling() {
				if t := r.inline(b); t != "" {
					parts = append(parts, t)
				}
			}
			out = append(out, footnote{at: sourceStart(f), text: strings.Join(parts, " ")})
		}
	}
	slices.SortStableFunc(out, func(a, b footnote) int { return a.at - b.at })
	return out
}

// sourceStart is where n's first line starts in the source; -1 for a
// block with no text (a rule).
func sourceStart(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if at := sourceStart(c); at >= 0 {
			return at
		}
	}
	return -1
}

// flushNotes writes the footnotes that stood before the source offset
// at, those in a row as the items of one list.
func (r *mdReader) flushNotes(at int) {
	var items []string
	for len(r.notes) > 0 && r.notes[0].at < at {
		if t := r.notes[0].text; t != "" {
			items = append(items, t)
		}
		r.notes = r.notes[1:]
	}
	if len(items) > 0 {
		r.out = append(r.out, line{kind: kindList, items: items, gap: true})
	}
}

func (r *mdReader) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
}

func (r *mdReader) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		text := r.inline(n)
		if creditDash(text) {
			// "> — Oksana Tkach, spokesperson …" over "> ---" closing a
			// box: Markdown reads a line over a rule as a heading; a
			// line opening with a dash credits the quotation above.
			r.out = append(r.out, line{text: text, kind: kindPara, gap: true})
			return
		}
		r.out = append(r.out, line{text: text, kind: kindHeading, gap: true})
	case *ast.Paragraph, *ast.TextBlock:
		if alt, ok := r.imageOnly(n); ok {
			r.out = append(r.out, line{text: alt, why: whyImage, gap: true})
			return
		}
		for _, text := range r.labelLines(n) {
			r.out = append(r.out, line{text: text, kind: kindPara, gap: true})
		}
	case *ast.List:
		var items []string
		r.items(n, &items)
		if len(items) > 0 {
			r.out = append(r.out, line{kind: kindList, items: items, gap: true})
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		if first := firstLine(n, r.src); first != "" {
			r.out = append(r.out, line{text: first, why: whyCode, gap: true})
		}
	case *ast.HTMLBlock:
		// Raw HTML in Markdown is page markup, not article text.
		if first := firstLine(n, r.src); first != "" {
			r.out = append(r.out, line{text: first, why: "raw HTML", gap: true})
		}
	case *east.Table:
		// "| **Signed** | 19 April 2063 |": a table's rows, each one
		// item of a list, its cells under their column's heading.
		if items := r.tableRows(n); len(items) > 0 {
			r.out = append(r.out, line{kind: kindList, items: items, gap: true})
		}
	case *east.FootnoteList:
		// Written where each note stood (footnotes, flushNotes).
	case *ast.ThematicBreak:
	default: // block quotes and what extensions add: their blocks are text
		r.blocks(n)
	}
}

// mdParser reads CommonMark and the tables and footnotes GitHub's
// Markdown adds, as saved explainers and reports set them ("| Sector |
// Violations |", "altogether.[^3]").
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote)).Parser()
})

// tableRows writes a table's rows as the items of a list: each cell
// after its column's heading ("Sector: North, Violations: 12"), or, in
// a box of names and values whose heading row is a title or empty
// ("| Istanbul Gas Transit Agreement | |" over "| **Signed** | 19 April
// 2063 |"), the name, a colon and the value; the title first.
func (r *mdReader) tableRows(t *east.Table) []string {
	var head []string
	var rows [][]string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.inline(c)))
		}
		if _, ok := row.(*east.TableHeader); ok {
			head = cells
			continue
		}
		rows = append(rows, cells)
	}
	return tableItems(head, rows)
}

// tableItems writes a table's rows (cells under the heading row head) as
// the items of a list, as tableRows says; a plain-text table is written
// the same way (read_texttable.go).
func tableItems(head []string, rows [][]string) []string {
	labelled := len(head) > 1 && !slices.Contains(head, "")
	if items := whosWhoRows(head, rows); items != nil {
		return items
	}
	var items []string
	if !labelled {
		if title := strings.Join(slices.DeleteFunc(slices.Clone(head), func(c string) bool { return c == "" }), ", "); title != "" {
			items = append(items, title)
		}
	}
	for _, cells := range rows {
		var parts []string
		for i, c := range cells {
			switch {
			case c == "":
			case labelled && i < len(head):
				parts = append(parts, strings.TrimSuffix(head[i], ":")+": "+c)
			case !labelled && len(cells) == 2 && i == 0:
				parts = append(parts, strings.TrimSuffix(c, ":")+":")
			default:
				parts = append(parts, c)
			}
		}
		if item := strings.Join(parts, ", "); item != "" {
			items = append(items, strings.ReplaceAll(item, ":, ", ": "))
		}
	}
	return items
}

// whosWhoRows writes a table of people as who's-who lines: under
// headings naming a name column and a role column (data/page.yaml
// table_columns), each row is "Name — Role, Body" ("Arkady Voronin —
// Head of delegation; Deputy Minister of Culture, Ministry of Culture of
// the Russian Federation"), as a list of people prints it. Nil for any
// other table.
func whosWhoRows(head []string, rows [][]string) []string {
	lx := pageWords()
	name, role, body := -1, -1, -1
	for i, h := range head {
		switch k := strings.ToLower(strings.Trim(h, " *_:")); {
		case lx.nameColumn[k] && name < 0:
			name = i
		case lx.roleColumn[k] && role < 0:
			role = i
		case lx.bodyColumn[k] && body < 0:
			body = i
		}
	}
	if name < 0 || role < 0 {
		return nil
	}
	var items []string
	for _, cells := range rows {
		if name >= len(cells) || cells[name] == "" {
			continue
		}
		item := cells[name]
		if role < len(cells) && cells[role] != "" {
			item += " — " + cells[role]
		}
		if body >= 0 && body < len(cells) && cells[body] != "" {
			item += ", " + cells[body]
		}
		items = append(items, item)
	}
	return items
}

// items collects the text of each list item; a nested list's items
// follow their parent's.
func (r *mdReader) items(list ast.Node, out *[]string) {
	for it := list.FirstChild(); it != nil; it = it.NextSibling() {
		var parts []string
		var nested []ast.Node
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Kind() == ast.KindList {
				nested = append(nested, c)
				continue
			}
			if t := r.inline(c); t != "" {
				parts = append(parts, t)
			}
		}
		if len(parts) > 0 {
			*out = append(*out, strings.Join(parts, " "))
		}
		for _, l := range nested {
			r.items(l, out)
		}
	}
}

// labelLines is a paragraph's text, one line of it apart when each of its
// lines opens with a label ("**Host:** Rachel Okafor" over "**Guests:** Dr
// Ingrid Solberg, …"): a page of show notes or a transcript's header, whose
// lines Markdown would run together. Otherwise the paragraph, whole.
func (r *mdReader) labelLines(n ast.Node) []string {
	var sb strings.Builder
	r.inlineTo(n, &sb)
	raw := sb.String()
	if lines := strings.Split(strings.TrimSpace(raw), "\n"); len(lines) > 1 {
		labelled := true
		for _, l := range lines {
			labelled = labelled && opensWithLabel(strings.TrimSpace(l))
		}
		if labelled || r.emphasisLines(n) || r.bylineOverLine(n) {
			for i, l := range lines {
				lines[i] = normSpace(l)
			}
			return lines
		}
		if blockLines(lines) {
			// "Mateo Ferrandi" over "Spokesman, Office of Public
			// Information" over "Phone: …": a contact block's fields,
			// which Markdown would run together as one sentence.
			for i, l := range lines {
				lines[i] = strings.TrimRight(normSpace(l), ",")
			}
			return []string{strings.Join(lines, ", ")}
		}
	}
	return []string{normSpace(raw)}
}

// blockLines reports a paragraph's lines to be a block of short fields,
// one a line, none closing a sentence: a signature, an address, a
// contact block.
func blockLines(lines []string) bool {
	if len(lines) < minBlockLines && !(len(lines) == 2 && nameShaped(strings.TrimSpace(lines[0]))) {
		// Two lines only as a signature: "Zuzana Kováčová" over
		// "Minister of Foreign and European Affairs".
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || wordCount(l) > maxBlockLineWords || strings.ContainsAny(l[len(l)-1:], ".!?;:\"”") {
			return false
		}
	}
	return true
}

// minBlockLines and maxBlockLineWords bound a block of fields: three
// lines or more, of a few words each.
const (
	minBlockLines     = 3
	maxBlockLineWords = 8
)

// emphasisLines reports a paragraph each of whose lines is set in
// italics as a whole ("*Borderlines & Branch Lines — a blog …*" over
// "*Posted 23 April 2057 by Agnieszka Wróbel*"): a page's lines of
// furniture, a tagline over a byline, that Markdown would run together.
func (r *mdReader) emphasisLines(n ast.Node) bool {
	ls := n.Lines()
	if ls == nil || ls.Len() < 2 {
		return false
	}
	for i := range ls.Len() {
		seg := ls.At(i)
		l := strings.TrimSpace(string(seg.Value(r.src)))
		// In italics, not bold: "**Q: …?**" over "*- Olena, Lviv*" is
		// a reader's question and its signature, one passage.
		if len(l) < 3 || !(l[0] == '*' || l[0] == '_') || l[len(l)-1] != l[0] || l[1] == l[0] {
			return false
		}
	}
	return true
}

// bylineOverLine reports a paragraph of two lines whose first is a
// byline set in emphasis as a whole ("**By Annika Feldt, Economics
// Correspondent**") over a plain line of its own ("LYSSE, Wednesday 27
// April 2078 - updated …"): a head's lines, which Markdown would run
// into one byline naming the dateline's place as a second writer.
func (r *mdReader) bylineOverLine(n ast.Node) bool {
	ls := n.Lines()
	if ls == nil || ls.Len() != 2 {
		return false
	}
	seg := ls.At(0)
	l := strings.TrimSpace(string(seg.Value(r.src)))
	if len(l) < 6 || !(l[0] == '*' || l[0] == '_') || l[len(l)-1] != l[0] {
		return false
	}
	body := strings.TrimLeft(l, "*_")
	if len(body) <= 3 || !strings.EqualFold(body[:3], "by ") {
		return false
	}
	// "*The Southern Courier* | Friday, April 20, 2029" under it: the
	// outlet and date the byline reader takes with the name, joined.
	seg = ls.At(1)
	next := strings.TrimSpace(string(seg.Value(r.src)))
	return next != "" && next[0] != '*' && next[0] != '_'
}

// opensWithLabel reports a line that opens with a short label and a colon:
// "Host: Rachel Okafor", "Guests: …", "Prepared by: …".
func opensWithLabel(l string) bool {
	label, rest, ok := strings.Cut(l, ":")
	if open := strings.IndexByte(label, '('); open > 0 && strings.HasSuffix(strings.TrimSpace(label), ")") {
		// "Guest (on the line from Tarnholm): …": an aside in brackets
		// says more of the label; it is no longer a label for it.
		label = label[:open]
	}
	if !ok || strings.TrimSpace(rest) == "" || wordCount(label) > 3 || label == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(label)
	return unicode.IsUpper(first)
}

// inline writes a block's inline content as plain text: emphasis and
// code marks go, links keep their text, images and inline HTML tags go.
func (r *mdReader) inline(n ast.Node) string {
	var sb strings.Builder
	r.inlineTo(n, &sb)
	return normSpace(sb.String())
}

func (r *mdReader) inlineTo(n ast.Node, sb *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(r.src)
			if !c.IsRaw() {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			sb.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte('\n') // a space once normalised; labelLines parts lines at it
			}
		case *ast.String:
			sb.Write(c.Value)
		case *ast.AutoLink:
			sb.Write(c.Label(r.src))
		case *ast.Image, *ast.RawHTML:
		default: // emphasis, links, code spans: their text
			r.inlineTo(c, sb)
		}
	}
}

// imageOnly reports a paragraph that is only images, and their alt text.
func (r *mdReader) imageOnly(n ast.Node) (string, bool) {
	var alts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			alts = append(alts, r.inline(c))
		case *ast.Text:
			if len(bytes.TrimSpace(c.Value(r.src))) > 0 {
				return "", false
			}
		default:
			return "", false
		}
	}
	if len(alts) == 0 {
		return "", false
	}
	return strings.Join(alts, " "), true
}

// firstLine is the first line of a code or HTML block, for the record.
func firstLine(n ast.Node, src []byte) string {
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		if t := normSpace(string(seg.Value(src))); t != "" {
			return t
		}
	}
	return ""
}

// creditDash reports a line opening with a dash and a space, as the
// credit under a quotation is set ("— Oksana Tkach, spokesperson").
func creditDash(text string) bool {
	for _, d := range []string{"— ", "– ", "― "} {
		if strings.HasPrefix(text, d) {
			return true
		}
	}
	return false
}
