package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
)

// maxAbout keeps /quote's about short enough to sit in the footer.
const maxAbout = 100

// quoteCommand is /quote speaker [about].
func quoteCommand(a *answers, engine Answerer) Command {
	return Command{
		Definition: localized(&discordgo.ApplicationCommand{
			Name: "quote",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "speaker",
					Required:     true,
					Autocomplete: true,
					MaxLength:    100,
				},
				{
					Type:      discordgo.ApplicationCommandOptionString,
					Name:      "about",
					MaxLength: maxAbout,
				},
			},
		}),
		Handle: func(ctx context.Context, req *Request) (*Response, error) {
			q := query{
				Kind:    queryQuote,
				Speaker: strings.TrimSpace(req.String("speaker")),
				About:   strings.TrimSpace(req.String("about")),
				Talk:    talkKey(req.ChannelID, req.UserID),
			}
			return a.replyIn(ctx, q, 0, req.UserID, req.Lang)
		},
		Autocomplete: func(ctx context.Context, req *Request) ([]*discordgo.ApplicationCommandOptionChoice, error) {
			_, typed := req.Focused()
			return speakerChoices(engine.Speakers(), typed), nil
		},
		Limited: true,
	}
}

// speakerChoices offers the people matching typed: a name or alias
// starting with it first, then containing it; quoted people before the
// merely mentioned; at most 25.
func speakerChoices(people []corpus.Person, typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(strings.TrimSpace(typed))
	type scored struct {
		p    corpus.Person
		rank int
	}
	var found []scored
	for _, p := range people {
		rank := matchRank(p, typed)
		if rank < 0 {
			continue
		}
		found = append(found, scored{p, rank})
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].rank != found[j].rank {
			return found[i].rank < found[j].rank
		}
		if found[i].p.Quotes != found[j].p.Quotes {
			return found[i].p.Quotes > found[j].p.Quotes
		}
		return found[i].p.Name < found[j].p.Name
	})
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, f := range found {
		if len(choices) == maxChoices {
			break
		}
		label := f.p.Name
		if f.p.Role != "" {
			label += " — " + f.p.Role
		}
		label, _ = cutPlain(label, 100)
		value, _ := cutPlain(f.p.Name, 100)
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: label, Value: value})
	}
	return choices
}

// matchRank is 0 for a name or word prefix, 1 for an alias prefix, 2 for a
// substring, -1 for no match; an empty typed matches everyone at 0.
func matchRank(p corpus.Person, typed string) int {
	if typed == "" {
		return 0
	}
	name := strings.ToLower(p.Name)
	if strings.HasPrefix(name, typed) {
		return 0
	}
	for w := range strings.FieldsSeq(name) {
		if strings.HasPrefix(w, typed) {
			return 0
		}
	}
	for _, al := range p.Aliases {
		if strings.HasPrefix(strings.ToLower(al), typed) {
			return 1
		}
	}
	if strings.Contains(name, typed) || strings.Contains(strings.ToLower(p.Role), typed) {
		return 2
	}
	for _, al := range p.Aliases {
		if strings.Contains(strings.ToLower(al), typed) {
			return 2
		}
	}
	return -1
}
