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
