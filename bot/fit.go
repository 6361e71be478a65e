package bot

import "github.com/bwmarrin/discordgo"

// maxEmbeds is Discord's limit on embeds per message.
const maxEmbeds = 10

// fit makes any response (including those of commands added through
// Options.Extra) acceptable to Discord: content, embed texts, field counts
// and the 6000-character total are cut to the limits at sentence or word
// boundaries. Answers are already laid out in phone-sized pages
// (view.go); this is the safety net every reply passes through.
func fit(resp *Response) *Response {
	out := *resp
	out.Content, _ = Cut(resp.Content, maxContent)
	if len(resp.Embeds) > maxEmbeds {
		out.Embeds = resp.Embeds[:maxEmbeds]
	}
	total := 0 // content does not count towards the embeds' 6000
	embeds := make([]*discordgo.MessageEmbed, 0, len(out.Embeds))
	for _, e := range out.Embeds {
		if e == nil {
			continue
		}
		f := fitEmbed(e, maxEmbedTotal-total)
		total += embedTotal(f)
		embeds = append(embeds, f)
	}
	if out.Embeds != nil {
		out.Embeds = embeds
	}
	return &out
}

// fitEmbed returns e, or a copy cut to Discord's limits with at most room
// characters in all.
func fitEmbed(e *discordgo.MessageEmbed, room int) *discordgo.MessageEmbed {
	if embedOK(e) && embedTotal(e) <= room {
		return e
	}
	c := *e
	c.Title, _ = Cut(e.Title, maxTitle)
	c.Description, _ = Cut(e.Description, maxDescription)
	if e.Footer != nil {
		f := *e.Footer
		f.Text, _ = cutPlain(f.Text, maxFooter)
		c.Footer = &f
	}
	if e.Author != nil {
		a := *e.Author
		a.Name, _ = cutPlain(a.Name, maxTitle)
		c.Author = &a
	}
	c.Fields = nil
	for _, f := range e.Fields {
		if len(c.Fields) == maxFields || f == nil {
			break
		}
		g := *f
		g.Name, _ = cutPlain(f.Name, maxFieldName)
		g.Value, _ = Cut(f.Value, maxFieldValue)
		if g.Name == "" || g.Value == "" {
			continue
		}
		c.Fields = append(c.Fields, &g)
	}
	// Over the total: drop fields from the end, then shorten the description.
	for embedTotal(&c) > room && len(c.Fields) > 0 {
		c.Fields = c.Fields[:len(c.Fields)-1]
	}
	if over := embedTotal(&c) - room; over > 0 {
		c.Description, _ = Cut(c.Description, max(Len(c.Description)-over, 0))
	}
	return &c
}

func embedOK(e *discordgo.MessageEmbed) bool {
	if Len(e.Title) > maxTitle || Len(e.Description) > maxDescription || len(e.Fields) > maxFields {
		return false
	}
	if e.Footer != nil && Len(e.Footer.Text) > maxFooter {
		return false
	}
	if e.Author != nil && Len(e.Author.Name) > maxTitle {
		return false
	}
	for _, f := range e.Fields {
		if f == nil || Len(f.Name) > maxFieldName || Len(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
			return false
		}
	}
	return true
}
