package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestFitKeepsEveryLimit(t *testing.T) {
	sentence := "The talks in Berlin went on late into the night. "
	long := strings.Repeat(sentence, 200) // ~10,000 characters
	var fields []*discordgo.MessageEmbedField
	for range 30 {
		fields = append(fields, &discordgo.MessageEmbedField{Name: "Field", Value: long})
	}
	tests := []struct {
		name string
		resp *Response
	}{
		{"long content", &Response{Content: long}},
		{"long description", &Response{Embeds: []*discordgo.MessageEmbed{{Title: long, Description: long}}}},
		{"too many long fields", &Response{Embeds: []*discordgo.MessageEmbed{{Description: "Fields.", Fields: fields}}}},
		{"several embeds over 6000 together", &Response{Embeds: []*discordgo.MessageEmbed{
			{Description: long}, {Description: long}, {Description: long},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fit(tt.resp)
			if Len(got.Content) > maxContent {
				t.Errorf("content %d", Len(got.Content))
			}
			total := 0
			for _, e := range got.Embeds {
				checkLimits(t, e)
				total += embedTotal(e)
				if e.Description != "" && !strings.HasSuffix(e.Description, ".") && !strings.HasSuffix(e.Description, ellipsis) {
					t.Errorf("description cut mid-sentence: …%q", e.Description[max(0, len(e.Description)-30):])
				}
			}
			if total > maxEmbedTotal {
				t.Errorf("embeds total %d", total)
			}
		})
	}
	t.Run("a reply within limits is left alone", func(t *testing.T) {
		e := &discordgo.MessageEmbed{Title: "t", Description: "d", Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: "v"}}}
		if got := fit(&Response{Embeds: []*discordgo.MessageEmbed{e}}); got.Embeds[0] != e {
			t.Error("copied an embed that fits")
		}
	})
}
