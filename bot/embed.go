package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits, in characters (UTF-16 code units).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFields      = 25
	maxFooter      = 2048
	maxEmbedTotal  = 6000
)

// view is an answer ready for Discord: every string is already escaped
// Markdown (Title and Footer are plain text). packEmbed fits it into one
// embed.
type view struct {
	Title string
	URL   string
	// Intro says what the answer is (or that the articles don't say).
	Intro string
	// Blocks are the quotes and passages, best first; each cites by
	// number.
	Blocks []block
	// Citations resolve the numbers, in order.
	Citations []citation
	Footer    string
	Color     int
}

type block struct {
	Text  string // the quote or passage, without its citation marks
	Cites []int
}

// full is the block as shown: its text and citation marks.
func (b block) full() string { return b.Text + citeMarks(b.Cites) }

type citation struct {
	N    int
	Line string // "[n] title · outlet · author · date · section"
}

// cutNote ends a description that had to be shortened.
const cutNote = "\n\n*Shortened to fit Discord.*"

// packEmbed fits v into one embed within every Discord limit: blocks are
// added while they fit, the first that does not is cut at a sentence
// boundary when enough room is left, citations of blocks left out are
// dropped, and the citations are split over fields of at most 1024
// characters. It reports whether anything was left out or cut.
func packEmbed(v view) (*discordgo.MessageEmbed, bool) {
	e := &discordgo.MessageEmbed{Color: v.Color, URL: v.URL}
	cut := false
	var c bool
	e.Title, c = Cut(v.Title, maxTitle)
	cut = cut || c
	if v.Footer != "" {
		f, _ := cutPlain(v.Footer, maxFooter)
		e.Footer = &discordgo.MessageEmbedFooter{Text: f}
	}

	fixed := Len(e.Title)
	if e.Footer != nil {
		fixed += Len(e.Footer.Text)
	}
	// The citations field(s) for all blocks first, to budget the
	// description; recomputed below if blocks are left out.
	fields := citationFields(v.Citations, nil)
	room := min(maxDescription, maxEmbedTotal-fixed-fieldsLen(fields))

	var sb strings.Builder
	used := 0
	add := func(s string) bool {
		if Len(s)+used > room {
			return false
		}
		sb.WriteString(s)
		used += Len(s)
		return true
	}
	intro, c := Cut(v.Intro, room-Len(cutNote))
	cut = cut || c
	add(intro)
	shown := map[int]bool{}
	reserve := Len(cutNote)
	for i, bl := range v.Blocks {
		sep := ""
		if used > 0 {
			sep = "\n\n"
		}
		left := room - used - reserve - Len(sep)
		if i == len(v.Blocks)-1 {
			left = room - used - Len(sep) // the last block needs no note if it fits
		}
		if Len(bl.full()) <= left {
			add(sep + bl.full())
			for _, n := range bl.Cites {
				shown[n] = true
			}
			continue
		}
		cut = true
		if left >= 200 {
			marks := citeMarks(bl.Cites)
			if t, _ := Cut(bl.Text, room-used-reserve-Len(sep)-Len(marks)); t != "" {
				add(sep + t + marks)
				for _, n := range bl.Cites {
					shown[n] = true
				}
			}
		}
		break
	}
	if cut {
		add(cutNote)
	}
	e.Description = sb.String()
	if len(v.Blocks) > 0 {
		fields = citationFields(v.Citations, shown)
	}
	e.Fields = fields
	return e, cut
}

// citationFields puts the citation lines (only those in keep, when keep is
// not nil) into "Sources" fields of at most maxFieldValue characters each,
// breaking between lines.
func citationFields(cs []citation, keep map[int]bool) []*discordgo.MessageEmbedField {
	var fields []*discordgo.MessageEmbedField
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		name := "Sources"
		if len(fields) > 0 {
			name = "Sources (continued)"
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: name, Value: cur.String()})
		cur.Reset()
	}
	for _, c := range cs {
		if keep != nil && !keep[c.N] {
			continue
		}
		line, _ := Cut(c.Line, maxFieldValue)
		if cur.Len() > 0 && Len(cur.String())+1+Len(line) > maxFieldValue {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
		if len(fields) == maxFields {
			break
		}
	}
	if len(fields) < maxFields {
		flush()
	}
	return fields
}

func fieldsLen(fs []*discordgo.MessageEmbedField) int {
	n := 0
	for _, f := range fs {
		n += Len(f.Name) + Len(f.Value)
	}
	return n
}

// cutPlain shortens plain text (no Markdown) at a word boundary.
func cutPlain(s string, max int) (string, bool) {
	if Len(s) <= max {
		return s, false
	}
	out, _ := Cut(s, max)
	if out == "" {
		r := []rune(s)
		for Len(string(r)) > max-1 {
			r = r[:len(r)-1]
		}
		out = string(r) + "…"
	}
	return out, true
}

// embedTotal is the character count Discord checks against 6000.
func embedTotal(e *discordgo.MessageEmbed) int {
	n := Len(e.Title) + Len(e.Description) + fieldsLen(e.Fields)
	if e.Footer != nil {
		n += Len(e.Footer.Text)
	}
	if e.Author != nil {
		n += Len(e.Author.Name)
	}
	return n
}

// citeMarks renders citation numbers as " [1][2]".
func citeMarks(ns []int) string {
	var sb strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&sb, " [%d]", n)
	}
	return sb.String()
}
